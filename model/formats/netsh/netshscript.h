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

bool hasNonAscii(const std::vector<ScriptEntry> &entries);

// The script text, each line followed by CRLF: the header as remarks, then the entries, each command after
// `context`. A command cmd.exe cannot take safely is left out and given to `unquotable`. The text goes to
// `sink` in pieces of whole lines, each about half a megabyte, so no copy of a large script exists in UTF-16.
void renderScript(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                  const QString &context, const std::function<void(scriptquoting::Refusal)> &unquotable,
                  const std::function<void(QStringView)> &sink);
// The script's length in characters, about (what to reserve).
qsizetype estimatedScriptSize(const std::vector<ScriptEntry> &entries, ScriptForm form);

// renderScript into one string, or into its UTF-8.
QString renderScriptText(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                         const QString &context,
                         const std::function<void(scriptquoting::Refusal)> &unquotable);
QByteArray renderScriptUtf8(const std::vector<ScriptEntry> &entries, const QStringList &header,
                            ScriptForm form, const QString &context,
                            const std::function<void(scriptquoting::Refusal)> &unquotable);
// The UTF-8 handed to `sink` a piece at a time, each encoded into one reused buffer: a script written to a
// file never exists whole in memory (docs/performance.md, "Fifth machine").
void renderScriptUtf8(const std::vector<ScriptEntry> &entries, const QStringList &header, ScriptForm form,
                      const QString &context, const std::function<void(scriptquoting::Refusal)> &unquotable,
                      const ByteSink &sink);

} // namespace ipsec::netsh
