#include "overlaps.h"

#include "core/enumnames.h"

#include <QStringList>

namespace ipsec::analysis {
namespace {

// One direction of a filter's traffic.
struct DirectedTraffic {
    AddressSpace source;
    AddressSpace destination;
    std::uint8_t protocol = protocol::Any;
    PortRange sourcePort;
    PortRange destinationPort;
};

struct Traffic {
    std::vector<DirectedTraffic> directions; // one, or two for a mirrored filter
};

Traffic trafficOf(const Filter &f, const MatchEnvironment &env)
{
    Traffic t;
    const AddressSpace src = AddressSpace::of(f.source, env);
    const AddressSpace dst = AddressSpace::of(f.destination, env);
    const bool ports = protocolHasPorts(f.protocol);
    const PortRange sp = ports ? f.sourcePort : PortRange::any();
    const PortRange dp = ports ? f.destinationPort : PortRange::any();
    t.directions.push_back({src, dst, f.protocol, sp, dp});
    if (f.mirrored)
        t.directions.push_back({dst, src, f.protocol, dp, sp});
    return t;
}

std::uint16_t lastPort(const PortRange &p)
{
    return p.isAny() ? 65535 : p.last;
}

bool portsIntersect(const PortRange &a, const PortRange &b)
{
    return a.first <= lastPort(b) && b.first <= lastPort(a);
}

bool portsCover(const PortRange &a, const PortRange &b)
{
    return a.isAny() || (!b.isAny() && a.first <= b.first && b.last <= a.last);
}

bool intersects(const DirectedTraffic &a, const DirectedTraffic &b)
{
    if (a.protocol != protocol::Any && b.protocol != protocol::Any && a.protocol != b.protocol)
        return false;
    return portsIntersect(a.sourcePort, b.sourcePort) &&
           portsIntersect(a.destinationPort, b.destinationPort) && a.source.intersects(b.source) &&
           a.destination.intersects(b.destination);
}

bool covers(const DirectedTraffic &a, const DirectedTraffic &b)
{
    if (a.protocol != protocol::Any && a.protocol != b.protocol)
        return false;
    return portsCover(a.sourcePort, b.sourcePort) && portsCover(a.destinationPort, b.destinationPort) &&
           a.source.covers(b.source) && a.destination.covers(b.destination);
}

bool intersects(const Traffic &a, const Traffic &b)
{
    for (const auto &x : a.directions)
        for (const auto &y : b.directions)
            if (intersects(x, y))
                return true;
    return false;
}

bool covers(const Traffic &a, const Traffic &b)
{
    for (const auto &y : b.directions) {
        bool covered = false;
        for (const auto &x : a.directions)
            covered = covered || covers(x, y);
        if (!covered)
            return false;
    }
    return true;
}

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

std::vector<Overlap> findOverlaps(const StoreData &store, const Policy &policy, const MatchEnvironment &env)
{
    const std::vector<PolicyFilter> filters = policyFilters(store, policy);
    std::vector<Traffic> traffic;
    traffic.reserve(filters.size());
    for (const PolicyFilter &pf : filters)
        traffic.push_back(trafficOf(*pf.filter, env));

    std::vector<Overlap> out;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        for (std::size_t j = i + 1; j < filters.size(); ++j) {
            if (!intersects(traffic[i], traffic[j]))
                continue;
            const PolicyFilter &a = filters[i];
            const PolicyFilter &b = filters[j];
            const bool same = sameOutcome(a, b);
            const bool aCoversB = covers(traffic[i], traffic[j]);
            const bool bCoversA = covers(traffic[j], traffic[i]);
            // The more specific one wins where they overlap; on a tie keep the display order (and say so).
            const bool bWins = b.weight > a.weight;
            Overlap o{OverlapKind::Partial, bWins ? b : a, bWins ? a : b};
            if (aCoversB && bCoversA)
                o.kind = same ? OverlapKind::Duplicate : OverlapKind::Shadowed;
            else if (same && (aCoversB || bCoversA))
                o.kind = OverlapKind::Redundant;
            else if (same)
                continue; // overlapping traffic treated alike: nothing to say
            else if (a.weight == b.weight)
                o.kind = OverlapKind::Ambiguous;
            else if (aCoversB || bCoversA)
                o.kind = OverlapKind::Exception;
            else
                o.kind = OverlapKind::Partial;
            out.push_back(o);
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

QString describe(const std::vector<Overlap> &overlaps)
{
    if (overlaps.empty())
        return QStringLiteral("no overlapping filters");
    QStringList lines;
    for (const Overlap &o : overlaps)
        lines << severityName(o.severity()) + QStringLiteral(": ") + describe(o);
    return lines.join(u'\n');
}

} // namespace ipsec::analysis
