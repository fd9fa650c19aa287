#include "netshscript.h"

#include "core/largetext.h"

namespace ipsec::netsh {

namespace sq = scriptquoting;

namespace {

// Lines are collected in one reused piece of about this many characters before they go to the sink.
constexpr qsizetype kPieceCharacters = qsizetype(1) << 18;

} // namespace

ScriptRenderer::ScriptRenderer(const ScriptShape &shape, std::function<void(sq::Refusal)> unquotable,
                               Sink sink)
    : m_shape(shape), m_unquotable(std::move(unquotable)), m_sink(std::move(sink)),
      // The context is plain words, so a command's text starts outside quotes just as it would after them.
      m_netshContext(sq::cmdLine(QStringLiteral("netsh ") + shape.context).text),
      m_stepsText(QString::number(shape.steps))
{
    m_out.reserve(kPieceCharacters + 4096);
}

void ScriptRenderer::line(QStringView text)
{
    m_out += text;
    m_out += u"\r\n";
    if (m_out.size() >= kPieceCharacters) {
        m_sink(m_out);
        m_out.resize(0); // keeps its capacity
    }
}

void ScriptRenderer::prologue(const QStringList &header)
{
    if (cmd())
        line(u"@echo off");
    for (const QString &text : header)
        comment(text);
    if (cmd()) {
        for (const QString &text : sq::cmdPreamble())
            line(text);
        // Only when needed: on Windows XP/2003, batch files misbehave after chcp 65001.
        if (m_shape.nonAscii)
            line(u"chcp 65001 >nul");
    }
}

void ScriptRenderer::comment(QStringView text)
{
    line(sq::scriptRemark(text, cmd()));
}

void ScriptRenderer::command(QStringView text, QStringView what, bool mayFail)
{
    if (!cmd()) {
        m_out += m_shape.context;
        line(text);
        return;
    }
    // Each command is escaped straight into the piece (no temporary line); a piece ends only after a whole
    // line, so a command refused part-way is taken back from it.
    const qsizetype lineStart = m_out.size();
    m_out += m_netshContext;
    if (const sq::Check escaped = sq::appendCmdLine(m_out, text); !escaped) {
        // cannot happen for values that went through netshValue; guarded all the same
        m_out.truncate(lineStart);
        m_unquotable(escaped.refusal);
        return;
    }
    if (mayFail) {
        line(u" >nul 2>&1");
        return;
    }
    ++m_step;
    line({});
    m_out += u"if errorlevel 1 (echo Step ";
    appendDecimal(m_out, std::uint64_t(m_step));
    const qsizetype messageEnd = m_out.size();
    m_out += u" of ";
    m_out += m_stepsText;
    m_out += u" failed: ";
    if (!sq::appendCmdLine(m_out, what)) {
        m_out.truncate(messageEnd);
        m_out += u" failed";
    }
    line(u" 1>&2 & exit /b 1)");
}

void ScriptRenderer::finish()
{
    if (cmd()) {
        line({});
        line(QStringLiteral("echo All %1 steps succeeded.").arg(m_shape.steps));
        line(u"endlocal");
        line(u"exit /b 0");
    }
    if (!m_out.isEmpty())
        m_sink(m_out);
    m_out.resize(0);
}

ScriptRenderer::Sink ScriptRenderer::utf8Into(QByteArray &bytes, qsizetype reserveAtLeast)
{
    // 100,000 filters make a 30 MB script: one buffer of about its size, in huge pages where advised.
    return [&bytes, reserveAtLeast](QStringView piece) {
        appendUtf8(bytes, piece, 1024 + reserveAtLeast + 3 * kPieceCharacters);
    };
}

ScriptRenderer::Sink ScriptRenderer::utf8Pieces(const ByteSink &sink)
{
    // One reused buffer: the same few hundred kilobytes for every piece.
    return [&sink, encoded = QByteArray()](QStringView text) mutable {
        encoded.resize(0);
        appendUtf8(encoded, text);
        sink(encoded);
    };
}

void ScriptShape::countLine(QStringView text, QStringView what)
{
    countLine(text.size(), sq::isAscii(text), what);
}

void ScriptShape::countLine(qsizetype length, bool ascii, QStringView what)
{
    nonAscii = nonAscii || !ascii;
    characters += length + (form == ScriptForm::Cmd ? what.size() + 90 : 16);
}

namespace {

// The entries' lines handed to `lines` (a ScriptShape or a ScriptRenderer) in order.
template <typename Lines> void replay(const std::vector<ScriptEntry> &entries, Lines &lines)
{
    for (const ScriptEntry &e : entries) {
        switch (e.kind) {
        case ScriptEntry::Kind::Blank:
            lines.blank();
            break;
        case ScriptEntry::Kind::Comment:
            lines.comment(e.text);
            break;
        case ScriptEntry::Kind::Command:
            lines.command(e.text, e.what, e.mayFail);
            break;
        }
    }
}

} // namespace

ScriptShape shapeOf(const std::vector<ScriptEntry> &entries, ScriptForm form, const QString &context)
{
    ScriptShape shape{form, context};
    replay(entries, shape);
    return shape;
}

void renderScript(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                  const QString &context, const std::function<void(sq::Refusal)> &unquotable,
                  const std::function<void(QStringView)> &sink)
{
    ScriptRenderer renderer(shapeOf(entries, form, context), unquotable, sink);
    renderer.prologue(header);
    replay(entries, renderer);
    renderer.finish();
}

QString renderScriptText(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                         const QString &context, const std::function<void(sq::Refusal)> &unquotable)
{
    QString text;
    text.reserve(1024 + shapeOf(entries, form, context).characters);
    renderScript(entries, header, form, context, unquotable, [&text](QStringView piece) { text += piece; });
    return text;
}

} // namespace ipsec::netsh
