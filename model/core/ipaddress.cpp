#include "ipaddress.h"

#include <algorithm>

namespace ipsec {

IpAddress IpAddress::fromIPv4(std::uint32_t hostOrder)
{
    IpAddress a;
    a.m_family = Family::IPv4;
    a.m_bytes[0] = static_cast<std::uint8_t>(hostOrder >> 24);
    a.m_bytes[1] = static_cast<std::uint8_t>(hostOrder >> 16);
    a.m_bytes[2] = static_cast<std::uint8_t>(hostOrder >> 8);
    a.m_bytes[3] = static_cast<std::uint8_t>(hostOrder);
    return a;
}

IpAddress IpAddress::fromIPv6(const std::array<std::uint8_t, 16> &bytes)
{
    IpAddress a;
    a.m_family = Family::IPv6;
    a.m_bytes = bytes;
    return a;
}

IpAddress IpAddress::fromQHostAddress(const QHostAddress &qa)
{
    switch (qa.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return fromIPv4(qa.toIPv4Address());
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR v6 = qa.toIPv6Address();
        std::array<std::uint8_t, 16> b{};
        for (int i = 0; i < 16; ++i)
            b[static_cast<std::size_t>(i)] = v6[i];
        return fromIPv6(b);
    }
    default:
        return {};
    }
}

namespace {

// The common case, canonical dotted IPv4 ("10.0.0.1"), without a QHostAddress: 1-3 decimal digits per part,
// no leading zero, each part at most 255. Anything else (octal or hex parts, leading zeros, IPv6) goes to
// QHostAddress, so the result is always the one QHostAddress gives.
std::optional<IpAddress> parseCanonicalIPv4(QStringView t)
{
    std::uint32_t address = 0;
    qsizetype i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= t.size() || t[i] != u'.')
                return std::nullopt;
            ++i;
        }
        const qsizetype start = i;
        std::uint32_t value = 0;
        while (i < t.size() && i - start < 3 && t[i] >= u'0' && t[i] <= u'9')
            value = value * 10 + (t[i++].unicode() - u'0');
        const qsizetype digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && t[start] == u'0'))
            return std::nullopt;
        address = (address << 8) | value;
    }
    if (i != t.size())
        return std::nullopt;
    return IpAddress::fromIPv4(address);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    // Most texts need no trimming: try the fast path before copying.
    if (!text.isEmpty() && !text.front().isSpace() && !text.back().isSpace())
        if (const auto v4 = parseCanonicalIPv4(text))
            return v4;
    const QStringView t = text.trimmed();
    if (const auto v4 = parseCanonicalIPv4(t))
        return v4;
    if (t.isEmpty() || t.contains(u'/') || t.contains(u'%'))
        return std::nullopt;
    // QHostAddress accepts shorthand like "10.1" or a plain integer; an engineer's address has 4 parts.
    if (!t.contains(u':') && t.count(u'.') != 3)
        return std::nullopt;
    QHostAddress qa;
    if (!qa.setAddress(t.toString()))
        return std::nullopt;
    return fromQHostAddress(qa);
}

IpAddress IpAddress::maskFromPrefix(Family family, int prefixLength)
{
    IpAddress m;
    m.m_family = family;
    const int bits = m.bitCount();
    prefixLength = std::clamp(prefixLength, 0, bits);
    for (int i = 0; i < prefixLength; ++i)
        m.m_bytes[static_cast<std::size_t>(i / 8)] |= static_cast<std::uint8_t>(0x80u >> (i % 8));
    return m;
}

std::uint32_t IpAddress::toIPv4() const
{
    if (m_family != Family::IPv4)
        return 0;
    return (std::uint32_t{m_bytes[0]} << 24) | (std::uint32_t{m_bytes[1]} << 16) |
           (std::uint32_t{m_bytes[2]} << 8) | std::uint32_t{m_bytes[3]};
}

QHostAddress IpAddress::toQHostAddress() const
{
    switch (m_family) {
    case Family::IPv4:
        return QHostAddress(toIPv4());
    case Family::IPv6: {
        Q_IPV6ADDR v6;
        for (int i = 0; i < 16; ++i)
            v6[i] = m_bytes[static_cast<std::size_t>(i)];
        return QHostAddress(v6);
    }
    case Family::None:
        break;
    }
    return {};
}

QString IpAddress::toString() const
{
    QString s;
    appendTo(s);
    return s;
}

void IpAddress::appendTo(QString &out) const
{
    if (m_family == Family::IPv4) {
        // Dotted decimal, as QHostAddress prints it, without building one.
        char16_t text[15];
        std::size_t n = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            if (i > 0)
                text[n++] = u'.';
            const unsigned b = m_bytes[i];
            if (b >= 100)
                text[n++] = char16_t(u'0' + b / 100);
            if (b >= 10)
                text[n++] = char16_t(u'0' + b / 10 % 10);
            text[n++] = char16_t(u'0' + b % 10);
        }
        out.append(reinterpret_cast<const QChar *>(text), qsizetype(n));
        return;
    }
    if (!isNull())
        out += toQHostAddress().toString();
}

int IpAddress::prefixLength() const
{
    const int bits = bitCount();
    int prefix = 0;
    while (prefix < bits && (m_bytes[static_cast<std::size_t>(prefix / 8)] & (0x80u >> (prefix % 8))))
        ++prefix;
    for (int i = prefix; i < bits; ++i)
        if (m_bytes[static_cast<std::size_t>(i / 8)] & (0x80u >> (i % 8)))
            return -1;
    return bits == 0 ? -1 : prefix;
}

IpAddress IpAddress::masked(const IpAddress &mask) const
{
    IpAddress r = *this;
    for (std::size_t i = 0; i < r.m_bytes.size(); ++i)
        r.m_bytes[i] &= mask.m_bytes[i];
    return r;
}

bool IpAddress::hasBitsOutside(const IpAddress &mask) const
{
    for (std::size_t i = 0; i < m_bytes.size(); ++i)
        if (m_bytes[i] & static_cast<std::uint8_t>(~mask.m_bytes[i]))
            return true;
    return false;
}

} // namespace ipsec
