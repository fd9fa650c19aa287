// The netsh script interpreter (docs/formats/netsh.md) on arbitrary bytes: encoding detection, lexer,
// grammar and the commands over the store; lexed on the same thread and on a second one
// (netshlinelexer.h): both must give the same store and the same findings. Valid UTF-8 is read a line at a
// time from its bytes (netshlexer.h): its lines must be those of the text decoded whole.
#include "formats/netsh/netshimport.h"
#include "formats/netsh/netshlexer.h"
#include "fuzzsupport.h"

#include <QStringDecoder>

namespace {

void checkUtf8LineByLine(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    // decodeScript takes isValidUtf8() for "the strict decoder succeeds".
    FUZZ_CHECK(decoder.hasError() != QByteArrayView(bytes).isValidUtf8());
    if (decoder.hasError() || bytes.startsWith("\xEF\xBB\xBF"))
        return;
    ipsec::netsh::LogicalLineReader fromText{QStringView(text)};
    ipsec::netsh::LogicalLineReader fromBytes{QByteArrayView(bytes)};
    ipsec::netsh::LogicalLine expected;
    ipsec::netsh::LogicalLine line;
    while (fromText.next(expected)) {
        FUZZ_CHECK(fromBytes.next(line));
        FUZZ_CHECK(line.text == expected.text);
        FUZZ_CHECK(line.firstLine == expected.firstLine);
        FUZZ_CHECK(line.segments.size() == expected.segments.size());
        for (qsizetype i = 0; i < line.segments.size(); ++i)
            FUZZ_CHECK(line.segments[i].offset == expected.segments[i].offset &&
                       line.segments[i].line == expected.segments[i].line);
    }
    FUZZ_CHECK(!fromBytes.next(line));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = ipsec::fuzz::inputBytes(data, size);
    checkUtf8LineByLine(bytes);
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
