#include "traffic.h"

#include "specificity.h"

#include <algorithm>

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

template <typename T> void appendRaw(QByteArray &key, T value)
{
    key.append(reinterpret_cast<const char *>(&value), qsizetype(sizeof value));
}

// What any space covering `s` and covered by it shares with `s`: covering each other, two spaces are both
// any or both not, hold the same symbols, and the same addresses (in intervals cut differently, perhaps),
// so the same lowest and highest address of each family.
void appendSpaceKey(QByteArray &key, const AddressSpace &s)
{
    key += s.isAny() ? 'A' : 'a';
    for (const IpAddress::Family family : {IpAddress::Family::IPv4, IpAddress::Family::IPv6}) {
        bool seen = false;
        AddressValue lowest;
        AddressValue highest;
        for (const AddressInterval &i : s.intervals()) {
            if (i.family != family)
                continue;
            lowest = seen ? std::min(lowest, i.first) : i.first;
            highest = seen ? std::max(highest, i.last) : i.last;
            seen = true;
        }
        if (!seen)
            continue;
        appendRaw(key, std::uint8_t(family));
        appendRaw(key, lowest.high);
        appendRaw(key, lowest.low);
        appendRaw(key, highest.high);
        appendRaw(key, highest.low);
    }
    QStringList symbols = s.symbols();
    symbols.sort();
    symbols.removeDuplicates();
    for (const QString &symbol : std::as_const(symbols))
        key += symbol.toUtf8() + '\0';
    key += '|';
}

QByteArray directionKey(const DirectedTraffic &d)
{
    QByteArray key;
    appendRaw(key, d.protocol);
    appendRaw(key, d.sourcePort.first);
    appendRaw(key, d.sourcePort.last);
    appendRaw(key, d.destinationPort.first);
    appendRaw(key, d.destinationPort.last);
    appendSpaceKey(key, *d.source);
    appendSpaceKey(key, *d.destination);
    return key;
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

// Traffic A covers B when each direction of B is covered by one of A's. Two traffics that cover each other
// therefore have the same directions once those covered by another of their own are left out (with at most
// two directions, each either covered by the other or not), and directions covering each other have equal
// keys (appendSpaceKey). So the keys of the remaining directions, in order, are the same for both.
QByteArray Traffic::duplicateKey() const
{
    const DirectedTraffic own = direction(false);
    if (!mirrored)
        return directionKey(own);
    const DirectedTraffic reverse = direction(true);
    if (analysis::covers(own, reverse))
        return directionKey(own);
    if (analysis::covers(reverse, own))
        return directionKey(reverse);
    const QByteArray a = directionKey(own);
    const QByteArray b = directionKey(reverse);
    return a < b ? a + '#' + b : b + '#' + a;
}

} // namespace ipsec::analysis
