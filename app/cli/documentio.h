// Reading and writing the project's own document (the registry's "json" format) for every command, with the
// format's findings on stderr.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QString>
#include <optional>

namespace ipsec::cli {

inline constexpr char16_t kDocumentFormat[] = u"json";

// nullopt when the file cannot be read as a document (the findings on stderr say why; also handed back in
// loadFindings when given).
std::optional<StoreData> loadDocument(const QString &path, Findings *loadFindings = nullptr);
// False when nothing was written (the findings on stderr say why); the old file then stays intact.
bool saveDocument(const StoreData &store, const QString &path);

// One finding per line on stderr.
void printFindings(const Findings &findings);

} // namespace ipsec::cli
