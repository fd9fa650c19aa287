// The project's own document format: versioned, deterministic, diff-friendly JSON (docs/file-format.md,
// schema docs/ipsecstore.schema.json). Load problems are findings IPS-100..IPS-199 (docs/findings.md).
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "formats/format.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ipsec::json {

// The version this build writes and the newest it reads; a newer document is refused (IPS-102).
inline constexpr int kFormatVersion = 1;
inline constexpr char16_t kFileSuffix[] = u"ipsecstore";

// Parses a document. ok=false means errors (findings say where); the store is then empty, never partial.
// fileName only labels the findings' locations.
ImportResult read(const QByteArray &bytes, const QString &fileName = {});

// The canonical text of a store: fixed key order, objects in store order, 2-space indent, trailing newline.
// The same store always gives the same bytes.
QByteArray write(const StoreData &store);

ImportResult loadFile(const QString &path);
// Atomic: on failure returns false, sets error and leaves any old file byte-identical.
bool saveFile(const StoreData &store, const QString &path, QString *error = nullptr);
// The same, reporting progress through `progress` (bytes written of about how many); false with an empty
// `error` when the progress callback cancelled (the old file, if any, is left as it was).
bool saveFile(const StoreData &store, const QString &path, const FormatOptions &progress, QString *error);

} // namespace ipsec::json

namespace ipsec {

// The "json" format for the registry (import and export).
QList<FormatDescriptor> jsonFormatDescriptors();

} // namespace ipsec
