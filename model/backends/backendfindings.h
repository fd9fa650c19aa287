// The finding codes of the backends (IPS-500..IPS-599), listed with their meaning in docs/findings.md, and
// the one helper that builds a backend finding (backends report about the system, not about a file).
#pragma once

#include "core/finding.h"

namespace ipsec::backends::code {
// The apply workflow (model/backends/applyworkflow.cpp).
inline constexpr auto Unavailable = u"IPS-500";
inline constexpr auto DesignInvalid = u"IPS-501";
inline constexpr auto PlanRefused = u"IPS-502";
inline constexpr auto NotConfirmed = u"IPS-503"; // not confirmed, or cancelled
inline constexpr auto BackupFailed = u"IPS-504";
inline constexpr auto ApplyFailed = u"IPS-505";
inline constexpr auto ReadBackFailed = u"IPS-506";
inline constexpr auto VerifyFailed = u"IPS-507";
inline constexpr auto AutoRolledBack = u"IPS-508";
inline constexpr auto RollbackFailed = u"IPS-509";
// The dry-run plugin.
inline constexpr auto DryRunCannotSave = u"IPS-510";
inline constexpr auto DryRunNoBackup = u"IPS-511";
// The windows-netsh plugin.
inline constexpr auto NotElevated = u"IPS-512";
inline constexpr auto ReadFailed = u"IPS-513";
inline constexpr auto ReadFormatMissing = u"IPS-514";
inline constexpr auto NetshBackupFailed = u"IPS-515";
inline constexpr auto NetshCancelled = u"IPS-516";
inline constexpr auto NetshCommandFailed = u"IPS-517";
inline constexpr auto NetshRollbackFailed = u"IPS-518";
// Design versus system (model/backends/storecomparison.cpp).
inline constexpr auto ObjectMissing = u"IPS-520";
inline constexpr auto ObjectDiffers = u"IPS-521";
inline constexpr auto RuleDiffers = u"IPS-522";
inline constexpr auto ExtraPolicy = u"IPS-523";
} // namespace ipsec::backends::code

namespace ipsec {

inline Finding backendFinding(const char16_t *code, Severity severity, QString message, QString hint = {},
                              Location location = {})
{
    return Finding{QString::fromUtf16(code), severity, std::move(location), std::move(message),
                   std::move(hint)};
}

} // namespace ipsec
