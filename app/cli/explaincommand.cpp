// ipsecdesigner-cli explain: which rule wins for a packet, and why the others lose (docs/cli.md).
#include "analysis/explain.h"
#include "analysis/packettext.h"
#include "analysisinput.h"
#include "commands.h"
#include "core/enumnames.h"

namespace ipsec::cli {
namespace {

nlohmann::ordered_json candidateJson(const analysis::ExplainedCandidate &c)
{
    nlohmann::ordered_json j = filterJson(c.match.filter);
    j["treatment"] = token(c.treatment).toStdString();
    j["viaMirror"] = c.match.viaMirror;
    j["weight"] = analysis::describe(c.match.filter.weight).toStdString();
    j["reason"] = c.reason.toStdString();
    return j;
}

nlohmann::ordered_json explanationJson(const Policy &policy, const QString &packet,
                                       const analysis::Explanation &e)
{
    nlohmann::ordered_json winner;
    if (const analysis::ExplainedCandidate *w = e.winner()) {
        winner = filterJson(w->match.filter);
        winner["treatment"] = token(w->treatment).toStdString();
        winner["viaMirror"] = w->match.viaMirror;
    } else {
        winner = {{"rule", nullptr},
                  {"filterList", nullptr},
                  {"filter", nullptr},
                  {"filterAction", nullptr},
                  {"treatment", "none"},
                  {"viaMirror", false},
                  {"fallback", e.fallback.toStdString()}};
    }
    nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
    for (const analysis::ExplainedCandidate &c : e.candidates)
        candidates.push_back(candidateJson(c));
    return {{"policy", policy.name.toStdString()},
            {"packet", packet.toStdString()},
            {"winner", winner},
            {"tie", e.tie},
            {"certain", e.certain},
            {"candidates", candidates}};
}

class ExplainCommand : public Command {
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override
    {
        return QStringLiteral("Which rule wins for a packet, and why the other matching filters lose.");
    }

    void configure(QCommandLineParser &parser, const QStringList &) override
    {
        addStoreArgument(parser);
        parser.addOption({QStringLiteral("packet"),
                          QStringLiteral("The packet: \"PROTO SRC[:PORT] -> DST[:PORT]\"; PROTO is tcp, udp, "
                                         "icmp, any or a number, a side an IPv4 or IPv6 address ([v6]:port "
                                         "with a port) or me."),
                          QStringLiteral("PACKET")});
        parser.addOption({QStringLiteral("policy"),
                          QStringLiteral("The policy to ask (default: the assigned one, else the only one)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the answer as JSON.")});
    }

    int run(const QCommandLineParser &parser, const QStringList &positionals) override
    {
        if (!takePositionals(positionals, {QStringLiteral("FILE")}))
            return UsageError;
        QString packetText;
        if (!requireOption(parser, QStringLiteral("packet"), &packetText))
            return UsageError;
        QString why;
        const std::optional<analysis::Packet> packet = analysis::parsePacket(packetText, &why);
        if (!packet)
            return usageError(QStringLiteral("--packet: %1.").arg(why));
        const std::optional<StoreData> store =
            readStoreArgument(positionals.at(0), parser.value(QStringLiteral("from")), &why);
        if (!store)
            return failure(why, UsageError);
        const Policy *policy = analysis::choosePolicy(*store, parser.value(QStringLiteral("policy")), &why);
        if (!policy)
            return failure(why + u'.', UsageError);
        const analysis::Explanation e = analysis::explain(*store, *policy, *packet);
        if (parser.isSet(QStringLiteral("json"))) {
            out() << QString::fromStdString(
                         explanationJson(*policy, analysis::formatPacket(*packet), e).dump(2))
                  << '\n';
        } else {
            out()
                << QStringLiteral("policy '%1', packet %2").arg(policy->name, analysis::formatPacket(*packet))
                << '\n'
                << analysis::describe(e) << '\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExplainCommand()
{
    return std::make_unique<ExplainCommand>();
}

} // namespace ipsec::cli
