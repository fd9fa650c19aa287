// Keyboard use of every editor page, wizard page and dialog (issue 5, docs/gui.md "Keyboard"): each input has
// a label (or the check box or radio button that turns it on) with an accelerator, every button but OK and
// Cancel has one, the accelerators on screen together are unique, and Tab walks every enabled input once, in
// reading order, and comes back (no focus traps). Then the list keys: Delete, Enter, Alt+Up / Alt+Down.
#include "apptranslations.h"
#include "core/policystore.h"
#include "editors/editors.h"
#include "editors/methoddialogs.h"
#include "editors/methodlistwidget.h"
#include "mainwindow.h"
#include "settings.h"
#include "templates/templates.h"
#include "wizards/filteractionwizard.h"
#include "wizards/ipfilterwizard.h"
#include "wizards/policywizard.h"
#include "wizards/propertydialogs.h"
#include "wizards/securityrulewizard.h"
#include "wizards/wizardwidgets.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWizard>
#include <functional>
#include <memory>

using namespace ipsec;

namespace {

// ---- What the checks look at ----

QString describeWidget(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    return QStringLiteral("%1 '%2' \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(40));
}

// The widget a focus lands in, as the user sees it: a spin box or combo box rather than its line edit.
QWidget *owner(QWidget *w)
{
    for (QWidget *p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p))
            w = p;
    return w;
}

bool isShown(const QWidget *w)
{
    return w->isVisible();
}

// Reached by Tab: visible, enabled, takes Tab focus, is not a part of another input.
bool isTabStop(QWidget *w, QWidget *window)
{
    return w != window && isShown(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
           !w->focusProxy() && owner(w) == w;
}

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (isTabStop(w, window))
            stops.append(w);
    return stops;
}

QRect rectIn(const QWidget *w, const QWidget *window)
{
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

// The widget Tab-walking starts from: the top-left one.
QWidget *firstInReadingOrder(const QList<QWidget *> &stops, const QWidget *window)
{
    QWidget *first = nullptr;
    for (QWidget *w : stops) {
        const QRect r = rectIn(w, window);
        if (!first)
            first = w;
        const QRect f = rectIn(first, window);
        if (r.top() < f.top() || (r.top() == f.top() && r.left() < f.left()))
            first = w;
    }
    return first;
}

// Whether `b` comes before `a` when reading: entirely above it, or beside it on the left.
bool readsBefore(const QRect &b, const QRect &a)
{
    if (b.bottom() < a.top())
        return true;
    const bool sameRow = b.top() <= a.bottom() && a.top() <= b.bottom();
    return sameRow && b.right() < a.left();
}

// The button that turns an input on and stands right before it in the Tab order.
QAbstractButton *switchBefore(QWidget *input, QWidget *window)
{
    for (QWidget *w = input->previousInFocusChain(); w && w != input; w = w->previousInFocusChain()) {
        if (w == window)
            return nullptr;
        // An unchecked radio button is no Tab stop (the arrows reach it), but it still switches.
        if (isShown(w) && w->focusPolicy() != Qt::NoFocus && !w->focusProxy() && owner(w) == w) {
            auto *b = qobject_cast<QAbstractButton *>(w);
            return b && b->isCheckable() ? b : nullptr;
        }
    }
    return nullptr;
}

bool isOkOrCancel(const QAbstractButton *b, const QWidget *window)
{
    if (qobject_cast<const QDialogButtonBox *>(b->parentWidget()))
        return true;
    const auto *wizard = qobject_cast<const QWizard *>(window);
    return wizard && b == wizard->button(QWizard::CancelButton);
}

// ---- The checks; each returns what is wrong ----

QStringList unlabelledInputs(QWidget *window)
{
    QHash<QWidget *, QLabel *> labelOf;
    QStringList wrong;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!isShown(l))
            continue;
        const bool hasAccelerator = !mnemonicOf(l->text()).isEmpty();
        if (hasAccelerator && !l->buddy())
            wrong << QStringLiteral("%1 has an accelerator but no buddy").arg(describeWidget(l));
        if (hasAccelerator && l->buddy())
            labelOf.insert(l->buddy(), l);
    }
    for (QWidget *w : tabStops(window)) {
        if (!isInput(w) || labelOf.contains(w))
            continue;
        const QAbstractButton *turnsOn = switchBefore(w, window);
        if (!turnsOn || mnemonicOf(turnsOn->text()).isEmpty())
            wrong << QStringLiteral("%1 has no label with an accelerator").arg(describeWidget(w));
    }
    return wrong;
}

QStringList buttonsWithoutAccelerator(QWidget *window)
{
    QStringList wrong;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (isShown(b) && !qobject_cast<QTabBar *>(b->parentWidget()) && !isOkOrCancel(b, window) &&
            mnemonicOf(b->text()).isEmpty())
            wrong << describeWidget(b);
    return wrong;
}

// Every accelerator on screen (as its key's text) and who owns it.
QMultiHash<QString, QString> acceleratorsOnScreen(QWidget *window)
{
    QMultiHash<QString, QString> owners;
    const auto add = [&owners](const QString &text, const QString &who) {
        const QKeySequence key = mnemonicOf(text);
        if (!key.isEmpty())
            owners.insert(key.toString(), who);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!isShown(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), describeWidget(b));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), describeWidget(l));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title(), describeWidget(g));
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), QStringLiteral("tab ") + bar->tabText(i));
    }
    return owners;
}

QStringList clashingAccelerators(QWidget *window)
{
    const QMultiHash<QString, QString> owners = acceleratorsOnScreen(window);
    QStringList wrong;
    for (const QString &key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            wrong << QStringLiteral("%1: %2").arg(key,
                                                  QStringList(owners.values(key)).join(QStringLiteral(", ")));
    return wrong;
}

QStringList tabbingProblems(QWidget *window)
{
    const QList<QWidget *> stops = tabStops(window);
    QWidget *start = firstInReadingOrder(stops, window);
    if (!start)
        return {QStringLiteral("nothing takes the focus")};
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return {QStringLiteral("%1 does not take the focus").arg(describeWidget(start))};
    QList<QWidget *> visited{start};
    QStringList wrong;
    for (int i = 0; i < 3 * stops.size() + 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = owner(QApplication::focusWidget());
        if (now == start)
            break;
        if (!now || visited.contains(now)) {
            wrong << QStringLiteral("Tab is caught in %1")
                         .arg(now ? describeWidget(now) : QStringLiteral("nothing"));
            return wrong;
        }
        visited.append(now);
    }
    if (owner(QApplication::focusWidget()) != start)
        wrong << QStringLiteral("Tab does not come back to %1").arg(describeWidget(start));
    for (qsizetype i = 1; i < visited.size(); ++i)
        if (readsBefore(rectIn(visited[i], window), rectIn(visited[i - 1], window)))
            wrong << QStringLiteral("%1 comes after %2 but stands before it")
                         .arg(describeWidget(visited[i]), describeWidget(visited[i - 1]));
    for (QWidget *w : stops) {
        if (visited.contains(w))
            continue;
        // Qt gives a set of radio buttons one Tab stop; the arrow keys move within it.
        auto *radio = qobject_cast<QRadioButton *>(w);
        const bool setVisited = radio && radio->autoExclusive() &&
                                std::any_of(visited.begin(), visited.end(), [radio](QWidget *v) {
                                    auto *other = qobject_cast<QRadioButton *>(v);
                                    return other && other->parentWidget() == radio->parentWidget();
                                });
        if (!setVisited)
            wrong << QStringLiteral("Tab never reaches %1").arg(describeWidget(w));
    }
    return wrong;
}

enum Check { Labels, Buttons, Unique, Tabbing };

QString checkSentence(Check c)
{
    switch (c) {
    case Labels:
        return QStringLiteral("every input has a label or a switch with an accelerator");
    case Buttons:
        return QStringLiteral("every button but OK and Cancel has an accelerator");
    case Unique:
        return QStringLiteral("the accelerators on screen are unique");
    case Tabbing:
        return QStringLiteral("Tab visits every enabled input once, in reading order, and comes back");
    }
    return {};
}

// ---- What is checked: every editor tab, wizard page and dialog tab ----

StoreData fixtureData()
{
    StoreData d = *makeTemplate(QStringLiteral("expressroute-http8080"));
    // A second method, so that one can move.
    d.filterActions.front().securityMethods.append(SecurityMethod::esp(Encryption::Des, Integrity::Md5));
    return d;
}

struct Fixture {
    PolicyStore store{fixtureData()};
    QUndoStack undo;
    EditorContext context() { return {&store, &undo, nullptr}; }
    const StoreData &data() const { return store.data(); }
};

struct Scope {
    QString name;
    std::function<std::unique_ptr<QWidget>(Fixture &)> open;
    int tab = -1; // the tab of the window's tab widget to show, or -1
};

template <typename W> std::unique_ptr<QWidget> editorOf(Fixture &f, const QUuid &id, const QUuid &parent = {})
{
    auto e = std::make_unique<W>(f.context());
    e->setObject(id, parent);
    return e;
}

// A wizard shown at `page`, with `prepare` choosing what leads there.
template <typename W>
std::function<std::unique_ptr<QWidget>(Fixture &)> wizardAt(
    int page, std::function<std::unique_ptr<W>(Fixture &)> make,
    std::function<void(W &)> prepare = [](W &) {})
{
    return [=](Fixture &f) -> std::unique_ptr<QWidget> {
        std::unique_ptr<W> w = make(f);
        w->restart();
        for (int guard = 0; w->currentId() != page && guard < 10; ++guard) {
            prepare(*w);
            w->next();
        }
        return w->currentId() == page ? std::move(w) : nullptr;
    };
}

QList<Scope> scopes()
{
    QList<Scope> all;
    const auto tabs = [&all](const QString &name, const QStringList &tabNames,
                             const std::function<std::unique_ptr<QWidget>(Fixture &)> &open) {
        if (tabNames.isEmpty())
            all.append({name, open, -1});
        for (int i = 0; i < tabNames.size(); ++i)
            all.append({QStringLiteral("%1, %2 tab").arg(name, tabNames[i]), open, i});
    };
    // Editors.
    tabs(QStringLiteral("the store editor"), {}, [](Fixture &f) { return editorOf<StoreEditor>(f, {}); });
    tabs(QStringLiteral("the policy editor"), {QStringLiteral("Rules"), QStringLiteral("General")},
         [](Fixture &f) { return editorOf<PolicyEditor>(f, f.data().policies.front().id); });
    tabs(QStringLiteral("the rule editor"),
         {QStringLiteral("IP Filter List"), QStringLiteral("Filter Action"),
          QStringLiteral("Authentication Methods"), QStringLiteral("Tunnel Setting"),
          QStringLiteral("Connection Type")},
         [](Fixture &f) {
             const Policy &p = f.data().policies.front();
             return editorOf<RuleEditor>(f, p.rules.front().id, p.id);
         });
    tabs(QStringLiteral("the default response rule editor"),
         {QStringLiteral("Security Methods"), QStringLiteral("Authentication Methods")}, [](Fixture &f) {
             const Policy &p = f.data().policies.front();
             return editorOf<DefaultResponseEditor>(f, p.defaultResponse.id, p.id);
         });
    tabs(QStringLiteral("the filter list editor"), {},
         [](Fixture &f) { return editorOf<FilterListEditor>(f, f.data().filterLists.front().id); });
    tabs(QStringLiteral("the filter editor"),
         {QStringLiteral("Addresses"), QStringLiteral("Protocol"), QStringLiteral("Description")},
         [](Fixture &f) {
             const FilterList &l = f.data().filterLists.front();
             return editorOf<FilterEditor>(f, l.filters.front().id, l.id);
         });
    tabs(QStringLiteral("the filter action editor"),
         {QStringLiteral("Security Methods"), QStringLiteral("General")},
         [](Fixture &f) { return editorOf<FilterActionEditor>(f, f.data().filterActions.front().id); });
    // Dialogs.
    tabs(QStringLiteral("the Modify Security Method dialog"), {}, [](Fixture &) -> std::unique_ptr<QWidget> {
        SecurityMethod custom = SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1);
        custom.protocol = IpsecProtocol::AhAndEsp;
        custom.ahIntegrity = Integrity::Sha1;
        custom.lifetimeKilobytes = 50000;
        custom.lifetimeSeconds = 900;
        return std::make_unique<SecurityMethodDialog>(custom);
    });
    tabs(QStringLiteral("the authentication method dialog"), {}, [](Fixture &) -> std::unique_ptr<QWidget> {
        return std::make_unique<AuthMethodDialog>(AuthMethod::certificate(QStringLiteral("CN=Root")));
    });
    tabs(QStringLiteral("the IKE method dialog"), {}, [](Fixture &) -> std::unique_ptr<QWidget> {
        return std::make_unique<IkeMethodDialog>(IkeMethod{});
    });
    tabs(QStringLiteral("the Key Exchange Settings dialog"), {}, [](Fixture &f) -> std::unique_ptr<QWidget> {
        return std::make_unique<KeyExchangeDialog>(f.data().policies.front().ike);
    });
    tabs(QStringLiteral("the Custom Security Method Settings dialog"), {},
         [](Fixture &) -> std::unique_ptr<QWidget> {
             auto d = std::make_unique<CustomSecurityMethodDialog>();
             d->ahBox()->setChecked(true);
             d->kilobytesBox()->setChecked(true);
             d->secondsBox()->setChecked(true);
             return d;
         });
    tabs(QStringLiteral("the IP Filter Properties dialog"),
         {QStringLiteral("Addresses"), QStringLiteral("Protocol"), QStringLiteral("Description")},
         [](Fixture &f) -> std::unique_ptr<QWidget> {
             return std::make_unique<FilterPropertiesDialog>(f.data().filterLists.front().filters.front());
         });
    tabs(QStringLiteral("the IP Filter List dialog"), {}, [](Fixture &f) -> std::unique_ptr<QWidget> {
        auto d = std::make_unique<FilterListDialog>(f.data());
        d->addFilter(f.data().filterLists.front().filters.front());
        return d;
    });
    tabs(QStringLiteral("the New Filter Action Properties dialog"),
         {QStringLiteral("Security Methods"), QStringLiteral("General")},
         [](Fixture &f) -> std::unique_ptr<QWidget> {
             return std::make_unique<FilterActionPropertiesDialog>(f.data());
         });
    // Wizards, page by page.
    const auto policyWizard = [](Fixture &f) { return std::make_unique<IpSecurityPolicyWizard>(f.data()); };
    const auto activate = [](IpSecurityPolicyWizard &w) {
        w.setField(QStringLiteral("activateDefaultResponse"), true);
    };
    for (const auto &[page, name] :
         {std::pair{IpSecurityPolicyWizard::WelcomePage, "Welcome"},
          {IpSecurityPolicyWizard::NamePage, "Name"},
          {IpSecurityPolicyWizard::SecureCommunicationPage, "Requests for Secure "
                                                            "Communication"},
          {IpSecurityPolicyWizard::DefaultResponseAuthPage, "Authentication Method"},
          {IpSecurityPolicyWizard::CompletionPage, "Completion"}})
        all.append({QStringLiteral("the IP Security Policy wizard, %1 page").arg(QLatin1String(name)),
                    wizardAt<IpSecurityPolicyWizard>(page, policyWizard, activate)});
    const auto ruleWizard = [](Fixture &f) {
        return std::make_unique<SecurityRuleWizard>(f.data(), f.data().policies.front().id);
    };
    const auto chooseFirst = [](SecurityRuleWizard &w) {
        if (w.currentId() == SecurityRuleWizard::FilterListPage)
            w.setField(QStringLiteral("filterListRow"), 0);
        if (w.currentId() == SecurityRuleWizard::FilterActionPage)
            w.setField(QStringLiteral("filterActionRow"), 0);
    };
    for (const auto &[page, name] : {std::pair{SecurityRuleWizard::WelcomePage, "Welcome"},
                                     {SecurityRuleWizard::TunnelPage, "Tunnel Endpoint"},
                                     {SecurityRuleWizard::NetworkTypePage, "Network Type"},
                                     {SecurityRuleWizard::FilterListPage, "IP Filter List"},
                                     {SecurityRuleWizard::FilterActionPage, "Filter Action"},
                                     {SecurityRuleWizard::AuthenticationPage, "Authentication Method"},
                                     {SecurityRuleWizard::CompletionPage, "Completion"}})
        all.append({QStringLiteral("the Security Rule wizard, %1 page").arg(QLatin1String(name)),
                    wizardAt<SecurityRuleWizard>(page, ruleWizard, chooseFirst)});
    const auto filterWizard = [](Fixture &) { return std::make_unique<IpFilterWizard>(); };
    const auto tcp = [](IpFilterWizard &w) {
        w.setField(QStringLiteral("protocolIndex"),
                   w.findChild<ProtocolPicker *>()->combo()->findText(QStringLiteral("TCP")));
        w.setField(QStringLiteral("sourceKind"), AddressPicker::AddressRange);
    };
    for (const auto &[page, name] : {std::pair{IpFilterWizard::WelcomePage, "Welcome"},
                                     {IpFilterWizard::DescriptionPage, "Description"},
                                     {IpFilterWizard::SourcePage, "IP Traffic Source"},
                                     {IpFilterWizard::DestinationPage, "IP Traffic Destination"},
                                     {IpFilterWizard::ProtocolPage, "IP Protocol Type"},
                                     {IpFilterWizard::PortPage, "IP Protocol Port"},
                                     {IpFilterWizard::CompletionPage, "Completion"}})
        all.append({QStringLiteral("the IP Filter wizard, %1 page").arg(QLatin1String(name)),
                    wizardAt<IpFilterWizard>(page, filterWizard, tcp)});
    const auto actionWizard = [](Fixture &f) { return std::make_unique<FilterActionWizard>(f.data()); };
    for (const auto &[page, name] :
         {std::pair{FilterActionWizard::WelcomePage, "Welcome"},
          {FilterActionWizard::NamePage, "Name"},
          {FilterActionWizard::GeneralOptionsPage, "General Options"},
          {FilterActionWizard::UnsecuredCommunicationPage, "Unsecured Communication"},
          {FilterActionWizard::TrafficSecurityPage, "IP Traffic Security"},
          {FilterActionWizard::CompletionPage, "Completion"}})
        all.append({QStringLiteral("the Filter Action wizard, %1 page").arg(QLatin1String(name)),
                    wizardAt<FilterActionWizard>(page, actionWizard)});
    return all;
}

// Shows a scope as the user sees it: a window of its own, active, on the chosen tab.
std::unique_ptr<QWidget> show(const Scope &scope, Fixture &f)
{
    std::unique_ptr<QWidget> window = scope.open(f);
    if (!window)
        return nullptr;
    window->resize(900, 700);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    if (scope.tab >= 0)
        if (auto *tabs = window->findChild<QTabWidget *>())
            tabs->setCurrentIndex(scope.tab);
    return window;
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void everyPageIsUsableByKeyboard_data();
    void everyPageIsUsableByKeyboard();
    void editorAcceleratorsLeaveTheMenuBarItsLetters_data();
    void editorAcceleratorsLeaveTheMenuBarItsLetters();
    void altDownAndAltUpMoveASecurityMethodInTheFilterActionEditor();
    void deleteInAListRemovesItsEntryAndNotWhatTheWindowShortcutWould();
    void enterOnAListEntryOpensItForEditing();
    void deleteRemovesTheSelectedFilterInTheFilterListDialog();
    void aProblemsPanelJumpStillFindsTheFilterFields_data();
    void aProblemsPanelJumpStillFindsTheFilterFields();
};

void TestKeyboard::everyPageIsUsableByKeyboard_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("check");
    const QList<Scope> all = scopes();
    for (int s = 0; s < all.size(); ++s)
        for (Check c : {Labels, Buttons, Unique, Tabbing})
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(all[s].name, checkSentence(c))))
                << s << int(c);
}

void TestKeyboard::everyPageIsUsableByKeyboard()
{
    QFETCH(int, scope);
    QFETCH(int, check);
    Fixture f;
    const Scope s = scopes().at(scope);
    const std::unique_ptr<QWidget> window = show(s, f);
    QVERIFY2(window, "the page could not be shown");
    QStringList wrong;
    switch (Check(check)) {
    case Labels:
        wrong = unlabelledInputs(window.get());
        break;
    case Buttons:
        wrong = buttonsWithoutAccelerator(window.get());
        break;
    case Unique:
        wrong = clashingAccelerators(window.get());
        break;
    case Tabbing:
        wrong = tabbingProblems(window.get());
        break;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestKeyboard::editorAcceleratorsLeaveTheMenuBarItsLetters_data()
{
    // The editors live in the main window, beside its menu bar: Alt+E there would be ambiguous, and Qt then
    // alternates between the menu and the field on each press. Dialogs and wizards are windows of their own.
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("language");
    const QList<Scope> all = scopes();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")})
        for (int s = 0; s < all.size(); ++s)
            if (all[s].name.contains(QStringLiteral(" editor")))
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 (%2) leaves Alt with the menus").arg(all[s].name, language)))
                    << s << language;
}

void TestKeyboard::editorAcceleratorsLeaveTheMenuBarItsLetters()
{
    QFETCH(int, scope);
    QFETCH(QString, language);
    installTranslations(*QCoreApplication::instance(), localeForLanguage(language));
    const auto restoreEnglish = qScopeGuard(
        [] { installTranslations(*QCoreApplication::instance(), localeForLanguage(QStringLiteral("en"))); });
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QSet<QString> menuKeys;
    {
        MainWindow window(&settings);
        for (QAction *menu : window.menuBar()->actions())
            if (const QKeySequence key = mnemonicOf(menu->text()); !key.isEmpty())
                menuKeys.insert(key.toString());
    }
    QCOMPARE(menuKeys.size(), 5);
    Fixture f;
    const std::unique_ptr<QWidget> window = show(scopes().at(scope), f);
    QVERIFY2(window, "the page could not be shown");
    const QMultiHash<QString, QString> owners = acceleratorsOnScreen(window.get());
    QStringList wrong;
    for (const QString &key : owners.uniqueKeys())
        if (menuKeys.contains(key))
            wrong << QStringLiteral("%1: %2").arg(key,
                                                  QStringList(owners.values(key)).join(QStringLiteral(", ")));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestKeyboard::altDownAndAltUpMoveASecurityMethodInTheFilterActionEditor()
{
    Fixture f;
    const FilterAction before = f.data().filterActions.front();
    FilterActionEditor editor(f.context());
    editor.setObject(before.id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableView *view = editor.methodsList()->view();
    editor.methodsList()->setCurrentRow(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    const auto &methods = f.data().filterActions.front().securityMethods;
    QCOMPARE(methods.at(0), before.securityMethods.at(1));
    QCOMPARE(methods.at(1), before.securityMethods.at(0));
    QCOMPARE(editor.methodsList()->currentRow(), 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.data().filterActions.front().securityMethods, before.securityMethods);
    QCOMPARE(editor.methodsList()->currentRow(), 0);
    // Plain Down only moves the selection.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(f.data().filterActions.front().securityMethods, before.securityMethods);
    QCOMPARE(editor.methodsList()->currentRow(), 1);
}

void TestKeyboard::deleteInAListRemovesItsEntryAndNotWhatTheWindowShortcutWould()
{
    Fixture f;
    const FilterList list = f.data().filterLists.front();
    QWidget window;
    auto *editor = new FilterListEditor(f.context(), &window);
    editor->setObject(list.id);
    // The main window's Delete deletes the selected object; in a list, Delete is the list's.
    auto *windowDelete = new QAction(&window);
    windowDelete->setShortcut(QKeySequence::Delete);
    window.addAction(windowDelete);
    QSignalSpy windowDeletes(windowDelete, &QAction::triggered);
    window.resize(800, 600);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = editor->filtersView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.data().filterLists.front().filters.size(), list.filters.size() - 1);
    QCOMPARE(f.data().filterLists.front().filters.front().id, list.filters.at(1).id);
    QCOMPARE(windowDeletes.count(), 0);
    // Outside the list, the window's Delete still works.
    editor->findChild<QLineEdit *>(QStringLiteral("name"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(f.data().filterLists.front().filters.size(), list.filters.size() - 1);
}

void TestKeyboard::enterOnAListEntryOpensItForEditing()
{
    Fixture f;
    FilterActionEditor editor(f.context());
    editor.setObject(f.data().filterActions.front().id);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edits(editor.methodsList(), &MethodListWidget::editRequested);
    editor.methodsList()->setCurrentRow(1);
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = dialog->windowTitle();
            dialog->close();
        }
    });
    QTest::keyClick(editor.methodsList()->view(), Qt::Key_Return);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(edits.front().front().toInt(), 1);
    QCOMPARE(opened, QStringLiteral("Modify Security Method"));
}

void TestKeyboard::deleteRemovesTheSelectedFilterInTheFilterListDialog()
{
    Fixture f;
    FilterListDialog dialog(f.data());
    for (const Filter &filter : f.data().filterLists.front().filters)
        dialog.addFilter(filter);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>();
    QVERIFY(tree);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(dialog.filterList().filters.size(), f.data().filterLists.front().filters.size() - 1);
    QCOMPARE(dialog.filterList().filters.front().id, f.data().filterLists.front().filters.at(1).id);
}

void TestKeyboard::aProblemsPanelJumpStillFindsTheFilterFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("a source mask finding focuses the source address, where the mask is typed")
        << "source.mask"
        << "sourceAddress";
    QTest::newRow("a reversed destination range focuses the destination range end") << "destination.rangeEnd"
                                                                                    << "destinationRangeEnd";
    QTest::newRow("an empty source host name focuses the source host name") << "source.dnsName"
                                                                            << "sourceDnsName";
    QTest::newRow("a destination port finding focuses the destination port") << "destinationPort"
                                                                             << "destinationPort";
    QTest::newRow("a protocol finding focuses the protocol drop-down") << "protocol"
                                                                       << "protocol";
}

void TestKeyboard::aProblemsPanelJumpStillFindsTheFilterFields()
{
    QFETCH(QString, field);
    QFETCH(QString, objectName);
    Fixture f;
    const FilterList &l = f.data().filterLists.front();
    FilterEditor editor(f.context());
    editor.setObject(l.filters.front().id, l.id);
    QVERIFY(editor.focusField(field));
    QWidget *w = editor.fieldWidget(field);
    QVERIFY(w);
    QCOMPARE(w->objectName(), objectName);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
