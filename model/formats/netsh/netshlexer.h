// Turning script bytes into netsh commands: decoding, physical and logical lines (`^` continuations),
// the cmd.exe layer of batch files (variables, `%%`, carets, `&`, redirections) and the netsh tokens
// (`tag=value`, quotes, `tag = value`). Every piece keeps its line and column for findings.
#pragma once

#include "core/finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QVarLengthArray>
#include <optional>

namespace ipsec::netsh {

// Q14: the legacy code pages tried, in order, when a script has no BOM and is not valid UTF-8. GBK
// (CP936) is seen in real scripts; windows-1252 accepts any byte and so comes last.
QStringList legacyFallbackEncodings();

struct DecodedScript {
    QString text;
    // Valid UTF-8 (the usual script) is not decoded here: `utf8` is the script's bytes after any BOM, read
    // and decoded a line at a time (LogicalLineReader), and `text` stays empty. Saves a UTF-16 copy of the
    // whole script (60 MB for 100,000 filters) and its time before the first line.
    QByteArrayView utf8;
    bool lineByLine = false;
    QString encoding; // the encoding used, e.g. "UTF-8", "UTF-16LE", "GBK"
    Findings findings;
    bool ok = false;
};

// BOM (UTF-8, UTF-16LE/BE) first; then `encoding` when given; else strict UTF-8; else the legacy code
// pages with a warning. `file` only labels the findings. A result `lineByLine` views `bytes`.
DecodedScript decodeScript(const QByteArray &bytes, const QString &encoding, const QString &file);

// One logical line: physical lines joined where one ends with an unquoted `^`. `position()` maps an
// offset in `text` back to the physical line and column.
struct LogicalLine {
    QString text;
    int firstLine = 0;
    struct Segment {
        qsizetype offset; // where this physical line starts in `text`
        int line;         // 1-based
        int columnBase;   // 1-based column of text[offset] in that line
    };
    QVarLengthArray<Segment, 1> segments; // nearly every line is one physical line: no allocation

    std::pair<int, int> position(qsizetype offset) const; // (line, column), both 1-based
};

// The logical lines of a script, one at a time, into one reused LogicalLine (a script of 100,000 filters has
// 200,000 lines: a string of its own for each was a fifth of the import, in allocations and fresh pages).
class LogicalLineReader {
public:
    explicit LogicalLineReader(QStringView text) : m_text(text), m_size(text.size()) {}
    // Valid UTF-8 (decodeScript's `utf8`), each physical line decoded as it is read: the lines are the
    // ones the decoded text gives.
    explicit LogicalLineReader(QByteArrayView utf8);
    // The next line into `line` (its text's capacity is reused); false at the end of the text.
    bool next(LogicalLine &line);
    bool atEnd() const { return m_at >= m_size; }
    // Code units read so far (characters, or bytes of UTF-8 read line by line), of size(): for progress.
    qsizetype position() const { return m_at; }
    qsizetype size() const { return m_size; }

private:
    template <typename Unit> bool nextIn(const Unit *text, LogicalLine &line);
    void append(QString &out, const char16_t *from, qsizetype count);
    void append(QString &out, const char *from, qsizetype count);

    QStringView m_text;
    QByteArrayView m_utf8;
    QStringDecoder m_decoder;
    qsizetype m_size = 0;
    qsizetype m_at = 0;
    int m_lineNumber = 0;
    bool m_isUtf8 = false;
};

// A netsh token: one word of a command, quotes removed. `equals` is the index in `text` of the first `=`
// that was outside quotes, or -1 when the token is an untagged value. `text` is a view into the `words` of
// the TokenizeResult it came from and lives as long as that result: a command's tokens share one string, so
// handing a command from the lexing thread to the interpreter costs one string, not one per word
// (docs/performance.md, "Fifth machine, session 10"). What outlives the command is copied (value()).
struct Token {
    QStringView text;
    qsizetype equals = -1;
    qsizetype offset = 0; // in the logical line
    bool quoted = false;  // some part of it was quoted

    QStringView tag() const { return equals < 0 ? QStringView() : text.left(equals); }
    QString value() const { return (equals < 0 ? text : text.sliced(equals + 1)).toString(); }
};

struct TokenizeResult {
    QString words; // the tokens' texts one after another; written once, never changed after
    QList<Token> tokens;
    bool unterminatedQuote = false;
    qsizetype quoteOffset = -1;
    bool spacedEquals = false; // `tag = value` was joined (Q9)
    qsizetype spacedOffset = -1;
};

// Splits `text[from, to)` on blanks outside quotes; joins `tag = value`, `tag= value` and `tag =value`.
// Backslashes are literal (the reader does not apply the C runtime's `\"` rule, Q69).
TokenizeResult tokenize(const QString &text, qsizetype from = 0, qsizetype to = -1);

// ---- the cmd.exe layer ----

// One command of a batch line after cmd.exe's processing: `%VAR%` expanded, `%%` made `%`, carets outside
// quotes removed, split at unquoted `&`, `&&`, `||`, `|`, redirections removed. Offsets refer to the
// expanded text; `sourceOffset` maps them back approximately (to the start of the command).
struct BatchCommand {
    QString text;
    qsizetype sourceOffset = 0;
};

struct BatchLine {
    QList<BatchCommand> commands;
    QStringList undefinedVariables; // %1, %~dp0, %UNSET%: the line cannot be read as written
    bool redirectionsRemoved = false;
    bool piped = false;
};

// `variables` are the `set NAME=value` assignments seen so far (names upper-case).
BatchLine applyCmdLayer(const QString &line, const QHash<QString, QString> &variables);

// The first word of a line for batch-noise recognition: `echo.` gives "echo", `@rem` gives "rem".
QString firstBatchWord(const QString &line);

// `set NAME=value` / `set "NAME=value"`: the assignment, or nullopt when the line is not one.
std::optional<std::pair<QString, QString>> parseSetAssignment(const QString &line);

} // namespace ipsec::netsh
