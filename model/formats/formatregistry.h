// The format registry: the formats the CLI and the GUI can import and export, by name. Each descriptor adapts
// a format's pure functions to files and to the options the CLI offers (`import --from NAME`, `export --to
// NAME`).
#pragma once

#include "formats/format.h"

#include <QList>
#include <QString>

namespace ipsec {

// Every format the build has, in a stable order.
const QList<FormatDescriptor> &formats();
const FormatDescriptor *findFormat(const QString &name);
// The import format a file's content shows (docs/cli.md, "Which format a file is read as"): a folder is a GPO
// backup; "PReg" starts a registry.pol, "regf" a .wfw hive; text (UTF-8 or UTF-16) starting with `{` is a
// document, "Windows Registry Editor"/"REGEDIT4" a .reg file, `dn:` lines LDIF, and `ipsec static`
// commands a netsh script. Null when the content says none of these (or the file cannot be read).
const FormatDescriptor *detectFormat(const QString &path);

} // namespace ipsec
