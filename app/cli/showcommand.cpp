#include "commands.h"
#include "documentio.h"
#include "storelisting.h"

namespace ipsec::cli {
namespace {

class ShowCommand : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override
    {
        return QStringLiteral("List a store: policies, rules, filter lists, filter actions (keys masked).");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QStringLiteral(
                "The document to show: any importable file (its format is detected from its content)."));
        parser.addOption({QStringLiteral("from"),
                          QStringLiteral("Read FILE as this import format instead of detecting it."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the listing as JSON.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        const std::optional<StoreData> store =
            loadDocument(positionals.at(0), nullptr, parser.value(QStringLiteral("from")));
        if (!store)
            return failure(QStringLiteral("'%1' cannot be read.").arg(positionals.at(0)), UsageError);
        if (parser.isSet(QStringLiteral("json")))
            out() << QString::fromStdString(storeListingJson(*store).dump(2)) << '\n';
        else
            out() << storeListingText(*store);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace ipsec::cli
