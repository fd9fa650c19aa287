// The designer window driven as a user drives it: named actions, typing into editor fields, the Problems
// panel, the script preview, delete, save and reopen. Offscreen; prompts answered by the test.
#include "core/policystore.h"
#include "diagram/policydiagramview.h"
#include "editors/editors.h"
#include "editors/methodlistwidget.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "methodmodels.h"
#include "navigatorfilterproxy.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "roles.h"
#include "scriptpreview.h"
#include "settings.h"
#include "templates/templates.h"
#include "validation/validator.h"
#include "validationrunner.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ipsec;

namespace {

// A store with one policy, one rule, a shared filter list and a negotiate action with two methods.
StoreData smallStore()
{
    StoreData d;
    d.info.name = QStringLiteral("gui test");
    FilterList list;
    list.id = newId();
    list.name = QStringLiteral("Web 8080");
    Filter f;
    f.id = newId();
    f.source = FilterAddress::subnet(*IpAddress::parse(QStringLiteral("10.0.1.0")), 24);
    f.destination = FilterAddress::subnet(*IpAddress::parse(QStringLiteral("10.2.27.0")), 25);
    f.protocol = protocol::Tcp;
    f.destinationPort = PortRange::single(8080);
    list.filters.push_back(f);
    d.filterLists.push_back(list);
    FilterAction action;
    action.id = newId();
    action.name = QStringLiteral("Encrypt");
    action.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                              SecurityMethod::esp(Encryption::Des, Integrity::Md5)};
    d.filterActions.push_back(action);
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("Branch policy");
    p.ike.id = newId();
    p.ike.methods = {IkeMethod{}};
    p.defaultResponse.id = newId();
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("web");
    r.filterList = list.id;
    r.filterAction = action.id;
    r.authMethods = {AuthMethod::kerberos()};
    p.rules = {r};
    d.policies.push_back(p);
    return d;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_prompts;
    QMessageBox::StandardButton m_answer = QMessageBox::No;

    void trigger(const char *name)
    {
        QAction *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a, name);
        QVERIFY2(a->isEnabled(), name);
        a->trigger();
    }
    const StoreData &data() const { return m_window->store()->data(); }

    // A window as the program starts one, its questions answered with m_answer.
    void startWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setPrompt(
            [this](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
                m_prompts.append(text);
                return m_answer;
            });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
        m_prompts.clear();
        m_answer = QMessageBox::No;
        startWindow();
        m_window->store()->reset(smallStore());
        m_window->undoStack()->clear();
        m_window->show();
    }
    void cleanup()
    {
        m_window->setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        m_window.reset();
    }

    void typingIntoAFieldEditsTheStoreAndUndoRedoesIt()
    {
        const Policy &p = data().policies.front();
        QVERIFY(m_window->showObject(ObjectKind::Policy, p.id));
        auto *editor = qobject_cast<PolicyEditor *>(m_window->currentEditor());
        QVERIFY(editor);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" 2"));
        QTest::keyClick(name, Qt::Key_Return); // the name is finished (docs/gui.md)
        QCOMPARE(data().policies.front().name, QStringLiteral("Branch policy 2"));
        QCOMPARE(m_window->undoStack()->count(), 1); // the two keystrokes are one step
        trigger("actionUndo");
        QCOMPARE(data().policies.front().name, QStringLiteral("Branch policy"));
        QCOMPARE(name->text(), QStringLiteral("Branch policy"));
        trigger("actionRedo");
        QCOMPARE(data().policies.front().name, QStringLiteral("Branch policy 2"));
        QVERIFY(m_window->isModified());
    }

    void aFilterPortEditShowsInTheNavigatorAndThePreview()
    {
        const FilterList &l = data().filterLists.front();
        QVERIFY(m_window->showObject(ObjectKind::Policy, data().policies.front().id));
        m_window->scriptPreview()->refreshNow();
        const QString before = m_window->scriptPreview()->text();
        QVERIFY(m_window->showObject(ObjectKind::Filter, l.filters.front().id, l.id));
        auto *port = m_window->currentEditor()->findChild<QLineEdit *>(QStringLiteral("destinationPort"));
        QVERIFY(port);
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("8443"));
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(data().filterLists.front().filters.front().destinationPort, PortRange::single(8443));
        QVERIFY(m_window->navigator()->currentIndex().data().toString().contains(QStringLiteral("8443")));
        m_window->scriptPreview()->refreshNow();
        if (m_window->scriptPreview()->format() == QStringLiteral("netsh")) {
            QVERIFY(before.contains(QStringLiteral("8080")));
            QVERIFY(m_window->scriptPreview()->text().contains(QStringLiteral("8443")));
        }
    }

    void anErrorShowsInTheProblemsPanelAndJumpsToItsField()
    {
        // A policy without key exchange methods is an error (IPS-0xx at "ike.methods").
        Policy p = data().policies.front();
        p.ike.methods.clear();
        QVERIFY(m_window->store()->updatePolicy(p));
        m_window->validation()->runNow();
        ProblemsModel *problems = m_window->problemsModel();
        int row = -1;
        for (int r = 0; r < problems->rowCount(); ++r)
            if (problems->finding(r).location.field.startsWith(QStringLiteral("ike.methods")))
                row = r;
        QVERIFY2(row >= 0, "no finding on ike.methods");
        QCOMPARE(problems->finding(row).severity, Severity::Error);
        QVERIFY(m_window->showObject(ObjectKind::FilterList, data().filterLists.front().id));
        m_window->problemsPanel()->activateRow(row);
        QCOMPARE(std::get<1>(m_window->selectedObject()), p.id);
        ObjectEditor *editor = m_window->currentEditor();
        QCOMPARE(editor->kind(), ObjectKind::Policy);
        QCOMPARE(editor->fieldMark(QStringLiteral("ike.methods")), QStringLiteral("error"));
        // The navigator item carries the state too.
        QCOMPARE(m_window->navigator()->currentIndex().data(ValidationSeverityRole).toInt(),
                 static_cast<int>(Severity::Error));
    }

    void securityMethodsReorderWithMoveDownAndUndo()
    {
        const FilterAction a = data().filterActions.front();
        QVERIFY(m_window->showObject(ObjectKind::FilterAction, a.id));
        auto *editor = qobject_cast<FilterActionEditor *>(m_window->currentEditor());
        QVERIFY(editor);
        editor->methodsList()->setCurrentRow(0);
        auto *down = editor->methodsList()->findChild<QPushButton *>(QStringLiteral("moveDownButton"));
        QVERIFY(down && down->isEnabled());
        QTest::mouseClick(down, Qt::LeftButton);
        const auto &methods = data().filterActions.front().securityMethods;
        QCOMPARE(methods.at(0), a.securityMethods.at(1));
        QCOMPARE(methods.at(1), a.securityMethods.at(0));
        QCOMPARE(editor->methodsList()->currentRow(), 1);
        trigger("actionUndo");
        QCOMPARE(data().filterActions.front().securityMethods, a.securityMethods);
        QCOMPARE(editor->methodsModel()->items(), a.securityMethods);
    }

    void deletingASharedFilterListIsRefusedUnlessTheRulesGoToo()
    {
        const StoreData before = data();
        QVERIFY(m_window->showObject(ObjectKind::FilterList, before.filterLists.front().id));
        m_answer = QMessageBox::No;
        trigger("actionDelete");
        QVERIFY(data() == before);
        QVERIFY(m_prompts.join(u'\n').contains(QStringLiteral("used by 1 rule")));
        // Yes: the list and its rule go, as one undo step.
        m_answer = QMessageBox::Yes;
        QVERIFY(m_window->showObject(ObjectKind::FilterList, before.filterLists.front().id));
        trigger("actionDelete");
        QVERIFY(data().filterLists.empty());
        QVERIFY(data().policies.front().rules.isEmpty());
        trigger("actionUndo");
        QVERIFY(data() == before);
    }

    void addActionsCreateObjectsAndSelectThem()
    {
        trigger("actionAddFilterList");
        QCOMPARE(data().filterLists.size(), std::size_t(2));
        QCOMPARE(m_window->currentEditor()->kind(), ObjectKind::FilterList);
        trigger("actionAddFilter");
        QCOMPARE(data().filterLists.back().filters.size(), std::size_t(1));
        trigger("actionAddPolicy");
        QCOMPARE(data().policies.size(), std::size_t(2));
        trigger("actionAddRule");
        QCOMPARE(data().policies.back().rules.size(), 1);
        QCOMPARE(m_window->currentEditor()->kind(), ObjectKind::Rule);
        trigger("actionAssign");
        QVERIFY(data().policies.back().assigned);
        QCOMPARE(m_window->undoStack()->count(), 5);
    }

    void theSearchBoxFindsAFilterByPort()
    {
        QTest::keyClicks(m_window->searchBox(), QStringLiteral("8080"));
        NavigatorFilterProxy *proxy = m_window->navigatorProxy();
        // The rule using the list (its text names the list), the list and its matching filter; no action.
        QCOMPARE(proxy->rowCount(), 2);
        const QModelIndex lists = proxy->index(1, 0);
        QCOMPARE(proxy->rowCount(lists), 1);
        const QModelIndex list = proxy->index(0, 0, lists);
        QCOMPARE(list.data().toString(), QStringLiteral("Web 8080"));
        QCOMPARE(proxy->rowCount(list), 1);
        QVERIFY(proxy->index(0, 0, list).data().toString().contains(QStringLiteral("8080")));
        m_window->searchBox()->clear();
        QCOMPARE(proxy->rowCount(), 3);
    }

    void onALargeStoreTheSearchWaitsUntilTypingPauses()
    {
        m_window->store()->reset(generateStore(25000));
        NavigatorFilterProxy *proxy = m_window->navigatorProxy();
        const int unfiltered = proxy->rowCount();
        QTest::keyClicks(m_window->searchBox(), QStringLiteral("no-such-name"));
        // Not filtered per keystroke: the three groups are still all there right after typing...
        QCOMPARE(proxy->rowCount(), unfiltered);
        // ...and the search applies once typing has paused.
        QTRY_COMPARE_WITH_TIMEOUT(proxy->rowCount(), 0, 5000);
        m_window->searchBox()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(proxy->rowCount(), unfiltered, 5000);
    }

    void saveReopenGivesTheSameDocumentAndAFailedSaveLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.ipsecstore"));
        const StoreData before = data();
        QVERIFY(m_window->saveAs(path));
        QVERIFY(!m_window->isModified());
        QVERIFY(m_settings->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
        trigger("actionNew");
        QVERIFY(data().policies.empty());
        QVERIFY(m_window->openFile(path));
        QVERIFY(data() == before);
        QCOMPARE(m_window->currentFile(), QFileInfo(path).absoluteFilePath());

        // Edit, then a save that cannot succeed: the document and its modified state stay.
        Policy p = data().policies.front();
        p.description = QStringLiteral("changed");
        QVERIFY(m_window->store()->updatePolicy(p));
        m_window->undoStack()->push(new QUndoCommand(QStringLiteral("mark modified")));
        const StoreData edited = data();
        QVERIFY(!m_window->saveAs(m_dir.filePath(QStringLiteral("no/such/dir/x.ipsecstore"))));
        QVERIFY(data() == edited);
        QVERIFY(m_window->isModified());
        QCOMPARE(m_window->currentFile(), QFileInfo(path).absoluteFilePath());
        // A failed open leaves the open document as it was.
        QFile garbage(m_dir.filePath(QStringLiteral("garbage.ipsecstore")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{ not json");
        garbage.close();
        m_answer = QMessageBox::Discard;
        QVERIFY(!m_window->openFile(garbage.fileName()));
        QVERIFY(data() == edited);
    }

    void duplicatingAFilterListAddsAnEqualCopyWithANewNameAndUndoRemovesIt()
    {
        const StoreData before = data();
        const FilterList original = before.filterLists.front();
        QVERIFY(m_window->showObject(ObjectKind::FilterList, original.id));
        trigger("actionDuplicate");
        QCOMPARE(data().filterLists.size(), std::size_t(2));
        const FilterList &copy = data().filterLists.back();
        QCOMPARE(copy.name, original.name + QStringLiteral(" (2)"));
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.filters.size(), original.filters.size());
        QVERIFY(copy.filters.front().id != original.filters.front().id);
        Filter sameIdAsOriginal = copy.filters.front();
        sameIdAsOriginal.id = original.filters.front().id;
        QCOMPARE(sameIdAsOriginal, original.filters.front());
        QCOMPARE(std::get<1>(m_window->selectedObject()), copy.id);
        QCOMPARE(m_window->undoStack()->count(), 1);
        trigger("actionUndo");
        QVERIFY(data() == before);
    }

    void aCopiedPolicyPastesIntoANewDocumentWithItsRulesListsAndActions()
    {
        const StoreData before = data();
        const Policy original = before.policies.front();
        QVERIFY(m_window->showObject(ObjectKind::Policy, original.id));
        trigger("actionCopy");
        trigger("actionNew");
        QVERIFY(data().policies.empty());
        QVERIFY(data().filterLists.empty());
        trigger("actionPaste");
        QCOMPARE(data().policies.size(), std::size_t(1));
        QCOMPARE(data().filterLists.size(), std::size_t(1));
        QCOMPARE(data().filterActions.size(), std::size_t(1));
        const Policy &pasted = data().policies.front();
        QCOMPARE(pasted.name, original.name);
        QVERIFY(pasted.id != original.id);
        QCOMPARE(pasted.rules.size(), original.rules.size());
        QVERIFY(pasted.rules.front().id != original.rules.front().id);
        // The rule points at the pasted list and action, which equal the originals but for their ids.
        const FilterList *list = data().filterList(pasted.rules.front().filterList);
        const FilterAction *action = data().filterAction(pasted.rules.front().filterAction);
        QVERIFY(list && action);
        QCOMPARE(list->name, before.filterLists.front().name);
        QVERIFY(list->id != before.filterLists.front().id);
        QCOMPARE(list->filters.front().destinationPort,
                 before.filterLists.front().filters.front().destinationPort);
        FilterAction sameId = *action;
        sameId.id = before.filterActions.front().id;
        QCOMPARE(sameId, before.filterActions.front());
        QCOMPARE(m_window->undoStack()->count(), 1);
        trigger("actionUndo");
        QVERIFY(data().policies.empty());
    }

    void pastingAPolicyBackIntoItsDocumentSharesItsUnchangedListsAndActions()
    {
        const StoreData before = data();
        QVERIFY(m_window->showObject(ObjectKind::Policy, before.policies.front().id));
        trigger("actionCopy");
        trigger("actionPaste");
        QCOMPARE(data().policies.size(), std::size_t(2));
        QCOMPARE(data().policies.back().name, before.policies.front().name + QStringLiteral(" (2)"));
        QCOMPARE(data().filterLists.size(), std::size_t(1));
        QCOMPARE(data().filterActions.size(), std::size_t(1));
        QCOMPARE(data().policies.back().rules.front().filterList, before.filterLists.front().id);
    }

    void aFilterDuplicatesWithinItsListRightAfterItself()
    {
        const FilterList list = data().filterLists.front();
        QVERIFY(m_window->showObject(ObjectKind::Filter, list.filters.front().id, list.id));
        trigger("actionDuplicate");
        const auto &filters = data().filterLists.front().filters;
        QCOMPARE(filters.size(), std::size_t(2));
        QVERIFY(filters.at(1).id != filters.at(0).id);
        QVERIFY(filters.at(1).sameTraffic(filters.at(0)));
        QCOMPARE(data().filterLists.size(), std::size_t(1));
    }

    void aLargeDocumentIsCheckedOnTheWorkerAndNoFindingOutlivesItsDocument()
    {
        const StoreData large =
            generateStore(static_cast<int>(ValidationRunner::kBackgroundThreshold) + 1000, 5);
        const QString path = m_dir.filePath(QStringLiteral("large.ipsecstore"));
        QVERIFY(json::saveFile(large, path));
        // Whenever the Problems panel changes, what it lists is about the document that is open.
        QStringList strays;
        connect(m_window->validation(), &ValidationRunner::findingsChanged, this, [&] {
            for (const Finding &f : m_window->validation()->findings()) {
                const QUuid &id = f.location.objectId;
                const StoreData &open = m_window->store()->data();
                if (!id.isNull() && !open.policy(id) && !open.filterList(id) && !open.filterAction(id) &&
                    !open.filterList(f.location.parentId) && !open.policy(f.location.parentId))
                    strays << f.code + u' ' + f.message;
            }
        });
        m_window->validation()->runNow();
        QVERIFY(!m_window->validation()->findings().isEmpty()); // the small document's warnings
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->openFile(path));
        QTRY_VERIFY(!m_window->validation()->isPending());
        QCOMPARE(m_window->validation()->findings().size(), validate(large).size());
        QCOMPARE(m_window->problemsModel()->rowCount(), static_cast<int>(validate(large).size()));
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u'\n')));
    }

    void onlyTheFrontTabOfPreviewAndDiagramIsKeptUpToDate()
    {
        const Policy policy = data().policies.front();
        auto *previewDock = m_window->findChild<QDockWidget *>(QStringLiteral("previewDock"));
        auto *diagramDock = m_window->findChild<QDockWidget *>(QStringLiteral("diagramDock"));
        QVERIFY(previewDock && diagramDock);
        previewDock->raise();
        QTRY_VERIFY(m_window->diagram()->visibleRegion().isEmpty());
        // Renaming the policy while the diagram is behind the preview: the preview follows, the diagram
        // waits.
        QVERIFY(m_window->showObject(ObjectKind::Policy, policy.id));
        const QString drawnBefore = m_window->diagram()->graph().policyName;
        Policy renamed = *m_window->store()->policy(policy.id);
        renamed.name = QStringLiteral("Renamed policy");
        QVERIFY(m_window->store()->updatePolicy(renamed).ok);
        m_window->scriptPreview()->refreshNow();
        QVERIFY(m_window->scriptPreview()->text().contains(QStringLiteral("Renamed policy")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->diagram()->graph().policyName, drawnBefore);
        // Brought to the front, the diagram draws what is there now.
        diagramDock->raise();
        QTRY_COMPARE(m_window->diagram()->graph().policyName, QStringLiteral("Renamed policy"));
    }

    void aCopiedRulePastesIntoTheSelectedPolicyAfterTheSelectedRule()
    {
        const StoreData before = data();
        const Policy original = before.policies.front();
        const Rule rule = original.rules.front();
        QVERIFY(m_window->showObject(ObjectKind::Rule, rule.id, original.id));
        trigger("actionCopy");
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QString::fromUtf16(MainWindow::kRuleMarkerMimeType)));
        trigger("actionPaste");
        const Policy &changed = *data().policy(original.id);
        QCOMPARE(changed.rules.size(), original.rules.size() + 1);
        const Rule &pasted = changed.rules.at(1);
        QCOMPARE(pasted.name, rule.name + QStringLiteral(" (2)"));
        QCOMPARE(pasted.filterAction, rule.filterAction);
        QCOMPARE(data().policies.size(), before.policies.size());
        QCOMPARE(std::get<1>(m_window->selectedObject()), pasted.id);
        QCOMPARE(m_window->undoStack()->count(), 1);
        trigger("actionUndo");
        QVERIFY(data() == before);
        // Duplicate does the same in one step.
        QVERIFY(m_window->showObject(ObjectKind::Rule, rule.id, original.id));
        trigger("actionDuplicate");
        QCOMPARE(data().policy(original.id)->rules.size(), original.rules.size() + 1);
    }

    void aRuleCutFromOnePolicyPastesIntoAnotherWithItsListAndAction()
    {
        const StoreData before = data();
        const Policy source = before.policies.front();
        const Rule rule = source.rules.front();
        trigger("actionAddPolicy");
        const QUuid target = std::get<1>(m_window->selectedObject());
        QVERIFY(m_window->showObject(ObjectKind::Rule, rule.id, source.id));
        trigger("actionCut");
        QVERIFY(!data().policy(source.id)->rules.contains(rule));
        QVERIFY(m_window->showObject(ObjectKind::Policy, target));
        trigger("actionPaste");
        const Policy &into = *data().policy(target);
        QCOMPARE(into.rules.size(), qsizetype(1));
        QCOMPARE(into.rules.front().name, rule.name);
        QCOMPARE(into.rules.front().filterList, rule.filterList);
        QCOMPARE(into.rules.front().filterAction, rule.filterAction);
        QCOMPARE(into.rules.front().authMethods, rule.authMethods);
        // Into a new document the rule has no policy to go into: its policy comes along with it.
        QVERIFY(m_window->showObject(ObjectKind::Rule, into.rules.front().id, target));
        trigger("actionCopy");
        m_answer = QMessageBox::Discard;
        trigger("actionNew");
        trigger("actionPaste");
        QCOMPARE(data().policies.size(), std::size_t(1));
        QCOMPARE(data().policies.front().rules.size(), qsizetype(1));
        QVERIFY(data().filterAction(data().policies.front().rules.front().filterAction));
    }

    void cuttingAUsedFilterListIsRefusedAndChangesNothing()
    {
        const StoreData before = data();
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        QVERIFY(m_window->showObject(ObjectKind::FilterList, before.filterLists.front().id));
        m_answer = QMessageBox::No;
        trigger("actionCut");
        QVERIFY(data() == before);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
        // An unused action cuts: it leaves the document and pastes back.
        trigger("actionAddFilterAction");
        const QUuid added = std::get<1>(m_window->selectedObject());
        trigger("actionCut");
        QVERIFY(!data().filterAction(added));
        trigger("actionPaste");
        QCOMPARE(data().filterActions.size(), std::size_t(2));
        QCOMPARE(data().filterActions.back().name, QStringLiteral("New Filter Action"));
    }

    void aModifiedDocumentIsAutosavedAndTheNextStartOffersToRestoreIt()
    {
        m_settings->setValue(Settings::Key::AutosaveSeconds, 1);
        startWindow();
        const QString recovery = m_window->recoveryPath();
        QVERIFY(recovery.startsWith(m_dir.path()));
        QVERIFY(!QFileInfo::exists(recovery));
        trigger("actionAddFilterList");
        trigger("actionAddFilterList");
        const StoreData edited = data();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(recovery), 5000);

        // The program ends without closing the window; the next start offers the copy and Yes restores it.
        m_window.reset();
        m_answer = QMessageBox::Yes;
        m_prompts.clear();
        startWindow();
        QTRY_COMPARE(data().filterLists.size(), std::size_t(2));
        QVERIFY(data() == edited);
        QVERIFY(m_window->isModified());
        QCOMPARE(m_prompts.size(), 1);
        QVERIFY(m_prompts.front().contains(QStringLiteral("recovery copy")));

        // Saving removes the copy.
        QVERIFY(m_window->saveAs(m_dir.filePath(QStringLiteral("recovered.ipsecstore"))));
        QVERIFY(!QFileInfo::exists(recovery));
        QVERIFY(!QFileInfo::exists(m_window->recoveryPath()));
    }

    void aFileOpenedAtStartUpIsNotInterruptedByTheUntitledRecoveryOffer()
    {
        trigger("actionAddFilterList");
        QVERIFY(m_window->writeRecoveryCopy());
        const QString recovery = m_window->recoveryPath();
        const QString file = m_dir.filePath(QStringLiteral("startup.ipsecstore"));
        QVERIFY(json::saveFile(smallStore(), file));
        m_window.reset();
        m_answer = QMessageBox::Yes;
        m_prompts.clear();
        // As main() does: the window is made and the file opened before the event loop runs.
        startWindow();
        QVERIFY(m_window->openFile(file));
        QTest::qWait(300);
        QCOMPARE(m_window->currentFile(), file);
        QCOMPARE(data().filterLists.size(), std::size_t(1));
        QVERIFY(!m_window->isModified());
        QVERIFY2(m_prompts.isEmpty(), qPrintable(m_prompts.join(u'\n')));
        // The untitled copy waits for a start without a file.
        QVERIFY(QFileInfo::exists(recovery));
        QFile::remove(recovery);
    }

    void aDeclinedRecoveryCopyIsDeletedAndTheDocumentStaysAsItWas()
    {
        trigger("actionAddFilterList");
        QVERIFY(m_window->writeRecoveryCopy());
        const QString recovery = m_window->recoveryPath();
        QVERIFY(QFileInfo::exists(recovery));
        m_window.reset();
        m_answer = QMessageBox::No;
        m_prompts.clear();
        startWindow();
        QTRY_COMPARE(m_prompts.size(), 1);
        QVERIFY(data().filterLists.empty());
        QVERIFY(!m_window->isModified());
        QVERIFY(!QFileInfo::exists(recovery));

        // A copy of a discarded document goes with it.
        trigger("actionAddFilterList");
        QVERIFY(m_window->writeRecoveryCopy());
        m_answer = QMessageBox::Discard;
        trigger("actionNew");
        QVERIFY(!QFileInfo::exists(recovery));
    }

    void aRecoveryCopyIsTheUsersOnlyAndLeavesKeysOutWhenTheSettingSaysSo_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::newRow("by default the copy keeps the key, readable by the user only")
            << QStringLiteral("keep");
        QTest::newRow("with the setting the copy holds no key") << QStringLiteral("leave-out");
    }
    void aRecoveryCopyIsTheUsersOnlyAndLeavesKeysOutWhenTheSettingSaysSo()
    {
        QFETCH(QString, keys);
        m_settings->setValue(Settings::Key::RecoveryKeys, keys);
        const QString secret = QStringLiteral("branch-secret-4711");
        StoreData withKey = smallStore();
        withKey.policies.front().rules.front().authMethods = {AuthMethod::presharedKey(secret)};
        m_window->store()->reset(withKey);
        QVERIFY(m_window->writeRecoveryCopy());
        const QString recovery = m_window->recoveryPath();
        QCOMPARE(QFile::permissions(recovery) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile copy(recovery);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll().contains(secret.toUtf8()), keys == u"keep");
        const ImportResult back = json::loadFile(recovery);
        QVERIFY(back.ok);
        const AuthMethod restored = back.store.policies.front().rules.front().authMethods.front();
        QCOMPARE(restored.kind, AuthKind::PresharedKey);
        QCOMPARE(restored.value, keys == u"keep" ? secret : QString());
        // Closing the document without saving removes the copy.
        m_answer = QMessageBox::Discard;
        trigger("actionAddFilterList");
        trigger("actionNew");
        QVERIFY(!QFileInfo::exists(recovery));
    }

    void theScreenshotRendersTheWindow()
    {
        const QImage image = m_window->renderToImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
