// The designer window over a 100,000-filter document (docs/performance.md, "Designer window"): opening it,
// selecting the largest filter list, a filter in it, a policy (diagram + script preview), and searching.
// Offscreen, run by hand: QT_QPA_PLATFORM=offscreen bench_window [-iterations N] [function[:row]].
//
// Each benchmark runs on two documents of 100,000 filters: the generated store as it is (lists of 50-200
// filters, up to 13 rules per policy) and the same filters in one list used by one rule, but for the last
// list's (the worst case for the filter table, the diagram, the preview and a search inside one parent).
#include "core/policystore.h"
#include "diagram/policydiagramview.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "navigatorfilterproxy.h"
#include "navigatormodel.h"
#include "scriptpreview.h"
#include "settings.h"
#include "templates/templates.h"
#include "validationrunner.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace ipsec;

namespace {

constexpr int kFilterCount = 100000;

// generateStore's filters gathered into its first list, used by one rule of the assigned policy, but for
// the last list's, which a second, small policy keeps (so that there is another policy to switch to).
StoreData oneListStore(StoreData spread)
{
    FilterList all = std::move(spread.filterLists.front());
    for (std::size_t i = 1; i + 1 < spread.filterLists.size(); ++i)
        for (Filter &f : spread.filterLists[i].filters)
            all.filters.push_back(std::move(f));
    all.name = QStringLiteral("Most generated filters");
    FilterList last = std::move(spread.filterLists.back());
    Policy big = std::move(spread.policies.front());
    Rule rule = big.rules.front();
    rule.filterList = all.id;
    big.rules = {rule};
    big.assigned = true;
    Policy small = std::move(spread.policies.back());
    rule = small.rules.front();
    rule.id = newId();
    rule.filterList = last.id;
    small.rules = {rule};
    small.assigned = false;
    spread.filterLists = {std::move(all), std::move(last)};
    spread.policies = {std::move(big), std::move(small)};
    return spread;
}

const FilterList &largestList(const StoreData &d)
{
    return *std::max_element(
        d.filterLists.cbegin(), d.filterLists.cend(),
        [](const FilterList &a, const FilterList &b) { return a.filters.size() < b.filters.size(); });
}

std::size_t filtersOf(const StoreData &d, const Policy &p)
{
    std::size_t n = 0;
    for (const Rule &r : p.rules)
        if (const FilterList *l = d.filterList(r.filterList))
            n += l->filters.size();
    return n;
}

// The policies whose rules cover the most and the fewest filters: the biggest and smallest diagram and
// script.
const Policy &largestPolicy(const StoreData &d)
{
    return *std::max_element(d.policies.cbegin(), d.policies.cend(), [&d](const Policy &a, const Policy &b) {
        return filtersOf(d, a) < filtersOf(d, b);
    });
}
const Policy &smallestPolicy(const StoreData &d)
{
    return *std::min_element(d.policies.cbegin(), d.policies.cend(), [&d](const Policy &a, const Policy &b) {
        return filtersOf(d, a) < filtersOf(d, b);
    });
}

// Rows the navigator shows below the root: groups, lists, policies, actions, and children of expanded items.
int visibleRows(const QTreeView &view)
{
    int rows = 0;
    for (QModelIndex i = view.model()->index(0, 0); i.isValid(); i = view.indexBelow(i))
        ++rows;
    return rows;
}

} // namespace

class BenchWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    StoreData m_stores[2];
    QString m_paths[2];

    void addStoreColumn()
    {
        QTest::addColumn<int>("store");
        QTest::newRow("lists of 50-200 filters") << 0;
        QTest::newRow("one list of 99,900 filters") << 1;
    }

    // The window after a user's action has been handled: background validation finished, the diagram's
    // coalesced rebuild done, the preview's pending refresh done, and the window painted once.
    void settle()
    {
        QCoreApplication::processEvents();
        while (m_window->validation()->isPending())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        QCoreApplication::processEvents();
        QVERIFY(!m_window->grab().isNull());
    }

    void open(int store)
    {
        QVERIFY(m_window->openFile(m_paths[store]));
        m_window->scriptPreview()->refreshNow(); // what the preview's debounce does 150 ms later
        settle();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_stores[0] = generateStore(kFilterCount);
        m_stores[1] = oneListStore(m_stores[0]);
        QCOMPARE(m_stores[0].filterCount(), std::size_t(kFilterCount));
        QCOMPARE(m_stores[1].filterCount(), std::size_t(kFilterCount));
        for (int i = 0; i < 2; ++i) {
            m_paths[i] = m_dir.filePath(QStringLiteral("store%1.ipsecstore").arg(i));
            QString error;
            QVERIFY2(json::saveFile(m_stores[i], m_paths[i], &error), qPrintable(error));
        }
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(Settings::Key::RecoveryDirectory, m_dir.filePath(QStringLiteral("recovery")));
        m_settings->setValue(Settings::Key::AutosaveSeconds, 0);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setPrompt([](auto, auto, auto, auto) { return QMessageBox::Discard; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void openingTheDocument_data() { addStoreColumn(); }
    void openingTheDocument()
    {
        QFETCH(int, store);
        QBENCHMARK
        {
            open(store);
        }
        QCOMPARE(m_window->store()->data().filterCount(), std::size_t(kFilterCount));
        QVERIFY(!m_window->validation()->isPending());
        QVERIFY(!m_window->scriptPreview()->text().isEmpty());
        QCOMPARE(m_window->diagram()->policyId(), std::get<1>(m_window->selectedObject()));
    }

    void selectingTheLargestFilterList_data() { addStoreColumn(); }
    void selectingTheLargestFilterList()
    {
        QFETCH(int, store);
        open(store);
        const FilterList &list = largestList(m_stores[store]);
        QBENCHMARK
        {
            m_window->showObject(ObjectKind::Store, {}); // from the store page each time
            QVERIFY(m_window->showObject(ObjectKind::FilterList, list.id));
            settle();
        }
        QCOMPARE(std::get<1>(m_window->selectedObject()), list.id);
    }

    void selectingAFilterInTheLargestList_data() { addStoreColumn(); }
    void selectingAFilterInTheLargestList()
    {
        QFETCH(int, store);
        open(store);
        const FilterList &list = largestList(m_stores[store]);
        const Filter &filter = list.filters[list.filters.size() / 2];
        QBENCHMARK
        {
            m_window->showObject(ObjectKind::Store, {});
            QVERIFY(m_window->showObject(ObjectKind::Filter, filter.id, list.id));
            settle();
        }
        QCOMPARE(std::get<1>(m_window->selectedObject()), filter.id);
    }

    // The Script Preview and the Diagram share a tab: whichever is in front is drawn.
    void selectingThePolicyWithTheMostFilters_data()
    {
        QTest::addColumn<int>("store");
        QTest::addColumn<QString>("dock");
        for (int store = 0; store < 2; ++store) {
            const char *name = store == 0 ? "lists of 50-200 filters" : "one list of 99,900 filters";
            QTest::addRow("%s, script preview in front", name) << store << QStringLiteral("previewDock");
            QTest::addRow("%s, diagram in front", name) << store << QStringLiteral("diagramDock");
        }
    }
    void selectingThePolicyWithTheMostFilters()
    {
        QFETCH(int, store);
        QFETCH(QString, dock);
        open(store);
        auto *front = m_window->findChild<QDockWidget *>(dock);
        QVERIFY(front);
        front->raise();
        settle();
        const Policy &policy = largestPolicy(m_stores[store]);
        // The smallest policy first, so that the diagram and the preview really change: two switches per
        // iteration, the second the expensive one.
        const Policy &other = smallestPolicy(m_stores[store]);
        QVERIFY(other.id != policy.id);
        qInfo("from %zu to %zu filters", filtersOf(m_stores[store], other),
              filtersOf(m_stores[store], policy));
        QBENCHMARK
        {
            QVERIFY(m_window->showObject(ObjectKind::Policy, other.id));
            QVERIFY(m_window->showObject(ObjectKind::Policy, policy.id));
            settle();
        }
        QCOMPARE(m_window->diagram()->policyId(), policy.id);
        QCOMPARE(m_window->scriptPreview()->policy(), policy.id);
        // Only the tab in front is drawn; the other catches up when brought forward.
        if (dock == QStringLiteral("previewDock"))
            QVERIFY(!m_window->scriptPreview()->text().isEmpty());
        else
            QVERIFY(!m_window->diagram()->graph().edges.empty());
    }

    // One change of the search words per iteration (a keystroke's worth), alternating between two searches
    // of the same kind so that each iteration filters anew.
    void searching_data()
    {
        QTest::addColumn<int>("store");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("otherText");
        QTest::addColumn<bool>("few");
        for (int store = 0; store < 2; ++store) {
            const char *name = store == 0 ? "lists of 50-200 filters" : "one list of 99,900 filters";
            QTest::addRow("%s, a filter's description (one or a few matches)", name)
                << store << QStringLiteral("Generated filter 31415")
                << QStringLiteral("Generated filter 27182") << true;
            QTest::addRow("%s, tcp or udp (tens of thousands of matches)", name)
                << store << QStringLiteral("tcp") << QStringLiteral("udp") << false;
        }
    }
    void searching()
    {
        QFETCH(int, store);
        QFETCH(QString, text);
        QFETCH(QString, otherText);
        QFETCH(bool, few);
        open(store);
        // The search box's pause (on large documents) is waited for without sleeping: it fires on the next
        // pass of the event loop.
        if (auto *delay = m_window->findChild<QTimer *>(QStringLiteral("searchDelay")))
            delay->setInterval(0);
        QLineEdit *box = m_window->searchBox();
        box->setText(otherText);
        settle();
        QBENCHMARK
        {
            box->setText(box->text() == text ? otherText : text);
            settle();
        }
        QCOMPARE(m_window->navigatorProxy()->searchText(), box->text());
        const int rows = visibleRows(*m_window->navigator());
        qInfo("%d rows shown for '%s'", rows, qPrintable(box->text()));
        QVERIFY(rows > 0);
        if (few)
            QVERIFY(rows < 20);
    }

    // Emptying the search box after a search that matched tens of thousands of filters: the whole tree again.
    void clearingTheSearch_data() { addStoreColumn(); }
    void clearingTheSearch()
    {
        QFETCH(int, store);
        open(store);
        if (auto *delay = m_window->findChild<QTimer *>(QStringLiteral("searchDelay")))
            delay->setInterval(0);
        QLineEdit *box = m_window->searchBox();
        QBENCHMARK
        {
            box->setText(QStringLiteral("tcp"));
            settle();
            box->clear();
            settle();
        }
        QCOMPARE(m_window->navigatorProxy()->rowCount(), 3);
    }
};

QTEST_MAIN(BenchWindow)
#include "bench_window.moc"
