// Reading and writing the project's own document (the registry's "json" format) for every command, with the
// format's findings on stderr.
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "formats/format.h"

#include <QString>
#include <optional>

namespace ipsec::cli {

inline constexpr char16_t kDocumentFormat[] = u"json";
// Finding code: a file the CLI reads itself (not through a format) cannot be opened.
inline constexpr char16_t kCannotOpenFile[] = u"IPS-901";

// Any importable file as the document a command works on (show, validate, export, apply): read in the format
// `namedFormat` names (`--from`), else the one its content shows (detectFormat), else by its suffix, else as
// a document. A file read in another format than the document's is announced on stderr ("read 'x.cmd' as
// netsh: ..."). nullopt when nothing usable was read (the findings on stderr say why; also handed back in
// loadFindings when given).
std::optional<StoreData> loadDocument(const QString &path, Findings *loadFindings = nullptr,
                                      const QString &namedFormat = {});
// False when nothing was written (the findings on stderr say why); the old file then stays intact.
bool saveDocument(const StoreData &store, const QString &path);

// The import format for a file: the one named (`--from`), else the one its content shows, else the one whose
// suffix the file has (case-insensitively), a folder as a GPO backup, else the document format. Null with the
// reason in `error` when the named format is unknown or cannot import.
const FormatDescriptor *importFormatFor(const QString &path, const QString &namedFormat, QString *error);
// Any importable file as a store (findings on stderr, also handed back when asked for); nullopt when
// nothing usable was read.
std::optional<StoreData> loadStore(const QString &path, const FormatDescriptor &format,
                                   Findings *loadFindings = nullptr);

// One finding per line on stderr.
void printFindings(const Findings &findings);

} // namespace ipsec::cli
