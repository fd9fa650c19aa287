// The netsh script interpreter (docs/formats/netsh.md) on arbitrary bytes: encoding detection, lexer,
// grammar and the commands over the store.
#include "formats/netsh/netshimport.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ipsec::netsh::ImportOptions options;
    options.fileName = QStringLiteral("fuzz.cmd");
    const ipsec::ImportResult result = ipsec::netsh::read(ipsec::fuzz::inputBytes(data, size), options);
    ipsec::fuzz::renderFindings(result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
