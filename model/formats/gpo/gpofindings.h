// Finding codes of the GPO area (IPS-400 – IPS-499), in one place so that every reader, writer and the
// translation use the same stable code for the same situation. Listed in docs/findings.md.
#pragma once

#include "core/finding.h"

#include <QString>

namespace ipsec::gpo {

namespace code {
// registry.pol (PReg)
inline constexpr char PolBadHeader[] = "IPS-400";
inline constexpr char PolTruncated[] = "IPS-401";
inline constexpr char PolBadDelimiter[] = "IPS-402";
inline constexpr char PolSizeTooLarge[] = "IPS-403";
inline constexpr char PolBadString[] = "IPS-404";
inline constexpr char PolOddValueData[] = "IPS-405";
inline constexpr char PolWriteRefused[] = "IPS-406";
inline constexpr char PolInstruction[] = "IPS-407";
// MS-GPFAS content
inline constexpr char FasMalformedRule[] = "IPS-410";
inline constexpr char FasUnknownToken[] = "IPS-411";
inline constexpr char FasBadValue[] = "IPS-412";
inline constexpr char FasRepeatedToken[] = "IPS-413";
inline constexpr char FasSemantic[] = "IPS-414";
inline constexpr char FasUnknownSetValue[] = "IPS-415";
inline constexpr char FasMissingSet[] = "IPS-416";
inline constexpr char FasWeakCrypto[] = "IPS-417";
inline constexpr char FasPlainTextKey[] = "IPS-418";
inline constexpr char FasUnknownValue[] = "IPS-419";
inline constexpr char FasEmptySetAlias[] = "IPS-420";
inline constexpr char FasSpellingVariant[] = "IPS-421";
inline constexpr char FasTokenNewerThanRule[] = "IPS-422";
// .wfw
inline constexpr char WfwNoHivex[] = "IPS-425";
inline constexpr char WfwUnreadable[] = "IPS-426";
// GPMC backups
inline constexpr char BackupBadXml[] = "IPS-430";
inline constexpr char BackupMissingFile[] = "IPS-431";
inline constexpr char BackupPathOutside[] = "IPS-432";
inline constexpr char BackupLegacyLink[] = "IPS-433";
inline constexpr char BackupInconsistent[] = "IPS-434";
inline constexpr char BackupBadEncoding[] = "IPS-435";
inline constexpr char BackupNotABackup[] = "IPS-436";
inline constexpr char BackupWriteFailed[] = "IPS-437";
inline constexpr char BackupExportRefused[] = "IPS-438";
inline constexpr char BackupCompanionMissing[] = "IPS-439";
// legacy -> WFAS migration report
inline constexpr char MigDefaultResponseDropped[] = "IPS-440";
inline constexpr char MigOneWayFilter[] = "IPS-441";
inline constexpr char MigInpassWithoutSoft[] = "IPS-442";
inline constexpr char MigSoftWithoutInpass[] = "IPS-443";
inline constexpr char MigTunnelWithPorts[] = "IPS-444";
inline constexpr char MigMainModePerMethod[] = "IPS-445";
inline constexpr char MigAhEspHashMismatch[] = "IPS-446";
inline constexpr char MigLifetimeClamped[] = "IPS-447";
inline constexpr char MigDnsName[] = "IPS-448";
inline constexpr char MigUnpairedTunnel[] = "IPS-449";
inline constexpr char MigBlockAsFirewallRules[] = "IPS-450";
inline constexpr char MigPermitAsExemption[] = "IPS-451";
inline constexpr char MigLanAndWireless[] = "IPS-452";
inline constexpr char MigPresharedKeyInSysvol[] = "IPS-453";
inline constexpr char MigDuplicateAuthMethod[] = "IPS-454";
inline constexpr char MigNoPolicy[] = "IPS-455";
inline constexpr char MigPollingInterval[] = "IPS-456";
inline constexpr char MigOtherPolicies[] = "IPS-457";
inline constexpr char MigMainModeUnverified[] = "IPS-458";
inline constexpr char MigNothingToNegotiate[] = "IPS-459";
inline constexpr char MigMergeSemantics[] = "IPS-460";
inline constexpr char MigAlgorithmNotCarried[] = "IPS-461";
inline constexpr char MigBrokenReference[] = "IPS-462";
inline constexpr char MigTunnelMerged[] = "IPS-463";
// WFAS -> legacy (what the legacy model cannot hold)
inline constexpr char RevNotRepresentable[] = "IPS-470";
inline constexpr char RevDefaultSet[] = "IPS-471";
inline constexpr char RevFirewallRuleSkipped[] = "IPS-472";
inline constexpr char RevAuthMethodDropped[] = "IPS-473";
inline constexpr char RevCryptoDropped[] = "IPS-474";
inline constexpr char RevAddressSkipped[] = "IPS-475";
// The allow firewall rules that accompany secured ports, and the PowerShell and netsh advfirewall consec
// scripts written from a translated WfasPolicy
// The translation added an inbound allow firewall rule for a port the policy secures (docs/formats/gpo.md,
// The worked example).
inline constexpr char MigAllowRuleAdded[] = "IPS-476";
// A text of an object cannot be carried by the script language's quoting (scriptquoting.h refused it).
inline constexpr char ScriptUnquotable[] = "IPS-477";
// An object, or a token or value of it, has no form in the script language: the object is left out.
inline constexpr char ScriptNotExpressible[] = "IPS-478";
// Summary: objects were left out of the script (--skip-unsupported).
inline constexpr char ScriptSkipped[] = "IPS-479";
// The script uses a syntax that no source confirms (Q17): check it on a Windows host.
inline constexpr char ScriptUnconfirmedSyntax[] = "IPS-480";
// A preshared key is written in plain text into the script.
inline constexpr char ScriptSecretInScript[] = "IPS-481";
// The export options do not fit together (a GPO without a domain, a GPO with the cmd form of consec).
inline constexpr char ScriptBadOption[] = "IPS-482";
// A detail the script language cannot carry is left out; the object itself is written.
inline constexpr char ScriptDetailDropped[] = "IPS-483";
// The object is outside what the script language covers (firewall rules in a consec script): not written.
inline constexpr char ScriptOutOfScope[] = "IPS-484";
} // namespace code

// A finding about a place in a file: every reader of this area reports with file and byte offset.
inline Finding fileFinding(const char *findingCode, Severity severity, const QString &file, qint64 offset,
                           const QString &message, const QString &hint = {})
{
    Finding f;
    f.code = QString::fromLatin1(findingCode);
    f.severity = severity;
    f.location.file = file;
    f.location.byteOffset = offset;
    f.message = message;
    f.hint = hint;
    return f;
}

// A finding about a named object (a WFAS rule or set, a legacy rule or filter).
inline Finding objectFinding(const char *findingCode, Severity severity, const QString &objectPath,
                             const QString &message, const QString &hint = {})
{
    Finding f;
    f.code = QString::fromLatin1(findingCode);
    f.severity = severity;
    f.location.objectPath = objectPath;
    f.message = message;
    f.hint = hint;
    return f;
}

} // namespace ipsec::gpo
