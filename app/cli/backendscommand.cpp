#include "backendlist.h"
#include "commands.h"

namespace ipsec::cli {
namespace {

class BackendsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("backends"); }
    QString summary() const override
    {
        return QStringLiteral("List the backend plugins that can apply a store to a system.");
    }

    void configure(QCommandLineParser &, const QStringList &) override {}

    int run(const QCommandLineParser &, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {}))
            return UsageError;
        const QList<BackendSummary> backends = availableBackends();
        if (backends.isEmpty())
            out() << "no backends available\n";
        for (const BackendSummary &b : backends)
            out() << b.id << ": " << b.description << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeBackendsCommand()
{
    return std::make_unique<BackendsCommand>();
}

} // namespace ipsec::cli
