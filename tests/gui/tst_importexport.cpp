// Open, save, import and export on a worker thread (BackgroundTask): the progress dialog and its Cancel, the
// report at the end (TransferReport, through the DialogRunner hook), and what a cancel or a broken file
// leaves behind (nothing). Offscreen; prompts, dialogs and tasks are driven through the window's hooks.
#include "backgroundtask.h"
#include "core/policystore.h"
#include "formats/formatregistry.h"
#include "formats/json/jsonformat.h"
#include "formats/netsh/netshimport.h"
#include "mainwindow.h"
#include "settings.h"
#include "templates/templates.h"
#include "testdata.h"
#include "textreportdialog.h"
#include "transferreport.h"

#include <QDirIterator>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace ipsec;

namespace {

constexpr int kLargeFilterCount = 20000;

struct ShownDialog {
    QString objectName;
    QString title;
    QString text; // a TextReportDialog's report
};

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Presses the Cancel button of the task's progress dialog, as the user does.
void pressCancel(BackgroundTask &task)
{
    auto *button = task.progressDialog()->findChild<QPushButton *>();
    QVERIFY(button);
    button->click();
}

} // namespace

class TestImportExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_prompts;
    QMessageBox::StandardButton m_partialAnswer = QMessageBox::Open; // to "open the partial import?"
    QList<ShownDialog> m_dialogs;
    int m_tasks = 0;
    std::function<void(BackgroundTask &)> m_onTask; // what the test does when a task starts
    QString m_largeScript;                          // a netsh script of kLargeFilterCount filters

    const StoreData &data() const { return m_window->store()->data(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }
    // Opens `store` as the window's document (through a file, as the user does).
    void openDocument(const StoreData &store, const QString &name)
    {
        QVERIFY(json::saveFile(store, path(name)));
        QVERIFY(m_window->openFile(path(name)));
        m_tasks = 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The large script, written by the netsh exporter from the synthetic generator.
        m_largeScript = path(QStringLiteral("large.cmd"));
        const FormatDescriptor *netsh = findFormat(QStringLiteral("netsh"));
        QVERIFY(netsh);
        const ExportResult written = netsh->exportFile(generateStore(kLargeFilterCount), m_largeScript, {});
        QVERIFY(written.ok);
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(path(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, path(QStringLiteral("recovery")));
        m_prompts.clear();
        m_partialAnswer = QMessageBox::Open;
        m_dialogs.clear();
        m_tasks = 0;
        m_onTask = nullptr;
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setPrompt([this](QMessageBox::Icon, const QString &, const QString &text,
                                   QMessageBox::StandardButtons buttons) {
            m_prompts.append(text);
            return buttons.testFlag(QMessageBox::Open) ? m_partialAnswer : QMessageBox::Discard;
        });
        m_window->setDialogRunner([this](QDialog &dialog) {
            const auto *report = qobject_cast<TextReportDialog *>(&dialog);
            m_dialogs.append(
                {dialog.objectName(), dialog.windowTitle(), report ? report->text() : QString()});
            return int(QDialog::Rejected);
        });
        m_window->setTaskObserver([this](BackgroundTask &task) {
            ++m_tasks;
            if (m_onTask)
                m_onTask(task);
        });
        m_window->show();
        QVERIFY(m_window->newDocument(QStringLiteral("expressroute-http8080")));
    }
    void cleanup() { m_window.reset(); }

    void aLargeNetshImportReportsItsCountsAndIsOneUndoStep()
    {
        const StoreData before = data();
        const StoreData generated = generateStore(kLargeFilterCount);
        QVERIFY(m_window->importFile(QStringLiteral("netsh"), m_largeScript));
        QCOMPARE(m_tasks, 1);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QCOMPARE(data().filterCount(), before.filterCount() + kLargeFilterCount);
        QCOMPARE(data().policies.size(), before.policies.size() + generated.policies.size());

        // A large import always ends with the report, whatever its findings.
        QCOMPARE(m_dialogs.size(), 1);
        QCOMPARE(m_dialogs.front().objectName, QStringLiteral("importReport"));
        const QString report = m_dialogs.front().text;
        QVERIFY2(report.contains(m_largeScript), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Format: netsh")));
        QVERIFY(report.contains(QStringLiteral("(%1 bytes)").arg(QFileInfo(m_largeScript).size())));
        const auto counted = [&](const QString &what, std::size_t n) {
            return report.contains(QRegularExpression(QStringLiteral("\\n  %1 +%2\\n").arg(what).arg(n)));
        };
        QVERIFY2(counted(QStringLiteral("Filters"), kLargeFilterCount), qPrintable(report));
        QVERIFY(counted(QStringLiteral("Filter lists"), generated.filterLists.size()));
        QVERIFY(counted(QStringLiteral("Policies"), generated.policies.size()));
        QVERIFY(counted(QStringLiteral("Filter actions"), generated.filterActions.size()));
        QVERIFY(statusMessage().contains(QStringLiteral("Imported large.cmd")));

        m_window->undoStack()->undo();
        QCOMPARE(data(), before);
    }

    void aLargeExportReportsWhatItWrote()
    {
        openDocument(generateStore(kLargeFilterCount), QStringLiteral("large.ipsecstore"));
        const QString out = path(QStringLiteral("export-large.cmd"));
        QVERIFY(m_window->exportFile(QStringLiteral("netsh"), out));
        QVERIFY(QFileInfo::exists(out));
        QCOMPARE(m_dialogs.size(), 1);
        QCOMPARE(m_dialogs.front().objectName, QStringLiteral("exportReport"));
        QVERIFY(m_dialogs.front().text.contains(QStringLiteral("Exported to %1").arg(out)));
        QVERIFY(m_dialogs.front().text.contains(QStringLiteral("(%1 bytes)").arg(QFileInfo(out).size())));
        QVERIFY(m_dialogs.front().text.contains(
            QRegularExpression(QStringLiteral("\\n  Filters +%1\\n").arg(kLargeFilterCount))));
    }

    void cancellingAnImportLeavesTheDocumentAndTheUndoStackAlone()
    {
        const StoreData before = data();
        m_onTask = [](BackgroundTask &task) { pressCancel(task); };
        QVERIFY(!m_window->importFile(QStringLiteral("netsh"), m_largeScript));
        QCOMPARE(m_tasks, 1);
        QCOMPARE(data(), before);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(!m_window->isModified());
        QVERIFY(m_dialogs.isEmpty());
        QVERIFY(m_prompts.isEmpty()); // a cancel is no error
        QVERIFY(statusMessage().contains(QStringLiteral("cancelled")));
    }

    void cancellingAnImportMidwayStopsTheReader()
    {
        // Cancel at the first progress the reader reports: the netsh reader stops there (IPS-910).
        qint64 reports = 0;
        const ProgressCallback progress = [&](qint64 done, qint64 total) {
            ++reports;
            return done == 0 && total > 0;
        };
        QFile script(m_largeScript);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const ImportResult result = netsh::read(script.readAll(), {}, progress);
        QVERIFY(!result.ok);
        QCOMPARE(reports, 2);
        QVERIFY(!result.findings.isEmpty());
        QCOMPARE(result.findings.back().code, QString::fromUtf16(kCancelledCode));
        QCOMPARE(result.store, StoreData());
    }

    void cancellingAnExportLeavesNoFile()
    {
        const QString out = path(QStringLiteral("cancelled.cmd"));
        QFile::remove(out);
        m_onTask = [](BackgroundTask &task) { pressCancel(task); };
        QVERIFY(!m_window->exportFile(QStringLiteral("netsh"), out));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(m_dialogs.isEmpty());
        QVERIFY(m_prompts.isEmpty());

        // Over an existing file: the old content stays byte for byte.
        writeText(out, "old content\r\n");
        QVERIFY(!m_window->exportFile(QStringLiteral("netsh"), out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old content\r\n"));
        QCOMPARE(filesBelow(m_dir.path()).filter(QStringLiteral("cancelled")).size(), 1); // no temporary left
    }

    void everyExportFormatCommitsNothingWhenCancelled_data()
    {
        QTest::addColumn<QString>("format");
        for (const FormatDescriptor &f : formats())
            if (f.exportFile)
                QTest::addRow("a cancelled %s export writes no file", qPrintable(f.name)) << f.name;
    }
    void everyExportFormatCommitsNothingWhenCancelled()
    {
        QFETCH(QString, format);
        const FormatDescriptor *f = findFormat(format);
        StoreData store = *makeTemplate(QStringLiteral("expressroute-http8080"));
        if (f->outputIsFolder)
            store.info.gpoName = QStringLiteral("IPsec test"); // a GPO backup needs one
        const QString suffix = f->fileSuffixes.value(0, QStringLiteral("out"));
        QTemporaryDir written;
        QTemporaryDir cancelled;
        const QString name = f->outputIsFolder ? QStringLiteral("out") : QStringLiteral("out.") + suffix;
        // Without a cancel the format writes the store: the cancel below is what stops it.
        const ExportResult normal = f->exportFile(store, QDir(written.path()).filePath(name), {});
        QVERIFY2(normal.ok, qPrintable(normal.findings.value(0).toString()));
        QVERIFY(!filesBelow(written.path()).isEmpty());

        FormatOptions options;
        options.setProgress([](qint64, qint64) { return false; });
        const ExportResult result = f->exportFile(store, QDir(cancelled.path()).filePath(name), options);
        QVERIFY(!result.ok);
        QVERIFY(result.writtenFiles.isEmpty());
        QVERIFY(std::any_of(result.findings.begin(), result.findings.end(),
                            [](const Finding &x) { return x.code == QString::fromUtf16(kCancelledCode); }));
        QCOMPARE(filesBelow(cancelled.path()), QStringList());
    }

    void anImportWithWarningsReportsEachWithItsLocation()
    {
        const QString script = path(QStringLiteral("warnings.cmd"));
        writeText(script, "netsh ipsec static add filterlist name=\"Warned\"\r\n"
                          "netsh ipsec static add filter filterlist=\"Warned\" srcaddr=me dstaddr=any\r\n"
                          "netsh ipsec dynamic show all\r\n");
        QVERIFY(m_window->importFile(QStringLiteral("netsh"), script));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QCOMPARE(m_dialogs.size(), 1); // small and quick, but it has findings
        const QString report = m_dialogs.front().text;
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("warning IPS-203 [^\\n]*warnings.cmd:3"))),
                 qPrintable(report));
        QVERIFY(
            report.contains(QRegularExpression(QStringLiteral("Findings: 0 errors, [1-9]\\d* warnings"))));
        QVERIFY(report.contains(QRegularExpression(QStringLiteral("\\n  Filters +1\\n"))));
    }

    void aPartialImportListsWhatWasLostAndOpensOnlyWhenAsked()
    {
        const QString script = path(QStringLiteral("partial.cmd"));
        writeText(script, "netsh ipsec static add filterlist name=\"Kept\"\r\n"
                          "netsh ipsec static add filter filterlist=\"Kept\" srcaddr=me dstaddr=any "
                          "protocol=TCP dstport=70000\r\n");
        const StoreData before = data();
        m_partialAnswer = QMessageBox::Cancel;
        QVERIFY(!m_window->importFile(QStringLiteral("netsh"), script));
        QCOMPARE(data(), before);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY2(m_prompts.front().contains(QStringLiteral("Only part of partial.cmd could be read")),
                 qPrintable(m_prompts.front()));
        QVERIFY2(
            m_prompts.front().contains(QRegularExpression(QStringLiteral("partial\\.cmd:2[^\\n]*70000"))),
            qPrintable(m_prompts.front()));

        m_prompts.clear();
        m_partialAnswer = QMessageBox::Open;
        QVERIFY(m_window->importFile(QStringLiteral("netsh"), script));
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(data().filterListByName(QStringLiteral("Kept")));
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void aNameClashIsReportedAsARename()
    {
        // The document's first filter list again, under a new GUID: it arrives renamed.
        StoreData clash;
        FilterList list = data().filterLists.front();
        list.id = newId();
        clash.filterLists.push_back(list);
        const QString document = path(QStringLiteral("clash.ipsecstore"));
        QVERIFY(json::saveFile(clash, document));
        QVERIFY(m_window->importFile(QStringLiteral("json"), document));
        QCOMPARE(m_dialogs.size(), 1); // small, quick, no findings, but a rename
        QVERIFY2(m_dialogs.front().text.contains(QStringLiteral("'%1' renamed to '%1 (2)'").arg(list.name)),
                 qPrintable(m_dialogs.front().text));
    }

    void aRealScriptReportsEveryFindingOfTheReader()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd");
        const QString script =
            test::testdataPath(QStringLiteral("netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd"));
        const ImportResult direct = findFormat(QStringLiteral("netsh"))->importFile(script, {});
        QVERIFY(direct.ok);
        QVERIFY(m_window->importFile(QStringLiteral("netsh"), script));
        QCOMPARE(m_dialogs.size(), 1);
        const QString report = m_dialogs.front().text;
        for (const Finding &f : direct.findings)
            QVERIFY2(report.contains(f.toString()), qPrintable(f.toString()));
        QVERIFY(report.contains(QStringLiteral("Findings: %1 errors, %2 warnings, %3 infos")
                                    .arg(countOf(direct.findings, Severity::Error))
                                    .arg(countOf(direct.findings, Severity::Warning))
                                    .arg(countOf(direct.findings, Severity::Info))));
    }

    void aSmallQuietImportOnlyTellsTheStatusBar()
    {
        StoreData small;
        FilterList list;
        list.id = newId();
        list.name = QStringLiteral("Quiet list");
        small.filterLists.push_back(list);
        const QString document = path(QStringLiteral("quiet.ipsecstore"));
        QVERIFY(json::saveFile(small, document));
        QVERIFY(json::loadFile(document).findings.isEmpty());
        QVERIFY(m_window->importFile(QStringLiteral("json"), document));
        QVERIFY(m_dialogs.isEmpty());
        QVERIFY(m_prompts.isEmpty());
        QVERIFY2(statusMessage().startsWith(QStringLiteral("Imported quiet.ipsecstore (json): 0 policies")),
                 qPrintable(statusMessage()));
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void aBrokenFileShowsTheErrorWithItsLocationAndChangesNothing()
    {
        const StoreData before = data();
        const QString document = path(QStringLiteral("broken.ipsecstore"));
        writeText(
            document,
            "{\n  \"format\": \"ipsecstore\",\n  \"version\": 1,\n  \"filterLists\": [\n    {\"name\": ");
        QVERIFY(!m_window->importFile(QStringLiteral("json"), document));
        QCOMPARE(data(), before);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(m_dialogs.isEmpty());
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY2(
            m_prompts.front().contains(QRegularExpression(QStringLiteral("error IPS-1\\d\\d [^\\n]*broken"
                                                                         "\\.ipsecstore:\\d+"))),
            qPrintable(m_prompts.front()));
    }

    void aCancelledSaveWritesNothingAndKeepsTheDocumentModified()
    {
        openDocument(generateStore(kLargeFilterCount), QStringLiteral("large.ipsecstore"));
        const QString document = path(QStringLiteral("saved.ipsecstore"));
        QFile::remove(document);
        QVERIFY(m_window->saveAs(document));
        QCOMPARE(m_tasks, 1);
        QVERIFY(!m_window->isModified());
        QFile file(document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QCOMPARE(json::read(saved).store, data());

        // An edit (an import), then a cancelled save: the old file stays, the document stays modified.
        QVERIFY(m_window->importFile(QStringLiteral("netsh"), m_largeScript));
        QVERIFY(m_window->isModified());
        m_onTask = [](BackgroundTask &task) { pressCancel(task); };
        QVERIFY(!m_window->saveAs(document));
        QVERIFY(m_window->isModified());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved);
        QVERIFY(m_prompts.isEmpty());
    }

    void aCancelledOpenKeepsTheDocument()
    {
        const QString document = path(QStringLiteral("other.ipsecstore"));
        QVERIFY(json::saveFile(generateStore(500), document));
        const StoreData before = data();
        m_onTask = [](BackgroundTask &task) { pressCancel(task); };
        QVERIFY(!m_window->openFile(document));
        QCOMPARE(data(), before);
        m_onTask = nullptr;
        QVERIFY(m_window->openFile(document));
        QCOMPARE(data(), generateStore(500));
    }

    // ---- the task itself ----

    void aLongTaskShowsItsProgressDialogAndCancelStopsTheWork()
    {
        BackgroundTask task(QStringLiteral("Working"), m_window.get());
        QCOMPARE(task.progressDialog()->minimumDuration(), BackgroundTask::kShowAfterMs);
        int barMaximum = -1;
        bool visibleWhenShown = false;
        connect(&task, &BackgroundTask::progressed, this, [&](qint64, qint64) {
            if (task.isCancelled())
                return;
            barMaximum = task.progressDialog()->maximum();
            if (task.wasShown()) {
                visibleWhenShown = task.progressDialog()->isVisible();
                pressCancel(task);
            }
        });
        bool stoppedByCancel = false;
        // Runs until it is told to stop: only the Cancel pressed once the dialog is up ends it.
        const bool completed = task.run([&](const ProgressCallback &progress) {
            for (qint64 i = 0;; ++i) {
                if (!progress(i % 100, 100)) {
                    stoppedByCancel = true;
                    return;
                }
                QThread::msleep(2);
            }
        });
        QVERIFY(!completed);
        QVERIFY(stoppedByCancel);
        QVERIFY(visibleWhenShown);
        QCOMPARE(barMaximum, 1000); // a known total: a determinate bar
        QVERIFY(!task.progressDialog()->isVisible());
    }

    void aTaskWithoutATotalShowsABusyIndicator()
    {
        BackgroundTask task(QStringLiteral("Working"), m_window.get());
        int barMaximum = -1;
        connect(&task, &BackgroundTask::progressed, this, [&](qint64, qint64) {
            barMaximum = task.progressDialog()->maximum();
            task.cancel();
        });
        const bool completed = task.run([](const ProgressCallback &progress) {
            while (progress(0, 0))
                QThread::msleep(2);
        });
        QVERIFY(!completed);
        QCOMPARE(barMaximum, 0);
    }
};

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
