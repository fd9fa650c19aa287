#include "mainwindow.h"

#include "analysis/analysisdocks.h"
#include "apptranslations.h"
#include "core/policystore.h"
#include "diagram/policydiagramview.h"
#include "editors/editors.h"
#include "itemicons.h"
#include "navigatorfilterproxy.h"
#include "navigatormodel.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "roles.h"
#include "scriptpreview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "theme.h"
#include "undocommands.h"
#include "validationrunner.h"
#include "widgets/fieldcommit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace ipsec {

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_store(new PolicyStore(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(itemIcon(QStringLiteral("ipsecdesigner")));
    setAcceptDrops(true);
    m_hooks.runDialog = [](QDialog &dialog) { return dialog.exec(); };
    m_hooks.chooseFile = [this](bool saving, const QString &title, const QString &filters) {
        const QString dir = m_settings->value(Settings::Key::LastDirectory).toString();
        const QString path = saving ? QFileDialog::getSaveFileName(this, title, dir, filters)
                                    : QFileDialog::getOpenFileName(this, title, dir, filters);
        if (!path.isEmpty())
            m_settings->setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        return path;
    };
    m_validation = new ValidationRunner(m_store, defaultValidator(), this);
    m_validation->setDelay(m_settings->value(Settings::Key::ValidationDelayMs).toInt());
    FieldCommitter::setPause(m_validation->delay());
    m_navModel = new NavigatorModel(m_store, this);
    m_navModel->setValidationRunner(m_validation);
    m_navProxy = new NavigatorFilterProxy(this);
    m_navProxy->setSourceModel(m_navModel);
    m_problemsModel = new ProblemsModel(m_validation, this);
    m_documents = new DocumentController(this, m_settings, m_store, m_undo, m_validation, m_hooks);
    m_objects = new ObjectCommands(this, m_settings, m_hooks);
    m_clipboard = new ClipboardActions(this, m_hooks);

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
    connect(m_documents, &DocumentController::documentReset, this, &MainWindow::showNewDocument);
    connect(m_documents, &DocumentController::currentFileChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    m_documents->resetDocument({}, {});
    m_preview->setFormat(m_settings->value(Settings::Key::PreviewFormat).toString());

    // Once the event loop runs (the caller has set its prompt and opened its file by then): an untitled
    // document's leftover recovery copy is offered; a file's copy is offered by openFile().
    QTimer::singleShot(0, m_documents, &DocumentController::offerUntitledRecoveryWhenIdle);
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
            m_hooks.ask(this, QMessageBox::Warning, tr("Not changed"), why);
        });
        connect(e, &ObjectEditor::openObject, this,
                [this](ObjectKind kind, const QUuid &id, const QUuid &parentId) {
                    showObject(kind, id, parentId);
                });
    };
    addEditor(new StoreEditor(context, m_editorStack));
    auto *policyEditor = new PolicyEditor(context, m_editorStack);
    connect(policyEditor, &PolicyEditor::addRuleRequested, m_objects, &ObjectCommands::addRule);
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
    // The history's steps first: the Undo and Redo labels below name them.
    for (int i = 0; i < m_undo->count(); ++i)
        if (auto *step = dynamic_cast<const StoreCommand *>(m_undo->command(i)))
            const_cast<StoreCommand *>(step)->retranslate();
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
    m_hooks.runDialog(dialog);
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
            FieldCommitter::setPause(value.toInt());
            break;
        case Settings::Key::AutosaveSeconds:
            m_documents->setAutosaveSeconds(value.toInt());
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

QUuid MainWindow::selectedFilterListId() const
{
    const auto [kind, id, parentId] = selectedObject();
    if (kind == ObjectKind::FilterList)
        return id;
    return kind == ObjectKind::Filter ? parentId : QUuid();
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

void MainWindow::updateTitle()
{
    const QString name = currentFile().isEmpty() ? tr("Untitled") : QFileInfo(currentFile()).fileName();
    setWindowTitle(name + QStringLiteral("[*] — ") + tr("IPsec Policy Designer"));
    setWindowModified(isModified());
}

void MainWindow::validateSoon()
{
    // A large document is checked on the worker while the window shows it; the count says so meanwhile.
    m_validation->runSoon();
    if (m_validation->isPending())
        m_statusCounts->setText(tr("Checking…"));
}

void MainWindow::showNewDocument()
{
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

// ---- window ----

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Not while a read or write runs: its result still has to land (or be dropped) in this window.
    if (m_documents->isBusy() || !m_documents->maybeSave()) {
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
