#include "largetext.h"

#include "largearray.h"

#include <QFile>
#include <QStringEncoder>

namespace ipsec {

QByteArray readWholeFile(QFile &file)
{
    const qint64 expected = file.size() - file.pos();
    if (expected <= 0)
        return file.readAll(); // a sequential or empty file: nothing to reserve
    QByteArray bytes;
    bytes.resize(expected); // uninitialised: the read below writes it, in huge pages when advised
    adviseHugePages(bytes.data(), std::size_t(expected));
    const qint64 got = file.read(bytes.data(), expected);
    bytes.truncate(got < 0 ? 0 : got);
    if (got == expected)
        bytes += file.readAll(); // a file that grew since its size was taken
    return bytes;
}

QByteArray encodeUtf8(QStringView text)
{
    if (text.size() < (qsizetype(1) << 20))
        return text.toUtf8();
    QStringEncoder encoder(QStringEncoder::Utf8);
    QByteArray bytes;
    bytes.resize(encoder.requiredSpace(text.size()));
    adviseHugePages(bytes.data(), std::size_t(bytes.size()));
    char *end = encoder.appendToBuffer(bytes.data(), text);
    bytes.truncate(end - bytes.data());
    bytes.squeeze(); // requiredSpace is three bytes a character: give back what ASCII text did not need
    return bytes;
}

} // namespace ipsec
