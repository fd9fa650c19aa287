#include "commands.h"
#include "documentio.h"
#include "formatcommand.h"
#include "formats/importreport.h"

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
        parser.addOption(
            {QStringLiteral("partial"),
             QStringLiteral("Write the document even when some objects of the input could not be "
                            "read (the exit code stays 1 and the report lists them).")});
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
        const ImportCompleteness completeness = completenessOf(result);
        if (completeness == ImportCompleteness::Failed)
            return failure(QStringLiteral("nothing usable was read from '%1' as %2.")
                               .arg(positionals.at(0), format->name));
        const bool partial = completeness == ImportCompleteness::Partial;
        if (partial)
            printLost(positionals.at(0), *format, lostItems(result));
        if (partial && !parser.isSet(QStringLiteral("partial"))) {
            out() << "Nothing was written: add --partial to write what was read.\n";
            return Failure;
        }
        if (!saveDocument(result.store, output))
            return Failure; // the finding said why, naming the file
        const StoreData &s = result.store;
        out() << "Imported " << s.policies.size() << " policies, " << s.filterLists.size()
              << " filter lists (" << s.filterCount() << " filters) and " << s.filterActions.size()
              << " filter actions into " << output
              << (partial ? " (partial: see the lost objects above)" : "") << '\n';
        if (partial)
            return Failure;
        return Success;
    }

private:
    // The report of a partial import, on stdout: a script reads it there; the findings went to stderr.
    static void printLost(const QString &input, const FormatDescriptor &format, const QList<LostItem> &lost)
    {
        out() << "PARTIAL import of " << input << " as " << format.name << ": " << lost.size()
              << " object(s) of the input could not be read:\n";
        for (const LostItem &item : lost)
            out() << "  lost: " << item.toString() << '\n';
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace ipsec::cli
