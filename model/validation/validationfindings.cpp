#include "validationfindings.h"

#include "validationtr.h"

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

// In Code order (checked below). Titles and hints are the text of docs/findings.md; the catalogue keeps them
// in English, a finding carries them in the window's language (translatedHint).
constexpr std::array<Entry, static_cast<std::size_t>(Code::Count)> kEntries{{
    {Code::DanglingFilterList, "IPS-001", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A rule refers to a filter list that does not exist"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Choose an existing filter list for the rule, or recreate the missing one.")},
    {Code::DanglingFilterAction, "IPS-002", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A rule refers to a filter action that does not exist"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Choose an existing filter action for the rule, or recreate the missing one.")},
    {Code::RuleWithoutFilterList, "IPS-003", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A rule has no filter list (only the default response rule may have none)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the rule a filter list that describes the traffic it applies to.")},
    {Code::RuleWithoutFilterAction, "IPS-004", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A rule has no filter action"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the rule a filter action (permit, block or negotiate security).")},
    {Code::EmptyName, "IPS-005", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A filter list, filter action, policy or rule has an empty name"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the object a name: netsh and the Windows dialogs refer to it by name.")},
    {Code::DuplicateName, "IPS-006", E,
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Two filter lists, filter actions or policies share a name (compared case-insensitively)"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Rename one of them: netsh refers to these objects by name, so names must be unique per kind.")},
    {Code::DuplicateRuleName, "IPS-007", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Two rules of one policy share a name (case-insensitively)"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Rename one of the rules: netsh `set rule` and `delete rule` "
                                            "find a rule by its name in the policy.")},
    {Code::DuplicateId, "IPS-008", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Two objects of one kind share a GUID"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the copy a new GUID: references and exports identify objects by GUID.")},
    {Code::MissingId, "IPS-009", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "An object has no GUID (the null GUID)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the object a new GUID: it becomes the ipsecID of the exported object.")},
    {Code::SeveralAssignedPolicies, "IPS-010", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "More than one policy is assigned"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Assign only one policy: a computer applies a single IPsec policy.")},
    {Code::EmptyFilterListUsed, "IPS-011", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A rule uses a filter list without filters"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Add filters to the list, or remove the rule: a rule without filters never matches traffic.")},
    {Code::DuplicateFilter, "IPS-012", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A filter list holds two filters for the same traffic"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Delete the duplicate filter; it adds nothing and netsh refuses to add the same filter twice.")},
    {Code::PortsWithoutTcpOrUdp, "IPS-013", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A filter has a port but its protocol is not TCP or UDP"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Set the protocol to TCP or UDP, or set the ports to any: ports "
                                            "are meaningful only for TCP and UDP.")},
    {Code::NonContiguousMask, "IPS-014", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A subnet mask is not contiguous"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use a mask of consecutive one bits such as 255.255.255.0 (/24).")},
    {Code::AddressBitsOutsideMask, "IPS-015", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A subnet address has bits set outside its mask"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use the network address (for example 10.0.1.0/24, not "
                                            "10.0.1.5/24), or a host address for one host.")},
    {Code::IncompleteAddress, "IPS-016", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A filter address is incomplete (no address, a mask or range end "
                                            "of another IP version, no DNS name)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Fill in the address, mask or range end, or choose another address type.")},
    {Code::ServerKeywordWithoutMe, "IPS-017", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A server keyword (DNS, WINS, DHCP, gateway) is used without `me` on the other side"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Set the other side of the filter to My IP address: Windows refuses any other combination.")},
    {Code::MixedVersionRange, "IPS-018", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "An address range mixes IPv4 and IPv6"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use two addresses of the same IP version for the start and end of the range.")},
    {Code::ReversedRange, "IPS-019", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "An address range starts after it ends"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Swap the start and end of the range.")},
    {Code::MixedVersionFilter, "IPS-020", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A filter has an IPv4 address on one side and IPv6 on the other"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Use addresses of the same IP version on both sides, or two filters, one per version.")},
    {Code::ReversedPortRange, "IPS-021", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A port range starts after it ends (or starts at 0)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Give the range a start of 1 or more that is not above its end, or use any port.")},
    {Code::MirroredTunnelFilter, "IPS-022", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A tunnel rule uses a mirrored filter"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Clear Mirrored: a tunnel needs one rule per direction, each with one-way filters.")},
    {Code::AddressUnfitForTunnel, "IPS-023", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A tunnel rule's filter uses My IP address or a server keyword"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Describe the networks behind the tunnel endpoints with specific addresses or subnets.")},
    {Code::IncompleteTunnelEndpoint, "IPS-024", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A tunnel endpoint has no address or DNS name"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Enter the tunnel endpoint's IP address, or make the rule a transport-mode rule (no tunnel).")},
    {Code::NegotiateWithoutMethods, "IPS-030", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Negotiate security has no security methods"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Add at least one security method (for example ESP with AES-256 and SHA-256).")},
    {Code::MethodsIgnored, "IPS-031", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A permit or block action has security methods, which Windows ignores"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Remove the security methods, or change the action to negotiate security.")},
    {Code::NegotiationFlagsIgnored, "IPS-032", W,
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "A permit or block action sets inpass, soft or session key PFS, which Windows ignores"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Clear the option, or change the action to negotiate security.")},
    {Code::EspWithoutAlgorithms, "IPS-033", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "ESP has neither encryption nor integrity (ESP[None,None])"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Choose an encryption and/or an integrity algorithm for ESP.")},
    {Code::AhWithoutIntegrity, "IPS-034", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "AH has no integrity algorithm"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Choose the AH integrity algorithm (SHA1, or SHA-256 for WFAS).")},
    {Code::UnusedAlgorithm, "IPS-035", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A security method sets an algorithm for a protocol it does not use (ignored)"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Clear the algorithm, or change the method to the protocol that uses it (AH, ESP or AH+ESP).")},
    {Code::QuickModeSecondsOutOfRange, "IPS-036", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A session key lifetime in seconds is outside 300 s - 48 h (unconfirmed range, Q3)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use 300 to 172800 seconds, or 0 for Windows' default of 3600 seconds.")},
    {Code::QuickModeKilobytesOutOfRange, "IPS-037", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A session key lifetime in kilobytes is below 20480 KB (unconfirmed range, Q3)"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use at least 20480 KB, or 0 for Windows' default of 100000 KB.")},
    {Code::DuplicateOffer, "IPS-038", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "An ordered list of security methods holds the same method twice"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Delete the second copy; the peer never reaches it.")},
    {Code::GcmWithoutGmac, "IPS-039", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "AES-GCM encryption without the matching AES-GMAC integrity"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "With AES-GCM-n encryption use AES-GMAC-n integrity: Windows requires GCM for both.")},
    {Code::IkeWithoutMethods, "IPS-040", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A policy's key exchange settings have no security methods"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Add at least one key exchange method (encryption, integrity, Diffie-Hellman group).")},
    {Code::MainModeLifetimeTooLong, "IPS-041", W,
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "The master key lifetime is above 2879 minutes, more than WFAS can hold (unconfirmed range, Q3)"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use 2879 minutes or less (the default is 480).")},
    {Code::ZeroMeansDefault, "IPS-042", I,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A polling interval or master key lifetime of 0 means Windows' default"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Write the value you mean: 180 minutes polling, 480 minutes master key lifetime by default.")},
    {Code::MasterPfsOverridesQmLimit, "IPS-043", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Master key PFS is on, so Windows sets the sessions per master key to 1"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Set the sessions per master key to 1, or turn master key PFS off.")},
    {Code::MainModeAlgorithmInvalid, "IPS-044", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "A key exchange method uses None, AES-GCM or AES-GMAC, which main mode cannot use"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use DES, 3DES or AES-CBC encryption and MD5, SHA1 or SHA-2 integrity in main mode.")},
    {Code::DefaultResponseIgnored, "IPS-045", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "The default response rule is active, but Windows Vista and later ignore it"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Deactivate the default response rule, or target Windows before Vista.")},
    {Code::PolicyWithoutEffect, "IPS-046", I,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A policy has no rule that takes effect"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Add an active rule, or delete the policy.")},
    {Code::NoAuthMethods, "IPS-050", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Negotiation needs an authentication method, but none is given"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Add an authentication method: Kerberos V5 in a domain, otherwise a certificate.")},
    {Code::CertificateWithoutCa, "IPS-051", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Certificate authentication names no certification authority"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Enter the distinguished name of the root CA whose certificates are accepted.")},
    {Code::EmptyPresharedKey, "IPS-052", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A preshared key is empty"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Enter the key, or better, use Kerberos V5 or certificates.")},
    {Code::DuplicateAuthMethod, "IPS-053", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "An authentication method is listed twice"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Delete the second copy; it is never tried.")},
    {Code::WeakEncryption, "IPS-060", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Weak encryption (DES or 3DES)"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; for the "
                                            "legacy formats 3DES is the strongest.")},
    {Code::WeakIntegrity, "IPS-061", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Weak integrity (MD5 or SHA1)"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Use SHA-256 or stronger with a WFAS export; for the legacy formats SHA1 is the strongest.")},
    {Code::WeakDhGroup, "IPS-062", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Weak Diffie-Hellman group (1 or 2)"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Use DH group 14 (2048-bit, legacy formats from Server 2003) or ECDH P-256/P-384 with WFAS.")},
    {Code::PresharedKeyUsed, "IPS-063", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Preshared key authentication"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use certificates or Kerberos V5: a preshared key is stored in "
                                            "clear text and shared by every peer.")},
    {Code::EncryptionWithoutIntegrity, "IPS-064", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "ESP encrypts without integrity"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Add an integrity algorithm to ESP (or use AES-GCM): encryption without integrity can be forged.")},
    {Code::NeedsNewerWindows, "IPS-070", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A setting needs a newer Windows than the store targets"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Remove the setting, or raise the store's target Windows version.")},
    {Code::ModernAlgorithmForLegacyTarget, "IPS-080", E,
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "A modern algorithm (AES, SHA-2, GMAC, DH 19/20/24) cannot be exported to a legacy target"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Use DES/3DES, MD5/SHA1 and DH 1/2/14 for netsh and ipsecData, or export to WFAS.")},
    {Code::TargetCannotCarry, "IPS-081", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "The export target cannot carry a setting"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Change the setting, or choose an export target that carries it.")},
    {Code::TargetCarriesWithLoss, "IPS-082", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "The export target carries a setting only approximately"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Check the exported result, or change the setting so that the target holds it exactly.")},
    {Code::TargetNeedsNewerWindows, "IPS-083", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "The export target needs a newer Windows than the store targets"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Raise the store's target Windows version, or choose a legacy export target.")},
    {Code::OverlapDuplicate, "IPS-084", W,
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Two filters of a policy's active rules match the same traffic with the same treatment"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Delete one of the two filters: the other one already does the same.")},
    {Code::OverlapShadowed, "IPS-085", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Two filters of a policy's active rules match the same traffic "
                                            "with different treatment: one never applies"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Delete the filter that never applies, or narrow one of them so that each has traffic of its own.")},
    {Code::OverlapAmbiguous, "IPS-086", W,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Two filters overlap with equal specificity and different "
                                            "treatment: which one Windows applies is not confirmed"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Make one filter more specific (a host instead of a subnet, a "
                                            "protocol or a port) so that it wins for certain.")},
    {Code::OverlapsNotListed, "IPS-087", I,
     QT_TRANSLATE_NOOP("ipsec::Validation", "More overlapping filters than the Problems panel lists"),
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "Run ipsecdesigner-cli analyze on the document to see every overlap.")},
    {Code::IntentFails, "IPS-088", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "An intent fails: the policy treats its packet otherwise than expected"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Change the policy so that the packet is treated as the intent expects, or correct the intent.")},
    {Code::IntentUndecided, "IPS-089", W,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "An intent depends on a tie between two equally specific filters"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Make the filter that should win more specific, so that the "
                                            "outcome does not rest on Windows' unconfirmed tie handling.")},
    {Code::IntentUnchecked, "IPS-090", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "An intent cannot be checked: its packet does not parse or its policy does not exist"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Write the packet as \"PROTO SRC[:PORT] -> DST[:PORT]\" and name "
                                            "an existing policy (or none for the assigned one).")},
    {Code::BelowBaselineEncryption, "IPS-091", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Encryption weaker than the chosen crypto baseline"),
     QT_TRANSLATE_NOOP(
         "ipsec::Validation",
         "Use the baseline's encryption or stronger; the message says which Windows and formats carry it.")},
    {Code::BelowBaselineIntegrity, "IPS-092", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "Integrity weaker than the chosen crypto baseline"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use the baseline's integrity algorithm or stronger; the message "
                                            "says which Windows and formats carry it.")},
    {Code::BelowBaselineDhGroup, "IPS-093", E,
     QT_TRANSLATE_NOOP("ipsec::Validation", "A Diffie-Hellman group weaker than the chosen crypto baseline"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use the baseline's Diffie-Hellman group or stronger; the "
                                            "message says which Windows and formats carry it.")},
    {Code::AuthenticationOutsideBaseline, "IPS-094", E,
     QT_TRANSLATE_NOOP("ipsec::Validation",
                       "An authentication method the chosen crypto baseline does not allow"),
     QT_TRANSLATE_NOOP("ipsec::Validation", "Use Kerberos V5 or certificates, as the baseline allows.")},
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

QString translatedTitle(Code code)
{
    return Validation::tr(kEntries[static_cast<std::size_t>(code)].title);
}

QString translatedHint(Code code)
{
    return Validation::tr(kEntries[static_cast<std::size_t>(code)].hint);
}

} // namespace ipsec::validation

namespace ipsec {

const QList<FindingCodeInfo> &validationCodes()
{
    return validation::catalogue();
}

} // namespace ipsec
