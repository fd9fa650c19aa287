// Model values -> blob fields (blobmapping.h): the writers, with what the legacy format cannot carry as
// findings. The readers are blobmappingread.cpp.
#include "blobmapping.h"
#include "blobmappingfields.h"
#include "bytecursor.h"
#include "core/enumnames.h"
#include "gpipsecconstants.h"
#include "gpipsecfindings.h"

#include <QtEndian>

namespace ipsec::gpipsec {

namespace {

const QString kLegacyHint =
    QStringLiteral("The legacy IPsec format has DES/3DES, MD5/SHA1 and DH groups 1, 2 "
                   "and 2048; export to Windows Firewall (WFAS) for stronger methods.");

std::array<std::uint8_t, 4> ipv4Bytes(std::uint32_t hostOrder)
{
    return {static_cast<std::uint8_t>(hostOrder >> 24), static_cast<std::uint8_t>(hostOrder >> 16),
            static_cast<std::uint8_t>(hostOrder >> 8), static_cast<std::uint8_t>(hostOrder)};
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

} // namespace ipsec::gpipsec
