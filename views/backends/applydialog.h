// Tools → Apply…: choose the backend and store, see the plan (steps and script) and the lock-out report,
// confirm, optionally arm the automatic rollback, watch the progress (Cancel stops between steps) and read
// the report. Runs ipsec::runApply, the same workflow as `ipsecdesigner-cli apply`.
#pragma once

#include "backends/applyworkflow.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ipsec {

class BackendChooser;

class ApplyDialog : public QDialog {
    Q_OBJECT
public:
    // Asked after a verified apply with the automatic rollback armed: true keeps the policy.
    using KeepPrompt = std::function<bool(int minutes)>;

    explicit ApplyDialog(StoreData store, QWidget *parent = nullptr);

    BackendChooser *chooser() const { return m_chooser; }
    // The default asks with a countdown dialog; tests answer themselves.
    void setKeepPrompt(KeepPrompt prompt) { m_keepPrompt = std::move(prompt); }

    const ApplyPlan &plan() const { return m_plan; }
    const LockoutReport &lockout() const { return m_lockout; }
    // Whether Apply can be pressed now (backend available, plan without errors, lock-out confirmed).
    bool canApply() const;
    // Runs the workflow (the Apply button does this); the report is also shown in the dialog.
    ApplyReport apply();
    const std::optional<ApplyReport> &report() const { return m_report; }
    bool isRunning() const { return m_progress != nullptr; }

public slots:
    void reject() override;

private:
    void refreshPlan();
    void updateButtons();
    void showReport(const ApplyReport &report);

    StoreData m_store;
    BackendChooser *m_chooser;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_steps;
    QPlainTextEdit *m_script;
    QPlainTextEdit *m_lockoutText;
    QPlainTextEdit *m_reportText;
    QCheckBox *m_confirmLockout;
    QCheckBox *m_armRollback;
    QSpinBox *m_rollbackMinutes;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
    ApplyPlan m_plan;
    LockoutReport m_lockout;
    bool m_available = false;
    std::optional<ApplyReport> m_report;
    Progress *m_progress = nullptr; // while the workflow runs
    KeepPrompt m_keepPrompt;
};

// The countdown question after an apply with the automatic rollback armed: "Keep" within `minutes`, or the
// backup is restored. Returns whether the user chose to keep the policy in time.
bool askToKeepPolicy(QWidget *parent, int minutes);

} // namespace ipsec
