// The reviewer's verdicts on what a GPO sets (IPS-700 – IPS-749, listed in docs/findings.md): profiles that
// let traffic in, open or disabled or duplicate or shadowed firewall rules, connection security rules that
// never require authentication, weak sets, implausible programs and services, settings Windows ignores.
#pragma once

#include "reviewmodel.h"

namespace ipsec::review {

namespace code {
inline constexpr char FirewallOff[] = "IPS-700";
inline constexpr char InboundAllowed[] = "IPS-701";
inline constexpr char OpenInboundRule[] = "IPS-702";
inline constexpr char DisabledRule[] = "IPS-703";
inline constexpr char DuplicateRule[] = "IPS-704";
inline constexpr char ShadowedRule[] = "IPS-705";
inline constexpr char RequestOnly[] = "IPS-706";
inline constexpr char WeakCryptoSet[] = "IPS-707";
inline constexpr char WeakFirstAuthentication[] = "IPS-708";
inline constexpr char BadProgramPath[] = "IPS-709";
inline constexpr char BadServiceName[] = "IPS-710";
inline constexpr char IgnoredSetting[] = "IPS-711";
// Comparison with a baseline (baseline.h)
inline constexpr char BaselineMissing[] = "IPS-720";
inline constexpr char BaselineDiffers[] = "IPS-721";
inline constexpr char BaselineConflict[] = "IPS-722";
inline constexpr char BaselineExtra[] = "IPS-723";
} // namespace code

// Every check on one GPO's content.
Findings reviewContent(const PolicyContent &content);

// Whether an allow rule's traffic lies fully inside a block rule's (same direction, the block's profiles
// include the allow's, every condition of the block covers the allow's). Exposed for the tests.
bool blockCovers(const ReviewRule &block, const ReviewRule &allow);
// Whether two rules match the same traffic with the same action (names and descriptions aside).
bool sameEffect(const ReviewRule &a, const ReviewRule &b);

bool looksLikeProgramPath(const QString &path);
bool looksLikeServiceName(const QString &name);

} // namespace ipsec::review
