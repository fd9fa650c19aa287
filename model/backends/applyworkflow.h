// The safe apply, the same for every backend, the CLI and the GUI:
//   validate → plan → lock-out analysis → the user confirms → back up → apply → read back and verify
//   → (optionally) wait for the user to confirm they still have access.
// Any failed command, verify mismatch, cancellation after the backup, or missing confirmation rolls back
// to the backup, and the report says exactly which step failed.
#pragma once

#include "lockoutguard.h"
#include "policybackend.h"

#include <functional>
#include <optional>

namespace ipsec {

struct ApplyRequest {
    StoreData store;
    BackendTarget target;
    bool armAutoRollback = false; // roll back unless confirmKeep says yes within confirmWithinMinutes
    int confirmWithinMinutes = 5;
};

struct ApplyCallbacks {
    // Shown the plan and the lock-out report; false stops before anything changes. Null = confirmed.
    std::function<bool(const ApplyPlan &plan, const LockoutReport &lockout)> confirmApply;
    // After a verified apply with armAutoRollback: true keeps the policy; false (or no answer in time) rolls
    // back.
    std::function<bool(int minutes)> confirmKeep;
};

enum class ApplyOutcome { Refused, Cancelled, Applied, RolledBack, RollbackFailed };
QString outcomeName(ApplyOutcome outcome);

struct ApplyReport {
    ApplyOutcome outcome = ApplyOutcome::Refused;
    ApplyPlan plan;
    LockoutReport lockout;
    std::optional<BackupRecord> backup;
    QString failedStep;
    Findings findings; // validation, plan, apply, verify and rollback findings, in order
    QStringList log;   // what happened, step by step

    bool succeeded() const { return outcome == ApplyOutcome::Applied; }
};

ApplyReport runApply(PolicyBackend &backend, const ApplyRequest &request, const ApplyCallbacks &callbacks,
                     Progress &progress);

} // namespace ipsec
