#include "finding.h"

#include <QStringList>

namespace ipsec {

QString Location::toString() const
{
    QStringList parts;
    if (!file.isEmpty()) {
        QString f = file;
        if (line > 0) {
            f += u':' + QString::number(line);
            if (column > 0)
                f += u':' + QString::number(column);
        }
        parts << f;
    }
    if (byteOffset >= 0)
        parts << QStringLiteral("byte %1").arg(byteOffset);
    if (!pointer.isEmpty())
        parts << pointer;
    if (!objectPath.isEmpty())
        parts << (field.isEmpty() ? objectPath : QStringLiteral("%1 (%2)").arg(objectPath, field));
    else if (!field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(", "));
}

QString Finding::toString() const
{
    QString s = severityName(severity) + u' ' + code;
    const QString where = location.toString();
    if (!where.isEmpty())
        s += u' ' + where;
    s += QStringLiteral(": ") + message;
    if (!hint.isEmpty())
        s += QStringLiteral(" (hint: ") + hint + u')';
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
