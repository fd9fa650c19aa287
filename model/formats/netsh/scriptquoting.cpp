#include "scriptquoting.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace ipsec::scriptquoting {

namespace {

bool isLineBreak(char16_t c)
{
    return c == u'\r' || c == u'\n' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// U+FF02 FULLWIDTH QUOTATION MARK becomes `"` when Windows converts text to an ANSI code page with its
// "best fit" tables; refusing it costs nothing and closes that door.
bool isQuoteLike(char16_t c)
{
    return c == u'"' || c == 0xFF02;
}

// The printable ASCII characters cmd.exe leaves alone on a command line, looked up in one step: a script of
// 100,000 filters passes 60 million characters through appendCmdLine.
constexpr std::array<bool, 128> kPlainOnCmdLine = [] {
    std::array<bool, 128> plain{};
    for (char16_t c = 0x20; c < 0x7f; ++c)
        plain[c] = true;
    for (const char16_t c : u"\"%^&|<>()")
        plain[c] = false; // the terminating NUL is not printable anyway
    return plain;
}();

Quoted refuse(Refusal why, qsizetype at)
{
    return {QString(), why, at};
}

Quoted refuse(const Check &check)
{
    return refuse(check.refusal, check.position);
}

// A Quoted from an append* function: what it appends to an empty text, or its refusal.
template <typename Append> Quoted quotedBy(qsizetype expectedSize, Append &&append)
{
    QString text;
    text.reserve(expectedSize);
    if (const Check check = append(text); !check)
        return refuse(check);
    return {text, Refusal::None, -1};
}

// The checks every double-quoted value shares (netsh and cmd).
Check checkDoubleQuotable(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x20 && c < 0x7f && c != u'"')
            continue; // printable ASCII other than the quote: every name and description of a large store
        if (isLineBreak(c))
            return {Refusal::LineBreak, i};
        if (isControl(c))
            return {Refusal::ControlCharacter, i};
        if (isQuoteLike(c))
            return {Refusal::DoubleQuote, i};
    }
    // Q69: the C runtime reads `\"` as an escaped quote, so a value ending in `\` would swallow its
    // closing quote. Refused until confirmed on Windows (doubling would then be the fix).
    if (!value.isEmpty() && value.back() == u'\\')
        return {Refusal::TrailingBackslash, value.size() - 1};
    return {};
}

QString doublePercent(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        out += c;
        if (c == u'%')
            out += c;
    }
    return out;
}

} // namespace

const char *explanation(Refusal refusal)
{
    // Marked for the netsh exporter, whose findings speak the window's language; other callers stay English.
    switch (refusal) {
    case Refusal::None:
        return "";
    case Refusal::DoubleQuote:
        return QT_TRANSLATE_NOOP(
            "ipsec::NetshExport",
            "contains a double quote (\"), which cannot be written inside a quoted script value");
    case Refusal::LineBreak:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport", "contains a line break, which would end the command");
    case Refusal::ControlCharacter:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                 "contains a control character, which a script line cannot carry");
    case Refusal::TrailingBackslash:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                 "ends with a backslash, which Windows would read together with the closing "
                                 "quote as an escaped quote (Q69)");
    case Refusal::CaNameEscape:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                 "contains \\' or a certmap:/excludecaname: word, which netsh reads as part "
                                 "of the rootca syntax");
    case Refusal::UnbalancedQuotes:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                 "has an odd number of double quotes, which would leave text unprotected");
    case Refusal::Empty:
        return QT_TRANSLATE_NOOP("ipsec::NetshExport", "is empty, and netsh needs a name");
    }
    return "";
}

QString explain(Refusal refusal)
{
    return refusal == Refusal::None ? QString() : QString::fromUtf8(explanation(refusal));
}

Check checkNetshValue(QStringView value, bool allowEmpty)
{
    if (!allowEmpty && value.trimmed().isEmpty())
        return {Refusal::Empty, 0};
    return checkDoubleQuotable(value);
}

Check appendNetshValue(QString &out, QStringView value, bool allowEmpty)
{
    if (const Check problem = checkNetshValue(value, allowEmpty); !problem)
        return problem;
    out += u'"';
    out += value;
    out += u'"';
    return {};
}

Quoted netshValue(QStringView value, bool allowEmpty)
{
    return quotedBy(value.size() + 2,
                    [&](QString &text) { return appendNetshValue(text, value, allowEmpty); });
}

Quoted netshCertificateAuthority(QStringView caName, bool certificateToAccountMapping, bool excludeCaName)
{
    if (const Check problem = checkDoubleQuotable(caName); !problem)
        return refuse(problem);
    if (const qsizetype at = caName.indexOf(u"\\'"); at >= 0)
        return refuse(Refusal::CaNameEscape, at);
    for (const QStringView word : {QStringView(u"certmap:"), QStringView(u"excludecaname:")}) {
        if (const qsizetype at = caName.indexOf(word, 0, Qt::CaseInsensitive); at >= 0)
            return refuse(Refusal::CaNameEscape, at);
    }
    if (caName.trimmed().isEmpty())
        return refuse(Refusal::Empty, 0);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return {QStringLiteral("\"%1 certmap:%2 excludecaname:%3\"")
                .arg(caName.toString(), yesNo(certificateToAccountMapping), yesNo(excludeCaName)),
            Refusal::None, -1};
}

QString scriptRemark(QStringView text, bool cmdForm)
{
    const Quoted r = cmdRemark(text);
    if (!r)
        return (cmdForm ? QStringLiteral("rem") : QStringLiteral("#")) +
               QStringLiteral(" (comment left out: it holds text a script line cannot carry)");
    if (cmdForm)
        return r.text;
    return text.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + text.toString();
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QStringList cmdPreamble()
{
    return {QStringLiteral("setlocal EnableExtensions DisableDelayedExpansion")};
}

Quoted cmdArgument(QStringView value)
{
    if (const Check problem = checkDoubleQuotable(value); !problem)
        return refuse(problem);
    return {u'"' + doublePercent(value) + u'"', Refusal::None, -1};
}

Check appendCmdLine(QString &out, QStringView line)
{
    // Unchanged characters are copied in runs: an exported script has one cmdLine per command.
    const qsizetype start = out.size();
    const auto refuseHere = [&out, start](Refusal why, qsizetype at) {
        out.truncate(start);
        return Check{why, at};
    };
    bool quoted = false;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (c < 0x80 && kPlainOnCmdLine[c])
            continue; // the common case: printable ASCII that cmd.exe leaves alone
        if (isLineBreak(c))
            return refuseHere(Refusal::LineBreak, i);
        if (isControl(c) && c != u'\t')
            return refuseHere(Refusal::ControlCharacter, i);
        switch (c) {
        case u'"':
            quoted = !quoted;
            break;
        case u'%': // expanded in phase 1, inside quotes too
            out += line.sliced(runStart, i - runStart);
            out += u'%';
            runStart = i; // the `%` itself is copied with the next run
            break;
        case u'^':
        case u'&':
        case u'|':
        case u'<':
        case u'>':
        case u'(':
        case u')':
            if (!quoted) {
                out += line.sliced(runStart, i - runStart);
                out += u'^';
                runStart = i;
            }
            break;
        default:
            break;
        }
    }
    if (quoted)
        return refuseHere(Refusal::UnbalancedQuotes, line.lastIndexOf(u'"'));
    out += line.sliced(runStart);
    return {};
}

Quoted cmdLine(QStringView line)
{
    return quotedBy(line.size() + 16, [&](QString &text) { return appendCmdLine(text, line); });
}

Quoted cmdRemark(QStringView text)
{
    QString out = QStringLiteral("rem");
    if (!text.isEmpty())
        out += u' ';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isLineBreak(c))
            return refuse(Refusal::LineBreak, i);
        if (isControl(c) && c != u'\t')
            return refuse(Refusal::ControlCharacter, i);
        if (c == u'%' || c == u'^')
            out += QChar(c);
        out += QChar(c);
    }
    return {out, Refusal::None, -1};
}

Quoted powerShellString(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c == 0)
            return refuse(Refusal::ControlCharacter, i);
        out += QChar(c);
        if (c == u'\'' || (c >= 0x2018 && c <= 0x201B))
            out += QChar(c);
    }
    out += u'\'';
    return {out, Refusal::None, -1};
}

} // namespace ipsec::scriptquoting
