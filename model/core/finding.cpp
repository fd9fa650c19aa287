#include "finding.h"

#include "largetext.h"

#include <QStringList>

namespace ipsec {

void Location::appendTo(QString &out) const
{
    // Written straight into `out`: `validate` prints tens of thousands of findings for a large store, and a
    // list of parts and a string per number were a twentieth of its time (docs/performance.md).
    bool first = true;
    const auto separate = [&] {
        if (!first)
            out += QLatin1StringView(", ");
        first = false;
    };
    if (!file.isEmpty()) {
        separate();
        out += file;
        if (line > 0) {
            out += u':';
            appendDecimal(out, std::uint64_t(line));
            if (column > 0) {
                out += u':';
                appendDecimal(out, std::uint64_t(column));
            }
        }
    }
    if (byteOffset >= 0) {
        separate();
        out += QLatin1StringView("byte ");
        appendDecimal(out, std::uint64_t(byteOffset));
    }
    if (!pointer.isEmpty()) {
        separate();
        out += pointer;
    }
    if (!objectPath.isEmpty()) {
        separate();
        out += objectPath;
        if (!field.isEmpty()) {
            out += QLatin1StringView(" (");
            out += field;
            out += u')';
        }
    } else if (!field.isEmpty()) {
        separate();
        out += field;
    }
}

QString Location::toString() const
{
    QString s;
    appendTo(s);
    return s;
}

QString Finding::toString() const
{
    QString s;
    s.reserve(48 + code.size() + location.file.size() + location.pointer.size() + location.objectPath.size() +
              location.field.size() + message.size() + hint.size());
    s += severityName(severity);
    s += u' ';
    s += code;
    const qsizetype beforeLocation = s.size();
    s += u' ';
    location.appendTo(s);
    if (s.size() == beforeLocation + 1)
        s.truncate(beforeLocation); // no location
    s += QLatin1StringView(": ");
    s += message;
    if (!hint.isEmpty()) {
        s += QLatin1StringView(" (hint: ");
        s += hint;
        s += u')';
    }
    return s;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

int countOf(const Findings &findings, Severity severity)
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [severity](const Finding &f) { return f.severity == severity; }));
}

QString findingLines(const Findings &findings, int max)
{
    QStringList lines;
    for (const Finding &f : findings) {
        if (max >= 0 && lines.size() >= max)
            break;
        lines.append(f.toString());
    }
    return lines.join(u'\n');
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace ipsec
