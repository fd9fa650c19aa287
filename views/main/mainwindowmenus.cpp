// The window's menus, toolbar and actions: every command is a named QAction (objectName "actionXxx") whose
// texts follow the language; which of them the selection enables; the Open Recent menu.
#include "core/policystore.h"
#include "itemicons.h"
#include "mainwindow.h"
#include "templates/templates.h"
#include "validationrunner.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace ipsec {

QMenu *MainWindow::addMenu(QMenu *parent, const char *title)
{
    QMenu *menu = parent ? parent->addMenu(QString()) : menuBar()->addMenu(QString());
    translate([menu, title] { menu->setTitle(tr(title)); });
    return menu;
}

QAction *MainWindow::addAction(QMenu *menu, const char *objectName, const char *text,
                               const QKeySequence &shortcut, const QString &icon, std::function<void()> slot)
{
    auto *action = new QAction(this);
    translate([action, text] { action->setText(tr(text)); });
    action->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(itemIcon(icon));
    connect(action, &QAction::triggered, this, std::move(slot));
    if (menu)
        menu->addAction(action);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = addMenu(nullptr, QT_TR_NOOP("&File"));
    addAction(file, "actionNew", QT_TR_NOOP("&New"), QKeySequence::New, QStringLiteral("document-new"),
              [this] { newDocument(); });
    QMenu *templatesMenu = addMenu(file, QT_TR_NOOP("New from &Template"));
    templatesMenu->setObjectName(QStringLiteral("menuNewFromTemplate"));
    for (const TemplateInfo &t : templates()) {
        QAction *a = templatesMenu->addAction(t.title, this, [this, name = t.name] { newDocument(name); });
        a->setObjectName(QStringLiteral("actionTemplate_") + t.name);
        a->setToolTip(t.description);
    }
    addAction(file, "actionOpen", QT_TR_NOOP("&Open..."), QKeySequence::Open, QStringLiteral("document-open"),
              [this] { m_documents->chooseAndOpen(); });
    m_recentMenu = addMenu(file, QT_TR_NOOP("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    addAction(file, "actionSave", QT_TR_NOOP("&Save"), QKeySequence::Save, QStringLiteral("document-save"),
              [this] { save(); });
    addAction(file, "actionSaveAs", QT_TR_NOOP("Save &As..."), QKeySequence::SaveAs, {},
              [this] { m_documents->chooseAndSaveAs(); });
    file->addSeparator();
    addAction(file, "actionImport", QT_TR_NOOP("&Import..."), QKeySequence(QStringLiteral("Ctrl+I")), {},
              [this] { m_documents->chooseAndImport(); });
    addAction(file, "actionExport", QT_TR_NOOP("&Export..."), QKeySequence(QStringLiteral("Ctrl+E")), {},
              [this] { m_documents->chooseAndExport(); });
    addAction(file, "actionReviewBackup", QT_TR_NOOP("&Review GPO Backup..."), {}, {},
              [this] { chooseAndReview(); });
    file->addSeparator();
    addAction(file, "actionQuit", QT_TR_NOOP("&Quit"), QKeySequence::Quit, {}, [this] { close(); });

    QMenu *edit = addMenu(nullptr, QT_TR_NOOP("&Edit"));
    // Undo and Redo name the step they undo ("Undo Typing in Name"), in the language of the moment.
    auto historyAction = [&](const char *objectName, QKeySequence::StandardKey key, const char *icon,
                             void (QUndoStack::*step)(), void (QUndoStack::*textChanged)(const QString &),
                             void (QUndoStack::*canChanged)(bool),
                             std::function<QString(const QString &)> label,
                             std::function<QString()> stepText) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcut(key);
        action->setIcon(itemIcon(QString::fromLatin1(icon)));
        connect(action, &QAction::triggered, m_undo, step);
        connect(m_undo, textChanged, action,
                [action, label](const QString &text) { action->setText(label(text)); });
        connect(m_undo, canChanged, action, &QAction::setEnabled);
        action->setEnabled(false);
        translate([action, label, stepText] { action->setText(label(stepText())); });
        return action;
    };
    QAction *undo = historyAction(
        "actionUndo", QKeySequence::Undo, "undo", &QUndoStack::undo, &QUndoStack::undoTextChanged,
        &QUndoStack::canUndoChanged,
        [](const QString &step) { return step.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(step); },
        [this] { return m_undo->undoText(); });
    QAction *redo = historyAction(
        "actionRedo", QKeySequence::Redo, "redo", &QUndoStack::redo, &QUndoStack::redoTextChanged,
        &QUndoStack::canRedoChanged,
        [](const QString &step) { return step.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(step); },
        [this] { return m_undo->redoText(); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addAction(edit, "actionCut", QT_TR_NOOP("Cu&t"), QKeySequence::Cut, {},
              [this] { m_clipboard->cutSelected(); });
    addAction(edit, "actionCopy", QT_TR_NOOP("&Copy"), QKeySequence::Copy, {},
              [this] { m_clipboard->copySelected(); });
    addAction(edit, "actionPaste", QT_TR_NOOP("&Paste"), QKeySequence::Paste, {},
              [this] { m_clipboard->paste(); });
    addAction(edit, "actionDuplicate", QT_TR_NOOP("D&uplicate"), QKeySequence(QStringLiteral("Ctrl+D")), {},
              [this] { m_clipboard->duplicateSelected(); });
    addAction(edit, "actionDelete", QT_TR_NOOP("&Delete"), QKeySequence::Delete, QStringLiteral("delete"),
              [this] { m_objects->deleteSelected(); });
    addAction(edit, "actionFind", QT_TR_NOOP("&Find"), QKeySequence::Find, {}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    QMenu *policy = addMenu(nullptr, QT_TR_NOOP("&Policy"));
    addAction(policy, "actionAddPolicy", QT_TR_NOOP("Add IP Security &Policy"),
              QKeySequence(QStringLiteral("Ctrl+Shift+P")), QStringLiteral("policy"),
              [this] { m_objects->addPolicy(); });
    addAction(policy, "actionAddRule", QT_TR_NOOP("Add &Rule"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
              QStringLiteral("rule"), [this] { m_objects->addRule(selectedPolicyId()); });
    addAction(policy, "actionAddFilterList", QT_TR_NOOP("Add IP Filter &List"),
              QKeySequence(QStringLiteral("Ctrl+Shift+L")), QStringLiteral("filter-list"),
              [this] { m_objects->addFilterList(); });
    addAction(policy, "actionAddFilter", QT_TR_NOOP("Add &Filter"),
              QKeySequence(QStringLiteral("Ctrl+Shift+F")), QStringLiteral("filter"),
              [this] { m_objects->addFilter(); });
    addAction(policy, "actionAddFilterAction", QT_TR_NOOP("Add Filter &Action"),
              QKeySequence(QStringLiteral("Ctrl+Shift+A")), QStringLiteral("action-negotiate"),
              [this] { m_objects->addFilterAction(); });
    policy->addSeparator();
    addAction(policy, "actionAssign", QT_TR_NOOP("A&ssign / Un-assign"),
              QKeySequence(QStringLiteral("Ctrl+Shift+S")), QStringLiteral("policy-assigned"),
              [this] { m_objects->toggleAssigned(); });
    addAction(policy, "actionValidate", QT_TR_NOOP("&Check Policy Integrity"),
              QKeySequence(QStringLiteral("F7")), {}, [this] { m_validation->runNow(); });
    policy->addSeparator();
    addAction(policy, "actionPolicyWizard", QT_TR_NOOP("IP Security Policy &Wizard..."), {}, {},
              [this] { m_objects->runWizard(ObjectCommands::PolicyWizardKind); });
    addAction(policy, "actionRuleWizard", QT_TR_NOOP("Security Rule Wi&zard..."), {}, {},
              [this] { m_objects->runWizard(ObjectCommands::RuleWizardKind); });
    addAction(policy, "actionFilterWizard", QT_TR_NOOP("IP Filter Wiza&rd..."), {}, {},
              [this] { m_objects->runWizard(ObjectCommands::FilterWizardKind); });
    addAction(policy, "actionFilterActionWizard", QT_TR_NOOP("Filter Action Wizar&d..."), {}, {},
              [this] { m_objects->runWizard(ObjectCommands::FilterActionWizardKind); });

    QMenu *tools = addMenu(nullptr, QT_TR_NOOP("&Tools"));
    addAction(tools, "actionApply", QT_TR_NOOP("&Apply..."), {}, {}, [this] { applyToBackend(); });
    addAction(tools, "actionReadFromBackend", QT_TR_NOOP("&Read from Backend..."), {}, {},
              [this] { readFromBackend(); });
    tools->addSeparator();
    addAction(tools, "actionDiff", QT_TR_NOOP("&Compare with File..."), {}, {},
              [this] { chooseAndCompare(); });
    addAction(tools, "actionPeerCheck", QT_TR_NOOP("Check against a &Peer Policy..."), {}, {},
              [this] { chooseAndCheckPeer(); });
    tools->addSeparator();
    QAction *settingsAction =
        addAction(tools, "actionSettings", QT_TR_NOOP("&Settings..."), QKeySequence(QStringLiteral("Ctrl+,")),
                  {}, [this] { editSettings(); });
    settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = addMenu(nullptr, QT_TR_NOOP("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    translate([toolbar] { toolbar->setWindowTitle(tr("Main")); });
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"actionNew", "actionOpen", "actionSave"})
        toolbar->addAction(findChild<QAction *>(QString::fromLatin1(name)));
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    for (const char *name : {"actionAddPolicy", "actionAddRule", "actionAddFilterList", "actionAddFilter",
                             "actionAddFilterAction", "actionDelete", "actionAssign"})
        toolbar->addAction(findChild<QAction *>(QString::fromLatin1(name)));
    rebuildRecentMenu();
}

void MainWindow::updateActions()
{
    const auto [kind, id, parentId] = selectedObject();
    Q_UNUSED(id);
    Q_UNUSED(parentId);
    auto enable = [this](const char *name, bool on) {
        if (QAction *a = findChild<QAction *>(QString::fromLatin1(name)))
            a->setEnabled(on);
    };
    enable("actionDelete", kind != ObjectKind::None && kind != ObjectKind::DefaultResponseRule);
    const bool copyable = kind == ObjectKind::Policy || kind == ObjectKind::Rule ||
                          kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction ||
                          kind == ObjectKind::Filter;
    for (const char *name : {"actionCopy", "actionCut", "actionDuplicate"})
        enable(name, copyable);
    // What needs a selection is disabled without it, and its status tip says what to select.
    const auto needs = [this, &enable](const char *name, bool on, const QString &what) {
        enable(name, on);
        if (QAction *a = findChild<QAction *>(QString::fromLatin1(name)))
            a->setStatusTip(on ? QString() : what);
    };
    const bool policy = m_store->policy(selectedPolicyId()) != nullptr; // the preview may name a gone one
    const bool list = kind == ObjectKind::FilterList || kind == ObjectKind::Filter;
    needs("actionAddRule", policy && !m_store->data().filterActions.empty(),
          policy ? tr("Create a filter action first: every rule needs one.") : tr("Select a policy first."));
    needs("actionRuleWizard", policy, tr("Select a policy first."));
    needs("actionAddFilter", list, tr("Select an IP filter list or one of its filters first."));
    needs("actionFilterWizard", list, tr("Select an IP filter list or one of its filters first."));
    enable("actionAssign", !selectedPolicyId().isNull());
    enable("actionSave", true);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()),
                                    this, [this, path = files[i]] { openFile(path); });
        a->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        a->setToolTip(files[i]);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace ipsec
