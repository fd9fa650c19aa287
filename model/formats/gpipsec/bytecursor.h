// Bounds-checked little-endian reading and writing of ipsecData bytes. Internal to this format.
//
// BlobReader never reads past its limit: every read checks the bytes left first and, when they are too few,
// records one Error finding naming the blob, the field and the byte offset, then refuses every later read.
#pragma once

#include "blobs.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <array>
#include <cstdint>

namespace ipsec::gpipsec {

class BlobReader {
public:
    BlobReader(const QByteArray &bytes, BlobKind kind, const Location &where, Findings &findings);

    qint64 offset() const { return m_offset; }
    qint64 limit() const { return m_limit; }
    qint64 remaining() const { return m_limit - m_offset; }
    qint64 size() const { return m_bytes.size(); }
    bool failed() const { return m_failed; }
    // Reads stop at `end` (at most the blob's size) until the limit is set again.
    void setLimit(qint64 end);
    void seek(qint64 offset) { m_offset = offset; }

    bool u8(const char *field, std::uint8_t &v);
    bool u16(const char *field, std::uint16_t &v);
    bool u32(const char *field, std::uint32_t &v);
    bool guid(const char *field, QUuid &v);
    template <std::size_t N> bool array(const char *field, std::array<std::uint8_t, N> &v)
    {
        if (!need(field, N))
            return false;
        for (std::size_t i = 0; i < N; ++i)
            v[i] = byteAt(m_offset + static_cast<qint64>(i));
        m_offset += static_cast<qint64>(N);
        return true;
    }
    bool bytes(const char *field, qint64 count, QByteArray &v);
    // u32 byte length (including the NUL) + UTF-16LE text; length 0 is accepted as the empty string.
    bool utf16(const char *field, QString &v);
    // A count of records of at least `minRecordSize` bytes each, checked against the bytes left.
    bool count(const char *field, std::uint32_t &v, qint64 minRecordSize);
    // Peeks without moving or failing.
    bool startsWith(qint64 at, const QByteArray &pattern) const;
    std::uint8_t byteAt(qint64 at) const { return static_cast<std::uint8_t>(m_bytes.at(at)); }

    // Records an error at `at` (default: the current offset) and stops the reader.
    bool fail(const char *findingCode, const QString &field, const QString &message, qint64 at = -1);
    void warn(const char *findingCode, const QString &field, const QString &message, qint64 at = -1);
    Location locationAt(const QString &field, qint64 at) const;

private:
    bool need(const char *field, qint64 count);

    const QByteArray &m_bytes;
    BlobKind m_kind;
    Location m_where;
    Findings &m_findings;
    qint64 m_offset = 0;
    qint64 m_limit = 0;
    bool m_failed = false;
};

class BlobWriter {
public:
    void u8(std::uint8_t v) { put(&v, 1); }
    void u16(std::uint16_t v);
    void u32(std::uint32_t v);
    void guid(const QUuid &v);
    template <std::size_t N> void array(const std::array<std::uint8_t, N> &v)
    {
        put(v.data(), static_cast<qsizetype>(N));
    }
    void bytes(const QByteArray &v) { m_out.append(v); }
    void utf16(const QString &v); // always with the NUL: the empty string is 02 00 00 00 00 00
    void patchU32(qsizetype at, std::uint32_t v);
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    qsizetype size() const { return m_out.size(); }
    const QByteArray &data() const { return m_out; }

private:
    // Grows the buffer and copies: cheaper than QByteArray::append's general insert for a few bytes.
    void put(const void *bytes, qsizetype count);

    QByteArray m_out;
};

// The 16 bytes of a GUID in Windows' mixed-endian layout, and back.
QByteArray guidBytes(const QUuid &id);
void writeGuidBytes(const QUuid &id, char *sixteen);
QUuid guidFromBytes(const char *sixteen);
// UTF-16LE + NUL, the blob form of a string.
QByteArray utf16WithNul(const QString &text);
// The text of UTF-16LE bytes, up to the first NUL.
QString textOfUtf16(QByteArrayView bytes);

} // namespace ipsec::gpipsec
