// The real GPO backups and firewall exports of ../shared/testdata that the review tests read (in place).
#pragma once

#include <QString>

namespace ipsec::test {

// One backup folder: the NSA SHB firewall GPO (three profiles, no rules).
inline const QString kNsaBackup =
    QStringLiteral("gpo_backups/nsacyber_SHB_firewall/{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}");
// A backup root with three GPOs (54, 70 and 93 firewall rules).
inline const QString kSteveRoot = QStringLiteral("gpfas/steveunderscoren-windowsfirewall");
// A Windows Firewall export: one connection security rule, two auth sets, 412 firewall rules.
inline const QString kWfw = QStringLiteral("gpfas/luthfina16-firewall/firewall.wfw");

} // namespace ipsec::test
