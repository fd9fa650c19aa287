// The lexical half of the netsh import: each logical line of a script classified (noise, a batch variable,
// netsh commands, another shell command) and its commands tokenized, with nothing that depends on the
// store. The interpreter (netshinterpreter.h) takes the lines in order; a large script is lexed on a second
// thread while the interpreter runs (docs/performance.md, "The netsh import on two threads").
#pragma once

#include "netshlexer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace ipsec::netsh {

bool isNetshWord(QStringView word); // `netsh` or `netsh.exe`, in any case

// One netsh command of a line, tokenized.
struct LexedCommand {
    QString text;
    qsizetype offsetInLine = 0;
    bool prefixed = false; // starts with `netsh` (a batch file's line), not with the context or the verb
    TokenizeResult tokens;
};

struct LexedLine {
    enum class Kind : std::uint8_t {
        Ignored,            // blank, a comment, batch noise (`rem`, `echo`, ...), a `set NAME=value`
        Commands,           // netsh commands: `commands`, with `piped` when a pipe followed
        UndefinedVariables, // a netsh line using variables that have no value: `undefinedVariables`
        ShellCommand,       // a line that is no netsh command: `word`
    };
    LogicalLine line;
    Kind kind = Kind::Ignored;
    QString word;        // the line's first word
    qsizetype start = 0; // where `word` starts in the line
    bool piped = false;
    QStringList undefinedVariables;
    QList<LexedCommand> commands;
};

// The lines of a script, one at a time, each into a reused LexedLine. It keeps the batch variables that
// `set NAME=value` lines define, since they change how later lines read.
class ScriptLexer {
public:
    explicit ScriptLexer(QStringView text) : m_lines(text) {}
    explicit ScriptLexer(QByteArrayView utf8) : m_lines(utf8) {} // valid UTF-8, decoded line by line
    bool atEnd() const { return m_lines.atEnd(); }
    qsizetype position() const { return m_lines.position(); } // code units read so far, for progress
    qsizetype size() const { return m_lines.size(); }
    void next(LexedLine &out);

private:
    void addCommand(LexedLine &out, const QString &text, qsizetype offset, bool prefixed);

    LogicalLineReader m_lines;
    QHash<QString, QString> m_variables;
};

// Lines in batches, for the two threads: `position` is the lexer's position after the batch's last line.
struct LexedBatch {
    std::vector<LexedLine> lines; // the first `count` are this batch's; the rest keep their capacity
    std::size_t count = 0;
    qsizetype position = 0;
    void clear() { count = 0; }
};

} // namespace ipsec::netsh
