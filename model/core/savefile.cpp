#include "savefile.h"

#include <QSaveFile>

namespace ipsec {

namespace {

// Writes all of bytes, or stops at the first write that takes nothing. A write that takes only part of the
// data (the disk filled up mid-way) sets no error in Qt 6.4, which then says "Unknown error": the next write
// of the rest fails and carries the system's reason ("No space left on device").
bool writeAll(QSaveFile &file, const QByteArray &bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

QString reasonOf(const QSaveFile &file)
{
    return file.error() == QFileDevice::NoError ? QStringLiteral("the file system took no more data")
                                                : file.errorString();
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         std::optional<QFileDevice::Permissions> permissions)
{
    QSaveFile file(path);
    // Unbuffered: a buffered QSaveFile (Qt 6.4) commits a truncated file when the final flush writes only
    // part of the data (disk full, file size limit); unbuffered, write() reports the short count and we
    // cancel.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = QStringLiteral("cannot open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    // Before any byte is written: the temporary file gets the permissions the final one keeps.
    if (permissions && !file.setPermissions(*permissions)) {
        if (error)
            *error = QStringLiteral("cannot set the permissions of %1: %2").arg(path, reasonOf(file));
        file.cancelWriting();
        return false;
    }
    if (!writeAll(file, bytes)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, reasonOf(file));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot save %1: %2").arg(path, reasonOf(file));
        return false;
    }
    return true;
}

} // namespace ipsec
