// What each export target can carry: the table "What each target can carry" in docs/architecture.md, whose
// last column names the format document behind each row.
#include "validationtr.h"
#include "validator.h"

namespace ipsec {

namespace {

// netsh ipsec static (docs/formats/netsh.md, Commands and tags): legacy algorithms only; `srcaddr`/`dstaddr`
// take IPv6, ranges and the server keywords (Vista+ for IPv6 and ranges, checked by IPS-070); ports are
// single (`srcport` 0-65535); `tunnel=` is "IPv4 or DNS name"; a `"` cannot appear inside a quoted value
// (Grammar); the default response rule is `set defaultrule`.
TargetCapabilities netshProfile()
{
    TargetCapabilities c;
    c.target = Target::Netsh;
    c.minimumWindows = WindowsTarget::Windows2000;
    c.modernAlgorithms = false;
    c.portRanges = false;
    c.ipv6Addresses = true;
    c.addressRanges = true;
    c.sourceServerKeywords = true;
    c.destinationServerKeywords = true;
    c.dnsNameAddresses = true;
    c.oneWayFilters = true;
    c.tunnelFiltersWithProtocolOrPorts = true;
    c.tunnelFiltersWithAny = true;
    c.ipv6TunnelEndpoints = false;
    c.dnsNameTunnelEndpoints = true;
    c.multicastAddresses = true;
    c.ahEspWithDifferentIntegrity = true;
    c.quotesAndControlCharacters = false;
    c.defaultResponseRule = true;
    c.mixedDhGroups = true;
    c.acceptUnsecuredWithoutFallback = true;
    c.fallbackWithoutAcceptUnsecured = true;
    return c;
}

// The MS-GPIPSEC blobs (docs/formats/gpipsec.md, Blob layouts): legacy algorithms only; the Vista+ v2 filter
// part carries IPv6, ranges and port ranges (ipsecFilter, unverified: Q29); the NFA extension carries an IPv6
// tunnel endpoint (ipsecNFA); strings are length-counted UTF-16, so any text is carried.
TargetCapabilities ipsecDataProfile()
{
    TargetCapabilities c = netshProfile();
    c.target = Target::IpsecData;
    c.portRanges = true;
    c.ipv6TunnelEndpoints = true;
    c.quotesAndControlCharacters = true;
    return c;
}

// WFAS connection security rules (docs/formats/gpo.md, Rule strings, Semantic checks, Legacy to WFAS
// translation): modern algorithms, ranges, IPv6, port ranges (v2.10) and the server keywords; a DNS name must
// be resolved first; CSRs are always two-way, so one-way filters exist only as tunnel pairs; tunnel rules
// need protocol any, no ports and both endpoints set; tunnel endpoints are addresses (the FQDN token is 2.20
// and unverified, Q49); endpoints must not be multicast; AH+ESP with different hashes is invalid. With a
// loss: the default response rule is dropped, one DH group per phase-1 set, inpass/soft have no exact or only
// an approximate action (Q63), quick mode lifetimes are at most 2879 minutes.
TargetCapabilities wfasProfile()
{
    TargetCapabilities c;
    c.target = Target::Wfas;
    c.minimumWindows = WindowsTarget::WindowsVistaOrLater;
    c.modernAlgorithms = true;
    c.portRanges = true;
    c.ipv6Addresses = true;
    c.addressRanges = true;
    c.sourceServerKeywords = true;
    c.destinationServerKeywords = true;
    c.dnsNameAddresses = false;
    c.oneWayFilters = false;
    c.tunnelFiltersWithProtocolOrPorts = false;
    c.tunnelFiltersWithAny = false;
    c.ipv6TunnelEndpoints = true;
    c.dnsNameTunnelEndpoints = false;
    c.multicastAddresses = false;
    c.ahEspWithDifferentIntegrity = false;
    c.quotesAndControlCharacters = true;
    c.defaultResponseRule = false;
    c.mixedDhGroups = false;
    c.acceptUnsecuredWithoutFallback = false;
    c.fallbackWithoutAcceptUnsecured = false;
    c.maxQuickModeLifetimeSeconds = 2879 * 60;
    return c;
}

} // namespace

const TargetCapabilities &capabilities(Target t)
{
    static const TargetCapabilities netsh = netshProfile();
    static const TargetCapabilities ipsecData = ipsecDataProfile();
    static const TargetCapabilities wfas = wfasProfile();
    switch (t) {
    case Target::Netsh:
        return netsh;
    case Target::IpsecData:
        return ipsecData;
    case Target::Wfas:
        return wfas;
    }
    return netsh;
}

QString targetName(Target t)
{
    switch (t) {
    case Target::Netsh:
        return QStringLiteral("netsh");
    case Target::IpsecData:
        return QStringLiteral("ipsecdata");
    case Target::Wfas:
        return QStringLiteral("wfas");
    }
    return {};
}

std::optional<Target> targetFromName(const QString &name)
{
    for (Target t : {Target::Netsh, Target::IpsecData, Target::Wfas})
        if (name.trimmed().compare(targetName(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString targetDisplayName(Target t)
{
    switch (t) {
    case Target::Netsh:
        return Validation::tr("a netsh ipsec static script");
    case Target::IpsecData:
        return Validation::tr("the legacy policy store (ipsecData)");
    case Target::Wfas:
        return Validation::tr("Windows Firewall connection security rules (WFAS)");
    }
    return {};
}

} // namespace ipsec
