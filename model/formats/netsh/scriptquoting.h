// The one place where text becomes part of a script: one function per script language. Each either returns
// the text ready to paste into a command line or refuses it with the reason, which the caller turns into a
// Finding naming the object. Nothing else in the project builds quoted script text (docs/architecture.md).
//
// Languages:
//   netsh      a tag value on a netsh command line or in a `netsh -f` script: always "double-quoted".
//   cmd.exe    a line of a .cmd/.bat file, or one argument of a command in it.
//   PowerShell a 'single-quoted' string literal.
#pragma once

#include <QString>
#include <QStringView>

namespace ipsec::scriptquoting {

// Why a text was refused. Stable: callers map it to their finding codes and messages.
enum class Refusal : quint8 {
    None,
    DoubleQuote,       // netsh/cmd: a `"` cannot be written inside a quoted value
    LineBreak,         // CR, LF, VT, FF, NEL, U+2028/2029: would end the command
    ControlCharacter,  // NUL and the other C0/C1 controls (except tab in PowerShell)
    TrailingBackslash, // `\` right before the closing quote: the C runtime reads `\"` as a quote (Q69)
    CaNameEscape, // netsh rootca: the `\'` sequence (netsh's escape for `"`) or a `certmap:`/`excludecaname:`
                  // word
    UnbalancedQuotes, // cmdLine: an odd number of `"` would leave the rest of the line unprotected
    Empty,            // a netsh name may not be empty
};

struct Quoted {
    QString text;                    // the quoted text, empty when refused
    Refusal refusal = Refusal::None; //
    qsizetype position = -1;         // where in the input the refused character is, -1 when not applicable

    bool ok() const { return refusal == Refusal::None; }
    explicit operator bool() const { return ok(); }
};

// The outcome of an append* function: whether, and where, the text was refused. On a refusal the output
// buffer is left as it was. The append* forms let a large script be written into one buffer without a
// temporary string per value (docs/performance.md).
struct Check {
    Refusal refusal = Refusal::None;
    qsizetype position = -1;

    bool ok() const { return refusal == Refusal::None; }
    explicit operator bool() const { return ok(); }
};

// A sentence saying why, e.g. "contains a double quote (\"), which netsh cannot carry inside a quoted value".
QString explain(Refusal refusal);
// The same sentence as UTF-8 source text, marked for translation in the context "ipsec::NetshExport".
const char *explanation(Refusal refusal);

// ---- netsh ----

// `"value"`. Refuses `"`, line breaks, control characters, and a trailing backslash (Q69). Empty values
// are allowed (`""`) unless `allowEmpty` is false.
Quoted netshValue(QStringView value, bool allowEmpty = true);
Check appendNetshValue(QString &out, QStringView value, bool allowEmpty = true);
// What appendNetshValue would refuse, without writing anything.
Check checkNetshValue(QStringView value, bool allowEmpty = true);

// The value of `rootca=`: `"<CA name> certmap:yes|no excludecaname:yes|no"`. Refuses what netshValue
// refuses, plus the `\'` escape sequence and the words `certmap:`/`excludecaname:` inside the CA name,
// which netsh would read as options.
Quoted netshCertificateAuthority(QStringView caName, bool certificateToAccountMapping, bool excludeCaName);

// ---- cmd.exe ----

// The lines a .cmd file must start with (after `@echo off`) for cmdLine()/cmdArgument() output to be
// safe: extensions on, delayed expansion off (so `!` is an ordinary character).
QStringList cmdPreamble();

// A comment line of a netsh script: `rem <text>` (cmdRemark) in the .cmd form, `# <text>` for netsh -f. Text
// a line cannot carry (cmdRemark refuses it, which also guards the `#` form against line breaks) becomes a
// note that the comment was left out.
QString scriptRemark(QStringView text, bool cmdForm);

// Whether a script's text is plain ASCII: otherwise a .cmd switches to UTF-8 (chcp 65001) and `netsh -f`,
// which reads the console code page, gets a warning.
bool isAscii(QStringView text);

// One argument: `"value"` with `%` doubled. Refuses `"`, line breaks, control characters and a trailing
// backslash.
Quoted cmdArgument(QStringView value);

// A whole command line whose quoted parts are already quoted (by netshValue or cmdArgument): `%` is
// doubled everywhere; outside quotes `^ & | < > ( )` get a caret. Refuses line breaks, control characters
// and an odd number of quotes.
Quoted cmdLine(QStringView line);
// cmdLine's text appended to `out`, for a line that starts outside quotes.
Check appendCmdLine(QString &out, QStringView line);

// A `rem` comment line carrying arbitrary text: `rem <text>` with `%` doubled and every `^` escaped (a
// trailing caret would swallow the next line). Line breaks and control characters are refused.
Quoted cmdRemark(QStringView text);

// ---- PowerShell ----

// `'value'` with every single-quote character doubled, including the typographic ones PowerShell also
// treats as quotes (U+2018..U+201B). Refuses NUL only: a single-quoted string carries everything else.
Quoted powerShellString(QStringView value);

} // namespace ipsec::scriptquoting
