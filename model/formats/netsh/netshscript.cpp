#include "netshscript.h"

#include "core/largetext.h"

namespace ipsec::netsh {

namespace sq = scriptquoting;

bool hasNonAscii(const std::vector<ScriptEntry> &entries)
{
    for (const ScriptEntry &e : entries)
        if (!sq::isAscii(e.text))
            return true;
    return false;
}

namespace {

// Lines are collected in one reused piece of about this many characters before they go to the sink.
constexpr qsizetype kPieceCharacters = qsizetype(1) << 18;

} // namespace

qsizetype estimatedScriptSize(const std::vector<ScriptEntry> &entries, ScriptForm form)
{
    const bool cmd = form == ScriptForm::Cmd;
    qsizetype estimate = 1024;
    for (const ScriptEntry &e : entries)
        estimate += e.text.size() + (cmd ? e.what.size() + 90 : 16);
    return estimate;
}

void renderScript(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                  const QString &context, const std::function<void(sq::Refusal)> &unquotable,
                  const std::function<void(QStringView)> &sink)
{
    const bool cmd = form == ScriptForm::Cmd;
    const bool nonAscii = hasNonAscii(entries);
    int steps = 0;
    for (const ScriptEntry &e : entries)
        if (e.kind == ScriptEntry::Kind::Command && !e.mayFail)
            ++steps;

    // A piece ends only after a whole line (CRLF): a command refused part-way is taken back from the piece.
    QString out;
    out.reserve(kPieceCharacters + 4096);
    const auto writeLine = [&out, &sink](QStringView line) {
        out += line;
        out += u"\r\n";
        if (out.size() >= kPieceCharacters) {
            sink(out);
            out.resize(0); // keeps its capacity
        }
    };
    const auto remark = [&](const QString &text) { writeLine(sq::scriptRemark(text, cmd)); };
    if (cmd)
        writeLine(u"@echo off");
    for (const QString &line : header)
        remark(line);
    if (cmd) {
        for (const QString &line : sq::cmdPreamble())
            writeLine(line);
        // Only when needed: on Windows XP/2003, batch files misbehave after chcp 65001.
        if (nonAscii)
            writeLine(u"chcp 65001 >nul");
    }
    // Each command is escaped straight into the script (no temporary line); the context is plain words, so
    // the command's text starts outside quotes just as it would after them.
    const QString netshContext = sq::cmdLine(QStringLiteral("netsh ") + context).text;
    int step = 0;
    const QString stepsText = QString::number(steps);
    for (const ScriptEntry &e : entries) {
        switch (e.kind) {
        case ScriptEntry::Kind::Blank:
            writeLine({});
            break;
        case ScriptEntry::Kind::Comment:
            remark(e.text);
            break;
        case ScriptEntry::Kind::Command: {
            if (!cmd) {
                out += context;
                writeLine(e.text);
                break;
            }
            const qsizetype lineStart = out.size();
            out += netshContext;
            if (const sq::Check line = sq::appendCmdLine(out, e.text); !line) {
                // cannot happen for values that went through netshValue; guarded all the same
                out.truncate(lineStart);
                unquotable(line.refusal);
                break;
            }
            if (e.mayFail) {
                writeLine(u" >nul 2>&1");
                break;
            }
            ++step;
            writeLine({});
            out += u"if errorlevel 1 (echo Step ";
            appendDecimal(out, std::uint64_t(step));
            const qsizetype messageEnd = out.size();
            out += u" of ";
            out += stepsText;
            out += u" failed: ";
            if (!sq::appendCmdLine(out, e.what)) {
                out.truncate(messageEnd);
                out += u" failed";
            }
            writeLine(u" 1>&2 & exit /b 1)");
            break;
        }
        }
    }
    if (cmd) {
        writeLine({});
        writeLine(QStringLiteral("echo All %1 steps succeeded.").arg(steps));
        writeLine(u"endlocal");
        writeLine(u"exit /b 0");
    }
    if (!out.isEmpty())
        sink(out);
}

QString renderScriptText(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                         const QString &context, const std::function<void(sq::Refusal)> &unquotable)
{
    QString text;
    text.reserve(estimatedScriptSize(entries, form));
    renderScript(entries, header, form, context, unquotable, [&text](QStringView piece) { text += piece; });
    return text;
}

QByteArray renderScriptUtf8(const std::vector<ScriptEntry> &entries, const QStringList &header,
                            ScriptForm form, const QString &context,
                            const std::function<void(sq::Refusal)> &unquotable)
{
    // 100,000 filters make a 30 MB script: one buffer of about its size, in huge pages where advised.
    const qsizetype estimate = estimatedScriptSize(entries, form) + 3 * kPieceCharacters;
    QByteArray bytes;
    renderScript(entries, header, form, context, unquotable,
                 [&bytes, estimate](QStringView piece) { appendUtf8(bytes, piece, estimate); });
    return bytes;
}

void renderScriptUtf8(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                      const QString &context, const std::function<void(sq::Refusal)> &unquotable,
                      const ByteSink &sink)
{
    QByteArray piece;
    renderScript(entries, header, form, context, unquotable, [&piece, &sink](QStringView text) {
        piece.resize(0); // keeps its capacity: the same few hundred kilobytes for every piece
        appendUtf8(piece, text);
        sink(piece);
    });
}

} // namespace ipsec::netsh
