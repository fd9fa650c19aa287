#include "commands.h"
#include "documentio.h"
#include "templates/templates.h"

namespace ipsec::cli {
namespace {

// Far beyond the 100,000 filters the benchmarks use, low enough to refuse a typo's worth of memory.
constexpr int kMaxGeneratedFilters = 10'000'000;

class GenerateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return QStringLiteral("Write a synthetic, valid store of N filters (for benchmarks).");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addOption({QStringLiteral("filters"),
                          QStringLiteral("How many filters (0 to %1).").arg(kMaxGeneratedFilters),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"),
                          QStringLiteral("The random seed (default: 1); the same seed gives the same store."),
                          QStringLiteral("S"), QStringLiteral("1")});
        parser.addOption(outputOption(QStringLiteral("The document to write (.ipsecstore).")));
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        QString countText, output;
        if (!takePositionals(positionals, {}) ||
            !requireOption(parser, QStringLiteral("filters"), &countText) ||
            !requireOption(parser, QStringLiteral("output"), &output))
            return UsageError;
        bool ok = false;
        const int count = countText.toInt(&ok);
        if (!ok || count < 0 || count > kMaxGeneratedFilters)
            return usageError(QStringLiteral("--filters needs a number from 0 to %1, not '%2'.")
                                  .arg(kMaxGeneratedFilters)
                                  .arg(countText));
        const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed needs a number from 0 to 4294967295, not '%1'.")
                                  .arg(parser.value(QStringLiteral("seed"))));
        const StoreData store = generateStore(count, seed);
        if (!saveDocument(store, output))
            return failure(QStringLiteral("could not write '%1'.").arg(output));
        out() << "Wrote " << store.filterCount() << " filters in " << store.filterLists.size()
              << " filter lists, " << store.policies.size() << " policies to " << output << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeGenerateCommand()
{
    return std::make_unique<GenerateCommand>();
}

} // namespace ipsec::cli
