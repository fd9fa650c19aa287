// The lock-out guard: before a policy that blocks or requires security is applied, list the management paths
// it would affect (RDP, WinRM, SMB, directory and name services, DHCP), so that nobody cuts off the session
// they are working through.
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>

namespace ipsec {

struct ManagementPath {
    QString name;          // "RDP"
    std::uint8_t protocol; // protocol::Tcp / Udp
    std::uint16_t port;
};

// The paths checked, in a fixed order.
const QList<ManagementPath> &managementPaths();

struct LockoutHit {
    ManagementPath path;
    QUuid policyId;
    QUuid ruleId;
    QString ruleName;
    QString filterListName;
    QString effect; // "blocked" or "requires IPsec"
};

struct LockoutReport {
    QList<LockoutHit> hits;
    bool isEmpty() const { return hits.isEmpty(); }
    QStringList affectedPathNames() const; // unique, in managementPaths() order
    QString toText() const;
};

// Looks at the assigned policy (or every policy when none is assigned): active rules whose action is block,
// or negotiate without fallback to clear, and whose filters can match a management path's protocol and port
// (addresses are not narrowed: the management peers' addresses are not known here).
LockoutReport analyzeLockout(const StoreData &store);

} // namespace ipsec
