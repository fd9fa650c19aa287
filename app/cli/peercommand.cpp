// ipsecdesigner-cli peer: will two computers with these policies negotiate? (docs/cli.md)
#include "analysis/peercheck.h"
#include "analysisinput.h"
#include "commands.h"
#include "findingsjson.h"

namespace ipsec::cli {
namespace {

class PeerCommand : public Command {
public:
    QString name() const override { return QStringLiteral("peer"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Check two policies against each other. Exit code 0: compatible, 1: not, 2: unreadable.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("One side's store."));
        parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The other side's store."));
        parser.addOption({QStringLiteral("policy-a"),
                          QStringLiteral("A's policy (default: the assigned one, else the only one)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("policy-b"), QStringLiteral("B's policy (default as for A)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("address-a"),
                          QStringLiteral("An address of computer A (what its 'me' stands for); repeatable."),
                          QStringLiteral("ADDRESS")});
        parser.addOption({QStringLiteral("address-b"),
                          QStringLiteral("An address of computer B; repeatable."),
                          QStringLiteral("ADDRESS")});
        parser.addOption({QStringLiteral("from"),
                          QStringLiteral("Read both as this import format instead of guessing from their "
                                         "suffixes."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("A"), QStringLiteral("B")}))
            return UsageError;
        analysis::PeerOptions options;
        options.policyA = parser.value(QStringLiteral("policy-a"));
        options.policyB = parser.value(QStringLiteral("policy-b"));
        for (const auto &[option, list] : {std::pair{QStringLiteral("address-a"), &options.addressesA},
                                           std::pair{QStringLiteral("address-b"), &options.addressesB}}) {
            for (const QString &text : parser.values(option)) {
                const std::optional<IpAddress> a = IpAddress::parse(text);
                if (!a)
                    return usageError(QStringLiteral("--%1: '%2' is not an IP address.").arg(option, text));
                list->append(*a);
            }
        }
        std::optional<StoreData> stores[2];
        for (int i = 0; i < 2; ++i) {
            QString why;
            stores[i] = readStoreArgument(positionals.at(i), parser.value(QStringLiteral("from")), &why);
            if (!stores[i])
                return failure(why, UsageError);
        }
        const analysis::PeerReport report = analysis::checkPeers(*stores[0], *stores[1], options);
        if (!report.error.isEmpty())
            return failure(report.error + u'.', UsageError);
        if (parser.isSet(QStringLiteral("json"))) {
            nlohmann::ordered_json problems = nlohmann::ordered_json::array();
            for (const analysis::PeerProblem &p : report.problems) {
                nlohmann::ordered_json j = toJson(p.finding);
                j["flow"] = p.flow.toStdString();
                j["side"] = std::string(1, p.side);
                problems.push_back(j);
            }
            out() << QString::fromStdString(nlohmann::ordered_json{
                         {"compatible", report.compatible()},
                         {"flowsChecked", report.flowsChecked},
                         {"problems", problems}}.dump(2))
                  << '\n';
        } else {
            out() << analysis::describe(report) << '\n';
        }
        return report.compatible() ? Success : Failure;
    }
};

} // namespace

std::unique_ptr<Command> makePeerCommand()
{
    return std::make_unique<PeerCommand>();
}

} // namespace ipsec::cli
