#include "documentio.h"

#include "command.h"
#include "formats/formatregistry.h"

#include <QFileInfo>

namespace ipsec::cli {
namespace {

const FormatDescriptor *documentFormat()
{
    const FormatDescriptor *format = findFormat(QString::fromUtf16(kDocumentFormat));
    if (!format)
        err() << kProgramName << ": error: this build has no '" << QString::fromUtf16(kDocumentFormat)
              << "' document format." << Qt::endl;
    return format;
}

} // namespace

void printFindings(const Findings &findings)
{
    for (const Finding &f : findings)
        err() << f.toString() << Qt::endl;
}

std::optional<StoreData> loadDocument(const QString &path, Findings *loadFindings, const QString &namedFormat)
{
    QString error;
    const FormatDescriptor *format = importFormatFor(path, namedFormat, &error);
    if (!format || !format->importFile) {
        if (!error.isEmpty())
            err() << kProgramName << ": error: " << error << Qt::endl;
        return std::nullopt;
    }
    if (format->name != QString::fromUtf16(kDocumentFormat))
        err() << kProgramName << ": read '" << path << "' as " << format->name << ": " << format->description
              << Qt::endl;
    return loadStore(path, *format, loadFindings);
}

std::optional<StoreData> loadStore(const QString &path, const FormatDescriptor &format,
                                   Findings *loadFindings)
{
    ImportResult result = format.importFile(path, {});
    printFindings(result.findings);
    if (loadFindings)
        *loadFindings = result.findings;
    if (!result.ok)
        return std::nullopt;
    return std::move(result.store);
}

const FormatDescriptor *importFormatFor(const QString &path, const QString &namedFormat, QString *error)
{
    if (!namedFormat.isEmpty()) {
        const FormatDescriptor *format = findFormat(namedFormat);
        if (!format || !format->importFile) {
            QStringList known;
            for (const FormatDescriptor &f : formats())
                if (f.importFile)
                    known << f.name;
            *error = QStringLiteral("unknown import format '%1'; known: %2.")
                         .arg(namedFormat, known.join(QStringLiteral(", ")));
            return nullptr;
        }
        return format;
    }
    if (const FormatDescriptor *detected = detectFormat(path))
        return detected;
    const QFileInfo info(path);
    const QString bySuffix = info.isDir() ? QString() : info.suffix();
    for (const FormatDescriptor &f : formats()) {
        if (!f.importFile)
            continue;
        if (info.isDir() ? f.outputIsFolder : f.fileSuffixes.contains(bySuffix, Qt::CaseInsensitive))
            return &f;
    }
    const FormatDescriptor *document = documentFormat();
    if (!document)
        *error = QStringLiteral("this build cannot read documents.");
    return document;
}

bool saveDocument(const StoreData &store, const QString &path)
{
    const FormatDescriptor *format = documentFormat();
    if (!format || !format->exportFile)
        return false;
    const ExportResult result = format->exportFile(store, path, {});
    printFindings(result.findings);
    return result.ok;
}

} // namespace ipsec::cli
