#include "overlaps.h"

#include "core/enumnames.h"
#include "core/largearray.h"
#include "overlapindex.h"

#include <QStringList>

namespace ipsec::analysis {
namespace {

QString filterText(const PolicyFilter &pf)
{
    const Filter &f = *pf.filter;
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(formatAddress(f.source), f.mirrored ? QStringLiteral("↔") : QStringLiteral("→"),
                            formatAddress(f.destination));
    text += u' ' + protocolName(f.protocol);
    if (protocolHasPorts(f.protocol) && (!f.sourcePort.isAny() || !f.destinationPort.isAny()))
        text += QStringLiteral(" %1→%2").arg(formatPorts(f.sourcePort), formatPorts(f.destinationPort));
    return QStringLiteral("rule '%1' / list '%2' / filter %3").arg(pf.rule->name, pf.filterList->name, text);
}

} // namespace

Severity Overlap::severity() const
{
    switch (kind) {
    case OverlapKind::Duplicate:
    case OverlapKind::Shadowed:
    case OverlapKind::Ambiguous:
        return Severity::Warning;
    case OverlapKind::Exception:
    case OverlapKind::Partial:
    case OverlapKind::Redundant:
        return Severity::Info;
    }
    return Severity::Info;
}

QString displayName(OverlapKind kind)
{
    switch (kind) {
    case OverlapKind::Duplicate:
        return QStringLiteral("duplicate");
    case OverlapKind::Shadowed:
        return QStringLiteral("shadowed");
    case OverlapKind::Ambiguous:
        return QStringLiteral("ambiguous");
    case OverlapKind::Exception:
        return QStringLiteral("exception");
    case OverlapKind::Partial:
        return QStringLiteral("partial overlap");
    case OverlapKind::Redundant:
        return QStringLiteral("redundant");
    }
    return {};
}

std::optional<Overlap> classify(const PolicyFilter &a, const Traffic &ta, const PolicyFilter &b,
                                const Traffic &tb)
{
    if (!ta.intersects(tb))
        return std::nullopt;
    const bool same = sameOutcome(a, b);
    const bool aCoversB = ta.covers(tb);
    const bool bCoversA = tb.covers(ta);
    // The more specific one wins where they overlap; on a tie keep the display order (and say so).
    const bool bWins = b.weight > a.weight;
    Overlap o{OverlapKind::Partial, bWins ? b : a, bWins ? a : b};
    if (aCoversB && bCoversA)
        o.kind = same ? OverlapKind::Duplicate : OverlapKind::Shadowed;
    else if (same && (aCoversB || bCoversA))
        o.kind = OverlapKind::Redundant;
    else if (same)
        return std::nullopt; // overlapping traffic treated alike: nothing to say
    else if (a.weight == b.weight)
        o.kind = OverlapKind::Ambiguous;
    else if (aCoversB || bCoversA)
        o.kind = OverlapKind::Exception;
    else
        o.kind = OverlapKind::Partial;
    return o;
}

Overlaps findOverlaps(const StoreData &store, const Policy &policy, const MatchEnvironment &env,
                      std::size_t limit)
{
    const PolicyFilters filters = policyFilters(store, policy);
    LargeArray<Traffic> traffic;
    traffic.reserve(filters.size());
    for (const PolicyFilter &pf : filters)
        traffic.push_back(Traffic::of(*pf.filter, env));
    const OverlapIndex index(traffic);

    Overlaps out;
    out.reserve(limit != 0 ? std::min(limit, filters.size()) : filters.size()); // pages untouched until used
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        index.candidatesAfter(i, candidates);
        for (std::size_t j : candidates) {
            if (std::optional<Overlap> o = classify(filters[i], traffic[i], filters[j], traffic[j])) {
                out.push_back(*o);
                if (limit != 0 && out.size() >= limit)
                    return out;
            }
        }
    }
    return out;
}

QString describe(const Overlap &o)
{
    const QString w = filterText(o.winner);
    const QString l = filterText(o.other);
    switch (o.kind) {
    case OverlapKind::Duplicate:
        return QStringLiteral("duplicate: %1 and %2 match the same traffic with the same treatment")
            .arg(w, l);
    case OverlapKind::Shadowed:
        return o.winner.weight == o.other.weight
                   ? QStringLiteral(
                         "shadowed: %1 and %2 match the same traffic with different treatment; one of "
                         "them never applies and which one is not confirmed (Q1)")
                         .arg(w, l)
                   : QStringLiteral(
                         "shadowed: %1 is more specific than %2 for the same traffic; %2 never applies")
                         .arg(w, l);
    case OverlapKind::Ambiguous:
        return QStringLiteral("ambiguous: %1 and %2 overlap with equal specificity and different treatment; "
                              "which one Windows applies is not confirmed (Q1)")
            .arg(w, l);
    case OverlapKind::Exception:
        return QStringLiteral("exception: %1 lies inside %2 and wins there").arg(w, l);
    case OverlapKind::Partial:
        return QStringLiteral("partial overlap: where %1 and %2 overlap, %1 wins (more specific)").arg(w, l);
    case OverlapKind::Redundant:
        return QStringLiteral(
                   "redundant: %1 and %2 overlap and one contains the other, with the same treatment")
            .arg(w, l);
    }
    return {};
}

QString describe(const Overlaps &overlaps)
{
    if (overlaps.empty())
        return QStringLiteral("no overlapping filters");
    QStringList lines;
    for (const Overlap &o : overlaps)
        lines << severityName(o.severity()) + QStringLiteral(": ") + describe(o);
    return lines.join(u'\n');
}

} // namespace ipsec::analysis
