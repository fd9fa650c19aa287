// Finding codes IPS-476 – IPS-499 of the GPO area: the allow firewall rules that accompany secured ports, and
// the PowerShell and netsh advfirewall consec scripts written from a translated WfasPolicy. The codes up to
// IPS-475 are in gpofindings.h; both are listed in docs/findings.md.
#pragma once

namespace ipsec::gpo::code {

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

} // namespace ipsec::gpo::code
