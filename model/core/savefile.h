// Atomic file output: every file the project writes goes through QSaveFile, so a failed write leaves the
// previous file intact.
#pragma once

#include <QByteArray>
#include <QString>

namespace ipsec {

// Writes bytes to path atomically; on failure returns false, sets error and leaves any old file untouched.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace ipsec
