#include "registrypol.h"

#include "gpofindings.h"

#include <QtEndian>

namespace ipsec::gpo {

namespace {

constexpr char kSignature[] = {'P', 'R', 'e', 'g'};
constexpr std::uint32_t kVersion = 1;
constexpr qint64 kHeaderSize = 8;

QString instructionPrefixDel()
{
    return QStringLiteral("**del.");
}
QString instructionPrefixSoft()
{
    return QStringLiteral("**soft.");
}

void appendUtf16(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out.append(static_cast<char>(u & 0xFF));
        out.append(static_cast<char>(u >> 8));
    }
}

void appendChar(QByteArray &out, char16_t c)
{
    out.append(static_cast<char>(c & 0xFF));
    out.append(static_cast<char>(c >> 8));
}

void appendU32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray utf16WithNul(const QString &text)
{
    QByteArray out;
    appendUtf16(out, text);
    appendChar(out, 0);
    return out;
}

// A bounds-checked cursor over the file; every failure names the offset where it happened.
class PolCursor {
public:
    PolCursor(const QByteArray &bytes, const QString &file, Findings &findings)
        : m_bytes(bytes), m_file(file), m_findings(findings)
    {}
    qint64 offset() const { return m_offset; }
    qint64 left() const { return m_bytes.size() - m_offset; }
    bool atEnd() const { return m_offset >= m_bytes.size(); }

    bool expectChar(char16_t c, const char *what)
    {
        if (left() < 2)
            return truncated(what);
        const char16_t got = readUnit();
        if (got != c) {
            m_findings << fileFinding(code::PolBadDelimiter, Severity::Error, m_file, m_offset - 2,
                                      QStringLiteral("expected '%1' (%2) but found code unit 0x%3")
                                          .arg(QChar(c))
                                          .arg(QString::fromLatin1(what))
                                          .arg(got, 4, 16, QLatin1Char('0')),
                                      QStringLiteral("the file is damaged or not a registry.pol"));
            return false;
        }
        return true;
    }
    bool readString(QString &out, const char *what)
    {
        const qint64 start = m_offset;
        QString text;
        while (true) {
            if (left() < 2) {
                m_offset = start;
                return truncated(what, QStringLiteral(" (no terminating NUL)"));
            }
            const char16_t u = readUnit();
            if (u == 0)
                break;
            text.append(QChar(u));
        }
        out = text;
        return true;
    }
    bool readU32(std::uint32_t &out, const char *what)
    {
        if (left() < 4)
            return truncated(what);
        out = qFromLittleEndian<std::uint32_t>(m_bytes.constData() + m_offset);
        m_offset += 4;
        return true;
    }
    bool readBytes(QByteArray &out, std::uint32_t size, const char *what)
    {
        if (left() < qint64(size))
            return truncated(what, QStringLiteral(" (%1 bytes announced, %2 left)").arg(size).arg(left()));
        out = m_bytes.mid(m_offset, size);
        m_offset += size;
        return true;
    }

private:
    char16_t readUnit()
    {
        const char16_t u = qFromLittleEndian<char16_t>(m_bytes.constData() + m_offset);
        m_offset += 2;
        return u;
    }
    bool truncated(const char *what, const QString &detail = {})
    {
        m_findings << fileFinding(
            code::PolTruncated, Severity::Error, m_file, m_offset,
            QStringLiteral("the file ends inside a record, while reading the %1%2")
                .arg(QString::fromLatin1(what), detail),
            QStringLiteral("the file is truncated; records before this offset were read"));
        return false;
    }

    const QByteArray &m_bytes;
    const QString &m_file;
    Findings &m_findings;
    qint64 m_offset = kHeaderSize;
};

} // namespace

PolInstruction PolRecord::instruction() const
{
    if (valueName.isEmpty())
        return type == regtype::None && data.isEmpty() ? PolInstruction::EnsureKey : PolInstruction::SetValue;
    if (!valueName.startsWith(QStringLiteral("**")))
        return PolInstruction::SetValue;
    // The names are case-insensitive [spec MS-GPREG 3.2.5.1.2].
    if (valueName.compare(QStringLiteral("**DelVals."), Qt::CaseInsensitive) == 0)
        return PolInstruction::DeleteAll;
    if (valueName.compare(QStringLiteral("**DeleteValues"), Qt::CaseInsensitive) == 0)
        return PolInstruction::DeleteValues;
    if (valueName.compare(QStringLiteral("**DeleteKeys"), Qt::CaseInsensitive) == 0)
        return PolInstruction::DeleteKeys;
    if (valueName.compare(QStringLiteral("**SecureKey"), Qt::CaseInsensitive) == 0)
        return PolInstruction::SecureKey;
    if (valueName.startsWith(instructionPrefixDel(), Qt::CaseInsensitive))
        return PolInstruction::DeleteValue;
    if (valueName.startsWith(instructionPrefixSoft(), Qt::CaseInsensitive))
        return PolInstruction::SoftValue;
    return PolInstruction::SetValue;
}

QString PolRecord::instructionTarget() const
{
    switch (instruction()) {
    case PolInstruction::DeleteValue:
        return valueName.mid(instructionPrefixDel().size());
    case PolInstruction::SoftValue:
        return valueName.mid(instructionPrefixSoft().size());
    default:
        return {};
    }
}

QString PolRecord::text() const
{
    QString s;
    const qsizetype units = data.size() / 2;
    s.reserve(units);
    for (qsizetype i = 0; i < units; ++i)
        s.append(QChar(qFromLittleEndian<char16_t>(data.constData() + 2 * i)));
    if (s.endsWith(QChar(0)))
        s.chop(1); // exactly one NUL: the terminator (docs/formats/gpo.md, registry.pol)
    return s;
}

QStringList PolRecord::multiText() const
{
    QStringList out = text().split(QChar(0));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

std::optional<std::uint32_t> PolRecord::dword() const
{
    if (data.size() != 4)
        return std::nullopt;
    if (type == regtype::Dword)
        return qFromLittleEndian<std::uint32_t>(data.constData());
    if (type == regtype::DwordBigEndian)
        return qFromBigEndian<std::uint32_t>(data.constData());
    return std::nullopt;
}

std::optional<std::uint64_t> PolRecord::qword() const
{
    if (type != regtype::Qword || data.size() != 8)
        return std::nullopt;
    return qFromLittleEndian<std::uint64_t>(data.constData());
}

PolRecord PolRecord::string(const QString &key, const QString &name, const QString &text, std::uint32_t type)
{
    return {key, name, type, utf16WithNul(text)};
}

PolRecord PolRecord::dwordValue(const QString &key, const QString &name, std::uint32_t value)
{
    QByteArray b(4, '\0');
    qToLittleEndian(value, b.data());
    return {key, name, regtype::Dword, b};
}

PolRecord PolRecord::keyOnly(const QString &key)
{
    return {key, {}, regtype::None, {}};
}

PolRecord PolRecord::deleteValue(const QString &key, const QString &name)
{
    return string(key, QStringLiteral("**del.") + name, QStringLiteral(" "));
}

PolRecord PolRecord::deleteAllValues(const QString &key)
{
    return string(key, QStringLiteral("**delvals."), QStringLiteral(" "));
}

PolReadResult readRegistryPol(const QByteArray &bytes, const QString &fileName)
{
    PolReadResult result;
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArray(kSignature, 4))) {
        result.findings << fileFinding(
            code::PolBadHeader, Severity::Error, fileName, 0,
            QStringLiteral("not a registry.pol: the file does not start with \"PReg\""),
            QStringLiteral("Windows skips such a file entirely"));
        return result;
    }
    const std::uint32_t version = qFromLittleEndian<std::uint32_t>(bytes.constData() + 4);
    if (version != kVersion) {
        result.findings << fileFinding(
            code::PolBadHeader, Severity::Error, fileName, 4,
            QStringLiteral("registry.pol version %1 is not supported (only 1 exists)").arg(version));
        return result;
    }

    PolCursor cur(bytes, fileName, result.findings);
    while (!cur.atEnd()) {
        const qint64 start = cur.offset();
        PolRecord r;
        std::uint32_t size = 0;
        if (!cur.expectChar(u'[', "record start") || !cur.readString(r.key, "key path") ||
            !cur.expectChar(u';', "separator after the key") || !cur.readString(r.valueName, "value name") ||
            !cur.expectChar(u';', "separator after the value name") || !cur.readU32(r.type, "type") ||
            !cur.expectChar(u';', "separator after the type") || !cur.readU32(size, "size") ||
            !cur.expectChar(u';', "separator after the size"))
            return result;
        if (size > kMaxPolDataSize) {
            result.findings << fileFinding(
                code::PolSizeTooLarge, Severity::Error, fileName, cur.offset() - 6,
                QStringLiteral("record for [%1] '%2' announces %3 bytes of data; the "
                               "format allows at most 65535")
                    .arg(r.key, r.valueName)
                    .arg(size));
            return result;
        }
        if (!cur.readBytes(r.data, size, "value data") || !cur.expectChar(u']', "record end"))
            return result;
        if (r.key.isEmpty())
            result.findings << fileFinding(code::PolBadString, Severity::Warning, fileName, start,
                                           QStringLiteral("a record has an empty key path"));
        if (r.isString() && (size % 2 != 0 || (size >= 2 && !r.data.endsWith(QByteArray(2, '\0')))))
            result.findings << fileFinding(
                code::PolOddValueData, Severity::Warning, fileName, start,
                QStringLiteral("string value [%1] '%2' is not NUL-terminated UTF-16 "
                               "(%3 bytes)")
                    .arg(r.key, r.valueName)
                    .arg(size),
                QStringLiteral("kept unchanged"));
        result.records << r;
        result.recordOffsets << start;
    }
    result.ok = true;
    return result;
}

QByteArray writeRegistryPol(const QList<PolRecord> &records, Findings *findings)
{
    QByteArray out(kSignature, 4);
    appendU32(out, kVersion);
    for (const PolRecord &r : records) {
        QString refusal;
        if (r.key.isEmpty())
            refusal = QStringLiteral("the key path is empty");
        else if (r.key.contains(QChar(0)) || r.valueName.contains(QChar(0)))
            refusal = QStringLiteral("the key or value name contains a NUL character");
        else if (r.data.size() > qsizetype(kMaxPolDataSize))
            refusal =
                QStringLiteral("the data is %1 bytes; registry.pol allows at most 65535 (a rule string must "
                               "stay at 32,766 characters or fewer)")
                    .arg(r.data.size());
        if (!refusal.isEmpty()) {
            if (findings)
                *findings << objectFinding(code::PolWriteRefused, Severity::Error,
                                           QStringLiteral("[%1] '%2'").arg(r.key, r.valueName),
                                           QStringLiteral("registry.pol not written: %1").arg(refusal));
            return {};
        }
        appendChar(out, u'[');
        appendUtf16(out, r.key);
        appendChar(out, 0);
        appendChar(out, u';');
        appendUtf16(out, r.valueName);
        appendChar(out, 0);
        appendChar(out, u';');
        appendU32(out, r.type);
        appendChar(out, u';');
        appendU32(out, std::uint32_t(r.data.size()));
        appendChar(out, u';');
        out.append(r.data);
        appendChar(out, u']');
    }
    return out;
}

QString describeRecord(const PolRecord &r)
{
    QString data;
    if (const auto d = r.dword(); d && r.type == regtype::Dword)
        data = QStringLiteral("dword:%1").arg(*d);
    else if (r.isString())
        data = QLatin1Char('\'') + r.text() + QLatin1Char('\'');
    else if (!r.data.isEmpty())
        data = QString::fromLatin1(r.data.toHex(' '));
    return QStringLiteral("[%1] '%2' type=%3 size=%4 %5")
        .arg(r.key, r.valueName)
        .arg(r.type)
        .arg(r.data.size())
        .arg(data);
}

} // namespace ipsec::gpo
