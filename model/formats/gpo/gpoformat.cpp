#include "gpoformat.h"

#include "consecexport.h"
#include "core/lostreferences.h"
#include "core/savefile.h"
#include "gpobackup.h"
#include "gpofindings.h"
#include "legacytowfas.h"
#include "powershellexport.h"
#include "registrypol.h"
#include "wfaspolicy.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace ipsec {

namespace {

using namespace gpo;

WfasTranslationOptions translationOptions(const FormatOptions &options)
{
    WfasTranslationOptions t;
    t.policy = options.value(QStringLiteral("policy"));
    if (options.value(QStringLiteral("inpass-without-soft"))
            .compare(QStringLiteral("boundary"), Qt::CaseInsensitive) == 0)
        t.inpassWithoutSoft = InpassWithoutSoft::Boundary;
    t.customiseMainMode = !options.flag(QStringLiteral("default-main-mode"));
    t.allowRulesForSecuredPorts = !options.flag(QStringLiteral("no-allow-rules"));
    return t;
}

Finding optionError(const QString &message)
{
    return objectFinding(code::BackupExportRefused, Severity::Error, QString(), message);
}

ExportResult exportBackup(const StoreData &store, const QString &outputPath, const FormatOptions &options)
{
    ExportResult result;
    GpoExportOptions o;
    o.domain = options.value(QStringLiteral("domain"), store.info.domain);
    o.gpoName = options.value(QStringLiteral("gpo-name"), store.info.gpoName);
    o.domainController = options.value(QStringLiteral("dc"));
    o.translation = translationOptions(options);
    o.progress = options.progress();
    const auto content = parseGpoContent(options.value(QStringLiteral("content"), QStringLiteral("both")));
    if (!content) {
        result.findings << optionError(QStringLiteral("--content must be wfas, legacy or both"));
        return result;
    }
    o.content = *content;
    if (options.isSet(QStringLiteral("backup-id"))) {
        o.backupId = QUuid::fromString(options.value(QStringLiteral("backup-id")));
        if (o.backupId.isNull()) {
            result.findings << optionError(QStringLiteral("--backup-id must be a GUID"));
            return result;
        }
    }
    if (options.isSet(QStringLiteral("gpo-guid"))) {
        o.gpoGuid = QUuid::fromString(options.value(QStringLiteral("gpo-guid")));
        if (o.gpoGuid.isNull()) {
            result.findings << optionError(QStringLiteral("--gpo-guid must be a GUID"));
            return result;
        }
    }
    if (options.isSet(QStringLiteral("backup-time"))) {
        o.backupTime = QDateTime::fromString(options.value(QStringLiteral("backup-time")), Qt::ISODate);
        if (!o.backupTime.isValid()) {
            result.findings << optionError(QStringLiteral("--backup-time must be yyyy-MM-ddTHH:mm:ss"));
            return result;
        }
    }
    const GpoExportResult r = exportGpoBackup(store, outputPath, o);
    result.ok = r.ok;
    result.writtenFiles = r.writtenFiles;
    result.findings = r.findings;
    return result;
}

// Import: the WFAS content of a backup (the GPO named by --gpo, else the first with IPsec content), a .wfw or
// a registry.pol, translated into a store the editor can show.
ImportResult importWfasContent(const QString &inputPath, const FormatOptions &options)
{
    ImportResult result;
    WfasPolicy wfas;
    QString name = QFileInfo(inputPath).completeBaseName();
    QFile f(inputPath);
    const bool isPol = QFileInfo(inputPath).isFile() && f.open(QIODevice::ReadOnly) && f.peek(4) == "PReg";
    if (isPol) {
        const PolReadResult pol = readRegistryPol(f.readAll(), inputPath);
        result.findings << pol.findings;
        const WfasDecodeResult decoded = decodeWfas(pol.records, kWfasBaseKey, inputPath, &pol.recordOffsets);
        result.findings << decoded.findings;
        wfas = decoded.policy;
        if (!pol.ok && pol.records.isEmpty())
            return result;
    } else {
        const GpoReviewResult review = reviewGpoPath(inputPath);
        result.findings << review.findings;
        const QString wanted = options.value(QStringLiteral("gpo"));
        const GpoBackupReview *chosen = nullptr;
        for (const GpoBackupReview &g : review.gpos) {
            if (!wanted.isEmpty()
                    ? (g.displayName == wanted || g.gpoGuid.compare(wanted, Qt::CaseInsensitive) == 0)
                    : !g.wfas.connectionSecurityRules.isEmpty()) {
                chosen = &g;
                break;
            }
        }
        if (!chosen && wanted.isEmpty() && !review.gpos.isEmpty())
            chosen = &review.gpos.first();
        if (!chosen) {
            result.findings << fileFinding(code::BackupNotABackup, Severity::Error, inputPath, -1,
                                           wanted.isEmpty()
                                               ? QStringLiteral("no GPO found")
                                               : QStringLiteral("no GPO named '%1'").arg(wanted));
            return result;
        }
        result.findings << chosen->findings;
        wfas = chosen->wfas;
        name = chosen->displayName;
    }
    const LegacyTranslation legacy = translateFromWfas(wfas, name);
    result.findings << legacy.report;
    result.store = legacy.store;
    result.findings << leaveOutRulesWithLostReferences(result.store, [&](const Policy &, const Rule &) {
        Location l;
        l.file = inputPath;
        return l;
    });
    result.ok = legacy.ok;
    return result;
}

ExportResult exportRegistryPol(const StoreData &store, const QString &outputPath,
                               const FormatOptions &options)
{
    ExportResult result;
    const WfasTranslation t = translateToWfas(store, translationOptions(options));
    result.findings << t.report;
    if (!t.ok)
        return result;
    const QByteArray bytes = writeRegistryPol(encodeWfas(t.policy), &result.findings);
    if (!bytes.isEmpty() && !options.reportProgress(bytes.size(), bytes.size())) {
        result.findings << cancelledFinding(outputPath);
        return result;
    }
    QString error;
    if (bytes.isEmpty() || !writeFileAtomically(outputPath, bytes, &error)) {
        if (!error.isEmpty())
            result.findings << fileFinding(code::BackupWriteFailed, Severity::Error, outputPath, -1, error);
        return result;
    }
    result.writtenFiles << outputPath;
    result.ok = true;
    return result;
}

QList<FormatOption> translationOptionList()
{
    return {
        {QStringLiteral("policy"),
         QStringLiteral("the policy to translate (name or GUID; default: the assigned one)"),
         QStringLiteral("name"),
         {}},
        {QStringLiteral("inpass-without-soft"),
         QStringLiteral(
             "filter actions with inpass=yes, soft=no become 'secure' (stricter) or 'boundary' (Q63)"),
         QStringLiteral("secure|boundary"), QStringLiteral("secure")},
        {QStringLiteral("default-main-mode"),
         QStringLiteral(
             "keep Windows' default main mode set instead of the policy's main mode settings (Q41)"),
         {},
         {}},
        {QStringLiteral("no-allow-rules"),
         QStringLiteral("leave out the inbound allow firewall rules that accompany secured ports"),
         {},
         {}},
    };
}

// The GPO a script writes into: --gpo-name/--domain, else the store's own; --local forces the local store.
WfasScriptTarget scriptTarget(const StoreData &store, const FormatOptions &options)
{
    WfasScriptTarget target;
    if (options.flag(QStringLiteral("local")))
        return target;
    target.gpoName = options.value(QStringLiteral("gpo-name"), store.info.gpoName);
    target.domain = options.value(QStringLiteral("domain"), store.info.domain);
    target.domainController = options.value(QStringLiteral("dc"));
    return target;
}

ExportResult writeScript(const WfasScriptOutput &script, const QString &outputPath,
                         const FormatOptions &options)
{
    ExportResult result;
    result.findings = script.findings;
    if (!script.ok)
        return result;
    if (!options.reportProgress(script.bytes.size(), script.bytes.size())) {
        result.findings << cancelledFinding(outputPath);
        return result;
    }
    QString error;
    if (!writeFileAtomically(outputPath, script.bytes, &error)) {
        result.findings << fileFinding(code::BackupWriteFailed, Severity::Error, outputPath, -1, error);
        return result;
    }
    result.writtenFiles << outputPath;
    result.ok = true;
    return result;
}

ExportResult exportPowerShell(const StoreData &store, const QString &outputPath, const FormatOptions &options)
{
    PowerShellExportOptions o;
    o.target = scriptTarget(store, options);
    o.skipUnsupported = options.flag(QStringLiteral("skip-unsupported"));
    return writeScript(writePowerShellScript(store, translationOptions(options), o), outputPath, options);
}

ExportResult exportConsec(const StoreData &store, const QString &outputPath, const FormatOptions &options)
{
    ConsecExportOptions o;
    o.target = scriptTarget(store, options);
    o.skipUnsupported = options.flag(QStringLiteral("skip-unsupported"));
    o.mainMode = !options.flag(QStringLiteral("no-main-mode"));
    const auto form = netsh::parseScriptForm(options.value(QStringLiteral("form"), QStringLiteral("cmd")));
    if (!form) {
        ExportResult result;
        result.findings << objectFinding(code::ScriptBadOption, Severity::Error, QString(),
                                         QStringLiteral("--form must be cmd or netsh-f"));
        return result;
    }
    o.form = *form;
    return writeScript(writeConsecScript(store, translationOptions(options), o), outputPath, options);
}

// Options both scripts share: where they write, and --skip-unsupported.
QList<FormatOption> scriptOptionList()
{
    QList<FormatOption> list{
        {QStringLiteral("domain"),
         QStringLiteral("the GPO's DNS domain, e.g. ipsectest.com (default: the store's)"),
         QStringLiteral("domain"),
         {}},
        {QStringLiteral("gpo-name"),
         QStringLiteral(
             "write into this GPO (domain\\name) instead of the local store (default: the store's GPO)"),
         QStringLiteral("name"),
         {}},
        {QStringLiteral("local"),
         QStringLiteral("write into the local computer's store even if a GPO is named"),
         {},
         {}},
        {QStringLiteral("skip-unsupported"),
         QStringLiteral("leave out what the script cannot express (each is a warning and a comment)"),
         {},
         {}},
    };
    list << translationOptionList();
    return list;
}

} // namespace

QList<FormatDescriptor> gpoFormatDescriptors()
{
    FormatDescriptor backup;
    backup.name = QStringLiteral("gpo-backup");
    backup.description =
        QStringLiteral("GPMC backup folder: WFAS connection security rules in registry.pol, the legacy "
                       "policy beside it; import/review reads backups and .wfw files");
    backup.outputIsFolder = true;
    backup.importOptions = {{QStringLiteral("gpo"),
                             QStringLiteral("the GPO of the backup root to import (name or GUID)"),
                             QStringLiteral("name"),
                             {}}};
    backup.exportOptions = translationOptionList();
    backup.exportOptions.prepend(
        {QStringLiteral("backup-time"),
         QStringLiteral("fixed backup time for reproducible output (yyyy-MM-ddTHH:mm:ss)"),
         QStringLiteral("time"),
         {}});
    backup.exportOptions.prepend({QStringLiteral("gpo-guid"),
                                  QStringLiteral("fixed GPO GUID (default: derived from domain and name)"),
                                  QStringLiteral("guid"),
                                  {}});
    backup.exportOptions.prepend({QStringLiteral("backup-id"),
                                  QStringLiteral("fixed backup id for reproducible output"),
                                  QStringLiteral("guid"),
                                  {}});
    backup.exportOptions.prepend(
        {QStringLiteral("content"),
         QStringLiteral("wfas (GPO content only), legacy (legacy policy files only) or both"),
         QStringLiteral("wfas|legacy|both"), QStringLiteral("both")});
    backup.exportOptions.prepend({QStringLiteral("dc"),
                                  QStringLiteral("domain controller named in Backup.xml (default dc.DOMAIN)"),
                                  QStringLiteral("host"),
                                  {}});
    backup.exportOptions.prepend(
        {QStringLiteral("gpo-name"), QStringLiteral("the GPO's display name"), QStringLiteral("name"), {}});
    backup.exportOptions.prepend({QStringLiteral("domain"),
                                  QStringLiteral("the DNS domain, e.g. ipsectest.com"),
                                  QStringLiteral("domain"),
                                  {}});
    backup.importFile = importWfasContent;
    backup.exportFile = exportBackup;

    FormatDescriptor wfw;
    wfw.name = QStringLiteral("wfw");
    wfw.description =
        QStringLiteral("Windows Firewall policy export (.wfw, a registry hive; read through libhivex)");
    wfw.fileSuffixes = {QStringLiteral("wfw")};
    wfw.importFile = importWfasContent;

    FormatDescriptor pol;
    pol.name = QStringLiteral("registry-pol");
    pol.description =
        QStringLiteral("a GPO's Machine registry.pol with the policy as Windows Firewall connection "
                       "security rules");
    pol.fileSuffixes = {QStringLiteral("pol")};
    pol.exportOptions = translationOptionList();
    pol.importFile = importWfasContent;
    pol.exportFile = exportRegistryPol;
    QList<FormatDescriptor> list{backup, wfw, pol};
    FormatDescriptor powershell;
    powershell.name = QStringLiteral("powershell");
    powershell.description = QStringLiteral(
        "PowerShell NetSecurity script creating the policy as Windows Firewall connection security rules, "
        "auth and crypto sets and allow rules, in a GPO (Open-NetGPO/Save-NetGPO) or the local store");
    powershell.fileSuffixes = {QStringLiteral("ps1")};
    powershell.exportOptions = scriptOptionList();
    powershell.exportOptions.insert(
        2, {QStringLiteral("dc"),
            QStringLiteral("a writeable domain controller for Open-NetGPO -DomainController"),
            QStringLiteral("host"),
            {}});
    powershell.exportFile = exportPowerShell;
    list << powershell;

    FormatDescriptor consec;
    consec.name = QStringLiteral("consec");
    consec.description = QStringLiteral(
        "netsh advfirewall consec add rule script of the policy's connection security rules (what consec "
        "can express; the rest is reported)");
    consec.fileSuffixes = {QStringLiteral("cmd"), QStringLiteral("bat")};
    consec.exportOptions = scriptOptionList();
    consec.exportOptions.insert(
        2, {QStringLiteral("form"),
            QStringLiteral("cmd (a .cmd file) or netsh-f (for netsh -f; needed for a GPO target)"),
            QStringLiteral("cmd|netsh-f"), QStringLiteral("cmd")});
    consec.exportOptions.insert(
        3, {QStringLiteral("no-main-mode"),
            QStringLiteral("do not write the policy's main mode as set global mainmode (Q17)"),
            {},
            {}});
    consec.exportFile = exportConsec;
    list << consec;
    return list;
}

} // namespace ipsec
