#include "backendcommand.h"
#include "commands.h"
#include "documentio.h"

namespace ipsec::cli {
namespace {

class ReadCommand : public BackendCommand {
public:
    QString name() const override { return QStringLiteral("read"); }
    QString summary() const override
    {
        return QStringLiteral("Read what a backend's store holds into a store document.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addOption(outputOption(QStringLiteral("The document to write (.ipsecstore).")));
        addBackendOptions(parser);
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {}))
            return UsageError;
        QString output;
        if (!requireOption(parser, QStringLiteral("output"), &output))
            return UsageError;
        BackendTarget target;
        int code = Success;
        const std::unique_ptr<PolicyBackend> backend = openBackend(parser, &target, &code);
        if (!backend)
            return code;
        const Availability availability = backend->availability();
        if (!availability.available)
            return failure(QStringLiteral("the backend '%1' is not available here: %2")
                               .arg(backend->info().id, availability.reason));
        Progress progress = progressOnStderr();
        const ReadResult result = backend->read(target, progress);
        printFindings(result.findings);
        if (!result.ok)
            return failure(
                QStringLiteral("the backend '%1' could not read its store.").arg(backend->info().id));
        if (!saveDocument(result.store, output))
            return failure(QStringLiteral("could not write '%1'.").arg(output));
        const StoreData &s = result.store;
        out() << "Read " << s.policies.size() << " policies, " << s.filterLists.size() << " filter lists ("
              << s.filterCount() << " filters) and " << s.filterActions.size() << " filter actions into "
              << output << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReadCommand()
{
    return std::make_unique<ReadCommand>();
}

} // namespace ipsec::cli
