#include "applydialog.h"

#include "backendchooser.h"
#include "backends/netshplan.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QPlainTextEdit *readOnlyText(const QString &objectName, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

QString stepsText(const ApplyPlan &plan)
{
    QStringList lines;
    int n = 0;
    for (const PlannedStep &s : plan.steps) {
        lines.append(QStringLiteral("%1. %2").arg(++n).arg(s.description));
        // Where the description is the command itself (the netsh lines), it is not repeated.
        if (!s.command.isEmpty() && !s.command.contains(s.description))
            lines.append(QStringLiteral("      ") + s.command);
    }
    if (!plan.findings.isEmpty())
        lines << QString() << findingLines(plan.findings);
    return lines.join(u'\n');
}

} // namespace

ApplyDialog::ApplyDialog(StoreData store, QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_chooser(new BackendChooser(this)),
      m_tabs(new QTabWidget(this)), m_steps(readOnlyText(QStringLiteral("planSteps"), this)),
      m_script(readOnlyText(QStringLiteral("planScript"), this)),
      m_lockoutText(readOnlyText(QStringLiteral("lockoutReport"), this)),
      m_reportText(readOnlyText(QStringLiteral("applyReport"), this)), m_confirmLockout(new QCheckBox(this)),
      m_armRollback(
          new QCheckBox(tr("Arm automatic &rollback: restore the backup unless I confirm within"), this)),
      m_rollbackMinutes(new QSpinBox(this)), m_progressBar(new QProgressBar(this)),
      m_status(new QLabel(this)), m_applyButton(new QPushButton(tr("&Apply"), this)),
      m_cancelButton(new QPushButton(tr("Close"), this)),
      m_keepPrompt([this](int minutes) { return askToKeepPolicy(this, minutes); })
{
    setWindowTitle(tr("Apply Policy"));
    setObjectName(QStringLiteral("applyDialog"));
    m_tabs->setObjectName(QStringLiteral("applyTabs"));
    m_tabs->addTab(m_steps, tr("Plan"));
    m_tabs->addTab(m_script, tr("Script"));
    m_tabs->addTab(m_lockoutText, tr("Lock-out check"));
    m_tabs->addTab(m_reportText, tr("Report"));
    m_confirmLockout->setObjectName(QStringLiteral("confirmLockout"));
    m_armRollback->setObjectName(QStringLiteral("armRollback"));
    m_rollbackMinutes->setObjectName(QStringLiteral("rollbackMinutes"));
    m_rollbackMinutes->setRange(1, 120);
    m_rollbackMinutes->setValue(5);
    m_rollbackMinutes->setSuffix(tr(" min"));
    m_progressBar->setObjectName(QStringLiteral("applyProgress"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto *rollbackRow = new QHBoxLayout;
    rollbackRow->addWidget(m_armRollback);
    rollbackRow->addWidget(m_rollbackMinutes);
    rollbackRow->addStretch();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_applyButton);
    progressRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_confirmLockout);
    layout->addLayout(rollbackRow);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);

    connect(m_chooser, &BackendChooser::changed, this, &ApplyDialog::refreshPlan);
    connect(m_confirmLockout, &QCheckBox::toggled, this, &ApplyDialog::updateButtons);
    connect(m_armRollback, &QCheckBox::toggled, m_rollbackMinutes, &QWidget::setEnabled);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ApplyDialog::reject);
    m_rollbackMinutes->setEnabled(false);
    resize(860, 640);
    // The document says which store it is for; the user may still choose another.
    m_chooser->setTarget({m_store.info.location,
                          m_store.info.location == StoreLocation::Domain ? m_store.info.domain : QString()});
    refreshPlan();
}

void ApplyDialog::refreshPlan()
{
    QString why;
    const std::unique_ptr<PolicyBackend> backend = m_chooser->createBackend(&why);
    const Availability a = backend ? backend->availability() : Availability::no(why);
    m_available = a.available;
    m_plan = backend ? backend->plan(m_store, m_chooser->target()) : ApplyPlan{};
    m_lockout = analyzeLockout(m_store);
    m_steps->setPlainText(stepsText(m_plan));
    m_script->setPlainText(scriptForDisplay(m_plan)); // keys masked
    m_lockoutText->setPlainText(m_lockout.toText());
    m_confirmLockout->setVisible(!m_lockout.isEmpty());
    m_confirmLockout->setChecked(false);
    m_confirmLockout->setText(
        tr("I have another way in: the policy affects %1, and I still want to apply it.")
            .arg(m_lockout.affectedPathNames().join(QStringLiteral(", "))));
    m_tabs->setTabText(2, m_lockout.isEmpty() ? tr("Lock-out check")
                                              : tr("Lock-out check (%1)").arg(m_lockout.hits.size()));
    if (!m_available)
        m_status->setText(tr("The backend cannot run here: %1").arg(a.reason));
    else if (hasErrors(m_plan.findings))
        m_status->setText(tr("The plan has errors; see the Plan tab."));
    else
        m_status->setText(tr("Review the plan and the lock-out check, then apply."));
    updateButtons();
}

bool ApplyDialog::canApply() const
{
    return !isRunning() && m_available && !hasErrors(m_plan.findings) &&
           (m_lockout.isEmpty() || m_confirmLockout->isChecked());
}

void ApplyDialog::updateButtons()
{
    m_applyButton->setEnabled(canApply());
    m_cancelButton->setText(isRunning() ? tr("Cancel") : tr("Close"));
    m_chooser->setEnabled(!isRunning());
    m_armRollback->setEnabled(!isRunning());
    m_confirmLockout->setEnabled(!isRunning());
}

ApplyReport ApplyDialog::apply()
{
    QString why;
    std::unique_ptr<PolicyBackend> backend = m_chooser->createBackend(&why);
    if (!backend || !canApply()) {
        ApplyReport refused;
        refused.failedStep = backend ? tr("not confirmed") : why;
        showReport(refused);
        return refused;
    }
    ApplyRequest request;
    request.store = m_store;
    request.target = m_chooser->target();
    request.armAutoRollback = m_armRollback->isChecked();
    request.confirmWithinMinutes = m_rollbackMinutes->value();
    ApplyCallbacks callbacks;
    // The user confirmed in this dialog, against the same analysis the workflow makes.
    callbacks.confirmApply = [this](const ApplyPlan &, const LockoutReport &lockout) {
        return lockout.isEmpty() || m_confirmLockout->isChecked();
    };
    callbacks.confirmKeep = [this](int minutes) { return m_keepPrompt(minutes); };
    // The workflow runs on this thread, step by step; between steps the dialog stays responsive so that
    // Cancel reaches Progress::cancel().
    Progress progress([this](int percent, const QString &message) {
        m_progressBar->setValue(percent);
        m_status->setText(message);
        QCoreApplication::processEvents();
    });
    m_progress = &progress;
    m_report.reset();
    updateButtons();
    ApplyReport report = runApply(*backend, request, callbacks, progress);
    m_progress = nullptr;
    m_progressBar->setValue(100);
    showReport(report);
    updateButtons();
    return report;
}

void ApplyDialog::showReport(const ApplyReport &report)
{
    m_report = report;
    QStringList lines;
    lines << tr("Outcome: %1").arg(outcomeName(report.outcome));
    if (!report.failedStep.isEmpty())
        lines << tr("Failed step: %1").arg(report.failedStep);
    if (report.backup)
        lines << tr("Backup: %1").arg(report.backup->id);
    if (!report.findings.isEmpty())
        lines << QString() << tr("Findings:") << findingLines(report.findings);
    if (!report.log.isEmpty())
        lines << QString() << tr("Log:") << report.log;
    m_reportText->setPlainText(lines.join(u'\n'));
    m_tabs->setCurrentWidget(m_reportText);
    m_status->setText(report.succeeded() ? tr("Applied and verified.")
                                         : tr("Not applied: %1").arg(outcomeName(report.outcome)));
}

void ApplyDialog::reject()
{
    if (m_progress) {
        m_progress->cancel();
        m_status->setText(tr("Cancelling after the current step…"));
        return;
    }
    QDialog::reject();
}

bool askToKeepPolicy(QWidget *parent, int minutes)
{
    QMessageBox box(QMessageBox::Question, ApplyDialog::tr("Keep the new policy?"), QString(),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("keepPolicyBox"));
    QPushButton *keep = box.addButton(ApplyDialog::tr("&Keep the policy"), QMessageBox::AcceptRole);
    box.addButton(ApplyDialog::tr("&Roll back now"), QMessageBox::RejectRole);
    int remaining = minutes * 60;
    const auto updateText = [&box, &remaining] {
        box.setText(ApplyDialog::tr("The policy is applied. If you can still reach this computer, keep it. "
                                    "Otherwise the backup is restored in %1:%2.")
                        .arg(remaining / 60)
                        .arg(remaining % 60, 2, 10, QLatin1Char('0')));
    };
    updateText();
    QTimer countdown;
    QObject::connect(&countdown, &QTimer::timeout, &box, [&] {
        if (--remaining <= 0)
            box.reject();
        else
            updateText();
    });
    countdown.start(1000);
    box.exec();
    return box.clickedButton() == keep && remaining > 0;
}

} // namespace ipsec
