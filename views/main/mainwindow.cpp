#include "mainwindow.h"

#include "analysis/analysisdocks.h"
#include "apptranslations.h"
#include "backgroundtask.h"
#include "core/enumnames.h"
#include "core/policystore.h"
#include "core/savefile.h"
#include "diagram/policydiagramview.h"
#include "editors/editors.h"
#include "formats/json/jsonformat.h"
#include "itemicons.h"
#include "navigatorfilterproxy.h"
#include "navigatormodel.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "roles.h"
#include "scriptpreview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storeops.h"
#include "templates/cryptobaselines.h"
#include "templates/templates.h"
#include "templates/windowsdefaults.h"
#include "textreportdialog.h"
#include "theme.h"
#include "transferreport.h"
#include "undocommands.h"
#include "validationrunner.h"
#include "wizards/filteractionwizard.h"
#include "wizards/ipfilterwizard.h"
#include "wizards/policywizard.h"
#include "wizards/securityrulewizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <memory>

namespace ipsec {
namespace {

enum WizardKind { PolicyWizardKind, RuleWizardKind, FilterWizardKind, FilterActionWizardKind };

template <typename Vec> QString freeName(const Vec &existing, const QString &base)
{
    auto taken = [&](const QString &name) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const auto &o) { return o.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n)
        if (!taken(QStringLiteral("%1 (%2)").arg(base).arg(n)))
            return QStringLiteral("%1 (%2)").arg(base).arg(n);
}

QString documentFilter()
{
    return MainWindow::tr("IPsec policy documents (*.ipsecstore *.json)");
}

} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_store(new PolicyStore(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(itemIcon(QStringLiteral("ipsecdesigner")));
    setAcceptDrops(true);
    m_runDialog = [](QDialog &dialog) { return dialog.exec(); };
    m_chooseFile = [this](bool saving, const QString &title, const QString &filters) {
        const QString dir = m_settings->value(Settings::Key::LastDirectory).toString();
        const QString path = saving ? QFileDialog::getSaveFileName(this, title, dir, filters)
                                    : QFileDialog::getOpenFileName(this, title, dir, filters);
        if (!path.isEmpty())
            m_settings->setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        return path;
    };
    m_validation = new ValidationRunner(m_store, defaultValidator(), this);
    m_validation->setDelay(m_settings->value(Settings::Key::ValidationDelayMs).toInt());
    m_navModel = new NavigatorModel(m_store, this);
    m_navModel->setValidationRunner(m_validation);
    m_navProxy = new NavigatorFilterProxy(this);
    m_navProxy->setSourceModel(m_navModel);
    m_problemsModel = new ProblemsModel(m_validation, this);

    // Navigator: search box over the tree.
    auto *navigatorPanel = new QWidget(this);
    m_search = new QLineEdit(navigatorPanel);
    m_search->setObjectName(QStringLiteral("searchBox"));
    translate([this] { m_search->setPlaceholderText(tr("Search name, address, port, protocol…")); });
    m_search->setClearButtonEnabled(true);
    m_navigator = new QTreeView(navigatorPanel);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_navProxy);
    m_navigator->setUniformRowHeights(true); // lazy layout: a 100,000-filter list expands at once
    m_navigator->header()->setStretchLastSection(true);
    m_navigator->header()->resizeSection(NavigatorModel::NameColumn, 260);
    m_navigator->setAlternatingRowColors(true);
    auto *navigatorLayout = new QVBoxLayout(navigatorPanel);
    navigatorLayout->setContentsMargins(2, 2, 2, 2);
    navigatorLayout->addWidget(m_search);
    navigatorLayout->addWidget(m_navigator, 1);
    // Large stores take a while to filter: wait until typing pauses instead of filtering on every keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setObjectName(QStringLiteral("searchDelay"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { applySearch(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        constexpr std::size_t kImmediateSearchFilterLimit = 20000;
        if (m_store->data().filterCount() > kImmediateSearchFilterLimit)
            m_searchDelay->start();
        else
            applySearch(text);
    });

    m_editorStack = new QStackedWidget(this);
    m_editorStack->setObjectName(QStringLiteral("editorStack"));
    createEditors();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The pages scroll rather than force the window wider than the screen.
    auto *editorScroll = new QScrollArea(splitter);
    editorScroll->setObjectName(QStringLiteral("editorScroll"));
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editorStack);
    navigatorPanel->setMinimumWidth(280);
    splitter->addWidget(navigatorPanel);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 620});
    setCentralWidget(splitter);

    createDocks();
    createActions();

    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusProblems"));
    statusBar()->addPermanentWidget(m_statusCounts);
    connect(m_problemsModel, &ProblemsModel::summaryChanged, m_statusCounts, &QLabel::setText);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_store, &PolicyStore::changed, this, &MainWindow::updateActions);
    connect(m_store, &PolicyStore::infoChanged, this, &MainWindow::updateTitle);
    connect(m_store, &PolicyStore::wasReset, this, [this] {
        m_navigator->expand(m_navProxy->mapFromSource(m_navModel->groupIndex(NavigatorModel::PoliciesGroup)));
    });

    resize(1500, 950);
    restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    resetDocument({}, {});
    m_preview->setFormat(m_settings->value(Settings::Key::PreviewFormat).toString());

    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isModified())
            writeRecoveryCopy();
    });
    if (const int seconds = m_settings->value(Settings::Key::AutosaveSeconds).toInt(); seconds > 0)
        m_autosave->start(seconds * 1000);
    // Once the event loop runs (the caller has set its prompt and opened its file by then): an untitled
    // document's leftover recovery copy is offered; a file's copy is offered by openFile().
    QTimer::singleShot(0, this, &MainWindow::offerUntitledRecoveryWhenIdle);
}

void MainWindow::offerUntitledRecoveryWhenIdle()
{
    // A file being opened (its read runs in a local event loop) decides first: restoring the untitled copy
    // now would be replaced by that file a moment later.
    if (m_task) {
        QTimer::singleShot(100, this, &MainWindow::offerUntitledRecoveryWhenIdle);
        return;
    }
    if (m_currentFile.isEmpty())
        offerRecovery();
}

MainWindow::~MainWindow()
{
    // The undo stack announces its cleanup while the window is half destroyed: nothing of the window may
    // hear it (the History panel keeps its own connection, so it lets go of the stack).
    disconnect(m_undo, nullptr, this, nullptr);
    for (const char *name : {"actionUndo", "actionRedo"})
        if (QAction *action = findChild<QAction *>(QString::fromLatin1(name)))
            disconnect(m_undo, nullptr, action, nullptr);
}

void MainWindow::translate(std::function<void()> setTexts)
{
    setTexts();
    m_retranslations.push_back(std::move(setTexts));
}

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
              [this] { chooseAndOpen(); });
    m_recentMenu = addMenu(file, QT_TR_NOOP("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    addAction(file, "actionSave", QT_TR_NOOP("&Save"), QKeySequence::Save, QStringLiteral("document-save"),
              [this] { save(); });
    addAction(file, "actionSaveAs", QT_TR_NOOP("Save &As..."), QKeySequence::SaveAs, {},
              [this] { chooseAndSaveAs(); });
    file->addSeparator();
    addAction(file, "actionImport", QT_TR_NOOP("&Import..."), QKeySequence(QStringLiteral("Ctrl+I")), {},
              [this] { chooseAndImport(); });
    addAction(file, "actionExport", QT_TR_NOOP("&Export..."), QKeySequence(QStringLiteral("Ctrl+E")), {},
              [this] { chooseAndExport(); });
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
    addAction(edit, "actionCut", QT_TR_NOOP("Cu&t"), QKeySequence::Cut, {}, [this] { cutSelected(); });
    addAction(edit, "actionCopy", QT_TR_NOOP("&Copy"), QKeySequence::Copy, {}, [this] { copySelected(); });
    addAction(edit, "actionPaste", QT_TR_NOOP("&Paste"), QKeySequence::Paste, {}, [this] { paste(); });
    addAction(edit, "actionDuplicate", QT_TR_NOOP("D&uplicate"), QKeySequence(QStringLiteral("Ctrl+D")), {},
              [this] { duplicateSelected(); });
    addAction(edit, "actionDelete", QT_TR_NOOP("&Delete"), QKeySequence::Delete, QStringLiteral("delete"),
              [this] { deleteSelected(); });
    addAction(edit, "actionFind", QT_TR_NOOP("&Find"), QKeySequence::Find, {}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    QMenu *policy = addMenu(nullptr, QT_TR_NOOP("&Policy"));
    addAction(policy, "actionAddPolicy", QT_TR_NOOP("Add IP Security &Policy"),
              QKeySequence(QStringLiteral("Ctrl+Shift+P")), QStringLiteral("policy"),
              [this] { addPolicy(); });
    addAction(policy, "actionAddRule", QT_TR_NOOP("Add &Rule"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
              QStringLiteral("rule"), [this] { addRule(selectedPolicyId()); });
    addAction(policy, "actionAddFilterList", QT_TR_NOOP("Add IP Filter &List"),
              QKeySequence(QStringLiteral("Ctrl+Shift+L")), QStringLiteral("filter-list"),
              [this] { addFilterList(); });
    addAction(policy, "actionAddFilter", QT_TR_NOOP("Add &Filter"),
              QKeySequence(QStringLiteral("Ctrl+Shift+F")), QStringLiteral("filter"),
              [this] { addFilter(); });
    addAction(policy, "actionAddFilterAction", QT_TR_NOOP("Add Filter &Action"),
              QKeySequence(QStringLiteral("Ctrl+Shift+A")), QStringLiteral("action-negotiate"),
              [this] { addFilterAction(); });
    policy->addSeparator();
    addAction(policy, "actionAssign", QT_TR_NOOP("A&ssign / Un-assign"),
              QKeySequence(QStringLiteral("Ctrl+Shift+S")), QStringLiteral("policy-assigned"),
              [this] { toggleAssigned(); });
    addAction(policy, "actionValidate", QT_TR_NOOP("&Check Policy Integrity"),
              QKeySequence(QStringLiteral("F7")), {}, [this] { m_validation->runNow(); });
    policy->addSeparator();
    addAction(policy, "actionPolicyWizard", QT_TR_NOOP("IP Security Policy &Wizard..."), {}, {},
              [this] { runWizard(PolicyWizardKind); });
    addAction(policy, "actionRuleWizard", QT_TR_NOOP("Security Rule Wi&zard..."), {}, {},
              [this] { runWizard(RuleWizardKind); });
    addAction(policy, "actionFilterWizard", QT_TR_NOOP("IP Filter Wiza&rd..."), {}, {},
              [this] { runWizard(FilterWizardKind); });
    addAction(policy, "actionFilterActionWizard", QT_TR_NOOP("Filter Action Wizar&d..."), {}, {},
              [this] { runWizard(FilterActionWizardKind); });

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

void MainWindow::createEditors()
{
    // One page per kind; built again when the language changes (their texts are set once, at creation).
    const EditorContext context{m_store, m_undo, m_validation};
    auto addEditor = [&](ObjectEditor *e) {
        // Explanations wrap, so the pages fit beside the navigator and the panels.
        for (QLabel *label : e->findChildren<QLabel *>())
            label->setWordWrap(true);
        e->setObjectName(QStringLiteral("editor%1").arg(static_cast<int>(e->kind())));
        m_editors.insert(e->kind(), e);
        m_editorStack->addWidget(e);
        connect(e, &ObjectEditor::editRefused, this, [this](const QString &why) {
            statusBar()->showMessage(why, 8000);
            ask(QMessageBox::Warning, tr("Not changed"), why);
        });
        connect(e, &ObjectEditor::openObject, this,
                [this](ObjectKind kind, const QUuid &id, const QUuid &parentId) {
                    showObject(kind, id, parentId);
                });
    };
    addEditor(new StoreEditor(context, m_editorStack));
    auto *policyEditor = new PolicyEditor(context, m_editorStack);
    connect(policyEditor, &PolicyEditor::addRuleRequested, this, &MainWindow::addRule);
    addEditor(policyEditor);
    addEditor(new RuleEditor(context, m_editorStack));
    addEditor(new DefaultResponseEditor(context, m_editorStack));
    addEditor(new FilterListEditor(context, m_editorStack));
    addEditor(new FilterEditor(context, m_editorStack));
    addEditor(new FilterActionEditor(context, m_editorStack));
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_problems = new ProblemsPanel(m_problemsModel, this);
    auto *problemsDock = new QDockWidget(this);
    translate([problemsDock] { problemsDock->setWindowTitle(tr("Problems")); });
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &ProblemsPanel::jumpRequested, this,
            [this](ObjectKind kind, const QUuid &id, const QUuid &parentId, const QString &field) {
                showObject(kind, id, parentId, field);
            });

    auto *historyDock = new QDockWidget(this);
    translate([historyDock] { historyDock->setWindowTitle(tr("History")); });
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_undo, historyDock);
    translate([history] { history->setEmptyLabel(tr("<opened document>")); });
    historyDock->setWidget(history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(problemsDock, historyDock);
    problemsDock->raise();

    m_preview = new ScriptPreview(m_store, this);
    auto *previewDock = new QDockWidget(this);
    translate([previewDock] { previewDock->setWindowTitle(tr("Script Preview")); });
    previewDock->setObjectName(QStringLiteral("previewDock"));
    previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);
    // The preview and the diagram share a tab area: only the one in front is kept up to date.
    connect(previewDock, &QDockWidget::visibilityChanged, m_preview, &ScriptPreview::setOnScreen);
    connect(m_preview, &ScriptPreview::formatChanged, this,
            [this](const QString &f) { m_settings->setValue(Settings::Key::PreviewFormat, f); });

    m_diagram = new PolicyDiagramView(this);
    m_diagram->setObjectName(QStringLiteral("diagram"));
    m_diagram->setStore(m_store);
    auto *diagramDock = new QDockWidget(this);
    translate([diagramDock] { diagramDock->setWindowTitle(tr("Diagram")); });
    diagramDock->setObjectName(QStringLiteral("diagramDock"));
    diagramDock->setWidget(m_diagram);
    addDockWidget(Qt::RightDockWidgetArea, diagramDock);
    connect(diagramDock, &QDockWidget::visibilityChanged, m_diagram, &PolicyDiagramView::setOnScreen);
    tabifyDockWidget(previewDock, diagramDock);
    connect(m_diagram, &PolicyDiagramView::objectActivated, this,
            [this](ObjectKind kind, const QUuid &id, const QUuid &parentId) {
                if (!m_syncingSelection)
                    showObject(kind, id, parentId);
            });
    const AnalysisDocks analysisDocks =
        addAnalysisDocks(this, m_store, m_undo, m_diagram, historyDock, [this](const QUuid &policyId) {
            auto *e = qobject_cast<PolicyEditor *>(editor(ObjectKind::Policy));
            return e && e->objectId() == policyId ? e->rulesView() : nullptr;
        });
    m_packetTest = analysisDocks.packetTest;
    m_intents = analysisDocks.intents;
    problemsDock->raise();
    previewDock->raise();
    resizeDocks({previewDock}, {520}, Qt::Horizontal);
    resizeDocks({problemsDock}, {210}, Qt::Vertical);
}

// ---- language and settings ----

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a translation sends several of these; the texts are set again once, after they passed (the
    // editors are rebuilt, which must not happen while the event is still being handed to their children).
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslateUi, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_retranslatePending = false;
    for (const auto &setTexts : m_retranslations)
        setTexts();
    for (ObjectEditor *e : std::as_const(m_editors)) {
        m_editorStack->removeWidget(e);
        e->deleteLater();
    }
    m_editors.clear();
    createEditors();
    onCurrentChanged(m_navigator->currentIndex());
    m_navModel->retranslate();
    m_problemsModel->retranslate();
    validateSoon(); // the findings' texts are written in the language of the moment
    rebuildRecentMenu();
    updateTitle();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    connect(&dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    m_runDialog(dialog);
}

void MainWindow::applySettings(const QList<Settings::Key> &changed)
{
    for (const Settings::Key key : changed) {
        const QVariant value = m_settings->value(key);
        switch (key) {
        case Settings::Key::Language:
            installTranslations(*QCoreApplication::instance(), localeForLanguage(value.toString()));
            break;
        case Settings::Key::Theme:
            applyTheme(*qApp, themeFromName(value.toString()));
            break;
        case Settings::Key::ValidationDelayMs:
            m_validation->setDelay(value.toInt());
            break;
        case Settings::Key::AutosaveSeconds:
            if (value.toInt() > 0)
                m_autosave->start(value.toInt() * 1000);
            else
                m_autosave->stop();
            break;
        case Settings::Key::MaxRecentFiles: {
            QStringList files = m_settings->recentFiles();
            if (files.size() > value.toInt()) {
                files.resize(value.toInt());
                m_settings->setValue(Settings::Key::RecentFiles, files);
            }
            rebuildRecentMenu();
            break;
        }
        default:
            break;
        }
    }
}

// ---- selection ----

std::tuple<ObjectKind, QUuid, QUuid> MainWindow::selectedObject() const
{
    const QModelIndex i = m_navigator->currentIndex();
    if (!i.isValid())
        return {ObjectKind::None, {}, {}};
    return {static_cast<ObjectKind>(i.data(ObjectKindRole).toInt()), i.data(ObjectIdRole).toUuid(),
            i.data(ParentIdRole).toUuid()};
}

QUuid MainWindow::selectedPolicyId() const
{
    const auto [kind, id, parentId] = selectedObject();
    if (kind == ObjectKind::Policy)
        return id;
    if (kind == ObjectKind::Rule || kind == ObjectKind::DefaultResponseRule)
        return parentId;
    return m_preview->policy();
}

ObjectEditor *MainWindow::currentEditor() const
{
    return qobject_cast<ObjectEditor *>(m_editorStack->currentWidget());
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const auto kind =
        current.isValid() ? static_cast<ObjectKind>(current.data(ObjectKindRole).toInt()) : ObjectKind::None;
    const QUuid id = current.data(ObjectIdRole).toUuid();
    const QUuid parentId = current.data(ParentIdRole).toUuid();
    ObjectEditor *editor = m_editors.value(kind, m_editors.value(ObjectKind::Store));
    if (kind == ObjectKind::None)
        editor->setObject({});
    else
        editor->setObject(id, parentId);
    m_editorStack->setCurrentWidget(editor);
    const QUuid policyId = selectedPolicyId();
    if (!policyId.isNull())
        m_preview->setPolicy(policyId);
    m_syncingSelection = true;
    if (!policyId.isNull() && m_diagram->policyId() != policyId)
        m_diagram->setPolicy(policyId);
    if (kind != ObjectKind::None)
        m_diagram->selectObject(kind, id, parentId);
    m_syncingSelection = false;
    updateActions();
}

bool MainWindow::showObject(ObjectKind kind, const QUuid &id, const QUuid &parentId, const QString &field)
{
    QModelIndex source = m_navModel->indexOf(kind, id, parentId);
    if (!source.isValid() && kind == ObjectKind::DefaultResponseRule)
        source = m_navModel->indexOf(kind, {}, parentId);
    if (!source.isValid()) {
        // The store itself, or an object the tree does not show: the store page.
        m_navigator->setCurrentIndex({});
        m_editorStack->setCurrentWidget(m_editors.value(ObjectKind::Store));
        m_editors.value(ObjectKind::Store)->focusField(field);
        return kind == ObjectKind::Store;
    }
    QModelIndex proxy = m_navProxy->mapFromSource(source);
    if (!proxy.isValid()) {
        m_search->clear(); // hidden by the search: show everything again
        proxy = m_navProxy->mapFromSource(source);
    }
    m_navigator->setCurrentIndex(proxy);
    m_navigator->scrollTo(proxy);
    if (!field.isEmpty())
        if (ObjectEditor *e = currentEditor())
            e->focusField(field);
    return true;
}

// ---- documents ----

bool MainWindow::isModified() const
{
    return !m_undo->isClean();
}

void MainWindow::updateTitle()
{
    const QString name = m_currentFile.isEmpty() ? tr("Untitled") : QFileInfo(m_currentFile).fileName();
    setWindowTitle(name + QStringLiteral("[*] — ") + tr("IPsec Policy Designer"));
    setWindowModified(isModified());
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
    enable("actionAddRule", !selectedPolicyId().isNull() && !m_store->data().filterActions.empty());
    enable("actionAddFilter", kind == ObjectKind::FilterList || kind == ObjectKind::Filter);
    enable("actionAssign", !selectedPolicyId().isNull());
    enable("actionSave", true);
}

void MainWindow::validateSoon()
{
    // A large document is checked on the worker while the window shows it; the count says so meanwhile.
    m_validation->runSoon();
    if (m_validation->isPending())
        m_statusCounts->setText(tr("Checking…"));
}

void MainWindow::resetDocument(StoreData document, const QString &path)
{
    m_ownsRecoveryCopy = false;
    m_store->reset(std::move(document));
    m_undo->clear();
    m_undo->setClean();
    m_currentFile = path;
    if (!path.isEmpty()) {
        m_settings->addRecentFile(path);
        rebuildRecentMenu();
    }
    validateSoon();
    const auto &policies = m_store->data().policies;
    if (!policies.empty()) {
        const Policy *assigned = m_store->data().assignedPolicy();
        showObject(ObjectKind::Policy, assigned ? assigned->id : policies.front().id);
        m_navigator->expand(m_navigator->currentIndex());
    } else {
        m_navigator->setCurrentIndex({});
        onCurrentChanged({});
    }
    updateTitle();
    updateActions();
}

bool MainWindow::maybeSave()
{
    bool abandoned = !isModified();
    if (!abandoned) {
        const auto answer = ask(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("The document has unsaved changes. Save them?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        abandoned = answer == QMessageBox::Save ? save() : answer == QMessageBox::Discard;
    }
    // The document is saved or given up: its recovery copy has nothing left to recover. A copy this window
    // never wrote nor restored (an earlier session's, not yet offered) is left for the next start.
    if (abandoned && m_ownsRecoveryCopy)
        removeRecoveryCopy(m_currentFile);
    return abandoned;
}

namespace {

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

} // namespace

QString MainWindow::recoveryPath() const
{
    return recoveryPathFor(*m_settings, m_currentFile);
}

bool MainWindow::writeRecoveryCopy()
{
    const QString path = recoveryPath();
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) ||
        !writeFileAtomically(path, json::write(m_store->data()), &error)) {
        statusBar()->showMessage(tr("Could not write the recovery copy %1: %2").arg(path, error), 8000);
        return false;
    }
    m_ownsRecoveryCopy = true;
    return true;
}

void MainWindow::removeRecoveryCopy(const QString &documentPath)
{
    QFile::remove(recoveryPathFor(*m_settings, documentPath));
}

void MainWindow::offerRecovery()
{
    const QString path = recoveryPath();
    if (!QFileInfo::exists(path))
        return;
    const ImportResult copy = json::loadFile(path);
    if (!copy.ok) {
        statusBar()->showMessage(tr("The recovery copy %1 is unreadable and was ignored.").arg(path), 8000);
        return;
    }
    const QString what = m_currentFile.isEmpty() ? tr("an untitled document") : m_currentFile;
    const auto answer = ask(QMessageBox::Question, tr("Recover unsaved changes"),
                            tr("A recovery copy of %1 from %2 holds changes that were never saved (the "
                               "program ended unexpectedly). Restore them?")
                                .arg(what, QFileInfo(path).lastModified().toString(Qt::ISODate)),
                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        execute(m_undo, new ReplaceStoreCommand(m_store, copy.store, tr("Restore recovery copy")));
        m_ownsRecoveryCopy = true;
    } else if (answer == QMessageBox::No)
        QFile::remove(path);
}

bool MainWindow::newDocument(const QString &templateName)
{
    if (!maybeSave())
        return false;
    StoreData document;
    if (!templateName.isEmpty()) {
        const auto made = makeTemplate(templateName);
        if (!made) {
            ask(QMessageBox::Warning, tr("New from template"),
                tr("There is no template '%1'.").arg(templateName));
            return false;
        }
        document = *made;
    }
    resetDocument(std::move(document), {});
    return true;
}

bool MainWindow::runInBackground(const QString &label,
                                 const std::function<void(const ProgressCallback &)> &work, qint64 *elapsedMs)
{
    if (m_task) {
        statusBar()->showMessage(tr("Busy: wait until the running operation has finished."), 5000);
        return false;
    }
    BackgroundTask task(label, this);
    m_task = &task;
    if (m_observeTask)
        connect(&task, &BackgroundTask::started, this, [this, &task] { m_observeTask(task); });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const bool completed = task.run(work);
    QApplication::restoreOverrideCursor();
    m_task = nullptr;
    if (elapsedMs)
        *elapsedMs = task.elapsedMs();
    return completed;
}

void MainWindow::showTransferReport(const TransferReport &report)
{
    statusBar()->showMessage(report.summary(), 8000);
    if (!report.needsDialog())
        return;
    TextReportDialog dialog(report.title(), report.text(), this);
    dialog.setObjectName(report.direction == TransferReport::Direction::Import
                             ? QStringLiteral("importReport")
                             : QStringLiteral("exportReport"));
    m_runDialog(dialog);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    ImportResult result;
    // The document format reports no progress: the dialog, if it shows, is a busy indicator.
    if (!runInBackground(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                         [&](const ProgressCallback &) { result = json::loadFile(path); })) {
        statusBar()->showMessage(tr("Opening %1 cancelled.").arg(path), 8000);
        return false;
    }
    if (!result.ok) {
        // The open document stays as it was.
        QStringList lines;
        for (const Finding &f : result.findings)
            lines.append(f.toString());
        ask(QMessageBox::Critical, tr("Cannot open"),
            tr("%1 could not be opened:\n\n%2")
                .arg(QFileInfo(path).fileName(), lines.mid(0, 10).join(u'\n')));
        return false;
    }
    resetDocument(result.store, QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    offerRecovery();
    return true;
}

bool MainWindow::save()
{
    if (m_currentFile.isEmpty()) {
        chooseAndSaveAs();
        return !isModified();
    }
    return saveAs(m_currentFile);
}

bool MainWindow::saveAs(const QString &path)
{
    QString error;
    bool written = false;
    const StoreData snapshot = m_store->data(); // the worker's own copy
    // Atomic (QSaveFile): a failed or cancelled save leaves the old file and the open document untouched.
    const bool completed = runInBackground(tr("Saving %1…").arg(QFileInfo(path).fileName()),
                                           [&](const ProgressCallback &progress) {
                                               const QByteArray bytes = json::write(snapshot);
                                               if (progress(bytes.size(), bytes.size()))
                                                   written = writeFileAtomically(path, bytes, &error);
                                           });
    if (!written) {
        if (!completed)
            statusBar()->showMessage(tr("Saving %1 cancelled; nothing was written.").arg(path), 8000);
        else
            ask(QMessageBox::Critical, tr("Cannot save"), tr("%1 could not be saved:\n%2").arg(path, error));
        return false;
    }
    if (m_ownsRecoveryCopy)
        removeRecoveryCopy(m_currentFile);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    removeRecoveryCopy(m_currentFile); // a copy of the file it replaces is of no use any more
    m_ownsRecoveryCopy = false;
    m_undo->setClean();
    m_settings->addRecentFile(m_currentFile);
    rebuildRecentMenu();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::importFile(const QString &formatName, const QString &path, const FormatOptions &options)
{
    const FormatDescriptor *format = findFormat(formatName);
    if (!format || !format->importFile) {
        ask(QMessageBox::Critical, tr("Import"), tr("The format '%1' cannot be imported.").arg(formatName));
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    ImportResult result;
    qint64 elapsedMs = 0;
    const bool completed = runInBackground(
        tr("Importing %1…").arg(fileName),
        [&](const ProgressCallback &progress) {
            FormatOptions withProgress = options;
            withProgress.setProgress(progress);
            result = format->importFile(path, withProgress);
        },
        &elapsedMs);
    if (!completed) {
        // Whatever the worker read is dropped: the document and the undo stack stay as they were.
        statusBar()->showMessage(tr("Import of %1 cancelled; the document is unchanged.").arg(fileName),
                                 8000);
        return false;
    }
    if (!result.ok) {
        QStringList lines;
        for (const Finding &f : result.findings)
            lines.append(f.toString());
        ask(QMessageBox::Critical, tr("Import failed"),
            tr("Nothing was imported from %1:\n\n%2").arg(fileName, lines.mid(0, 15).join(u'\n')));
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
    execute(m_undo, new ReplaceStoreCommand(m_store, std::move(merged), tr("Import %1").arg(fileName)));
    showTransferReport(report);
    return true;
}

bool MainWindow::exportFile(const QString &formatName, const QString &path, const FormatOptions &options)
{
    const FormatDescriptor *format = findFormat(formatName);
    if (!format || !format->exportFile) {
        ask(QMessageBox::Critical, tr("Export"), tr("The format '%1' cannot be exported.").arg(formatName));
        return false;
    }
    const StoreData snapshot = m_store->data(); // the worker's own copy
    ExportResult result;
    qint64 elapsedMs = 0;
    const bool completed = runInBackground(
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [&](const ProgressCallback &progress) {
            FormatOptions withProgress = options;
            withProgress.setProgress(progress);
            result = format->exportFile(snapshot, path, withProgress);
        },
        &elapsedMs);
    if (!result.ok) {
        if (!completed) {
            // The format saw the cancel before committing: no file, no partial file.
            statusBar()->showMessage(tr("Export to %1 cancelled; nothing was written.").arg(path), 8000);
            return false;
        }
        QStringList lines;
        for (const Finding &f : result.findings)
            lines.append(f.toString());
        ask(QMessageBox::Critical, tr("Export failed"),
            tr("Nothing was written:\n\n%1").arg(lines.mid(0, 15).join(u'\n')));
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

void MainWindow::chooseAndOpen()
{
    const QString path = m_chooseFile(false, tr("Open"), documentFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseAndSaveAs()
{
    QString path = m_chooseFile(true, tr("Save As"), documentFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ipsecstore");
    saveAs(path);
}

namespace {

QString filterFor(const FormatDescriptor &f)
{
    QStringList patterns;
    for (const QString &s : f.fileSuffixes)
        patterns.append(QStringLiteral("*.") + s);
    return QStringLiteral("%1 — %2 (%3)")
        .arg(f.name, f.description, patterns.isEmpty() ? QStringLiteral("*") : patterns.join(u' '));
}

} // namespace

std::pair<QString, QString> MainWindow::chooseFormatAndFile(bool exporting)
{
    const QString title = exporting ? tr("Export") : tr("Import");
    QStringList filters;
    QStringList names;
    for (const FormatDescriptor &f : formats())
        if (exporting ? bool(f.exportFile) : bool(f.importFile)) {
            filters.append(filterFor(f));
            names.append(f.name);
        }
    if (names.isEmpty()) {
        ask(QMessageBox::Information, title,
            exporting ? tr("This build has no export format.") : tr("This build has no import format."));
        return {};
    }
    // The file dialog's own filter choice names the format, so no hook (which has no such choice) is used.
    QString selected;
    const QString directory = m_settings->value(Settings::Key::LastDirectory).toString();
    const QString joined = filters.join(QStringLiteral(";;"));
    const QString path = exporting ? QFileDialog::getSaveFileName(this, title, directory, joined, &selected)
                                   : QFileDialog::getOpenFileName(this, title, directory, joined, &selected);
    if (path.isEmpty())
        return {};
    m_settings->setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    return {names.value(std::max(0, static_cast<int>(filters.indexOf(selected)))), path};
}

void MainWindow::chooseAndImport()
{
    if (const auto [format, path] = chooseFormatAndFile(false); !path.isEmpty())
        importFile(format, path);
}

void MainWindow::chooseAndExport()
{
    if (const auto [format, path] = chooseFormatAndFile(true); !path.isEmpty())
        exportFile(format, path);
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

// ---- object commands ----

void MainWindow::addPolicy()
{
    Policy p;
    p.name = freeName(m_store->data().policies, tr("New IP Security Policy"));
    p.ike.id = newId();
    p.defaultResponse.id = newId();
    p.defaultResponse.negotiationPolicyId = newId();
    p.defaultResponse.authMethods = {AuthMethod::kerberos()};
    p.ike.methods = windowsdefaults::defaultIkeMethods();
    p.defaultResponse.securityMethods = windowsdefaults::defaultResponseSecurityMethods();
    auto *command = new AddPolicyCommand(m_store, {}, p);
    const QUuid id = command->objectId();
    if (execute(m_undo, command).ok)
        showObject(ObjectKind::Policy, id, {}, QStringLiteral("name"));
}

void MainWindow::addRule(const QUuid &policyId)
{
    const StoreData &d = m_store->data();
    if (!m_store->policy(policyId) || d.filterActions.empty()) {
        ask(QMessageBox::Information, tr("Add Rule"),
            tr("Select a policy, and create a filter action first: every rule needs one."));
        return;
    }
    Rule r;
    r.filterList = d.filterLists.empty() ? QUuid() : d.filterLists.front().id;
    r.filterAction = d.filterActions.front().id;
    r.authMethods = {AuthMethod::kerberos()};
    const Policy *p = m_store->policy(policyId);
    r.name = freeName(p->rules, tr("New rule"));
    auto *command = new AddRuleCommand(m_store, policyId, r);
    const QUuid id = command->objectId();
    const EditResult result = execute(m_undo, command);
    if (result.ok)
        showObject(ObjectKind::Rule, id, policyId);
    else
        ask(QMessageBox::Warning, tr("Add Rule"), result.error);
}

void MainWindow::addFilterList()
{
    FilterList l;
    l.name = freeName(m_store->data().filterLists, tr("New IP Filter List"));
    auto *command = new AddFilterListCommand(m_store, {}, l);
    const QUuid id = command->objectId();
    if (execute(m_undo, command).ok)
        showObject(ObjectKind::FilterList, id, {}, QStringLiteral("name"));
}

void MainWindow::addFilter()
{
    const auto [kind, id, parentId] = selectedObject();
    const QUuid listId = kind == ObjectKind::FilterList ? id
                         : kind == ObjectKind::Filter   ? parentId
                                                        : QUuid();
    if (listId.isNull())
        return;
    auto *command = new AddFilterCommand(m_store, listId, Filter{});
    const QUuid filterId = command->objectId();
    if (execute(m_undo, command).ok)
        showObject(ObjectKind::Filter, filterId, listId);
}

void MainWindow::addFilterAction()
{
    FilterAction a;
    a.name = freeName(m_store->data().filterActions, tr("New Filter Action"));
    a.action = ActionKind::Negotiate;
    a.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    auto *command = new AddFilterActionCommand(m_store, {}, a);
    const QUuid id = command->objectId();
    if (execute(m_undo, command).ok)
        showObject(ObjectKind::FilterAction, id, {}, QStringLiteral("name"));
}

void MainWindow::toggleAssigned()
{
    const QUuid policyId = selectedPolicyId();
    const Policy *p = m_store->policy(policyId);
    if (!p)
        return;
    execute(m_undo, new AssignPolicyCommand(m_store, p->assigned ? QUuid() : policyId));
}

bool MainWindow::deleteSelected()
{
    const auto [kind, id, parentId] = selectedObject();
    StoreCommand *command = nullptr;
    switch (kind) {
    case ObjectKind::Policy:
        command = new RemovePolicyCommand(m_store, {}, id);
        break;
    case ObjectKind::Rule:
        command = new RemoveRuleCommand(m_store, parentId, id);
        break;
    case ObjectKind::Filter:
        command = new RemoveFilterCommand(m_store, parentId, id);
        break;
    case ObjectKind::FilterList:
    case ObjectKind::FilterAction: {
        const QList<RuleRef> users = kind == ObjectKind::FilterList ? m_store->usersOfFilterList(id)
                                                                    : m_store->usersOfFilterAction(id);
        Removal mode = Removal::RefuseIfUsed;
        if (!users.isEmpty()) {
            // Windows refuses; we offer the cascade explicitly, and refuse otherwise.
            QStringList names;
            for (const RuleRef &u : users)
                names.append(QStringLiteral("  %1 / %2").arg(u.policyName, u.ruleName));
            const auto answer = ask(QMessageBox::Question, tr("Delete"),
                                    tr("It is %1:\n%2\n\nDelete those rules too?")
                                        .arg(PolicyStore::describeUsage(users), names.join(u'\n')),
                                    QMessageBox::Yes | QMessageBox::No);
            if (answer == QMessageBox::Yes)
                mode = Removal::Cascade;
        }
        if (kind == ObjectKind::FilterList)
            command = new RemoveFilterListCommand(m_store, {}, id, mode);
        else
            command = new RemoveFilterActionCommand(m_store, {}, id, mode);
        break;
    }
    default:
        return false;
    }
    const EditResult result = execute(m_undo, command);
    if (!result.ok) {
        statusBar()->showMessage(result.error, 8000);
        ask(QMessageBox::Warning, tr("Not deleted"), result.error);
    }
    return result.ok;
}

QMimeData *MainWindow::selectionAsMimeData() const
{
    const auto [kind, id, parentId] = selectedObject();
    const StoreData subset = objectSubset(m_store->data(), kind, id, parentId);
    if (subset.policies.empty() && subset.filterLists.empty() && subset.filterActions.empty())
        return nullptr;
    const QByteArray document = json::write(subset);
    auto *mime = new QMimeData;
    mime->setData(QString::fromUtf16(kStoreMimeType), document);
    mime->setText(QString::fromUtf8(document));
    if (kind == ObjectKind::Filter)
        mime->setData(QString::fromUtf16(kFilterMarkerMimeType), QByteArrayLiteral("1"));
    if (kind == ObjectKind::Rule)
        mime->setData(QString::fromUtf16(kRuleMarkerMimeType), QByteArrayLiteral("1"));
    return mime;
}

bool MainWindow::copySelected()
{
    QMimeData *mime = selectionAsMimeData();
    if (!mime)
        return false;
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied"), 3000);
    return true;
}

bool MainWindow::cutSelected()
{
    std::unique_ptr<QMimeData> mime(selectionAsMimeData());
    // The copy reaches the clipboard only once the delete went through: a refused cut changes nothing.
    if (!mime || !deleteSelected())
        return false;
    QGuiApplication::clipboard()->setMimeData(mime.release());
    return true;
}

bool MainWindow::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    const QString type = QString::fromUtf16(kStoreMimeType);
    // Text is accepted too, so a document copied from an editor pastes as well.
    const QByteArray document = mime->hasFormat(type) ? mime->data(type) : mime->text().toUtf8();
    const ImportResult clip = json::read(document, tr("clipboard"));
    if (document.isEmpty() || !clip.ok) {
        statusBar()->showMessage(tr("The clipboard holds no IPsec policy objects."), 5000);
        return false;
    }
    const ObjectKind clipKind = mime->hasFormat(QString::fromUtf16(kFilterMarkerMimeType))
                                    ? ObjectKind::Filter
                                : mime->hasFormat(QString::fromUtf16(kRuleMarkerMimeType)) ? ObjectKind::Rule
                                                                                           : ObjectKind::None;
    return pasteClip(clip.store, clipKind, tr("Paste"));
}

bool MainWindow::duplicateSelected()
{
    const auto [kind, id, parentId] = selectedObject();
    const StoreData subset = objectSubset(m_store->data(), kind, id, parentId);
    if (subset.policies.empty() && subset.filterLists.empty() && subset.filterActions.empty())
        return false;
    return pasteClip(subset, kind, tr("Duplicate"));
}

std::optional<bool> MainWindow::pasteFilter(const StoreData &clip, const QString &what)
{
    const StoreData &base = m_store->data();
    const auto [kind, id, parentId] = selectedObject();
    QUuid listId = kind == ObjectKind::FilterList ? id : kind == ObjectKind::Filter ? parentId : QUuid();
    if (listId.isNull() && base.filterList(clip.filterLists.front().id))
        listId = clip.filterLists.front().id;
    if (listId.isNull())
        return std::nullopt;
    const auto &filters = base.filterList(listId)->filters;
    int index = -1;
    if (kind == ObjectKind::Filter) {
        const auto it =
            std::find_if(filters.begin(), filters.end(), [&](const Filter &f) { return f.id == id; });
        if (it != filters.end())
            index = static_cast<int>(it - filters.begin()) + 1;
    }
    Filter filter = clip.filterLists.front().filters.front();
    filter.id = newId();
    auto *command = new AddFilterCommand(m_store, listId, filter, index);
    command->setText(tr("%1 filter").arg(what));
    const EditResult result = execute(m_undo, command);
    if (!result.ok) {
        ask(QMessageBox::Warning, what, result.error);
        return false;
    }
    showObject(ObjectKind::Filter, filter.id, listId);
    return true;
}

std::optional<bool> MainWindow::pasteRule(const StoreData &clip, const QString &what)
{
    const StoreData &base = m_store->data();
    const auto [kind, id, parentId] = selectedObject();
    QUuid policyId = kind == ObjectKind::Policy                                            ? id
                     : kind == ObjectKind::Rule || kind == ObjectKind::DefaultResponseRule ? parentId
                                                                                           : QUuid();
    if (policyId.isNull() && base.policy(clip.policies.front().id))
        policyId = clip.policies.front().id;
    const Policy *policy = base.policy(policyId);
    if (!policy)
        return std::nullopt;
    int index = -1;
    if (kind == ObjectKind::Rule) {
        const auto it = std::find_if(policy->rules.begin(), policy->rules.end(),
                                     [&](const Rule &r) { return r.id == id; });
        if (it != policy->rules.end())
            index = static_cast<int>(it - policy->rules.begin()) + 1;
    }
    QUuid ruleId;
    QStringList notes;
    std::optional<StoreData> after = withPastedRule(base, clip, policyId, index, &ruleId, &notes);
    if (!after)
        return false;
    execute(m_undo, new ReplaceStoreCommand(m_store, std::move(*after), tr("%1 rule").arg(what)));
    showObject(ObjectKind::Rule, ruleId, policyId);
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral("; ")), 8000);
    return true;
}

bool MainWindow::pasteClip(const StoreData &clip, ObjectKind clipKind, const QString &what)
{
    // One filter or one rule goes into a list or policy; with none to take it, it arrives as the list or
    // policy it was copied from.
    if (clipKind == ObjectKind::Filter && clip.filterLists.size() == 1 &&
        clip.filterLists.front().filters.size() == 1)
        if (const std::optional<bool> pasted = pasteFilter(clip, what))
            return *pasted;
    if (clipKind == ObjectKind::Rule && clip.policies.size() == 1 && clip.policies.front().rules.size() == 1)
        if (const std::optional<bool> pasted = pasteRule(clip, what))
            return *pasted;
    const StoreData &base = m_store->data();
    const StoreData added = withFreshIds(clip, base);
    if (added.policies.empty() && added.filterLists.empty() && added.filterActions.empty())
        return false;
    QStringList notes;
    StoreData merged = mergeStores(base, added, &notes);
    execute(m_undo, new ReplaceStoreCommand(m_store, std::move(merged), what));
    if (!added.policies.empty())
        showObject(ObjectKind::Policy, added.policies.front().id);
    else if (!added.filterLists.empty())
        showObject(ObjectKind::FilterList, added.filterLists.front().id);
    else
        showObject(ObjectKind::FilterAction, added.filterActions.front().id);
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral("; ")), 8000);
    return true;
}

void MainWindow::runWizard(int which)
{
    WizardResult result;
    const StoreData &d = m_store->data();
    switch (which) {
    case PolicyWizardKind: {
        IpSecurityPolicyWizard wizard(d, this);
        wizard.setCryptoBaseline(
            baselines::findOrDefault(m_settings->value(Settings::Key::CryptoBaseline).toString()));
        if (m_runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    case RuleWizardKind: {
        if (!m_store->policy(selectedPolicyId()))
            return;
        SecurityRuleWizard wizard(d, selectedPolicyId(), this);
        if (m_runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    case FilterWizardKind: {
        const auto [kind, id, parentId] = selectedObject();
        const QUuid listId = kind == ObjectKind::FilterList ? id
                             : kind == ObjectKind::Filter   ? parentId
                                                            : QUuid();
        if (listId.isNull())
            return;
        IpFilterWizard wizard(this);
        if (m_runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result(listId);
        break;
    }
    default: {
        FilterActionWizard wizard(d, this);
        wizard.setCryptoBaseline(
            baselines::findOrDefault(m_settings->value(Settings::Key::CryptoBaseline).toString()));
        if (m_runDialog(wizard) != QDialog::Accepted)
            return;
        result = wizard.result();
        break;
    }
    }
    if (result.isEmpty())
        return;
    StoreData after = d;
    const EditResult applied = applyWizardResult(after, result);
    if (!applied.ok) {
        ask(QMessageBox::Warning, tr("Wizard"), applied.error);
        return;
    }
    execute(m_undo, new ReplaceStoreCommand(m_store, std::move(after), tr("Wizard")));
    const auto [kind, id, parentId] = result.primaryObject();
    showObject(kind, id, parentId);
}

// ---- window ----

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons)
{
    if (m_prompt)
        return m_prompt(icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, this);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Not while a read or write runs: its result still has to land (or be dropped) in this window.
    if (m_task || !maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    // Opened once the drop is over: the other program's drag must not wait for our questions and the read.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

QImage MainWindow::renderToImage()
{
    if (m_validation->isPending())
        m_validation->runNow();
    m_preview->refreshNow();
    QApplication::processEvents();
    return grab().toImage();
}

void MainWindow::applySearch(const QString &text)
{
    m_navProxy->setSearchText(text);
    // The tree starts tidy for every search: the groups, and what the search kept expanded list by list up to
    // a budget of rows (expanding 40,000 matching filters costs more than finding them); clearing the search
    // shows the whole tree collapsed but for the selected item.
    m_navigator->collapseAll();
    constexpr int kExpandedRowBudget = 2000;
    int shown = 0;
    for (int g = 0; g < m_navProxy->rowCount(); ++g) {
        const QModelIndex group = m_navProxy->index(g, 0);
        if (text.isEmpty()) {
            if (g == NavigatorModel::PoliciesGroup)
                m_navigator->expand(group);
            continue;
        }
        m_navigator->expand(group);
        const int items = m_navProxy->rowCount(group);
        shown += items;
        for (int row = 0; row < items && shown < kExpandedRowBudget; ++row) {
            const QModelIndex item = m_navProxy->index(row, 0, group);
            if (const int children = m_navProxy->rowCount(item); children > 0) {
                m_navigator->expand(item);
                shown += children;
            }
        }
    }
    if (m_navigator->currentIndex().isValid())
        m_navigator->scrollTo(m_navigator->currentIndex());
}

} // namespace ipsec
