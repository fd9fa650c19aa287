// The netsh script interpreter (docs/formats/netsh.md) on arbitrary bytes: encoding detection, lexer,
// grammar and the commands over the store; lexed on the same thread and on a second one
// (netshlinelexer.h): both must give the same store and the same findings.
#include "formats/netsh/netshimport.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = ipsec::fuzz::inputBytes(data, size);
    ipsec::netsh::ImportOptions options;
    options.fileName = QStringLiteral("fuzz.cmd");
    options.lexing = ipsec::netsh::LexingThread::Same;
    const ipsec::ImportResult result = ipsec::netsh::read(bytes, options);
    ipsec::fuzz::renderFindings(result.findings);
    options.lexing = ipsec::netsh::LexingThread::Second;
    const ipsec::ImportResult secondThread = ipsec::netsh::read(bytes, options);
    FUZZ_CHECK(secondThread.ok == result.ok);
    FUZZ_CHECK(secondThread.store == result.store);
    FUZZ_CHECK(secondThread.findings == result.findings);
    if (result.ok)
        ipsec::fuzz::checkSavable(result.store);
    return 0;
}
