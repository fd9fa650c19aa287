#include "backendlist.h"

#include "backends/backendregistry.h"

namespace ipsec::cli {

QList<BackendSummary> availableBackends()
{
    QList<BackendSummary> list;
    const BackendRegistry registry;
    for (const BackendEntry &e : registry.entries()) {
        const BackendInfo &i = e.info;
        QString description = QStringLiteral("%1 %2").arg(i.name, i.version).trimmed();
        if (!i.platforms.isEmpty())
            description += QStringLiteral("; platforms: %1").arg(i.platforms.join(QStringLiteral(", ")));
        if (!i.capabilities.isEmpty())
            description += QStringLiteral("; can: %1").arg(i.capabilities.join(QStringLiteral(", ")));
        if (!e.isLoadable())
            description += QStringLiteral("; not loadable: %1").arg(e.loadError);
        if (!e.file.isEmpty())
            description += QStringLiteral(" (%1)").arg(e.file);
        list << BackendSummary{i.id, description};
    }
    return list;
}

} // namespace ipsec::cli
