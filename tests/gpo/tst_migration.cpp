// The legacy -> WFAS translation: exact mappings round-trip (store -> WFAS -> store -> WFAS gives the same
// WFAS content); every approximate or impossible mapping is in the migration report.
#include "formats/gpo/gpofindings.h"
#include "formats/gpo/legacytowfas.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::gpo;

namespace {

struct Scenario {
    StoreData store;
    FilterList *list() { return &store.filterLists.front(); }
    FilterAction *action() { return &store.filterActions.front(); }
    Policy *policy() { return &store.policies.front(); }
};

Scenario basic()
{
    Scenario s;
    FilterList list{newId(), QStringLiteral("L"), {}, {}};
    Filter f;
    f.id = newId();
    f.source = FilterAddress::subnet(*IpAddress::parse(QStringLiteral("10.0.1.0")), 24);
    f.destination = FilterAddress::host(*IpAddress::parse(QStringLiteral("10.2.27.5")));
    f.protocol = protocol::Tcp;
    f.destinationPort = PortRange::single(443);
    list.filters.push_back(f);
    FilterAction fa;
    fa.id = newId();
    fa.name = QStringLiteral("A");
    fa.securityMethods = {SecurityMethod::esp(Encryption::Aes256, Integrity::Sha1, 50000, 1800)};
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("P");
    p.ike.methods = {IkeMethod{Encryption::Aes128, Integrity::Sha256, DhGroup::Group14}};
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("R");
    r.filterList = list.id;
    r.filterAction = fa.id;
    r.authMethods = {AuthMethod::kerberos(), AuthMethod::certificate(QStringLiteral("CN=Root"), true, false)};
    p.rules << r;
    s.store.filterLists.push_back(list);
    s.store.filterActions.push_back(fa);
    s.store.policies.push_back(p);
    return s;
}

int countCode(const Findings &findings, const char *c)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.code == QLatin1String(c);
    return n;
}

} // namespace

class TestMigration : public QObject {
    Q_OBJECT
private slots:
    void exactMappingsRoundTrip_data();
    void exactMappingsRoundTrip();
    void approximateMappingsAreReported_data();
    void approximateMappingsAreReported();
    void theInpassWithoutSoftChoiceIsAnOption();
    void wfasOnlyFeaturesAreReportedWhenReadBack();
};

void TestMigration::exactMappingsRoundTrip_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("a require-in-and-out rule with Kerberos and a certificate") << 0;
    QTest::newRow("a request-security (inpass and soft) rule") << 1;
    QTest::newRow("an exemption (permit) rule") << 2;
    QTest::newRow("a rule with AH+ESP, PFS and IPv6 endpoints") << 3;
}

void TestMigration::exactMappingsRoundTrip()
{
    QFETCH(int, variant);
    Scenario s = basic();
    if (variant == 1)
        s.action()->acceptUnsecured = s.action()->allowFallback = true;
    if (variant == 2)
        s.action()->action = ActionKind::Permit;
    if (variant == 3) {
        s.action()->securityMethods = {
            {IpsecProtocol::AhAndEsp, Integrity::Sha1, Encryption::TripleDes, Integrity::Sha1, 100000, 3600}};
        s.action()->sessionKeyPfs = true;
        s.list()->filters.front().source =
            FilterAddress::subnet(*IpAddress::parse(QStringLiteral("2001:db8::")), 48);
        s.list()->filters.front().destination = FilterAddress::any();
    }
    const WfasTranslation first = translateToWfas(s.store);
    QVERIFY(first.ok);
    QCOMPARE(first.policy.connectionSecurityRules.size(), 1);
    QCOMPARE(countCode(first.report, code::MigSoftWithoutInpass) +
                 countCode(first.report, code::MigInpassWithoutSoft) +
                 countCode(first.report, code::MigLifetimeClamped) +
                 countCode(first.report, code::MigOneWayFilter),
             0);
    const LegacyTranslation back = translateFromWfas(first.policy, QStringLiteral("P"));
    QVERIFY(back.ok);
    const Policy &p = back.store.policies.front();
    QCOMPARE(p.rules.size(), 1);
    const FilterAction &fa = back.store.filterActions.front();
    QCOMPARE(fa.action, s.action()->action);
    QCOMPARE(fa.acceptUnsecured, s.action()->acceptUnsecured);
    QCOMPARE(fa.allowFallback, s.action()->allowFallback);
    if (fa.action == ActionKind::Negotiate) {
        QCOMPARE(fa.securityMethods, s.action()->securityMethods);
        QCOMPARE(fa.sessionKeyPfs, s.action()->sessionKeyPfs);
        QCOMPARE(p.rules.front().authMethods, s.policy()->rules.front().authMethods);
        QCOMPARE(p.ike.methods, s.policy()->ike.methods);
    }
    const Filter &f = back.store.filterLists.front().filters.front();
    const Filter &orig = s.list()->filters.front();
    QCOMPARE(f.destination, orig.destination);
    QCOMPARE(f.destinationPort, orig.destinationPort);
    QCOMPARE(f.protocol, orig.protocol);
    const WfasTranslation second = translateToWfas(back.store);
    QVERIFY(second.policy.connectionSecurityRules.size() == 1);
    QCOMPARE(second.policy.sets, first.policy.sets);
    QCOMPARE(second.policy.connectionSecurityRules.front().id,
             first.policy.connectionSecurityRules.front().id);
    QCOMPARE(second.policy.connectionSecurityRules.front().values(QStringLiteral("EP2_4")),
             first.policy.connectionSecurityRules.front().values(QStringLiteral("EP2_4")));
    QCOMPARE(second.policy.connectionSecurityRules.front().value(QStringLiteral("Action")),
             first.policy.connectionSecurityRules.front().value(QStringLiteral("Action")));
}

void TestMigration::approximateMappingsAreReported_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("an active default response rule is dropped") << 0 << QStringLiteral("IPS-440");
    QTest::newRow("a one-way filter becomes a two-way rule") << 1 << QStringLiteral("IPS-441");
    QTest::newRow("inpass=yes with soft=no has no equivalent") << 2 << QStringLiteral("IPS-442");
    QTest::newRow("soft=yes with inpass=no is approximate") << 3 << QStringLiteral("IPS-443");
    QTest::newRow("a tunnel with a port loses the port") << 4 << QStringLiteral("IPS-444");
    QTest::newRow("main mode methods with different DH groups share one") << 5 << QStringLiteral("IPS-445");
    QTest::newRow("AH+ESP with different hashes is left out") << 6 << QStringLiteral("IPS-446");
    QTest::newRow("a quick mode lifetime under 5 minutes is clamped") << 7 << QStringLiteral("IPS-447");
    QTest::newRow("a DNS name filter cannot be written") << 8 << QStringLiteral("IPS-448");
    QTest::newRow("a block action becomes firewall rules") << 9 << QStringLiteral("IPS-450");
    QTest::newRow("a preshared key lands in SYSVOL") << 10 << QStringLiteral("IPS-453");
    QTest::newRow("a main mode lifetime above 2879 minutes is clamped") << 11 << QStringLiteral("IPS-447");
    QTest::newRow("a tunnel without its inbound half cannot be translated")
        << 12 << QStringLiteral("IPS-449");
}

void TestMigration::approximateMappingsAreReported()
{
    QFETCH(int, variant);
    QFETCH(QString, expectedCode);
    Scenario s = basic();
    Filter &f = s.list()->filters.front();
    Rule &r = s.policy()->rules.front();
    switch (variant) {
    case 0:
        s.policy()->defaultResponse.active = true;
        break;
    case 1:
        f.mirrored = false;
        break;
    case 2:
        s.action()->acceptUnsecured = true;
        break;
    case 3:
        s.action()->allowFallback = true;
        break;
    case 4: {
        r.tunnel = {TunnelKind::Address, *IpAddress::parse(QStringLiteral("192.0.2.1")), {}};
        FilterList back{newId(), QStringLiteral("back"), {}, {}};
        Filter bf = f;
        bf.id = newId();
        std::swap(bf.source, bf.destination);
        back.filters.push_back(bf);
        s.store.filterLists.push_back(back);
        Rule in = r;
        in.id = newId();
        in.filterList = back.id;
        in.tunnel.address = *IpAddress::parse(QStringLiteral("192.0.2.2"));
        s.policy()->rules << in;
        break;
    }
    case 5:
        s.policy()->ike.methods << IkeMethod{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2};
        break;
    case 6:
        s.action()->securityMethods = {
            {IpsecProtocol::AhAndEsp, Integrity::Md5, Encryption::TripleDes, Integrity::Sha1, 0, 0},
            SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
        break;
    case 7:
        s.action()->securityMethods.front().lifetimeSeconds = 120;
        break;
    case 8:
        f.destination = FilterAddress::dns(QStringLiteral("server.example.com"));
        break;
    case 9:
        s.action()->action = ActionKind::Block;
        break;
    case 10:
        r.authMethods = {AuthMethod::presharedKey(QStringLiteral("secret"))};
        break;
    case 11:
        s.policy()->ike.lifetimeMinutes = 5000;
        break;
    case 12:
        r.tunnel = {TunnelKind::Address, *IpAddress::parse(QStringLiteral("192.0.2.1")), {}};
        break;
    }
    const WfasTranslation t = translateToWfas(s.store);
    QVERIFY2(countCode(t.report, expectedCode.toLatin1().constData()) >= 1,
             qPrintable(t.report.isEmpty() ? QStringLiteral("empty report") : t.report.last().toString()));
    if (variant == 9) {
        QCOMPARE(t.policy.firewallRules.size(), 2); // mirrored: in and out
        QVERIFY(t.policy.connectionSecurityRules.isEmpty());
    }
    if (variant == 4) {
        QCOMPARE(t.policy.connectionSecurityRules.size(), 1);
        const WfasRule &tunnel = t.policy.connectionSecurityRules.front();
        QCOMPARE(tunnel.value(QStringLiteral("RTunnel4")), QStringLiteral("192.0.2.1"));
        QCOMPARE(tunnel.value(QStringLiteral("LTunnel4")), QStringLiteral("192.0.2.2"));
        QVERIFY(!tunnel.has(QStringLiteral("Protocol")));
        QVERIFY(checkRule(tunnel).isEmpty());
    }
    if (variant == 10)
        for (const Finding &finding : t.report)
            QVERIFY(!finding.message.contains(QStringLiteral("secret")));
}

void TestMigration::theInpassWithoutSoftChoiceIsAnOption()
{
    Scenario s = basic();
    s.action()->acceptUnsecured = true;
    QCOMPARE(translateToWfas(s.store).policy.connectionSecurityRules.front().value(QStringLiteral("Action")),
             QStringLiteral("Secure"));
    WfasTranslationOptions o;
    o.inpassWithoutSoft = InpassWithoutSoft::Boundary;
    QCOMPARE(
        translateToWfas(s.store, o).policy.connectionSecurityRules.front().value(QStringLiteral("Action")),
        QStringLiteral("Boundary"));
}

void TestMigration::wfasOnlyFeaturesAreReportedWhenReadBack()
{
    Scenario s = basic();
    WfasPolicy p = translateToWfas(s.store).policy;
    p.connectionSecurityRules.front().add(QStringLiteral("KeyMod"), QStringLiteral("IkeV2"));
    p.connectionSecurityRules.front().add(QStringLiteral("Auth2Set"), QStringLiteral("{X}"));
    const LegacyTranslation back = translateFromWfas(p, QStringLiteral("P"));
    QVERIFY(countCode(back.report, code::RevNotRepresentable) >= 1);
    QVERIFY(countCode(back.report, code::RevAuthMethodDropped) >= 1);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
