#include "netshlinelexer.h"

#include "netshgrammar.h"

#include <QRegularExpression>
#include <QSet>

namespace ipsec::netsh {

bool isNetshWord(QStringView word)
{
    if (word.size() != 5 && word.size() != 9)
        return false; // every word of every command is asked: most are neither length
    return word.compare(u"netsh", Qt::CaseInsensitive) == 0 ||
           word.compare(u"netsh.exe", Qt::CaseInsensitive) == 0;
}

void ScriptLexer::addCommand(LexedLine &out, const QString &text, qsizetype offset, bool prefixed)
{
    out.commands.append({text, offset, prefixed, tokenize(text)});
}

void ScriptLexer::next(LexedLine &out)
{
    out.kind = LexedLine::Kind::Ignored;
    out.word.clear();
    out.start = 0;
    out.piped = false;
    out.undefinedVariables.clear();
    out.commands.clear();
    if (!m_lines.next(out.line))
        return;
    const QString &text = out.line.text;
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return;
    out.word = firstBatchWord(text);
    static const QSet<QString> noise = {
        QStringLiteral("rem"),      QStringLiteral("::"),       QStringLiteral(":"),
        QStringLiteral("echo"),     QStringLiteral("pause"),    QStringLiteral("cls"),
        QStringLiteral("setlocal"), QStringLiteral("endlocal"), QStringLiteral("chcp"),
        QStringLiteral("title"),    QStringLiteral("color"),    QStringLiteral("exit"),
        QStringLiteral("goto"),     QStringLiteral("if"),       QStringLiteral("popd"),
        QStringLiteral("ver"),
    };
    const QString &word = out.word;
    if (noise.contains(word))
        return;
    out.start = text.indexOf(word, 0, Qt::CaseInsensitive);
    if (word == u"set") {
        // `set store ...` / `set policy ...` inside the netsh context; anything else is a batch variable.
        const QString setText = trimmed.toString();
        const QStringList parts =
            setText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        const std::optional<std::pair<QString, QString>> assignment = parseSetAssignment(setText);
        const bool netshSet =
            parts.size() > 1 && !parts[1].contains(u'=') && parseNoun(Verb::Set, parts[1]) && !assignment;
        if (!netshSet) {
            if (assignment)
                m_variables.insert(assignment->first, assignment->second);
            return;
        }
        out.kind = LexedLine::Kind::Commands;
        addCommand(out, text.mid(out.start), out.start, false);
        return;
    }
    if (isNetshWord(word)) {
        const BatchLine batch = applyCmdLayer(text, m_variables);
        if (!batch.undefinedVariables.isEmpty()) {
            out.kind = LexedLine::Kind::UndefinedVariables;
            out.undefinedVariables = batch.undefinedVariables;
            return;
        }
        out.kind = LexedLine::Kind::Commands;
        out.piped = batch.piped;
        for (const BatchCommand &c : batch.commands)
            addCommand(out, c.text, c.sourceOffset, true);
        return;
    }
    if (word == u"pushd")
        return; // `pushd ipsec static` in a netsh -f script: the context prefix is optional anyway
    if (word == u"ipsec" || word == u"static" || parseVerb(word)) {
        out.kind = LexedLine::Kind::Commands;
        addCommand(out, text.mid(out.start), out.start, false);
        return;
    }
    out.kind = LexedLine::Kind::ShellCommand;
}

} // namespace ipsec::netsh
