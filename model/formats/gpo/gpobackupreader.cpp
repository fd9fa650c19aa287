// The review of existing GPMC backups and .wfw exports (docs/formats/gpo.md, GPMC backups).
#include "gpobackup.h"
#include "gpofindings.h"
#include "wfwreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace ipsec::gpo {

namespace {

const QString kFirewallNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/Settings/WindowsFirewall");
const QString kBackupNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/GPOOperations");

// A bkp: attribute, by namespace (the prefix may differ), else by its usual qualified name.
QString backupAttribute(const QXmlStreamAttributes &a, const QString &name)
{
    if (a.hasAttribute(kBackupNs, name))
        return a.value(kBackupNs, name).toString();
    return a.value(QStringLiteral("bkp:") + name).toString();
}
// Backup files are small; a hostile multi-gigabyte "Backup.xml" is refused rather than read.
constexpr qint64 kMaxXmlFileSize = 64 * 1024 * 1024;
constexpr qint64 kMaxPolFileSize = 64 * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path, qint64 limit, Findings &findings)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        findings << fileFinding(code::BackupMissingFile, Severity::Error, path, -1,
                                QStringLiteral("cannot read: %1").arg(f.errorString()));
        return std::nullopt;
    }
    if (f.size() > limit) {
        findings << fileFinding(
            code::BackupBadXml, Severity::Error, path, -1,
            QStringLiteral("the file is %1 bytes, more than a backup file can reasonably be").arg(f.size()));
        return std::nullopt;
    }
    return f.readAll();
}

Finding xmlError(const QString &file, const QXmlStreamReader &r)
{
    Finding f = fileFinding(r.error() == QXmlStreamReader::NotWellFormedError &&
                                    r.errorString().contains(QStringLiteral("encod"), Qt::CaseInsensitive)
                                ? code::BackupBadEncoding
                                : code::BackupBadXml,
                            Severity::Error, file, r.characterOffset(),
                            QStringLiteral("malformed XML: %1").arg(r.errorString()),
                            QStringLiteral("the rest of this file is ignored"));
    f.location.line = int(r.lineNumber());
    f.location.column = int(r.columnNumber());
    return f;
}

// Every element's text by local name, for the flat files bkupInfo.xml / GroupPolicyCoreSettings.
using Fields = QHash<QString, QString>;

struct ParsedBackupXml {
    Fields core;
    QList<GpoBackupExtension> extensions;
    QString ipsecLink; // any text that names an IPsec policy object
    bool ok = false;
};

ParsedBackupXml parseBackupXml(const QByteArray &bytes, const QString &file, Findings &findings)
{
    ParsedBackupXml out;
    QXmlStreamReader r(bytes);
    bool inCore = false;
    bool sawRoot = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (!sawRoot) {
                sawRoot = true;
                if (name != QStringLiteral("GroupPolicyBackupScheme")) {
                    findings << fileFinding(
                        code::BackupNotABackup, Severity::Error, file, r.characterOffset(),
                        QStringLiteral("root element is <%1>, not <GroupPolicyBackupScheme>").arg(name));
                    return out;
                }
            }
            if (name == QStringLiteral("GroupPolicyCoreSettings")) {
                inCore = true;
            } else if (inCore) {
                out.core.insert(name, r.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QStringLiteral("GroupPolicyExtension")) {
                const auto a = r.attributes();
                out.extensions << GpoBackupExtension{backupAttribute(a, QStringLiteral("ID")),
                                                     backupAttribute(a, QStringLiteral("DescName")),
                                                     {}};
            } else if ((name == QStringLiteral("FSObjectFile") || name == QStringLiteral("FSObjectDir")) &&
                       !out.extensions.isEmpty()) {
                const auto a = r.attributes();
                out.extensions.last().files << GpoBackupFile{backupAttribute(a, QStringLiteral("Path")),
                                                             backupAttribute(a, QStringLiteral("Location")),
                                                             name == QStringLiteral("FSObjectDir"), false};
            }
            for (const QXmlStreamAttribute &a : r.attributes())
                if (a.value().contains(QStringLiteral("ipsecPolicy"), Qt::CaseInsensitive))
                    out.ipsecLink = a.value().toString();
        } else if (r.isEndElement() && r.name() == u"GroupPolicyCoreSettings") {
            inCore = false;
        } else if (r.isCharacters() &&
                   r.text().contains(QStringLiteral("ipsecPolicy"), Qt::CaseInsensitive)) {
            out.ipsecLink = r.text().toString().trimmed();
        }
    }
    if (r.hasError()) {
        findings << xmlError(file, r);
        return out;
    }
    out.ok = sawRoot;
    return out;
}

Fields parseBackupInst(const QByteArray &bytes, const QString &file, Findings &findings,
                       QList<Fields> *all = nullptr)
{
    Fields current, first;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"BackupInst")
            current.clear();
        else if (r.isStartElement() && r.name() != u"Backups")
            current.insert(r.name().toString(), r.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (r.isEndElement() && r.name() == u"BackupInst") {
            if (all)
                *all << current;
            if (first.isEmpty())
                first = current;
        }
    }
    if (r.hasError())
        findings << xmlError(file, r);
    return first;
}

int countFirewallReportRules(const QByteArray &bytes, const QString &file, Findings &findings)
{
    QXmlStreamReader r(bytes);
    int rules = 0;
    while (!r.atEnd()) {
        r.readNext();
        // Q56: match on the namespace URI, never on the qN prefix.
        if (r.isStartElement() && r.namespaceUri() == kFirewallNs &&
            (r.name() == u"InboundFirewallRules" || r.name() == u"OutboundFirewallRules" ||
             r.name() == u"ConnectionSecurityRules"))
            ++rules;
    }
    if (r.hasError()) {
        findings << xmlError(file, r);
        return -1;
    }
    return rules;
}

std::uint32_t toU32(const QString &text)
{
    return text.trimmed().toUInt();
}

void reviewRegistryPol(GpoBackupReview &g, const QString &path)
{
    const auto bytes = readFile(path, kMaxPolFileSize, g.findings);
    if (!bytes)
        return;
    g.hasRegistryPol = true;
    const PolReadResult pol = readRegistryPol(*bytes, path);
    g.findings << pol.findings;
    g.registryRecords = pol.records;
    const WfasDecodeResult decoded = decodeWfas(pol.records, kWfasBaseKey, path, &pol.recordOffsets);
    g.wfas = decoded.policy;
    g.findings << decoded.findings << validateWfas(decoded.policy, path);
}

GpoBackupReview reviewBackupFolder(const QString &folder)
{
    GpoBackupReview g;
    g.folder = folder;
    const auto backupPath = resolveInside(folder, QStringLiteral("Backup.xml"));
    if (!backupPath) {
        g.findings << fileFinding(code::BackupMissingFile, Severity::Error, folder, -1,
                                  QStringLiteral("the backup folder has no Backup.xml"));
        return g;
    }
    if (const auto bytes = readFile(*backupPath, kMaxXmlFileSize, g.findings)) {
        const ParsedBackupXml parsed = parseBackupXml(*bytes, *backupPath, g.findings);
        g.gpoGuid = parsed.core.value(QStringLiteral("ID"));
        g.domain = parsed.core.value(QStringLiteral("Domain"));
        g.displayName = parsed.core.value(QStringLiteral("DisplayName"));
        g.options = parsed.core.value(QStringLiteral("Options")).toInt();
        g.userVersion = toU32(parsed.core.value(QStringLiteral("UserVersionNumber")));
        g.machineVersion = toU32(parsed.core.value(QStringLiteral("MachineVersionNumber")));
        g.machineExtensionGuids = parsed.core.value(QStringLiteral("MachineExtensionGuids"));
        g.userExtensionGuids = parsed.core.value(QStringLiteral("UserExtensionGuids"));
        g.extensions = parsed.extensions;
        g.legacyIpsecLink = parsed.ipsecLink;
    }
    if (const auto info = resolveInside(folder, QStringLiteral("bkupInfo.xml"))) {
        if (const auto bytes = readFile(*info, kMaxXmlFileSize, g.findings)) {
            const Fields f = parseBackupInst(*bytes, *info, g.findings);
            g.backupId = f.value(QStringLiteral("ID"));
            g.domainGuid = f.value(QStringLiteral("GPODomainGuid"));
            g.domainController = f.value(QStringLiteral("GPODomainController"));
            g.backupTime = f.value(QStringLiteral("BackupTime"));
            g.comment = f.value(QStringLiteral("Comment"));
            if (g.displayName.isEmpty())
                g.displayName = f.value(QStringLiteral("GPODisplayName"));
            if (!g.gpoGuid.isEmpty() &&
                f.value(QStringLiteral("GPOGuid")).compare(g.gpoGuid, Qt::CaseInsensitive) != 0)
                g.findings << fileFinding(code::BackupInconsistent, Severity::Warning, *info, -1,
                                          QStringLiteral("bkupInfo.xml names GPO %1 but Backup.xml names %2")
                                              .arg(f.value(QStringLiteral("GPOGuid")), g.gpoGuid));
            if (!g.backupId.isEmpty() &&
                g.backupId.compare(QFileInfo(folder).fileName(), Qt::CaseInsensitive) != 0)
                g.findings << fileFinding(code::BackupInconsistent, Severity::Warning, *info, -1,
                                          QStringLiteral("the backup ID %1 differs from the folder name %2")
                                              .arg(g.backupId, QFileInfo(folder).fileName()));
        }
    } else {
        g.findings << fileFinding(
            code::BackupMissingFile, Severity::Warning, folder, -1,
            QStringLiteral("the backup folder has no bkupInfo.xml; Import-GPO may not list it"));
    }
    if (g.backupId.isEmpty())
        g.backupId = QFileInfo(folder).fileName();

    // The files the extensions list: present? inside the folder?
    QString polPath;
    for (GpoBackupExtension &ext : g.extensions)
        for (GpoBackupFile &file : ext.files) {
            if (file.location.isEmpty())
                continue;
            bool refused = false;
            const auto found = resolveInside(folder, file.location, &refused);
            if (refused) {
                g.findings << fileFinding(
                    code::BackupPathOutside, Severity::Error, *backupPath, -1,
                    QStringLiteral("bkp:Location \"%1\" points outside the backup folder; it is not "
                                   "followed")
                        .arg(file.location));
                continue;
            }
            file.present = found.has_value();
            // Empty folders are often dropped when a backup is copied; a missing file matters more (Q59).
            if (!found && !file.directory)
                g.findings << fileFinding(
                    code::BackupMissingFile, Severity::Error, folder, -1,
                    QStringLiteral("%1 is listed in Backup.xml but missing; Import-GPO fails")
                        .arg(file.location));
            if (found && !file.directory && ext.id.compare(kRegistryCse, Qt::CaseInsensitive) == 0 &&
                file.location.endsWith(QStringLiteral("Machine\\registry.pol"), Qt::CaseInsensitive))
                polPath = *found;
        }
    if (polPath.isEmpty())
        if (const auto found =
                resolveInside(folder, QStringLiteral("DomainSysvol\\GPO\\Machine\\registry.pol")))
            polPath = *found;
    if (!polPath.isEmpty())
        reviewRegistryPol(g, polPath);

    // The legacy IPsec trap (docs/formats/gpo.md): only the link can be in a backup.
    bool ipsecExtension = g.machineExtensionGuids.contains(kIpsecCse, Qt::CaseInsensitive);
    for (const GpoBackupExtension &ext : g.extensions)
        ipsecExtension = ipsecExtension || ext.id.compare(kIpsecCse, Qt::CaseInsensitive) == 0;
    g.legacyIpsecLinked = ipsecExtension || !g.legacyIpsecLink.isEmpty();
    if (g.legacyIpsecLinked)
        g.findings << objectFinding(
            code::BackupLegacyLink, Severity::Warning, g.displayName,
            QStringLiteral("a legacy IPsec policy is assigned%1: the backup holds only the link, "
                           "policy data not in the backup")
                .arg(g.legacyIpsecLink.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(g.legacyIpsecLink)),
            QStringLiteral("supply the policy objects (LDIF of CN=IP Security,CN=System, a netsh "
                           "script or a .ipsec export) from the source domain"));

    if (const auto report = resolveInside(folder, QStringLiteral("gpreport.xml"))) {
        if (const auto bytes = readFile(*report, kMaxXmlFileSize, g.findings)) {
            g.gpreportPresent = true;
            g.gpreportFirewallRules = countFirewallReportRules(*bytes, *report, g.findings);
        }
    }
    return g;
}

GpoBackupReview reviewWfw(const QString &path)
{
    GpoBackupReview g;
    g.folder = path;
    g.isWfw = true;
    g.displayName = QFileInfo(path).fileName();
    const WfwReadResult wfw = readWfwFile(path);
    g.findings << wfw.findings;
    if (wfw.ok) {
        g.registryRecords = wfw.records;
        g.wfas = wfw.policy;
        g.findings << validateWfas(wfw.policy, path);
    }
    return g;
}

} // namespace

std::optional<QString> resolveInside(const QString &root, const QString &relative, bool *refused)
{
    if (refused)
        *refused = false;
    QString normalised = relative;
    normalised.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normalised.split(QLatin1Char('/'), Qt::KeepEmptyParts);
    const bool bad = normalised.startsWith(QLatin1Char('/')) || normalised.contains(QLatin1Char(':')) ||
                     parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")) ||
                     parts.contains(QString());
    if (bad || relative.isEmpty()) {
        if (refused)
            *refused = true;
        return std::nullopt;
    }
    QString current = root;
    for (const QString &part : parts) {
        const QDir dir(current);
        QString match;
        const QStringList entries =
            dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QString &e : entries)
            if (e.compare(part, Qt::CaseInsensitive) == 0) {
                match = e;
                if (e == part)
                    break;
            }
        if (match.isEmpty())
            return std::nullopt;
        current = dir.filePath(match);
        // A symbolic link could lead outside the backup: it is not followed.
        if (QFileInfo(current).isSymLink()) {
            if (refused)
                *refused = true;
            return std::nullopt;
        }
    }
    return current;
}

QString GpoBackupReview::summary() const
{
    int p1 = 0, p2 = 0, c1 = 0, c2 = 0;
    for (const WfasSet &s : wfas.sets) {
        p1 += s.kind == WfasSetKind::Phase1Auth;
        p2 += s.kind == WfasSetKind::Phase2Auth;
        c1 += s.kind == WfasSetKind::Phase1Crypto;
        c2 += s.kind == WfasSetKind::Phase2Crypto;
    }
    return QStringLiteral(
               "Windows Firewall: %1 connection security rule(s), %2+%3 auth set(s), %4+%5 crypto set(s), "
               "%6 firewall rule(s), %7 main mode rule(s)")
        .arg(wfas.connectionSecurityRules.size())
        .arg(p1)
        .arg(p2)
        .arg(c1)
        .arg(c2)
        .arg(wfas.firewallRules.size())
        .arg(wfas.mainModeRules.size());
}

GpoReviewResult reviewGpoPath(const QString &path, const std::function<void(int, int)> &progress)
{
    GpoReviewResult out;
    out.path = path;
    const QFileInfo info(path);
    if (info.isFile()) {
        out.gpos << reviewWfw(path);
        if (progress)
            progress(1, 1);
        return out;
    }
    if (!info.isDir()) {
        out.findings << fileFinding(code::BackupNotABackup, Severity::Error, path, -1,
                                    QStringLiteral("no such file or folder"));
        return out;
    }
    if (resolveInside(path, QStringLiteral("Backup.xml"))) {
        out.gpos << reviewBackupFolder(path);
        if (progress)
            progress(1, 1);
        return out;
    }
    // A backup root: the manifest's entries, plus every sub-folder with a bkupInfo.xml (Q58: never require
    // the manifest).
    QStringList folders;
    if (const auto manifest = resolveInside(path, QStringLiteral("manifest.xml"))) {
        if (const auto bytes = readFile(*manifest, kMaxXmlFileSize, out.findings)) {
            QList<Fields> entries;
            parseBackupInst(*bytes, *manifest, out.findings, &entries);
            for (const Fields &e : entries) {
                const QString id = e.value(QStringLiteral("ID"));
                bool refused = false;
                const auto folder = id.isEmpty() ? std::nullopt : resolveInside(path, id, &refused);
                if (!folder)
                    out.findings << fileFinding(
                        code::BackupInconsistent, refused ? Severity::Error : Severity::Warning, *manifest,
                        -1,
                        refused ? QStringLiteral("manifest entry \"%1\" points outside the root; "
                                                 "not followed")
                                      .arg(id)
                                : QStringLiteral("manifest lists backup %1 (%2) but its folder is "
                                                 "missing")
                                      .arg(id, e.value(QStringLiteral("GPODisplayName"))));
                else if (!folders.contains(*folder))
                    folders << *folder;
            }
        }
    }
    const QDir root(path);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = root.filePath(sub);
        if (folders.contains(folder) || !resolveInside(folder, QStringLiteral("bkupInfo.xml")))
            continue;
        if (!out.findings.isEmpty() || resolveInside(path, QStringLiteral("manifest.xml")))
            out.findings << fileFinding(
                code::BackupInconsistent, Severity::Info, folder, -1,
                QStringLiteral("backup folder %1 is not in manifest.xml; reviewed anyway").arg(sub));
        folders << folder;
    }
    if (folders.isEmpty()) {
        out.findings << fileFinding(
            code::BackupNotABackup, Severity::Error, path, -1,
            QStringLiteral("not a GPO backup: no Backup.xml, manifest.xml or backup folders"));
        return out;
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        out.gpos << reviewBackupFolder(folders[i]);
        if (progress)
            progress(int(i + 1), int(folders.size()));
    }
    return out;
}

QString describeReview(const GpoReviewResult &review)
{
    QStringList lines;
    lines << QStringLiteral("Review of %1: %2 GPO(s)").arg(review.path).arg(review.gpos.size());
    for (const Finding &f : review.findings)
        lines << QStringLiteral("  ") + f.toString();
    for (const GpoBackupReview &g : review.gpos)
        lines << QString() << describeGpo(g);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString describeGpo(const GpoBackupReview &g)
{
    QStringList lines;
    if (g.isWfw) {
        lines << QStringLiteral("Windows Firewall export %1").arg(g.folder);
    } else {
        lines << QStringLiteral("GPO \"%1\" %2 in %3").arg(g.displayName, g.gpoGuid, g.domain);
        lines << QStringLiteral("  backup %1, taken %2 from %3")
                     .arg(g.backupId, g.backupTime, g.domainController);
        lines << QStringLiteral("  versions: computer %1 (directory %2, sysvol %3), user %4")
                     .arg(g.machineVersion)
                     .arg(g.machineVersion >> 16)
                     .arg(g.machineVersion & 0xFFFF)
                     .arg(g.userVersion);
        QStringList ext;
        for (const GpoBackupExtension &e : g.extensions)
            ext << QStringLiteral("%1 %2").arg(e.name, e.id);
        lines << QStringLiteral("  extensions: %1")
                     .arg(ext.isEmpty() ? QStringLiteral("none") : ext.join(QStringLiteral(", ")));
        lines << QStringLiteral("  machine extension GUIDs: %1").arg(g.machineExtensionGuids);
        if (g.legacyIpsecLinked)
            lines << QStringLiteral("  LEGACY IPSEC POLICY LINKED: policy data not in the backup %1")
                         .arg(g.legacyIpsecLink);
    }
    lines << QStringLiteral("  ") + g.summary();
    for (const WfasRule &r : g.wfas.connectionSecurityRules)
        lines << QStringLiteral("  connection security rule ") +
                     describeRule(r).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    for (const WfasSet &s : g.wfas.sets)
        lines << QStringLiteral("  ") + describeSet(s).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    for (const WfasRule &r : g.wfas.firewallRules)
        lines << QStringLiteral("  firewall rule ") +
                     describeRule(r).replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    for (const Finding &f : g.findings)
        lines << QStringLiteral("  ") + f.toString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray reviewToJson(const GpoReviewResult &review)
{
    auto findingsJson = [](const Findings &findings) {
        QJsonArray a;
        for (const Finding &f : findings)
            a.append(QJsonObject{{QStringLiteral("code"), f.code},
                                 {QStringLiteral("severity"), severityName(f.severity)},
                                 {QStringLiteral("location"), f.location.toString()},
                                 {QStringLiteral("message"), f.message},
                                 {QStringLiteral("hint"), f.hint}});
        return a;
    };
    auto ruleJson = [](const WfasRule &r) {
        QJsonObject tokens;
        QJsonArray list;
        for (const RuleToken &t : r.tokens)
            list.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("value"), t.value}});
        return QJsonObject{{QStringLiteral("id"), r.id},
                           {QStringLiteral("version"), r.version},
                           {QStringLiteral("name"), r.displayName()},
                           {QStringLiteral("active"), r.isActive()},
                           {QStringLiteral("tokens"), list}};
    };
    QJsonArray gpos;
    for (const GpoBackupReview &g : review.gpos) {
        QJsonArray csr, fw, sets, ext;
        for (const WfasRule &r : g.wfas.connectionSecurityRules)
            csr.append(ruleJson(r));
        for (const WfasRule &r : g.wfas.firewallRules)
            fw.append(ruleJson(r));
        for (const WfasSet &s : g.wfas.sets) {
            QJsonArray suites;
            for (const WfasValues &v : s.suites) {
                QJsonObject o;
                for (const WfasValue &x : v.values)
                    o.insert(x.name, x.name.compare(QStringLiteral("SHKey"), Qt::CaseInsensitive) == 0
                                         ? QStringLiteral("****")
                                         : x.value);
                suites.append(o);
            }
            QJsonObject props;
            for (const WfasValue &x : s.properties.values)
                props.insert(x.name, x.value);
            sets.append(QJsonObject{{QStringLiteral("kind"), describeSetKind(s.kind)},
                                    {QStringLiteral("id"), s.id},
                                    {QStringLiteral("properties"), props},
                                    {QStringLiteral("suites"), suites}});
        }
        for (const GpoBackupExtension &e : g.extensions)
            ext.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name}});
        gpos.append(QJsonObject{
            {QStringLiteral("folder"), g.folder},
            {QStringLiteral("wfw"), g.isWfw},
            {QStringLiteral("name"), g.displayName},
            {QStringLiteral("guid"), g.gpoGuid},
            {QStringLiteral("domain"), g.domain},
            {QStringLiteral("backupId"), g.backupId},
            {QStringLiteral("backupTime"), g.backupTime},
            {QStringLiteral("machineVersion"), qint64(g.machineVersion)},
            {QStringLiteral("userVersion"), qint64(g.userVersion)},
            {QStringLiteral("machineExtensionGuids"), g.machineExtensionGuids},
            {QStringLiteral("extensions"), ext},
            {QStringLiteral("legacyIpsecLinked"), g.legacyIpsecLinked},
            {QStringLiteral("legacyIpsecLink"), g.legacyIpsecLink},
            {QStringLiteral("policyVersion"), qint64(g.wfas.policyVersion().value_or(0))},
            {QStringLiteral("connectionSecurityRules"), csr},
            {QStringLiteral("sets"), sets},
            {QStringLiteral("firewallRules"), fw},
            {QStringLiteral("findings"), findingsJson(g.findings)},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("path"), review.path},
                                     {QStringLiteral("gpos"), gpos},
                                     {QStringLiteral("findings"), findingsJson(review.findings)}})
        .toJson(QJsonDocument::Indented);
}

} // namespace ipsec::gpo
