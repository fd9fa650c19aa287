// The navigator over a generated 100,000-filter store (docs/performance.md): opening the store, expanding the
// largest filter list, and the search box. Run by hand: bench_navigator [-iterations N].
#include "core/policystore.h"
#include "navigatorfilterproxy.h"
#include "navigatormodel.h"
#include "templates/templates.h"

#include <QTest>

using namespace ipsec;

namespace {

constexpr int kFilterCount = 100000;

const FilterList &largestList(const StoreData &d)
{
    return *std::max_element(
        d.filterLists.cbegin(), d.filterLists.cend(),
        [](const FilterList &a, const FilterList &b) { return a.filters.size() < b.filters.size(); });
}

int filterCount(const StoreData &d)
{
    int n = 0;
    for (const FilterList &l : d.filterLists)
        n += int(l.filters.size());
    return n;
}

} // namespace

class BenchNavigator : public QObject {
    Q_OBJECT
private:
    StoreData m_data;

private slots:
    void initTestCase()
    {
        m_data = generateStore(kFilterCount);
        QCOMPARE(filterCount(m_data), kFilterCount);
    }

    void openingTheStoreInTheNavigator()
    {
        PolicyStore store;
        NavigatorModel model(&store);
        QBENCHMARK
        {
            store.reset(m_data);
            QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::FilterListsGroup)),
                     int(m_data.filterLists.size()));
        }
    }

    void expandingTheLargestFilterList()
    {
        PolicyStore store(m_data);
        NavigatorModel model(&store);
        const FilterList &list = largestList(m_data);
        QBENCHMARK
        {
            const QModelIndex listIndex = model.indexOf(ObjectKind::FilterList, list.id);
            const int rows = model.rowCount(listIndex);
            QCOMPARE(rows, int(list.filters.size()));
            // What a view asks for the rows on screen.
            for (int row = 0; row < std::min(rows, 60); ++row)
                QVERIFY(!model.index(row, NavigatorModel::NameColumn, listIndex).data().toString().isEmpty());
        }
    }

    void searchingTheNavigator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a port and a protocol") << QStringLiteral("tcp 8080");
        QTest::newRow("an address prefix") << QStringLiteral("10.2.");
        QTest::newRow("a word that matches nothing") << QStringLiteral("no-such-object-anywhere");
    }
    void searchingTheNavigator()
    {
        QFETCH(QString, text);
        PolicyStore store(m_data);
        NavigatorModel model(&store);
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        int kept = 0;
        QBENCHMARK
        {
            proxy.setSearchText(QString());
            proxy.setSearchText(text);
            kept = proxy.rowCount(proxy.mapFromSource(model.groupIndex(NavigatorModel::FilterListsGroup)));
        }
        QVERIFY(kept <= int(m_data.filterLists.size()));
        if (text.startsWith(u'n'))
            QCOMPARE(kept, 0);
    }
};

QTEST_GUILESS_MAIN(BenchNavigator)
#include "bench_navigator.moc"
