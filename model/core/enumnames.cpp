#include "enumnames.h"

#include <QStringList>
#include <array>
#include <utility>

namespace ipsec {
namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char16_t *>, N>;

template <typename E, std::size_t N> QString lookup(const Table<E, N> &table, E v)
{
    for (const auto &[value, text] : table)
        if (value == v)
            return QString::fromUtf16(text);
    return {};
}

template <typename E, std::size_t N> std::optional<E> reverse(const Table<E, N> &table, QStringView text)
{
    // QStringView: no allocation per entry (parseAddress runs this for every filter address of a document).
    for (const auto &[value, t] : table)
        if (text.compare(QStringView(t), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

constexpr Table<AddressKind, 10> kAddressTokens{{
    {AddressKind::Any, u"any"},
    {AddressKind::Me, u"me"},
    {AddressKind::Host, u"host"},
    {AddressKind::Subnet, u"subnet"},
    {AddressKind::Range, u"range"},
    {AddressKind::DnsName, u"dns-name"},
    {AddressKind::DnsServers, u"dns-servers"},
    {AddressKind::WinsServers, u"wins-servers"},
    {AddressKind::DhcpServer, u"dhcp-server"},
    {AddressKind::DefaultGateway, u"default-gateway"},
}};
constexpr Table<Encryption, 9> kEncryptionTokens{{
    {Encryption::None, u"none"},
    {Encryption::Des, u"des"},
    {Encryption::TripleDes, u"3des"},
    {Encryption::Aes128, u"aes128"},
    {Encryption::Aes192, u"aes192"},
    {Encryption::Aes256, u"aes256"},
    {Encryption::AesGcm128, u"aes-gcm128"},
    {Encryption::AesGcm192, u"aes-gcm192"},
    {Encryption::AesGcm256, u"aes-gcm256"},
}};
constexpr Table<Encryption, 9> kEncryptionNames{{
    {Encryption::None, u"None"},
    {Encryption::Des, u"DES"},
    {Encryption::TripleDes, u"3DES"},
    {Encryption::Aes128, u"AES-128"},
    {Encryption::Aes192, u"AES-192"},
    {Encryption::Aes256, u"AES-256"},
    {Encryption::AesGcm128, u"AES-GCM 128"},
    {Encryption::AesGcm192, u"AES-GCM 192"},
    {Encryption::AesGcm256, u"AES-GCM 256"},
}};
constexpr Table<Integrity, 8> kIntegrityTokens{{
    {Integrity::None, u"none"},
    {Integrity::Md5, u"md5"},
    {Integrity::Sha1, u"sha1"},
    {Integrity::Sha256, u"sha256"},
    {Integrity::Sha384, u"sha384"},
    {Integrity::AesGmac128, u"aes-gmac128"},
    {Integrity::AesGmac192, u"aes-gmac192"},
    {Integrity::AesGmac256, u"aes-gmac256"},
}};
constexpr Table<Integrity, 8> kIntegrityNames{{
    {Integrity::None, u"None"},
    {Integrity::Md5, u"MD5"},
    {Integrity::Sha1, u"SHA1"},
    {Integrity::Sha256, u"SHA-256"},
    {Integrity::Sha384, u"SHA-384"},
    {Integrity::AesGmac128, u"AES-GMAC 128"},
    {Integrity::AesGmac192, u"AES-GMAC 192"},
    {Integrity::AesGmac256, u"AES-GMAC 256"},
}};
constexpr Table<DhGroup, 6> kDhTokens{{
    {DhGroup::Group1, u"dh1"},
    {DhGroup::Group2, u"dh2"},
    {DhGroup::Group14, u"dh14"},
    {DhGroup::Group19, u"dh19"},
    {DhGroup::Group20, u"dh20"},
    {DhGroup::Group24, u"dh24"},
}};
constexpr Table<DhGroup, 6> kDhNames{{
    {DhGroup::Group1, u"DH group 1 (768-bit, Low)"},
    {DhGroup::Group2, u"DH group 2 (1024-bit, Medium)"},
    {DhGroup::Group14, u"DH group 14 (2048-bit)"},
    {DhGroup::Group19, u"DH group 19 (ECDH P-256)"},
    {DhGroup::Group20, u"DH group 20 (ECDH P-384)"},
    {DhGroup::Group24, u"DH group 24 (2048-bit, 256-bit subgroup)"},
}};
constexpr Table<ActionKind, 3> kActionTokens{{
    {ActionKind::Permit, u"permit"},
    {ActionKind::Block, u"block"},
    {ActionKind::Negotiate, u"negotiate"},
}};
constexpr Table<ActionKind, 3> kActionNames{{
    {ActionKind::Permit, u"Permit"},
    {ActionKind::Block, u"Block"},
    {ActionKind::Negotiate, u"Negotiate security"},
}};
constexpr Table<IpsecProtocol, 3> kIpsecProtocolTokens{{
    {IpsecProtocol::Ah, u"ah"},
    {IpsecProtocol::Esp, u"esp"},
    {IpsecProtocol::AhAndEsp, u"ah+esp"},
}};
constexpr Table<AuthKind, 3> kAuthTokens{{
    {AuthKind::Kerberos, u"kerberos"},
    {AuthKind::Certificate, u"certificate"},
    {AuthKind::PresharedKey, u"preshared-key"},
}};
constexpr Table<AuthKind, 3> kAuthNames{{
    {AuthKind::Kerberos, u"Kerberos V5"},
    {AuthKind::Certificate, u"Certificate"},
    {AuthKind::PresharedKey, u"Preshared key"},
}};
constexpr Table<TunnelKind, 3> kTunnelTokens{{
    {TunnelKind::None, u"none"},
    {TunnelKind::Address, u"address"},
    {TunnelKind::DnsName, u"dns-name"},
}};
constexpr Table<ConnectionType, 3> kConnectionTokens{{
    {ConnectionType::All, u"all"},
    {ConnectionType::Lan, u"lan"},
    {ConnectionType::RemoteAccess, u"remote-access"},
}};
constexpr Table<ConnectionType, 3> kConnectionNames{{
    {ConnectionType::All, u"All network connections"},
    {ConnectionType::Lan, u"Local area network (LAN)"},
    {ConnectionType::RemoteAccess, u"Remote access"},
}};
constexpr Table<StoreLocation, 2> kLocationTokens{{
    {StoreLocation::Local, u"local"},
    {StoreLocation::Domain, u"domain"},
}};
constexpr Table<WindowsTarget, 4> kTargetTokens{{
    {WindowsTarget::Windows2000, u"windows-2000"},
    {WindowsTarget::WindowsXP, u"windows-xp"},
    {WindowsTarget::WindowsServer2003, u"windows-server-2003"},
    {WindowsTarget::WindowsVistaOrLater, u"windows-vista-or-later"},
}};
constexpr Table<Treatment, 4> kTreatmentTokens{{
    {Treatment::None, u"none"},
    {Treatment::Permit, u"permit"},
    {Treatment::Block, u"block"},
    {Treatment::Negotiate, u"negotiate"},
}};
constexpr Table<WindowsTarget, 4> kTargetNames{{
    {WindowsTarget::Windows2000, u"Windows 2000"},
    {WindowsTarget::WindowsXP, u"Windows XP"},
    {WindowsTarget::WindowsServer2003, u"Windows Server 2003"},
    {WindowsTarget::WindowsVistaOrLater, u"Windows Vista or later"},
}};
constexpr Table<std::uint8_t, 5> kProtocolNames{{
    {protocol::Any, u"ANY"},
    {protocol::Icmp, u"ICMP"},
    {protocol::Tcp, u"TCP"},
    {protocol::Udp, u"UDP"},
    {protocol::Raw, u"RAW"},
}};

} // namespace

QString token(AddressKind v)
{
    return lookup(kAddressTokens, v);
}
QString token(Encryption v)
{
    return lookup(kEncryptionTokens, v);
}
QString token(Integrity v)
{
    return lookup(kIntegrityTokens, v);
}
QString token(DhGroup v)
{
    return lookup(kDhTokens, v);
}
QString token(ActionKind v)
{
    return lookup(kActionTokens, v);
}
QString token(IpsecProtocol v)
{
    return lookup(kIpsecProtocolTokens, v);
}
QString token(AuthKind v)
{
    return lookup(kAuthTokens, v);
}
QString token(TunnelKind v)
{
    return lookup(kTunnelTokens, v);
}
QString token(ConnectionType v)
{
    return lookup(kConnectionTokens, v);
}
QString token(StoreLocation v)
{
    return lookup(kLocationTokens, v);
}
QString token(WindowsTarget v)
{
    return lookup(kTargetTokens, v);
}
QString token(Treatment v)
{
    return lookup(kTreatmentTokens, v);
}

template <> std::optional<AddressKind> fromToken(const QString &t)
{
    return reverse(kAddressTokens, t);
}
template <> std::optional<Encryption> fromToken(const QString &t)
{
    return reverse(kEncryptionTokens, t);
}
template <> std::optional<Integrity> fromToken(const QString &t)
{
    return reverse(kIntegrityTokens, t);
}
template <> std::optional<DhGroup> fromToken(const QString &t)
{
    return reverse(kDhTokens, t);
}
template <> std::optional<ActionKind> fromToken(const QString &t)
{
    return reverse(kActionTokens, t);
}
template <> std::optional<IpsecProtocol> fromToken(const QString &t)
{
    return reverse(kIpsecProtocolTokens, t);
}
template <> std::optional<AuthKind> fromToken(const QString &t)
{
    return reverse(kAuthTokens, t);
}
template <> std::optional<TunnelKind> fromToken(const QString &t)
{
    return reverse(kTunnelTokens, t);
}
template <> std::optional<ConnectionType> fromToken(const QString &t)
{
    return reverse(kConnectionTokens, t);
}
template <> std::optional<StoreLocation> fromToken(const QString &t)
{
    return reverse(kLocationTokens, t);
}
template <> std::optional<WindowsTarget> fromToken(const QString &t)
{
    return reverse(kTargetTokens, t);
}
template <> std::optional<Treatment> fromToken(const QString &t)
{
    return reverse(kTreatmentTokens, t);
}

QString displayName(Encryption v)
{
    return lookup(kEncryptionNames, v);
}
QString displayName(Integrity v)
{
    return lookup(kIntegrityNames, v);
}
QString displayName(DhGroup v)
{
    return lookup(kDhNames, v);
}
QString displayName(ActionKind v)
{
    return lookup(kActionNames, v);
}
QString displayName(AuthKind v)
{
    return lookup(kAuthNames, v);
}
QString displayName(ConnectionType v)
{
    return lookup(kConnectionNames, v);
}
QString displayName(WindowsTarget v)
{
    return lookup(kTargetNames, v);
}

QString protocolName(std::uint8_t p)
{
    const QString name = lookup(kProtocolNames, p);
    return name.isEmpty() ? QString::number(p) : name;
}

std::optional<std::uint8_t> parseProtocol(const QString &text)
{
    if (auto named = reverse(kProtocolNames, text.trimmed()))
        return named;
    bool ok = false;
    const uint n = text.trimmed().toUInt(&ok);
    if (!ok || n > 255)
        return std::nullopt;
    return static_cast<std::uint8_t>(n);
}

QString formatAddress(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
    case AddressKind::Me:
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        return token(a.kind);
    case AddressKind::Host:
        return a.address.toString();
    case AddressKind::Subnet: {
        const int prefix = a.second.prefixLength();
        // IPv4 masks are written dotted when not contiguous, so a wrong mask survives a round trip and is
        // reported.
        return a.address.toString() + u'/' + (prefix >= 0 ? QString::number(prefix) : a.second.toString());
    }
    case AddressKind::Range:
        return a.address.toString() + u'-' + a.second.toString();
    case AddressKind::DnsName:
        return QStringLiteral("name:") + a.dnsName;
    }
    return {};
}

std::optional<FilterAddress> parseAddress(QStringView input, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<FilterAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // Views throughout: a document's every filter address comes through here.
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("empty address"));
    if (const auto kind = reverse(kAddressTokens, text)) {
        if (*kind == AddressKind::Host || *kind == AddressKind::Subnet || *kind == AddressKind::Range ||
            *kind == AddressKind::DnsName)
            return fail(QStringLiteral("'%1' is a kind, not an address").arg(text));
        return FilterAddress::server(*kind);
    }
    if (text.startsWith(u"name:", Qt::CaseInsensitive)) {
        const QStringView name = text.mid(5).trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("empty DNS name"));
        return FilterAddress::dns(name.toString());
    }
    if (const int slash = text.indexOf(u'/'); slash >= 0) {
        const auto base = IpAddress::parse(text.left(slash));
        if (!base)
            return fail(QStringLiteral("'%1' is not an IP address").arg(text.left(slash)));
        const QStringView maskText = text.mid(slash + 1);
        bool isNumber = false;
        const int prefix = maskText.toInt(&isNumber);
        if (isNumber) {
            if (prefix < 0 || prefix > base->bitCount())
                return fail(QStringLiteral("prefix length %1 is out of range 0-%2")
                                .arg(prefix)
                                .arg(base->bitCount()));
            return FilterAddress::subnet(*base, prefix);
        }
        const auto mask = IpAddress::parse(maskText);
        if (!mask || mask->family() != base->family())
            return fail(QStringLiteral("'%1' is not a mask for %2").arg(maskText, base->toString()));
        return FilterAddress::subnet(*base, *mask);
    }
    // A range "a-b": only when both sides are addresses (DNS names may contain '-').
    if (const int dash = text.indexOf(u'-'); dash > 0) {
        const auto first = IpAddress::parse(text.left(dash));
        const auto last = IpAddress::parse(text.mid(dash + 1));
        if (first && last)
            return FilterAddress::range(*first, *last);
    }
    if (const auto host = IpAddress::parse(text))
        return FilterAddress::host(*host);
    return fail(
        QStringLiteral("'%1' is not an address, subnet, range or keyword (write DNS names as name:%1)")
            .arg(text));
}

QString formatTunnel(const TunnelEndpoint &t, TunnelNameStyle style)
{
    switch (t.kind) {
    case TunnelKind::None:
        return QStringLiteral("none");
    case TunnelKind::Address:
        return t.address.toString();
    case TunnelKind::DnsName:
        return style == TunnelNameStyle::NamePrefix ? QStringLiteral("name:") + t.dnsName : t.dnsName;
    }
    return QStringLiteral("none");
}

QString formatPorts(const PortRange &p)
{
    if (p.isAny())
        return QStringLiteral("any");
    if (p.first == p.last)
        return QString::number(p.first);
    return QStringLiteral("%1-%2").arg(p.first).arg(p.last);
}

std::optional<PortRange> parsePorts(QStringView input, QString *error)
{
    const QStringView text = input.trimmed();
    const auto fail = [error](const QString &why) -> std::optional<PortRange> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.compare(u"any", Qt::CaseInsensitive) == 0 || text == u"0")
        return PortRange::any();
    const auto number = [](QStringView t) -> std::optional<std::uint16_t> {
        bool ok = false;
        const uint n = t.trimmed().toUInt(&ok);
        if (!ok || n > 65535)
            return std::nullopt;
        return static_cast<std::uint16_t>(n);
    };
    if (const int dash = text.indexOf(u'-'); dash > 0) {
        const auto a = number(text.left(dash));
        const auto b = number(text.mid(dash + 1));
        if (!a || !b || *a == 0 || *b < *a)
            return fail(QStringLiteral("'%1' is not a port range 1-65535 with first <= last").arg(text));
        return PortRange{*a, *b};
    }
    const auto p = number(text);
    if (!p)
        return fail(QStringLiteral("'%1' is not a port 0-65535").arg(text));
    return PortRange::single(*p);
}

QString describe(const SecurityMethod &m)
{
    QString s;
    if (m.usesAh())
        s += QStringLiteral("AH[%1]").arg(displayName(m.ahIntegrity));
    if (m.protocol == IpsecProtocol::AhAndEsp)
        s += u'+';
    if (m.usesEsp())
        s += QStringLiteral("ESP[%1,%2]").arg(displayName(m.espEncryption), displayName(m.espIntegrity));
    QStringList life;
    if (m.lifetimeKilobytes)
        life << QStringLiteral("%1k").arg(m.lifetimeKilobytes);
    if (m.lifetimeSeconds)
        life << QStringLiteral("%1s").arg(m.lifetimeSeconds);
    if (!life.isEmpty())
        s += u':' + life.join(u'/');
    return s;
}

QString describe(const IkeMethod &m)
{
    return QStringLiteral("%1-%2-%3")
        .arg(displayName(m.encryption), displayName(m.integrity), token(m.dhGroup).toUpper());
}

QString describe(const AuthMethod &m)
{
    switch (m.kind) {
    case AuthKind::Kerberos:
        return displayName(m.kind);
    case AuthKind::PresharedKey:
        return QStringLiteral("Preshared key (********)");
    case AuthKind::Certificate: {
        QStringList flags;
        if (m.certificateToAccountMapping)
            flags << QStringLiteral("certificate-to-account mapping");
        if (m.excludeCaName)
            flags << QStringLiteral("CA name excluded");
        QString s = QStringLiteral("Certificate from '%1'").arg(m.value);
        if (!flags.isEmpty())
            s += QStringLiteral(" (%1)").arg(flags.join(QStringLiteral(", ")));
        return s;
    }
    }
    return {};
}

} // namespace ipsec
