// A compact IPv4/IPv6 address value (17 bytes, no heap). Parsing and printing go through QHostAddress; the
// compact storage keeps a 100,000-filter store small, where a QHostAddress would cost a heap block each.
#pragma once

#include <QHostAddress>
#include <QString>
#include <array>
#include <compare>
#include <cstdint>
#include <optional>

namespace ipsec {

class IpAddress {
public:
    enum class Family : std::uint8_t { None, IPv4, IPv6 };

    IpAddress() = default;
    static IpAddress fromIPv4(std::uint32_t hostOrder);
    static IpAddress fromIPv6(const std::array<std::uint8_t, 16> &bytes);
    static IpAddress fromQHostAddress(const QHostAddress &a);
    // A literal IPv4 or IPv6 address (no mask, no scope); nullopt when the text is not one.
    static std::optional<IpAddress> parse(QStringView text);
    // The contiguous mask of the given prefix length for the family (IPv4 0..32, IPv6 0..128).
    static IpAddress maskFromPrefix(Family family, int prefixLength);

    Family family() const { return m_family; }
    bool isNull() const { return m_family == Family::None; }
    bool isIPv4() const { return m_family == Family::IPv4; }
    bool isIPv6() const { return m_family == Family::IPv6; }
    int bitCount() const { return m_family == Family::IPv4 ? 32 : m_family == Family::IPv6 ? 128 : 0; }

    std::uint32_t toIPv4() const;                                         // host order; 0 unless IPv4
    const std::array<std::uint8_t, 16> &bytes() const { return m_bytes; } // IPv4 in the first 4 bytes
    QHostAddress toQHostAddress() const;
    QString toString() const;
    void appendTo(QString &out) const; // toString() appended, without a temporary for IPv4

    // The prefix length when this is a contiguous mask, otherwise -1.
    int prefixLength() const;
    bool isContiguousMask() const { return prefixLength() >= 0; }
    IpAddress masked(const IpAddress &mask) const;    // this & mask
    bool hasBitsOutside(const IpAddress &mask) const; // any bit set where the mask is 0

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    friend std::strong_ordering operator<=>(const IpAddress &, const IpAddress &) = default;

private:
    Family m_family = Family::None;
    std::array<std::uint8_t, 16> m_bytes{};
};

} // namespace ipsec
