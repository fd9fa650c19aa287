#include "commands.h"
#include "documentio.h"
#include "templates/templates.h"

namespace ipsec::cli {
namespace {

class NewCommand : public Command {
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override { return QStringLiteral("Create a store from a template."); }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addOption({QStringLiteral("template"), QStringLiteral("The template (see --list-templates)."),
                          QStringLiteral("NAME")});
        parser.addOption(outputOption(QStringLiteral("The document to write (.ipsecstore).")));
        parser.addOption({QStringLiteral("list-templates"), QStringLiteral("List the templates and exit.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {}))
            return UsageError;
        if (parser.isSet(QStringLiteral("list-templates"))) {
            for (const TemplateInfo &t : templates())
                out() << t.name << "\n    " << t.title << ": " << t.description << '\n';
            return Success;
        }
        QString templateName, output;
        if (!requireOption(parser, QStringLiteral("template"), &templateName) ||
            !requireOption(parser, QStringLiteral("output"), &output))
            return UsageError;
        const std::optional<StoreData> store = makeTemplate(templateName);
        if (!store)
            return usageError(
                QStringLiteral("unknown template '%1'; --list-templates lists them.").arg(templateName));
        if (!saveDocument(*store, output))
            return failure(QStringLiteral("could not write '%1'.").arg(output));
        out() << "Wrote the template " << templateName << " to " << output << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace ipsec::cli
