// The document reader (docs/file-format.md) on arbitrary bytes, on one thread, on two (jsonpipeline.h) and
// from a file that the parse follows while it is read (ReadAheadFile): all must give the same store and the
// same findings.
#include "core/readaheadfile.h"
#include "formats/json/jsonreader.h"
#include "fuzzsupport.h"

#include <QTemporaryFile>

namespace {

void checkSameAs(const ipsec::ImportResult &other, const ipsec::ImportResult &result)
{
    FUZZ_CHECK(other.ok == result.ok);
    FUZZ_CHECK(other.store == result.store);
    FUZZ_CHECK(other.findings.size() == result.findings.size());
    for (qsizetype i = 0; i < result.findings.size(); ++i)
        FUZZ_CHECK(other.findings[i].toString() == result.findings[i].toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using ipsec::json::detail::ParseMode;
    const QByteArray bytes = ipsec::fuzz::inputBytes(data, size);
    const QString name = QStringLiteral("fuzz.ipsecstore");
    const ipsec::ImportResult result = ipsec::json::detail::readDocument(bytes, name, ParseMode::OneThread);
    ipsec::fuzz::renderFindings(result.findings);
    checkSameAs(ipsec::json::detail::readDocument(bytes, name, ParseMode::TwoThreads), result);

    // Read in chunks of 61 bytes, so that the parse waits for the reader in the middle of tokens.
    static QTemporaryFile file;
    static const bool opened = file.open();
    FUZZ_CHECK(opened && file.resize(0) && file.seek(0) && file.write(bytes) == bytes.size() &&
               file.flush() && file.seek(0));
    ipsec::ReadAheadFile ahead(file, bytes.size(), 61);
    ipsec::ReadAheadFile::Result read;
    const ipsec::ImportResult followed = ipsec::json::detail::readDocument(ahead, bytes.size(), name, read);
    FUZZ_CHECK(read.bytes == bytes && !read.failed && !read.grew);
    checkSameAs(followed, result);

    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
