// GPMC backups (docs/formats/gpo.md, GPMC backups): exporting a designed policy as a backup folder that
// Import-GPO and GPMC's Import Settings accept, and reviewing existing backups.
//
// The trap this code is about: a backup carries only the *link* to a legacy IPsec policy, never the policy
// (docs/formats/gpo.md, The legacy IPsec trap). The export therefore puts IPsec into the GPO as WFAS
// connection security rules (registry.pol) and writes the legacy form of the policy beside the backup, in its
// own folder; the review flags every legacy link as "policy data not in the backup".
#pragma once

#include "core/finding.h"
#include "core/types.h"
#include "legacytowfas.h"
#include "registrypol.h"
#include "wfaspolicy.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>
#include <functional>

namespace ipsec::gpo {

// Extension GUIDs (docs/formats/gpo.md, Versions and extension lists).
inline const QString kRegistryCse = QStringLiteral("{35378EAC-683F-11D2-A89A-00C04FBBCFA2}");
inline const QString kFirewallTool =
    QStringLiteral("{B05566AC-FE9C-4368-BE01-7A4CBB6CBA11}"); // Q62: always written
inline const QString kIpsecCse = QStringLiteral("{E437BC1C-AA7D-11D2-A382-00C04F991E27}");
inline const QString kIpsecTool = QStringLiteral("{DEA8AFA0-CC85-11D0-9CE2-0080C7221EBD}");
// The folder beside the backup folders that holds the legacy form of the policy.
inline const QString kLegacyFolderName = QStringLiteral("Legacy IPsec policy (not part of the GPO backup)");

enum class GpoContent : std::uint8_t {
    Wfas,   // connection security rules etc. in the GPO's registry.pol
    Legacy, // an empty GPO backup plus the legacy policy beside it (LDIF, netsh script)
    Both,
};
std::optional<GpoContent> parseGpoContent(const QString &text); // "wfas" | "legacy" | "both"

struct GpoExportOptions {
    QString domain;  // DNS name, e.g. ipsectest.com
    QString gpoName; // the GPO's display name
    GpoContent content = GpoContent::Both;
    // For reproducible builds; unset values are made up: a random backup id, the current local time, a GPO
    // GUID derived from domain and name, "dc.<domain>".
    QUuid backupId;
    QDateTime backupTime;
    QUuid gpoGuid;
    QString domainController;
    WfasTranslationOptions translation;
    // Asked once, after everything is computed and before the first file is written; false writes nothing
    // (the GUI's Cancel). Once writing has begun, the backup is completed.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct GpoExportResult {
    bool ok = false;
    QUuid backupId;
    QStringList writtenFiles;
    Findings findings; // export problems and the migration report
};

// Writes manifest.xml (merged with an existing one), {BackupId}/Backup.xml, bkupInfo.xml, gpreport.xml and
// DomainSysvol/GPO/Machine/registry.pol, and the legacy folder. `outputDir` is created when missing.
GpoExportResult exportGpoBackup(const StoreData &store, const QString &outputDir,
                                const GpoExportOptions &options);

// ---- Review ----

struct GpoBackupFile {
    QString path;     // bkp:Path, e.g. %GPO_MACH_FSPATH%\registry.pol
    QString location; // bkp:Location inside the backup, empty when not copied (Adm\*.*)
    bool directory = false;
    bool present = false; // found (case-insensitively) inside the backup folder
};

struct GpoBackupExtension {
    QString id;   // {CSE GUID}
    QString name; // bkp:DescName
    QList<GpoBackupFile> files;
};

struct GpoBackupReview {
    QString folder; // the backup folder ({BackupId}), or the .wfw file
    bool isWfw = false;
    QString backupId, gpoGuid, domain, domainGuid, domainController, backupTime, displayName, comment;
    int options = 0;
    std::uint32_t userVersion = 0;
    std::uint32_t machineVersion = 0;
    QString machineExtensionGuids;
    QString userExtensionGuids;
    QList<GpoBackupExtension> extensions;
    bool hasRegistryPol = false;
    QList<PolRecord> registryRecords;
    WfasPolicy wfas;
    // A legacy IPsec policy is assigned: only the link is in the backup (docs/formats/gpo.md).
    bool legacyIpsecLinked = false;
    QString legacyIpsecLink; // the DN or name the backup shows, when it shows one
    bool gpreportPresent = false;
    int gpreportFirewallRules = -1; // rule elements in gpreport.xml (informational, Q56)
    Findings findings;

    // "Windows Firewall: 1 connection security rule, 2 auth sets, 0 crypto sets, 70 firewall rules".
    QString summary() const;
};

struct GpoReviewResult {
    QString path;
    QList<GpoBackupReview> gpos;
    Findings findings; // about the root (manifest, folders); each GPO has its own findings too
};

// PATH is a backup root (manifest.xml or folders with bkupInfo.xml), one backup folder, or a .wfw file.
// `progress(done, total)` is called after each GPO.
GpoReviewResult reviewGpoPath(const QString &path, const std::function<void(int, int)> &progress = {});

// A readable report of the review (the CLI's `review` output).
QString describeReview(const GpoReviewResult &review);
// One GPO's part of that report (heading, identity, content, the reader's findings), without a final newline.
QString describeGpo(const GpoBackupReview &gpo);
// The same as JSON (the CLI's `review --json`).
QByteArray reviewToJson(const GpoReviewResult &review);

// Finds `relative` (components separated by '\' or '/') below `root`, matching every component
// case-insensitively. Refuses "..", absolute paths and drive letters: nothing outside root is ever followed.
std::optional<QString> resolveInside(const QString &root, const QString &relative, bool *refused = nullptr);

} // namespace ipsec::gpo
