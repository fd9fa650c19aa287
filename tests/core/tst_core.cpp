#include "core/enumnames.h"
#include "core/policystore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ipsec;

class TestCore : public QObject {
    Q_OBJECT
private slots:
    void addressesRoundTripThroughText_data();
    void addressesRoundTripThroughText();
    void deletingAUsedFilterListIsRefusedWithItsUsers();
};

void TestCore::addressesRoundTripThroughText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("the keyword any") << "any";
    QTest::newRow("a /24 subnet") << "10.0.1.0/24";
    QTest::newRow("a non-contiguous mask stays dotted") << "10.0.1.0/255.0.255.0";
    QTest::newRow("an IPv6 prefix") << "fe80::/64";
    QTest::newRow("a range") << "10.0.0.1-10.0.0.9";
    QTest::newRow("a DNS name") << "name:host.example.com";
    QTest::newRow("the DNS servers keyword") << "dns-servers";
}

void TestCore::addressesRoundTripThroughText()
{
    QFETCH(QString, text);
    const auto a = parseAddress(text);
    QVERIFY(a);
    QCOMPARE(formatAddress(*a), text);
}

void TestCore::deletingAUsedFilterListIsRefusedWithItsUsers()
{
    PolicyStore store;
    FilterList list{newId(), QStringLiteral("L"), {}, {}};
    FilterAction action;
    action.id = newId();
    action.name = QStringLiteral("A");
    QVERIFY(store.addFilterList(list));
    QVERIFY(store.addFilterAction(action));
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("P");
    QVERIFY(store.addPolicy(p));
    Rule r;
    r.name = QStringLiteral("R");
    r.filterList = list.id;
    r.filterAction = action.id;
    QVERIFY(store.addRule(p.id, r));
    const EditResult refused = store.removeFilterList(list.id);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.users.size(), 1);
    QVERIFY(store.filterList(list.id));
    QVERIFY(store.removeFilterList(list.id, Removal::Cascade));
    QVERIFY(!store.filterList(list.id));
    QVERIFY(store.policy(p.id)->rules.isEmpty());
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
