#include "addressspace.h"

#include "core/enumnames.h"

#include <algorithm>
#include <array>

namespace ipsec::analysis {
namespace {

int widthOf(IpAddress::Family f)
{
    return f == IpAddress::Family::IPv4 ? 32 : f == IpAddress::Family::IPv6 ? 128 : 0;
}

// The low `bits` bits set (0 to 128).
AddressValue allOnes(int bits)
{
    const auto ones = [](int n) -> std::uint64_t {
        return n <= 0 ? 0 : n >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
    };
    return {ones(bits - 64), ones(bits)};
}

AddressInterval hostInterval(const IpAddress &a)
{
    const AddressValue v = addressValue(a);
    return {a.family(), v, v};
}

// A subnet as the interval it spans. A non-contiguous mask is not an interval: its bounding interval is used,
// which can only overstate overlaps (the validator reports such masks anyway).
AddressInterval subnetInterval(const IpAddress &address, const IpAddress &mask)
{
    const int bits = widthOf(address.family());
    const AddressValue m = addressValue(mask) & allOnes(bits);
    const AddressValue first = addressValue(address) & m;
    return {address.family(), first, first | (allOnes(bits) & ~m)};
}

const QList<IpAddress> *resolvedKeyword(const FilterAddress &a, const MatchEnvironment &env)
{
    switch (a.kind) {
    case AddressKind::Me:
        return &env.myAddresses;
    case AddressKind::DnsServers:
        return &env.dnsServers;
    case AddressKind::WinsServers:
        return &env.winsServers;
    case AddressKind::DhcpServer:
        return &env.dhcpServers;
    case AddressKind::DefaultGateway:
        return &env.defaultGateways;
    case AddressKind::DnsName: {
        const auto it = env.dnsNames.constFind(a.dnsName.toLower());
        return it == env.dnsNames.cend() ? nullptr : &*it;
    }
    default:
        return nullptr;
    }
}

} // namespace

AddressValue addressValue(const IpAddress &a)
{
    if (a.isIPv4())
        return {0, a.toIPv4()};
    AddressValue v;
    for (const std::uint8_t b : a.bytes())
        v = {(v.high << 8) | (v.low >> 56), (v.low << 8) | b};
    return v;
}

IpAddress addressFromValue(IpAddress::Family family, AddressValue v)
{
    if (family == IpAddress::Family::IPv4)
        return IpAddress::fromIPv4(static_cast<std::uint32_t>(v.low));
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < 8; ++i) { // most significant byte first
        bytes[i] = static_cast<std::uint8_t>(v.high >> (56 - 8 * i));
        bytes[8 + i] = static_cast<std::uint8_t>(v.low >> (56 - 8 * i));
    }
    return IpAddress::fromIPv6(bytes);
}

bool AddressInterval::contains(const IpAddress &a) const
{
    if (a.family() != family)
        return false;
    const AddressValue v = addressValue(a);
    return v >= first && v <= last;
}

bool AddressInterval::intersects(const AddressInterval &o) const
{
    return family == o.family && first <= o.last && o.first <= last;
}

bool AddressInterval::covers(const AddressInterval &o) const
{
    return family == o.family && first <= o.first && o.last <= last;
}

QString addressSymbol(const FilterAddress &address)
{
    if (address.kind == AddressKind::DnsName)
        return QStringLiteral("name:") + address.dnsName.toLower();
    return token(address.kind);
}

AddressSpace AddressSpace::of(const FilterAddress &a, const MatchEnvironment &env)
{
    AddressSpace s;
    switch (a.kind) {
    case AddressKind::Any:
        s.m_any = true;
        break;
    case AddressKind::Host:
        s.m_intervals.push_back(hostInterval(a.address));
        break;
    case AddressKind::Subnet:
        s.m_intervals.push_back(subnetInterval(a.address, a.second));
        break;
    case AddressKind::Range: {
        AddressInterval i{a.address.family(), addressValue(a.address), addressValue(a.second)};
        if (i.first > i.last)
            std::swap(i.first, i.last);
        s.m_intervals.push_back(i);
        break;
    }
    case AddressKind::Me:
    case AddressKind::DnsName:
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway: {
        const QList<IpAddress> *resolved = resolvedKeyword(a, env);
        if (resolved && !resolved->isEmpty()) {
            for (const IpAddress &ip : *resolved)
                s.m_intervals.push_back(hostInterval(ip));
            s.m_aliases.append(addressSymbol(a));
        } else {
            s.m_symbols.append(addressSymbol(a));
        }
        break;
    }
    }
    return s;
}

bool AddressSpace::contains(const IpAddress &a) const
{
    return m_any || std::any_of(m_intervals.begin(), m_intervals.end(),
                                [&a](const AddressInterval &i) { return i.contains(a); });
}

bool AddressSpace::containsSymbol(const QString &symbol) const
{
    return m_any || m_symbols.contains(symbol) || m_aliases.contains(symbol);
}

bool AddressSpace::intersects(const AddressSpace &o) const
{
    if (m_any || o.m_any)
        return true;
    for (const QString &sym : m_symbols)
        if (o.m_symbols.contains(sym))
            return true;
    for (const AddressInterval &i : m_intervals)
        for (const AddressInterval &j : o.m_intervals)
            if (i.intersects(j))
                return true;
    return false;
}

bool AddressSpace::covers(const AddressSpace &o) const
{
    if (m_any)
        return true;
    if (o.m_any)
        return false;
    for (const QString &sym : o.m_symbols)
        if (!m_symbols.contains(sym))
            return false;
    for (const AddressInterval &j : o.m_intervals)
        if (std::none_of(m_intervals.begin(), m_intervals.end(),
                         [&j](const AddressInterval &i) { return i.covers(j); }))
            return false;
    return true;
}

} // namespace ipsec::analysis
