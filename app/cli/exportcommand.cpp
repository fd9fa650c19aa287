#include "commands.h"
#include "documentio.h"
#include "formatcommand.h"

namespace ipsec::cli {
namespace {

class ExportCommand : public FormatCommand {
public:
    ExportCommand() : FormatCommand(Direction::Export) {}

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Write a store document in another format."); }

    void configure(QCommandLineParser &parser, const QStringList &arguments) override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The document to export."));
        parser.addOption(outputOption(QStringLiteral("The file (or folder) to write.")));
        addFormatSelection(parser, arguments);
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        const FormatDescriptor *format = selectedFormat(parser);
        QString output;
        if (!format || !requireOption(parser, QStringLiteral("output"), &output))
            return UsageError;
        const FormatOptions options = selectedOptions(parser, *format);
        const std::optional<StoreData> store = loadDocument(positionals.at(0));
        if (!store)
            return failure(QStringLiteral("'%1' cannot be read.").arg(positionals.at(0)), UsageError);
        const ExportResult result = format->exportFile(*store, output, options);
        printFindings(result.findings);
        if (!result.ok)
            return failure(QStringLiteral("nothing was written as %1.").arg(format->name));
        const QStringList written = result.writtenFiles.isEmpty() ? QStringList{output} : result.writtenFiles;
        for (const QString &file : written)
            out() << "Wrote " << file << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace ipsec::cli
