// Blob fields -> model values (blobmapping.h): the readers, reporting unknown or historic values. The
// writers are blobmappingwrite.cpp.
#include "blobmapping.h"
#include "blobmappingfields.h"
#include "bytecursor.h"
#include "core/enumnames.h"
#include "gpipsecconstants.h"
#include "gpipsecfindings.h"

#include <QtEndian>

namespace ipsec::gpipsec {

namespace {

std::uint32_t ipv4Of(const std::array<std::uint8_t, 4> &b)
{
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

IpAddress ipv4FromBytes16(const std::array<std::uint8_t, 16> &b)
{
    return IpAddress::fromIPv4(ipv4Of({b[0], b[1], b[2], b[3]}));
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
