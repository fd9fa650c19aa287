#include "regfile.h"

#include "bytecursor.h"
#include "gpipsecfindings.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace ipsec::gpipsec {

QString RegValue::text() const
{
    return textOfUtf16(data);
}

QStringList RegValue::texts() const
{
    if (type != regtype::MultiString)
        return {text()};
    QStringList out;
    QString current;
    for (qsizetype i = 0; i + 1 < data.size(); i += 2) {
        const char16_t c =
            static_cast<char16_t>(static_cast<uchar>(data[i]) | (static_cast<uchar>(data[i + 1]) << 8));
        if (c != 0) {
            current.append(QChar(c));
            continue;
        }
        if (current.isEmpty())
            break; // the empty string ends the list
        out << current;
        current.clear();
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

std::uint32_t RegValue::dword() const
{
    return data.size() >= 4 ? qFromLittleEndian<quint32>(data.constData()) : 0;
}

const RegValue *RegKey::value(const QString &name) const
{
    for (const RegValue &v : values)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    return nullptr;
}

namespace {

// The file's text. A UTF-16LE file on a little-endian machine is viewed in place (no copy: the text of a
// large .reg file is most of its memory); anything else is decoded into `decoded`.
struct RegText {
    QString decoded;
    QStringView view;
};

RegText decodeText(const QByteArray &bytes)
{
    RegText text;
    if (bytes.startsWith("\xFF\xFE")) {
        const QByteArrayView utf16 = QByteArrayView(bytes).sliced(2);
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            if (utf16.size() % 2 == 0 && reinterpret_cast<quintptr>(utf16.data()) % alignof(char16_t) == 0) {
                text.view = QStringView(reinterpret_cast<const char16_t *>(utf16.data()), utf16.size() / 2);
                return text;
            }
        }
        text.decoded = QStringDecoder(QStringDecoder::Utf16LE)(utf16);
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        text.decoded = QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    } else {
        // REGEDIT4 files are in the ANSI code page; UTF-8 reads ASCII the same and Latin-1 takes the rest.
        QStringDecoder utf8(QStringDecoder::Utf8);
        text.decoded = utf8(bytes);
        if (utf8.hasError())
            text.decoded = QString::fromLatin1(bytes);
    }
    text.view = text.decoded;
    return text;
}

// More UTF-16LE text of a file, read in chunks into one reused buffer: a 100,000-filter .reg file is 180 MB,
// and reading it whole cost a quarter of the import in fresh pages alone (docs/performance.md).
class Utf16Chunks {
public:
    explicit Utf16Chunks(QIODevice &device) : m_device(device) {}

    // The text from `keepFrom` of the last window on, followed by the next chunk of the file; a window no
    // longer than the kept text means the file has ended.
    QStringView next(qsizetype keepFrom)
    {
        const qsizetype kept = m_size - keepFrom;
        std::memmove(m_buffer.data(), m_buffer.constData() + keepFrom, std::size_t(kept) * sizeof(QChar));
        if (kept + kChunkChars > m_buffer.size())
            m_buffer.resize(std::max(m_buffer.size() * 2, kept + kChunkChars)); // a line longer than a chunk
        const qint64 got = m_device.read(reinterpret_cast<char *>(m_buffer.data() + kept),
                                         (m_buffer.size() - kept) * qint64(sizeof(QChar)));
        if (got < 0)
            m_error = m_device.errorString(); // ends the text here; the reader says so
        m_size = kept + std::max<qint64>(got, 0) / qint64(sizeof(QChar));
        return QStringView(m_buffer).first(m_size);
    }

    // Why the file could not be read to its end; empty when it was.
    const QString &error() const { return m_error; }

private:
    static constexpr qsizetype kChunkChars = qsizetype(1) << 19; // 1 MiB
    QIODevice &m_device;
    QString m_buffer;
    qsizetype m_size = 0;
    QString m_error;
};

// The logical lines of the text, one at a time: a trailing backslash continues a value on the next line
// (not a key line). A line without continuation is a view into the text; a continued one is joined in a
// buffer that the next line reuses. With `chunks`, the text is a window that is refilled from the file
// whenever a physical line reaches its end; a line's view is valid until the next call.
class LogicalLines {
public:
    explicit LogicalLines(QStringView text, Utf16Chunks *chunks = nullptr) : m_text(text), m_chunks(chunks) {}

    // The next line without its line break, and its first physical line's number; false at the end.
    bool next(QStringView &line, int &number)
    {
        if (m_at > m_text.size())
            return false;
        number = m_nextNumber;
        line = physical();
        if (!continues(line) || m_at > m_text.size())
            return true;
        m_joined.resize(0); // keeps its capacity for the next continued value
        m_joined += line;
        while (continues(m_joined) && m_at <= m_text.size()) {
            m_joined.chop(1);
            m_joined += physical().trimmed();
        }
        line = m_joined;
        return true;
    }

private:
    static bool continues(QStringView l) { return l.endsWith(u'\\') && !l.startsWith(u'['); }

    // The next physical line (without "\n" and a "\r" before it).
    QStringView physical()
    {
        qsizetype end = m_text.indexOf(u'\n', m_at);
        while (end < 0 && m_chunks) {
            const qsizetype kept = m_text.size() - m_at;
            m_text = m_chunks->next(m_at);
            m_at = 0;
            if (m_text.size() == kept) {
                m_chunks = nullptr; // the file has ended
                break;
            }
            end = m_text.indexOf(u'\n', kept);
        }
        const qsizetype stop = end < 0 ? m_text.size() : end;
        QStringView l = m_text.sliced(m_at, stop - m_at);
        m_at = stop + 1;
        ++m_nextNumber;
        if (l.endsWith(u'\r'))
            l.chop(1);
        return l;
    }

    QStringView m_text;
    Utf16Chunks *m_chunks;
    qsizetype m_at = 0;
    int m_nextNumber = 1;
    QString m_joined;
};

// "..." with \\ and \" escapes, starting at `at` (the opening quote). Returns the end after the closing
// quote.
std::optional<std::pair<QString, qsizetype>> quoted(QStringView line, qsizetype at)
{
    if (at >= line.size() || line[at] != QLatin1Char('"'))
        return std::nullopt;
    QString out;
    for (qsizetype i = at + 1; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            out.append(line[++i]);
            continue;
        }
        if (c == QLatin1Char('"'))
            return std::make_pair(out, i + 1);
        out.append(c);
    }
    return std::nullopt;
}

std::optional<QByteArray> hexBytesSlow(const QString &text)
{
    QByteArray out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint v = part.trimmed().toUInt(&ok, 16);
        if (!ok || v > 0xFF)
            return std::nullopt;
        out.append(static_cast<char>(v));
    }
    return out;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// "xx,xx,…" as regedit writes it (blanks around pairs allowed), read without splitting; anything else
// (empty or 3-digit parts, 0x prefixes, signs) goes to hexBytesSlow, so the result is always its result.
// The bytes are written through a pointer into an array sized once for one byte per comma-separated part (the
// blobs of a 100,000-filter file are tens of megabytes: QByteArray::append per byte was an eighth of the
// import).
std::optional<QByteArray> hexBytes(QStringView text)
{
    QByteArray out(text.count(u',') + 1, Qt::Uninitialized);
    char *next = out.data();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text[i] == u',') { // an empty part: skipped
            ++i;
            continue;
        }
        while (i < n && text[i].isSpace())
            ++i;
        int value = 0;
        int digits = 0;
        for (int d; i < n && digits < 3 && (d = hexDigit(text[i])) >= 0; ++i, ++digits)
            value = value * 16 + d;
        while (i < n && text[i].isSpace())
            ++i;
        if (digits == 0 || digits > 2 || (i < n && text[i] != u','))
            return hexBytesSlow(text.toString());
        *next++ = static_cast<char>(value);
        if (i < n)
            ++i; // the comma
    }
    out.truncate(next - out.constData());
    return out;
}

QByteArray utf16Of8Bit(const QByteArray &bytes)
{
    return utf16WithNul(QString::fromLatin1(bytes)).chopped(2);
}

RegParseResult parseLines(LogicalLines &lines, const QString &fileName)
{
    RegParseResult result;
    QStringView logical;
    int number = 0;

    bool more = lines.next(logical, number);
    while (more && logical.trimmed().isEmpty())
        more = lines.next(logical, number);
    const QStringView header = more ? logical.trimmed() : QStringView();
    if (header == u"Windows Registry Editor Version 5.00") {
        result.regedit4 = false;
    } else if (header == u"REGEDIT4") {
        result.regedit4 = true;
    } else {
        result.findings.append(makeFinding(
            code::RegHeader, Severity::Error, fileLineLocation(fileName, 1),
            QStringLiteral("not a registry editor file: the first line is '%1'").arg(header.left(60)),
            QStringLiteral("Expected 'Windows Registry Editor Version 5.00' or "
                           "'REGEDIT4'.")));
        return result;
    }
    result.ok = true;

    auto syntax = [&](int line, const QString &message) {
        result.findings.append(makeFinding(code::RegSyntax, Severity::Error, fileLineLocation(fileName, line),
                                           QStringLiteral("line %1: %2").arg(line).arg(message)));
    };

    while (lines.next(logical, number)) {
        const QStringView l = logical.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char(';')))
            continue;
        if (l.startsWith(QLatin1Char('['))) {
            if (!l.endsWith(QLatin1Char(']'))) {
                syntax(number, QStringLiteral("a key line must end with ']'"));
                continue;
            }
            RegKey k;
            k.line = number;
            k.path = l.sliced(1, l.size() - 2).toString();
            if (k.path.startsWith(QLatin1Char('-'))) {
                k.deleted = true;
                k.path.remove(0, 1);
            }
            result.keys.append(k);
            continue;
        }
        if (result.keys.isEmpty()) {
            syntax(number, QStringLiteral("a value before the first key"));
            continue;
        }
        RegValue v;
        v.line = number;
        qsizetype at = 0;
        if (l.startsWith(QLatin1Char('@'))) {
            at = 1;
        } else if (const auto name = quoted(l, 0)) {
            v.name = name->first;
            at = name->second;
        } else {
            syntax(number, QStringLiteral("expected \"name\"=value"));
            continue;
        }
        if (at >= l.size() || l[at] != QLatin1Char('=')) {
            syntax(number, QStringLiteral("expected '=' after the value name"));
            continue;
        }
        const QStringView data = l.sliced(at + 1).trimmed();
        if (data == u"-") {
            v.deleted = true;
        } else if (data.startsWith(QLatin1Char('"'))) {
            const auto s = quoted(data, 0);
            if (!s) {
                syntax(number, QStringLiteral("unterminated string"));
                continue;
            }
            v.type = regtype::String;
            v.data = utf16WithNul(s->first);
        } else if (data.startsWith(u"dword:", Qt::CaseInsensitive)) {
            bool ok = false;
            const uint d = data.mid(6).toUInt(&ok, 16);
            if (!ok || data.size() > 14) {
                syntax(number, QStringLiteral("a dword needs 8 hex digits"));
                continue;
            }
            v.type = regtype::Dword;
            v.data = QByteArray(4, '\0');
            qToLittleEndian<quint32>(d, v.data.data());
        } else if (data.startsWith(u"hex", Qt::CaseInsensitive)) {
            const qsizetype colon = data.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                syntax(number, QStringLiteral("hex value without ':'"));
                continue;
            }
            const QStringView tag = data.left(colon);
            if (tag.compare(u"hex", Qt::CaseInsensitive) == 0) {
                v.type = regtype::Binary;
            } else {
                bool ok = false;
                const QStringView inner = tag.mid(4, tag.size() - 5);
                v.type = inner.toUInt(&ok, 16);
                if (!ok || !tag.startsWith(u"hex(", Qt::CaseInsensitive) || !tag.endsWith(QLatin1Char(')'))) {
                    syntax(number, QStringLiteral("unknown value type '%1'").arg(tag));
                    continue;
                }
            }
            const auto b = hexBytes(data.sliced(colon + 1));
            if (!b) {
                syntax(number, QStringLiteral("malformed hex bytes"));
                continue;
            }
            v.data = *b;
            // REGEDIT4 writes string types in the 8-bit code page.
            if (result.regedit4 && (v.type == regtype::MultiString || v.type == regtype::ExpandString))
                v.data = utf16Of8Bit(v.data);
        } else {
            syntax(number, QStringLiteral("unknown value form '%1'").arg(data.left(20)));
            continue;
        }
        result.keys.last().values.append(v);
    }
    return result;
}

} // namespace

RegParseResult parseRegFile(const QByteArray &bytes, const QString &fileName)
{
    const RegText text = decodeText(bytes);
    LogicalLines lines(text.view);
    return parseLines(lines, fileName);
}

RegParseResult parseRegFile(QIODevice &device, const QString &fileName)
{
    // A UTF-16LE file of even size (what regedit writes) is read a chunk at a time on a little-endian
    // machine; anything else is small or unusual and is read whole, as from memory.
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        if (!device.isSequential() && (device.size() - device.pos()) % 2 == 0 &&
            device.peek(2) == "\xFF\xFE") {
            device.skip(2);
            Utf16Chunks chunks(device);
            LogicalLines lines({}, &chunks);
            RegParseResult result = parseLines(lines, fileName);
            if (!chunks.error().isEmpty()) { // what was read is not the whole file: nothing is imported
                result.ok = false;
                result.findings.append(makeFinding(
                    code::FileIo, Severity::Error, fileLineLocation(fileName, 0),
                    QStringLiteral("the file could not be read to its end: %1").arg(chunks.error())));
            }
            return result;
        }
    }
    return parseRegFile(device.readAll(), fileName);
}

// ---- writing ----

namespace {

QString escaped(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return out;
}

constexpr int kRegeditLineWidth = 80;

} // namespace

RegWriter::RegWriter()
{
    m_text = QStringLiteral("Windows Registry Editor Version 5.00\r\n");
}

void RegWriter::key(const QString &path)
{
    m_text += QStringLiteral("\r\n[%1]\r\n").arg(path);
}

void RegWriter::string(const QString &name, const QString &value)
{
    m_text += QStringLiteral("\"%1\"=\"%2\"\r\n").arg(escaped(name), escaped(value));
}

void RegWriter::dword(const QString &name, std::uint32_t value)
{
    m_text += QStringLiteral("\"%1\"=dword:%2\r\n").arg(escaped(name)).arg(value, 8, 16, QChar(u'0'));
}

void RegWriter::binary(const QString &name, const QByteArray &value)
{
    hexValue(name, QStringLiteral("hex"), value);
}

void RegWriter::multiString(const QString &name, const QStringList &values)
{
    QByteArray bytes;
    for (const QString &v : values)
        bytes += utf16WithNul(v);
    bytes += QByteArray(2, '\0');
    hexValue(name, QStringLiteral("hex(7)"), bytes);
}

void RegWriter::hexValue(const QString &name, const QString &typeTag, const QByteArray &bytes)
{
    // regedit: "xx," pairs; a line that would pass 80 columns ends with "\" and goes on indented by 2.
    // Written through a pointer into text sized once for the most it can take (3 characters a byte, a
    // 5-character break at least every 25 pairs, the header and the final CRLF), then cut to what was
    // written: the blobs of a 100,000-filter store are tens of megabytes of pairs.
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    static constexpr char16_t kBreak[] = u"\\\r\n  ";
    const QString header = u'"' + escaped(name) + QStringLiteral("\"=") + typeTag + u':';
    const qsizetype start = m_text.size();
    const qsizetype n = bytes.size();
    m_text.resize(start + header.size() + 3 * n + 5 * (n / 25 + 2) + 2);
    char16_t *out = reinterpret_cast<char16_t *>(m_text.data()) + start;
    out = std::copy_n(header.utf16(), header.size(), out);
    qsizetype column = header.size();
    for (qsizetype i = 0; i < n; ++i) {
        const bool last = i + 1 == n;
        const qsizetype pairSize = last ? 2 : 3;
        if (column + pairSize + (last ? 0 : 1) > kRegeditLineWidth) {
            out = std::copy_n(kBreak, 5, out);
            column = 2;
        }
        const auto b = static_cast<uchar>(bytes[i]);
        *out++ = kDigits[b >> 4];
        *out++ = kDigits[b & 0xF];
        if (!last)
            *out++ = u',';
        column += pairSize;
    }
    *out++ = u'\r';
    *out++ = u'\n';
    m_text.truncate(out - reinterpret_cast<const char16_t *>(m_text.constData()));
}

QByteArray RegWriter::data() const
{
    // BOM + UTF-16LE of the text, converted in place (the text of a large store is over 100 MB).
    QByteArray out(2 + m_text.size() * 2, Qt::Uninitialized);
    out[0] = '\xFF';
    out[1] = '\xFE';
    qToLittleEndian<char16_t>(m_text.utf16(), m_text.size(), out.data() + 2);
    return out;
}

} // namespace ipsec::gpipsec
