#include "formatoptions.h"

#include "command.h"

namespace ipsec::cli {

QString peekOptionValue(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    const QString withValue = option + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--")
            break;
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(withValue))
            return arguments[i].mid(withValue.size());
    }
    return {};
}

void addFormatOptions(QCommandLineParser &parser, const QString &formatName,
                      const QList<FormatOption> &options)
{
    for (const FormatOption &o : options) {
        QCommandLineOption option(o.name, QStringLiteral("[%1] %2").arg(formatName, o.description));
        if (!o.valueName.isEmpty()) {
            option.setValueName(o.valueName);
            if (!o.defaultValue.isEmpty())
                option.setDescription(
                    QStringLiteral("%1 (default: %2)").arg(option.description(), o.defaultValue));
        }
        if (!parser.addOption(option))
            err() << kProgramName << ": warning: the " << formatName << " option --" << o.name
                  << " clashes with a command option and is ignored." << Qt::endl;
    }
}

FormatOptions collectFormatOptions(const QCommandLineParser &parser, const QList<FormatOption> &options)
{
    FormatOptions values;
    for (const FormatOption &o : options)
        if (parser.isSet(o.name))
            values.set(o.name, o.valueName.isEmpty() ? QStringLiteral("1") : parser.value(o.name));
    return values;
}

} // namespace ipsec::cli
