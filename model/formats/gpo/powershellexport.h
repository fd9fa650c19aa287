// `export --to powershell`: a PowerShell script of the NetSecurity module (Windows 8 / Server 2012 and later,
// docs/formats/gpo.md, Scripts) that creates a translated policy's sets and rules: New-NetIPsecAuthProposal +
// New-NetIPsecPhase1AuthSet / Phase2AuthSet, New-NetIPsecMainModeCryptoProposal + MainModeCryptoSet,
// New-NetIPsecQuickModeCryptoProposal + QuickModeCryptoSet, New-NetIPsecRule, New-NetIPsecMainModeRule and
// New-NetFirewallRule, into a GPO (Open-NetGPO ... Save-NetGPO) or the local persistent store.
//
// The script is written from a WfasPolicy, normally translateToWfas()'s, never from the legacy store
// directly: one translation for every WFAS output. Every text goes through scriptquoting::powerShellString;
// what it refuses, and every token without a cmdlet parameter, becomes a finding naming the object.
#pragma once

#include "legacytowfas.h"
#include "wfasscript.h"

namespace ipsec::gpo {

struct PowerShellExportOptions {
    WfasScriptTarget target;      // a GPO, or the local store
    QString policyName;           // the translated legacy policy, named in the header
    bool skipUnsupported = false; // leave out what cannot be written, with a warning and a comment each
};

// The script (UTF-8 with a BOM, CRLF: Windows PowerShell 5.1 reads a .ps1 without BOM in the ANSI code page).
WfasScriptOutput writePowerShellScript(const WfasPolicy &policy, const PowerShellExportOptions &options);

// Translates the store's policy and writes its script; the findings hold the migration report first.
// options.policyName defaults to the translated policy's name.
WfasScriptOutput writePowerShellScript(const StoreData &store, const WfasTranslationOptions &translation,
                                       PowerShellExportOptions options);

} // namespace ipsec::gpo
