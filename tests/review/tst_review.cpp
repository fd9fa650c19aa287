// The review model (model/review): the real backups of ../shared/testdata decoded value by value, every
// reviewer finding (IPS-700 – IPS-723) fired and not fired on made-up content, the baseline comparison, the
// JSON, and an HTML report that stays inert whatever the rule names say.
#include "formats/gpo/gpobackup.h"
#include "gposamples.h"
#include "review/baseline.h"
#include "review/reviewfindings.h"
#include "review/reviewoutput.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using namespace ipsec::review;
using test::kNsaBackup;
using test::kSteveRoot;
using test::kWfw;
using test::testdataPath;

namespace {

ReviewReport reviewOf(const QString &relative)
{
    return buildReport(readReviewPath(testdataPath(relative)));
}

gpo::WfasRule rule(const QString &text, gpo::WfasRuleKind kind = gpo::WfasRuleKind::Firewall)
{
    Findings ignored;
    static int counter = 0;
    return *gpo::parseRuleString(text, kind, QStringLiteral("rule-%1").arg(++counter), &ignored);
}

gpo::PolRecord dword(const QString &key, const QString &name, std::uint32_t value)
{
    return gpo::PolRecord::dwordValue(key, name, value);
}

gpo::WfasSet set(gpo::WfasSetKind kind, const QString &name, const QList<QList<gpo::WfasValue>> &suites)
{
    gpo::WfasSet s;
    s.kind = kind;
    s.id = QStringLiteral("{11111111-2222-3333-4444-%1}").arg(qHash(name), 12, 16, QLatin1Char('0'));
    s.properties.set(QStringLiteral("Name"), name);
    for (const QList<gpo::WfasValue> &values : suites)
        s.suites << gpo::WfasValues{values};
    return s;
}

bool fires(const Findings &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code)
            return true;
    return false;
}

const Finding *findingOf(const Findings &findings, const QString &code)
{
    for (const Finding &f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

const ReviewSetting *setting(const ReviewedGpo &g, const QString &profile, const QString &key)
{
    const ReviewProfile *p = g.content.profile(profile);
    return p ? p->find(key) : nullptr;
}

} // namespace

Q_DECLARE_METATYPE(gpo::WfasPolicy)

class TestReview : public QObject {
    Q_OBJECT
private slots:
    void theNsaBackupShowsAllThreeProfiles();
    void theSteveBackupRootShowsThreeGposWithEveryRule();
    void theWfwShowsItsConnectionSecurityRuleSetsAndFindings();
    void aRegistryPolIsReviewedWithoutAGpoAroundIt();
    void unknownValuesAreListedNotDropped();

    void findings_data();
    void findings();
    void aFindingPointsAtItsRow();
    void realBackupsWithoutTheProblemDoNotFire();

    void baselineDifferencesAreSorted();
    void aBackupComparedWithItselfHasNoDifferences();
    void aRealBackupComparedWithAnotherListsWhatIsMissing();

    void jsonCarriesProfilesAndDecodedRules();
    void htmlEscapesEveryTextFromTheFile();
    void htmlLinksFindingsToRows();
};

void TestReview::theNsaBackupShowsAllThreeProfiles()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    const ReviewReport report = reviewOf(kNsaBackup);
    QCOMPARE(report.gpos.size(), 1);
    const ReviewedGpo &g = report.gpos.first();
    QCOMPARE(g.content.profiles.size(), 3);
    for (const QString &profile :
         {QStringLiteral("domain"), QStringLiteral("private"), QStringLiteral("public")}) {
        QVERIFY2(setting(g, profile, QStringLiteral("enabled")), qPrintable(profile));
        QCOMPARE(setting(g, profile, QStringLiteral("enabled"))->value, QVariant(true));
        QCOMPARE(setting(g, profile, QStringLiteral("defaultInboundAction"))->text, QStringLiteral("block"));
        QCOMPARE(setting(g, profile, QStringLiteral("defaultOutboundAction"))->text, QStringLiteral("allow"));
        QCOMPARE(setting(g, profile, QStringLiteral("unicastResponses"))->value, QVariant(false));
        QCOMPARE(setting(g, profile, QStringLiteral("logFileSize"))->text, QStringLiteral("16384 KB"));
        QCOMPARE(setting(g, profile, QStringLiteral("logDroppedPackets"))->text, QStringLiteral("on"));
        QCOMPARE(setting(g, profile, QStringLiteral("logSuccessfulConnections"))->text, QStringLiteral("on"));
    }
    // Local merge is turned off for the public profile only.
    QCOMPARE(setting(g, QStringLiteral("public"), QStringLiteral("localPolicyMerge"))->value,
             QVariant(false));
    QCOMPARE(setting(g, QStringLiteral("public"), QStringLiteral("localIpsecPolicyMerge"))->value,
             QVariant(false));
    QVERIFY(!setting(g, QStringLiteral("domain"), QStringLiteral("localPolicyMerge")));
    QCOMPARE(g.content.globalSettings.size(), 1);
    QCOMPARE(g.content.globalSettings.first().text, QStringLiteral("2.26 (538)"));
    QVERIFY(g.content.unknownValues.isEmpty());
    const QString text = describeReport(report);
    QVERIFY2(text.contains(QStringLiteral("    Public profile:\n      Firewall state: on\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Apply local firewall rules: off")), qPrintable(text));
}

void TestReview::theSteveBackupRootShowsThreeGposWithEveryRule()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const ReviewReport report = reviewOf(kSteveRoot);
    QCOMPARE(report.gpos.size(), 3);
    // The counts of ../shared/testdata/gpfas/dumps/.
    QList<qsizetype> counts;
    for (const ReviewedGpo &g : report.gpos)
        counts << g.content.firewallRules.size();
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<qsizetype>{54, 70, 93}));
    bool sawIke = false;
    for (const ReviewedGpo &g : report.gpos)
        for (const ReviewRule &r : g.content.firewallRules)
            if (r.id == u"{6D8DA039-A3B1-41D0-98C9-F5D0C0753790}") {
                sawIke = true;
                QCOMPARE(r.name, QStringLiteral("SVCHOST IKEEXT (UDP-In)"));
                QCOMPARE(r.action, QStringLiteral("allow"));
                QCOMPARE(r.direction, QStringLiteral("in"));
                QCOMPARE(r.protocol, QStringLiteral("UDP"));
                QCOMPARE(r.localPorts, (QStringList{QStringLiteral("500"), QStringLiteral("4500")}));
                QCOMPARE(r.remoteAddresses, QStringList{QStringLiteral("127.0.0.2-127.0.0.3")});
                QCOMPARE(r.service, QStringLiteral("IKEEXT"));
                QVERIFY(r.edgeTraversal);
            }
    QVERIFY(sawIke);
    // The workstation GPO blocks outbound by default in every profile.
    const auto gpo = std::find_if(report.gpos.cbegin(), report.gpos.cend(), [](const ReviewedGpo &g) {
        return g.source.folder.contains(QStringLiteral("7A3AE19B"));
    });
    QVERIFY(gpo != report.gpos.cend());
    QCOMPARE(setting(*gpo, QStringLiteral("private"), QStringLiteral("defaultOutboundAction"))->text,
             QStringLiteral("block"));
}

void TestReview::theWfwShowsItsConnectionSecurityRuleSetsAndFindings()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const ReviewReport report = reviewOf(kWfw);
    QCOMPARE(report.gpos.size(), 1);
    const ReviewedGpo &g = report.gpos.first();
    QCOMPARE(g.content.connectionSecurityRules.size(), 1);
    const ReviewRule &csr = g.content.connectionSecurityRules.first();
    QCOMPARE(csr.name, QStringLiteral("sompok jaya )"));
    QCOMPARE(csr.action, QStringLiteral("Request inbound and outbound"));
    QCOMPARE(csr.profiles, QStringList{QStringLiteral("private")});
    QCOMPARE(csr.authSet1, QStringLiteral("{9323C5D2-7704-43F9-97BC-CD28359F150D}"));
    QVERIFY2(csr.cryptoSet.startsWith(QStringLiteral("default")), qPrintable(csr.cryptoSet));
    QCOMPARE(g.content.sets.size(), 2);
    QVERIFY(g.content.sets.first().suites.first().contains(QStringLiteral("Method=MachineCert")));
    // Global values: IPSecExempt 9 = neighbor discovery and DHCP.
    bool sawExempt = false;
    for (const ReviewSetting &s : g.content.globalSettings)
        if (s.key == u"ipsecExempt") {
            sawExempt = true;
            QCOMPARE(s.text, QStringLiteral("neighbor discovery, DHCP"));
        }
    QVERIFY(sawExempt);
    QCOMPARE(setting(g, QStringLiteral("domain"), QStringLiteral("notifications"))->text,
             QStringLiteral("on"));
    QCOMPARE(setting(g, QStringLiteral("domain"), QStringLiteral("logFilePath"))->text,
             QStringLiteral("%systemroot%\\system32\\LogFiles\\Firewall\\pfirewall.log"));
    QVERIFY(setting(g, QStringLiteral("private"), QStringLiteral("enabled")) == nullptr);
    // Boundary only requests authentication; the certificate first authentication is strong.
    const Finding *requestOnly = findingOf(g.findings, QString::fromLatin1(code::RequestOnly));
    QVERIFY(requestOnly);
    QCOMPARE(requestOnly->location.pointer, QStringLiteral("/connectionSecurityRules/0"));
    QVERIFY(!fires(g.findings, QString::fromLatin1(code::WeakFirstAuthentication)));
    // SNMPTRAP-In-UDP is Active=FALSE.
    QVERIFY(fires(g.findings, QString::fromLatin1(code::DisabledRule)));
}

void TestReview::aRegistryPolIsReviewedWithoutAGpoAroundIt()
{
    const QString pol =
        QStringLiteral("gpfas/steveunderscoren-windowsfirewall/{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}/"
                       "DomainSysvol/GPO/Machine/registry.pol");
    IPSEC_REQUIRE_TESTDATA(pol);
    const gpo::GpoReviewResult read = readReviewPath(testdataPath(pol));
    QCOMPARE(read.gpos.size(), 1);
    QVERIFY(read.gpos.first().hasRegistryPol);
    QCOMPARE(buildReport(read).gpos.first().content.firewallRules.size(), 93);
}

void TestReview::unknownValuesAreListedNotDropped()
{
    gpo::WfasPolicy policy;
    policy.settings << dword(QStringLiteral("PublicProfile"), QStringLiteral("MadeUpValue"), 7)
                    << dword({}, QStringLiteral("AnotherMadeUpValue"), 1);
    policy.unrecognised << gpo::PolRecord::string(QStringLiteral("NotAFirewallKey"), QStringLiteral("x"),
                                                  QStringLiteral("y"));
    const PolicyContent c = decodeContent(policy);
    QCOMPARE(c.unknownValues.size(), 3);
    QCOMPARE(c.unknownValues[0].registryName, QStringLiteral("PublicProfile\\MadeUpValue"));
    QCOMPARE(c.unknownValues[0].text, QStringLiteral("7"));
    QCOMPARE(c.unknownValues[2].text, QStringLiteral("y"));
    QVERIFY(c.profile(QStringLiteral("public"))->settings.isEmpty());
}

void TestReview::findings_data()
{
    QTest::addColumn<gpo::WfasPolicy>("policy");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("fired");
    auto withSettings = [](const QList<gpo::PolRecord> &records) {
        gpo::WfasPolicy p;
        p.settings = records;
        return p;
    };
    auto withRules = [](const QStringList &rules) {
        gpo::WfasPolicy p;
        for (const QString &r : rules)
            p.firewallRules << rule(r);
        return p;
    };
    auto withCsr = [](const QString &text) {
        gpo::WfasPolicy p;
        p.connectionSecurityRules << rule(text, gpo::WfasRuleKind::ConnectionSecurity);
        return p;
    };
    auto withSet = [](const gpo::WfasSet &s) {
        gpo::WfasPolicy p;
        p.sets << s;
        return p;
    };
    const QString prefix = QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|");

    QTest::newRow("a profile with the firewall off is flagged")
        << withSettings({dword(QStringLiteral("PublicProfile"), QStringLiteral("EnableFirewall"), 0)})
        << code::FirewallOff << true;
    QTest::newRow("a profile with the firewall on is not flagged")
        << withSettings({dword(QStringLiteral("PublicProfile"), QStringLiteral("EnableFirewall"), 1)})
        << code::FirewallOff << false;
    QTest::newRow("a profile that allows inbound by default is flagged")
        << withSettings({dword(QStringLiteral("DomainProfile"), QStringLiteral("DefaultInboundAction"), 0)})
        << code::InboundAllowed << true;
    QTest::newRow("a profile that blocks inbound by default is not flagged")
        << withSettings({dword(QStringLiteral("DomainProfile"), QStringLiteral("DefaultInboundAction"), 1)})
        << code::InboundAllowed << false;
    QTest::newRow("an inbound allow from anywhere to any port is flagged")
        << withRules({prefix + QStringLiteral("Protocol=6|Name=Open TCP|")}) << code::OpenInboundRule << true;
    QTest::newRow("an inbound allow to one port is not flagged")
        << withRules({prefix + QStringLiteral("Protocol=6|LPort=443|Name=HTTPS|")}) << code::OpenInboundRule
        << false;
    QTest::newRow("an inbound allow for one program is not flagged")
        << withRules({prefix + QStringLiteral("App=C:\\app\\a.exe|Name=App|")}) << code::OpenInboundRule
        << false;
    QTest::newRow("a disabled rule is noted")
        << withRules({QStringLiteral("v2.30|Action=Allow|Active=FALSE|Dir=In|LPort=80|Protocol=6|Name=Off|")})
        << code::DisabledRule << true;
    QTest::newRow("an enabled rule is not noted as disabled")
        << withRules({prefix + QStringLiteral("Protocol=6|LPort=80|Name=On|")}) << code::DisabledRule
        << false;
    QTest::newRow("two rules with the same traffic and action are duplicates")
        << withRules({prefix + QStringLiteral("Protocol=6|LPort=80|LPort=81|Name=A|"),
                      prefix + QStringLiteral("Protocol=6|LPort=81|LPort=80|Name=B|Desc=copy|")})
        << code::DuplicateRule << true;
    QTest::newRow("two rules with different ports are no duplicates")
        << withRules({prefix + QStringLiteral("Protocol=6|LPort=80|Name=A|"),
                      prefix + QStringLiteral("Protocol=6|LPort=81|Name=B|")})
        << code::DuplicateRule << false;
    QTest::newRow("an allow inside a block of the same direction is shadowed")
        << withRules({QStringLiteral(
                          "v2.30|Action=Block|Active=TRUE|Dir=In|Protocol=6|LPort2_10=400-500|Name=Block|"),
                      prefix + QStringLiteral("Protocol=6|LPort=443|Name=HTTPS|")})
        << code::ShadowedRule << true;
    QTest::newRow("an allow wider than the block is not shadowed")
        << withRules(
               {QStringLiteral("v2.30|Action=Block|Active=TRUE|Dir=In|Protocol=6|RA4=10.0.0.1|Name=Block|"),
                prefix + QStringLiteral("Protocol=6|LPort=443|Name=HTTPS|")})
        << code::ShadowedRule << false;
    QTest::newRow("an allow in a profile the block does not cover is not shadowed")
        << withRules({QStringLiteral("v2.30|Action=Block|Active=TRUE|Dir=In|Profile=Domain|Name=Block|"),
                      prefix + QStringLiteral("Protocol=6|LPort=443|Profile=Public|Name=HTTPS|")})
        << code::ShadowedRule << false;
    QTest::newRow("a block of the other direction shadows nothing")
        << withRules({QStringLiteral("v2.30|Action=Block|Active=TRUE|Dir=Out|Name=Block|"),
                      prefix + QStringLiteral("Protocol=6|LPort=443|Name=HTTPS|")})
        << code::ShadowedRule << false;
    QTest::newRow("a connection security rule that only requests is flagged")
        << withCsr(
               QStringLiteral("v2.10|Action=Boundary|Active=TRUE|Name=Request|Auth1Set={E5A5D32A-4BCE-4e4d-"
                              "B07F-4AB1BA7E5FE3}|Crypto2Set={E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE2}|"))
        << code::RequestOnly << true;
    QTest::newRow("a connection security rule that requires is not flagged")
        << withCsr(QStringLiteral("v2.10|Action=Secure|Active=TRUE|Name=Require|Auth1Set={E5A5D32A-4BCE-4e4d-"
                                  "B07F-4AB1BA7E5FE3}|Crypto2Set={E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE2}|"))
        << code::RequestOnly << false;
    QTest::newRow("a quick mode set with 3DES and SHA1 is weak")
        << withSet(set(gpo::WfasSetKind::Phase2Crypto, QStringLiteral("Old"),
                       {{{QStringLiteral("Protocol"), QStringLiteral("ESP")},
                         {QStringLiteral("Encryption"), QStringLiteral("3DES")},
                         {QStringLiteral("EspHash"), QStringLiteral("SHA1")}}}))
        << code::WeakCryptoSet << true;
    QTest::newRow("a main mode set with DH2 is weak")
        << withSet(set(gpo::WfasSetKind::Phase1Crypto, QStringLiteral("DH"),
                       {{{QStringLiteral("KeyExchange"), QStringLiteral("DH2")},
                         {QStringLiteral("Encryption"), QStringLiteral("AES-256")},
                         {QStringLiteral("2_1Hash"), QStringLiteral("SHA256")}}}))
        << code::WeakCryptoSet << true;
    QTest::newRow("a quick mode set with AES-GCM is not weak")
        << withSet(set(gpo::WfasSetKind::Phase2Crypto, QStringLiteral("Modern"),
                       {{{QStringLiteral("Protocol"), QStringLiteral("ESP")},
                         {QStringLiteral("2_1Encryption"), QStringLiteral("AES-GCM256")},
                         {QStringLiteral("2_1EspHash"), QStringLiteral("AES-GCM256")}}}))
        << code::WeakCryptoSet << false;
    QTest::newRow("a first authentication by preshared key only is weak")
        << withSet(set(gpo::WfasSetKind::Phase1Auth, QStringLiteral("PSK"),
                       {{{QStringLiteral("Method"), QStringLiteral("MachineSHKey")},
                         {QStringLiteral("SHKey"), QStringLiteral("secret")}}}))
        << code::WeakFirstAuthentication << true;
    QTest::newRow("a first authentication with Kerberos is strong")
        << withSet(set(gpo::WfasSetKind::Phase1Auth, QStringLiteral("Kerberos"),
                       {{{QStringLiteral("Method"), QStringLiteral("MachineKerb")}},
                        {{QStringLiteral("Method"), QStringLiteral("Anonymous")}}}))
        << code::WeakFirstAuthentication << false;
    QTest::newRow("a relative program path is flagged")
        << withRules({prefix + QStringLiteral("App=app.exe|Name=Relative|")}) << code::BadProgramPath << true;
    QTest::newRow("a program path with a wildcard is flagged")
        << withRules({prefix + QStringLiteral("App=C:\\Program Files\\*\\a.exe|Name=Wild|")})
        << code::BadProgramPath << true;
    QTest::newRow("a program path below an environment variable is valid")
        << withRules({prefix + QStringLiteral("App=%SystemRoot%\\system32\\svchost.exe|Name=Svchost|")})
        << code::BadProgramPath << false;
    QTest::newRow("a program below %ProgramFiles% (x86) is valid")
        << withRules({prefix +
                      QStringLiteral("App=%ProgramFiles% (x86)\\Internet Explorer\\iexplore.exe|Name=IE|")})
        << code::BadProgramPath << false;
    QTest::newRow("a service given as a path is flagged")
        << withRules({prefix + QStringLiteral("Svc=C:\\Windows\\dns.exe|Name=Dns|")}) << code::BadServiceName
        << true;
    QTest::newRow("a service short name is valid")
        << withRules({prefix + QStringLiteral("Svc=dnscache|Name=Dns|")}) << code::BadServiceName << false;
    QTest::newRow("the standard profile beside the public profile is ignored")
        << withSettings({dword(QStringLiteral("StandardProfile"), QStringLiteral("EnableFirewall"), 1),
                         dword(QStringLiteral("PublicProfile"), QStringLiteral("EnableFirewall"), 1)})
        << code::IgnoredSetting << true;
    QTest::newRow("the standard profile alone is not reported as ignored")
        << withSettings({dword(QStringLiteral("StandardProfile"), QStringLiteral("EnableFirewall"), 1)})
        << code::IgnoredSetting << false;
    QTest::newRow("a transport authorization list is ignored before Windows 8")
        << withSettings(
               {gpo::PolRecord::string({}, QStringLiteral("IPsecTransportRemoteMachineAuthorizationList"),
                                       QStringLiteral("O:LSD:(A;;CC;;;AU)"))})
        << code::IgnoredSetting << true;
}

void TestReview::findings()
{
    QFETCH(gpo::WfasPolicy, policy);
    QFETCH(QString, code);
    QFETCH(bool, fired);
    const Findings findings = reviewContent(decodeContent(policy));
    QStringList all;
    for (const Finding &f : findings)
        all << f.toString();
    QVERIFY2(fires(findings, code) == fired, qPrintable(all.join(u'\n')));
}

void TestReview::aFindingPointsAtItsRow()
{
    gpo::WfasPolicy p;
    p.firewallRules
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|LPort=80|Protocol=6|Name=Fine|"))
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=17|Name=<b>Open</b>|"));
    p.settings << dword(QStringLiteral("PrivateProfile"), QStringLiteral("EnableFirewall"), 0);
    const Findings findings = reviewContent(decodeContent(p));
    const Finding *open = findingOf(findings, QString::fromLatin1(code::OpenInboundRule));
    QVERIFY(open);
    QCOMPARE(open->location.pointer, QStringLiteral("/firewallRules/1"));
    QVERIFY(open->location.objectPath.contains(QStringLiteral("<b>Open</b>")));
    const Finding *off = findingOf(findings, QString::fromLatin1(code::FirewallOff));
    QVERIFY(off);
    QCOMPARE(off->location.pointer, QStringLiteral("/firewallProfiles/private"));
    QCOMPARE(off->severity, Severity::Error);
}

void TestReview::realBackupsWithoutTheProblemDoNotFire()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    const ReviewReport report = reviewOf(kNsaBackup);
    const Findings &f = report.gpos.first().findings;
    for (const char *c : {code::FirewallOff, code::InboundAllowed, code::OpenInboundRule, code::ShadowedRule,
                          code::IgnoredSetting})
        QVERIFY2(!fires(f, QString::fromLatin1(c)), c);
}

void TestReview::baselineDifferencesAreSorted()
{
    gpo::WfasPolicy baseline;
    baseline.settings << dword(QStringLiteral("PublicProfile"), QStringLiteral("EnableFirewall"), 1)
                      << dword(QStringLiteral("PublicProfile"), QStringLiteral("DefaultInboundAction"), 1);
    baseline.firewallRules
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=443|Name=HTTPS|"))
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=3389|Name=RDP|"))
        << rule(QStringLiteral("v2.30|Action=Block|Active=TRUE|Dir=In|Protocol=6|LPort=23|Name=Telnet|"));
    gpo::WfasPolicy mine;
    mine.settings << dword(QStringLiteral("PublicProfile"), QStringLiteral("EnableFirewall"), 0)
                  << dword(QStringLiteral("DomainProfile"), QStringLiteral("EnableFirewall"), 1);
    mine.firewallRules
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=8443|Name=HTTPS|"))
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=23|Name=Telnet|"))
        << rule(QStringLiteral("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=17|LPort=53|Name=DNS|"));
    const BaselineComparison b =
        compareWithBaseline(decodeContent(mine), decodeContent(baseline), QStringLiteral("base"));
    QStringList lines;
    for (const BaselineDifference &d : b.differences)
        lines << QStringLiteral("%1 %2 %3").arg(differenceName(d.kind), d.area, d.item);
    // Public: firewall state conflicts, default inbound missing; Domain: extra.
    QVERIFY2(lines.contains(QStringLiteral("conflicts Public profile Firewall state")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("missing Public profile Inbound connections (default)")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("extra Domain profile Firewall state")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("differs Firewall rule HTTPS")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("missing Firewall rule RDP")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("conflicts Firewall rule Telnet")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral("extra Firewall rule DNS")), qPrintable(lines.join(u'\n')));
    QCOMPARE(b.findings.size(), b.differences.size());
    QVERIFY(fires(b.findings, QString::fromLatin1(code::BaselineMissing)));
    QVERIFY(fires(b.findings, QString::fromLatin1(code::BaselineDiffers)));
    QVERIFY(fires(b.findings, QString::fromLatin1(code::BaselineConflict)));
    QVERIFY(fires(b.findings, QString::fromLatin1(code::BaselineExtra)));
}

void TestReview::aBackupComparedWithItselfHasNoDifferences()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const ReviewReport report = reviewOf(kWfw);
    const PolicyContent &c = report.gpos.first().content;
    const BaselineComparison b = compareWithBaseline(c, c, QStringLiteral("same"));
    QCOMPARE(b.differences.size(), 0);
    for (const char *c2 :
         {code::BaselineMissing, code::BaselineDiffers, code::BaselineConflict, code::BaselineExtra})
        QVERIFY(!fires(b.findings, QString::fromLatin1(c2)));
}

void TestReview::aRealBackupComparedWithAnotherListsWhatIsMissing()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    QList<PolicyContent> steve;
    for (const ReviewedGpo &g : reviewOf(kSteveRoot).gpos)
        steve << g.content;
    const PolicyContent nsa = reviewOf(kNsaBackup).gpos.first().content;
    // The NSA baseline turns the firewall on in every profile; Steve's GPOs do not set that.
    const BaselineComparison b = compareWithBaseline(mergeContent(steve), nsa, QStringLiteral("nsa"));
    int missingState = 0;
    for (const BaselineDifference &d : b.differences)
        missingState += d.kind == DifferenceKind::Missing && d.item == u"Firewall state";
    QCOMPARE(missingState, 3);
    // Steve blocks outbound, the baseline allows it: a conflict per profile.
    int outboundConflicts = 0;
    for (const BaselineDifference &d : b.differences)
        outboundConflicts +=
            d.kind == DifferenceKind::Conflicts && d.item == u"Outbound connections (default)";
    QCOMPARE(outboundConflicts, 3);
    QCOMPARE(b.count(DifferenceKind::Extra), int(b.differences.size()) - b.count(DifferenceKind::Missing) -
                                                 b.count(DifferenceKind::Conflicts) -
                                                 b.count(DifferenceKind::Differs));
}

void TestReview::jsonCarriesProfilesAndDecodedRules()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const QJsonObject nsa = QJsonDocument::fromJson(reportToJson(reviewOf(kNsaBackup))).object();
    const QJsonObject profiles = nsa.value(QStringLiteral("gpos"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("firewallProfiles"))
                                     .toObject();
    const QJsonObject pub = profiles.value(QStringLiteral("public")).toObject();
    QCOMPARE(pub.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(pub.value(QStringLiteral("defaultInboundAction")), QJsonValue(QStringLiteral("block")));
    QCOMPARE(pub.value(QStringLiteral("defaultOutboundAction")), QJsonValue(QStringLiteral("allow")));
    QCOMPARE(pub.value(QStringLiteral("localPolicyMerge")), QJsonValue(false));
    QCOMPARE(pub.value(QStringLiteral("logFileSize")).toInt(), 16384);
    QVERIFY(
        !profiles.value(QStringLiteral("domain")).toObject().contains(QStringLiteral("localPolicyMerge")));
    QVERIFY(profiles.contains(QStringLiteral("private")));

    const QJsonObject wfw = QJsonDocument::fromJson(reportToJson(reviewOf(kWfw))).object();
    const QJsonObject g = wfw.value(QStringLiteral("gpos")).toArray().at(0).toObject();
    const QJsonArray rules = g.value(QStringLiteral("firewallRules")).toArray();
    QVERIFY(rules.size() > 100);
    bool sawChrome = false;
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("name")).toString() != u"Google Chrome (mDNS-In)")
            continue;
        sawChrome = true;
        QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("allow"));
        QCOMPARE(r.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(r.value(QStringLiteral("protocol")).toString(), QStringLiteral("UDP"));
        QCOMPARE(r.value(QStringLiteral("localPorts")).toArray(), QJsonArray{QStringLiteral("5353")});
        QCOMPARE(r.value(QStringLiteral("program")).toString(),
                 QStringLiteral("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"));
        QCOMPARE(r.value(QStringLiteral("group")).toString(), QStringLiteral("Google Chrome"));
        QCOMPARE(r.value(QStringLiteral("profiles")).toArray().size(), 0);
    }
    QVERIFY(sawChrome);
    const QJsonArray csr = g.value(QStringLiteral("connectionSecurityRules")).toArray();
    QCOMPARE(csr.size(), 1);
    QCOMPARE(csr.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("Request inbound and outbound"));
    QVERIFY(!g.value(QStringLiteral("reviewFindings")).toArray().isEmpty());
}

void TestReview::htmlEscapesEveryTextFromTheFile()
{
    gpo::WfasPolicy p;
    p.firewallRules << rule(QStringLiteral(
        "v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|Name=<script>alert(1)</script>|"
        "Desc=\"><img src=x onerror=alert(2)>|App=C:\\<iframe src=//evil>.exe|Svc=<svg/onload=alert(3)>|"));
    ReviewReport report;
    report.path = QStringLiteral("<b>path</b>");
    ReviewedGpo g;
    g.source.displayName = QStringLiteral("GPO <i>&amp;</i>");
    g.source.isWfw = true;
    g.content = decodeContent(p);
    g.findings = reviewContent(g.content);
    report.gpos << g;
    const QString html = QString::fromUtf8(reportToHtml(report));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QCOMPARE(html.count(QStringLiteral("<script")), 1); // the page's own sorting script only
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<iframe")));
    QVERIFY(!html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("<b>path")));
    QVERIFY(html.contains(QStringLiteral("GPO &lt;i&gt;&amp;amp;&lt;/i&gt;")));
    // Nothing is loaded from elsewhere.
    QVERIFY(!html.contains(QStringLiteral(" src=\"")));
    QVERIFY(!html.contains(QStringLiteral("href=\"http")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
}

void TestReview::htmlLinksFindingsToRows()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const QString html = QString::fromUtf8(reportToHtml(reviewOf(kWfw)));
    QVERIFY(html.contains(QStringLiteral("<tr id=\"g0-connectionSecurityRules-0\"")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#g0-connectionSecurityRules-0\">")));
    QVERIFY(html.contains(QStringLiteral("href=\"#g0-connectionSecurityRules-0-f\"")));
    QVERIFY(html.contains(QStringLiteral("id=\"g0-connectionSecurityRules-0-f\"")));
    QVERIFY(html.contains(QStringLiteral("<h3>Firewall profiles</h3>")));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
