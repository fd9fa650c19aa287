// A format's own options (FormatDescriptor::importOptions / exportOptions) on a command's parser, so that
// `export --to netsh --help` shows netsh's options and `export --to netsh --domain x` passes them on.
#pragma once

#include "formats/format.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ipsec::cli {

// The value of --name in raw arguments ("--to netsh" or "--to=netsh"), before the parser knows every option.
QString peekOptionValue(const QStringList &arguments, const QString &name);

// Adds the options to the parser, each described with the format's name: "[netsh] ...".
void addFormatOptions(QCommandLineParser &parser, const QString &formatName,
                      const QList<FormatOption> &options);

// The options the user set (flags as "1"); unset options are left to the format's own defaults.
FormatOptions collectFormatOptions(const QCommandLineParser &parser, const QList<FormatOption> &options);

} // namespace ipsec::cli
