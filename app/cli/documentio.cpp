#include "documentio.h"

#include "command.h"
#include "formats/formatregistry.h"

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

std::optional<StoreData> loadDocument(const QString &path, Findings *loadFindings)
{
    const FormatDescriptor *format = documentFormat();
    if (!format || !format->importFile)
        return std::nullopt;
    ImportResult result = format->importFile(path, {});
    printFindings(result.findings);
    if (loadFindings)
        *loadFindings = result.findings;
    if (!result.ok)
        return std::nullopt;
    return std::move(result.store);
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
