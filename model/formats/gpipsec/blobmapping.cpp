#include "blobmapping.h"

#include "bytecursor.h"
#include "core/enumnames.h"
#include "gpipsecconstants.h"
#include "gpipsecfindings.h"

#include <QtEndian>

namespace ipsec::gpipsec {

namespace {

Location withField(const Location &where, const QString &field)
{
    Location l = where;
    l.field = field;
    return l;
}

void report(Findings &findings, const char *findingCode, Severity severity, const Location &where,
            const QString &field, const QString &message, const QString &hint = {})
{
    findings.append(makeFinding(findingCode, severity, withField(where, field), message, hint));
}

const QString kLegacyHint =
    QStringLiteral("The legacy IPsec format has DES/3DES, MD5/SHA1 and DH groups 1, 2 "
                   "and 2048; export to Windows Firewall (WFAS) for stronger methods.");

std::array<std::uint8_t, 4> ipv4Bytes(std::uint32_t hostOrder)
{
    return {static_cast<std::uint8_t>(hostOrder >> 24), static_cast<std::uint8_t>(hostOrder >> 16),
            static_cast<std::uint8_t>(hostOrder >> 8), static_cast<std::uint8_t>(hostOrder)};
}

std::uint32_t ipv4Of(const std::array<std::uint8_t, 4> &b)
{
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

std::array<std::uint8_t, 16> bytes16Of(const IpAddress &a)
{
    std::array<std::uint8_t, 16> out{};
    const auto &b = a.bytes();
    const int n = a.isIPv4() ? 4 : 16;
    for (int i = 0; i < n; ++i)
        out[i] = b[i];
    return out;
}

IpAddress ipv4FromBytes16(const std::array<std::uint8_t, 16> &b)
{
    return IpAddress::fromIPv4(ipv4Of({b[0], b[1], b[2], b[3]}));
}

// ---- algorithms ----

std::optional<std::uint32_t> espEncryptionId(Encryption e)
{
    switch (e) {
    case Encryption::None:
        return kEspNone;
    case Encryption::Des:
        return kEspDes;
    case Encryption::TripleDes:
        return kEsp3Des;
    default:
        return std::nullopt;
    }
}

std::optional<std::uint32_t> hashId(Integrity i, bool allowNone)
{
    switch (i) {
    case Integrity::None:
        return allowNone ? std::optional<std::uint32_t>(0) : std::nullopt;
    case Integrity::Md5:
        return kHashMd5;
    case Integrity::Sha1:
        return kHashSha1;
    default:
        return std::nullopt;
    }
}

std::optional<Integrity> integrityFromId(std::uint32_t id, bool allowNone)
{
    if (id == 0 && allowNone)
        return Integrity::None;
    if (id == kHashMd5)
        return Integrity::Md5;
    if (id == kHashSha1)
        return Integrity::Sha1;
    return std::nullopt;
}

AlgorithmSlotBlob slot(std::uint32_t algorithm, std::uint32_t espIntegrity, std::uint32_t type)
{
    return {algorithm, espIntegrity, type, kAlgorithmKeyLength, kAlgorithmRounds};
}

OfferBlob offerOf(const SecurityMethod &m, bool pfs, const Location &where, const QString &field,
                  Findings &findings)
{
    OfferBlob o;
    o.lifetimeSeconds = m.lifetimeSeconds;
    o.lifetimeKilobytes = m.lifetimeKilobytes;
    o.pfsRequired = pfs ? kQmPfsRequiredValue : 0;
    QList<AlgorithmSlotBlob> algorithms;
    std::optional<std::uint32_t> ah;
    if (m.usesAh()) {
        ah = hashId(m.ahIntegrity, false);
        if (!ah)
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("AH integrity %1 does not exist in the legacy format")
                       .arg(displayName(m.ahIntegrity)),
                   kLegacyHint);
    }
    std::optional<std::uint32_t> enc;
    std::optional<std::uint32_t> integ;
    if (m.usesEsp()) {
        enc = espEncryptionId(m.espEncryption);
        integ = hashId(m.espIntegrity, true);
        if (!enc || !integ)
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("ESP %1/%2 does not exist in the legacy format")
                       .arg(displayName(m.espEncryption), displayName(m.espIntegrity)),
                   kLegacyHint);
        else if (m.espEncryption == Encryption::None && m.espIntegrity == Integrity::None)
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("ESP[None,None] protects nothing (Q15)"));
    }
    const AlgorithmSlotBlob ahSlot = slot(ah.value_or(0), 0, kOfferTypeAh);
    const AlgorithmSlotBlob espSlot = slot(enc.value_or(0), integ.value_or(0), kOfferTypeEsp);
    if (m.protocol == IpsecProtocol::Ah)
        algorithms = {ahSlot};
    else if (m.protocol == IpsecProtocol::Esp)
        algorithms = {espSlot};
    else
        algorithms = kWriteAhSlotFirst ? QList<AlgorithmSlotBlob>{ahSlot, espSlot}
                                       : QList<AlgorithmSlotBlob>{espSlot, ahSlot};
    o.algorithmCount = static_cast<std::uint32_t>(algorithms.size());
    for (qsizetype i = 0; i < algorithms.size(); ++i)
        o.algorithms[static_cast<std::size_t>(i)] = algorithms[i];
    return o;
}

std::optional<SecurityMethod> methodOf(const OfferBlob &o, const Location &where, const QString &field,
                                       Findings &findings)
{
    std::optional<AlgorithmSlotBlob> ahSlot;
    std::optional<AlgorithmSlotBlob> espSlot;
    for (std::uint32_t i = 0; i < o.algorithmCount; ++i) {
        const AlgorithmSlotBlob &s = o.algorithms[i];
        std::optional<AlgorithmSlotBlob> &target = s.offerType == kOfferTypeAh    ? ahSlot
                                                   : s.offerType == kOfferTypeEsp ? espSlot
                                                                                  : ahSlot;
        if ((s.offerType != kOfferTypeAh && s.offerType != kOfferTypeEsp) || target) {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral(
                       "algorithm slot %1 has Offer-Type %2; only one AH and one ESP slot are defined")
                       .arg(i + 1)
                       .arg(s.offerType));
            return std::nullopt;
        }
        target = s;
    }
    SecurityMethod m;
    m.lifetimeSeconds = o.lifetimeSeconds;
    m.lifetimeKilobytes = o.lifetimeKilobytes;
    m.protocol = ahSlot && espSlot ? IpsecProtocol::AhAndEsp
                 : ahSlot          ? IpsecProtocol::Ah
                                   : IpsecProtocol::Esp;
    if (ahSlot) {
        const auto i = integrityFromId(ahSlot->algorithm, false);
        if (!i) {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown AH algorithm %1").arg(ahSlot->algorithm));
            return std::nullopt;
        }
        m.ahIntegrity = *i;
    }
    if (espSlot) {
        const std::uint32_t e = espSlot->algorithm;
        if (e == kEspNone)
            m.espEncryption = Encryption::None;
        else if (e == kEspDes)
            m.espEncryption = Encryption::Des;
        else if (e == kEsp3Des)
            m.espEncryption = Encryption::TripleDes;
        else if (e == kEspDes40Historic) {
            m.espEncryption = Encryption::Des;
            report(findings, code::HistoricValue, Severity::Warning, where, field,
                   QStringLiteral("ESP algorithm 2 (historic DES 40-bit) is read as DES (Q20)"));
        } else {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown ESP encryption algorithm %1").arg(e));
            return std::nullopt;
        }
        const auto i = integrityFromId(espSlot->espIntegrity, true);
        if (!i) {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown ESP integrity algorithm %1").arg(espSlot->espIntegrity));
            return std::nullopt;
        }
        m.espIntegrity = *i;
    }
    return m;
}

// ---- authentication ----

AuthMethodBlob authBlobOf(const AuthMethod &m, bool extensionForm)
{
    switch (m.kind) {
    case AuthKind::Kerberos:
        // Kerberos carries no data: 00 00 in the counted part, 00 in the extension (docs/formats/gpipsec.md,
        // ipsecNFA).
        return {kAuthKerberos, QByteArray(extensionForm ? 1 : 2, '\0')};
    case AuthKind::PresharedKey:
        return {kAuthPresharedKey, utf16WithNul(m.value)};
    case AuthKind::Certificate:
        break;
    }
    return {kAuthCertificate, utf16WithNul(m.value)};
}

std::uint32_t certificateFlagsOf(const AuthMethod &m)
{
    if (m.kind != AuthKind::Certificate)
        return 0;
    return (m.certificateToAccountMapping ? kAltAuthFlagMapping : 0) |
           (m.excludeCaName ? kAltAuthFlagExcludeCaName : 0);
}

NfaBlob nfaBlobOfMethods(const QList<AuthMethod> &methods, const TunnelEndpoint &tunnel)
{
    NfaBlob b;
    bool anyCertificate = false;
    for (const AuthMethod &m : methods) {
        b.authMethods.append(authBlobOf(m, false));
        anyCertificate = anyCertificate || m.kind == AuthKind::Certificate;
    }
    b.interfaceType = kInterfaceAll;
    b.isActive = 1;
    if (tunnel.kind == TunnelKind::Address && tunnel.address.isIPv4()) {
        b.tunnelAddress = ipv4Bytes(tunnel.address.toIPv4()); // network order (Q28)
        b.isTunnel = 1;
    } else if (tunnel.kind == TunnelKind::DnsName) {
        b.tunnelEndpointName = tunnel.dnsName;
        b.isTunnel = 1;
    }
    const bool ipv6Tunnel = tunnel.kind == TunnelKind::Address && tunnel.address.isIPv6();
    if (ipv6Tunnel)
        b.isTunnel = 1;
    // The extension carries the per-method certificate flags and an IPv6 tunnel (Vista+). It is written for
    // every rule with a certificate method, so that a reader never falls back to the policy-wide flags.
    if (anyCertificate || ipv6Tunnel) {
        NfaExtensionBlob ext;
        for (const AuthMethod &m : methods) {
            ext.altAuthMethods.append(authBlobOf(m, true));
            ext.altAuthFlags.append(certificateFlagsOf(m));
        }
        if (ipv6Tunnel)
            ext.ipv6TunnelAddress = bytes16Of(tunnel.address);
        b.extension = ext;
        b.terminatorBeforeExtension = !kNfaTerminatorAfterExtension;
    }
    return b;
}

void checkAuthMethods(const QList<AuthMethod> &methods, const Location &where, Findings &findings)
{
    if (methods.isEmpty())
        report(findings, code::DroppedOnExport, Severity::Warning, where, QStringLiteral("authMethods"),
               QStringLiteral("no authentication method; Windows then uses Kerberos (Q7)"));
}

// ---- filters ----

std::uint8_t specialCodeOf(AddressKind k)
{
    switch (k) {
    case AddressKind::DnsServers:
        return 1;
    case AddressKind::WinsServers:
        return 2;
    case AddressKind::DhcpServer:
        return 3;
    case AddressKind::DefaultGateway:
        return 4;
    default:
        return 0;
    }
}

std::optional<AddressKind> keywordOfSpecialCode(std::uint8_t c)
{
    switch (c) {
    case 1:
        return AddressKind::DnsServers;
    case 2:
        return AddressKind::WinsServers;
    case 3:
        return AddressKind::DhcpServer;
    case 4:
        return AddressKind::DefaultGateway;
    default:
        return std::nullopt;
    }
}

struct V1Side {
    std::uint32_t address = 0;
    std::uint32_t mask = 0;
    QString dnsName;
};

// One IPv4 side as v1 entries (several when a range is split into subnets).
QList<V1Side> v1SidesOf(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
        return {V1Side{0, 0, {}}};
    case AddressKind::Me:
        return {V1Side{0, 0xFFFFFFFF, {}}};
    case AddressKind::Host:
        return {V1Side{a.address.toIPv4(), 0xFFFFFFFF, {}}};
    case AddressKind::Subnet:
        return {V1Side{a.address.toIPv4(), a.second.toIPv4(), {}}};
    case AddressKind::Range: {
        QList<V1Side> out;
        for (const auto &[address, mask] : splitRangeIntoSubnets(a.address.toIPv4(), a.second.toIPv4()))
            out.append(V1Side{address, mask, {}});
        return out;
    }
    case AddressKind::DnsName: // Q12: the name is kept; Windows would store the address it resolved to
        return {V1Side{0, 0xFFFFFFFF, a.dnsName}};
    default: // server keywords (Q13)
        return {V1Side{kSpecialFilterAddress, kSpecialFilterMask, {}}};
    }
}

AddressDataBlob v2AddressOf(const FilterAddress &a)
{
    AddressDataBlob d;
    const std::uint32_t version = a.address.isIPv6() ? kV2VersionIPv6 : kV2VersionIPv4;
    switch (a.kind) {
    case AddressKind::Any:
        d = {kV2AddressAny, kV2VersionBoth, {}, {}};
        break;
    case AddressKind::Me:
        d = {kV2AddressMe, kV2VersionBoth, {}, {}};
        break;
    case AddressKind::Host:
        d = {kV2AddressSingle, version, bytes16Of(a.address), {}};
        break;
    case AddressKind::Subnet:
        d = {kV2AddressSubnet, version, bytes16Of(a.address), bytes16Of(a.second)};
        if (a.address.isIPv6() && kV2IPv6SubnetAsPrefixLength) { // Q29
            d.secondary = {};
            qToLittleEndian<quint32>(static_cast<quint32>(std::max(a.second.prefixLength(), 0)),
                                     d.secondary.data());
        }
        break;
    case AddressKind::Range:
        d = {kV2AddressRange, version, bytes16Of(a.address), bytes16Of(a.second)};
        break;
    case AddressKind::DnsName:
        d = {kV2AddressSingle, kV2VersionIPv4, {}, {}};
        break;
    case AddressKind::DnsServers:
        d = {kV2AddressDns, kV2VersionBoth, {}, {}};
        break;
    case AddressKind::WinsServers:
        d = {kV2AddressWins, kV2VersionBoth, {}, {}};
        break;
    case AddressKind::DhcpServer:
        d = {kV2AddressDhcp, kV2VersionBoth, {}, {}};
        break;
    case AddressKind::DefaultGateway:
        d = {kV2AddressGateway, kV2VersionBoth, {}, {}};
        break;
    }
    return d;
}

PortDataBlob v2PortOf(const PortRange &p)
{
    if (p.isAny())
        return {kV2PortAny, 0, 0};
    if (p.isSingle())
        return {kV2PortSingle, p.first, 0};
    return {kV2PortRange, p.first, p.last};
}

bool needsV2(const Filter &f)
{
    auto sideNeeds = [](const FilterAddress &a) {
        return a.kind == AddressKind::Range || a.address.isIPv6();
    };
    return sideNeeds(f.source) || sideNeeds(f.destination) || f.sourcePort.isRange() ||
           f.destinationPort.isRange();
}

bool v1Expressible(const Filter &f)
{
    return !f.source.address.isIPv6() && !f.destination.address.isIPv6() && !f.sourcePort.isRange() &&
           !f.destinationPort.isRange();
}

FilterAddress v1AddressOf(std::uint32_t address, std::uint32_t mask, const QString &dnsName)
{
    if (!dnsName.isEmpty())
        return FilterAddress::dns(dnsName);
    if (address == 0 && mask == 0)
        return FilterAddress::any();
    if (address == 0 && mask == 0xFFFFFFFF)
        return FilterAddress::me();
    if (mask == 0xFFFFFFFF)
        return FilterAddress::host(IpAddress::fromIPv4(address));
    return FilterAddress::subnet(IpAddress::fromIPv4(address), IpAddress::fromIPv4(mask));
}

QString filterField(qsizetype index)
{
    return QStringLiteral("filters[%1]").arg(index);
}

std::optional<FilterAddress> v2AddressFrom(const AddressDataBlob &d, const QString &dnsName,
                                           const Location &where, qsizetype index, Findings &findings)
{
    const bool v6 = d.version == kV2VersionIPv6;
    auto addressOf = [v6](const std::array<std::uint8_t, 16> &b) {
        return v6 ? IpAddress::fromIPv6(b) : ipv4FromBytes16(b);
    };
    switch (d.type) {
    case kV2AddressAny:
        return FilterAddress::any();
    case kV2AddressMe:
        return FilterAddress::me();
    case kV2AddressSingle:
        if (!dnsName.isEmpty())
            return FilterAddress::dns(dnsName);
        return FilterAddress::host(addressOf(d.address));
    case kV2AddressSubnet: {
        if (!v6)
            return FilterAddress::subnet(ipv4FromBytes16(d.address), ipv4FromBytes16(d.secondary));
        // Q29: a prefix length (u32 LE in the first 4 bytes) or a 16-byte mask.
        bool restZero = true;
        for (int i = 4; i < 16; ++i)
            restZero = restZero && d.secondary[i] == 0;
        const quint32 prefix = qFromLittleEndian<quint32>(d.secondary.data());
        if (restZero && prefix <= 128)
            return FilterAddress::subnet(IpAddress::fromIPv6(d.address), static_cast<int>(prefix));
        return FilterAddress::subnet(IpAddress::fromIPv6(d.address), IpAddress::fromIPv6(d.secondary));
    }
    case kV2AddressRange:
        return FilterAddress::range(addressOf(d.address), addressOf(d.secondary));
    case kV2AddressDns:
        return FilterAddress::server(AddressKind::DnsServers);
    case kV2AddressWins:
        return FilterAddress::server(AddressKind::WinsServers);
    case kV2AddressDhcp:
        return FilterAddress::server(AddressKind::DhcpServer);
    case kV2AddressGateway:
        return FilterAddress::server(AddressKind::DefaultGateway);
    default:
        report(findings, code::UnknownValue, Severity::Error, where, filterField(index),
               QStringLiteral("unknown v2 address type 0x%1").arg(d.type, 0, 16));
        return std::nullopt;
    }
}

std::optional<PortRange> v2PortFrom(const PortDataBlob &p, const Location &where, qsizetype index,
                                    Findings &findings)
{
    switch (p.type) {
    case kV2PortAny:
        return PortRange::any();
    case kV2PortSingle:
        return PortRange::single(p.port);
    case kV2PortRange:
        return PortRange{p.port, p.rangeEnd};
    default:
        report(findings, code::UnknownValue, Severity::Error, where, filterField(index),
               QStringLiteral("unknown v2 port type %1").arg(p.type));
        return std::nullopt;
    }
}

std::optional<std::uint8_t> protocolOf(std::uint32_t p, const Location &where, qsizetype index,
                                       Findings &findings)
{
    if (p > 255) {
        report(findings, code::UnknownValue, Severity::Error, where, filterField(index),
               QStringLiteral("protocol %1 is not an IP protocol number (0-255)").arg(p));
        return std::nullopt;
    }
    return static_cast<std::uint8_t>(p);
}

} // namespace

QList<std::pair<std::uint32_t, std::uint32_t>> splitRangeIntoSubnets(std::uint32_t first, std::uint32_t last)
{
    QList<std::pair<std::uint32_t, std::uint32_t>> out;
    if (first > last)
        std::swap(first, last);
    std::uint64_t at = first;
    while (at <= last) {
        int bits = 0; // host bits of the largest aligned block that starts at `at` and stays inside
        while (bits < 32 && (at & ((std::uint64_t(1) << (bits + 1)) - 1)) == 0 &&
               at + (std::uint64_t(1) << (bits + 1)) - 1 <= last)
            ++bits;
        const std::uint32_t mask = bits == 32 ? 0 : static_cast<std::uint32_t>(0xFFFFFFFFu << bits);
        out.append({static_cast<std::uint32_t>(at), mask});
        at += std::uint64_t(1) << bits;
    }
    return out;
}

// ---- writing ----

PolicyBlob policyBlobOf(const Policy &policy)
{
    return PolicyBlob{policy.pollingIntervalMinutes * 60};
}

IsakmpBlob isakmpBlobOf(const Policy &policy, const Location &where, Findings &findings)
{
    const IkeSettings &ike = policy.ike;
    IsakmpBlob b;
    b.instance = ike.id;
    b.masterPfs = ike.masterKeyPfs ? 1 : 0;
    // The old format carries the certificate options policy-wide (docs/formats/gpipsec.md,
    // ipsecISAKMPPolicy): the union of every rule's.
    auto addOptions = [&b](const QList<AuthMethod> &methods) {
        for (const AuthMethod &m : methods)
            b.options |= certificateFlagsOf(m);
    };
    for (const Rule &r : policy.rules)
        addOptions(r.authMethods);
    addOptions(policy.defaultResponse.authMethods);
    b.quickModeLimit = ike.quickModesPerMainMode;
    b.mainModeLifetimeSeconds = ike.lifetimeMinutes * 60;
    for (qsizetype i = 0; i < ike.methods.size(); ++i) {
        const IkeMethod &m = ike.methods[i];
        const QString field = QStringLiteral("ike.methods[%1]").arg(i);
        IsakmpMethodBlob mb;
        if (m.encryption == Encryption::Des)
            mb.encryption = kIkeDes;
        else if (m.encryption == Encryption::TripleDes)
            mb.encryption = kIke3Des;
        else
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("IKE encryption %1 does not exist in the legacy format")
                       .arg(displayName(m.encryption)),
                   kLegacyHint);
        const auto hash = hashId(m.integrity, false);
        if (!hash)
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("IKE integrity %1 does not exist in the legacy format")
                       .arg(displayName(m.integrity)),
                   kLegacyHint);
        switch (m.dhGroup) {
        case DhGroup::Group1:
            mb.oakleyGroup = kOakleyGroup1;
            break;
        case DhGroup::Group2:
            mb.oakleyGroup = kOakleyGroup2;
            break;
        case DhGroup::Group14:
            mb.oakleyGroup = kOakleyGroup2048; // Q22
            break;
        default:
            report(findings, code::NotLegacy, Severity::Error, where, field,
                   QStringLiteral("%1 does not exist in the legacy format").arg(displayName(m.dhGroup)),
                   kLegacyHint);
        }
        mb.encryptionKeyLength = kAlgorithmKeyLength;
        mb.encryptionRounds = kAlgorithmRounds;
        mb.hash = hash.value_or(0);
        mb.hashKeyLength = kAlgorithmKeyLength;
        mb.quickModeLimit = ike.quickModesPerMainMode;
        mb.lifetimeSeconds = ike.lifetimeMinutes * 60;
        mb.pfsIdentityRequired = ike.masterKeyPfs ? 1 : 0;
        b.methods.append(mb);
    }
    return b;
}

NfaBlob nfaBlobOf(const Rule &rule, const Location &where, Findings &findings)
{
    checkAuthMethods(rule.authMethods, where, findings);
    NfaBlob b = nfaBlobOfMethods(rule.authMethods, rule.tunnel);
    b.interfaceType = rule.connectionType == ConnectionType::Lan            ? kInterfaceLan
                      : rule.connectionType == ConnectionType::RemoteAccess ? kInterfaceDialup
                                                                            : kInterfaceAll;
    b.interfaceName = rule.interfaceName;
    b.isActive = rule.active ? 1 : 0;
    if (rule.tunnel.kind == TunnelKind::Address && rule.tunnel.address.isIPv6())
        report(findings, code::VistaOnly, Severity::Info, where, QStringLiteral("tunnel"),
               QStringLiteral("the IPv6 tunnel endpoint is carried only in the Vista+ extension (Q25, Q26)"));
    return b;
}

NfaBlob nfaBlobOf(const DefaultResponseRule &rule, const Location &where, Findings &findings)
{
    checkAuthMethods(rule.authMethods, where, findings);
    NfaBlob b = nfaBlobOfMethods(rule.authMethods, TunnelEndpoint{});
    b.isActive = rule.active ? 1 : 0;
    return b;
}

NegotiationPolicyBlob negotiationPolicyBlobOf(const FilterAction &action, const Location &where,
                                              Findings &findings)
{
    NegotiationPolicyBlob b;
    if (action.action != ActionKind::Negotiate && !kWriteOffersForPermitAndBlock) { // Q24
        if (!action.securityMethods.isEmpty() || action.allowFallback || action.acceptUnsecured ||
            action.sessionKeyPfs)
            report(
                findings, code::DroppedOnExport, Severity::Warning, where, QStringLiteral("securityMethods"),
                QStringLiteral("a %1 action carries no security methods or flags; they are not written (Q24)")
                    .arg(displayName(action.action)));
        return b;
    }
    for (qsizetype i = 0; i < action.securityMethods.size(); ++i)
        b.offers.append(offerOf(action.securityMethods[i], action.sessionKeyPfs, where,
                                QStringLiteral("securityMethods[%1]").arg(i), findings));
    if (action.sessionKeyPfs && action.securityMethods.isEmpty())
        report(findings, code::DroppedOnExport, Severity::Warning, where, QStringLiteral("sessionKeyPfs"),
               QStringLiteral("session key PFS is stored per security method; without methods it is lost"));
    if (action.allowFallback)
        b.offers.append(OfferBlob{}); // soft = yes: the trailing empty offer (Q18, docs/formats/gpipsec.md)
    return b;
}

NegotiationPolicyBlob negotiationPolicyBlobOf(const DefaultResponseRule &rule, const Location &where,
                                              Findings &findings)
{
    NegotiationPolicyBlob b;
    for (qsizetype i = 0; i < rule.securityMethods.size(); ++i)
        b.offers.append(offerOf(rule.securityMethods[i], rule.sessionKeyPfs, where,
                                QStringLiteral("defaultResponse.securityMethods[%1]").arg(i), findings));
    return b;
}

QUuid negotiationActionOf(const FilterAction &action)
{
    switch (action.action) {
    case ActionKind::Permit:
        return kNegPolActionPermit;
    case ActionKind::Block:
        return kNegPolActionBlock;
    case ActionKind::Negotiate:
        break;
    }
    return action.acceptUnsecured ? kNegPolActionInboundPassThrough : kNegPolActionNegotiate;
}

FilterBlob filterBlobOf(const FilterList &list, const Location &where, Findings &findings)
{
    FilterBlob b;
    bool anyV2 = false;
    for (const Filter &f : list.filters)
        anyV2 = anyV2 || needsV2(f);
    if (anyV2)
        b.v2 = FilterV2Blob{kV2NumberOfFilters11, {}};

    for (std::size_t i = 0; i < list.filters.size(); ++i) {
        const Filter &f = list.filters[i];
        auto at = [&where, &f, &list] { // built only when something is reported
            Location l = where;
            l.kind = ObjectKind::Filter;
            l.objectId = f.id;
            l.parentId = list.id;
            return l;
        };
        const auto field = [i] { return filterField(static_cast<qsizetype>(i)); };
        if (f.source.isServerKeyword() && f.destination.isServerKeyword()) {
            report(
                findings, code::BothSidesKeywords, Severity::Error, at(), field(),
                QStringLiteral("both sides are server keywords; one Special-Filter byte can name only one"));
            continue;
        }
        const std::uint8_t special =
            f.source.isServerKeyword() ? specialCodeOf(f.source.kind)
            : f.destination.isServerKeyword()
                ? static_cast<std::uint8_t>(kSpecialDestinationBit | specialCodeOf(f.destination.kind))
                : 0;
        if (v1Expressible(f)) {
            const QList<V1Side> sources = v1SidesOf(f.source);
            const QList<V1Side> destinations = v1SidesOf(f.destination);
            int n = 0;
            for (const V1Side &s : sources)
                for (const V1Side &d : destinations) {
                    FilterSpecBlob spec;
                    spec.sourceDnsName = s.dnsName;
                    spec.destinationDnsName = d.dnsName;
                    spec.description = f.description;
                    // The parts of a split range get their own ids, derived from the filter's.
                    spec.id =
                        n == 0 ? f.id : QUuid::createUuidV5(f.id, QStringLiteral("v1-subnet-%1").arg(n));
                    ++n;
                    spec.mirrored = f.mirrored ? 1 : 0;
                    spec.sourceAddress = ipv4Bytes(s.address);
                    spec.sourceMask = ipv4Bytes(s.mask);
                    spec.destinationAddress = ipv4Bytes(d.address);
                    spec.destinationMask = ipv4Bytes(d.mask);
                    spec.protocol = f.protocol;
                    spec.sourcePort = f.sourcePort.first;
                    spec.destinationPort = f.destinationPort.first;
                    spec.specialFilter = special;
                    b.filters.append(spec);
                }
        } else {
            report(
                findings, code::VistaOnly, Severity::Warning, at(), field(),
                QStringLiteral("an IPv6 address or a port range exists only in the Vista+ part of the filter "
                               "list; Windows XP and Server 2003 will not see this filter (Q29)"));
        }
        if (b.v2) {
            FilterSpec2Blob spec;
            spec.sourceDnsName = f.source.kind == AddressKind::DnsName ? f.source.dnsName : QString();
            spec.destinationDnsName =
                f.destination.kind == AddressKind::DnsName ? f.destination.dnsName : QString();
            spec.description = f.description;
            spec.id = f.id;
            spec.mirrored = f.mirrored ? 1 : 0;
            spec.source = v2AddressOf(f.source);
            spec.destination = v2AddressOf(f.destination);
            spec.sourcePort = v2PortOf(f.sourcePort);
            spec.destinationPort = v2PortOf(f.destinationPort);
            spec.protocol = f.protocol;
            spec.flags = (f.source.kind == AddressKind::Range || f.destination.kind == AddressKind::Range)
                             ? kV2FlagUseRanges
                             : 0;
            b.v2->filters.append(spec);
        }
    }
    return b;
}

// ---- reading ----

std::uint32_t pollingMinutesOf(const PolicyBlob &blob, const Location &where, Findings &findings)
{
    const std::uint32_t seconds =
        blob.pollingIntervalSeconds == 0 ? kPolicyPollingDefaultSeconds : blob.pollingIntervalSeconds;
    if (seconds % 60 != 0)
        report(findings, code::IgnoredValue, Severity::Warning, where,
               QStringLiteral("pollingIntervalMinutes"),
               QStringLiteral("polling interval of %1 s is not whole minutes; rounded").arg(seconds));
    return (seconds + 30) / 60;
}

IkeSettings ikeSettingsOf(const IsakmpBlob &blob, const Location &where, Findings &findings)
{
    IkeSettings ike;
    ike.masterKeyPfs = blob.masterPfs != 0;
    ike.quickModesPerMainMode = blob.quickModeLimit;
    // Real data keeps the lifetime per method with the top-level field 0 (docs/formats/gpipsec.md,
    // ipsecISAKMPPolicy).
    std::uint32_t seconds = blob.mainModeLifetimeSeconds;
    if (seconds == 0 && !blob.methods.isEmpty())
        seconds = blob.methods.first().lifetimeSeconds;
    if (seconds == 0)
        seconds = kMainModeLifetimeDefaultSeconds;
    if (seconds % 60 != 0)
        report(findings, code::IgnoredValue, Severity::Warning, where, QStringLiteral("ike.lifetimeMinutes"),
               QStringLiteral("main mode lifetime of %1 s is not whole minutes; rounded").arg(seconds));
    ike.lifetimeMinutes = (seconds + 30) / 60;

    // Q22: New-DH-1..4 name DH2048 methods that come before the listed ones.
    static const IkeMethod newDhMethods[] = {
        {Encryption::Des, Integrity::Md5, DhGroup::Group14},
        {Encryption::Des, Integrity::Sha1, DhGroup::Group14},
        {Encryption::TripleDes, Integrity::Md5, DhGroup::Group14},
        {Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14},
    };
    for (std::size_t i = 0; i < blob.newDh.size() && blob.newDh[i] != 0; ++i) {
        if (blob.newDh[i] >= 1 && blob.newDh[i] <= 4)
            ike.methods.append(newDhMethods[blob.newDh[i] - 1]);
        else
            report(findings, code::UnknownValue, Severity::Error, where,
                   QStringLiteral("New-DH-%1").arg(i + 1),
                   QStringLiteral("unknown New-DH value %1").arg(blob.newDh[i]));
    }
    for (qsizetype i = 0; i < blob.methods.size(); ++i) {
        const IsakmpMethodBlob &m = blob.methods[i];
        const QString field = QStringLiteral("ike.methods[%1]").arg(i);
        if (m.randomFunction >= 1 && m.randomFunction <= 4) { // Q22: the Random-Function override
            ike.methods.append(newDhMethods[m.randomFunction - 1]);
            continue;
        }
        IkeMethod out;
        if (m.encryption == kIkeDes)
            out.encryption = Encryption::Des;
        else if (m.encryption == kIke3Des)
            out.encryption = Encryption::TripleDes;
        else if (m.encryption == kIke3DesAlternative) {
            out.encryption = Encryption::TripleDes;
            report(findings, code::HistoricValue, Severity::Warning, where, field,
                   QStringLiteral("IKE encryption 2 is read as 3DES (Q21)"));
        } else {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown IKE encryption algorithm %1; method skipped").arg(m.encryption));
            continue;
        }
        const auto integrity = integrityFromId(m.hash, false);
        if (!integrity) {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown IKE hash algorithm %1; method skipped").arg(m.hash));
            continue;
        }
        out.integrity = *integrity;
        if (m.oakleyGroup == kOakleyGroup1)
            out.dhGroup = DhGroup::Group1;
        else if (m.oakleyGroup == kOakleyGroup2)
            out.dhGroup = DhGroup::Group2;
        else if (m.oakleyGroup == kOakleyGroup2048)
            out.dhGroup = DhGroup::Group14;
        else {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown Oakley group 0x%1; method skipped").arg(m.oakleyGroup, 0, 16));
            continue;
        }
        ike.methods.append(out);
    }
    return ike;
}

NfaContent nfaContentOf(const NfaBlob &blob, std::uint32_t isakmpOptions, const Location &where,
                        Findings &findings)
{
    NfaContent c;
    const bool flagsFromExtension =
        blob.extension && blob.extension->altAuthFlags.size() == blob.authMethods.size();
    for (qsizetype i = 0; i < blob.authMethods.size(); ++i) {
        const AuthMethodBlob &m = blob.authMethods[i];
        const QString field = QStringLiteral("authMethods[%1]").arg(i);
        if (m.type == kAuthKerberos) {
            c.authMethods.append(AuthMethod::kerberos());
        } else if (m.type == kAuthPresharedKey) {
            c.authMethods.append(AuthMethod::presharedKey(textOfUtf16(m.data)));
        } else if (m.type == kAuthCertificate) {
            const std::uint32_t flags = flagsFromExtension ? blob.extension->altAuthFlags[i] : isakmpOptions;
            c.authMethods.append(AuthMethod::certificate(textOfUtf16(m.data),
                                                         (flags & kAltAuthFlagMapping) != 0,
                                                         (flags & kAltAuthFlagExcludeCaName) != 0));
        } else {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("unknown authentication type %1; method skipped").arg(m.type));
        }
    }
    switch (blob.interfaceType) {
    case kInterfaceAll:
        c.connectionType = ConnectionType::All;
        break;
    case kInterfaceLan:
        c.connectionType = ConnectionType::Lan;
        break;
    case kInterfaceDialup:
        c.connectionType = ConnectionType::RemoteAccess;
        break;
    default:
        report(findings, code::UnknownValue, Severity::Warning, where, QStringLiteral("connectionType"),
               QStringLiteral("unknown Interface-Type 0x%1; read as all connections")
                   .arg(blob.interfaceType, 0, 16));
    }
    c.interfaceName = blob.interfaceName;
    c.active = blob.isActive != 0;
    const std::uint32_t v4 = ipv4Of(blob.tunnelAddress);
    if (blob.extension && blob.extension->ipv6TunnelAddress) {
        c.tunnel = {TunnelKind::Address, IpAddress::fromIPv6(*blob.extension->ipv6TunnelAddress), {}};
    } else if (blob.isTunnel != 0) {
        if (!blob.tunnelEndpointName.isEmpty())
            c.tunnel = {TunnelKind::DnsName, {}, blob.tunnelEndpointName};
        else
            c.tunnel = {TunnelKind::Address, IpAddress::fromIPv4(v4), {}};
    } else if (v4 != 0 || !blob.tunnelEndpointName.isEmpty()) {
        report(findings, code::IgnoredValue, Severity::Warning, where, QStringLiteral("tunnel"),
               QStringLiteral("a tunnel endpoint is stored but Is-Tunnel-Specifier is 0; read as no tunnel"));
    }
    return c;
}

NegotiationContent negotiationContentOf(const NegotiationPolicyBlob &blob, const Location &where,
                                        Findings &findings)
{
    NegotiationContent c;
    std::optional<bool> pfs;
    for (qsizetype i = 0; i < blob.offers.size(); ++i) {
        const OfferBlob &o = blob.offers[i];
        const QString field = QStringLiteral("securityMethods[%1]").arg(i);
        if (o.algorithmCount == 0) { // Q18: soft = yes
            c.allowFallback = true;
            continue;
        }
        if (o.algorithmCount > kAlgorithmSlots) {
            report(findings, code::UnknownValue, Severity::Error, where, field,
                   QStringLiteral("Algorithm-Offer-Count %1 exceeds the 3 slots; offer skipped")
                       .arg(o.algorithmCount));
            continue;
        }
        const bool offerPfs = o.pfsRequired != 0; // Q19
        if (pfs && *pfs != offerPfs)
            report(findings, code::IgnoredValue, Severity::Warning, where, field,
                   QStringLiteral("offers disagree about session key PFS; the first offer decides"));
        if (!pfs)
            pfs = offerPfs;
        if (const auto m = methodOf(o, where, field, findings))
            c.methods.append(*m);
    }
    c.sessionKeyPfs = pfs.value_or(false);
    return c;
}

std::optional<NegotiationAction> negotiationActionFrom(const QUuid &actionGuid)
{
    if (actionGuid == kNegPolActionPermit)
        return NegotiationAction{ActionKind::Permit, false};
    if (actionGuid == kNegPolActionBlock)
        return NegotiationAction{ActionKind::Block, false};
    if (actionGuid == kNegPolActionNegotiate)
        return NegotiationAction{ActionKind::Negotiate, false};
    if (actionGuid == kNegPolActionInboundPassThrough)
        return NegotiationAction{ActionKind::Negotiate, true};
    return std::nullopt;
}

std::vector<Filter> filtersOf(const FilterBlob &blob, const Location &where, Findings &findings)
{
    std::vector<Filter> out;
    if (blob.v2) { // Q29: the v2 part is authoritative when present
        out.reserve(static_cast<std::size_t>(blob.v2->filters.size()));
        for (qsizetype i = 0; i < blob.v2->filters.size(); ++i) {
            const FilterSpec2Blob &s = blob.v2->filters[i];
            const auto src = v2AddressFrom(s.source, s.sourceDnsName, where, i, findings);
            const auto dst = v2AddressFrom(s.destination, s.destinationDnsName, where, i, findings);
            const auto sp = v2PortFrom(s.sourcePort, where, i, findings);
            const auto dp = v2PortFrom(s.destinationPort, where, i, findings);
            const auto protocol = protocolOf(s.protocol, where, i, findings);
            if (!src || !dst || !sp || !dp || !protocol)
                continue;
            out.push_back(Filter{s.id, s.description, s.mirrored != 0, *src, *dst, *protocol, *sp, *dp});
        }
        return out;
    }
    out.reserve(static_cast<std::size_t>(blob.filters.size()));
    for (qsizetype i = 0; i < blob.filters.size(); ++i) {
        const FilterSpecBlob &s = blob.filters[i];
        const auto protocol = protocolOf(s.protocol, where, i, findings);

        if (!protocol)
            continue;
        FilterAddress src = v1AddressOf(ipv4Of(s.sourceAddress), ipv4Of(s.sourceMask), s.sourceDnsName);
        FilterAddress dst =
            v1AddressOf(ipv4Of(s.destinationAddress), ipv4Of(s.destinationMask), s.destinationDnsName);
        if (s.specialFilter != 0) { // Q13: the keyword side's address and mask are ignored
            const auto keyword = keywordOfSpecialCode(s.specialFilter & 0x7F);
            if (!keyword) {
                report(findings, code::UnknownValue, Severity::Error, where, filterField(i),
                       QStringLiteral("unknown Special-Filter value 0x%1; filter skipped")
                           .arg(s.specialFilter, 0, 16));
                continue;
            }
            ((s.specialFilter & kSpecialDestinationBit) ? dst : src) = FilterAddress::server(*keyword);
        }
        if (s.isTunnel != 0 || ipv4Of(s.tunnelAddress) != 0 || s.options != 0)
            report(
                findings, code::IgnoredValue, Severity::Warning, where, filterField(i),
                QStringLiteral("the filter's tunnel and option fields are not part of the model; ignored"));
        out.push_back(Filter{s.id, s.description, s.mirrored != 0, src, dst, *protocol,
                             s.sourcePort ? PortRange::single(s.sourcePort) : PortRange::any(),
                             s.destinationPort ? PortRange::single(s.destinationPort) : PortRange::any()});
    }
    return out;
}

} // namespace ipsec::gpipsec
