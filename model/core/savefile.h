// Atomic file output: every file the project writes goes through QSaveFile, so a failed write leaves the
// previous file intact.
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <optional>

namespace ipsec {

// Writes bytes to path atomically; on failure returns false and leaves any old file untouched. `error` then
// holds one complete sentence naming the file and the system's reason ("cannot write F: No space left on
// device"): callers show it as it is, without naming the file again. `permissions` (e.g. owner read/write
// only, for a file with secrets) are set before any byte is written; by default the file gets the usual ones.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr,
                         std::optional<QFileDevice::Permissions> permissions = std::nullopt);

} // namespace ipsec
