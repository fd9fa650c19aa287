#include "explain.h"

#include "core/enumnames.h"
#include "traffic.h"

#include <QStringList>

namespace ipsec::analysis {
namespace {

QString lossReason(const PolicyFilter &winner, const Traffic &winnerTraffic, const PolicyFilter &loser,
                   const Traffic &loserTraffic)
{
    if (loser.weight == winner.weight) {
        return sameOutcome(winner, loser)
                   ? QStringLiteral("equal weight and the same treatment: either one gives the same result")
                   : QStringLiteral("equal weight and a different treatment: a tie; which one Windows "
                                    "applies is not confirmed (Q1)");
    }
    if (loserTraffic.covers(winnerTraffic))
        return QStringLiteral("less specific (%1 against %2), and the winner's traffic lies inside it")
            .arg(describe(loser.weight), describe(winner.weight));
    return QStringLiteral("less specific by the weight model (%1 against %2); the two overlap without "
                          "nesting, so this order rests on the documented, unconfirmed weighting (Q1)")
        .arg(describe(loser.weight), describe(winner.weight));
}

} // namespace

Treatment treatmentOf(const PolicyFilter &f)
{
    if (!f.action)
        return Treatment::None;
    switch (f.action->action) {
    case ActionKind::Permit:
        return Treatment::Permit;
    case ActionKind::Block:
        return Treatment::Block;
    case ActionKind::Negotiate:
        return Treatment::Negotiate;
    }
    return Treatment::None;
}

Explanation explain(const StoreData &store, const Policy &policy, const Packet &packet,
                    const MatchEnvironment &env)
{
    const MatchResult result = match(store, policy, packet, env);
    Explanation e;
    e.tie = result.tie;
    e.fallback = policy.defaultResponse.active && store.info.target < WindowsTarget::WindowsVistaOrLater
                     ? QStringLiteral("no filter matches: the packet travels in clear text; the default "
                                      "response rule answers only peers that ask for security")
                     : QStringLiteral("no filter matches: the packet is not subject to IPsec and travels in "
                                      "clear text");
    if (result.candidates.empty())
        return e;
    const PolicyFilter &winner = result.candidates.front().filter;
    const Traffic winnerTraffic = Traffic::of(*winner.filter, env);
    e.candidates.push_back({result.candidates.front(), treatmentOf(winner), {}});
    for (std::size_t i = 1; i < result.candidates.size(); ++i) {
        const PolicyFilter &loser = result.candidates[i].filter;
        const Traffic loserTraffic = Traffic::of(*loser.filter, env);
        e.certain = e.certain && loserTraffic.covers(winnerTraffic);
        e.candidates.push_back({result.candidates[i], treatmentOf(loser),
                                lossReason(winner, winnerTraffic, loser, loserTraffic)});
    }
    e.certain = e.certain && !e.tie;
    e.candidates.front().reason =
        e.tie ? QStringLiteral("ranks first in display order among equally specific filters (a tie)")
        : e.candidates.size() == 1 ? QStringLiteral("the only matching filter")
        : e.certain
            ? QStringLiteral("the most specific: its traffic lies inside every other match")
            : QStringLiteral("the most specific by the weight model (Q1): %1").arg(describe(winner.weight));
    return e;
}

const Policy *choosePolicy(const StoreData &store, const QString &name, QString *why)
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    if (!name.isEmpty()) {
        if (const Policy *p = store.policyByName(name))
            return p;
        reason = QStringLiteral("the store has no policy named '%1'").arg(name);
        return nullptr;
    }
    if (const Policy *p = store.assignedPolicy())
        return p;
    if (store.policies.size() == 1)
        return &store.policies.front();
    reason = store.policies.empty() ? QStringLiteral("the store has no policy")
                                    : QStringLiteral("no policy is assigned and the store has %1; name one")
                                          .arg(store.policies.size());
    return nullptr;
}

QString filterDescription(const PolicyFilter &pf)
{
    const Filter &f = *pf.filter;
    QString text = QStringLiteral("%1 %2 %3 %4")
                       .arg(formatAddress(f.source), f.mirrored ? QStringLiteral("↔") : QStringLiteral("→"),
                            formatAddress(f.destination), protocolName(f.protocol));
    if (protocolHasPorts(f.protocol) && (!f.sourcePort.isAny() || !f.destinationPort.isAny()))
        text += QStringLiteral(" %1→%2").arg(formatPorts(f.sourcePort), formatPorts(f.destinationPort));
    return text;
}

QString describe(const Explanation &e)
{
    QStringList lines;
    auto line = [](const ExplainedCandidate &c) {
        const PolicyFilter &pf = c.match.filter;
        return QStringLiteral("rule '%1', filter list '%2', filter %3%4, filter action '%5' → %6")
            .arg(pf.rule->name, pf.filterList->name, filterDescription(pf),
                 c.match.viaMirror ? QStringLiteral(" (mirrored)") : QString(),
                 pf.action ? pf.action->name : QStringLiteral("<missing>"), token(c.treatment));
    };
    const ExplainedCandidate *w = e.winner();
    if (!w) {
        lines << QStringLiteral("treatment: none (%1)").arg(e.fallback);
        return lines.join(u'\n');
    }
    lines << QStringLiteral("winner: ") + line(*w);
    lines << QStringLiteral("treatment: %1").arg(token(w->treatment));
    lines << QStringLiteral("why: %1").arg(w->reason);
    if (e.tie)
        lines << QStringLiteral("tie: the two most specific filters rank equal and treat the packet "
                                "differently; which one Windows picks is not confirmed (Q1)");
    else if (!e.certain)
        lines << QStringLiteral("not certain: the matching filters overlap without nesting; the order comes "
                                "from the documented weight model (Q1), which is not confirmed");
    if (e.candidates.size() > 1)
        lines << QStringLiteral("other matching filters, most specific first:");
    for (std::size_t i = 1; i < e.candidates.size(); ++i)
        lines << QStringLiteral("  %1. %2: %3").arg(i).arg(line(e.candidates[i]), e.candidates[i].reason);
    return lines.join(u'\n');
}

} // namespace ipsec::analysis
