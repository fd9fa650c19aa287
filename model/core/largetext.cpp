#include "largetext.h"

#include "largearray.h"

#include <QFile>
#include <QStringEncoder>
#include <algorithm>
#include <limits>

namespace ipsec {

namespace {

// Whether any UTF-16 unit of the text might be a surrogate (U+D800 to U+DFFF): its largest unit is below them
// in most exported text. A maximum over all units is one pass with no early exit, which the compiler
// vectorises; isValidUtf16 looks at one unit at a time.
bool mayHoldSurrogates(QStringView text)
{
    const char16_t *units = text.utf16();
    char16_t largest = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        largest = std::max(largest, units[i]);
    return largest >= 0xD800;
}

} // namespace

QByteArray readWholeFile(QFile &file)
{
    const qint64 expected = file.size() - file.pos();
    if (expected <= 0 || expected > std::numeric_limits<qsizetype>::max())
        return file.readAll(); // sequential, empty, or more than this build can address: Qt's own way
    QByteArray bytes;
    bytes.resize(qsizetype(expected)); // uninitialised: the read below writes it, in huge pages when advised
    adviseHugePages(bytes.data(), std::size_t(bytes.size()));
    const qint64 got = file.read(bytes.data(), bytes.size());
    if (got < 0)
        return {};
    bytes.truncate(qsizetype(got)); // a file that shrank since its size was taken
    if (got == expected)
        bytes += file.readAll(); // a file that grew since
    return bytes;
}

void appendUtf8(QByteArray &out, QStringView text, qsizetype reserveAtLeast)
{
    if (mayHoldSurrogates(text) && !text.isValidUtf16()) {
        out += text.toUtf8(); // a lone surrogate: Qt's own '?'
        return;
    }
    const qsizetype start = out.size();
    const qsizetype needed = start + text.size() * 3; // at most three bytes per UTF-16 unit
    if (out.capacity() < needed) {
        out.reserve(std::max({needed, reserveAtLeast, out.capacity() * 2}));
        adviseHugePages(out.data(), std::size_t(out.capacity()));
    }
    out.resize(needed); // uninitialised: the encoder writes it
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
}

QString decodeLarge(QStringDecoder &decoder, QByteArrayView bytes)
{
    if (bytes.size() < (qsizetype(1) << 20))
        return decoder.decode(bytes);
    QString text;
    text.resize(decoder.requiredSpace(bytes.size()));
    adviseHugePages(text.data(), std::size_t(text.size()) * sizeof(QChar));
    QChar *end = decoder.appendToBuffer(text.data(), bytes);
    text.truncate(end - text.constData());
    return text;
}

void appendDecimal(QString &out, std::uint64_t value)
{
    char16_t digits[20];
    std::size_t n = 0;
    do {
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    std::reverse(digits, digits + n);
    out.append(reinterpret_cast<const QChar *>(digits), qsizetype(n));
}

} // namespace ipsec
