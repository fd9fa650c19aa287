// The document reader (docs/file-format.md) on arbitrary bytes.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipsec::ImportResult result =
        ipsec::json::read(ipsec::fuzz::inputBytes(data, size), QStringLiteral("fuzz.ipsecstore"));
    ipsec::fuzz::renderFindings(result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
