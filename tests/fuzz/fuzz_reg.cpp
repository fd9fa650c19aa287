// The local registry store as a .reg file (docs/formats/gpipsec.md): regedit syntax, the objects and their
// ipsecData blobs.
#include "formats/gpipsec/regformat.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ipsec::gpipsec::StoreImport result =
        ipsec::gpipsec::readReg(ipsec::fuzz::inputBytes(data, size), QStringLiteral("fuzz.reg"));
    ipsec::fuzz::renderFindings(result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
