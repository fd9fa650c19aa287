// Peer compatibility (peercheck.h): the reference scenario against itself, and one row per way two
// policies fail to negotiate, with the code it must report.
#include "analysis/peercheck.h"
#include "storebuilder.h"
#include "templates/templates.h"

#include <QFile>
#include <QTest>
#include <functional>

using namespace ipsec;
using namespace ipsec::analysis;
using ipsec::test::filter;

namespace {

using Change = std::function<void(StoreData &a, StoreData &b)>;

FilterAction &actionOf(StoreData &s)
{
    return s.filterActions.front();
}

// One side of an encrypted link to TCP 443 on B: A has me ↔ 10.2.0.0/24 port 443, B has 10.1.0.0/24 ↔ me
// port 443; ESP 3DES/SHA1, Kerberos, 3DES-SHA1-DH2 on both.
StoreData side(bool isB)
{
    test::StoreBuilder b;
    b.addAction(test::action(QStringLiteral("Require"), ActionKind::Negotiate,
                             {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)}));
    b.addRule(QStringLiteral("web"),
              {isB ? filter("10.1.0.0/24", "me", protocol::Tcp, 0, 443)
                   : filter("me", "10.2.0.0/24", protocol::Tcp, 0, 443)},
              b.data.filterActions.front().id);
    b.policy().ike.methods = {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2}};
    b.policy().assigned = true;
    return b.data;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestPeerCheck : public QObject {
    Q_OBJECT
private slots:
    void theReferenceScenarioIsCompatibleWithItself();
    void mismatchesAreReported_data();
    void mismatchesAreReported();
    void addressesTellTheSidesApart();
    void aMissingPolicyIsSaid();
    void docsListEveryPeerCode();
};

void TestPeerCheck::theReferenceScenarioIsCompatibleWithItself()
{
    const StoreData seed = *makeTemplate(QStringLiteral("expressroute-http8080"));
    const PeerReport r = checkPeers(seed, seed);
    QVERIFY2(r.compatible(), qPrintable(describe(r)));
    QVERIFY(r.problems.empty());
    QVERIFY(r.flowsChecked >= 2);
    QVERIFY(describe(r).startsWith(QStringLiteral("compatible")));
}

void TestPeerCheck::mismatchesAreReported_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("compatible");
    QTest::newRow("two mirrored sides with the same settings are compatible")
        << Change([](StoreData &, StoreData &) {}) << QString() << true;
    QTest::newRow("a peer without a matching filter makes the connection fail")
        << Change([](StoreData &, StoreData &s) {
               s.filterLists.front().filters.front().destinationPort = PortRange::single(8443);
           })
        << "IPS-600" << false;
    QTest::newRow("a peer that blocks the flow is reported")
        << Change([](StoreData &, StoreData &s) { actionOf(s).action = ActionKind::Block; }) << "IPS-602"
        << false;
    QTest::newRow("a peer that permits in clear what the other requires is reported")
        << Change([](StoreData &, StoreData &s) { actionOf(s).action = ActionKind::Permit; }) << "IPS-603"
        << false;
    QTest::newRow("no common quick-mode offer is reported") << Change([](StoreData &, StoreData &s) {
        actionOf(s).securityMethods = {SecurityMethod::esp(Encryption::Des, Integrity::Md5)};
    }) << "IPS-604" << false;
    QTest::newRow("lifetimes do not matter for a common offer") << Change([](StoreData &, StoreData &s) {
        actionOf(s).securityMethods = {
            SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 50000, 900)};
    }) << QString() << true;
    QTest::newRow("no common main-mode method is reported") << Change([](StoreData &, StoreData &s) {
        s.policies.front().ike.methods = {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14}};
    }) << "IPS-605" << false;
    QTest::newRow("different preshared keys share no authentication")
        << Change([](StoreData &, StoreData &s) {
               s.policies.front().rules.front().authMethods = {
                   AuthMethod::presharedKey(QStringLiteral("Sup3rS3cret"))};
           })
        << "IPS-606" << false;
    QTest::newRow("a side that accepts clear text from a permitting peer is warned about, still compatible")
        << Change([](StoreData &a, StoreData &b) {
               actionOf(a).acceptUnsecured = true;
               actionOf(b).action = ActionKind::Permit;
           })
        << "IPS-601" << true;
    QTest::newRow("a tie between the peer's rules is reported as undecided")
        << Change([](StoreData &, StoreData &b) {
               const QUuid block =
                   b.filterActions.emplace_back(test::action(QStringLiteral("Block"), ActionKind::Block)).id;
               Rule copy = b.policies.front().rules.front();
               copy.id = newId();
               copy.name = QStringLiteral("web blocked");
               copy.filterAction = block;
               b.policies.front().rules.append(copy);
           })
        << "IPS-608" << true;
    QTest::newRow("session key PFS on one side only is reported")
        << Change([](StoreData &, StoreData &s) { actionOf(s).sessionKeyPfs = true; }) << "IPS-607" << false;
}

void TestPeerCheck::mismatchesAreReported()
{
    QFETCH(Change, change);
    QFETCH(QString, code);
    QFETCH(bool, compatible);
    // A is 10.1.0.0/24's view of 10.2.0.0/24 and B the reverse; both call themselves "me".
    StoreData a = side(false);
    StoreData b = side(true);
    change(a, b);
    PeerOptions options;
    options.addressesA = {*IpAddress::parse(QStringLiteral("10.1.0.5"))};
    options.addressesB = {*IpAddress::parse(QStringLiteral("10.2.0.5"))};
    const PeerReport r = checkPeers(a, b, options);
    QCOMPARE(r.compatible(), compatible);
    QVERIFY(r.flowsChecked > 0);
    if (code.isEmpty()) {
        QVERIFY2(r.problems.empty(), qPrintable(describe(r)));
        return;
    }
    const auto hit = std::find_if(r.problems.begin(), r.problems.end(),
                                  [&](const PeerProblem &p) { return p.finding.code == code; });
    QVERIFY2(hit != r.problems.end(), qPrintable(describe(r)));
    QVERIFY(!hit->flow.isEmpty());
    QCOMPARE(hit->finding.location.kind, ObjectKind::Rule);
    QVERIFY(!hit->finding.message.contains(QStringLiteral("Sup3rS3cret"))); // never the preshared key
}

void TestPeerCheck::addressesTellTheSidesApart()
{
    // Without addresses, A's "me" is unknown to B, whose filter names A's subnet: B's filter cannot match,
    // so A's flow looks uncovered; with the addresses it is covered.
    const StoreData a = side(false);
    const StoreData b = side(true);
    QVERIFY(!checkPeers(a, b).compatible());
    PeerOptions options;
    options.addressesA = {*IpAddress::parse(QStringLiteral("10.1.0.5"))};
    options.addressesB = {*IpAddress::parse(QStringLiteral("10.2.0.5"))};
    QVERIFY(checkPeers(a, b, options).compatible());
}

void TestPeerCheck::aMissingPolicyIsSaid()
{
    const StoreData a = side(false);
    PeerOptions options;
    options.policyB = QStringLiteral("Nope");
    const PeerReport r = checkPeers(a, a, options);
    QVERIFY(!r.compatible());
    QVERIFY(r.error.contains(QStringLiteral("side B")));
    QCOMPARE(r.flowsChecked, 0);
}

void TestPeerCheck::docsListEveryPeerCode()
{
    QFile doc(QStringLiteral(IPSEC_SOURCE_DIR "/docs/findings.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const PeerCodeInfo &c : peerCodes()) {
        const QString row =
            QStringLiteral("| %1 | %2 | %3 |")
                .arg(QLatin1StringView(c.code), severityName(c.severity), QString::fromUtf8(c.meaning));
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("docs/findings.md lacks ") + row));
    }
}

QTEST_APPLESS_MAIN(TestPeerCheck)
#include "tst_peercheck.moc"
