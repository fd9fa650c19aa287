#include "netshlexer.h"

#include "core/largetext.h"
#include "netshfindings.h"

#include <QStringDecoder>
#include <QVarLengthArray>

namespace ipsec::netsh {

QStringList legacyFallbackEncodings()
{
    return {QStringLiteral("GBK"), QStringLiteral("windows-1252")};
}

namespace {

Finding decodingFinding(const QString &code, Severity severity, const QString &file, const QString &message,
                        const QString &hint = {})
{
    Location where;
    where.file = file;
    return Finding{code, severity, where, message, hint};
}

// Decodes strictly; nullopt when the bytes are not valid in that encoding.
std::optional<QString> decodeStrict(const QByteArray &bytes, QStringDecoder &decoder)
{
    QString text = decodeLarge(decoder, bytes); // a 100,000-filter script is 60 MB of UTF-16
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// UTF-16 without a BOM shows as a NUL in most odd (LE) or even (BE) bytes of ASCII-heavy text.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0')
            ++(i % 2 ? oddNul : evenNul);
    const qsizetype pairs = bytes.size() / 2;
    if (oddNul * 10 > pairs * 7 && evenNul * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenNul * 10 > pairs * 7 && oddNul * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

DecodedScript decodeScript(const QByteArray &bytes, const QString &encoding, const QString &file)
{
    DecodedScript out;
    const auto decodeWith = [&](QStringDecoder decoder, const QByteArray &data, const QString &name) {
        out.text = decoder.decode(data);
        out.encoding = name;
        out.ok = true;
        if (decoder.hasError())
            out.findings << decodingFinding(
                code::DecodingReplaced, Severity::Warning, file,
                QStringLiteral("some bytes are not valid %1 and were replaced with U+FFFD").arg(name),
                QStringLiteral("choose the script's real encoding with --encoding"));
    };

    // Valid UTF-8 is read line by line (see DecodedScript). Not after two BOMs: the decoder would drop the
    // second as well, where a line's decoder keeps it.
    const auto readLineByLine = [&out](QByteArrayView utf8) {
        out.utf8 = utf8;
        out.lineByLine = true;
        out.encoding = QStringLiteral("UTF-8");
        out.ok = true;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView rest = QByteArrayView(bytes).sliced(3);
        if (rest.isValidUtf8() && !rest.startsWith("\xEF\xBB\xBF")) {
            readLineByLine(rest);
            return out;
        }
        decodeWith(QStringDecoder(QStringConverter::Utf8), bytes.mid(3), QStringLiteral("UTF-8"));
        return out;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        decodeWith(QStringDecoder(QStringConverter::Utf16LE), bytes.mid(2), QStringLiteral("UTF-16LE"));
        return out;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        decodeWith(QStringDecoder(QStringConverter::Utf16BE), bytes.mid(2), QStringLiteral("UTF-16BE"));
        return out;
    }
    if (!encoding.isEmpty()) {
        QStringDecoder chosen(encoding.toLatin1().constData());
        if (!chosen.isValid()) {
            out.findings << decodingFinding(
                code::Undecodable, Severity::Error, file,
                QStringLiteral("unknown encoding \"%1\"").arg(encoding),
                QStringLiteral("use a name such as UTF-8, GBK, windows-1252, IBM850"));
            return out;
        }
        decodeWith(std::move(chosen), bytes, encoding);
        return out;
    }
    if (const auto utf16 = guessBomlessUtf16(bytes)) {
        const QString name =
            *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        decodeWith(QStringDecoder(*utf16), bytes, name);
        out.findings << decodingFinding(
            code::EncodingGuessed, Severity::Warning, file,
            QStringLiteral("the script has no byte order mark; read as %1").arg(name),
            QStringLiteral("pass --encoding if this is wrong"));
        return out;
    }
    if (QByteArrayView(bytes).isValidUtf8()) {
        readLineByLine(bytes);
        return out;
    }
    for (const QString &name : legacyFallbackEncodings()) {
        QStringDecoder legacy(name.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!legacy.isValid())
            continue;
        if (auto text = decodeStrict(bytes, legacy)) {
            out.text = *text;
            out.encoding = name;
            out.ok = true;
            out.findings << decodingFinding(
                code::EncodingGuessed, Severity::Warning, file,
                QStringLiteral("the script is not UTF-8 and has no byte order mark; read it as %1 (Q14)")
                    .arg(name),
                QStringLiteral("check the non-ASCII names; pass --encoding to choose another code page"));
            return out;
        }
    }
    out.findings << decodingFinding(
        code::Undecodable, Severity::Error, file,
        QStringLiteral("the script is not text in UTF-8 or any fallback code page"),
        QStringLiteral("pass --encoding"));
    return out;
}

// ---- lines ----

std::pair<int, int> LogicalLine::position(qsizetype offset) const
{
    const Segment *seg = &segments.first();
    for (const Segment &s : segments)
        if (s.offset <= offset)
            seg = &s;
    return {seg->line, seg->columnBase + static_cast<int>(offset - seg->offset)};
}

// A line's decoder: stateless, since lines end at ASCII bytes, and keeping a U+FEFF that starts a line, as
// the decoder of the whole text does (only the script's own BOM is dropped, by decodeScript).
LogicalLineReader::LogicalLineReader(QByteArrayView utf8)
    : m_utf8(utf8), m_decoder(QStringConverter::Utf8,
                              QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom),
      m_size(utf8.size()), m_isUtf8(true)
{}

void LogicalLineReader::append(QString &out, const char16_t *from, qsizetype count)
{
    out.append(QStringView(from, count));
}

void LogicalLineReader::append(QString &out, const char *from, qsizetype count)
{
    const qsizetype start = out.size();
    out.resize(start + count); // UTF-8 gives at most one UTF-16 unit per byte
    QChar *end = m_decoder.appendToBuffer(out.data() + start, QByteArrayView(from, count));
    out.truncate(end - out.constData());
}

bool LogicalLineReader::next(LogicalLine &current)
{
    return m_isUtf8 ? nextIn(m_utf8.data(), current) : nextIn(m_text.utf16(), current);
}

// Line ends, quotes and carets are ASCII, which UTF-8 never uses inside a longer sequence: the same scan
// serves UTF-16 text and UTF-8 bytes.
template <typename Unit> bool LogicalLineReader::nextIn(const Unit *text, LogicalLine &current)
{
    if (m_at >= m_size)
        return false;
    current.text.resize(0); // keeps its capacity: no allocation per line
    current.segments.clear();
    bool quoted = false;
    bool continuing = false;
    current.firstLine = m_lineNumber + 1;
    while (m_at < m_size) {
        qsizetype end = m_at;
        while (end < m_size && text[end] != '\n' && text[end] != '\r')
            ++end;
        const Unit *physical = text + m_at;
        const qsizetype length = end - m_at;
        ++m_lineNumber;
        current.segments.append({current.text.size(), m_lineNumber, 1});
        // cmd.exe: an unquoted caret escapes the next character; one at the very end joins the next line.
        bool escaped = false;
        bool endsWithCaret = false;
        for (qsizetype i = 0; i < length; ++i) {
            const Unit c = physical[i];
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == '"')
                quoted = !quoted;
            else if (c == '^' && !quoted) {
                escaped = true;
                endsWithCaret = i == length - 1;
            }
        }
        append(current.text, physical, endsWithCaret ? length - 1 : length);
        continuing = endsWithCaret;
        m_at = end;
        if (m_at < m_size)
            m_at += (text[m_at] == '\r' && m_at + 1 < m_size && text[m_at + 1] == '\n') ? 2 : 1;
        if (!continuing)
            break;
    }
    return true;
}

// ---- netsh tokens ----

TokenizeResult tokenize(const QString &text, qsizetype from, qsizetype to)
{
    if (to < 0 || to > text.size())
        to = text.size();
    TokenizeResult result;
    // A word's text, quotes removed, is appended to `words`: the words never add characters, so the string
    // is reserved once and the tokens' views made when it is complete.
    struct Raw {
        qsizetype start = 0; // in `words`
        qsizetype length = 0;
        qsizetype offset = 0; // in the logical line
        qsizetype equals = -1;
        bool quoted = false;
        bool bareEquals = false;     // exactly `=`, unquoted
        bool endsWithEquals = false; // `tag=` with the `=` unquoted and last
        bool startsWithEquals = false;
    };
    QString &words = result.words;
    words.reserve(to - from);
    QVarLengthArray<Raw, 16> raws;
    const QStringView all(text);
    qsizetype i = from;
    while (i < to) {
        while (i < to && (text[i] == u' ' || text[i] == u'\t'))
            ++i;
        if (i >= to)
            break;
        Raw raw;
        raw.offset = i;
        raw.start = words.size();
        bool quoted = false;
        qsizetype quoteStart = -1;
        bool lastCharUnquotedEquals = false;
        // The word is copied in runs between quotes (one copy per run, not one append per character);
        // `runStart` is where the current run began.
        qsizetype runStart = i;
        while (i < to && (quoted || (text[i] != u' ' && text[i] != u'\t'))) {
            const QChar c = text[i];
            if (c == u'"') {
                words += all.sliced(runStart, i - runStart);
                runStart = i + 1;
                quoted = !quoted;
                raw.quoted = true;
                quoteStart = i;
                lastCharUnquotedEquals = false;
            } else {
                if (c == u'=' && !quoted && words.size() == raw.start && i == runStart)
                    raw.startsWithEquals = true;
                lastCharUnquotedEquals = c == u'=' && !quoted;
            }
            ++i;
        }
        words += all.sliced(runStart, i - runStart);
        if (quoted) {
            result.unterminatedQuote = true;
            result.quoteOffset = quoteStart;
        }
        raw.length = words.size() - raw.start;
        const QStringView word = QStringView(words).sliced(raw.start, raw.length);
        raw.endsWithEquals = lastCharUnquotedEquals;
        raw.bareEquals = word == u"=" && !raw.quoted;
        raw.equals = word.indexOf(u'=');
        raws.append(raw);
    }
    // Join `tag = value`, `tag= value`, `tag =value` (Q9: seen in real scripts, accepted with a warning).
    // Joined words follow each other in `words`, so a join only lengthens the first.
    QVarLengthArray<Raw, 16> joined;
    for (qsizetype k = 0; k < raws.size(); ++k) {
        Raw r = raws[k];
        const bool prevUntagged = !joined.isEmpty() && joined.back().equals < 0;
        if ((r.bareEquals || r.startsWithEquals) && prevUntagged && !joined.back().quoted) {
            Raw &prev = joined.back();
            prev.equals = prev.length;
            prev.length += r.length;
            prev.quoted = prev.quoted || r.quoted;
            if (!result.spacedEquals)
                result.spacedOffset = r.offset;
            result.spacedEquals = true;
            if (r.bareEquals && k + 1 < raws.size() && raws[k + 1].equals < 0) {
                prev.length += raws[k + 1].length;
                prev.quoted = prev.quoted || raws[k + 1].quoted;
                ++k;
            }
            continue;
        }
        if (r.endsWithEquals && r.equals == r.length - 1 && k + 1 < raws.size() && raws[k + 1].equals < 0 &&
            !raws[k + 1].bareEquals) {
            r.length += raws[k + 1].length;
            r.quoted = r.quoted || raws[k + 1].quoted;
            if (!result.spacedEquals)
                result.spacedOffset = raws[k + 1].offset;
            result.spacedEquals = true;
            ++k;
        }
        joined.append(r);
    }
    result.tokens.resize(joined.size()); // then written in place: QList's append is a general insert
    Token *token = result.tokens.data();
    for (const Raw &r : joined)
        *token++ = {QStringView(words).sliced(r.start, r.length), r.equals, r.offset, r.quoted};
    return result;
}

// ---- the cmd.exe layer ----

QString firstBatchWord(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t' || line[i] == u'@'))
        ++i;
    if (QStringView(line).mid(i, 2) == u"::")
        return QStringLiteral("::");
    if (i < line.size() && line[i] == u':')
        return QStringLiteral(":");
    const qsizetype start = i;
    // What ends cmd.exe's first word (asked of every character of it, on every line of the script)
    const auto endsWord = [](QChar c) {
        switch (c.unicode()) {
        case u' ':
        case u'\t':
        case u'.':
        case u',':
        case u';':
        case u'=':
        case u'(':
        case u'/':
        case u'+':
        case u'[':
        case u']':
        case u'"':
            return true;
        default:
            return false;
        }
    };
    while (i < line.size() && !endsWord(line[i]))
        ++i;
    return line.mid(start, i - start).toLower();
}

std::optional<std::pair<QString, QString>> parseSetAssignment(const QString &line)
{
    QString rest = line.trimmed();
    while (rest.startsWith(u'@'))
        rest.remove(0, 1);
    if (!rest.startsWith(u"set", Qt::CaseInsensitive) || rest.size() < 4 || !rest[3].isSpace())
        return std::nullopt;
    rest = rest.mid(4).trimmed();
    if (rest.startsWith(u'/'))
        return std::nullopt; // set /a, set /p: computed or prompted, not a plain value
    if (rest.startsWith(u'"')) {
        const qsizetype close = rest.lastIndexOf(u'"');
        rest = close > 0 ? rest.mid(1, close - 1) : rest.mid(1);
    }
    const qsizetype eq = rest.indexOf(u'=');
    if (eq <= 0 || rest.left(eq).contains(u' ') || rest.left(eq).contains(u'\t'))
        return std::nullopt; // `set store location=local` is netsh's, not a variable
    return std::pair{rest.left(eq).toUpper(), rest.mid(eq + 1)};
}

BatchLine applyCmdLayer(const QString &line, const QHash<QString, QString> &variables)
{
    BatchLine out;
    // Most lines have nothing for cmd.exe to do: skip the character-by-character passes.
    const auto isSpecial = [](QChar c) {
        switch (c.unicode()) {
        case u'%':
        case u'^':
        case u'&':
        case u'|':
        case u'<':
        case u'>':
            return true;
        default:
            return false;
        }
    };
    if (std::none_of(line.cbegin(), line.cend(), isSpecial)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out.commands << BatchCommand{trimmed, line.indexOf(trimmed.front())};
        return out;
    }
    // Phase 1: percent expansion (inside quotes too). `map` keeps each output character's source offset.
    QString expanded;
    QList<qsizetype> map;
    for (qsizetype i = 0; i < line.size();) {
        if (line[i] != u'%') {
            expanded += line[i];
            map << i;
            ++i;
            continue;
        }
        if (i + 1 < line.size() && line[i + 1] == u'%') {
            expanded += u'%';
            map << i;
            i += 2;
            continue;
        }
        if (i + 1 < line.size() && (line[i + 1].isDigit() || line[i + 1] == u'*' || line[i + 1] == u'~')) {
            qsizetype end = i + 2;
            if (line[i + 1] == u'~')
                while (end < line.size() && (line[end].isLetter() || line[end] == u'$' || line[end] == u':'))
                    ++end;
            out.undefinedVariables << line.mid(i, end - i);
            i = end;
            continue;
        }
        const qsizetype close = line.indexOf(u'%', i + 1);
        if (close < 0) { // a lone percent sign vanishes in a batch file
            ++i;
            continue;
        }
        const QString name = line.mid(i + 1, close - i - 1);
        const auto found = variables.constFind(name.toUpper());
        if (found == variables.cend() || name.contains(u' '))
            out.undefinedVariables << line.mid(i, close - i + 1);
        else
            for (const QChar c : *found) {
                expanded += c;
                map << i;
            }
        i = close + 1;
    }
    map << line.size();

    // Phase 2: carets, quotes, command separators and redirections.
    BatchCommand current;
    QString &text = current.text;
    bool quoted = false;
    bool started = false;
    const auto finish = [&] {
        current.text = current.text.trimmed();
        if (!current.text.isEmpty())
            out.commands << current;
        current = BatchCommand();
        started = false;
    };
    for (qsizetype i = 0; i < expanded.size(); ++i) {
        const QChar c = expanded[i];
        if (!started && !c.isSpace()) {
            current.sourceOffset = map[i];
            started = true;
        }
        if (quoted) {
            if (c == u'"')
                quoted = false;
            text += c;
            continue;
        }
        if (c == u'^') {
            if (i + 1 < expanded.size())
                text += expanded[++i];
            continue;
        }
        if (c == u'"') {
            quoted = true;
            text += c;
            continue;
        }
        if (c == u'&' || c == u'|') {
            if (c == u'|' && !(i + 1 < expanded.size() && expanded[i + 1] == u'|'))
                out.piped = true;
            if (i + 1 < expanded.size() && expanded[i + 1] == c)
                ++i;
            finish();
            continue;
        }
        if (c == u'>' || c == u'<') {
            out.redirectionsRemoved = true;
            // A handle number right before the operator belongs to it (`2>nul`).
            if (!text.isEmpty() && text.back().isDigit() &&
                (text.size() == 1 || text[text.size() - 2].isSpace()))
                text.chop(1);
            while (i + 1 < expanded.size() && (expanded[i + 1] == u'>' || expanded[i + 1] == u'<'))
                ++i;
            if (i + 2 < expanded.size() && expanded[i + 1] == u'&' && expanded[i + 2].isDigit()) {
                i += 2;
                continue;
            }
            while (i + 1 < expanded.size() && expanded[i + 1].isSpace())
                ++i;
            bool targetQuoted = false;
            while (i + 1 < expanded.size() && (targetQuoted || !expanded[i + 1].isSpace())) {
                if (!targetQuoted && (expanded[i + 1] == u'&' || expanded[i + 1] == u'|'))
                    break;
                if (expanded[i + 1] == u'"')
                    targetQuoted = !targetQuoted;
                ++i;
            }
            continue;
        }
        text += c;
    }
    finish();
    return out;
}

} // namespace ipsec::netsh
