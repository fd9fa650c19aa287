// What a GPO backup, .wfw or registry.pol sets, in the form a reviewer reads it (docs/review.md): the
// firewall profiles and global IPsec settings decoded value by value, every firewall rule, connection
// security rule and main mode rule with its fields decoded, the sets, and the values nobody explains.
//
// Built from the GPO area's review (formats/gpo/gpobackup.h), which reads the files; this layer only
// interprets. The CLI's text, JSON and HTML, and the window's structured view all read this one model.
#pragma once

#include "core/finding.h"
#include "formats/gpo/gpobackup.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ipsec::review {

// One decoded registry value: "Firewall state" = "on" (EnableFirewall = 1).
struct ReviewSetting {
    QString key;          // the JSON name, stable: "enabled", "defaultInboundAction", "logFileSize"
    QString label;        // "Firewall state"
    QString text;         // what it means: "on", "block", "16384 KB"
    QVariant value;       // bool, QString or qint64 (JSON)
    QString registryName; // EnableFirewall, Logging\LogFileSize
    bool known = true;    // false: no part of MS-GPFAS explains it (listed, never dropped)
};

// The per-profile values [spec MS-GPFAS 2.2.3]; `settings` holds only what the GPO sets.
struct ReviewProfile {
    QString key;   // "domain", "private", "public", "standard"
    QString label; // "Domain profile"
    QList<ReviewSetting> settings;

    const ReviewSetting *find(const QString &settingKey) const;
};

enum class RuleKind : std::uint8_t { Firewall, ConnectionSecurity, MainMode };

// A rule with every field decoded. Lists are empty for "any".
struct ReviewRule {
    RuleKind kind = RuleKind::Firewall;
    QString id;
    QString name, description, group;
    bool enabled = false;
    QString action;    // firewall: allow / block / bypass; CSR: the action's meaning
    QString direction; // firewall: in / out
    QStringList profiles;
    QString protocol; // "any", "TCP", "UDP", "ICMPv4", or the number
    QStringList localPorts, remotePorts;
    QStringList localAddresses, remoteAddresses; // CSR/MM: endpoint 1 / endpoint 2
    QStringList icmpTypes;
    QString program, service, packageId;
    QStringList interfaceTypes;
    QString security; // firewall: authenticate / authenticate and encrypt ...
    bool edgeTraversal = false;
    QString authSet1, authSet2, cryptoSet; // CSR/MM: the sets' names (ids resolved)
    QStringList tunnelEndpoints;           // CSR: local / remote tunnel endpoints
    QString version;
    QList<gpo::RuleToken> otherTokens; // tokens no column shows (kept, listed)
    gpo::WfasRule source;
};

// A set with its suites in one line each ("ESP AES-128 SHA1, 60 min").
struct ReviewSet {
    gpo::WfasSetKind kind = gpo::WfasSetKind::Phase1Auth;
    QString id, name;
    QStringList suites;
    QStringList properties; // "PFS = Disable"
    gpo::WfasSet source;
};

// Everything one GPO (or one .wfw / registry.pol) sets.
struct PolicyContent {
    QList<ReviewProfile> profiles; // always domain, private, public (then standard when set)
    QList<ReviewSetting> globalSettings;
    QList<ReviewRule> firewallRules;
    QList<ReviewRule> connectionSecurityRules;
    QList<ReviewRule> mainModeRules;
    QList<ReviewSet> sets;
    QList<ReviewSetting> unknownValues; // records below the firewall key that no part of MS-GPFAS explains

    const ReviewProfile *profile(const QString &key) const;
};

// Where a review finding points inside one GPO: Finding::location.pointer is "/firewallRules/3",
// "/connectionSecurityRules/0", "/sets/2", "/firewallProfiles/public" or "/globalSettings". The HTML
// report links the finding to that row; the window selects it.
QString rowPointer(RuleKind kind, qsizetype index);
QString setPointer(qsizetype index);
QString profilePointer(const QString &profileKey);
inline const QString kGlobalSettingsPointer = QStringLiteral("/globalSettings");

struct ReviewedGpo {
    gpo::GpoBackupReview source; // the GPO area's reading: identity, extensions, the reader's findings
    PolicyContent content;
    Findings findings; // the reviewer's verdicts (IPS-700 – IPS-719)

    QString title() const; // display name, else the GUID, else the file
};

struct BaselineComparison; // baseline.h

struct ReviewReport {
    QString path;
    Findings findings; // about the root (manifest, folders)
    QList<ReviewedGpo> gpos;
    std::shared_ptr<const BaselineComparison> baseline; // set by `review --baseline`

    int countFindings(Severity severity) const; // reader's and reviewer's, every GPO
};

PolicyContent decodeContent(const gpo::WfasPolicy &policy);
// Decodes every GPO and runs the reviewer's checks.
ReviewReport buildReport(const gpo::GpoReviewResult &review);

// Reads PATH as `review` does: a backup root or folder, a .wfw, or a registry.pol (reviewed like a .wfw).
gpo::GpoReviewResult readReviewPath(const QString &path, const std::function<void(int, int)> &progress = {});

// "on"/"off" text for booleans and the profile labels, shared by the text, HTML and window.
QString profileLabel(const QString &profileKey);

} // namespace ipsec::review
