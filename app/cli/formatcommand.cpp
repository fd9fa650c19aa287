#include "formatcommand.h"

#include "formatoptions.h"
#include "formats/formatregistry.h"

namespace ipsec::cli {

QString FormatCommand::selectorOption() const
{
    return m_direction == Direction::Import ? QStringLiteral("from") : QStringLiteral("to");
}

const QList<FormatOption> &FormatCommand::optionsOf(const FormatDescriptor &format) const
{
    return m_direction == Direction::Import ? format.importOptions : format.exportOptions;
}

bool FormatCommand::canUse(const FormatDescriptor &format) const
{
    return m_direction == Direction::Import ? bool(format.importFile) : bool(format.exportFile);
}

QStringList FormatCommand::usableFormatNames() const
{
    QStringList names;
    for (const FormatDescriptor &f : formats())
        if (canUse(f))
            names << f.name;
    return names;
}

void FormatCommand::addFormatSelection(QCommandLineParser &parser, const QStringList &arguments) const
{
    parser.addOption({selectorOption(),
                      QStringLiteral("The format: %1. Add it before --help to see its own options.")
                          .arg(usableFormatNames().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    const FormatDescriptor *format = findFormat(peekOptionValue(arguments, selectorOption()));
    if (format && canUse(*format))
        addFormatOptions(parser, format->name, optionsOf(*format));
}

const FormatDescriptor *FormatCommand::selectedFormat(const QCommandLineParser &parser) const
{
    QString name;
    if (!requireOption(parser, selectorOption(), &name))
        return nullptr;
    const FormatDescriptor *format = findFormat(name);
    if (!format || !canUse(*format)) {
        usageError(
            QStringLiteral("unknown %1 format '%2'; known: %3 (see '%4 formats').")
                .arg(m_direction == Direction::Import ? QStringLiteral("import") : QStringLiteral("export"),
                     name, usableFormatNames().join(QStringLiteral(", ")), QLatin1StringView(kProgramName)));
        return nullptr;
    }
    return format;
}

FormatOptions FormatCommand::selectedOptions(const QCommandLineParser &parser,
                                             const FormatDescriptor &format) const
{
    return collectFormatOptions(parser, optionsOf(format));
}

} // namespace ipsec::cli
