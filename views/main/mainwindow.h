// The designer window: navigator (tree + search), the editor stack, and the Problems, Script preview,
// Diagram and History panels around them. Every command is a named QAction (objectName "actionXxx") so that
// tests and shortcuts reach it. Modal questions and file choices go through replaceable hooks
// (windowhooks.h), so tests drive the window without blocking dialogs. The window assembles docks and
// menus; the document (DocumentController), the object commands (ObjectCommands) and the clipboard
// (ClipboardActions) are classes of their own, and the window's commands forward to them. Files:
// mainwindow.cpp (docks, selection, language), mainwindowmenus.cpp (actions and menus), mainwindowtools.cpp
// (the Tools commands).
#pragma once

#include "clipboardactions.h"
#include "core/finding.h"
#include "documentcontroller.h"
#include "formats/format.h"
#include "objectcommands.h"
#include "settings.h"
#include "windowhooks.h"

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

class QTimer;

namespace ipsec {

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

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The hooks (windowhooks.h): questions, file choices, dialogs and background tasks.
    using Prompt = WindowHooks::Prompt;
    using FileChooser = WindowHooks::FileChooser;
    using DialogRunner = WindowHooks::DialogRunner;
    using TaskObserver = WindowHooks::TaskObserver;

    // The clipboard formats (clipboardactions.h).
    static constexpr const auto &kStoreMimeType = ClipboardActions::kStoreMimeType;
    static constexpr const auto &kFilterMarkerMimeType = ClipboardActions::kFilterMarkerMimeType;
    static constexpr const auto &kRuleMarkerMimeType = ClipboardActions::kRuleMarkerMimeType;

    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompt(Prompt prompt) { m_hooks.prompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_hooks.chooseFile = std::move(chooser); }
    void setDialogRunner(DialogRunner runner) { m_hooks.runDialog = std::move(runner); }
    void setTaskObserver(TaskObserver observer) { m_hooks.observeTask = std::move(observer); }

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
    QString currentFile() const { return m_documents->currentFile(); }
    bool isModified() const { return m_documents->isModified(); }

    // ---- commands (the actions call these; tests may too) ----
    // The document's commands (documentcontroller.h): new, open, save, import and export.
    bool newDocument(const QString &templateName = {}) { return m_documents->newDocument(templateName); }
    bool openFile(const QString &path) { return m_documents->openFile(path); }
    bool save() { return m_documents->save(); }
    bool saveAs(const QString &path) { return m_documents->saveAs(path); }
    bool importFile(const QString &formatName, const QString &path, const FormatOptions &options = {})
    {
        return m_documents->importFile(formatName, path, options);
    }
    bool exportFile(const QString &formatName, const QString &path, const FormatOptions &options = {})
    {
        return m_documents->exportFile(formatName, path, options);
    }
    // Selects the object in the navigator, shows its editor and focuses the field.
    bool showObject(ObjectKind kind, const QUuid &id, const QUuid &parentId = {}, const QString &field = {});
    bool deleteSelected() { return m_objects->deleteSelected(); }
    // Edit → Copy / Cut / Paste / Duplicate (clipboardactions.h); each returns whether it did something.
    bool copySelected() { return m_clipboard->copySelected(); }
    bool cutSelected() { return m_clipboard->cutSelected(); }
    bool paste() { return m_clipboard->paste(); }
    bool duplicateSelected() { return m_clipboard->duplicateSelected(); }
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
    // Crash recovery (documentcontroller.h).
    QString recoveryPath() const { return m_documents->recoveryPath(); }
    bool writeRecoveryCopy() { return m_documents->writeRecoveryCopy(); }
    // Tools → Settings…: the settings dialog; what it changes applies at once (applySettings).
    void editSettings();
    void applySettings(const QList<Settings::Key> &changed);
    // The selected object: kind, id, parent id.
    std::tuple<ObjectKind, QUuid, QUuid> selectedObject() const;
    // The selected policy, the policy of the selected rule, or else the one the preview shows.
    QUuid selectedPolicyId() const;
    // The selected filter list, or the list of the selected filter; null otherwise.
    QUuid selectedFilterListId() const;
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
    // Validates the document without waiting for the typing pause ("Checking…" while a worker does it).
    void validateSoon();
    // A document was opened or created: checks it and selects its assigned (or first) policy.
    void showNewDocument();
    void chooseAndReview();
    void chooseAndCompare();
    void chooseAndCheckPeer();
    // A file of any importable format, for the Tools that read one; empty when cancelled.
    QString choosePolicyFile(const QString &title);
    // The store in `path` (the format by name, or guessed from the suffix); nullopt after telling the user.
    std::optional<StoreData> readOtherStore(const QString &path, const QString &formatName,
                                            const QString &title);
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok)
    {
        return m_hooks.ask(this, icon, title, text, buttons);
    }
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
    QStackedWidget *m_editorStack;
    QHash<ObjectKind, ObjectEditor *> m_editors;
    ProblemsPanel *m_problems;
    ScriptPreview *m_preview;
    PolicyDiagramView *m_diagram = nullptr;
    PacketTestPanel *m_packetTest = nullptr;
    IntentsPanel *m_intents = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusCounts = nullptr;
    WindowHooks m_hooks;
    DocumentController *m_documents = nullptr;
    ObjectCommands *m_objects = nullptr;
    ClipboardActions *m_clipboard = nullptr;
    bool m_syncingSelection = false;
    std::vector<std::function<void()>> m_retranslations;
    bool m_retranslatePending = false;
};

} // namespace ipsec
