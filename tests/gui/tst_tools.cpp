// The window's Tools and review commands driven as a user drives them: Tools → Apply… with the dry-run
// backend (plan, lock-out confirmation, progress, Cancel, automatic rollback), Tools → Read from backend…,
// File → Review GPO Backup… on real backups, Tools → Compare with File…. Offscreen; dialogs are driven
// through the window's dialog runner instead of exec().
#include "analysis/storediff.h"
#include "backends/applydialog.h"
#include "backends/backendchooser.h"
#include "backends/readbackenddialog.h"
#include "core/policystore.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "review/reviewdialog.h"
#include "settings.h"
#include "templates/templates.h"
#include "testdata.h"
#include "textreportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ipsec;

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kReferenceTemplate = QStringLiteral("expressroute-http8080");

StoreData referenceScenario()
{
    return makeTemplate(kReferenceTemplate).value();
}

// The reference scenario plus an assigned policy whose rule blocks all traffic: every management path is hit.
StoreData blockEverything()
{
    StoreData d = referenceScenario();
    for (Policy &p : d.policies)
        p.assigned = false;
    FilterList all;
    all.id = newId();
    all.name = QStringLiteral("All traffic");
    Filter f;
    f.id = newId();
    f.source = FilterAddress::me();
    f.destination = FilterAddress::any();
    all.filters.push_back(f);
    d.filterLists.push_back(all);
    FilterAction block;
    block.id = newId();
    block.name = QStringLiteral("Block");
    block.action = ActionKind::Block;
    d.filterActions.push_back(block);
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("Lock everything");
    p.assigned = true;
    p.ike.id = newId();
    p.ike.methods = {IkeMethod{}};
    p.defaultResponse = d.policies.front().defaultResponse;
    p.defaultResponse.id = newId();
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("block all");
    r.filterList = all.id;
    r.filterAction = block.id;
    r.authMethods = {AuthMethod::kerberos()};
    p.rules = {r};
    d.policies.push_back(p);
    return d;
}

BackendTarget targetOf(const StoreData &d)
{
    return {d.info.location, d.info.location == StoreLocation::Domain ? d.info.domain : QString()};
}

// Chooses the dry-run backend with a state file, so that a later Read from backend sees what was applied.
bool chooseDryRun(BackendChooser *chooser, const QString &stateFile)
{
    if (!chooser->selectBackend(kDryRun))
        return false;
    auto *state = chooser->findChild<QLineEdit *>(QStringLiteral("stateFile"));
    if (!state)
        return false;
    state->setText(stateFile);
    emit state->editingFinished();
    return chooser->settings().value(QStringLiteral("stateFile")).toString() == stateFile;
}

} // namespace

class TestTools : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_prompts;
    std::function<int(QDialog &)> m_drive;
    int m_dialogsShown = 0;

    void trigger(const char *name)
    {
        QAction *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a, name);
        QVERIFY2(a->isEnabled(), name);
        a->trigger();
    }
    QString stateFile() const { return m_dir.filePath(QStringLiteral("dry-run-state.ipsecstore")); }
    void setDocument(const StoreData &d)
    {
        m_window->store()->reset(d);
        m_window->undoStack()->clear();
    }

private slots:
    void initTestCase()
    {
        // The window autosaves and removes recovery copies: keep them out of the user's own data folder.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QFile::remove(stateFile());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_prompts.clear();
        m_dialogsShown = 0;
        m_drive = nullptr;
        m_window->setPrompt(
            [this](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
                m_prompts.append(text);
                return QMessageBox::Discard;
            });
        m_window->setDialogRunner([this](QDialog &dialog) {
            ++m_dialogsShown;
            return m_drive ? m_drive(dialog) : int(QDialog::Rejected);
        });
        setDocument(referenceScenario());
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void theApplyDialogListsTheDryRunBackendAsAvailable()
    {
        QStringList ids;
        bool available = false;
        QString itemText;
        m_drive = [&](QDialog &dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(&dialog);
            if (!apply)
                return int(QDialog::Rejected);
            ids = apply->chooser()->backendIds();
            apply->chooser()->selectBackend(kDryRun);
            available = apply->chooser()->availability().available;
            auto *combo = apply->chooser()->findChild<QComboBox *>(QStringLiteral("backend"));
            itemText = combo ? combo->currentText() : QString();
            return int(QDialog::Rejected);
        };
        trigger("actionApply");
        QCOMPARE(m_dialogsShown, 1);
        QVERIFY2(ids.contains(kDryRun), qPrintable(ids.join(u',')));
        QVERIFY(available);
        QVERIFY2(itemText.endsWith(QStringLiteral("— available")), qPrintable(itemText));
    }

    void applyingTheReferenceScenarioSucceedsAndReadingBackGivesThePolicy()
    {
        const StoreData reference = referenceScenario();
        std::optional<ApplyReport> report;
        QString script;
        bool lockoutEmpty = false;
        BackendTarget proposed;
        m_drive = [&](QDialog &dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(&dialog);
            if (!apply || !chooseDryRun(apply->chooser(), stateFile()))
                return int(QDialog::Rejected);
            proposed = apply->chooser()->target();
            script = apply->plan().script;
            lockoutEmpty = apply->lockout().isEmpty();
            if (!lockoutEmpty)
                apply->findChild<QCheckBox *>(QStringLiteral("confirmLockout"))->setChecked(true);
            apply->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
            report = apply->report();
            return int(QDialog::Accepted);
        };
        trigger("actionApply");
        QVERIFY(report);
        QVERIFY2(report->succeeded(), qPrintable(outcomeName(report->outcome) + u' ' + report->failedStep));
        QVERIFY(report->backup);
        QCOMPARE(proposed, targetOf(reference)); // the dialog proposes the document's own store
        QVERIFY2(script.contains(QStringLiteral("add policy")), qPrintable(script.left(400)));
        QVERIFY(QFileInfo::exists(stateFile()));

        // A blank, unmodified document: Read from backend replaces it with what the backend holds.
        setDocument({});
        m_drive = [&](QDialog &dialog) {
            auto *read = qobject_cast<ReadBackendDialog *>(&dialog);
            if (!read || !chooseDryRun(read->chooser(), stateFile()))
                return int(QDialog::Rejected);
            read->chooser()->setTarget(targetOf(reference));
            read->findChild<QPushButton *>(QStringLiteral("readButton"))->click();
            return read->QDialog::result();
        };
        trigger("actionReadFromBackend");
        const StoreData &readBack = m_window->store()->data();
        QCOMPARE(readBack.policies.size(), reference.policies.size());
        const analysis::StoreDiff diff = analysis::diffStores(reference, readBack);
        QStringList objectChanges;
        // The system gives objects its own GUIDs (matched by name, no field changed), keeps no document
        // metadata (the Store entry), and a domain policy is assigned by a GPO link, not by the apply.
        for (const analysis::ObjectChange &c : diff.changes) {
            if (c.kind == ObjectKind::Store)
                continue;
            for (const analysis::FieldChange &f : c.fields)
                if (f.field != u"assigned")
                    objectChanges << c.path + u' ' + f.field;
        }
        QVERIFY2(objectChanges.isEmpty(), qPrintable(analysis::renderDiff(diff)));
        QVERIFY(!m_window->isModified());
    }

    void aPolicyThatLocksOutNeedsTheConfirmationBeforeApplying()
    {
        setDocument(blockEverything());
        bool enabledBefore = true;
        bool enabledAfter = false;
        QStringList paths;
        QString status;
        m_drive = [&](QDialog &dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(&dialog);
            if (!apply || !chooseDryRun(apply->chooser(), stateFile()))
                return int(QDialog::Rejected);
            paths = apply->lockout().affectedPathNames();
            auto *confirm = apply->findChild<QCheckBox *>(QStringLiteral("confirmLockout"));
            enabledBefore = apply->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled();
            confirm->setChecked(true);
            enabledAfter = apply->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled();
            status = apply->findChild<QLabel *>(QStringLiteral("applyStatus"))->text() +
                     apply->findChild<QPlainTextEdit *>(QStringLiteral("planSteps"))->toPlainText();
            return int(QDialog::Rejected);
        };
        trigger("actionApply");
        QVERIFY2(paths.contains(QStringLiteral("RDP")), qPrintable(paths.join(u',')));
        QVERIFY(!enabledBefore);
        QVERIFY2(enabledAfter, qPrintable(status));
    }

    void cancelDuringTheApplyStopsIt()
    {
        std::optional<ApplyReport> report;
        m_drive = [&](QDialog &dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(&dialog);
            if (!apply || !chooseDryRun(apply->chooser(), stateFile()))
                return int(QDialog::Rejected);
            auto *bar = apply->findChild<QProgressBar *>(QStringLiteral("applyProgress"));
            auto *cancel = apply->findChild<QPushButton *>(QStringLiteral("cancelButton"));
            // The user presses Cancel as soon as the first step reports progress.
            QObject::connect(bar, &QProgressBar::valueChanged, cancel, [cancel, apply] {
                if (apply->isRunning())
                    cancel->click();
            });
            report = apply->apply();
            return int(QDialog::Rejected);
        };
        trigger("actionApply");
        QVERIFY(report);
        QVERIFY2(report->outcome == ApplyOutcome::Cancelled || report->outcome == ApplyOutcome::RolledBack,
                 qPrintable(outcomeName(report->outcome)));
    }

    void withTheAutomaticRollbackArmedNotKeepingRollsBack()
    {
        std::optional<ApplyReport> report;
        int askedMinutes = 0;
        m_drive = [&](QDialog &dialog) {
            auto *apply = qobject_cast<ApplyDialog *>(&dialog);
            if (!apply || !chooseDryRun(apply->chooser(), stateFile()))
                return int(QDialog::Rejected);
            apply->findChild<QCheckBox *>(QStringLiteral("armRollback"))->setChecked(true);
            apply->findChild<QSpinBox *>(QStringLiteral("rollbackMinutes"))->setValue(3);
            apply->setKeepPrompt([&askedMinutes](int minutes) {
                askedMinutes = minutes;
                return false;
            });
            report = apply->apply();
            return int(QDialog::Rejected);
        };
        trigger("actionApply");
        QVERIFY(report);
        QCOMPARE(askedMinutes, 3);
        QCOMPARE(report->outcome, ApplyOutcome::RolledBack);
    }

    void reviewingARealBackupShowsItsGpo()
    {
        IPSEC_REQUIRE_TESTDATA("gpo_backups/nsacyber_SHB_firewall");
        QString folder;
        m_drive = [&](QDialog &dialog) {
            auto *review = qobject_cast<ReviewDialog *>(&dialog);
            folder = review && review->report().gpos.size() == 1 ? review->report().gpos.first().source.folder
                                                                 : QString();
            return int(QDialog::Rejected);
        };
        m_window->setFileChooser([](bool, const QString &, const QString &) {
            return test::testdataPath(
                QStringLiteral("gpo_backups/nsacyber_SHB_firewall/{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}/"
                               "Backup.xml"));
        });
        const StoreData before = m_window->store()->data();
        trigger("actionReviewBackup");
        QCOMPARE(m_dialogsShown, 1);
        QVERIFY2(folder.contains(QStringLiteral("3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23"), Qt::CaseInsensitive),
                 qPrintable(folder));
        QCOMPARE(m_window->store()->data(), before); // closing the review changes nothing
    }

    void aWfwWithConnectionSecurityRulesOpensAsADocument()
    {
        IPSEC_REQUIRE_TESTDATA("gpfas/luthfina16-firewall/firewall.wfw");
        int connectionSecurityRules = 0;
        bool offered = false;
        m_drive = [&](QDialog &dialog) {
            auto *review = qobject_cast<ReviewDialog *>(&dialog);
            if (!review)
                return int(QDialog::Rejected);
            connectionSecurityRules =
                int(review->report().gpos.value(0).content.connectionSecurityRules.size());
            offered = review->actionButton()->isVisibleTo(review);
            return offered ? int(QDialog::Accepted) : int(QDialog::Rejected);
        };
        QVERIFY(m_window->reviewBackup(
            test::testdataPath(QStringLiteral("gpfas/luthfina16-firewall/firewall.wfw"))));
        QCOMPARE(connectionSecurityRules, 1);
        QVERIFY(offered);
        QVERIFY(!m_window->store()->data().policies.empty());
        QVERIFY(m_window->currentFile().isEmpty()); // a new, unsaved document
    }

    void comparingWithAFileShowsTheChangedObjects()
    {
        const QString saved = m_dir.filePath(QStringLiteral("reference.ipsecstore"));
        QString error;
        QVERIFY2(json::saveFile(referenceScenario(), saved, &error), qPrintable(error));
        QString text;
        m_drive = [&](QDialog &dialog) {
            auto *report = qobject_cast<TextReportDialog *>(&dialog);
            text = report ? report->text() : QString();
            return int(QDialog::Rejected);
        };
        m_window->setFileChooser([saved](bool, const QString &, const QString &) { return saved; });
        trigger("actionDiff");
        QCOMPARE(text, analysis::renderDiff({}));

        StoreData changed = referenceScenario();
        changed.filterActions.front().name = QStringLiteral("Renamed action");
        setDocument(changed);
        trigger("actionDiff");
        QVERIFY2(text.contains(QStringLiteral("Renamed action")), qPrintable(text));
        QVERIFY(text != analysis::renderDiff({}));
    }

    void aFileThatCannotBeReadIsReportedAndNothingIsCompared()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.ipsecstore"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QVERIFY(!m_window->compareWithFile(garbage));
        QCOMPARE(m_dialogsShown, 0);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(m_prompts.front().contains(QStringLiteral("garbage.ipsecstore")));
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
