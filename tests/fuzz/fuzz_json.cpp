// The document reader (docs/file-format.md) on arbitrary bytes, on one thread and on two (jsonpipeline.h):
// both must give the same store and the same findings.
#include "formats/json/jsonreader.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using ipsec::json::detail::ParseMode;
    const QByteArray bytes = ipsec::fuzz::inputBytes(data, size);
    const QString name = QStringLiteral("fuzz.ipsecstore");
    const ipsec::ImportResult result = ipsec::json::detail::readDocument(bytes, name, ParseMode::OneThread);
    ipsec::fuzz::renderFindings(result.findings);
    const ipsec::ImportResult twoThreads =
        ipsec::json::detail::readDocument(bytes, name, ParseMode::TwoThreads);
    FUZZ_CHECK(twoThreads.ok == result.ok);
    FUZZ_CHECK(twoThreads.store == result.store);
    FUZZ_CHECK(twoThreads.findings.size() == result.findings.size());
    for (qsizetype i = 0; i < result.findings.size(); ++i)
        FUZZ_CHECK(twoThreads.findings[i].toString() == result.findings[i].toString());
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
