// The navigator tree and its search proxy: structure, incremental updates from every store signal (checked
// by QAbstractItemModelTester throughout), roles and search.
#include "core/policystore.h"
#include "navigatorfilterproxy.h"
#include "navigatormodel.h"
#include "roles.h"
#include "samplestore.h"
#include "validationrunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipsec;

class TestNavigatorModel : public QObject {
    Q_OBJECT
private:
    static QUuid idOf(const QModelIndex &i) { return i.data(ObjectIdRole).toUuid(); }
    // Touches every row so the model has seen (and counts) every parent, as an expanded view would.
    static void expandAll(QAbstractItemModel &m, const QModelIndex &parent = {})
    {
        for (int r = 0; r < m.rowCount(parent); ++r)
            expandAll(m, m.index(r, 0, parent));
    }

private slots:
    void theTreeShowsGroupsObjectsAndChildren()
    {
        PolicyStore store(test::sampleStore());
        NavigatorModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex policies = model.groupIndex(NavigatorModel::PoliciesGroup);
        const QModelIndex lists = model.groupIndex(NavigatorModel::FilterListsGroup);
        const QModelIndex actions = model.groupIndex(NavigatorModel::FilterActionsGroup);
        QCOMPARE(model.rowCount(policies), 2);
        QCOMPARE(model.rowCount(lists), 2);
        QCOMPARE(model.rowCount(actions), 2);
        const QModelIndex branch = model.index(0, 0, policies);
        QCOMPARE(branch.data().toString(), QStringLiteral("Branch"));
        QCOMPARE(model.rowCount(branch), 3); // two rules and the default response rule
        QCOMPARE(model.index(2, 0, branch).data(ObjectKindRole).toInt(),
                 static_cast<int>(ObjectKind::DefaultResponseRule));
        QCOMPARE(model.index(0, 0, branch).data(ParentIdRole).toUuid(), store.data().policies[0].id);
        const QModelIndex web = model.index(0, 0, lists);
        QCOMPARE(model.rowCount(web), 3);
        QCOMPARE(model.index(0, NavigatorModel::DetailsColumn, lists).data().toString(),
                 QStringLiteral("3 filters"));
        QCOMPARE(model.index(0, NavigatorModel::DetailsColumn, policies).data().toString(),
                 QStringLiteral("2 rules · assigned"));
        QCOMPARE(model.rowCount(model.index(0, 0, actions)), 0);
        QCOMPARE(model.parent(model.index(1, 0, web)), web);
    }

    void indexOfFindsEveryKind()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        NavigatorModel model(&store);
        QCOMPARE(idOf(model.indexOf(ObjectKind::Filter, data.filterLists[0].filters[2].id)),
                 data.filterLists[0].filters[2].id);
        QCOMPARE(idOf(model.indexOf(ObjectKind::Rule, data.policies[1].rules[0].id)),
                 data.policies[1].rules[0].id);
        QCOMPARE(idOf(model.indexOf(ObjectKind::DefaultResponseRule, data.policies[0].defaultResponse.id)),
                 data.policies[0].defaultResponse.id);
        QCOMPARE(idOf(model.indexOf(ObjectKind::FilterAction, data.filterActions[1].id)),
                 data.filterActions[1].id);
        QVERIFY(!model.indexOf(ObjectKind::Filter, newId()).isValid());
    }

    void everyStoreEditUpdatesTheTreeIncrementally()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        NavigatorModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        expandAll(model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const QUuid web = data.filterLists[0].id;
        QVERIFY(store.addFilter(web, test::makeFilter(QStringLiteral("new"), "10.9.9.9"), 1));
        QCOMPARE(inserted.size(), 1);
        const QModelIndex webIndex = model.indexOf(ObjectKind::FilterList, web);
        QCOMPARE(model.rowCount(webIndex), 4);
        QCOMPARE(model.index(1, NavigatorModel::DetailsColumn, webIndex).data().toString(),
                 QStringLiteral("new"));

        QVERIFY(store.removeFilter(web, data.filterLists[0].filters[0].id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(webIndex), 3);

        FilterList renamed = *store.filterList(web);
        renamed.name = QStringLiteral("Web farm");
        renamed.filters.pop_back(); // a whole-list update that drops a filter
        QVERIFY(store.updateFilterList(renamed));
        QCOMPARE(model.rowCount(webIndex), 2);
        QCOMPARE(webIndex.data().toString(), QStringLiteral("Web farm"));

        Policy p;
        p.name = QStringLiteral("New policy");
        QVERIFY(store.addPolicy(p, 0));
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::PoliciesGroup)), 3);
        QCOMPARE(model.index(0, 0, model.groupIndex(NavigatorModel::PoliciesGroup)).data().toString(),
                 QStringLiteral("New policy"));
        // Children of the policy that moved down are still found under it.
        const QModelIndex branch = model.indexOf(ObjectKind::Policy, data.policies[0].id);
        QCOMPARE(branch.row(), 1);
        QCOMPARE(model.rowCount(branch), 3);

        // Cascade: deleting the shared list deletes the rules of both policies that use it.
        QVERIFY(store.removeFilterList(web, Removal::Cascade));
        QCOMPARE(model.rowCount(model.indexOf(ObjectKind::Policy, data.policies[0].id)), 2);
        QCOMPARE(model.rowCount(model.indexOf(ObjectKind::Policy, data.policies[1].id)), 1);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::FilterListsGroup)), 1);

        QVERIFY(store.setAssignedPolicy(data.policies[1].id));
        QVERIFY(model.indexOf(ObjectKind::Policy, data.policies[1].id)
                    .siblingAtColumn(NavigatorModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("assigned")));
        QCOMPARE(resets.size(), 0);

        store.reset(test::sampleStore());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(model.groupIndex(NavigatorModel::PoliciesGroup)), 2);
    }

    void persistentIndexesFollowTheirObjects()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        NavigatorModel model(&store);
        const QModelIndex lab = model.indexOf(ObjectKind::Policy, data.policies[1].id);
        const QPersistentModelIndex labRule = model.index(0, 0, lab);
        QVERIFY(store.removePolicy(data.policies[0].id));
        QVERIFY(labRule.isValid());
        QCOMPARE(labRule.data(ObjectIdRole).toUuid(), data.policies[1].rules[0].id);
        QCOMPARE(labRule.parent().row(), 0);
    }

    void validationStateTravelsThroughTheRoles()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        const QUuid filterId = data.filterLists[0].filters[1].id;
        ValidationRunner runner(&store, [&](const StoreData &) {
            Finding f;
            f.code = QStringLiteral("IPS-010");
            f.severity = Severity::Warning;
            f.message = QStringLiteral("port 8080 is odd");
            f.location.kind = ObjectKind::Filter;
            f.location.objectId = filterId;
            f.location.parentId = data.filterLists[0].id;
            return Findings{f};
        });
        NavigatorModel model(&store);
        model.setValidationRunner(&runner);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        runner.runNow();
        QVERIFY(!changed.isEmpty());
        const QModelIndex filter = model.indexOf(ObjectKind::Filter, filterId);
        QCOMPARE(filter.data(ValidationSeverityRole).toInt(), static_cast<int>(Severity::Warning));
        QVERIFY(filter.data(ValidationMessageRole).toString().contains(QStringLiteral("IPS-010")));
        // The list shows the worst severity of its filters.
        QCOMPARE(model.indexOf(ObjectKind::FilterList, data.filterLists[0].id)
                     .data(ValidationSeverityRole)
                     .toInt(),
                 static_cast<int>(Severity::Warning));
        QCOMPARE(model.indexOf(ObjectKind::FilterList, data.filterLists[1].id)
                     .data(ValidationSeverityRole)
                     .toInt(),
                 NoSeverity);
    }

    void theSearchFindsByNameAddressPortAndProtocol_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expectedLeaves");
        QTest::newRow("a port finds the filter with that port") << "8080" << QStringList{"intranet"};
        QTest::newRow("an address finds the filter") << "10.0.0.53" << QStringList{"dns"};
        QTest::newRow("a protocol name finds every filter of it")
            << "icmp" << QStringList{"icmp", "All ICMP", "ping"};
        QTest::newRow("two words must both match") << "tcp 443" << QStringList{"www"};
        QTest::newRow("a policy name finds the policy") << "lab" << QStringList{"Lab", "lab web"};
        QTest::newRow("nothing matches nothing") << "zzz" << QStringList{};
    }

    void theSearchFindsByNameAddressPortAndProtocol()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expectedLeaves);
        PolicyStore store(test::sampleStore());
        NavigatorModel model(&store);
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(search);
        // Matching items: those whose own text matches (their ancestors are shown too).
        QStringList found;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                const QString text = i.data(SearchTextRole).toString();
                const QStringList words = proxy.searchText().split(u' ');
                const bool matches =
                    parent.isValid() && std::all_of(words.begin(), words.end(), [&](const QString &w) {
                        return text.contains(w, Qt::CaseInsensitive);
                    });
                if (matches) {
                    const int kind = i.data(ObjectKindRole).toInt();
                    found.append(kind == static_cast<int>(ObjectKind::Filter)
                                     ? i.siblingAtColumn(NavigatorModel::DetailsColumn).data().toString()
                                     : i.data().toString());
                }
                walk(i);
            }
        };
        walk({});
        QCOMPARE(found, expectedLeaves);
    }

    // The folded search texts the model keeps per filter follow every edit made while a search is active.
    void theSearchFollowsFilterEditsWhileSearching()
    {
        PolicyStore store(test::sampleStore());
        NavigatorModel model(&store);
        NavigatorFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(QStringLiteral("tcp"));
        expandAll(proxy);
        const QUuid listId = store.data().filterLists.front().id;
        auto filtersFound = [&](const QString &search) {
            proxy.setSearchText(search);
            const QModelIndex list = proxy.mapFromSource(model.indexOf(ObjectKind::FilterList, listId));
            QStringList found;
            for (int r = 0; r < proxy.rowCount(list); ++r)
                found.append(proxy.index(r, NavigatorModel::DetailsColumn, list).data().toString());
            return found;
        };
        // Every cached text is the item's SearchTextRole, folded.
        auto cacheMatchesTheRoles = [&] {
            const QModelIndex list = model.indexOf(ObjectKind::FilterList, listId);
            for (int r = 0; r < model.rowCount(list); ++r)
                if (model.foldedSearchText(r, list) !=
                    model.index(r, 0, list).data(SearchTextRole).toString().toCaseFolded())
                    return false;
            return true;
        };
        QCOMPARE(filtersFound(QStringLiteral("tcp")), (QStringList{"www", "intranet"}));

        Filter changed = store.data().filterLists.front().filters[1];
        changed.destinationPort = PortRange::single(9999);
        QVERIFY(store.updateFilter(listId, changed));
        QVERIFY(cacheMatchesTheRoles());
        QCOMPARE(filtersFound(QStringLiteral("9999")), QStringList{"intranet"});
        QCOMPARE(filtersFound(QStringLiteral("8080")), QStringList{});

        QVERIFY(store.addFilter(listId,
                                test::makeFilter(QStringLiteral("rdp"), "10.0.0.9", protocol::Tcp, 3389), 0));
        QVERIFY(cacheMatchesTheRoles());
        QCOMPARE(filtersFound(QStringLiteral("tcp")), (QStringList{"rdp", "www", "intranet"}));

        QVERIFY(store.removeFilter(listId, store.data().filterLists.front().filters[1].id)); // www
        QVERIFY(cacheMatchesTheRoles());
        QCOMPARE(filtersFound(QStringLiteral("tcp")), (QStringList{"rdp", "intranet"}));

        FilterList renamed = store.data().filterLists.front();
        renamed.filters.pop_back(); // dns, replaced with the whole list
        QVERIFY(store.updateFilterList(renamed));
        QVERIFY(cacheMatchesTheRoles());
        QCOMPARE(filtersFound(QStringLiteral("udp")), QStringList{});
    }
};

QTEST_MAIN(TestNavigatorModel)
#include "tst_navigatormodel.moc"
