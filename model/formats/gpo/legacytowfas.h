// The legacy <-> WFAS translation (docs/formats/gpo.md, Legacy to WFAS translation), one component in both
// directions (legacytowfas.cpp and wfastolegacy.cpp):
//   translateToWfas():   a legacy policy of the store -> connection security rules, auth sets, crypto sets,
//                        block firewall rules, the allow firewall rules that accompany secured ports, and a
//                        migration report (Findings) naming every approximate or impossible mapping;
//   translateFromWfas(): WFAS content -> a store the editor can show, reporting what the legacy model cannot
//                        hold.
// Every unconfirmed choice is a named constant below, with its Qn.
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "wfaspolicy.h"

namespace ipsec::gpo {

// Q63 (docs/formats/gpo.md, The filter-action decision): inpass=yes with soft=no has no WFAS action. Secure
// is stricter, Boundary weaker.
enum class InpassWithoutSoft : std::uint8_t { Secure, Boundary };
inline constexpr InpassWithoutSoft kDefaultInpassWithoutSoft = InpassWithoutSoft::Secure;

// Q45: rules are written with the lowest version that covers their tokens, never below 2.10.
// Q67: connection type LAN is written as IFType=Lan plus IFType=Wireless (legacy has no wireless type).
inline constexpr bool kLanIncludesWireless = true;
// Q66: legacy quick-mode PFS re-uses the main-mode DH group.
inline const QString kQuickModePfsToken = QStringLiteral("EnableDHFromPhase1");
// Q66: master key PFS = one quick mode per main mode.
inline constexpr std::uint32_t kMasterKeyPfsSessions = 1;
// Windows' quick-mode lifetime defaults, used for a lifetime of 0 (docs/formats/object-model.md).
inline constexpr std::uint32_t kDefaultQuickModeSeconds = 3600;
inline constexpr std::uint32_t kDefaultQuickModeKilobytes = 100000;
// MS-FASP ranges the WFAS sets must respect (docs/formats/gpo.md, Semantic checks).
inline constexpr std::uint32_t kQuickModeMinutesMin = 5;
inline constexpr std::uint32_t kQuickModeMinutesMax = 2879;
inline constexpr std::uint32_t kQuickModeKilobytesMin = 20480;
inline constexpr std::uint32_t kMainModeMinutesMin = 1;
inline constexpr std::uint32_t kMainModeMinutesMax = 2879;
// Our design, inferred (docs/formats/gpo.md, The worked example): a port the policy secures also gets an
// inbound allow firewall rule on the listening side, because WFAS blocks unsolicited inbound traffic by
// default. Rules that require inbound IPsec admit only secured connections (Security=AuthenticateEncrypt, or
// Authenticate when a quick-mode proposal does not encrypt); request-only (Boundary) rules allow the port
// regardless.
inline constexpr bool kDefaultAllowRulesForSecuredPorts = true;

// The namespace of the name-based UUIDs both directions derive: output IDs come from the legacy IDs and set
// contents, so the same store always gives the same registry.pol (reproducible exports), and a WFAS id that
// is not a GUID always gives the same legacy id.
inline const QUuid kTranslationIdNamespace = QUuid(QStringLiteral("{5d3c0d8e-6f0c-4c55-9a4a-1f2b0c7e3a10}"));

struct WfasTranslationOptions {
    QString policy; // id or name; empty: the assigned policy, else the first
    InpassWithoutSoft inpassWithoutSoft = kDefaultInpassWithoutSoft;
    // Q41/Q48: write the policy's main-mode settings as the customised default phase-1 crypto set.
    bool customiseMainMode = true;
    // Add the allow firewall rules that accompany secured ports (kDefaultAllowRulesForSecuredPorts).
    bool allowRulesForSecuredPorts = kDefaultAllowRulesForSecuredPorts;
};

struct WfasTranslation {
    bool ok = false; // false: nothing could be translated (the report says why)
    QString policyName;
    WfasPolicy policy;
    Findings report; // the migration report: every approximate or impossible mapping
};

WfasTranslation translateToWfas(const StoreData &store, const WfasTranslationOptions &options = {});

struct LegacyTranslation {
    bool ok = false;
    StoreData store;
    Findings report; // what the legacy model cannot hold
};

// `policyName` names the legacy policy that holds the rules (e.g. the GPO's name).
LegacyTranslation translateFromWfas(const WfasPolicy &policy, const QString &policyName);

} // namespace ipsec::gpo
