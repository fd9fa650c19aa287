#include "lockoutguard.h"

#include <QStringList>

namespace ipsec {

const QList<ManagementPath> &managementPaths()
{
    static const QList<ManagementPath> paths{
        {QStringLiteral("RDP"), protocol::Tcp, 3389},
        {QStringLiteral("WinRM (HTTP)"), protocol::Tcp, 5985},
        {QStringLiteral("WinRM (HTTPS)"), protocol::Tcp, 5986},
        {QStringLiteral("SMB"), protocol::Tcp, 445},
        {QStringLiteral("LDAP"), protocol::Tcp, 389},
        {QStringLiteral("LDAP (UDP)"), protocol::Udp, 389},
        {QStringLiteral("Kerberos"), protocol::Tcp, 88},
        {QStringLiteral("Kerberos (UDP)"), protocol::Udp, 88},
        {QStringLiteral("DNS"), protocol::Udp, 53},
        {QStringLiteral("DNS (TCP)"), protocol::Tcp, 53},
        {QStringLiteral("DHCP"), protocol::Udp, 67},
    };
    return paths;
}

namespace {

bool portCovers(const PortRange &range, std::uint16_t port)
{
    return range.isAny() || (range.first <= port && port <= range.last);
}

// Management traffic reaches the port on either side (inbound to a server here, outbound to a DC).
bool filterCanMatch(const Filter &f, const ManagementPath &path)
{
    if (f.protocol != protocol::Any && f.protocol != path.protocol)
        return false;
    // A management flow has the service port on one side and an ephemeral port on the other: the filter
    // matches it when one side covers the service port and the other side takes any port.
    return (portCovers(f.destinationPort, path.port) && f.sourcePort.isAny()) ||
           (portCovers(f.sourcePort, path.port) && f.destinationPort.isAny());
}

QString effectOf(const FilterAction &action)
{
    if (action.action == ActionKind::Block)
        return QStringLiteral("blocked");
    if (action.action == ActionKind::Negotiate && !action.allowFallback)
        return QStringLiteral("requires IPsec");
    return {};
}

} // namespace

LockoutReport analyzeLockout(const StoreData &store)
{
    LockoutReport report;
    const Policy *assigned = store.assignedPolicy();
    for (const Policy &policy : store.policies) {
        if (assigned && &policy != assigned)
            continue;
        for (const Rule &rule : policy.rules) {
            const FilterList *list = store.filterList(rule.filterList);
            const FilterAction *action = store.filterAction(rule.filterAction);
            if (!rule.active || !list || !action)
                continue;
            const QString effect = effectOf(*action);
            if (effect.isEmpty())
                continue;
            for (const ManagementPath &path : managementPaths()) {
                const bool hit = std::any_of(list->filters.begin(), list->filters.end(),
                                             [&path](const Filter &f) { return filterCanMatch(f, path); });
                if (hit)
                    report.hits.append({path, policy.id, rule.id, rule.name, list->name, effect});
            }
        }
    }
    return report;
}

QStringList LockoutReport::affectedPathNames() const
{
    QStringList names;
    for (const ManagementPath &path : managementPaths())
        for (const LockoutHit &hit : hits)
            if (hit.path.name == path.name && !names.contains(path.name))
                names << path.name;
    return names;
}

QString LockoutReport::toText() const
{
    if (hits.isEmpty())
        return QStringLiteral("No management path (RDP, WinRM, SMB, LDAP, Kerberos, DNS, DHCP) is blocked or "
                              "made to require IPsec.");
    QStringList lines;
    lines << QStringLiteral("These management paths would be affected:");
    for (const LockoutHit &hit : hits)
        lines << QStringLiteral("  %1 (%2/%3) %4 by rule '%5' (filter list '%6')")
                     .arg(hit.path.name,
                          hit.path.protocol == protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"))
                     .arg(hit.path.port)
                     .arg(hit.effect, hit.ruleName, hit.filterListName);
    return lines.join(u'\n');
}

} // namespace ipsec
