// Meaning of the blobs: model values ↔ blob fields (units, enums, addresses, the Qn choices).
//
// Writers (xxxBlobOf) report what the legacy format cannot carry as findings (Error: the export must not go
// ahead; Warning: a value is dropped). Readers (xxxOf) report unknown or historic values; `where` names the
// object and file in every finding.
#pragma once

#include "blobs.h"
#include "core/types.h"

namespace ipsec::gpipsec {

// ---- writing ----
PolicyBlob policyBlobOf(const Policy &policy);
IsakmpBlob isakmpBlobOf(const Policy &policy, const Location &where, Findings &findings);
NfaBlob nfaBlobOf(const Rule &rule, const Location &where, Findings &findings);
NfaBlob nfaBlobOf(const DefaultResponseRule &rule, const Location &where, Findings &findings);
NegotiationPolicyBlob negotiationPolicyBlobOf(const FilterAction &action, const Location &where,
                                              Findings &findings);
NegotiationPolicyBlob negotiationPolicyBlobOf(const DefaultResponseRule &rule, const Location &where,
                                              Findings &findings);
FilterBlob filterBlobOf(const FilterList &list, const Location &where, Findings &findings);
QUuid negotiationActionOf(const FilterAction &action);

// ---- reading ----
std::uint32_t pollingMinutesOf(const PolicyBlob &blob, const Location &where, Findings &findings);
// The IKE settings (without id) and the policy-wide certificate options of the old format.
IkeSettings ikeSettingsOf(const IsakmpBlob &blob, const Location &where, Findings &findings);

struct NfaContent {
    QList<AuthMethod> authMethods;
    TunnelEndpoint tunnel;
    ConnectionType connectionType = ConnectionType::All;
    bool active = true;
    QString interfaceName;
};
// isakmpOptions: the policy's ISAKMP-Options, which carry the certificate flags when there is no extension.
NfaContent nfaContentOf(const NfaBlob &blob, std::uint32_t isakmpOptions, const Location &where,
                        Findings &findings);

struct NegotiationContent {
    QList<SecurityMethod> methods;
    bool allowFallback = false; // the trailing empty offer (soft)
    bool sessionKeyPfs = false;
};
NegotiationContent negotiationContentOf(const NegotiationPolicyBlob &blob, const Location &where,
                                        Findings &findings);

struct NegotiationAction {
    ActionKind action = ActionKind::Negotiate;
    bool acceptUnsecured = false;
};
std::optional<NegotiationAction> negotiationActionFrom(const QUuid &actionGuid);

std::vector<Filter> filtersOf(const FilterBlob &blob, const Location &where, Findings &findings);

// IPv4 first..last split exactly into the fewest subnets (address, mask), for the v1 part (Q29).
QList<std::pair<std::uint32_t, std::uint32_t>> splitRangeIntoSubnets(std::uint32_t first, std::uint32_t last);

} // namespace ipsec::gpipsec
