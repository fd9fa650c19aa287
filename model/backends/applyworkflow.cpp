#include "applyworkflow.h"

#include "backendfindings.h"
#include "storecomparison.h"
#include "validation/validator.h"

namespace ipsec {
namespace {

class Workflow {
public:
    Workflow(PolicyBackend &backend, const ApplyRequest &request, const ApplyCallbacks &callbacks,
             Progress &progress)
        : m_backend(backend), m_request(request), m_callbacks(callbacks), m_progress(progress)
    {}

    ApplyReport run()
    {
        if (!prepare() || !confirm() || !backUp())
            return m_report;
        applyAndVerify();
        return m_report;
    }

private:
    void step(int percent, const QString &message)
    {
        m_report.log << message;
        m_progress.report(percent, message);
    }

    bool refuse(const Finding &finding, ApplyOutcome outcome = ApplyOutcome::Refused)
    {
        m_report.findings << finding;
        m_report.outcome = outcome;
        m_report.log << finding.message;
        return false;
    }

    bool prepare()
    {
        const Availability availability = m_backend.availability();
        if (!availability.available)
            return refuse(backendFinding(backends::code::Unavailable, Severity::Error,
                                         QStringLiteral("Backend '%1' is not available here: %2")
                                             .arg(m_backend.info().id, availability.reason)));
        step(5, QStringLiteral("Validating the design"));
        const Findings validation = validate(m_request.store);
        if (hasErrors(validation)) {
            m_report.findings << validation;
            return refuse(
                backendFinding(backends::code::DesignInvalid, Severity::Error,
                               QStringLiteral("The design has %1 validation error(s); nothing was applied.")
                                   .arg(countOf(validation, Severity::Error)),
                               QStringLiteral("Fix the errors in the Problems panel or with "
                                              "`ipsecdesigner-cli validate`.")));
        }
        step(10, QStringLiteral("Planning"));
        m_report.plan = m_backend.plan(m_request.store, m_request.target);
        m_report.findings << m_report.plan.findings;
        if (hasErrors(m_report.plan.findings))
            return refuse(
                backendFinding(backends::code::PlanRefused, Severity::Error,
                               QStringLiteral("The backend cannot apply this design; nothing was applied.")));
        m_report.lockout = analyzeLockout(m_request.store);
        return true;
    }

    bool confirm()
    {
        if (m_callbacks.confirmApply && !m_callbacks.confirmApply(m_report.plan, m_report.lockout))
            return refuse(backendFinding(backends::code::NotConfirmed, Severity::Info,
                                         QStringLiteral("The apply was not confirmed; nothing was changed.")),
                          ApplyOutcome::Cancelled);
        if (m_progress.isCancelled())
            return refuse(backendFinding(backends::code::NotConfirmed, Severity::Info,
                                         QStringLiteral("The apply was cancelled; nothing was changed.")),
                          ApplyOutcome::Cancelled);
        return true;
    }

    bool backUp()
    {
        step(20, QStringLiteral("Backing up the current store"));
        BackupResult backup = m_backend.backup(m_request.target, m_progress);
        m_report.findings << backup.findings;
        if (!backup.ok)
            return refuse(
                backendFinding(backends::code::BackupFailed, Severity::Error,
                               QStringLiteral("The current store could not be backed up, so nothing was "
                                              "applied.")));
        m_report.backup = backup.backup;
        m_report.log << QStringLiteral("Backup: %1").arg(backup.backup.id);
        return true;
    }

    void applyAndVerify()
    {
        step(40, QStringLiteral("Applying"));
        const StepResult applied = m_backend.apply(m_report.plan, m_progress);
        m_report.findings << applied.findings;
        if (!applied.ok) {
            m_report.failedStep = applied.failedStep;
            rollBack(backendFinding(backends::code::ApplyFailed, Severity::Error,
                                    QStringLiteral("The apply failed at: %1").arg(applied.failedStep)));
            return;
        }
        if (m_progress.isCancelled()) {
            rollBack(backendFinding(backends::code::NotConfirmed, Severity::Info,
                                    QStringLiteral("The apply was cancelled after it had started.")));
            return;
        }
        step(70, QStringLiteral("Reading the store back"));
        const ReadResult readBack = m_backend.read(m_request.target, m_progress);
        m_report.findings << readBack.findings;
        if (!readBack.ok) {
            m_report.failedStep = QStringLiteral("read back");
            rollBack(
                backendFinding(backends::code::ReadBackFailed, Severity::Error,
                               QStringLiteral("What was applied could not be read back for verification.")));
            return;
        }
        step(80, QStringLiteral("Verifying"));
        const Findings differences = compareDesignWithSystem(
            m_request.store, readBack.store, m_request.target.location == StoreLocation::Local);
        m_report.findings << differences;
        if (hasErrors(differences)) {
            m_report.failedStep = QStringLiteral("verify");
            rollBack(backendFinding(
                backends::code::VerifyFailed, Severity::Error,
                QStringLiteral("The system does not hold what was designed (%1 difference(s)).")
                    .arg(countOf(differences, Severity::Error))));
            return;
        }
        if (m_request.armAutoRollback) {
            step(90, QStringLiteral("Waiting up to %1 minute(s) for confirmation")
                         .arg(m_request.confirmWithinMinutes));
            const bool keep =
                m_callbacks.confirmKeep && m_callbacks.confirmKeep(m_request.confirmWithinMinutes);
            if (!keep) {
                m_report.failedStep = QStringLiteral("confirmation");
                rollBack(backendFinding(
                    backends::code::AutoRolledBack, Severity::Warning,
                    QStringLiteral("No confirmation within %1 minute(s): rolled back automatically.")
                        .arg(m_request.confirmWithinMinutes)));
                return;
            }
        }
        step(100, QStringLiteral("Applied and verified"));
        m_report.outcome = ApplyOutcome::Applied;
    }

    void rollBack(const Finding &reason)
    {
        m_report.findings << reason;
        m_report.log << reason.message;
        step(85, QStringLiteral("Rolling back to %1").arg(m_report.backup->id));
        Progress uncancellable; // a rollback must run to its end
        const StepResult rolledBack = m_backend.rollback(*m_report.backup, uncancellable);
        m_report.findings << rolledBack.findings;
        if (rolledBack.ok) {
            m_report.outcome = ApplyOutcome::RolledBack;
            m_report.log << QStringLiteral("Rolled back");
        } else {
            m_report.outcome = ApplyOutcome::RollbackFailed;
            m_report.findings << backendFinding(
                backends::code::RollbackFailed, Severity::Error,
                QStringLiteral("The rollback failed at: %1").arg(rolledBack.failedStep),
                QStringLiteral("Restore the backup by hand: %1").arg(m_report.backup->id));
        }
    }

    PolicyBackend &m_backend;
    const ApplyRequest &m_request;
    const ApplyCallbacks &m_callbacks;
    Progress &m_progress;
    ApplyReport m_report;
};

} // namespace

QString outcomeName(ApplyOutcome outcome)
{
    switch (outcome) {
    case ApplyOutcome::Refused:
        return QStringLiteral("refused");
    case ApplyOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case ApplyOutcome::Applied:
        return QStringLiteral("applied");
    case ApplyOutcome::RolledBack:
        return QStringLiteral("rolled back");
    case ApplyOutcome::RollbackFailed:
        return QStringLiteral("rollback failed");
    }
    return {};
}

ApplyReport runApply(PolicyBackend &backend, const ApplyRequest &request, const ApplyCallbacks &callbacks,
                     Progress &progress)
{
    return Workflow(backend, request, callbacks, progress).run();
}

} // namespace ipsec
