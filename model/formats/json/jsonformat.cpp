#include "jsonformat.h"

#include "core/largetext.h"
#include "core/savefile.h"
#include "jsonfindings.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace ipsec::json {
namespace {

// A 100,000-filter store is about 30 MB; anything far beyond is not a document this program wrote.
constexpr qint64 kMaxDocumentBytes = qint64(1) << 30;

ImportResult unreadable(const QString &path, const QString &message)
{
    Finding f;
    f.code = QString::fromUtf16(code::Unreadable);
    f.severity = Severity::Error;
    f.message = message;
    f.hint = QStringLiteral("Check the path and the file's permissions.");
    f.location.file = path;
    ImportResult result;
    result.findings << f;
    return result;
}

} // namespace

ImportResult read(const QByteArray &bytes, const QString &fileName)
{
    return detail::readDocument(bytes, fileName);
}

QByteArray write(const StoreData &store)
{
    return detail::writeDocument(store);
}

ImportResult loadFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return unreadable(path, QStringLiteral("%1 is a folder, not a document.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, QStringLiteral("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxDocumentBytes)
        return unreadable(path, QStringLiteral("%1 is larger than %2 MB and is not loaded.")
                                    .arg(path)
                                    .arg(kMaxDocumentBytes >> 20));
    const auto readError = [&] {
        return unreadable(path, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    };
    if (const qint64 size = file.size(); !file.isSequential() && detail::worthReadingAhead(size)) {
        ReadAheadFile ahead(file, size);
        ReadAheadFile::Result outcome;
        ImportResult result = detail::readDocument(ahead, size, path, outcome);
        if (outcome.failed)
            return readError();
        if (!outcome.grew)
            return result;
        if (!file.seek(0)) // it grew while it was read: read it again, whole
            return readError();
    }
    const QByteArray bytes = readWholeFile(file);
    if (file.error() != QFileDevice::NoError)
        return readError();
    return read(bytes, path);
}

bool saveFile(const StoreData &store, const QString &path, QString *error)
{
    return saveFile(store, path, {}, error);
}

bool saveFile(const StoreData &store, const QString &path, const FormatOptions &progress, QString *error)
{
    // Written a chunk at a time into the temporary file: a large document is never in memory whole.
    AtomicFileWriter file(path);
    const qint64 estimate = detail::estimatedDocumentBytes(store);
    qint64 written = 0;
    bool cancelled = false;
    const bool ok = detail::writeDocument(store, [&](QByteArrayView chunk) {
        written += chunk.size();
        if (!progress.reportProgress(std::min(written, estimate - 1), estimate)) {
            cancelled = true;
            return false;
        }
        return file.write(chunk);
    });
    if (cancelled) {
        if (error)
            error->clear();
        return false;
    }
    if (ok && file.commit())
        return true;
    if (error)
        *error = file.error();
    return false;
}

} // namespace ipsec::json

namespace ipsec {

QList<FormatDescriptor> jsonFormatDescriptors()
{
    FormatDescriptor d;
    d.name = QStringLiteral("json");
    d.description = QStringLiteral("IPsec Policy Designer document (.ipsecstore, versioned JSON)");
    d.fileSuffixes = {QString::fromUtf16(json::kFileSuffix), QStringLiteral("json")};
    d.importFile = [](const QString &inputPath, const FormatOptions &) { return json::loadFile(inputPath); };
    d.exportFile = [](const StoreData &store, const QString &outputPath, const FormatOptions &options) {
        ExportResult result;
        QString error;
        result.ok = json::saveFile(store, outputPath, options, &error);
        if (result.ok) {
            result.writtenFiles << outputPath;
        } else if (error.isEmpty()) {
            result.findings << cancelledFinding(outputPath);
        } else {
            Finding f;
            f.code = QString::fromUtf16(json::code::Unwritable);
            f.severity = Severity::Error;
            f.message = error;
            f.hint = QStringLiteral("Choose a writable folder; the previous file, if any, is unchanged.");
            f.location.file = outputPath;
            result.findings << f;
        }
        return result;
    };
    return {d};
}

} // namespace ipsec
