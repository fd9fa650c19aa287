#include "wfasscript.h"

#include "gpofindings.h"

namespace ipsec::gpo {

QString wfasObjectPath(const WfasRule &rule)
{
    QString kind;
    switch (rule.kind) {
    case WfasRuleKind::ConnectionSecurity:
        kind = QStringLiteral("Connection security rule");
        break;
    case WfasRuleKind::MainMode:
        kind = QStringLiteral("Main mode rule");
        break;
    case WfasRuleKind::Firewall:
        kind = QStringLiteral("Firewall rule");
        break;
    }
    return QStringLiteral("%1 '%2'").arg(kind, rule.displayName());
}

QString wfasObjectPath(const WfasSet &set)
{
    QString kind = describeSetKind(set.kind);
    if (!kind.isEmpty())
        kind[0] = kind[0].toUpper();
    return QStringLiteral("%1 '%2'").arg(kind, set.displayName());
}

std::optional<QString> scriptAddress(const QString &wfasValue)
{
    QString keyword;
    const std::optional<FilterAddress> a = parseWfasAddress(wfasValue.trimmed(), &keyword);
    if (!a)
        return keyword.isEmpty() ? std::nullopt : std::optional<QString>(keyword); // LocalSubnet
    if (a->kind == AddressKind::Subnet && a->second.isContiguousMask())
        return a->address.toString() + QLatin1Char('/') + QString::number(a->second.prefixLength());
    const QString text = formatWfasAddress(*a);
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<QString> scriptPort(const QString &wfasValue)
{
    const auto number = [](QStringView part) -> std::optional<uint> {
        if (part.isEmpty() || part.size() > 5)
            return std::nullopt;
        for (const QChar c : part)
            if (c < u'0' || c > u'9')
                return std::nullopt;
        const uint n = part.toUInt();
        return n <= 65535 ? std::optional<uint>(n) : std::nullopt;
    };
    const qsizetype dash = wfasValue.indexOf(QLatin1Char('-'));
    if (dash < 0) {
        const auto n = number(wfasValue);
        return n ? std::optional<QString>(QString::number(*n)) : std::nullopt;
    }
    const auto first = number(QStringView(wfasValue).left(dash));
    const auto last = number(QStringView(wfasValue).mid(dash + 1));
    if (!first || !last || *first > *last)
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(*first).arg(*last);
}

std::optional<QString> scriptNumber(const QString &wfasValue)
{
    bool ok = false;
    const uint n = wfasValue.trimmed().toUInt(&ok);
    return ok ? std::optional<QString>(QString::number(n)) : std::nullopt;
}

std::optional<bool> wfasBool(const QString &value)
{
    if (value.compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0)
        return true;
    if (value.compare(QStringLiteral("FALSE"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<QString> quickModeHashWord(const QString &token, bool gcmEncryption)
{
    const QString t = token.toLower();
    if (t == u"md5" || t == u"sha1" || t == u"sha256")
        return t;
    if (t.startsWith(u"aes-gcm") && (t.endsWith(u"128") || t.endsWith(u"192") || t.endsWith(u"256")))
        return (gcmEncryption ? QStringLiteral("aesgcm") : QStringLiteral("aesgmac")) + t.right(3);
    return std::nullopt;
}

QString WfasScriptProblems::refuse(const char *code, const QString &objectPath, const QString &message,
                                   const QString &hint)
{
    Finding f = objectFinding(code, Severity::Error, objectPath, message, hint);
    if (m_skipUnsupported) {
        f.severity = Severity::Warning;
        f.message = QStringLiteral("left out: ") + message;
        ++m_leftOut;
    } else {
        if (f.hint.isEmpty())
            f.hint = QStringLiteral("change the object, or export with --skip-unsupported to leave it out");
        m_failed = true;
    }
    m_findings << f;
    return message;
}

void WfasScriptProblems::note(const char *code, Severity severity, const QString &objectPath,
                              const QString &message, const QString &hint)
{
    m_findings << objectFinding(code, severity, objectPath, message, hint);
}

void WfasScriptProblems::finish()
{
    if (m_leftOut > 0)
        m_findings << objectFinding(
            code::ScriptSkipped, Severity::Warning, QString(),
            QStringLiteral("%1 object(s) that the script cannot express were left out").arg(m_leftOut),
            QStringLiteral("each is listed above and marked SKIPPED in the script"));
}

void WfasScriptObjectWriter::begin(const QString &path)
{
    m_path = path;
    m_problemCode = nullptr;
    m_problem.clear();
}

void WfasScriptObjectWriter::cannot(const char *code, const QString &message)
{
    if (!m_problemCode) {
        m_problemCode = code;
        m_problem = message;
    }
}

std::optional<QString> WfasScriptObjectWriter::refusal()
{
    if (!m_problemCode)
        return std::nullopt;
    const QString message = m_problems.refuse(m_problemCode, m_path, m_problem);
    return QStringLiteral("SKIPPED (%1) %2: %3").arg(QString::fromLatin1(m_problemCode), m_path, message);
}

} // namespace ipsec::gpo
