// The validation engine: judges a whole store and returns Findings with stable codes IPS-001..IPS-099
// (listed in docs/findings.md). Validation for an export target is the common validation plus that
// target's capability check, so the editor can say "fine for Windows Firewall, not exportable as netsh".
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace ipsec {

// The export targets whose limits validation knows.
enum class Target : std::uint8_t {
    Netsh,     // a `netsh ipsec static` script (docs/formats/netsh.md)
    IpsecData, // the MS-GPIPSEC blobs: LDIF, .reg, the live registry store (docs/formats/gpipsec.md)
    Wfas,      // WFAS connection security rules (docs/formats/gpo.md)
};

// What a target can carry. `false` means the target cannot hold the feature at all (an error when the
// store uses it) unless the field's comment says the target carries it with a loss (a warning).
struct TargetCapabilities {
    Target target = Target::Netsh;
    WindowsTarget minimumWindows = WindowsTarget::Windows2000; // the oldest Windows that reads the output

    bool modernAlgorithms = false;                 // AES-CBC, AES-GCM, SHA-256/384, AES-GMAC, DH 19/20/24
    bool portRanges = false;                       // a port range in a filter (single ports only otherwise)
    bool ipv6Addresses = false;                    // IPv6 filter addresses
    bool addressRanges = false;                    // first-last address ranges in filters
    bool sourceServerKeywords = false;             // DNS/WINS/DHCP/default gateway as the filter source
    bool destinationServerKeywords = false;        // ... as the filter destination
    bool dnsNameAddresses = false;                 // a filter address kept as a DNS name
    bool oneWayFilters = false;                    // non-mirrored filters outside tunnel rules
    bool tunnelFiltersWithProtocolOrPorts = false; // a tunnel rule's filter limited to a protocol or port
    bool tunnelFiltersWithAny = false;             // `any` as one side of a tunnel rule's filter
    bool ipv6TunnelEndpoints = false;
    bool dnsNameTunnelEndpoints = false;
    bool multicastAddresses = false;          // multicast addresses in filters
    bool ahEspWithDifferentIntegrity = false; // AH+ESP whose AH and ESP integrity differ
    bool quotesAndControlCharacters = false;  // `"` or control characters in names, descriptions, keys

    // Carried with a loss (validation warns, the exporter adapts):
    bool defaultResponseRule = false;              // an active default response rule (dropped otherwise)
    bool mixedDhGroups = false;                    // IKE methods of one policy with different DH groups
    bool acceptUnsecuredWithoutFallback = false;   // inpass=yes, soft=no: no exact equivalent otherwise
    bool fallbackWithoutAcceptUnsecured = false;   // inpass=no, soft=yes: approximate otherwise
    std::uint32_t maxQuickModeLifetimeSeconds = 0; // 0 = no limit of its own (clamped otherwise)
};

const TargetCapabilities &capabilities(Target t);
QString targetName(Target t);                              // "netsh", "ipsecdata", "wfas"
std::optional<Target> targetFromName(const QString &name); // case-insensitive; nullopt when unknown
QString targetDisplayName(Target t);                       // "netsh ipsec static script", ...

struct ValidationOptions {
    ValidationOptions() = default;
    // Implicit on purpose: validate(store, {{Target::Netsh}}) reads as "with these targets".
    ValidationOptions(QList<Target> exportTargets, QString baselineName = {}, int maxOverlaps = 100)
        : targets(std::move(exportTargets)), baseline(std::move(baselineName)),
          maxOverlapsPerPolicy(maxOverlaps)
    {}

    QList<Target> targets; // empty = common checks only
    // A crypto baseline's name (model/templates/cryptobaselines.h): also report what is weaker than it
    // (IPS-091..094). Empty = none.
    QString baseline;
    // How many overlap warnings (IPS-084..086) one policy lists before IPS-087 says there are more.
    int maxOverlapsPerPolicy = 100;
    // How many threads may check filter lists and policies' overlaps side by side, the calling one included:
    // 0 = one per core (up to four) for a store of kParallelFromFilters filters or more, else one. The
    // findings are the same whatever the number.
    unsigned threads = 0;
    static constexpr std::size_t kParallelFromFilters = 5000;
};

// Every finding carries a code, severity, a Location (kind, objectId, parentId, objectPath, field), a
// message naming the object, and a remediation hint. Messages never contain a preshared key.
Findings validate(const StoreData &store, const ValidationOptions &options = {});

struct FindingCodeInfo {
    QString code; // IPS-0NN
    Severity severity = Severity::Error;
    QString title; // what the code means, as in docs/findings.md
    QString hint;  // the general remediation
};

// Every code this engine can emit, in code order.
const QList<FindingCodeInfo> &validationCodes();

} // namespace ipsec
