#include "ldif.h"

#include "gpipsecfindings.h"

#include <QStringDecoder>
#include <cstring>

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

struct LogicalLine {
    QByteArray text;
    int number = 0;
};

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

// Splits into logical lines: unfolds continuation lines, drops comments, keeps empty lines as separators.
QList<LogicalLine> logicalLines(const QByteArray &utf8)
{
    QList<LogicalLine> out;
    bool inComment = false;
    int number = 0;
    // Physical lines are views into the text (no list of copies); only logical lines are kept.
    const QByteArrayView text(utf8);
    for (qsizetype at = 0; at <= text.size();) {
        const qsizetype end = text.indexOf('\n', at);
        const qsizetype stop = end < 0 ? text.size() : end;
        QByteArrayView raw = text.sliced(at, stop - at);
        at = stop + 1;
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.startsWith(' ')) { // continuation of the previous line
            if (inComment)
                continue;
            if (!out.isEmpty() && !out.last().text.isEmpty())
                out.last().text.append(raw.sliced(1));
            continue;
        }
        inComment = raw.startsWith('#');
        if (inComment)
            continue;
        out.append(LogicalLine{raw.toByteArray(), number});
    }
    return out;
}

Location lineLocation(const QString &file, int line)
{
    Location l;
    l.file = file;
    l.line = line;
    return l;
}

struct ParsedLine {
    QString name;
    QByteArray value;
    bool invalidBase64 = false;
};

std::optional<ParsedLine> parseLine(const LogicalLine &l, const QString &file, Findings &findings)
{
    const qsizetype colon = l.text.indexOf(':');
    if (colon <= 0) {
        findings.append(makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, l.number),
                                    QStringLiteral("line %1 is not 'attribute: value'").arg(l.number)));
        return std::nullopt;
    }
    ParsedLine p;
    p.name = QString::fromUtf8(l.text.left(colon)).trimmed();
    if (const qsizetype semicolon = p.name.indexOf(QLatin1Char(';')); semicolon >= 0)
        p.name.truncate(semicolon); // attribute options such as ;binary
    QByteArrayView rest = QByteArrayView(l.text).sliced(colon + 1);
    if (rest.startsWith(':')) {
        const auto decoded = QByteArray::fromBase64Encoding(rest.sliced(1).trimmed().toByteArray(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            p.invalidBase64 = true;
            return p;
        }
        p.value = *decoded;
    } else if (rest.startsWith('<')) {
        findings.append(makeFinding(
            code::LdifSyntax, Severity::Error, lineLocation(file, l.number),
            QStringLiteral("line %1: URL values ('%2:<') are not read").arg(l.number).arg(p.name)));
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
std::optional<LdifRecord> parseRecord(const QList<LogicalLine> &lines, const QString &file,
                                      Findings &findings)
{
    QList<ParsedLine> parsed;
    for (const LogicalLine &l : lines) {
        auto p = parseLine(l, file, findings);
        if (!p)
            return std::nullopt;
        parsed.append(*p);
    }
    LdifRecord r;
    r.line = lines.first().number;
    for (qsizetype k = 0; k < parsed.size(); ++k)
        if (parsed[k].invalidBase64)
            r.valueProblems.append(makeFinding(code::LdifBase64, Severity::Error,
                                               lineLocation(file, lines[k].number),
                                               QStringLiteral("line %1: the base64 value of '%2' is invalid")
                                                   .arg(lines[k].number)
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
                                        lineLocation(file, lines[i].number),
                                        QStringLiteral("line %1: unknown changetype '%2'")
                                            .arg(lines[i].number)
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
                makeFinding(code::LdifSyntax, Severity::Error, lineLocation(file, lines[i].number),
                            QStringLiteral("line %1: expected add:, replace: or delete: in a modify "
                                           "record")
                                .arg(lines[i].number)));
            return std::nullopt;
        }
        LdifModification m;
        m.operation = *op;
        m.attribute = QString::fromUtf8(parsed[i].value).trimmed();
        ++i;
        while (i < parsed.size() && parsed[i].name != u"-") {
            if (parsed[i].name.compare(m.attribute, Qt::CaseInsensitive) != 0) {
                findings.append(makeFinding(code::LdifSyntax, Severity::Error,
                                            lineLocation(file, lines[i].number),
                                            QStringLiteral("line %1: '%2' inside a change of '%3'")
                                                .arg(lines[i].number)
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
    // "-" alone ends a modification: parseLine would refuse it, so it is turned into a marker line first.
    QList<LogicalLine> lines = logicalLines(toUtf8(bytes));
    QList<LogicalLine> current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        if (current.first().text.startsWith("version:") && current.size() == 1) {
            current.clear();
            return;
        }
        if (current.first().text.startsWith("version:"))
            current.removeFirst();
        if (auto r = parseRecord(current, fileName, result.findings))
            result.records.append(std::move(*r));
        current.clear();
    };
    for (LogicalLine &l : lines) {
        if (l.text.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (l.text.trimmed() == "-")
            l.text = "-:";
        current.append(l);
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
