#include "findingcodes.h"

#include <array>

namespace ipsec::validation {

namespace {

struct Entry {
    Code code;
    const char *id;
    Severity severity;
    const char *title;
    const char *hint;
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// In Code order (checked below). Titles and hints are the text of docs/findings.md.
constexpr std::array<Entry, static_cast<std::size_t>(Code::Count)> kEntries{{
    {Code::DanglingFilterList, "IPS-001", E, "A rule refers to a filter list that does not exist",
     "Choose an existing filter list for the rule, or recreate the missing one."},
    {Code::DanglingFilterAction, "IPS-002", E, "A rule refers to a filter action that does not exist",
     "Choose an existing filter action for the rule, or recreate the missing one."},
    {Code::RuleWithoutFilterList, "IPS-003", E,
     "A rule has no filter list (only the default response rule may have none)",
     "Give the rule a filter list that describes the traffic it applies to."},
    {Code::RuleWithoutFilterAction, "IPS-004", E, "A rule has no filter action",
     "Give the rule a filter action (permit, block or negotiate security)."},
    {Code::EmptyName, "IPS-005", E, "A filter list, filter action, policy or rule has an empty name",
     "Give the object a name: netsh and the Windows dialogs refer to it by name."},
    {Code::DuplicateName, "IPS-006", E,
     "Two filter lists, filter actions or policies share a name (compared case-insensitively)",
     "Rename one of them: netsh refers to these objects by name, so names must be unique per kind."},
    {Code::DuplicateRuleName, "IPS-007", E, "Two rules of one policy share a name (case-insensitively)",
     "Rename one of the rules: netsh `set rule` and `delete rule` find a rule by its name in the policy."},
    {Code::DuplicateId, "IPS-008", E, "Two objects of one kind share a GUID",
     "Give the copy a new GUID: references and exports identify objects by GUID."},
    {Code::MissingId, "IPS-009", E, "An object has no GUID (the null GUID)",
     "Give the object a new GUID: it becomes the ipsecID of the exported object."},
    {Code::SeveralAssignedPolicies, "IPS-010", E, "More than one policy is assigned",
     "Assign only one policy: a computer applies a single IPsec policy."},
    {Code::EmptyFilterListUsed, "IPS-011", W, "A rule uses a filter list without filters",
     "Add filters to the list, or remove the rule: a rule without filters never matches traffic."},
    {Code::DuplicateFilter, "IPS-012", W, "A filter list holds two filters for the same traffic",
     "Delete the duplicate filter; it adds nothing and netsh refuses to add the same filter twice."},
    {Code::PortsWithoutTcpOrUdp, "IPS-013", E, "A filter has a port but its protocol is not TCP or UDP",
     "Set the protocol to TCP or UDP, or set the ports to any: ports are meaningful only for TCP and UDP."},
    {Code::NonContiguousMask, "IPS-014", E, "A subnet mask is not contiguous",
     "Use a mask of consecutive one bits such as 255.255.255.0 (/24)."},
    {Code::AddressBitsOutsideMask, "IPS-015", E, "A subnet address has bits set outside its mask",
     "Use the network address (for example 10.0.1.0/24, not 10.0.1.5/24), or a host address for one host."},
    {Code::IncompleteAddress, "IPS-016", E,
     "A filter address is incomplete (no address, a mask or range end of another IP version, no DNS name)",
     "Fill in the address, mask or range end, or choose another address type."},
    {Code::ServerKeywordWithoutMe, "IPS-017", E,
     "A server keyword (DNS, WINS, DHCP, gateway) is used without `me` on the other side",
     "Set the other side of the filter to My IP address: Windows refuses any other combination."},
    {Code::MixedVersionRange, "IPS-018", E, "An address range mixes IPv4 and IPv6",
     "Use two addresses of the same IP version for the start and end of the range."},
    {Code::ReversedRange, "IPS-019", E, "An address range starts after it ends",
     "Swap the start and end of the range."},
    {Code::MixedVersionFilter, "IPS-020", E, "A filter has an IPv4 address on one side and IPv6 on the other",
     "Use addresses of the same IP version on both sides, or two filters, one per version."},
    {Code::ReversedPortRange, "IPS-021", E, "A port range starts after it ends (or starts at 0)",
     "Give the range a start of 1 or more that is not above its end, or use any port."},
    {Code::MirroredTunnelFilter, "IPS-022", E, "A tunnel rule uses a mirrored filter",
     "Clear Mirrored: a tunnel needs one rule per direction, each with one-way filters."},
    {Code::AddressUnfitForTunnel, "IPS-023", E,
     "A tunnel rule's filter uses My IP address or a server keyword",
     "Describe the networks behind the tunnel endpoints with specific addresses or subnets."},
    {Code::IncompleteTunnelEndpoint, "IPS-024", E, "A tunnel endpoint has no address or DNS name",
     "Enter the tunnel endpoint's IP address, or make the rule a transport-mode rule (no tunnel)."},
    {Code::NegotiateWithoutMethods, "IPS-030", E, "Negotiate security has no security methods",
     "Add at least one security method (for example ESP with AES-256 and SHA-256)."},
    {Code::MethodsIgnored, "IPS-031", W,
     "A permit or block action has security methods, which Windows ignores",
     "Remove the security methods, or change the action to negotiate security."},
    {Code::NegotiationFlagsIgnored, "IPS-032", W,
     "A permit or block action sets inpass, soft or session key PFS, which Windows ignores",
     "Clear the option, or change the action to negotiate security."},
    {Code::EspWithoutAlgorithms, "IPS-033", E, "ESP has neither encryption nor integrity (ESP[None,None])",
     "Choose an encryption and/or an integrity algorithm for ESP (reference Q15)."},
    {Code::AhWithoutIntegrity, "IPS-034", E, "AH has no integrity algorithm",
     "Choose the AH integrity algorithm (SHA1, or SHA-256 for WFAS)."},
    {Code::UnusedAlgorithm, "IPS-035", W,
     "A security method sets an algorithm for a protocol it does not use (ignored)",
     "Clear the algorithm, or change the method to the protocol that uses it (AH, ESP or AH+ESP)."},
    {Code::QuickModeSecondsOutOfRange, "IPS-036", W,
     "A session key lifetime in seconds is outside 300 s - 48 h (reference Q3)",
     "Use 300 to 172800 seconds, or 0 for Windows' default of 3600 seconds."},
    {Code::QuickModeKilobytesOutOfRange, "IPS-037", W,
     "A session key lifetime in kilobytes is below 20480 KB (reference Q3)",
     "Use at least 20480 KB, or 0 for Windows' default of 100000 KB."},
    {Code::DuplicateOffer, "IPS-038", W, "An ordered list of security methods holds the same method twice",
     "Delete the second copy; the peer never reaches it."},
    {Code::GcmWithoutGmac, "IPS-039", E, "AES-GCM encryption without the matching AES-GMAC integrity",
     "With AES-GCM-n encryption use AES-GMAC-n integrity: Windows requires GCM for both."},
    {Code::IkeWithoutMethods, "IPS-040", E, "A policy's key exchange settings have no security methods",
     "Add at least one key exchange method (encryption, integrity, Diffie-Hellman group)."},
    {Code::MainModeLifetimeTooLong, "IPS-041", W,
     "The master key lifetime is above 2879 minutes, more than WFAS can hold (reference Q3)",
     "Use 2879 minutes or less (the default is 480)."},
    {Code::ZeroMeansDefault, "IPS-042", I,
     "A polling interval or master key lifetime of 0 means Windows' default",
     "Write the value you mean: 180 minutes polling, 480 minutes master key lifetime by default."},
    {Code::MasterPfsOverridesQmLimit, "IPS-043", W,
     "Master key PFS is on, so Windows sets the sessions per master key to 1",
     "Set the sessions per master key to 1, or turn master key PFS off."},
    {Code::MainModeAlgorithmInvalid, "IPS-044", E,
     "A key exchange method uses None, AES-GCM or AES-GMAC, which main mode cannot use",
     "Use DES, 3DES or AES-CBC encryption and MD5, SHA1 or SHA-2 integrity in main mode."},
    {Code::DefaultResponseIgnored, "IPS-045", W,
     "The default response rule is active, but Windows Vista and later ignore it",
     "Deactivate the default response rule, or target Windows before Vista."},
    {Code::PolicyWithoutEffect, "IPS-046", I, "A policy has no rule that takes effect",
     "Add an active rule, or delete the policy."},
    {Code::NoAuthMethods, "IPS-050", E, "Negotiation needs an authentication method, but none is given",
     "Add an authentication method: Kerberos V5 in a domain, otherwise a certificate."},
    {Code::CertificateWithoutCa, "IPS-051", E, "Certificate authentication names no certification authority",
     "Enter the distinguished name of the root CA whose certificates are accepted."},
    {Code::EmptyPresharedKey, "IPS-052", E, "A preshared key is empty",
     "Enter the key, or better, use Kerberos V5 or certificates."},
    {Code::DuplicateAuthMethod, "IPS-053", W, "An authentication method is listed twice",
     "Delete the second copy; it is never tried."},
    {Code::WeakEncryption, "IPS-060", W, "Weak encryption (DES or 3DES)",
     "Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; for the legacy formats 3DES is the strongest."},
    {Code::WeakIntegrity, "IPS-061", W, "Weak integrity (MD5 or SHA1)",
     "Use SHA-256 or stronger with a WFAS export; for the legacy formats SHA1 is the strongest."},
    {Code::WeakDhGroup, "IPS-062", W, "Weak Diffie-Hellman group (1 or 2)",
     "Use DH group 14 (2048-bit, legacy formats from Server 2003) or ECDH P-256/P-384 with WFAS."},
    {Code::PresharedKeyUsed, "IPS-063", W, "Preshared key authentication",
     "Use certificates or Kerberos V5: a preshared key is stored in clear text and shared by every peer."},
    {Code::EncryptionWithoutIntegrity, "IPS-064", W, "ESP encrypts without integrity",
     "Add an integrity algorithm to ESP (or use AES-GCM): encryption without integrity can be forged."},
    {Code::NeedsNewerWindows, "IPS-070", E, "A setting needs a newer Windows than the store targets",
     "Remove the setting, or raise the store's target Windows version."},
    {Code::ModernAlgorithmForLegacyTarget, "IPS-080", E,
     "A modern algorithm (AES, SHA-2, GMAC, DH 19/20/24) cannot be exported to a legacy target",
     "Use DES/3DES, MD5/SHA1 and DH 1/2/14 for netsh and ipsecData, or export to WFAS."},
    {Code::TargetCannotCarry, "IPS-081", E, "The export target cannot carry a setting",
     "Change the setting, or choose an export target that carries it."},
    {Code::TargetCarriesWithLoss, "IPS-082", W, "The export target carries a setting only approximately",
     "Check the exported result, or change the setting so that the target holds it exactly."},
    {Code::TargetNeedsNewerWindows, "IPS-083", E,
     "The export target needs a newer Windows than the store targets",
     "Raise the store's target Windows version, or choose a legacy export target."},
}};

constexpr bool entriesInOrder()
{
    for (std::size_t i = 0; i < kEntries.size(); ++i)
        if (static_cast<std::size_t>(kEntries[i].code) != i)
            return false;
    return true;
}
static_assert(entriesInOrder(), "kEntries must list the codes in the order of enum Code");

const QList<FindingCodeInfo> &catalogue()
{
    static const QList<FindingCodeInfo> list = [] {
        QList<FindingCodeInfo> l;
        l.reserve(static_cast<qsizetype>(kEntries.size()));
        for (const Entry &e : kEntries)
            l.append({QString::fromLatin1(e.id), e.severity, QString::fromUtf8(e.title),
                      QString::fromUtf8(e.hint)});
        return l;
    }();
    return list;
}

} // namespace

const FindingCodeInfo &info(Code code)
{
    return catalogue()[static_cast<qsizetype>(code)];
}

} // namespace ipsec::validation

namespace ipsec {

const QList<FindingCodeInfo> &validationCodes()
{
    return validation::catalogue();
}

} // namespace ipsec
