#include "command.h"

#include <QCoreApplication>
#include <cstdio>

namespace ipsec::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString versionLine()
{
    return QStringLiteral("%1 %2").arg(QLatin1StringView(kProgramName),
                                       QCoreApplication::applicationVersion());
}

QCommandLineOption outputOption(const QString &description)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description,
                              QStringLiteral("FILE"));
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    // Qt starts with "Usage: <argv[0]> [options]"; show the program's name and the command instead.
    QString text = parser.helpText();
    const QString qtPrefix = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst() + u' ';
    QString prefix = QStringLiteral("Usage: ") + QLatin1StringView(kProgramName) + u' ';
    if (!command.isEmpty())
        prefix += command + u' ';
    if (text.startsWith(qtPrefix))
        text.replace(0, qtPrefix.size(), prefix);
    return text;
}

int Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    configure(parser, arguments);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << helpText(parser, name());
        out().flush();
        return Success;
    }
    if (parser.isSet(version)) {
        out() << versionLine() << Qt::endl;
        return Success;
    }
    const int code = run(parser, parser.positionalArguments());
    out().flush();
    err().flush();
    return code;
}

int Command::usageError(const QString &message) const
{
    err() << kProgramName << ' ' << name() << ": " << message << Qt::endl
          << "Try '" << kProgramName << ' ' << name() << " --help'." << Qt::endl;
    return UsageError;
}

int Command::failure(const QString &message, int code) const
{
    err() << kProgramName << ' ' << name() << ": error: " << message << Qt::endl;
    return code;
}

bool Command::takePositionals(const QStringList &positionals, const QStringList &names) const
{
    if (positionals.size() < names.size()) {
        usageError(QStringLiteral("missing argument %1.").arg(names.mid(positionals.size()).join(u' ')));
        return false;
    }
    if (positionals.size() > names.size()) {
        usageError(QStringLiteral("unexpected argument '%1'.").arg(positionals.at(names.size())));
        return false;
    }
    return true;
}

bool Command::requireOption(const QCommandLineParser &parser, const QString &option, QString *value) const
{
    if (!parser.isSet(option) || parser.value(option).isEmpty()) {
        usageError(QStringLiteral("the option --%1 is required.").arg(option));
        return false;
    }
    *value = parser.value(option);
    return true;
}

} // namespace ipsec::cli
