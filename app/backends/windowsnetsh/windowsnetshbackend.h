// The Windows backend: applies a design through `netsh ipsec static` (the netsh exporter's script, run with
// `netsh -f`), backs up with `exportpolicy`, rolls back with `delete all` + `importpolicy`, and reads the
// store back from the registry (`reg export`, local store) or the directory (`ldifde -f`, domain store).
//
// Settings (all optional on Windows; off Windows "netsh" is required, which is how tests use a fake netsh):
//   netsh, reg, ldifde         paths of the programs
//   dataDir                    where backups and the scripts that ran are kept (timestamped)
//   elevationCommand           a program + arguments that exits 0 only when elevated (Windows: "net session")
//   timeoutSeconds             per program run (default 120)
//   commandsPerStep            netsh commands per `netsh -f` run (default 1: the report names the exact
//   command)
#pragma once

#include "policybackend.h"

#include <QObject>
#include <QVariantMap>

namespace ipsec {

class WindowsNetshBackend : public PolicyBackend {
public:
    BackendInfo info() const override;
    void configure(const QVariantMap &settings) override;
    Availability availability() const override;
    ReadResult read(const BackendTarget &target, Progress &progress) override;
    ApplyPlan plan(const StoreData &store, const BackendTarget &target) override;
    BackupResult backup(const BackendTarget &target, Progress &progress) override;
    StepResult apply(const ApplyPlan &plan, Progress &progress) override;
    StepResult rollback(const BackupRecord &backup, Progress &progress) override;

private:
    QString netshProgram() const;
    QString dataDir() const;
    QString timestampedPath(const QString &stem, const QString &suffix) const;
    // Writes the script into the data folder and runs `netsh -f` on it; on failure says why.
    bool runNetshScript(const QString &script, const QString &stem, QString *failure);
    std::optional<Finding> checkElevation() const;

    QVariantMap m_settings;
};

class WindowsNetshBackendFactory : public QObject, public PolicyBackendFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID IPSEC_POLICY_BACKEND_IID FILE "windowsnetsh.json")
    Q_INTERFACES(ipsec::PolicyBackendFactory)
public:
    std::unique_ptr<PolicyBackend> create() const override { return std::make_unique<WindowsNetshBackend>(); }
};

} // namespace ipsec
