// The window's document: new, open, save, import, export, and the crash-recovery copy. It owns which file the
// document is and the read or write running now; the window (MainWindow) listens to its signals to update
// the tree, the title and the Open Recent menu. Its texts keep the MainWindow translation context.
#pragma once

#include "core/types.h"
#include "formats/format.h"
#include "windowhooks.h"

#include <QObject>
#include <QString>
#include <functional>
#include <utility>

class QMainWindow;
class QTimer;
class QUndoStack;

namespace ipsec {

class PolicyStore;
class Settings;
class ValidationRunner;
struct TransferReport;

class DocumentController : public QObject {
    Q_OBJECT
public:
    // `window` parents the dialogs and shows the status-bar lines; `hooks` are the window's.
    DocumentController(QMainWindow *window, Settings *settings, PolicyStore *store, QUndoStack *undo,
                       ValidationRunner *validation, const WindowHooks &hooks);

    QString currentFile() const { return m_currentFile; }
    bool isModified() const;
    // Whether a read or write runs now (the window is not closed meanwhile).
    bool isBusy() const { return m_task != nullptr; }

    // A blank document, or a template's (by name); asks about unsaved changes first.
    bool newDocument(const QString &templateName = {});
    bool openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path);
    // Open, save, import and export read and write on a worker thread (BackgroundTask: a progress dialog
    // with Cancel after 400 ms) and return when done. A cancelled open or import changes nothing, a cancelled
    // save or export writes nothing.
    // Import adds the file's objects to the document as one undo step; a failed import changes nothing.
    // Import and export end with a TransferReport: a dialog through the DialogRunner when it has findings,
    // renames, or was large or slow (TransferReport::needsDialog), else a status-bar line.
    bool importFile(const QString &formatName, const QString &path, const FormatOptions &options = {});
    bool exportFile(const QString &formatName, const QString &path, const FormatOptions &options = {});
    // The File menu's commands: ask for the file (and the format), then do the above.
    void chooseAndOpen();
    void chooseAndSaveAs();
    void chooseAndImport();
    void chooseAndExport();
    // Asks whether to save unsaved changes; false when the user cancelled (or the save failed).
    bool maybeSave();
    // Replaces the document by `document` read from `path` (empty: untitled), with a clean history.
    void resetDocument(StoreData document, const QString &path);
    // Replaces the document by `document` (not saved anywhere yet), asking about unsaved changes first.
    bool openAsNewDocument(StoreData document, const QString &what);
    // Runs `work` through a BackgroundTask labelled `label`; false when cancelled (or another one runs).
    bool runInBackground(const QString &label, const std::function<void(const ProgressCallback &)> &work,
                         qint64 *elapsedMs = nullptr);

    // Crash recovery: while the document is modified, a timer (Settings::Key::AutosaveSeconds) writes it to
    // recoveryPath(); saving, or closing or replacing it without saving, removes that copy. A copy left by a
    // session that ended unexpectedly is offered for restoring at start-up (untitled) and on opening its
    // file.
    QString recoveryPath() const;
    bool writeRecoveryCopy();
    void setAutosaveSeconds(int seconds);
    // At start-up: offers the untitled document's recovery copy once no file is being opened, and only when
    // none was.
    void offerUntitledRecoveryWhenIdle();

signals:
    // The document was replaced (new, open, read from elsewhere): the window shows it from the top.
    void documentReset();
    // The document's file changed (saved under a new name).
    void currentFileChanged();
    // The recent-files list changed.
    void recentFilesChanged();

private:
    void showTransferReport(const TransferReport &report);
    void removeRecoveryCopy(const QString &documentPath);
    // Asks whether to restore the current document's recovery copy, if there is one; Yes restores it as one
    // undo step (the document stays modified), No deletes the copy, anything else leaves it (until the
    // document is given up).
    void offerRecovery();
    // File → Import…/Export…: a file of one of the formats that can import (or export) it, as (format, path);
    // an empty path when cancelled.
    std::pair<QString, QString> chooseFormatAndFile(bool exporting);
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    void showStatus(const QString &message, int timeoutMs);

    QMainWindow *m_window;
    Settings *m_settings;
    PolicyStore *m_store;
    QUndoStack *m_undo;
    ValidationRunner *m_validation;
    const WindowHooks &m_hooks;
    QTimer *m_autosave;
    QString m_currentFile;
    BackgroundTask *m_task = nullptr; // the read or write running now
    // Whether the current document's recovery copy is this window's (written or restored by it): only then
    // does saving or giving up the document remove it.
    bool m_ownsRecoveryCopy = false;
};

} // namespace ipsec
