// ipsecdesigner-cli analyze: every overlap of a policy's active filters (docs/cli.md).
#include "analysis/overlaps.h"
#include "analysis/packettext.h"
#include "analysisinput.h"
#include "commands.h"

namespace ipsec::cli {
namespace {

nlohmann::ordered_json overlapJson(const Policy &policy, const analysis::Overlap &o)
{
    const nlohmann::ordered_json a = filterJson(o.winner);
    const nlohmann::ordered_json b = filterJson(o.other);
    const analysis::Traffic ta = analysis::Traffic::of(*o.winner.filter);
    const analysis::Traffic tb = analysis::Traffic::of(*o.other.filter);
    const std::optional<analysis::Packet> example = ta.example(tb);
    return {{"policy", policy.name.toStdString()},
            {"kind", analysis::displayName(o.kind).toStdString()},
            {"severity", severityName(o.severity()).toStdString()},
            {"filterLists", {a["filterList"], b["filterList"]}},
            {"rules", {a["rule"], b["rule"]}},
            {"filters", {a["filter"], b["filter"]}},
            {"filterIds", {a["filterId"], b["filterId"]}},
            {"winner", a["filter"]},
            {"example", example ? nlohmann::ordered_json(analysis::formatPacket(*example).toStdString())
                                : nlohmann::ordered_json(nullptr)},
            {"message", analysis::describe(o).toStdString()}};
}

class AnalyzeCommand : public Command {
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Overlapping filters of each policy. Exit code 0: no warnings, 1: warnings, 2: unreadable.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        addStoreArgument(parser);
        parser.addOption({QStringLiteral("policy"),
                          QStringLiteral("Analyse only this policy (default: every policy)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the overlaps as JSON.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        QString why;
        const std::optional<StoreData> store =
            readStoreArgument(positionals.at(0), parser.value(QStringLiteral("from")), &why);
        if (!store)
            return failure(why, UsageError);
        std::vector<const Policy *> policies;
        if (parser.isSet(QStringLiteral("policy"))) {
            const Policy *p = store->policyByName(parser.value(QStringLiteral("policy")));
            if (!p)
                return failure(QStringLiteral("the store has no policy named '%1'.")
                                   .arg(parser.value(QStringLiteral("policy"))),
                               UsageError);
            policies.push_back(p);
        } else {
            for (const Policy &p : store->policies)
                policies.push_back(&p);
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        int warnings = 0;
        int notes = 0;
        for (const Policy *policy : policies) {
            const analysis::Overlaps overlaps = analysis::findOverlaps(*store, *policy);
            if (!json)
                out() << QStringLiteral("policy '%1':").arg(policy->name) << '\n';
            for (const analysis::Overlap &o : overlaps) {
                (o.severity() == Severity::Warning ? warnings : notes) += 1;
                if (json)
                    list.push_back(overlapJson(*policy, o));
                else
                    out() << "  " << severityName(o.severity()) << ": " << analysis::describe(o) << '\n';
            }
            if (!json && overlaps.empty())
                out() << "  no overlapping filters\n";
        }
        if (json)
            out() << QString::fromStdString(nlohmann::ordered_json{
                         {"warnings", warnings},
                         {"notes", notes},
                         {"overlaps", list}}.dump(2))
                  << '\n';
        else
            out() << warnings << " warnings, " << notes << " notes\n";
        return warnings > 0 ? Failure : Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAnalyzeCommand()
{
    return std::make_unique<AnalyzeCommand>();
}

} // namespace ipsec::cli
