// The set of addresses one side of a filter stands for, as something that can be tested, intersected and
// compared. Specific addresses become intervals; "me", the server keywords and DNS names become the
// addresses a MatchEnvironment gives for them, or stay symbols when it gives none.
#pragma once

#include "core/types.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>
#include <compare>
#include <cstdint>
#include <span>
#include <vector>

namespace ipsec::analysis {

// What this computer's keywords stand for when a packet is evaluated. Empty lists leave the keyword a
// symbol: it then matches only a packet side marked with the same keyword (see Packet).
struct MatchEnvironment {
    QList<IpAddress> myAddresses;
    QList<IpAddress> dnsServers;
    QList<IpAddress> winsServers;
    QList<IpAddress> dhcpServers;
    QList<IpAddress> defaultGateways;
    QHash<QString, QList<IpAddress>> dnsNames; // name (lower case) → addresses it resolved to
};

// An unsigned 128-bit address value, so IPv4 and IPv6 share one interval arithmetic. Two 64-bit halves, not
// GCC's unsigned __int128, which MSVC lacks (docs/packaging.md, Windows); compared high half first.
struct AddressValue {
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    // A number converts implicitly (into the low half), as it did to unsigned __int128.
    constexpr AddressValue(std::uint64_t lowHalf = 0) : low(lowHalf) {}
    constexpr AddressValue(std::uint64_t highHalf, std::uint64_t lowHalf) : high(highHalf), low(lowHalf) {}

    friend constexpr auto operator<=>(const AddressValue &, const AddressValue &) = default;
    friend constexpr AddressValue operator&(AddressValue a, AddressValue b)
    {
        return {a.high & b.high, a.low & b.low};
    }
    friend constexpr AddressValue operator|(AddressValue a, AddressValue b)
    {
        return {a.high | b.high, a.low | b.low};
    }
    friend constexpr AddressValue operator~(AddressValue a) { return {~a.high, ~a.low}; }
};

AddressValue addressValue(const IpAddress &a);
IpAddress addressFromValue(IpAddress::Family family, AddressValue value); // the inverse

struct AddressInterval {
    IpAddress::Family family = IpAddress::Family::None;
    AddressValue first;
    AddressValue last;

    bool contains(const IpAddress &a) const;
    bool intersects(const AddressInterval &o) const;
    bool covers(const AddressInterval &o) const;
};

class AddressSpace {
public:
    static AddressSpace of(const FilterAddress &address, const MatchEnvironment &env = {});

    bool isAny() const { return m_any; }
    bool contains(const IpAddress &a) const;
    // A keyword (token of AddressKind, or "name:<dns name>") the packet side is marked with.
    bool containsSymbol(const QString &symbol) const;
    bool intersects(const AddressSpace &o) const;
    bool covers(const AddressSpace &o) const; // every address of o is in this
    // The addresses (resolved keywords included) and the keywords left as symbols, for indexes.
    std::span<const AddressInterval> intervals() const
    {
        return {m_intervals.data(), std::size_t(m_intervals.size())};
    }
    const QStringList &symbols() const { return m_symbols; }

private:
    bool m_any = false;
    // Nearly every filter address is one host, subnet or range: kept inline, so that the traffic of 100,000
    // filters needs no allocation per address (docs/performance.md, Analysis).
    QVarLengthArray<AddressInterval, 1> m_intervals;
    QStringList m_symbols; // keywords the environment did not resolve: compared as symbols
    QStringList m_aliases; // keywords it resolved: their addresses are in m_intervals
};

// The symbol a keyword address stands for when unresolved ("me", "dns-servers", "name:host.example.com").
QString addressSymbol(const FilterAddress &address);

} // namespace ipsec::analysis
