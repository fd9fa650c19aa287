// The designer window: navigator (tree + search), the editor stack, and the Problems, Script preview,
// Diagram and History panels around them. Every command is a named QAction (objectName "actionXxx") so that
// tests and shortcuts reach it. Modal questions and file choices go through replaceable hooks, so tests
// drive the window without blocking dialogs.
#pragma once

#include "core/finding.h"
#include "formats/formatregistry.h"
#include "settings.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QUuid>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QLineEdit;
class QStackedWidget;
class QTreeView;
class QUndoStack;
class QMenu;
class QLabel;
class QDialog;
class QMimeData;

class QTimer;

namespace ipsec {

class BackgroundTask;
class NavigatorFilterProxy;
class NavigatorModel;
class ObjectEditor;
class PolicyStore;
class ProblemsModel;
class ProblemsPanel;
class ScriptPreview;
class ValidationRunner;
class PolicyDiagramView;
class PacketTestPanel;
class IntentsPanel;
struct TransferReport;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Asked for every question or report: icon, title, text, buttons; returns the button chosen.
    using Prompt = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon, const QString &title, const QString &text, QMessageBox::StandardButtons)>;
    // Asked for a file name: save (true) or open, title, name filters; empty = cancelled.
    using FileChooser = std::function<QString(bool save, const QString &title, const QString &filters)>;

    // Shows a dialog (Apply, Read from backend, reports) and returns its result; tests drive the dialog here.
    using DialogRunner = std::function<int(QDialog &)>;
    // Told of every background read or write (open, save, import, export) as it starts; tests cancel here.
    using TaskObserver = std::function<void(BackgroundTask &)>;

    // The clipboard format: a JSON store document (formats/json) holding the copied object.
    static constexpr char16_t kStoreMimeType[] = u"application/x-ipsecstore+json";
    // Present (any content) when the copied object is one filter rather than its whole list.
    static constexpr char16_t kFilterMarkerMimeType[] = u"application/x-ipsecstore-filter";
    // Present (any content) when the copied object is one rule rather than its whole policy.
    static constexpr char16_t kRuleMarkerMimeType[] = u"application/x-ipsecstore-rule";

    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setTaskObserver(TaskObserver observer) { m_observeTask = std::move(observer); }

    PolicyStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    ValidationRunner *validation() const { return m_validation; }
    NavigatorModel *navigatorModel() const { return m_navModel; }
    NavigatorFilterProxy *navigatorProxy() const { return m_navProxy; }
    QTreeView *navigator() const { return m_navigator; }
    QLineEdit *searchBox() const { return m_search; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    ScriptPreview *scriptPreview() const { return m_preview; }
    PolicyDiagramView *diagram() const { return m_diagram; }
    ObjectEditor *currentEditor() const;
    ObjectEditor *editor(ObjectKind kind) const { return m_editors.value(kind); }
    QString currentFile() const { return m_currentFile; }
    bool isModified() const;

    // ---- commands (the actions call these; tests may too) ----
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
    // Selects the object in the navigator, shows its editor and focuses the field.
    bool showObject(ObjectKind kind, const QUuid &id, const QUuid &parentId = {}, const QString &field = {});
    bool deleteSelected();
    // Edit → Copy / Cut / Paste / Duplicate of the selected policy (with the lists and actions its rules
    // use), rule (with its list and action), filter list, filter action or filter. The clipboard holds the
    // object as a JSON store document (kStoreMimeType, and as text), so it travels between windows and
    // processes. Paste and Duplicate are one undo step each, with fresh ids and "Name (2)" where a name is
    // taken; Cut is Copy plus Delete and, when the delete is refused, leaves document and clipboard alone.
    // Each returns whether it did something.
    bool copySelected();
    bool cutSelected();
    bool paste();
    bool duplicateSelected();
    // Tools → Apply…: the apply dialog over the document (backend plugins, plan, lock-out check, report).
    void applyToBackend();
    // Tools → Read from backend…: what a backend's store holds, opened as a new document (after asking
    // about unsaved changes); false when nothing was opened.
    bool readFromBackend();
    // File → Review GPO Backup…: the review of a backup root or folder, a registry.pol or a .wfw, with the
    // offer to open its Windows Firewall content as a new document; true when a document was opened.
    bool reviewBackup(const QString &path);
    // Tools → Compare with File…: the object-level differences between the document and another store
    // (format by name, or guessed from the suffix); false when the file cannot be read.
    bool compareWithFile(const QString &path, const QString &formatName = {});
    // Tools → Check against a Peer Policy…: will this document's policy and the file's negotiate
    // (model/analysis/peercheck.h)? The report in a dialog; false when the file cannot be read.
    bool checkAgainstPeer(const QString &path);
    // The Test a Packet and Intents panels (views/analysis/).
    PacketTestPanel *packetTestPanel() const { return m_packetTest; }
    IntentsPanel *intentsPanel() const { return m_intents; }
    // Crash recovery: while the document is modified, a timer (Settings::Key::AutosaveSeconds) writes it to
    // recoveryPath(); saving, or closing or replacing it without saving, removes that copy. A copy left by a
    // session that ended unexpectedly is offered for restoring at start-up (untitled) and on opening its
    // file.
    QString recoveryPath() const;
    bool writeRecoveryCopy();
    // Tools → Settings…: the settings dialog; what it changes applies at once (applySettings).
    void editSettings();
    void applySettings(const QList<Settings::Key> &changed);
    // The selected object: kind, id, parent id.
    std::tuple<ObjectKind, QUuid, QUuid> selectedObject() const;
    // Brings the window up to date (pending validation, preview) and paints it into an image.
    QImage renderToImage();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applySearch(const QString &text);
    void createActions();
    void createDocks();
    void createEditors();
    // Runs `setTexts` now and again whenever the language changes: every text the window sets itself goes
    // through here (the editors are rebuilt instead).
    void translate(std::function<void()> setTexts);
    void retranslateUi();
    // A menu (on the menu bar when parent is null) whose title is the translation of `title`.
    QMenu *addMenu(QMenu *parent, const char *title);
    void onCurrentChanged(const QModelIndex &current);
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    bool maybeSave();
    // Runs `work` through a BackgroundTask labelled `label`; false when cancelled (or another one runs).
    bool runInBackground(const QString &label, const std::function<void(const ProgressCallback &)> &work,
                         qint64 *elapsedMs = nullptr);
    void showTransferReport(const TransferReport &report);
    void removeRecoveryCopy(const QString &documentPath);
    // Asks whether to restore the current document's recovery copy, if there is one; Yes restores it as one
    // undo step (the document stays modified), No deletes the copy, anything else leaves it (until the
    // document is given up).
    void offerRecovery();
    // At start-up: offers the untitled document's recovery copy once no file is being opened, and only when
    // none was.
    void offerUntitledRecoveryWhenIdle();
    // Validates the document without waiting for the typing pause ("Checking…" while a worker does it).
    void validateSoon();
    void resetDocument(StoreData document, const QString &path);
    void addPolicy();
    void addRule(const QUuid &policyId);
    void addFilterList();
    void addFilter();
    void addFilterAction();
    void toggleAssigned();
    void chooseAndOpen();
    void chooseAndSaveAs();
    // File → Import…/Export…: a file of one of the formats that can import (or export) it, as (format, path);
    // an empty path when cancelled.
    std::pair<QString, QString> chooseFormatAndFile(bool exporting);
    void chooseAndImport();
    void chooseAndExport();
    void runWizard(int which);
    void chooseAndReview();
    void chooseAndCompare();
    void chooseAndCheckPeer();
    // A file of any importable format, for the Tools that read one; empty when cancelled.
    QString choosePolicyFile(const QString &title);
    // The store in `path` (the format by name, or guessed from the suffix); nullopt after telling the user.
    std::optional<StoreData> readOtherStore(const QString &path, const QString &formatName,
                                            const QString &title);
    // Replaces the document by `document` (not saved anywhere yet), asking about unsaved changes first.
    bool openAsNewDocument(StoreData document, const QString &what);
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    QUuid selectedPolicyId() const;
    // The selected object as clipboard data; null when nothing copyable is selected.
    QMimeData *selectionAsMimeData() const;
    // Adds a copied object to the document as one undo step named `what` and selects it. clipKind Filter: the
    // clip is one filter, which goes into the selected filter list (after the selected filter), or else back
    // into the list it was copied from; Rule: one rule, which goes into the selected policy (after the
    // selected rule), or else back into the policy it was copied from; anything else: whole objects.
    bool pasteClip(const StoreData &clip, ObjectKind clipKind, const QString &what);
    // Empty when there is no list or policy to paste into; else whether the paste went through.
    std::optional<bool> pasteFilter(const StoreData &clip, const QString &what);
    std::optional<bool> pasteRule(const StoreData &clip, const QString &what);
    // An action named `objectName` whose text is the translation of `text` (mark it with QT_TR_NOOP).
    QAction *addAction(QMenu *menu, const char *objectName, const char *text, const QKeySequence &shortcut,
                       const QString &icon, std::function<void()> slot);

    Settings *m_settings;
    PolicyStore *m_store;
    QUndoStack *m_undo;
    ValidationRunner *m_validation;
    NavigatorModel *m_navModel;
    NavigatorFilterProxy *m_navProxy;
    ProblemsModel *m_problemsModel;
    QTreeView *m_navigator;
    QLineEdit *m_search;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_autosave = nullptr;
    QStackedWidget *m_editorStack;
    QHash<ObjectKind, ObjectEditor *> m_editors;
    ProblemsPanel *m_problems;
    ScriptPreview *m_preview;
    PolicyDiagramView *m_diagram = nullptr;
    PacketTestPanel *m_packetTest = nullptr;
    IntentsPanel *m_intents = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    QString m_currentFile;
    Prompt m_prompt;
    FileChooser m_chooseFile;
    DialogRunner m_runDialog;
    TaskObserver m_observeTask;
    BackgroundTask *m_task = nullptr; // the read or write running now
    bool m_syncingSelection = false;
    std::vector<std::function<void()>> m_retranslations;
    bool m_retranslatePending = false;
    // Whether the current document's recovery copy is this window's (written or restored by it): only then
    // does saving or giving up the document remove it.
    bool m_ownsRecoveryCopy = false;
};

} // namespace ipsec
