#include "analysis/storediff.h"
#include "storebuilder.h"
#include "templates/templates.h"

#include <QTest>
#include <functional>

using namespace ipsec;
using namespace ipsec::analysis;

using Edit = std::function<void(StoreData &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(ipsec::analysis::ChangeKind)
Q_DECLARE_METATYPE(ipsec::ObjectKind)

class TestStoreDiff : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aStoreEqualsItself();
    void editsShowAsFieldLevelChanges_data();
    void editsShowAsFieldLevelChanges();
    void regeneratedGuidsAreMatchedByName();
    void aChangedPresharedKeyIsReportedButNeverShown();
    void removingAPolicyListsItOnce();

private:
    StoreData m_reference;
};

void TestStoreDiff::initTestCase()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    m_reference = *store;
}

void TestStoreDiff::aStoreEqualsItself()
{
    const StoreDiff diff = diffStores(m_reference, m_reference);
    QVERIFY(diff.isEmpty());
    QCOMPARE(renderDiff(diff), QStringLiteral("no differences"));
}

void TestStoreDiff::editsShowAsFieldLevelChanges_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<ChangeKind>("change");
    QTest::addColumn<ObjectKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("changes");

    QTest::newRow("renaming a filter action changes its name")
        << Edit([](StoreData &d) { d.filterActions[0].name = QStringLiteral("strongEncryption"); })
        << ChangeKind::Changed << ObjectKind::FilterAction << "name"
        << "myEncryption"
        << "strongEncryption"
        << "~ Filter action 'strongEncryption'" << 1;
    QTest::newRow("allowing fallback to clear text is one flag")
        << Edit([](StoreData &d) { d.filterActions[0].allowFallback = true; }) << ChangeKind::Changed
        << ObjectKind::FilterAction << "allowFallback"
        << "no"
        << "yes"
        << "    allowFallback: no → yes" << 1;
    QTest::newRow("a second security method appears as a new list entry")
        << Edit([](StoreData &d) {
               d.filterActions[0].securityMethods.append(
                   SecurityMethod::esp(Encryption::Des, Integrity::Md5));
           })
        << ChangeKind::Changed << ObjectKind::FilterAction << "securityMethods[2]"
        << ""
        << "ESP[DES,MD5]"
        << "    securityMethods[2]: (none) → ESP[DES,MD5]" << 1;
    QTest::newRow("a filter's new port is a change of that filter")
        << Edit([](StoreData &d) { d.filterLists[0].filters[1].destinationPort = PortRange::single(8443); })
        << ChangeKind::Changed << ObjectKind::Filter << "destinationPort"
        << "8080"
        << "8443"
        << "~ Filter list 'azure-onpremises-HTTP8080' / Filter 2 10.2.27.0/25 10.0.1.0/24" << 1;
    QTest::newRow("a filter added to a list is an added filter")
        << Edit([](StoreData &d) {
               d.filterLists[0].filters.push_back(test::filter("me", "any", protocol::Icmp));
           })
        << ChangeKind::Added << ObjectKind::Filter << ""
        << ""
        << ""
        << "+ Filter list 'azure-onpremises-HTTP8080' / Filter 3 me any" << 1;
    QTest::newRow("a rule pointing at another filter action shows both names")
        << Edit([](StoreData &d) {
               FilterAction permit = test::action(QStringLiteral("Permit"), ActionKind::Permit);
               d.filterActions.push_back(permit);
               d.policies[0].rules[0].filterAction = permit.id;
           })
        << ChangeKind::Changed << ObjectKind::Rule << "filterAction"
        << "myEncryption"
        << "Permit"
        << "    filterAction: myEncryption → Permit" << 2;
    QTest::newRow("a shorter main mode lifetime is a policy change")
        << Edit([](StoreData &d) { d.policies[0].ike.lifetimeMinutes = 10; }) << ChangeKind::Changed
        << ObjectKind::Policy << "ike.lifetimeMinutes"
        << "480"
        << "10"
        << "    ike.lifetimeMinutes: 480 → 10" << 1;
    QTest::newRow("the store's domain is a store change")
        << Edit([](StoreData &d) { d.info.domain = QStringLiteral("example.org"); }) << ChangeKind::Changed
        << ObjectKind::Store << "domain"
        << "ipsectest.com"
        << "example.org"
        << "~ Store" << 1;
}

void TestStoreDiff::editsShowAsFieldLevelChanges()
{
    QFETCH(Edit, edit);
    QFETCH(ChangeKind, change);
    QFETCH(ObjectKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, line);
    QFETCH(int, changes);
    StoreData edited = m_reference;
    edit(edited);
    const StoreDiff diff = diffStores(m_reference, edited);
    QCOMPARE(diff.changes.size(), changes); // a new filter action is itself an addition
    const ObjectChange &c = diff.changes.back();
    QCOMPARE(c.change, change);
    QCOMPARE(c.kind, kind);
    QVERIFY(!c.matchedByName);
    if (!field.isEmpty()) {
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields[0], (FieldChange{field, before, after}));
    }
    const QString text = renderDiff(diff);
    QVERIFY2(text.split(u'\n').contains(line), qPrintable(text));
    // The reverse diff says the opposite.
    const StoreDiff back = diffStores(edited, m_reference);
    QCOMPARE(back.changes.size(), changes);
    if (change == ChangeKind::Added)
        QCOMPARE(back.changes.back().change, ChangeKind::Removed);
    else
        QCOMPARE(back.changes.back().fields[0], (FieldChange{field, after, before}));
}

void TestStoreDiff::regeneratedGuidsAreMatchedByName()
{
    StoreData copy = m_reference;
    const QUuid list = newId();
    const QUuid action = newId();
    copy.filterLists[0].id = list;
    copy.filterActions[0].id = action;
    for (Filter &f : copy.filterLists[0].filters)
        f.id = newId();
    copy.policies[0].id = newId();
    copy.policies[0].rules[0].id = newId();
    copy.policies[0].rules[0].filterList = list;
    copy.policies[0].rules[0].filterAction = action;
    const StoreDiff diff = diffStores(m_reference, copy);
    QCOMPARE(diff.count(ChangeKind::Added), 0);
    QCOMPARE(diff.count(ChangeKind::Removed), 0);
    for (const ObjectChange &c : diff.changes) {
        QVERIFY(c.matchedByName);
        QVERIFY2(c.fields.isEmpty(),
                 qPrintable(renderDiff(diff))); // the rule still names the same list and action
    }
    QCOMPARE(diff.changes.size(), 6); // list, two filters, action, policy, rule
    QVERIFY(renderDiff(diff).contains(QStringLiteral("matched by its traffic")));
}

void TestStoreDiff::aChangedPresharedKeyIsReportedButNeverShown()
{
    StoreData before = m_reference;
    before.policies[0].rules[0].authMethods = {AuthMethod::presharedKey(QStringLiteral("old-secret"))};
    StoreData after = before;
    after.policies[0].rules[0].authMethods = {AuthMethod::presharedKey(QStringLiteral("new-secret"))};
    const StoreDiff diff = diffStores(before, after);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].fields.size(), 1);
    QCOMPARE(diff.changes[0].fields[0].field, QStringLiteral("authMethods[1]"));
    const QString text = renderDiff(diff);
    QVERIFY(!text.contains(QStringLiteral("secret")) || text.contains(QStringLiteral("(secret)")));
    QVERIFY(!text.contains(QStringLiteral("old-secret")));
    QVERIFY(!text.contains(QStringLiteral("new-secret")));
}

void TestStoreDiff::removingAPolicyListsItOnce()
{
    StoreData after = m_reference;
    after.policies.clear();
    const StoreDiff diff = diffStores(m_reference, after);
    QCOMPARE(diff.changes.size(), 1); // its rule goes with it, unlisted
    QCOMPARE(diff.changes[0].change, ChangeKind::Removed);
    QCOMPARE(diff.changes[0].kind, ObjectKind::Policy);
    QVERIFY(renderDiff(diff).endsWith(QStringLiteral("0 added, 1 removed, 0 changed")));
}

QTEST_GUILESS_MAIN(TestStoreDiff)
#include "tst_storediff.moc"
