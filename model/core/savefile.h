// Atomic file output: every file the project writes goes through QSaveFile, so a failed write leaves the
// previous file intact.
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <memory>
#include <optional>

class QSaveFile;

namespace ipsec {

// Writes bytes to path atomically; on failure returns false and leaves any old file untouched. `error` then
// holds one complete sentence naming the file and the system's reason ("cannot write F: No space left on
// device"): callers show it as it is, without naming the file again. `permissions` (e.g. owner read/write
// only, for a file with secrets) are set before any byte is written; by default the file gets the usual ones.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr,
                         std::optional<QFileDevice::Permissions> permissions = std::nullopt);

// The same, for text written a piece at a time (a large document is never in memory whole): open, write the
// pieces, commit. Nothing reaches `path` unless commit() succeeds; a writer destroyed without a successful
// commit leaves the old file as it was. After the first failure every call returns false and error() holds
// the sentence writeFileAtomically would give.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const QString &path,
                              std::optional<QFileDevice::Permissions> permissions = std::nullopt);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    bool write(QByteArrayView bytes);
    bool commit();
    const QString &error() const { return m_error; }

private:
    void fail(const QString &what);

    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    QString m_error;
};

} // namespace ipsec
