#include "savefile.h"

#include <QSaveFile>

namespace ipsec {

namespace {

QString reasonOf(const QSaveFile &file)
{
    return file.error() == QFileDevice::NoError ? QStringLiteral("the file system took no more data")
                                                : file.errorString();
}

} // namespace

AtomicFileWriter::AtomicFileWriter(const QString &path, std::optional<QFileDevice::Permissions> permissions)
    : m_file(std::make_unique<QSaveFile>(path)), m_path(path)
{
    // Unbuffered: a buffered QSaveFile (Qt 6.4) commits a truncated file when the final flush writes only
    // part of the data (disk full, file size limit); unbuffered, write() reports the short count and we
    // cancel.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = QStringLiteral("cannot open %1 for writing: %2").arg(path, m_file->errorString());
        return;
    }
    // Before any byte is written: the temporary file gets the permissions the final one keeps.
    if (permissions && !m_file->setPermissions(*permissions))
        fail(QStringLiteral("cannot set the permissions of %1: %2"));
}

AtomicFileWriter::~AtomicFileWriter() = default; // QSaveFile discards what was not committed

void AtomicFileWriter::fail(const QString &what)
{
    m_error = what.arg(m_path, reasonOf(*m_file));
    m_file->cancelWriting();
}

// Writes all of bytes, or stops at the first write that takes nothing. A write that takes only part of the
// data (the disk filled up mid-way) sets no error in Qt 6.4, which then says "Unknown error": the next write
// of the rest fails and carries the system's reason ("No space left on device").
bool AtomicFileWriter::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return false;
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = m_file->write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            fail(QStringLiteral("cannot write %1: %2"));
            return false;
        }
        written += n;
    }
    return true;
}

bool AtomicFileWriter::commit()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file->commit()) {
        m_error = QStringLiteral("cannot save %1: %2").arg(m_path, reasonOf(*m_file));
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error,
                         std::optional<QFileDevice::Permissions> permissions)
{
    AtomicFileWriter file(path, permissions);
    const bool ok = file.write(bytes) && file.commit();
    if (!ok && error)
        *error = file.error();
    return ok;
}

} // namespace ipsec
