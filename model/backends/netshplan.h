// The plan of an apply that goes through `netsh ipsec static`: the netsh exporter's script for the target
// store, and one planned step per command. Used by the windows-netsh backend (which runs it) and by the
// dry-run backend (which records it).
#pragma once

#include "policybackend.h"

namespace ipsec {

// The script that applies `store` to `target`: idempotent (objects of the same names are replaced),
// assigning the store's assigned policy in the local store, in `netsh -f` form.
ApplyPlan planNetshApply(const StoreData &store, const BackendTarget &target);

// The plan's script as people see it (printed by `apply --plan-only`, shown in the Apply dialog): every
// preshared key masked as ****. Only the script that runs carries the keys.
QString scriptForDisplay(const ApplyPlan &plan);

// `netsh -f` scripts for the backup and the rollback: select the target store, then
// `exportpolicy file=...` / `delete all` + `importpolicy file=...`. Paths go through
// scriptquoting::netshValue; nullopt-like empty result with `error` set when a path cannot be quoted.
QString netshBackupScript(const BackendTarget &target, const QString &backupFile, QString *error);
QString netshRollbackScript(const BackendTarget &target, const QString &backupFile, QString *error);

// The `ipsec static ...` command lines of a `netsh -f` script (comments and blank lines dropped).
QStringList netshCommands(const QString &script);

} // namespace ipsec
