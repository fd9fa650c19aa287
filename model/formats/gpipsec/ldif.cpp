#include "ldif.h"

#include "gpipsecfindings.h"

#include <QStringDecoder>
#include <array>
#include <cstring>
#include <optional>

namespace ipsec::gpipsec {

QList<QByteArray> LdifRecord::values(const QString &attribute) const
{
    QList<QByteArray> out;
    for (const LdifAttribute &a : attributes)
        if (a.name.compare(attribute, Qt::CaseInsensitive) == 0)
            out.append(a.value);
    return out;
}

namespace {

constexpr int kFoldWidth = 76;

QByteArray toUtf8(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return QString(decoder(bytes.mid(2))).toUtf8();
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    return bytes;
}

// The physical lines of a text, one at a time, without their "\n" or "\r\n".
class PhysicalLines {
public:
    explicit PhysicalLines(QByteArrayView text) : m_text(text) { find(); }
    bool atEnd() const { return m_at > m_text.size(); }
    QByteArrayView current() const { return m_line; }
    int number() const { return m_number; } // of the current line, 1-based
    void skip()
    {
        m_at = m_next;
        ++m_number;
        find();
    }

private:
    void find()
    {
        if (atEnd())
            return;
        const qsizetype end = m_text.indexOf('\n', m_at);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        m_line = m_text.sliced(m_at, stop - m_at);
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        m_next = stop + 1;
    }

    QByteArrayView m_text;
    QByteArrayView m_line;
    qsizetype m_at = 0;
    qsizetype m_next = 0;
    int m_number = 1;
};

// The logical lines of a text, one at a time: folded lines are unfolded, comments (and their folds) dropped,
// empty lines kept as record separators. A line that is not folded is a view into the text; a folded one is
// joined into one buffer that the next line reuses (the ipsecData values of a large store are folded over
// hundreds of lines each, and a buffer per line was a fifth of the import). A view is valid until the next
// call.
class LogicalLines {
public:
    explicit LogicalLines(QByteArrayView text) : m_lines(text) {}

    bool next(QByteArrayView &line, int &number)
    {
        while (!m_lines.atEnd()) {
            const QByteArrayView first = m_lines.current();
            number = m_lines.number();
            m_lines.skip();
            // Comments are dropped with their continuations; so are continuations of an empty line or of
            // nothing (a file that starts with a space).
            const bool kept = !first.startsWith('#') && !first.startsWith(' ');
            const bool joins = kept && !first.isEmpty();
            bool folded = false;
            for (; !m_lines.atEnd() && m_lines.current().startsWith(' '); m_lines.skip()) {
                if (!joins)
                    continue;
                if (!folded) {
                    m_joined.resize(0); // keeps its capacity: no fresh pages for the next folded line
                    m_joined += first;
                }
                m_joined += m_lines.current().sliced(1);
                folded = true;
            }
            if (!kept)
                continue;
            line = folded ? QByteArrayView(m_joined) : first;
            return true;
        }
        return false;
    }

private:
    PhysicalLines m_lines;
    QByteArray m_joined;
};

Location lineLocation(const QString &file, int line)
{
    Location l;
    l.file = file;
    l.line = line;
    return l;
}

// What QByteArray::fromBase64Encoding gives with AbortOnBase64DecodingErrors, without its copy of the input:
// canonical base64 (whole quartets, padding only at the end, no stray bits), which is what ldifde and this
// writer produce, is decoded here through a table; anything else is left to Qt, so the result is always Qt's.
std::optional<QByteArray> base64Value(QByteArrayView text)
{
    static constexpr auto kValues = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        return t;
    }();
    const auto slow = [text]() -> std::optional<QByteArray> {
        auto decoded =
            QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return std::move(*decoded);
    };
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return slow();
    const int padding = n == 0 ? 0 : text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    QByteArray out(n / 4 * 3 - padding, Qt::Uninitialized);
    char *next = out.data();
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    for (qsizetype i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        const int a = kValues[in[i]];
        const int b = kValues[in[i + 1]];
        const int c = last && padding == 2 ? 0 : kValues[in[i + 2]];
        const int d = last && padding >= 1 ? 0 : kValues[in[i + 3]];
        if ((a | b | c | d) < 0)
            return slow();
        const std::uint32_t quartet =
            (std::uint32_t(a) << 18) | (std::uint32_t(b) << 12) | (std::uint32_t(c) << 6) | std::uint32_t(d);
        if (last && padding > 0) {
            if ((padding == 2 ? quartet & 0xFFFF : quartet & 0xFF) != 0)
                return slow(); // stray bits below the padding
            *next++ = char(quartet >> 16);
            if (padding == 1)
                *next++ = char(quartet >> 8);
            break;
        }
        *next++ = char(quartet >> 16);
        *next++ = char(quartet >> 8);
        *next++ = char(quartet);
    }
    return out;
}

struct ParsedLine {
    QString name;
    QByteArray value;
    int number = 0; // of the line's first physical line
    bool invalidBase64 = false;
};

std::optional<ParsedLine> parseLine(QByteArrayView text, int number, const QString &file, Findings &findings)
{
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0) {
        findings.append(makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, number),
                                    QStringLiteral("line %1 is not 'attribute: value'").arg(number)));
        return std::nullopt;
    }
    ParsedLine p;
    p.number = number;
    p.name = QString::fromUtf8(text.first(colon)).trimmed();
    if (const qsizetype semicolon = p.name.indexOf(QLatin1Char(';')); semicolon >= 0)
        p.name.truncate(semicolon); // attribute options such as ;binary
    QByteArrayView rest = text.sliced(colon + 1);
    if (rest.startsWith(':')) {
        auto decoded = base64Value(rest.sliced(1).trimmed());
        if (!decoded) {
            p.invalidBase64 = true;
            return p;
        }
        p.value = std::move(*decoded);
    } else if (rest.startsWith('<')) {
        findings.append(
            makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, number),
                        QStringLiteral("line %1: URL values ('%2:<') are not read").arg(number).arg(p.name)));
        return std::nullopt;
    } else {
        while (rest.startsWith(' '))
            rest = rest.sliced(1);
        p.value = rest.toByteArray();
    }
    return p;
}

std::optional<LdifRecord::ChangeType> changeTypeOf(const QByteArray &v)
{
    const QByteArray t = v.trimmed().toLower();
    if (t == "add")
        return LdifRecord::ChangeType::Add;
    if (t == "modify")
        return LdifRecord::ChangeType::Modify;
    if (t == "delete")
        return LdifRecord::ChangeType::Delete;
    if (t == "modrdn" || t == "moddn")
        return LdifRecord::ChangeType::ModRdn;
    return std::nullopt;
}

std::optional<LdifModification::Operation> operationOf(const QString &name)
{
    if (name.compare(u"add", Qt::CaseInsensitive) == 0)
        return LdifModification::Operation::Add;
    if (name.compare(u"replace", Qt::CaseInsensitive) == 0)
        return LdifModification::Operation::Replace;
    if (name.compare(u"delete", Qt::CaseInsensitive) == 0)
        return LdifModification::Operation::Delete;
    return std::nullopt;
}

// One record from its lines (the first is the dn line). Returns nothing when the record is broken.
std::optional<LdifRecord> parseRecord(const QList<ParsedLine> &parsed, const QString &file,
                                      Findings &findings)
{
    LdifRecord r;
    r.line = parsed.first().number;
    for (qsizetype k = 0; k < parsed.size(); ++k)
        if (parsed[k].invalidBase64)
            r.valueProblems.append(makeFinding(code::LdifBase64, Severity::Error,
                                               lineLocation(file, parsed[k].number),
                                               QStringLiteral("line %1: the base64 value of '%2' is invalid")
                                                   .arg(parsed[k].number)
                                                   .arg(parsed[k].name)));
    if (parsed.first().name.compare(u"dn", Qt::CaseInsensitive) != 0) {
        findings.append(makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, r.line),
                                    QStringLiteral("line %1: a record must start with 'dn:'").arg(r.line)));
        return std::nullopt;
    }
    r.dn = QString::fromUtf8(parsed.first().value).trimmed();
    qsizetype i = 1;
    if (i < parsed.size() && parsed[i].name.compare(u"control", Qt::CaseInsensitive) == 0)
        ++i;
    if (i < parsed.size() && parsed[i].name.compare(u"changetype", Qt::CaseInsensitive) == 0) {
        const auto type = changeTypeOf(parsed[i].value);
        if (!type) {
            findings.append(makeFinding(code::LdifSyntax, Severity::Error,
                                        lineLocation(file, parsed[i].number),
                                        QStringLiteral("line %1: unknown changetype '%2'")
                                            .arg(parsed[i].number)
                                            .arg(QString::fromUtf8(parsed[i].value))));
            return std::nullopt;
        }
        r.changeType = *type;
        ++i;
    }
    if (r.changeType != LdifRecord::ChangeType::Modify) {
        for (; i < parsed.size(); ++i)
            r.attributes.append(LdifAttribute{parsed[i].name, parsed[i].value});
        return r;
    }
    // modify: "op: attribute", values, "-"
    while (i < parsed.size()) {
        const auto op = operationOf(parsed[i].name);
        if (!op) {
            findings.append(
                makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, parsed[i].number),
                            QStringLiteral("line %1: expected add:, replace: or delete: in a modify "
                                           "record")
                                .arg(parsed[i].number)));
            return std::nullopt;
        }
        LdifModification m;
        m.operation = *op;
        m.attribute = QString::fromUtf8(parsed[i].value).trimmed();
        ++i;
        while (i < parsed.size() && parsed[i].name != u"-") {
            if (parsed[i].name.compare(m.attribute, Qt::CaseInsensitive) != 0) {
                findings.append(makeFinding(code::LdifSyntax, Severity::Error,
                                            lineLocation(file, parsed[i].number),
                                            QStringLiteral("line %1: '%2' inside a change of '%3'")
                                                .arg(parsed[i].number)
                                                .arg(parsed[i].name, m.attribute)));
                return std::nullopt;
            }
            m.values.append(parsed[i].value);
            ++i;
        }
        ++i; // the "-"
        r.modifications.append(m);
    }
    return r;
}

} // namespace

LdifParseResult parseLdif(const QByteArray &bytes, const QString &fileName)
{
    LdifParseResult result;
    const QByteArray utf8 = toUtf8(bytes);
    LogicalLines lines(utf8);
    // Each line is parsed as it comes (its value decoded), so the unfolded text is never kept. A record
    // stops being parsed at its first broken line, which has given its finding.
    QList<ParsedLine> current;
    bool started = false;
    bool broken = false;
    auto flush = [&] {
        if (!current.isEmpty() && !broken)
            if (auto r = parseRecord(current, fileName, result.findings))
                result.records.append(std::move(*r));
        current.clear();
        started = false;
        broken = false;
    };
    QByteArrayView text;
    int number = 0;
    while (lines.next(text, number)) {
        const QByteArrayView trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        const bool first = !started;
        started = true;
        if (first && text.startsWith("version:"))
            continue; // a version line ("version: 1") where a record would start
        if (broken)
            continue;
        // "-" alone ends a modification: parseLine would refuse it, so it is read as a marker line.
        auto parsed =
            parseLine(trimmed == "-" ? QByteArrayView("-:") : text, number, fileName, result.findings);
        if (!parsed)
            broken = true;
        else
            current.append(std::move(*parsed));
    }
    flush();
    return result;
}

// ---- writing ----

namespace {

bool isSafeString(const QByteArray &v)
{
    if (v.isEmpty())
        return true;
    const auto first = static_cast<unsigned char>(v.front());
    if (first == ' ' || first == ':' || first == '<' || v.back() == ' ')
        return false;
    for (const char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u == '\n' || u == '\r' || u > 127)
            return false;
    }
    return true;
}

} // namespace

void LdifWriter::line(const QByteArray &text)
{
    // Fold: the first line holds kFoldWidth bytes, each continuation a space and kFoldWidth - 1 bytes.
    // The folded text is copied straight into the output, grown once per logical line.
    const qsizetype size = text.size();
    // ceil((size - kFoldWidth) / (kFoldWidth - 1)) continuation lines, each with a space and a line feed.
    const qsizetype continuations = size > kFoldWidth ? (size - 2) / (kFoldWidth - 1) : 0;
    qsizetype out = m_out.size();
    m_out.resize(out + size + 1 + continuations * 2);
    char *dst = m_out.data();
    qsizetype at = 0;
    qsizetype width = kFoldWidth;
    do {
        if (at > 0)
            dst[out++] = ' ';
        const qsizetype n = std::min(width, size - at);
        std::memcpy(dst + out, text.constData() + at, static_cast<std::size_t>(n));
        out += n;
        dst[out++] = '\n';
        at += width;
        width = kFoldWidth - 1;
    } while (at < size);
    Q_ASSERT(out == m_out.size());
}

void LdifWriter::endRecord()
{
    if (m_inRecord)
        m_out.append('\n');
    m_inRecord = false;
}

void LdifWriter::comment(const QString &text)
{
    endRecord();
    for (const QString &l : text.split(QLatin1Char('\n')))
        m_out.append("# " + l.toUtf8() + '\n');
    m_out.append('\n');
}

void LdifWriter::attribute(const QString &name, const QByteArray &value)
{
    if (isSafeString(value))
        line(name.toUtf8() + ": " + value);
    else
        line(name.toUtf8() + ":: " + value.toBase64());
}

void LdifWriter::beginAdd(const QString &dn)
{
    endRecord();
    attribute(QStringLiteral("dn"), dn.toUtf8());
    line("changetype: add");
    m_inRecord = true;
}

void LdifWriter::beginModify(const QString &dn)
{
    endRecord();
    attribute(QStringLiteral("dn"), dn.toUtf8());
    line("changetype: modify");
    m_inRecord = true;
}

void LdifWriter::modification(LdifModification::Operation operation, const QString &name,
                              const QList<QByteArray> &values)
{
    const char *op = operation == LdifModification::Operation::Add       ? "add"
                     : operation == LdifModification::Operation::Replace ? "replace"
                                                                         : "delete";
    line(QByteArray(op) + ": " + name.toUtf8());
    for (const QByteArray &v : values)
        attribute(name, v);
    line("-");
}

} // namespace ipsec::gpipsec
