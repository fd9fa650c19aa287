#include "itemicons.h"

#include "core/finding.h"
#include "roles.h"

#include <QHash>

namespace ipsec {

QIcon itemIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it == cache.constEnd())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return *it;
}

QString severityIconName(int severity)
{
    switch (severity) {
    case static_cast<int>(Severity::Error):
        return QStringLiteral("error");
    case static_cast<int>(Severity::Warning):
        return QStringLiteral("warning");
    case static_cast<int>(Severity::Info):
        return QStringLiteral("info");
    default:
        return {};
    }
}

QIcon severityIcon(int severity)
{
    const QString name = severityIconName(severity);
    return name.isEmpty() ? QIcon() : itemIcon(name);
}

QString actionIconName(ActionKind action)
{
    switch (action) {
    case ActionKind::Permit:
        return QStringLiteral("action-permit");
    case ActionKind::Block:
        return QStringLiteral("action-block");
    case ActionKind::Negotiate:
        return QStringLiteral("action-negotiate");
    }
    return QStringLiteral("rule");
}

} // namespace ipsec
