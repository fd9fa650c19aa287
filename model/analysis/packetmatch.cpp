#include "packetmatch.h"

#include "core/enumnames.h"

#include <QStringList>
#include <algorithm>

namespace ipsec::analysis {
namespace {

bool sideMatches(const FilterAddress &side, const IpAddress &ip, const QString &keyword,
                 const MatchEnvironment &env)
{
    const AddressSpace space = AddressSpace::of(side, env);
    return space.contains(ip) || (!keyword.isEmpty() && space.containsSymbol(keyword));
}

bool portMatches(const PortRange &range, std::uint16_t port)
{
    return range.isAny() || (port >= range.first && port <= range.last);
}

bool directedMatch(const Filter &f, const IpAddress &src, const QString &srcKey, const IpAddress &dst,
                   const QString &dstKey, std::uint16_t srcPort, std::uint16_t dstPort,
                   const MatchEnvironment &env)
{
    if (protocolHasPorts(f.protocol) &&
        (!portMatches(f.sourcePort, srcPort) || !portMatches(f.destinationPort, dstPort)))
        return false;
    return sideMatches(f.source, src, srcKey, env) && sideMatches(f.destination, dst, dstKey, env);
}

QString candidateLine(const MatchCandidate &c)
{
    const PolicyFilter &pf = c.filter;
    return QStringLiteral("rule '%1' (filter list '%2', filter %3 → %4 %5%6) → %7 [%8]")
        .arg(pf.rule->name, pf.filterList->name, formatAddress(pf.filter->source),
             formatAddress(pf.filter->destination), protocolName(pf.filter->protocol),
             c.viaMirror ? QStringLiteral(", mirrored") : QString(),
             pf.action ? pf.action->name : QStringLiteral("<missing filter action>"), describe(pf.weight));
}

} // namespace

PolicyFilters policyFilters(const StoreData &store, const Policy &policy)
{
    PolicyFilters out;
    for (int r = 0; r < policy.rules.size(); ++r) {
        const Rule &rule = policy.rules[r];
        const FilterList *list = rule.active ? store.filterList(rule.filterList) : nullptr;
        if (!list)
            continue;
        const FilterAction *action = store.filterAction(rule.filterAction);
        for (std::size_t i = 0; i < list->filters.size(); ++i)
            out.push_back({&rule, list, &list->filters[i], action, r, static_cast<int>(i),
                           filterWeight(list->filters[i])});
    }
    return out;
}

bool sameOutcome(const PolicyFilter &a, const PolicyFilter &b)
{
    if (a.rule == b.rule)
        return true;
    return a.rule->filterAction == b.rule->filterAction && a.rule->tunnel == b.rule->tunnel &&
           a.rule->authMethods == b.rule->authMethods && a.rule->connectionType == b.rule->connectionType;
}

bool matches(const Filter &f, const Packet &p, const MatchEnvironment &env, bool *viaMirror)
{
    if (f.protocol != protocol::Any && f.protocol != p.protocol)
        return false;
    if (directedMatch(f, p.source, p.sourceKeyword, p.destination, p.destinationKeyword, p.sourcePort,
                      p.destinationPort, env)) {
        if (viaMirror)
            *viaMirror = false;
        return true;
    }
    // A mirrored filter also matches the reverse direction, with addresses and ports swapped.
    if (f.mirrored && directedMatch(f, p.destination, p.destinationKeyword, p.source, p.sourceKeyword,
                                    p.destinationPort, p.sourcePort, env)) {
        if (viaMirror)
            *viaMirror = true;
        return true;
    }
    return false;
}

MatchResult match(const StoreData &store, const Policy &policy, const Packet &packet,
                  const MatchEnvironment &env)
{
    MatchResult result;
    for (const PolicyFilter &pf : policyFilters(store, policy)) {
        bool mirror = false;
        if (matches(*pf.filter, packet, env, &mirror))
            result.candidates.push_back({pf, mirror});
    }
    // Stable: among equal weights the policy's display order is kept, but equal weights are reported as a
    // tie.
    std::stable_sort(
        result.candidates.begin(), result.candidates.end(),
        [](const MatchCandidate &a, const MatchCandidate &b) { return a.filter.weight > b.filter.weight; });
    if (result.candidates.size() >= 2) {
        const PolicyFilter &first = result.candidates[0].filter;
        const PolicyFilter &second = result.candidates[1].filter;
        result.tie = first.weight == second.weight && !sameOutcome(first, second);
    }
    return result;
}

QString describe(const MatchResult &result)
{
    QStringList lines;
    if (const MatchCandidate *w = result.winner())
        lines << QStringLiteral("winner: ") + candidateLine(*w);
    else
        lines << QStringLiteral("no filter matches: the packet is not subject to IPsec");
    if (result.tie)
        lines << QStringLiteral(
            "tie: the two most specific filters rank equal and treat the packet differently; "
            "which one Windows picks is not confirmed (Q1)");
    for (std::size_t i = 0; i < result.candidates.size(); ++i)
        lines << QStringLiteral("  %1. ").arg(i + 1) + candidateLine(result.candidates[i]);
    return lines.join(u'\n');
}

} // namespace ipsec::analysis
