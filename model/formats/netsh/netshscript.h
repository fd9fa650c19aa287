// A netsh script as both netsh writers produce it (`ipsec static` in netshexport.h, `advfirewall` in
// gpo/consecexport.h): a list of comments and commands, rendered as a `netsh -f` script or a .cmd file that
// stops at the first failing step (docs/formats/netsh.md, What the exporter writes).
#pragma once

#include "netshexport.h"
#include "scriptquoting.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ipsec::netsh {

struct ScriptEntry {
    enum class Kind : std::uint8_t { Blank, Comment, Command } kind = Kind::Blank;
    QString text;         // comment text, or the command after the context ("ipsec static ", "advfirewall ")
    QString what;         // commands: a short label for the failure message ("add filterlist \"x\"")
    bool mayFail = false; // failure is expected (deleting what may not exist yet): not a numbered step
};

// What every line of a script depends on and only all its lines tell: the numbered steps each failure message
// counts, and whether the .cmd form must switch the console to UTF-8. Counted line by line, from a list of
// entries (shapeOf) or by a writer's first pass (netshscriptwriter.h).
struct ScriptShape {
    ScriptForm form = ScriptForm::Cmd;
    QString context;          // before each command: "ipsec static ", "advfirewall "
    int steps = 0;            // commands that are not mayFail
    bool nonAscii = false;    // a comment's or a command's text is not ASCII
    qsizetype characters = 0; // the script's length, about: what an in-memory script reserves

    // Each line as it comes, counted (the same calls as a ScriptRenderer's).
    void blank() { countLine({}, {}); }
    void comment(QStringView text) { countLine(text, {}); }
    void command(QStringView text, QStringView what, bool mayFail)
    {
        steps += mayFail ? 0 : 1;
        countLine(text, what);
    }
    // A command that is a step, known by about how long it is and whether it is ASCII, not by its text.
    void command(qsizetype length, bool ascii, QStringView what)
    {
        ++steps;
        countLine(length, ascii, what);
    }

private:
    void countLine(QStringView text, QStringView what);
    void countLine(qsizetype length, bool ascii, QStringView what);
};
ScriptShape shapeOf(const std::vector<ScriptEntry> &entries, ScriptForm form, const QString &context);

// Writes a script of the given shape line by line, each line followed by CRLF: the header as remarks, then
// blank lines, comments and commands as they come, each command after the shape's context. A command cmd.exe
// cannot take safely is left out and given to `unquotable`. The text goes to `sink` in pieces of whole
// lines, each about half a megabyte, so no copy of a large script exists in UTF-16.
class ScriptRenderer {
public:
    using Sink = std::function<void(QStringView)>;

    ScriptRenderer(const ScriptShape &shape, std::function<void(scriptquoting::Refusal)> unquotable,
                   Sink sink);

    void prologue(const QStringList &header);
    void blank() { line({}); }
    void comment(QStringView text);
    void command(QStringView text, QStringView what, bool mayFail);
    void finish(); // the closing lines, then the last piece

    // Sinks that encode each piece as UTF-8: appended to `bytes` (reserving about `reserveAtLeast` at its
    // first growth), or handed to `sink` from one reused buffer.
    static Sink utf8Into(QByteArray &bytes, qsizetype reserveAtLeast);
    static Sink utf8Pieces(const ByteSink &sink);

private:
    void line(QStringView text);

    bool cmd() const { return m_shape.form == ScriptForm::Cmd; }

    ScriptShape m_shape;
    std::function<void(scriptquoting::Refusal)> m_unquotable;
    Sink m_sink;
    QString m_netshContext;
    QString m_stepsText;
    QString m_out; // the piece so far
    int m_step = 0;
};

// The entries rendered by a ScriptRenderer of their shape.
void renderScript(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                  const QString &context, const std::function<void(scriptquoting::Refusal)> &unquotable,
                  const std::function<void(QStringView)> &sink);
// renderScript into one string.
QString renderScriptText(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                         const QString &context,
                         const std::function<void(scriptquoting::Refusal)> &unquotable);

} // namespace ipsec::netsh
