#include "traffic.h"

#include "specificity.h"

namespace ipsec::analysis {
namespace {

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
           portsIntersect(a.destinationPort, b.destinationPort) && a.source->intersects(*b.source) &&
           a.destination->intersects(*b.destination);
}

bool covers(const DirectedTraffic &a, const DirectedTraffic &b)
{
    if (a.protocol != protocol::Any && a.protocol != b.protocol)
        return false;
    return portsCover(a.sourcePort, b.sourcePort) && portsCover(a.destinationPort, b.destinationPort) &&
           a.source->covers(*b.source) && a.destination->covers(*b.destination);
}

struct SampleSide {
    IpAddress address;
    QString keyword;
    IpAddress::Family family = IpAddress::Family::None;
};

// The lowest address (or a shared keyword) of two spaces that meet.
SampleSide sampleOf(const AddressSpace &a, const AddressSpace &b)
{
    if (a.isAny() && b.isAny())
        return {};
    const AddressSpace &narrow = a.isAny() ? b : a;
    const AddressSpace &wide = a.isAny() ? a : b;
    for (const AddressInterval &i : narrow.intervals()) {
        if (wide.isAny())
            return {addressFromValue(i.family, i.first), {}, i.family};
        for (const AddressInterval &j : wide.intervals())
            if (i.intersects(j))
                return {addressFromValue(i.family, std::max(i.first, j.first)), {}, i.family};
    }
    for (const QString &symbol : narrow.symbols())
        if (wide.isAny() || wide.symbols().contains(symbol))
            return {{}, symbol, IpAddress::Family::None};
    return {};
}

std::uint16_t samplePort(const PortRange &a, const PortRange &b)
{
    return std::max(a.first, b.first);
}

void fillOpenSide(SampleSide &side, IpAddress::Family otherFamily)
{
    if (side.family != IpAddress::Family::None || !side.keyword.isEmpty())
        return;
    side.address = otherFamily == IpAddress::Family::IPv6 ? *IpAddress::parse(QStringLiteral("2001:db8::1"))
                                                          : *IpAddress::parse(QStringLiteral("192.0.2.1"));
    side.family = side.address.family();
}

} // namespace

std::optional<Packet> Traffic::example(const Traffic &other) const
{
    for (const auto &x : directions()) {
        for (const auto &y : other.directions()) {
            if (!analysis::intersects(x, y))
                continue;
            Packet p;
            p.protocol = x.protocol != protocol::Any ? x.protocol : y.protocol;
            if (protocolHasPorts(p.protocol)) {
                p.sourcePort = samplePort(x.sourcePort, y.sourcePort);
                p.destinationPort = samplePort(x.destinationPort, y.destinationPort);
            }
            SampleSide src = sampleOf(*x.source, *y.source);
            SampleSide dst = sampleOf(*x.destination, *y.destination);
            fillOpenSide(src, dst.family);
            fillOpenSide(dst, src.family);
            p.source = src.address;
            p.sourceKeyword = src.keyword;
            p.destination = dst.address;
            p.destinationKeyword = dst.keyword;
            return p;
        }
    }
    return std::nullopt;
}

Traffic Traffic::of(const Filter &f, const MatchEnvironment &env)
{
    const bool ports = protocolHasPorts(f.protocol);
    return {
        AddressSpace::of(f.source, env),         AddressSpace::of(f.destination, env),         f.protocol,
        ports ? f.sourcePort : PortRange::any(), ports ? f.destinationPort : PortRange::any(), f.mirrored};
}

bool Traffic::intersects(const Traffic &other) const
{
    // Called for every candidate pair (every pair, in validation's small groups): no Directions built.
    if (protocol != protocol::Any && other.protocol != protocol::Any && protocol != other.protocol)
        return false;
    for (const bool x : {false, true}) {
        if (x && !mirrored)
            break;
        for (const bool y : {false, true}) {
            if (y && !other.mirrored)
                break;
            if (analysis::intersects(direction(x), other.direction(y)))
                return true;
        }
    }
    return false;
}

bool Traffic::covers(const Traffic &other) const
{
    for (const bool y : {false, true}) {
        if (y && !other.mirrored)
            break;
        const DirectedTraffic theirs = other.direction(y);
        if (!analysis::covers(direction(false), theirs) &&
            !(mirrored && analysis::covers(direction(true), theirs)))
            return false;
    }
    return true;
}

} // namespace ipsec::analysis
