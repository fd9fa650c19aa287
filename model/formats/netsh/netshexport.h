// The netsh exporter: a pure function from a store to a `netsh ipsec static` script. The GUI calls it live
// for its script preview, so it only reads the store and is cheap for one selected policy.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace ipsec::netsh {

enum class ScriptForm : std::uint8_t {
    Cmd,    // a .cmd batch file: one `netsh ipsec static ...` per line, stops at the first failure
    Netshf, // a plain script for `netsh -f FILE`: `ipsec static ...` lines, `#` comments
};

struct ExportOptions {
    // One policy by id (`{...}` or bare) or name, and only the filter lists and actions its rules use.
    // Empty: every object of the store.
    QString policy;
    // The store the script writes to; unset: the store's own (StoreInfo::location / domain).
    std::optional<StoreLocation> store;
    QString domain;          // for the domain store; empty: StoreInfo::domain
    bool assign = false;     // local store: `set policy name=... assign=yes` for the assigned policy
    QString gpoName;         // domain store: `set policy name=... gponame=...` for the assigned policy (Q11)
    bool idempotent = false; // first delete the objects of the same names, so the script can run again
    bool batch = false;      // wrap the commands in `set batch mode=enable` / `disable`
    ScriptForm form = ScriptForm::Cmd;
    bool skipUnsupported = false; // leave out what netsh cannot express, with a warning comment each
};

struct ExportOutput {
    bool ok = false;  // false: errors in findings; `bytes` then holds what could be written (for a preview)
    QByteArray bytes; // what goes into the file: UTF-8 without BOM (Q14), lines joined with CRLF
    Findings findings;

    QString text() const { return QString::fromUtf8(bytes); } // the script as text, for a preview
};

ExportOutput write(const StoreData &store, const ExportOptions &options);
// The same script handed to `sink` a piece of whole lines at a time (`bytes` stays empty): an export to a
// file writes them as they come instead of keeping 30 MB for 100,000 filters. `ok` is known only at the end,
// so the caller keeps what it wrote only when it is true (an AtomicFileWriter that is not committed).
using ByteSink = std::function<void(QByteArrayView)>;
ExportOutput write(const StoreData &store, const ExportOptions &options, const ByteSink &sink);

std::optional<ScriptForm> parseScriptForm(const QString &text); // "cmd" | "netsh-f"
QString scriptFormName(ScriptForm form);

} // namespace ipsec::netsh
