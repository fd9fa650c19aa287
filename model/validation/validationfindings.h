// The catalogue of validation codes: one enumerator per code, with its severity, title and hint.
// Internal to the validation library; the public view is ipsec::validationCodes().
#pragma once

#include "validator.h"

#include <cstddef>

namespace ipsec::validation {

enum class Code : std::uint8_t {
    // References and identity
    DanglingFilterList,      // IPS-001
    DanglingFilterAction,    // IPS-002
    RuleWithoutFilterList,   // IPS-003
    RuleWithoutFilterAction, // IPS-004
    EmptyName,               // IPS-005
    DuplicateName,           // IPS-006
    DuplicateRuleName,       // IPS-007
    DuplicateId,             // IPS-008
    MissingId,               // IPS-009
    SeveralAssignedPolicies, // IPS-010
    EmptyFilterListUsed,     // IPS-011
    DuplicateFilter,         // IPS-012
    // Filters
    PortsWithoutTcpOrUdp,     // IPS-013
    NonContiguousMask,        // IPS-014
    AddressBitsOutsideMask,   // IPS-015
    IncompleteAddress,        // IPS-016
    ServerKeywordWithoutMe,   // IPS-017
    MixedVersionRange,        // IPS-018
    ReversedRange,            // IPS-019
    MixedVersionFilter,       // IPS-020
    ReversedPortRange,        // IPS-021
    MirroredTunnelFilter,     // IPS-022
    AddressUnfitForTunnel,    // IPS-023
    IncompleteTunnelEndpoint, // IPS-024
    // Filter actions and security methods
    NegotiateWithoutMethods,      // IPS-030
    MethodsIgnored,               // IPS-031
    NegotiationFlagsIgnored,      // IPS-032
    EspWithoutAlgorithms,         // IPS-033
    AhWithoutIntegrity,           // IPS-034
    UnusedAlgorithm,              // IPS-035
    QuickModeSecondsOutOfRange,   // IPS-036
    QuickModeKilobytesOutOfRange, // IPS-037
    DuplicateOffer,               // IPS-038
    GcmWithoutGmac,               // IPS-039
    // Policies and IKE
    IkeWithoutMethods,         // IPS-040
    MainModeLifetimeTooLong,   // IPS-041
    ZeroMeansDefault,          // IPS-042
    MasterPfsOverridesQmLimit, // IPS-043
    MainModeAlgorithmInvalid,  // IPS-044
    DefaultResponseIgnored,    // IPS-045
    PolicyWithoutEffect,       // IPS-046
    // Authentication
    NoAuthMethods,        // IPS-050
    CertificateWithoutCa, // IPS-051
    EmptyPresharedKey,    // IPS-052
    DuplicateAuthMethod,  // IPS-053
    // Weak cryptography
    WeakEncryption,             // IPS-060
    WeakIntegrity,              // IPS-061
    WeakDhGroup,                // IPS-062
    PresharedKeyUsed,           // IPS-063
    EncryptionWithoutIntegrity, // IPS-064
    // Windows version
    NeedsNewerWindows, // IPS-070
    // Export targets
    ModernAlgorithmForLegacyTarget, // IPS-080
    TargetCannotCarry,              // IPS-081
    TargetCarriesWithLoss,          // IPS-082
    TargetNeedsNewerWindows,        // IPS-083
    // Analysis: overlaps, intents, crypto baselines (analysischecks.cpp)
    OverlapDuplicate,              // IPS-084
    OverlapShadowed,               // IPS-085
    OverlapAmbiguous,              // IPS-086
    OverlapsNotListed,             // IPS-087
    IntentFails,                   // IPS-088
    IntentUndecided,               // IPS-089
    IntentUnchecked,               // IPS-090
    BelowBaselineEncryption,       // IPS-091
    BelowBaselineIntegrity,        // IPS-092
    BelowBaselineDhGroup,          // IPS-093
    AuthenticationOutsideBaseline, // IPS-094
    Count
};

// The English entry (the catalogue of docs/findings.md and the CLI).
const FindingCodeInfo &info(Code code);
// The title and the general hint in the installed translation's language (English without one).
QString translatedTitle(Code code);
QString translatedHint(Code code);

} // namespace ipsec::validation
