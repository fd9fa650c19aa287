// `export --to consec`: a `netsh advfirewall consec add rule ...` script (docs/formats/gpo.md, Scripts)
// written from a translated policy's WfasPolicy, for what consec can express: connection security rules
// with their phase 1 / phase 2 authentication and quick-mode crypto sets, and (Q17) the customised main mode
// set as `advfirewall set global mainmode`. What consec cannot express (firewall rules, main mode rules,
// certificate criteria, ...) becomes a finding naming the object.
//
// The cmd form writes one `netsh advfirewall ...` per line with the netsh exporter's cmd safety (every text
// through scriptquoting's netsh and cmd functions, `%` doubled, stop at the first failure). A GPO target
// needs the netsh-f form, because `advfirewall set store` lasts for one netsh session only.
#pragma once

#include "formats/netsh/netshexport.h"
#include "legacytowfas.h"
#include "wfasscript.h"

namespace ipsec::gpo {

struct ConsecExportOptions {
    WfasScriptTarget target; // a GPO (netsh-f form only), or the local store
    netsh::ScriptForm form = netsh::ScriptForm::Cmd;
    QString policyName;           // the translated legacy policy, named in the header
    bool skipUnsupported = false; // leave out what cannot be written, with a warning and a comment each
    bool mainMode = true;         // write a customised main mode set as `set global mainmode` (Q17)
};

// The script: UTF-8 without BOM, CRLF; the cmd form switches to code page 65001 when it holds non-ASCII text.
WfasScriptOutput writeConsecScript(const WfasPolicy &policy, const ConsecExportOptions &options);

// Translates the store's policy and writes its script; the findings hold the migration report first.
WfasScriptOutput writeConsecScript(const StoreData &store, const WfasTranslationOptions &translation,
                                   ConsecExportOptions options);

} // namespace ipsec::gpo
