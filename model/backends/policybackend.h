// The policy backend plugin interface: how the designer reads, applies, verifies and rolls back a policy on a
// real system. Plugins implement PolicyBackendFactory (a Qt plugin with JSON metadata); the CLI and the GUI
// drive every backend the same way, through ApplyWorkflow (applyworkflow.h).
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtPlugin>
#include <functional>
#include <memory>

namespace ipsec {

// Which store of the system an operation addresses (netsh `set store`).
struct BackendTarget {
    StoreLocation location = StoreLocation::Local;
    QString domain; // with StoreLocation::Domain; empty = the computer's domain

    friend bool operator==(const BackendTarget &, const BackendTarget &) = default;
};

struct BackendInfo {
    QString id;   // "windows-netsh", "dry-run"
    QString name; // for people
    QString version;
    QStringList platforms; // "windows", "linux", "macos", "any"
    QStringList
        capabilities; // "read", "apply", "backup", "verify", "rollback", "local-store", "domain-store"

    static BackendInfo fromMetaData(const QJsonObject &pluginMetaData); // the plugin's JSON "MetaData" object
};

struct Availability {
    bool available = false;
    QString reason; // why not, and what to do about it

    static Availability yes() { return {true, {}}; }
    static Availability no(const QString &why) { return {false, why}; }
};

// One step the backend would run, shown to the user before anything happens.
struct PlannedStep {
    QString description; // "Back up the local store to C:\...\backup-20261127-0102.ipsec"
    QString command;     // the exact command line, or empty for an internal step
};

struct ApplyPlan {
    BackendTarget target;
    QList<PlannedStep> steps;
    QString script;    // the full script the apply runs (netsh for windows-netsh)
    Findings findings; // refusals (errors stop the apply) and notes
};

// A saved copy of the system's store, to roll back to.
struct BackupRecord {
    QString id; // a file path or an in-memory key
    QDateTime created;
    BackendTarget target;
};

// Progress and cancellation for long steps. Cancellation is checked between steps.
class Progress {
public:
    using Callback = std::function<void(int percent, const QString &message)>;
    Progress() = default;
    explicit Progress(Callback cb) : m_callback(std::move(cb)) {}
    void report(int percent, const QString &message) const
    {
        if (m_callback)
            m_callback(percent, message);
    }
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    Callback m_callback;
    bool m_cancelled = false;
};

struct StepResult {
    bool ok = false;
    Findings findings;
    QString failedStep; // which step failed, for the report
};

struct ReadResult {
    bool ok = false;
    StoreData store;
    Findings findings;
};

struct BackupResult {
    bool ok = false;
    BackupRecord backup;
    Findings findings;
};

class PolicyBackend {
public:
    virtual ~PolicyBackend() = default;

    virtual BackendInfo info() const = 0;
    // Settings are the backend's own (windows-netsh: "netsh", "reg", "dataDir"); unknown keys are ignored.
    virtual void configure(const QVariantMap &settings) = 0;
    virtual Availability availability() const = 0;

    virtual ReadResult read(const BackendTarget &target, Progress &progress) = 0;
    virtual ApplyPlan plan(const StoreData &store, const BackendTarget &target) = 0;
    virtual BackupResult backup(const BackendTarget &target, Progress &progress) = 0;
    virtual StepResult apply(const ApplyPlan &plan, Progress &progress) = 0;
    virtual StepResult rollback(const BackupRecord &backup, Progress &progress) = 0;
};

// What a plugin exports. The IID carries the interface version: a plugin built against another version is
// not loaded (BackendRegistry says so).
class PolicyBackendFactory {
public:
    virtual ~PolicyBackendFactory() = default;
    virtual std::unique_ptr<PolicyBackend> create() const = 0;
};

} // namespace ipsec

#define IPSEC_POLICY_BACKEND_IID "org.ipsecpolicydesigner.PolicyBackendFactory/1.0"
Q_DECLARE_INTERFACE(ipsec::PolicyBackendFactory, IPSEC_POLICY_BACKEND_IID)
