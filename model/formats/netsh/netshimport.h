// The netsh importer: an interpreter of `netsh ipsec static` scripts (batch files, `netsh -f` scripts,
// pasted commands) over a store. It runs command by command the way netsh would, and reports with file,
// line and column everything it could not use, then goes on with the rest.
#pragma once

#include "formats/format.h"

#include <QByteArray>
#include <QString>

namespace ipsec::netsh {

// Whether the script is lexed on a second thread while the interpreter runs: from about a megabyte of text
// on a machine of two cores or more, or as the tests choose. The result is the same either way.
enum class LexingThread : std::uint8_t { BySize, Same, Second };

struct ImportOptions {
    QString encoding; // empty: BOM, then UTF-8, then the legacy code pages (Q14); e.g. "GBK", "IBM850"
    QString fileName; // only labels the findings' locations
    LexingThread lexing = LexingThread::BySize;
};

// Interprets the script over an empty store. `ok` is false when the script yields nothing (no ipsec
// static command took effect); the findings then say why.
ImportResult read(const QByteArray &scriptBytes, const ImportOptions &options);
// The same, telling `progress` how much of the script is interpreted (code units so far, of all of them:
// bytes of a UTF-8 script, characters of another); when it returns false
// the import stops: ok=false, the findings end with kCancelledCode (IPS-910).
ImportResult read(const QByteArray &scriptBytes, const ImportOptions &options,
                  const ProgressCallback &progress);

// Interprets the script over `base` (the GUI's "import into the open document"): names refer to the objects
// already there, `delete all` clears them. When the script yields nothing, the result's store is `base`.
ImportResult readInto(const StoreData &base, const QByteArray &scriptBytes, const ImportOptions &options);

} // namespace ipsec::netsh
