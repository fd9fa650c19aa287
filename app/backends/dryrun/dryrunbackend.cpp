#include "dryrunbackend.h"

#include "backendfindings.h"
#include "formats/formatregistry.h"
#include "formats/netsh/netshimport.h"
#include "netshplan.h"

#include <QFileInfo>

namespace ipsec {
namespace {

QString targetKey(const BackendTarget &target)
{
    return target.location == StoreLocation::Local ? QStringLiteral("local")
                                                   : QStringLiteral("domain:") + target.domain.toLower();
}

} // namespace

BackendInfo DryRunBackend::info() const
{
    return {QStringLiteral("dry-run"),
            QStringLiteral("Dry run (records what an apply would do)"),
            QStringLiteral("1.0"),
            {QStringLiteral("any")},
            {QStringLiteral("read"), QStringLiteral("apply"), QStringLiteral("backup"),
             QStringLiteral("verify"), QStringLiteral("rollback"), QStringLiteral("local-store"),
             QStringLiteral("domain-store")}};
}

void DryRunBackend::configure(const QVariantMap &settings)
{
    m_stateFile = settings.value(QStringLiteral("stateFile")).toString();
    m_systems.clear();
    if (m_stateFile.isEmpty() || !QFileInfo::exists(m_stateFile))
        return;
    // The state file is a store document; its StoreInfo says which target it stands for.
    if (const FormatDescriptor *json = findFormat(QStringLiteral("json"))) {
        ImportResult loaded = json->importFile(m_stateFile, {});
        if (loaded.ok) {
            BackendTarget target{loaded.store.info.location, loaded.store.info.domain};
            m_systems.insert(targetKey(target), loaded.store);
        }
    }
}

StoreData &DryRunBackend::system(const BackendTarget &target)
{
    auto it = m_systems.find(targetKey(target));
    if (it == m_systems.end()) {
        StoreData empty;
        empty.info.location = target.location;
        empty.info.domain = target.domain;
        it = m_systems.insert(targetKey(target), empty);
    }
    return *it;
}

Findings DryRunBackend::saveState() const
{
    if (m_stateFile.isEmpty() || m_systems.isEmpty())
        return {};
    const FormatDescriptor *json = findFormat(QStringLiteral("json"));
    if (!json)
        return {backendFinding(backends::code::DryRunCannotSave, Severity::Error,
                               QStringLiteral("This build cannot write JSON documents."))};
    // One state file holds one target's store: the most recently touched one.
    const ExportResult saved = json->exportFile(m_systems.begin().value(), m_stateFile, {});
    return saved.ok ? Findings{} : saved.findings;
}

ReadResult DryRunBackend::read(const BackendTarget &target, Progress &progress)
{
    progress.report(100, QStringLiteral("Read the in-memory store"));
    return {true, system(target), {}};
}

ApplyPlan DryRunBackend::plan(const StoreData &store, const BackendTarget &target)
{
    return planNetshApply(store, target);
}

BackupResult DryRunBackend::backup(const BackendTarget &target, Progress &progress)
{
    const QString id = QStringLiteral("dry-run-backup-%1").arg(m_backups.size() + 1);
    m_backups.insert(id, system(target));
    progress.report(100, QStringLiteral("Kept a copy of the in-memory store as %1").arg(id));
    return {true, {id, QDateTime::currentDateTimeUtc(), target}, {}};
}

StepResult DryRunBackend::apply(const ApplyPlan &plan, Progress &progress)
{
    // The script is interpreted exactly as netsh would run it, over the in-memory store.
    m_recordedScripts << plan.script;
    StoreData &current = system(plan.target);
    netsh::ImportOptions options;
    options.fileName = QStringLiteral("dry-run apply");
    ImportResult result = netsh::readInto(current, plan.script.toUtf8(), options);
    if (hasErrors(result.findings))
        return {false, result.findings, QStringLiteral("interpreting the netsh script")};
    result.store.info = current.info;
    current = result.store;
    progress.report(
        100, QStringLiteral("Ran %1 netsh command(s) against the in-memory store").arg(plan.steps.size()));
    return {true, saveState(), {}};
}

StepResult DryRunBackend::rollback(const BackupRecord &backup, Progress &progress)
{
    if (!m_backups.contains(backup.id))
        return {false,
                {backendFinding(backends::code::DryRunNoBackup, Severity::Error,
                                QStringLiteral("No backup named %1.").arg(backup.id))},
                QStringLiteral("restore %1").arg(backup.id)};
    system(backup.target) = m_backups.value(backup.id);
    progress.report(100, QStringLiteral("Restored %1").arg(backup.id));
    return {true, saveState(), {}};
}

} // namespace ipsec
