#include "bytecursor.h"

#include "gpipsecfindings.h"

#include <QtEndian>
#include <cstring>

namespace ipsec::gpipsec {

BlobReader::BlobReader(const QByteArray &bytes, BlobKind kind, const Location &where, Findings &findings)
    : m_bytes(bytes), m_kind(kind), m_where(where), m_findings(findings), m_limit(bytes.size())
{}

void BlobReader::setLimit(qint64 end)
{
    m_limit = std::min<qint64>(end, m_bytes.size());
}

Location BlobReader::locationAt(const QString &field, qint64 at) const
{
    Location l = m_where;
    l.field = field;
    l.byteOffset = at;
    return l;
}

bool BlobReader::fail(const char *findingCode, const QString &field, const QString &message, qint64 at)
{
    if (m_failed)
        return false;
    m_failed = true;
    const qint64 where = at >= 0 ? at : m_offset;
    m_findings.append(makeFinding(findingCode, Severity::Error, locationAt(field, where),
                                  QStringLiteral("%1 blob, field %2 at byte %3: %4")
                                      .arg(blobKindName(m_kind), field)
                                      .arg(where)
                                      .arg(message)));
    return false;
}

void BlobReader::warn(const char *findingCode, const QString &field, const QString &message, qint64 at)
{
    const qint64 where = at >= 0 ? at : m_offset;
    m_findings.append(makeFinding(findingCode, Severity::Warning, locationAt(field, where),
                                  QStringLiteral("%1 blob, field %2 at byte %3: %4")
                                      .arg(blobKindName(m_kind), field)
                                      .arg(where)
                                      .arg(message)));
}

bool BlobReader::need(const char *field, qint64 count)
{
    if (m_failed)
        return false;
    if (count < 0 || count > remaining())
        return fail(
            code::Truncated, QString::fromLatin1(field),
            QStringLiteral("needs %1 bytes, only %2 left").arg(count).arg(std::max<qint64>(remaining(), 0)));
    return true;
}

bool BlobReader::u8(const char *field, std::uint8_t &v)
{
    if (!need(field, 1))
        return false;
    v = byteAt(m_offset);
    m_offset += 1;
    return true;
}

bool BlobReader::u16(const char *field, std::uint16_t &v)
{
    if (!need(field, 2))
        return false;
    v = qFromLittleEndian<quint16>(m_bytes.constData() + m_offset);
    m_offset += 2;
    return true;
}

bool BlobReader::u32(const char *field, std::uint32_t &v)
{
    if (!need(field, 4))
        return false;
    v = qFromLittleEndian<quint32>(m_bytes.constData() + m_offset);
    m_offset += 4;
    return true;
}

bool BlobReader::guid(const char *field, QUuid &v)
{
    if (!need(field, 16))
        return false;
    v = guidFromBytes(m_bytes.constData() + m_offset);
    m_offset += 16;
    return true;
}

bool BlobReader::bytes(const char *field, qint64 count, QByteArray &v)
{
    if (!need(field, count))
        return false;
    v = m_bytes.mid(m_offset, count);
    m_offset += count;
    return true;
}

bool BlobReader::utf16(const char *field, QString &v)
{
    const qint64 lengthAt = m_offset;
    std::uint32_t length = 0;
    if (!u32(field, length))
        return false;
    if (length > static_cast<std::uint64_t>(remaining()))
        return fail(code::Truncated, QString::fromLatin1(field),
                    QStringLiteral("string length %1 exceeds the %2 bytes left").arg(length).arg(remaining()),
                    lengthAt);
    if (length % 2 != 0)
        return fail(code::BadString, QString::fromLatin1(field),
                    QStringLiteral("UTF-16 string length %1 is odd").arg(length), lengthAt);
    if (length == 0) {
        v.clear();
        return true;
    }
    const qint64 start = m_offset;
    if (byteAt(start + length - 1) != 0 || byteAt(start + length - 2) != 0)
        return fail(code::BadString, QString::fromLatin1(field),
                    QStringLiteral("UTF-16 string of %1 bytes does not end with NUL").arg(length), lengthAt);
    // Embedded NULs end the text, as Windows reads it.
    v = textOfUtf16(QByteArrayView(m_bytes).sliced(start, length));
    m_offset += length;
    return true;
}

bool BlobReader::count(const char *field, std::uint32_t &v, qint64 minRecordSize)
{
    const qint64 at = m_offset;
    if (!u32(field, v))
        return false;
    if (minRecordSize > 0 && static_cast<std::uint64_t>(v) * static_cast<std::uint64_t>(minRecordSize) >
                                 static_cast<std::uint64_t>(remaining()))
        return fail(code::BadCount, QString::fromLatin1(field),
                    QStringLiteral("count %1 needs at least %2 bytes, only %3 left")
                        .arg(v)
                        .arg(static_cast<std::uint64_t>(v) * static_cast<std::uint64_t>(minRecordSize))
                        .arg(remaining()),
                    at);
    return true;
}

bool BlobReader::startsWith(qint64 at, const QByteArray &pattern) const
{
    if (at < 0 || at + pattern.size() > m_bytes.size())
        return false;
    return QByteArrayView(m_bytes).sliced(at, pattern.size()) == pattern;
}

void BlobWriter::put(const void *bytes, qsizetype count)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + count);
    std::memcpy(m_out.data() + at, bytes, static_cast<std::size_t>(count));
}

void BlobWriter::u16(std::uint16_t v)
{
    char b[2];
    qToLittleEndian<quint16>(v, b);
    put(b, 2);
}

void BlobWriter::u32(std::uint32_t v)
{
    char b[4];
    qToLittleEndian<quint32>(v, b);
    put(b, 4);
}

void BlobWriter::guid(const QUuid &v)
{
    char b[16];
    writeGuidBytes(v, b);
    put(b, 16);
}

void BlobWriter::utf16(const QString &v)
{
    // Written in place: no intermediate QByteArray per string (every filter has three).
    const qsizetype bytes = (v.size() + 1) * 2;
    u32(static_cast<std::uint32_t>(bytes));
    const qsizetype at = m_out.size();
    m_out.resize(at + bytes);
    qToLittleEndian<char16_t>(v.utf16(), v.size(), m_out.data() + at);
    m_out[at + bytes - 2] = '\0';
    m_out[at + bytes - 1] = '\0';
}

void BlobWriter::patchU32(qsizetype at, std::uint32_t v)
{
    qToLittleEndian<quint32>(v, m_out.data() + at);
}

void writeGuidBytes(const QUuid &id, char *sixteen)
{
    qToLittleEndian<quint32>(id.data1, sixteen);
    qToLittleEndian<quint16>(id.data2, sixteen + 4);
    qToLittleEndian<quint16>(id.data3, sixteen + 6);
    for (int i = 0; i < 8; ++i)
        sixteen[8 + i] = static_cast<char>(id.data4[i]);
}

QByteArray guidBytes(const QUuid &id)
{
    QByteArray out(16, '\0');
    writeGuidBytes(id, out.data());
    return out;
}

QUuid guidFromBytes(const char *sixteen)
{
    const auto *b = reinterpret_cast<const uchar *>(sixteen);
    return QUuid(qFromLittleEndian<quint32>(b), qFromLittleEndian<quint16>(b + 4),
                 qFromLittleEndian<quint16>(b + 6), b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

QByteArray utf16WithNul(const QString &text)
{
    QByteArray out((text.size() + 1) * 2, '\0');
    qToLittleEndian<char16_t>(text.utf16(), text.size(), out.data());
    return out;
}

QString textOfUtf16(QByteArrayView bytes)
{
    qsizetype units = 0;
    while (units * 2 + 1 < bytes.size() && (bytes[units * 2] != 0 || bytes[units * 2 + 1] != 0))
        ++units;
    if (units == 0)
        return {};
    QString text(units, Qt::Uninitialized);
    qFromLittleEndian<char16_t>(bytes.data(), units, text.data());
    return text;
}

} // namespace ipsec::gpipsec
