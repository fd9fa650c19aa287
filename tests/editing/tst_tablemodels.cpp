// The table models of the editors: filters of a list, rules of a policy, and the ordered method lists.
#include "core/policystore.h"
#include "filtertablemodel.h"
#include "methodmodels.h"
#include "roles.h"
#include "rulestablemodel.h"
#include "samplestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ipsec;

class TestTableModels : public QObject {
    Q_OBJECT
private slots:
    void theFilterTableFollowsItsList()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        FilterTableModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid web = data.filterLists[0].id;
        model.setFilterList(web);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, FilterTableModel::DestinationColumn).data().toString(),
                 QStringLiteral("10.0.0.2"));
        QCOMPARE(model.index(1, FilterTableModel::DestinationPortColumn).data().toString(),
                 QStringLiteral("8080"));
        QCOMPARE(model.index(1, FilterTableModel::ProtocolColumn).data().toString(), QStringLiteral("TCP"));
        QCOMPARE(model.index(0, FilterTableModel::MirroredColumn).data().toString(), QStringLiteral("Yes"));

        QVERIFY(store.addFilter(web, test::makeFilter(QStringLiteral("x"), "10.1.1.1")));
        QCOMPARE(model.rowCount(), 4);
        // Filters of another list do not touch this table.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(store.addFilter(data.filterLists[1].id, test::makeFilter(QStringLiteral("y"), "10.1.1.2")));
        QCOMPARE(inserted.size(), 0);
        Filter edited = *store.filter(web, data.filterLists[0].filters[0].id);
        edited.description = QStringLiteral("renamed");
        QVERIFY(store.updateFilter(web, edited));
        QCOMPARE(model.index(0, FilterTableModel::DescriptionColumn).data().toString(),
                 QStringLiteral("renamed"));
        QVERIFY(store.removeFilter(web, edited.id));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(store.removeFilterList(web, Removal::Cascade));
        QCOMPARE(model.rowCount(), 0);
    }

    void theRulesTableListsRulesThenTheDefaultResponseRule()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        QUndoStack undo;
        RulesTableModel model(&store, &undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(data.policies[0].id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RulesTableModel::FilterListColumn).data().toString(),
                 QStringLiteral("Web servers"));
        QCOMPARE(model.index(0, RulesTableModel::FilterActionColumn).data().toString(),
                 QStringLiteral("Require Security"));
        QCOMPARE(model.index(0, RulesTableModel::AuthenticationColumn).data().toString(),
                 QStringLiteral("Kerberos V5, Preshared key"));
        QCOMPARE(model.index(2, RulesTableModel::FilterListColumn).data().toString(),
                 QStringLiteral("<Dynamic>"));

        // Unticking a rule deactivates it, undoably.
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!store.data().policies[0].rules[1].active);
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QVERIFY(store.data().policies[0].rules[1].active);
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        // A renamed filter list shows at once.
        FilterList list = data.filterLists[0];
        list.name = QStringLiteral("Web farm");
        QVERIFY(store.updateFilterList(list));
        QCOMPARE(model.index(0, RulesTableModel::FilterListColumn).data().toString(),
                 QStringLiteral("Web farm"));
        QVERIFY(store.removeRule(data.policies[0].id, data.policies[0].rules[0].id));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.removePolicy(data.policies[0].id));
        QCOMPARE(model.rowCount(), 0);
    }

    void moveUpAndDownReorderTheSecurityMethods()
    {
        SecurityMethodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<SecurityMethod> methods{SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                                            SecurityMethod::esp(Encryption::Des, Integrity::Md5),
                                            SecurityMethod::ah(Integrity::Sha1, 50000, 900)};
        model.setItems(methods);
        QSignalSpy edited(&model, &OrderedListModel::listEdited);
        QCOMPARE(model.moveDown(0), 1);
        QCOMPARE(model.items(), (QList<SecurityMethod>{methods[1], methods[0], methods[2]}));
        QCOMPARE(model.moveUp(2), 1);
        QCOMPARE(model.items(), (QList<SecurityMethod>{methods[1], methods[2], methods[0]}));
        QCOMPARE(model.moveUp(0), 0); // the first stays first
        QCOMPARE(edited.size(), 2);
        QCOMPARE(model.index(1, SecurityMethodsModel::TypeColumn).data().toString(),
                 QStringLiteral("Custom"));
        QCOMPARE(model.index(1, SecurityMethodsModel::AhIntegrityColumn).data().toString(),
                 QStringLiteral("SHA1"));
        QCOMPARE(model.index(1, SecurityMethodsModel::LifetimeSecondsColumn).data().toString(),
                 QStringLiteral("900"));
        QCOMPARE(model.index(0, SecurityMethodsModel::LifetimeSecondsColumn).data().toString(),
                 QStringLiteral("default"));
    }

    void draggingRowsMovesThem_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("the last row dragged to the top") << 3 << 1 << 0 << QList<int>{3, 0, 1, 2};
        QTest::newRow("the first row dragged to the end") << 0 << 1 << 4 << QList<int>{1, 2, 3, 0};
        QTest::newRow("two rows dragged down") << 0 << 2 << 3 << QList<int>{2, 0, 1, 3};
        QTest::newRow("two rows dragged up") << 2 << 2 << 0 << QList<int>{2, 3, 0, 1};
    }

    void draggingRowsMovesThem()
    {
        QFETCH(int, from);
        QFETCH(int, count);
        QFETCH(int, to);
        QFETCH(QList<int>, order);
        IkeMethodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<IkeMethod> methods{{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
                                       {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
                                       {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
                                       {Encryption::Des, Integrity::Md5, DhGroup::Group1}};
        model.setItems(methods);
        QVERIFY(model.moveRows({}, from, count, {}, to));
        QList<IkeMethod> expected;
        for (int i : order)
            expected.append(methods[i]);
        QCOMPARE(model.items(), expected);
    }

    void authenticationMethodsNeverShowAKey()
    {
        AuthMethodsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({AuthMethod::presharedKey(QStringLiteral("s3cret")),
                        AuthMethod::certificate(QStringLiteral("CN=Root CA"), true)});
        QVERIFY(!model.index(0, AuthMethodsModel::DetailsColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("s3cret")));
        QCOMPARE(model.index(1, AuthMethodsModel::DetailsColumn).data().toString(),
                 QStringLiteral("CN=Root CA, mapped to account"));
        QSignalSpy edited(&model, &OrderedListModel::listEdited);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 1);
        model.insertItem(-1, AuthMethod::kerberos());
        model.replaceItem(1, AuthMethod::presharedKey(QStringLiteral("k")));
        QCOMPARE(edited.size(), 3);
        QCOMPARE(model.items().last().kind, AuthKind::PresharedKey);
    }
};

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
