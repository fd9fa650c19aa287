#include "documentcontroller.h"

#include "backgroundtask.h"
#include "core/policystore.h"
#include "core/savefile.h"
#include "core/secrets.h"
#include "formats/formatregistry.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "partialimport.h"
#include "settings.h"
#include "storeops.h"
#include "templates/templates.h"
#include "textreportdialog.h"
#include "transferreport.h"
#include "undocommands.h"
#include "validation/fieldcheck.h"
#include "validationrunner.h"
#include "widgets/fieldcommit.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace ipsec {
namespace {

QString documentFilter()
{
    return MainWindow::tr("IPsec policy documents (*.ipsecstore *.json)");
}

QString recoveryPathFor(const Settings &settings, const QString &documentPath)
{
    QString dir = settings.value(Settings::Key::RecoveryDirectory).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
    // One copy per document: named by a hash of its absolute path, so two documents never share one.
    const QString name = documentPath.isEmpty()
                             ? QStringLiteral("untitled")
                             : QString::fromLatin1(QCryptographicHash::hash(
                                                       QFileInfo(documentPath).absoluteFilePath().toUtf8(),
                                                       QCryptographicHash::Sha256)
                                                       .toHex()
                                                       .left(32));
    return QDir(dir).filePath(name + QStringLiteral(".ipsecstore"));
}

QString filterFor(const FormatDescriptor &f)
{
    QStringList patterns;
    for (const QString &s : f.fileSuffixes)
        patterns.append(QStringLiteral("*.") + s);
    return QStringLiteral("%1 — %2 (%3)")
        .arg(f.name, f.description, patterns.isEmpty() ? QStringLiteral("*") : patterns.join(u' '));
}

} // namespace

DocumentController::DocumentController(QMainWindow *window, Settings *settings, PolicyStore *store,
                                       QUndoStack *undo, ValidationRunner *validation,
                                       const WindowHooks &hooks)
    : QObject(window), m_window(window), m_settings(settings), m_store(store), m_undo(undo),
      m_validation(validation), m_hooks(hooks), m_autosave(new QTimer(this))
{
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isModified())
            writeRecoveryCopy();
    });
    setAutosaveSeconds(m_settings->value(Settings::Key::AutosaveSeconds).toInt());
}

bool DocumentController::isModified() const
{
    return !m_undo->isClean();
}

QMessageBox::StandardButton DocumentController::ask(QMessageBox::Icon icon, const QString &title,
                                                    const QString &text, QMessageBox::StandardButtons buttons)
{
    return m_hooks.ask(m_window, icon, title, text, buttons);
}

void DocumentController::showStatus(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

// ---- new, open, save ----

void DocumentController::resetDocument(StoreData document, const QString &path)
{
    m_ownsRecoveryCopy = false;
    m_store->reset(std::move(document));
    m_undo->clear();
    m_undo->setClean();
    m_currentFile = path;
    if (!path.isEmpty()) {
        m_settings->addRecentFile(path);
        emit recentFilesChanged();
    }
    emit documentReset();
}

bool DocumentController::maybeSave()
{
    bool abandoned = !isModified();
    if (!abandoned) {
        const auto answer = ask(QMessageBox::Warning, MainWindow::tr("Unsaved changes"),
                                MainWindow::tr("The document has unsaved changes. Save them?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        abandoned = answer == QMessageBox::Save ? save() : answer == QMessageBox::Discard;
    }
    // The document is saved or given up: its recovery copy has nothing left to recover. A copy this window
    // never wrote nor restored (an earlier session's, not yet offered) is left for the next start.
    if (abandoned && m_ownsRecoveryCopy)
        removeRecoveryCopy(m_currentFile);
    return abandoned;
}

bool DocumentController::newDocument(const QString &templateName)
{
    if (!maybeSave())
        return false;
    StoreData document;
    if (!templateName.isEmpty()) {
        const auto made = makeTemplate(templateName);
        if (!made) {
            ask(QMessageBox::Warning, MainWindow::tr("New from template"),
                MainWindow::tr("There is no template '%1'.").arg(templateName));
            return false;
        }
        document = *made;
    }
    resetDocument(std::move(document), {});
    return true;
}

bool DocumentController::openAsNewDocument(StoreData document, const QString &what)
{
    if (!maybeSave())
        return false;
    resetDocument(std::move(document), {});
    showStatus(MainWindow::tr("Opened %1 as a new document").arg(what), 8000);
    return true;
}

bool DocumentController::runInBackground(const QString &label,
                                         const std::function<void(const ProgressCallback &)> &work,
                                         qint64 *elapsedMs)
{
    if (m_task) {
        showStatus(MainWindow::tr("Busy: wait until the running operation has finished."), 5000);
        return false;
    }
    BackgroundTask task(label, m_window);
    m_task = &task;
    if (m_hooks.observeTask)
        connect(&task, &BackgroundTask::started, this, [this, &task] { m_hooks.observeTask(task); });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const bool completed = task.run(work);
    QApplication::restoreOverrideCursor();
    m_task = nullptr;
    if (elapsedMs)
        *elapsedMs = task.elapsedMs();
    return completed;
}

bool DocumentController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    ImportResult result;
    // The document format reports no progress: the dialog, if it shows, is a busy indicator.
    if (!runInBackground(MainWindow::tr("Opening %1…").arg(QFileInfo(path).fileName()),
                         [&](const ProgressCallback &) { result = json::loadFile(path); })) {
        showStatus(MainWindow::tr("Opening %1 cancelled.").arg(path), 8000);
        return false;
    }
    if (!result.ok) {
        // The open document stays as it was.
        ask(QMessageBox::Critical, MainWindow::tr("Cannot open"),
            MainWindow::tr("%1 could not be opened:\n\n%2")
                .arg(QFileInfo(path).fileName(), findingLines(result.findings, 10)));
        return false;
    }
    resetDocument(result.store, QFileInfo(path).absoluteFilePath());
    showStatus(MainWindow::tr("Opened %1").arg(path), 5000);
    offerRecovery();
    return true;
}

bool DocumentController::save()
{
    if (m_currentFile.isEmpty()) {
        chooseAndSaveAs();
        return !isModified();
    }
    return saveAs(m_currentFile);
}

bool DocumentController::saveAs(const QString &path)
{
    // Ctrl+S right after typing: what the fields show is what is saved (a refused text is not).
    for (FieldCommitter *field : m_window->findChildren<FieldCommitter *>())
        if (field->isUnfinished())
            field->finishNow();
    QString error;
    bool written = false;
    const StoreData snapshot = m_store->data(); // the worker's own copy
    // Atomic (QSaveFile): a failed or cancelled save leaves the old file and the open document untouched.
    const bool completed = runInBackground(MainWindow::tr("Saving %1…").arg(QFileInfo(path).fileName()),
                                           [&](const ProgressCallback &progress) {
                                               const QByteArray bytes = json::write(snapshot);
                                               if (progress(bytes.size(), bytes.size()))
                                                   written = writeFileAtomically(path, bytes, &error);
                                           });
    if (!written) {
        if (!completed)
            showStatus(MainWindow::tr("Saving %1 cancelled; nothing was written.").arg(path), 8000);
        else
            ask(QMessageBox::Critical, MainWindow::tr("Cannot save"),
                MainWindow::tr("The document could not be saved:\n%1").arg(error));
        return false;
    }
    if (m_ownsRecoveryCopy)
        removeRecoveryCopy(m_currentFile);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    removeRecoveryCopy(m_currentFile); // a copy of the file it replaces is of no use any more
    m_ownsRecoveryCopy = false;
    m_undo->setClean();
    m_settings->addRecentFile(m_currentFile);
    emit recentFilesChanged();
    emit currentFileChanged();
    // Text a field refused is not in the file: say so rather than let the field suggest otherwise.
    QSet<QString> fieldCodes;
    for (const FindingCodeInfo &code : fieldcheck::codes())
        fieldCodes.insert(code.code);
    const auto refused = std::count_if(m_validation->findings().begin(), m_validation->findings().end(),
                                       [&](const Finding &f) { return fieldCodes.contains(f.code); });
    showStatus(refused > 0 ? MainWindow::tr("Saved %1 without the text of %n refused field(s): see Problems.",
                                            nullptr, static_cast<int>(refused))
                                 .arg(path)
                           : MainWindow::tr("Saved %1").arg(path),
               refused > 0 ? 10000 : 5000);
    return true;
}

void DocumentController::chooseAndOpen()
{
    const QString path = m_hooks.chooseFile(false, MainWindow::tr("Open"), documentFilter());
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::chooseAndSaveAs()
{
    QString path = m_hooks.chooseFile(true, MainWindow::tr("Save As"), documentFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ipsecstore");
    saveAs(path);
}

// ---- import and export ----

void DocumentController::showTransferReport(const TransferReport &report)
{
    showStatus(report.summary(), 8000);
    if (!report.needsDialog())
        return;
    TextReportDialog dialog(report.title(), report.text(), m_window);
    dialog.setObjectName(report.direction == TransferReport::Direction::Import
                             ? QStringLiteral("importReport")
                             : QStringLiteral("exportReport"));
    m_hooks.runDialog(dialog);
}

bool DocumentController::importFile(const QString &formatName, const QString &path,
                                    const FormatOptions &options)
{
    const FormatDescriptor *format = findFormat(formatName);
    if (!format || !format->importFile) {
        ask(QMessageBox::Critical, MainWindow::tr("Import"),
            MainWindow::tr("The format '%1' cannot be imported.").arg(formatName));
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    ImportResult result;
    qint64 elapsedMs = 0;
    const bool completed = runInBackground(
        MainWindow::tr("Importing %1…").arg(fileName),
        [&](const ProgressCallback &progress) {
            FormatOptions withProgress = options;
            withProgress.setProgress(progress);
            result = format->importFile(path, withProgress);
        },
        &elapsedMs);
    if (!completed) {
        // Whatever the worker read is dropped: the document and the undo stack stay as they were.
        showStatus(MainWindow::tr("Import of %1 cancelled; the document is unchanged.").arg(fileName), 8000);
        return false;
    }
    if (!result.ok) {
        ask(QMessageBox::Critical, MainWindow::tr("Import failed"),
            MainWindow::tr("Nothing was imported from %1:\n\n%2")
                .arg(fileName, findingLines(result.findings, 15)));
        return false;
    }
    if (completenessOf(result) == ImportCompleteness::Partial &&
        ask(QMessageBox::Warning, PartialImport::title(),
            PartialImport::question(fileName, lostItems(result)),
            QMessageBox::Open | QMessageBox::Cancel) != QMessageBox::Open) {
        showStatus(MainWindow::tr("Import of %1 not opened; the document is unchanged.").arg(fileName), 8000);
        return false;
    }
    TransferReport report;
    report.direction = TransferReport::Direction::Import;
    report.formatName = format->name;
    report.files = {QFileInfo(path).absoluteFilePath()};
    report.bytes = TransferReport::sizeOnDisk(path);
    report.elapsedMs = elapsedMs;
    report.counts = ObjectCounts::of(result.store);
    report.findings = result.findings;
    StoreData merged = mergeStores(m_store->data(), result.store, &report.mergeNotes);
    execute(m_undo,
            new ReplaceStoreCommand(m_store, std::move(merged), MainWindow::tr("Import %1").arg(fileName)));
    showTransferReport(report);
    return true;
}

bool DocumentController::exportFile(const QString &formatName, const QString &path,
                                    const FormatOptions &options)
{
    const FormatDescriptor *format = findFormat(formatName);
    if (!format || !format->exportFile) {
        ask(QMessageBox::Critical, MainWindow::tr("Export"),
            MainWindow::tr("The format '%1' cannot be exported.").arg(formatName));
        return false;
    }
    const StoreData snapshot = m_store->data(); // the worker's own copy
    ExportResult result;
    qint64 elapsedMs = 0;
    const bool completed = runInBackground(
        MainWindow::tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const ProgressCallback &progress) {
            FormatOptions withProgress = options;
            withProgress.setProgress(progress);
            result = format->exportFile(snapshot, path, withProgress);
        },
        &elapsedMs);
    if (!result.ok) {
        if (!completed) {
            // The format saw the cancel before committing: no file, no partial file.
            showStatus(MainWindow::tr("Export to %1 cancelled; nothing was written.").arg(path), 8000);
            return false;
        }
        ask(QMessageBox::Critical, MainWindow::tr("Export failed"),
            MainWindow::tr("Nothing was written:\n\n%1").arg(findingLines(result.findings, 15)));
        return false;
    }
    // A cancel that came after the file was committed is too late: the report says what was written.
    TransferReport report;
    report.direction = TransferReport::Direction::Export;
    report.formatName = format->name;
    report.files = result.writtenFiles;
    for (const QString &file : result.writtenFiles)
        report.bytes += TransferReport::sizeOnDisk(file);
    report.elapsedMs = elapsedMs;
    report.counts = ObjectCounts::of(snapshot);
    report.findings = result.findings;
    showTransferReport(report);
    return true;
}

std::pair<QString, QString> DocumentController::chooseFormatAndFile(bool exporting)
{
    const QString title = exporting ? MainWindow::tr("Export") : MainWindow::tr("Import");
    QStringList filters;
    QStringList names;
    for (const FormatDescriptor &f : formats())
        if (exporting ? bool(f.exportFile) : bool(f.importFile)) {
            filters.append(filterFor(f));
            names.append(f.name);
        }
    if (names.isEmpty()) {
        ask(QMessageBox::Information, title,
            exporting ? MainWindow::tr("This build has no export format.")
                      : MainWindow::tr("This build has no import format."));
        return {};
    }
    // The file dialog's own filter choice names the format, so no hook (which has no such choice) is used.
    QString selected;
    const QString directory = m_settings->value(Settings::Key::LastDirectory).toString();
    const QString joined = filters.join(QStringLiteral(";;"));
    const QString path = exporting
                             ? QFileDialog::getSaveFileName(m_window, title, directory, joined, &selected)
                             : QFileDialog::getOpenFileName(m_window, title, directory, joined, &selected);
    if (path.isEmpty())
        return {};
    m_settings->setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    return {names.value(std::max(0, static_cast<int>(filters.indexOf(selected)))), path};
}

void DocumentController::chooseAndImport()
{
    if (const auto [format, path] = chooseFormatAndFile(false); !path.isEmpty())
        importFile(format, path);
}

void DocumentController::chooseAndExport()
{
    if (const auto [format, path] = chooseFormatAndFile(true); !path.isEmpty())
        exportFile(format, path);
}

// ---- crash recovery ----

QString DocumentController::recoveryPath() const
{
    return recoveryPathFor(*m_settings, m_currentFile);
}

void DocumentController::setAutosaveSeconds(int seconds)
{
    if (seconds > 0)
        m_autosave->start(seconds * 1000);
    else
        m_autosave->stop();
}

bool DocumentController::writeRecoveryCopy()
{
    const QString path = recoveryPath();
    QString error;
    // The copy holds what the document holds, keys too unless the user chose otherwise: readable by the
    // user only, like the user's SSH keys.
    const bool keepKeys = m_settings->value(Settings::Key::RecoveryKeys).toString() != u"leave-out";
    const QByteArray bytes = json::write(keepKeys ? m_store->data() : withoutPresharedKeys(m_store->data()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !writeFileAtomically(path, bytes, &error, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        showStatus(MainWindow::tr("Could not write the recovery copy: %1").arg(error), 8000);
        return false;
    }
    m_ownsRecoveryCopy = true;
    return true;
}

void DocumentController::removeRecoveryCopy(const QString &documentPath)
{
    QFile::remove(recoveryPathFor(*m_settings, documentPath));
}

void DocumentController::offerRecovery()
{
    const QString path = recoveryPath();
    if (!QFileInfo::exists(path))
        return;
    const ImportResult copy = json::loadFile(path);
    if (!copy.ok) {
        showStatus(MainWindow::tr("The recovery copy %1 is unreadable and was ignored.").arg(path), 8000);
        return;
    }
    const QString what = m_currentFile.isEmpty() ? MainWindow::tr("an untitled document") : m_currentFile;
    const auto answer =
        ask(QMessageBox::Question, MainWindow::tr("Recover unsaved changes"),
            MainWindow::tr("A recovery copy of %1 from %2 holds changes that were never saved (the "
                           "program ended unexpectedly). Restore them?")
                .arg(what, QFileInfo(path).lastModified().toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        execute(m_undo,
                new ReplaceStoreCommand(m_store, copy.store, MainWindow::tr("Restore recovery copy")));
        m_ownsRecoveryCopy = true;
    } else if (answer == QMessageBox::No)
        QFile::remove(path);
}

void DocumentController::offerUntitledRecoveryWhenIdle()
{
    // A file being opened (its read runs in a local event loop) decides first: restoring the untitled copy
    // now would be replaced by that file a moment later.
    if (m_task) {
        QTimer::singleShot(100, this, &DocumentController::offerUntitledRecoveryWhenIdle);
        return;
    }
    if (m_currentFile.isEmpty())
        offerRecovery();
}

} // namespace ipsec
