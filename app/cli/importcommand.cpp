#include "commands.h"
#include "documentio.h"
#include "formatcommand.h"

namespace ipsec::cli {
namespace {

class ImportCommand : public FormatCommand {
public:
    ImportCommand() : FormatCommand(Direction::Import) {}

    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Read another format into a store document."); }

    void configure(QCommandLineParser &parser, const QStringList &arguments) override
    {
        parser.addPositionalArgument(QStringLiteral("INPUT"),
                                     QStringLiteral("The file (or folder) to read."));
        parser.addOption(outputOption(QStringLiteral("The document to write (.ipsecstore).")));
        addFormatSelection(parser, arguments);
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("INPUT")}))
            return UsageError;
        const FormatDescriptor *format = selectedFormat(parser);
        QString output;
        if (!format || !requireOption(parser, QStringLiteral("output"), &output))
            return UsageError;
        const ImportResult result = format->importFile(positionals.at(0), selectedOptions(parser, *format));
        printFindings(result.findings);
        if (!result.ok)
            return failure(QStringLiteral("nothing usable was read from '%1' as %2.")
                               .arg(positionals.at(0), format->name));
        if (!saveDocument(result.store, output))
            return failure(QStringLiteral("could not write '%1'.").arg(output));
        const StoreData &s = result.store;
        out() << "Imported " << s.policies.size() << " policies, " << s.filterLists.size()
              << " filter lists (" << s.filterCount() << " filters) and " << s.filterActions.size()
              << " filter actions into " << output << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace ipsec::cli
