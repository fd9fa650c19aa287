// The directory form (docs/formats/gpipsec.md): LDIF syntax, the objects and their ipsecData blobs.
#include "formats/gpipsec/ldifformat.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipsec::gpipsec::StoreImport result =
        ipsec::gpipsec::readLdif(ipsec::fuzz::inputBytes(data, size), QStringLiteral("fuzz.ldf"));
    ipsec::fuzz::renderFindings(result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
