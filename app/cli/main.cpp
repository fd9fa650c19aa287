// ipsecdesigner-cli: git-style subcommands over the model library. The first positional argument names the
// command; each command parses the rest with its own parser (commands.h).
#include "commands.h"
#include "core/hugepagemalloc.h"

#include <QCoreApplication>

using namespace ipsec::cli;

namespace {

QString commandList(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const auto &c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(11), c->summary());
    text += QStringLiteral("\nRun '%1 COMMAND --help' for a command's options.\n")
                .arg(QLatin1StringView(kProgramName));
    return text;
}

Command *findCommand(const std::vector<std::unique_ptr<Command>> &commands, const QString &name)
{
    for (const auto &c : commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    ipsec::useHugePageHeapForLargeInput(argc, argv); // before any allocation worth the name
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1StringView(kProgramName));
    QCoreApplication::setApplicationVersion(QStringLiteral(IPSEC_VERSION));
    const auto commands = allCommands();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Design, check and convert Windows IPsec policy stores."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see below)."),
                                 QStringLiteral("COMMAND [command options]"));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QStringList arguments = QCoreApplication::arguments();
    const QString usageHint = QStringLiteral("Try '%1 --help'.").arg(QLatin1StringView(kProgramName));
    if (!parser.parse(arguments)) {
        err() << kProgramName << ": " << parser.errorText() << Qt::endl << usageHint << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        out() << helpText(parser, {}) << commandList(commands);
        return Success;
    }
    if (parser.isSet(version)) {
        out() << versionLine() << Qt::endl;
        return Success;
    }
    QStringList positionals = parser.positionalArguments();
    if (positionals.isEmpty()) {
        err() << kProgramName << ": no command given." << Qt::endl << usageHint << Qt::endl;
        return UsageError;
    }
    QString name = positionals.takeFirst();
    if (name == u"help") { // "help COMMAND" is "COMMAND --help"
        if (positionals.isEmpty()) {
            out() << helpText(parser, {}) << commandList(commands);
            return Success;
        }
        name = positionals.takeFirst();
        positionals = {QStringLiteral("--help")};
    }
    Command *command = findCommand(commands, name);
    if (!command) {
        err() << kProgramName << ": unknown command '" << name << "'." << Qt::endl << usageHint << Qt::endl;
        return UsageError;
    }
    return command->execute(QStringList{arguments.constFirst()} + positionals);
}
