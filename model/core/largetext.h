// Text of tens of megabytes (a 100,000-filter document, script or LDIF file): read from a file or encoded
// as UTF-8 into one buffer that is faulted in as huge pages where the system has them (largearray.h), so
// that it does not cost thousands of page faults (docs/performance.md).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <cstdint>

class QFile;
class QStringDecoder;

namespace ipsec {

// Everything from the current position of an open file to its end; empty on a read error (the caller checks
// file.error(), as after QFile::readAll).
QByteArray readWholeFile(QFile &file);

// The text's UTF-8 appended to `out` (what `out += text.toUtf8()` does, without the temporary). The text
// must not end inside a surrogate pair: a writer calls it with whole lines. When `out` must grow, it
// reserves `reserveAtLeast` bytes or twice its capacity, whichever is more, in huge pages where advised.
void appendUtf8(QByteArray &out, QStringView text, qsizetype reserveAtLeast = 0);

// The bytes decoded (what decoder.decode(bytes) gives; decoder.hasError() tells as after it).
QString decodeLarge(QStringDecoder &decoder, QByteArrayView bytes);

// `value` in decimal appended to `out` (what `out += QString::number(value)` does, without the temporary).
void appendDecimal(QString &out, std::uint64_t value);

} // namespace ipsec
