// The dry-run backend: records what an apply would do (the plan and the full netsh script) against an
// in-memory store, so that apply, read back, verify and roll back all work on any platform. With the setting
// "stateFile" the in-memory store is loaded from and saved to that JSON document, so separate CLI runs
// (apply, then read) see the same "system".
#pragma once

#include "policybackend.h"

#include <QHash>
#include <QObject>

namespace ipsec {

class DryRunBackend : public PolicyBackend {
public:
    BackendInfo info() const override;
    void configure(const QVariantMap &settings) override;
    Availability availability() const override { return Availability::yes(); }
    ReadResult read(const BackendTarget &target, Progress &progress) override;
    ApplyPlan plan(const StoreData &store, const BackendTarget &target) override;
    BackupResult backup(const BackendTarget &target, Progress &progress) override;
    StepResult apply(const ApplyPlan &plan, Progress &progress) override;
    StepResult rollback(const BackupRecord &backup, Progress &progress) override;

    QStringList recordedScripts() const { return m_recordedScripts; }

private:
    StoreData &system(const BackendTarget &target);
    Findings saveState() const;

    QString m_stateFile;
    QHash<QString, StoreData> m_systems; // by target
    QHash<QString, StoreData> m_backups; // by backup id
    QStringList m_recordedScripts;
};

class DryRunBackendFactory : public QObject, public PolicyBackendFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IPSEC_POLICY_BACKEND_IID FILE "dryrun.json")
    Q_INTERFACES(ipsec::PolicyBackendFactory)
public:
    std::unique_ptr<PolicyBackend> create() const override { return std::make_unique<DryRunBackend>(); }
};

} // namespace ipsec
