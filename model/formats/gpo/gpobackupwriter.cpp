// The GPMC backup exporter (docs/formats/gpo.md, GPMC backups). XML through QXmlStreamWriter; every file
// through writeFileAtomically.
#include "core/savefile.h"
#include "formats/format.h"
#include "formats/gpipsec/ldifformat.h"
#include "formats/netsh/netshexport.h"
#include "gpobackup.h"
#include "gpofindings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtEndian>
#include <filesystem>
#include <system_error>

namespace ipsec::gpo {

namespace {

const QString kBackupNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/GPOOperations");
const QString kManifestNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest");
const QString kSettingsNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/Settings");
const QString kTypesNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/Types");
const QString kSecurityNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/Types/Security");
const QString kFirewallNs = QStringLiteral("http://www.microsoft.com/GroupPolicy/Settings/WindowsFirewall");
const QUuid kIdNamespace = QUuid(QStringLiteral("{9b1e8c52-3d0f-4a57-8e0b-2c6f4d1a7b33}"));
const QString kRegistryPolLocation = QStringLiteral("DomainSysvol\\GPO\\Machine\\registry.pol");

// Q61: a fresh GPO's version counters (directory and sysvol equal): 1 for a side with settings, else 0.
constexpr std::uint32_t versionNumber(std::uint32_t counter)
{
    return counter << 16 | counter;
}

// ---- The GPO's security descriptor (Q57: always written) ----
// Well-known principals only, because the target domain's SIDs are unknown here: SYSTEM and Administrators
// may edit, Enterprise Domain Controllers and Authenticated Users read, Authenticated Users apply the policy.

QByteArray sidBytes(std::uint8_t authority, std::initializer_list<std::uint32_t> subs)
{
    QByteArray b;
    b.append(char(1)).append(char(subs.size())).append(5, '\0').append(char(authority));
    for (std::uint32_t s : subs) {
        char le[4];
        qToLittleEndian(s, le);
        b.append(le, 4);
    }
    return b;
}

void appendU16(QByteArray &b, std::uint16_t v)
{
    char le[2];
    qToLittleEndian(v, le);
    b.append(le, 2);
}

void appendU32(QByteArray &b, std::uint32_t v)
{
    char le[4];
    qToLittleEndian(v, le);
    b.append(le, 4);
}

QByteArray ace(std::uint32_t mask, const QByteArray &sid, const QUuid &objectType = {})
{
    QByteArray body;
    appendU32(body, mask);
    if (!objectType.isNull()) {
        appendU32(body, 1); // ACE_OBJECT_TYPE_PRESENT
        appendU32(body, objectType.data1);
        appendU16(body, objectType.data2);
        appendU16(body, objectType.data3);
        body.append(reinterpret_cast<const char *>(objectType.data4), 8);
    }
    body.append(sid);
    QByteArray a;
    a.append(char(objectType.isNull() ? 0x00 : 0x05)); // ACCESS_ALLOWED(_OBJECT)_ACE_TYPE
    a.append(char(0x02));                              // CONTAINER_INHERIT_ACE
    appendU16(a, std::uint16_t(4 + body.size()));
    return a + body;
}

const QUuid kApplyGroupPolicy = QUuid(QStringLiteral("{edacfd8f-ffb3-11d1-b41d-00a0c968f939}"));
const QString kSddl =
    QStringLiteral("O:BAG:BAD:P(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;SY)(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;BA)"
                   "(A;CI;LCRPLORC;;;ED)(A;CI;LCRPLORC;;;AU)"
                   "(OA;CI;CR;edacfd8f-ffb3-11d1-b41d-00a0c968f939;;AU)");

QByteArray securityDescriptor()
{
    const QByteArray system = sidBytes(5, {18}), admins = sidBytes(5, {32, 544}), edc = sidBytes(5, {9}),
                     users = sidBytes(5, {11});
    const QList<QByteArray> aces{ace(0x000F00FF, system), ace(0x000F00FF, admins), ace(0x00020094, edc),
                                 ace(0x00020094, users), ace(0x00000100, users, kApplyGroupPolicy)};
    QByteArray acl;
    acl.append(char(4)).append(char(0)); // ACL_REVISION_DS: object ACEs present
    qsizetype size = 8;
    for (const QByteArray &a : aces)
        size += a.size();
    appendU16(acl, std::uint16_t(size));
    appendU16(acl, std::uint16_t(aces.size()));
    appendU16(acl, 0);
    for (const QByteArray &a : aces)
        acl += a;
    QByteArray sd;
    sd.append(char(1)).append(char(0));
    appendU16(sd, 0x9004); // self-relative, DACL protected, DACL present
    const std::uint32_t ownerOffset = 20, groupOffset = ownerOffset + std::uint32_t(admins.size());
    appendU32(sd, ownerOffset);
    appendU32(sd, groupOffset);
    appendU32(sd, 0);
    appendU32(sd, groupOffset + std::uint32_t(admins.size()));
    return sd + admins + admins + acl;
}

// ---- Small helpers ----

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return true;
    return false;
}

struct BackupInstance {
    QString gpoGuid, domain, domainGuid, domainController, backupTime, id, comment, displayName;
};

void writeBackupInstance(QXmlStreamWriter &w, const BackupInstance &b)
{
    auto cdata = [&](const char *name, const QString &value) {
        w.writeStartElement(QLatin1String(name));
        w.writeCDATA(value);
        w.writeEndElement();
    };
    cdata("GPOGuid", b.gpoGuid);
    cdata("GPODomain", b.domain);
    cdata("GPODomainGuid", b.domainGuid);
    cdata("GPODomainController", b.domainController);
    cdata("BackupTime", b.backupTime);
    cdata("ID", b.id);
    cdata("Comment", b.comment);
    cdata("GPODisplayName", b.displayName);
}

QByteArray bkupInfoXml(const BackupInstance &b)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("BackupInst"));
    w.writeAttribute(QStringLiteral("xmlns"), kManifestNs);
    writeBackupInstance(w, b);
    w.writeEndElement();
    return out;
}

// Existing entries of a manifest.xml, so that exporting into a backup root adds a backup instead of
// hiding the others.
QList<BackupInstance> readManifest(const QString &path)
{
    QList<BackupInstance> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader r(&f);
    BackupInstance current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"BackupInst")
            current = {};
        else if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (name == QStringLiteral("Backups"))
                continue;
            const QString text = r.readElementText();
            if (name == QStringLiteral("GPOGuid"))
                current.gpoGuid = text;
            else if (name == QStringLiteral("GPODomain"))
                current.domain = text;
            else if (name == QStringLiteral("GPODomainGuid"))
                current.domainGuid = text;
            else if (name == QStringLiteral("GPODomainController"))
                current.domainController = text;
            else if (name == QStringLiteral("BackupTime"))
                current.backupTime = text;
            else if (name == QStringLiteral("ID"))
                current.id = text;
            else if (name == QStringLiteral("Comment"))
                current.comment = text;
            else if (name == QStringLiteral("GPODisplayName"))
                current.displayName = text;
        } else if (r.isEndElement() && r.name() == u"BackupInst")
            out << current;
    }
    return r.hasError() ? QList<BackupInstance>{} : out;
}

QByteArray manifestXml(const QList<BackupInstance> &instances)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("Backups"));
    w.writeAttribute(QStringLiteral("xmlns"), kManifestNs);
    w.writeAttribute(QStringLiteral("xmlns:mfst"), kManifestNs);
    w.writeAttribute(QStringLiteral("mfst:version"), QStringLiteral("1.0"));
    for (const BackupInstance &b : instances) {
        w.writeStartElement(QStringLiteral("BackupInst"));
        writeBackupInstance(w, b);
        w.writeEndElement();
    }
    w.writeEndElement();
    return out; // no declaration, no final newline (docs/formats/gpo.md, Folder and files)
}

struct BackupXmlInput {
    QString gpoGuid, domain, displayName, domainController;
    bool withRegistryPol = false;
    std::uint32_t machineVersion = 0;
};

QByteArray backupXml(const BackupXmlInput &in)
{
    QByteArray out(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><!-- Copyright (c) Microsoft Corporation.  All rights "
        "reserved. -->");
    QBuffer buffer(&out);
    buffer.open(QIODevice::Append);
    QXmlStreamWriter w(&buffer);
    auto cdata = [&](const char *name, const QString &value) {
        w.writeStartElement(QLatin1String(name));
        w.writeCDATA(value);
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("GroupPolicyBackupScheme"));
    w.writeAttribute(QStringLiteral("bkp:version"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("bkp:type"), QStringLiteral("GroupPolicyBackupTemplate"));
    w.writeAttribute(QStringLiteral("xmlns:bkp"), kBackupNs);
    w.writeAttribute(QStringLiteral("xmlns"), kBackupNs);
    w.writeCharacters(QStringLiteral("\n"));
    w.writeStartElement(QStringLiteral("GroupPolicyObject"));
    w.writeEmptyElement(QStringLiteral("SecurityGroups")); // only well-known principals: nothing to migrate
    w.writeEmptyElement(QStringLiteral("FilePaths"));
    w.writeStartElement(QStringLiteral("GroupPolicyCoreSettings"));
    cdata("ID", in.gpoGuid);
    cdata("Domain", in.domain);
    w.writeTextElement(QStringLiteral("SecurityDescriptor"),
                       QString::fromLatin1(securityDescriptor().toHex(' ')));
    cdata("DisplayName", in.displayName);
    cdata("Options", QStringLiteral("0"));
    cdata("UserVersionNumber", QStringLiteral("0"));
    cdata("MachineVersionNumber", QString::number(in.machineVersion));
    if (in.withRegistryPol)
        cdata("MachineExtensionGuids", QLatin1Char('[') + kRegistryCse + kFirewallTool + QLatin1Char(']'));
    else
        w.writeEmptyElement(QStringLiteral("MachineExtensionGuids"));
    w.writeEmptyElement(QStringLiteral("UserExtensionGuids"));
    w.writeEmptyElement(QStringLiteral("WMIFilter"));
    w.writeEndElement(); // GroupPolicyCoreSettings
    if (in.withRegistryPol) {
        const QString sysvol = QStringLiteral("\\\\%1\\sysvol\\%2\\Policies\\%3")
                                   .arg(in.domainController, in.domain, in.gpoGuid);
        w.writeStartElement(QStringLiteral("GroupPolicyExtension"));
        w.writeAttribute(QStringLiteral("bkp:ID"), kRegistryCse);
        w.writeAttribute(QStringLiteral("bkp:DescName"), QStringLiteral("Registry"));
        w.writeEmptyElement(QStringLiteral("FSObjectFile"));
        w.writeAttribute(QStringLiteral("bkp:Path"), QStringLiteral("%GPO_MACH_FSPATH%\\registry.pol"));
        w.writeAttribute(QStringLiteral("bkp:SourceExpandedPath"),
                         sysvol + QStringLiteral("\\Machine\\registry.pol"));
        w.writeAttribute(QStringLiteral("bkp:Location"), kRegistryPolLocation);
        w.writeEmptyElement(QStringLiteral("FSObjectFile"));
        w.writeAttribute(QStringLiteral("bkp:Path"), QStringLiteral("%GPO_FSPATH%\\Adm\\*.*"));
        w.writeAttribute(QStringLiteral("bkp:SourceExpandedPath"), sysvol + QStringLiteral("\\Adm\\*.*"));
        w.writeEndElement();
    }
    w.writeEndElement(); // GroupPolicyObject
    w.writeCharacters(QStringLiteral("\n"));
    w.writeEndElement();
    buffer.close();
    out.replace("\n", "\r\n"); // CRLF as GPMC writes it; the text above holds no other newline
    return out;
}

QString reportValue(const QString &token, const QString &value)
{
    if (token == QStringLiteral("Active"))
        return value.toLower();
    return value;
}

void writeRuleElement(QXmlStreamWriter &w, const QString &element, const WfasRule &rule)
{
    w.writeStartElement(kFirewallNs, element);
    w.writeTextElement(kFirewallNs, QStringLiteral("Version"), rule.version);
    for (const RuleToken &t : rule.tokens)
        if (!t.name.isEmpty() && t.name.at(0).isLetter())
            w.writeTextElement(kFirewallNs, t.name, reportValue(t.name, t.value));
    w.writeEndElement();
}

void writeSetElement(QXmlStreamWriter &w, const WfasSet &set)
{
    const bool auth = set.kind == WfasSetKind::Phase1Auth || set.kind == WfasSetKind::Phase2Auth;
    w.writeStartElement(kFirewallNs,
                        set.kind == WfasSetKind::Phase1Auth     ? QStringLiteral("Phase1AuthenticationSets")
                        : set.kind == WfasSetKind::Phase2Auth   ? QStringLiteral("Phase2AuthenticationSets")
                        : set.kind == WfasSetKind::Phase1Crypto ? QStringLiteral("Phase1CryptoSets")
                                                                : QStringLiteral("Phase2CryptoSets"));
    w.writeTextElement(kFirewallNs, QStringLiteral("GUID"), set.id);
    for (const WfasValue &v : set.properties.values)
        if (!v.name.isEmpty() && v.name.at(0).isLetter())
            w.writeTextElement(kFirewallNs, v.name, v.value);
    for (const WfasValues &suite : set.suites) {
        w.writeStartElement(kFirewallNs,
                            auth ? QStringLiteral("AuthenticationSuites") : QStringLiteral("CryptoSuites"));
        for (const WfasValue &v : suite.values)
            if (!v.name.isEmpty() && v.name.at(0).isLetter() &&
                v.name.compare(QStringLiteral("SHKey"), Qt::CaseInsensitive) != 0)
                w.writeTextElement(kFirewallNs, v.name, v.value);
        w.writeEndElement();
    }
    w.writeEndElement();
}

QByteArray gpreportXml(const BackupXmlInput &in, const WfasPolicy &wfas, const QString &time)
{
    QString text;
    QXmlStreamWriter w(&text);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema"), QStringLiteral("xsd"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeDefaultNamespace(kSettingsNs);
    w.writeStartElement(kSettingsNs, QStringLiteral("GPO"));
    w.writeStartElement(kSettingsNs, QStringLiteral("Identifier"));
    w.writeTextElement(kTypesNs, QStringLiteral("Identifier"), in.gpoGuid);
    w.writeTextElement(kTypesNs, QStringLiteral("Domain"), in.domain);
    w.writeEndElement();
    w.writeTextElement(kSettingsNs, QStringLiteral("Name"), in.displayName);
    w.writeTextElement(kSettingsNs, QStringLiteral("IncludeComments"), QStringLiteral("true"));
    w.writeTextElement(kSettingsNs, QStringLiteral("CreatedTime"), time);
    w.writeTextElement(kSettingsNs, QStringLiteral("ModifiedTime"), time);
    w.writeTextElement(kSettingsNs, QStringLiteral("ReadTime"), time);
    w.writeStartElement(kSettingsNs, QStringLiteral("SecurityDescriptor"));
    w.writeTextElement(kSecurityNs, QStringLiteral("SDDL"), kSddl);
    w.writeStartElement(kSecurityNs, QStringLiteral("Owner"));
    w.writeTextElement(kTypesNs, QStringLiteral("SID"), QStringLiteral("S-1-5-32-544"));
    w.writeTextElement(kTypesNs, QStringLiteral("Name"), QStringLiteral("BUILTIN\\Administrators"));
    w.writeEndElement();
    w.writeTextElement(kSecurityNs, QStringLiteral("PermissionsPresent"), QStringLiteral("false"));
    w.writeEndElement();
    w.writeTextElement(kSettingsNs, QStringLiteral("FilterDataAvailable"), QStringLiteral("true"));
    w.writeStartElement(kSettingsNs, QStringLiteral("Computer"));
    const QString counter = QString::number(in.machineVersion & 0xFFFF);
    w.writeTextElement(kSettingsNs, QStringLiteral("VersionDirectory"), counter);
    w.writeTextElement(kSettingsNs, QStringLiteral("VersionSysvol"), counter);
    w.writeTextElement(kSettingsNs, QStringLiteral("Enabled"), QStringLiteral("true"));
    if (in.withRegistryPol) {
        w.writeStartElement(kSettingsNs, QStringLiteral("ExtensionData"));
        w.writeNamespace(kFirewallNs, QStringLiteral("q1"));
        w.writeStartElement(kSettingsNs, QStringLiteral("Extension"));
        w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("type"),
                         QStringLiteral("q1:WindowsFirewallSettings"));
        w.writeStartElement(kFirewallNs, QStringLiteral("GlobalSettings"));
        w.writeStartElement(kFirewallNs, QStringLiteral("PolicyVersion"));
        w.writeTextElement(kFirewallNs, QStringLiteral("Value"),
                           QString::number(wfas.policyVersion().value_or(0)));
        w.writeEndElement();
        w.writeEndElement();
        // Q56: element names for connection security rules and sets as GPOZaurr reads real reports.
        for (const WfasRule &r : wfas.connectionSecurityRules)
            writeRuleElement(w, QStringLiteral("ConnectionSecurityRules"), r);
        for (const WfasSet &s : wfas.sets)
            writeSetElement(w, s);
        for (const WfasRule &r : wfas.firewallRules)
            writeRuleElement(w,
                             r.value(QStringLiteral("Dir")) == QStringLiteral("In")
                                 ? QStringLiteral("InboundFirewallRules")
                                 : QStringLiteral("OutboundFirewallRules"),
                             r);
        w.writeEndElement(); // Extension
        w.writeTextElement(kSettingsNs, QStringLiteral("Name"), QStringLiteral("Windows Firewall"));
        w.writeEndElement(); // ExtensionData
    }
    w.writeEndElement(); // Computer
    w.writeStartElement(kSettingsNs, QStringLiteral("User"));
    w.writeTextElement(kSettingsNs, QStringLiteral("VersionDirectory"), QStringLiteral("0"));
    w.writeTextElement(kSettingsNs, QStringLiteral("VersionSysvol"), QStringLiteral("0"));
    w.writeTextElement(kSettingsNs, QStringLiteral("Enabled"), QStringLiteral("true"));
    w.writeEndElement();
    w.writeEndElement(); // GPO
    text = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?>") + text;
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QByteArray out("\xFF\xFE", 2); // UTF-16LE with BOM (docs/formats/gpo.md, Folder and files)
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

class Exporter {
public:
    Exporter(const StoreData &store, const QString &root, const GpoExportOptions &options)
        : m_store(store), m_root(root), m_options(options)
    {}

    GpoExportResult run()
    {
        if (!checkOptions())
            return m_result;
        m_result.backupId = m_options.backupId.isNull() ? QUuid::createUuid() : m_options.backupId;
        const QString backupId = bracedId(m_result.backupId);
        const QString gpoGuid =
            bracedId(m_options.gpoGuid.isNull()
                         ? QUuid::createUuidV5(kIdNamespace, m_options.domain.toLower() + QLatin1Char('/') +
                                                                 m_options.gpoName)
                         : m_options.gpoGuid);
        const QDateTime time =
            m_options.backupTime.isValid() ? m_options.backupTime : QDateTime::currentDateTime();
        const QString timeText = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QString dc = m_options.domainController.isEmpty() ? QStringLiteral("dc.") + m_options.domain
                                                                : m_options.domainController;
        const bool wfas = m_options.content != GpoContent::Legacy;
        const bool legacy = m_options.content != GpoContent::Wfas;

        WfasTranslation translation;
        if (wfas) {
            translation = translateToWfas(m_store, m_options.translation);
            m_result.findings << translation.report;
            if (!translation.ok) {
                refuse(QStringLiteral(
                    "the policy cannot be translated to Windows Firewall rules; nothing was written"));
                return m_result;
            }
        }
        if (wfas) {
            Findings polFindings;
            m_pol = writeRegistryPol(encodeWfas(translation.policy), &polFindings);
            m_result.findings << polFindings;
            if (m_pol.isEmpty()) {
                refuse(QStringLiteral("the registry.pol could not be written; nothing was written"));
                return m_result;
            }
        }

        const QDir rootDir(m_root);
        BackupXmlInput in{gpoGuid, m_options.domain,           m_options.gpoName, dc,
                          wfas,    wfas ? versionNumber(1) : 0};
        const BackupInstance instance{gpoGuid,
                                      m_options.domain,
                                      bracedId(QUuid::createUuidV5(kIdNamespace, m_options.domain.toLower())),
                                      dc,
                                      timeText,
                                      backupId,
                                      QString(),
                                      m_options.gpoName};
        if (m_options.progress && !m_options.progress(0, 0)) {
            m_result.findings << cancelledFinding(m_root);
            return m_result;
        }
        // Everything is written into a temporary folder beside the backups first and moved into place only
        // when all of it was written: a full disk or a failed write leaves no half-written backup behind.
        const bool rootExisted = rootDir.exists();
        if (!QDir().mkpath(m_root)) {
            m_result.findings << fileFinding(code::BackupWriteFailed, Severity::Error, m_root, -1,
                                             QStringLiteral("cannot create the folder %1").arg(m_root));
            return m_result;
        }
        QTemporaryDir staging(rootDir.filePath(QStringLiteral(".ipsec-export-XXXXXX")));
        if (!staging.isValid()) {
            m_result.findings << fileFinding(code::BackupWriteFailed, Severity::Error, m_root, -1,
                                             QStringLiteral("cannot create a temporary folder in %1: %2")
                                                 .arg(m_root, staging.errorString()));
            return m_result;
        }
        m_staging = staging.path();
        const bool staged = writeStaged(QDir(m_staging), rootDir, backupId, in, instance, translation.policy,
                                        timeText, wfas, legacy) &&
                            moveIntoPlace(backupId) && (!legacy || moveIntoPlace(kLegacyFolderName)) &&
                            moveIntoPlace(QStringLiteral("manifest.xml"));
        if (!staged) {
            staging.remove();
            if (!rootExisted)
                QDir().rmdir(m_root); // only when empty: it was made for this export
            m_result.writtenFiles.clear();
            return m_result;
        }
        const QString backupDir = rootDir.filePath(backupId);
        if (!wfas)
            m_result.findings << objectFinding(
                code::BackupLegacyLink, Severity::Info, m_options.gpoName,
                QStringLiteral("the backup holds no IPsec settings: a backup cannot carry a "
                               "legacy IPsec policy, only its link, whose form in Backup.xml "
                               "is unknown (Q54). Create and assign the policy with the "
                               "files in '%1' after importing the GPO")
                    .arg(kLegacyFolderName));
        // Q59: every file Backup.xml lists with a location must exist.
        if (wfas &&
            !QFile::exists(QDir(backupDir).filePath(QStringLiteral("DomainSysvol/GPO/Machine/registry.pol"))))
            refuse(QStringLiteral("registry.pol listed in Backup.xml is missing after writing"));
        m_result.ok = !hasErrors(m_result.findings) || translation.ok;
        return m_result;
    }

private:
    bool checkOptions()
    {
        static const QRegularExpression dns(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))+$"));
        if (!dns.match(m_options.domain).hasMatch())
            refuse(
                QStringLiteral("'%1' is not a DNS domain name (e.g. ipsectest.com)").arg(m_options.domain));
        if (m_options.gpoName.trimmed().isEmpty() || m_options.gpoName.size() > 255 ||
            hasControlCharacters(m_options.gpoName))
            refuse(QStringLiteral("the GPO name must be 1-255 characters without control characters"));
        if (!m_options.domainController.isEmpty() && !dns.match(m_options.domainController).hasMatch())
            refuse(
                QStringLiteral("'%1' is not a domain controller host name").arg(m_options.domainController));
        return !hasErrors(m_result.findings);
    }

    void refuse(const QString &message)
    {
        m_result.findings << objectFinding(code::BackupExportRefused, Severity::Error, m_options.gpoName,
                                           message);
    }

    // The backup's own folder, the manifest and the legacy folder, all in `stage`.
    bool writeStaged(const QDir &stage, const QDir &rootDir, const QString &backupId,
                     const BackupXmlInput &in, const BackupInstance &instance, const WfasPolicy &policy,
                     const QString &timeText, bool wfas, bool legacy)
    {
        const QDir backupDir(stage.filePath(backupId));
        if (wfas && !write(backupDir.filePath(
                               QString(kRegistryPolLocation).replace(QLatin1Char('\\'), QLatin1Char('/'))),
                           m_pol))
            return false;
        if (!write(backupDir.filePath(QStringLiteral("Backup.xml")), backupXml(in)) ||
            !write(backupDir.filePath(QStringLiteral("bkupInfo.xml")), bkupInfoXml(instance)) ||
            !write(backupDir.filePath(QStringLiteral("gpreport.xml")), gpreportXml(in, policy, timeText)))
            return false;
        QList<BackupInstance> manifest = readManifest(rootDir.filePath(QStringLiteral("manifest.xml")));
        manifest.removeIf(
            [&](const BackupInstance &b) { return b.id.compare(backupId, Qt::CaseInsensitive) == 0; });
        manifest << instance;
        if (!write(stage.filePath(QStringLiteral("manifest.xml")), manifestXml(manifest)))
            return false;
        return !legacy || writeLegacy(stage.filePath(kLegacyFolderName));
    }

    // Moves the staged `name` over the one in the backup root; an older one is moved aside into the staging
    // folder first (removed with it), because rename(2) replaces files but not folders that hold something.
    // Paths go through UTF-16, which std::filesystem converts right on every platform.
    bool moveIntoPlace(const QString &name)
    {
        namespace fs = std::filesystem;
        const fs::path from = fs::path(QDir(m_staging).filePath(name).toStdU16String());
        const fs::path to = fs::path(QDir(m_root).filePath(name).toStdU16String());
        std::error_code ec;
        std::error_code absent; // is_directory() of a path that does not exist reports ENOENT here
        if (fs::is_directory(to, absent))
            fs::rename(
                to, fs::path(QDir(m_staging).filePath(QStringLiteral("replaced-") + name).toStdU16String()),
                ec);
        if (!ec)
            fs::rename(from, to, ec);
        if (ec) {
            m_result.findings << fileFinding(
                code::BackupWriteFailed, Severity::Error, QDir(m_root).filePath(name), -1,
                QStringLiteral("cannot move %1 into place: %2")
                    .arg(QDir(m_root).filePath(name), QString::fromStdString(ec.message())));
            return false;
        }
        return true;
    }

    bool write(const QString &path, const QByteArray &bytes)
    {
        QString error;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            m_result.findings << fileFinding(
                code::BackupWriteFailed, Severity::Error, finalPath(path), -1,
                QStringLiteral("cannot create the folder of %1").arg(finalPath(path)));
            return false;
        }
        if (!writeFileAtomically(path, bytes, &error)) {
            m_result.findings << fileFinding(code::BackupWriteFailed, Severity::Error, finalPath(path), -1,
                                             finalPath(error));
            return false;
        }
        m_result.writtenFiles << finalPath(path);
        return true;
    }

    // A path (or a message naming one) in the staging folder, as where it ends up.
    QString finalPath(const QString &text) const
    {
        return m_staging.isEmpty() ? text : QString(text).replace(m_staging, m_root);
    }

    bool writeLegacy(const QString &folder)
    {
        StoreData legacy = m_store;
        // The assigned policy is the one the GPO gets; mark the translated one when none is assigned.
        if (!legacy.assignedPolicy() && !legacy.policies.empty())
            legacy.policies.front().assigned = true;
        legacy.info.location = StoreLocation::Domain;
        legacy.info.domain = m_options.domain;
        legacy.info.gpoName = m_options.gpoName;
        QStringList available;
        gpipsec::LdifExportOptions ldifOptions;
        ldifOptions.domain = m_options.domain;
        const gpipsec::LdifExportResult ldif = gpipsec::writeLdif(legacy, ldifOptions);
        m_result.findings << ldif.findings;
        if (ldif.ok) {
            if (!write(QDir(folder).filePath(QStringLiteral("ipsec-policy.ldf")), ldif.ldif))
                return false;
            available << QStringLiteral("ipsec-policy.ldf");
        }
        netsh::ExportOptions netshOptions;
        netshOptions.store = StoreLocation::Domain;
        netshOptions.domain = m_options.domain;
        netshOptions.gpoName = m_options.gpoName;
        const netsh::ExportOutput script = netsh::write(legacy, netshOptions);
        m_result.findings << script.findings;
        if (script.ok) {
            if (!write(QDir(folder).filePath(QStringLiteral("ipsec-policy-netsh.cmd")), script.bytes))
                return false;
            available << QStringLiteral("ipsec-policy-netsh.cmd");
        }
        const QString readme =
            QStringLiteral(
                "Legacy IPsec policy for the GPO \"%1\" in %2\r\n"
                "==============================================================\r\n\r\n"
                "A GPMC backup cannot carry a legacy IPsec policy: it carries at most the link to one, and "
                "the policy\r\n"
                "objects live in CN=IP Security,CN=System of the domain. This folder holds the policy "
                "itself.\r\n\r\n"
                "Which to use when:\r\n"
                "- Windows Vista / Server 2008 and later: import the backup (Import-GPO -BackupId <id> -Path "
                "<this folder's\r\n"
                "  parent> -TargetName \"%1\" -CreateIfNeeded). The GPO then holds the policy as Windows "
                "Firewall\r\n"
                "  connection security rules; nothing in this folder is needed.\r\n"
                "- Windows XP / Server 2003 clients, or when the legacy IPsec policy itself is wanted:\r\n"
                "  * ipsec-policy-netsh.cmd: run on a domain-joined Windows host as a domain admin; it "
                "creates the policy\r\n"
                "    in the domain store and assigns it to the GPO \"%1\" (the GPO must exist: import the "
                "backup first).\r\n"
                "  * ipsec-policy.ldf: the policy objects for ldifde -i / ldbadd (Samba); it does not assign "
                "the policy.\r\n"
                "Do not use both forms on Vista or later clients: the legacy policy and the firewall rules "
                "would both\r\n"
                "apply.\r\n\r\nFiles written: %3\r\n")
                .arg(m_options.gpoName, m_options.domain,
                     available.isEmpty() ? QStringLiteral("none (see the export report)")
                                         : available.join(QStringLiteral(", ")));
        return write(QDir(folder).filePath(QStringLiteral("README.txt")), readme.toUtf8());
    }

    const StoreData &m_store;
    QString m_root;
    QString m_staging; // the temporary folder in m_root everything is written to first
    QByteArray m_pol;  // the registry.pol bytes
    const GpoExportOptions &m_options;
    GpoExportResult m_result;
};

} // namespace

std::optional<GpoContent> parseGpoContent(const QString &text)
{
    if (text.compare(QStringLiteral("wfas"), Qt::CaseInsensitive) == 0)
        return GpoContent::Wfas;
    if (text.compare(QStringLiteral("legacy"), Qt::CaseInsensitive) == 0)
        return GpoContent::Legacy;
    if (text.compare(QStringLiteral("both"), Qt::CaseInsensitive) == 0)
        return GpoContent::Both;
    return std::nullopt;
}

GpoExportResult exportGpoBackup(const StoreData &store, const QString &outputDir,
                                const GpoExportOptions &options)
{
    return Exporter(store, outputDir, options).run();
}

} // namespace ipsec::gpo
