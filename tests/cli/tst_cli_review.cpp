// `review` and `diff` run as processes: the real GPO backups, the .wfw export and a registry.pol of
// ../shared/testdata, documents and netsh scripts explained rule by rule, and object-level diffs.
#include "clirunner.h"
#include "formats/json/jsonformat.h"
#include "gposamples.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using test::CliRun;
using test::describeRun;
using test::kNsaBackup;
using test::kSteveRoot;
using test::kWfw;
using test::runCli;
using test::testdataPath;

namespace {

const QString kTroennesPol = QStringLiteral("gpfas/troennes-private-secure-windows/BasicSecComputer/"
                                            "{70CF3C23-9F4D-4E50-8D2A-DEAD79D5A724}/DomainSysvol/GPO/Machine/"
                                            "registry.pol");
const QString kSteveDomainPol =
    QStringLiteral("gpfas/steveunderscoren-windowsfirewall/"
                   "{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}/DomainSysvol/GPO/Machine/"
                   "registry.pol");
const QString kNetshScript = QStringLiteral("netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd");

CliRun review(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("review")} + arguments);
}

} // namespace

class TestCliReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void reviewOfOneBackupFolderNamesTheGpoAndItsContent();
    void reviewOfABackupRootCoversEveryGpo();
    void reviewJsonOfABackupRootIsJson();
    void reviewOfAWfwShowsItsConnectionSecurityRule();
    void reviewOfARegistryPolDecodesItsRecords_data();
    void reviewOfARegistryPolDecodesItsRecords();
    void reviewOfADocumentExplainsEveryRule();
    void reviewOfADocumentListsAffectedManagementPaths();
    void reviewOfANetshScriptIsChosenByItsSuffix();
    void reviewJsonOfADocumentIsJson();
    void unreadableInputsExitWithTwo_data();
    void unreadableInputsExitWithTwo();
    void reviewShowsEveryProfileSettingOfABackup();
    void reviewJsonHasProfilesAndDecodedRules();
    void reviewHtmlWritesOnePageToTheOutputFile();
    void reviewBaselineComparesWithAnotherBackup();
    void reviewBaselineAcceptsADocument();
    void htmlAndBaselineNeedGpoContent_data();
    void htmlAndBaselineNeedGpoContent();

    void diffOfEqualStoresIsEmpty();
    void diffNamesTheChangedField();
    void diffJsonListsTheChanges();
    void diffHtmlIsAPageWithEveryTextEscaped();
    void twoGpoBackupsAreDiffedAsObjects();
    void diffOfAnUnreadableStoreExitsWithTwo();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeStore(const QString &name, const StoreData &store) const
    {
        const QString file = path(name);
        QString error;
        if (!json::saveFile(store, file, &error))
            qWarning() << error;
        return file;
    }
    QString writeBytes(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    }
    StoreData m_expressRoute;
    QTemporaryDir m_dir;
};

void TestCliReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::optional<StoreData> store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    m_expressRoute = *store;
}

void TestCliReview::reviewOfOneBackupFolderNamesTheGpoAndItsContent()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    const CliRun r = review({testdataPath(kNsaBackup)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral(": 1 GPO(s)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("GPO \"DoD Windows 10 STIG - Firewall (SHB v10.1.0)\" "
                                           "{39A6E050-A312-4D61-9DD9-E5B85677647F} in idl.local")),
             qPrintable(r.out));
    // MachineVersionNumber 851981 = directory 13, sysvol 13.
    QVERIFY2(r.out.contains(QStringLiteral("versions: computer 851981 (directory 13, sysvol 13)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("{35378EAC-683F-11D2-A89A-00C04FBBCFA2}")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Windows Firewall: 0 connection security rule(s)")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("LEGACY IPSEC POLICY LINKED")), qPrintable(r.out));
}

void TestCliReview::reviewOfABackupRootCoversEveryGpo()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const CliRun r = review({testdataPath(kSteveRoot)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral(": 3 GPO(s)")), qPrintable(r.out));
    for (const char *gpo :
         {"SN-Tier X Firewall Baseline", "SN-Server Role - Remote Administration firewall Baseline",
          "SN-Domain Firewall Baseline"})
        QVERIFY2(r.out.contains(QStringLiteral("GPO \"%1\"").arg(QLatin1StringView(gpo))), gpo);
    QCOMPARE(r.out.count(QStringLiteral(" in rras.local\n")), 3);
    QVERIFY2(r.out.contains(QStringLiteral("firewall rule ")), qPrintable(r.out));
}

void TestCliReview::reviewJsonOfABackupRootIsJson()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const CliRun r = review({QStringLiteral("--json"), testdataPath(kSteveRoot)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.toJson().contains("SN-Domain Firewall Baseline"));
    QVERIFY(doc.toJson().contains("rras.local"));
}

void TestCliReview::reviewOfAWfwShowsItsConnectionSecurityRule()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const CliRun r = review({testdataPath(kWfw)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Windows Firewall export ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Windows Firewall: 1 connection security rule(s)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1+1 auth set(s)")), qPrintable(r.out));
    // Action=Boundary: request security in both directions.
    QVERIFY2(r.out.contains(QStringLiteral("connection security rule sompok jaya")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("action: Request inbound and outbound")), qPrintable(r.out));
}

void TestCliReview::reviewOfARegistryPolDecodesItsRecords_data()
{
    // The counts are those of the dumps in ../shared/testdata/gpfas/dumps/.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("firewallRules");
    QTest::newRow("a registry.pol without firewall settings has no rules") << kTroennesPol << 67 << 0;
    QTest::newRow("a registry.pol with 93 firewall rules lists them") << kSteveDomainPol << 94 << 93;
}

void TestCliReview::reviewOfARegistryPolDecodesItsRecords()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(int, firewallRules);
    IPSEC_REQUIRE_TESTDATA(file);
    const CliRun r = review({testdataPath(file)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("\nRegistry.pol file (%1 records) ").arg(records)),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Windows Firewall export")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Windows Firewall: 0 connection security rule(s)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 firewall rule(s)").arg(firewallRules)), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("\n  firewall rule ")), firewallRules);
}

void TestCliReview::reviewOfADocumentExplainsEveryRule()
{
    const CliRun r = review({writeStore(QStringLiteral("expressroute.ipsecstore"), m_expressRoute)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("(json)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Policy 'policy-azure-onpremises' [assigned]")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Rule azure-onpremises-HTTP8080")), qPrintable(r.out));
    // Two mirrored filters, each a two-way line with its traffic and what the rule does with it.
    QVERIFY2(r.out.contains(QStringLiteral("10.0.1.0/24 ↔ 10.2.27.0/25  TCP any → 8080: Negotiate")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("ESP 3DES/SHA1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Default response rule: not active")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("No management path")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Validation: 0 errors")), qPrintable(r.out));
}

void TestCliReview::reviewOfADocumentListsAffectedManagementPaths()
{
    const std::optional<StoreData> secure = makeTemplate(QStringLiteral("secure-server-require-security"));
    QVERIFY(secure);
    const CliRun r = review({writeStore(QStringLiteral("secure.ipsecstore"), *secure)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("These management paths would be affected:")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("RDP (TCP/3389)")), qPrintable(r.out));
}

void TestCliReview::reviewOfANetshScriptIsChosenByItsSuffix()
{
    IPSEC_REQUIRE_TESTDATA(kNetshScript);
    const CliRun r = review({testdataPath(kNetshScript)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("(netsh)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Policy '")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Block")), qPrintable(r.out));
    // Read the same script as a document instead: it is no JSON.
    const CliRun forced =
        review({QStringLiteral("--from"), QStringLiteral("json"), testdataPath(kNetshScript)});
    QVERIFY2(forced.exitCode == 2, qPrintable(describeRun(forced)));
}

void TestCliReview::reviewJsonOfADocumentIsJson()
{
    const CliRun r =
        review({QStringLiteral("--json"), writeStore(QStringLiteral("er.ipsecstore"), m_expressRoute)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    const QJsonArray policies = o.value(QStringLiteral("policies")).toArray();
    QCOMPARE(policies.size(), 1);
    const QJsonArray rules = policies.at(0).toObject().value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 1);
    const QJsonArray traffic = rules.at(0).toObject().value(QStringLiteral("traffic")).toArray();
    QCOMPARE(traffic.size(), 2);
    QCOMPARE(traffic.at(0).toObject().value(QStringLiteral("traffic")).toString(),
             QStringLiteral("TCP any → 8080"));
    QCOMPARE(o.value(QStringLiteral("lockout")).toArray().size(), 0);
}

void TestCliReview::unreadableInputsExitWithTwo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("a path that does not exist") << path(QStringLiteral("missing")) << "cannot be read";
    QTest::newRow("a document that is not JSON")
        << writeBytes(QStringLiteral("garbage.ipsecstore"), "{ not json") << "IPS-1";
    QTest::newRow("a .wfw that is no registry hive")
        << writeBytes(QStringLiteral("garbage.wfw"), QByteArray(300, 'x')) << "nothing could be reviewed";
    QTest::newRow("a truncated registry.pol")
        << writeBytes(QStringLiteral("registry.pol"), QByteArray("PReg\x01\x00\x00\x00[S\x00", 11))
        << "nothing could be reviewed";
}

void TestCliReview::unreadableInputsExitWithTwo()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const CliRun r = review({file});
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliReview::reviewShowsEveryProfileSettingOfABackup()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    const CliRun r = review({testdataPath(kNsaBackup)});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(
        r.out.contains(QStringLiteral("  Firewall profiles:\n    Domain profile:\n      Firewall state: on\n"
                                      "      Inbound connections (default): block\n"
                                      "      Outbound connections (default): allow\n")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("      Apply local firewall rules: off\n"
                                           "      Apply local connection security rules: off\n")),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("Log dropped packets: on")), 3);
    QVERIFY2(r.out.contains(QStringLiteral("Policy version: 2.26 (538)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Reviewer's findings: 0")), qPrintable(r.out));
}

void TestCliReview::reviewJsonHasProfilesAndDecodedRules()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const CliRun nsa = review({QStringLiteral("--json"), testdataPath(kNsaBackup)});
    QVERIFY2(nsa.exitCode == 0, qPrintable(describeRun(nsa)));
    const QJsonObject profiles = QJsonDocument::fromJson(nsa.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("gpos"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("firewallProfiles"))
                                     .toObject();
    QCOMPARE(profiles.keys(),
             (QStringList{QStringLiteral("domain"), QStringLiteral("private"), QStringLiteral("public")}));
    const QJsonObject domain = profiles.value(QStringLiteral("domain")).toObject();
    QCOMPARE(domain.value(QStringLiteral("enabled")), QJsonValue(true));
    QCOMPARE(domain.value(QStringLiteral("defaultInboundAction")), QJsonValue(QStringLiteral("block")));
    QCOMPARE(domain.value(QStringLiteral("defaultOutboundAction")), QJsonValue(QStringLiteral("allow")));
    QVERIFY(!domain.contains(QStringLiteral("localPolicyMerge")));
    QCOMPARE(profiles.value(QStringLiteral("public")).toObject().value(QStringLiteral("localPolicyMerge")),
             QJsonValue(false));

    const CliRun steve = review({QStringLiteral("--json"), testdataPath(kSteveRoot)});
    QVERIFY2(steve.exitCode == 0, qPrintable(describeRun(steve)));
    const QJsonObject root = QJsonDocument::fromJson(steve.out.toUtf8()).object();
    int rules = 0;
    for (const QJsonValue &g : root.value(QStringLiteral("gpos")).toArray())
        for (const QJsonValue &rule : g.toObject().value(QStringLiteral("firewallRules")).toArray()) {
            ++rules;
            const QJsonObject o = rule.toObject();
            QVERIFY(o.value(QStringLiteral("action")).toString() == u"allow" ||
                    o.value(QStringLiteral("action")).toString() == u"block");
            QVERIFY(o.value(QStringLiteral("direction")).toString() == u"in" ||
                    o.value(QStringLiteral("direction")).toString() == u"out");
            QVERIFY(o.contains(QStringLiteral("remoteAddresses")));
            QVERIFY(o.contains(QStringLiteral("tokens")));
        }
    QCOMPARE(rules, 54 + 70 + 93);
    QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("gpos")).toInt(), 3);
}

void TestCliReview::reviewHtmlWritesOnePageToTheOutputFile()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const QString html = path(QStringLiteral("wfw-review.html"));
    const CliRun r = review({testdataPath(kWfw), QStringLiteral("--html"), QStringLiteral("-o"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("Wrote ")), qPrintable(r.err));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(QStringLiteral("Connection security rules (1)")));
    QVERIFY(page.contains(QStringLiteral("IPS-706")));
    QVERIFY(!page.contains(QStringLiteral("src=\"http")));
    // --json and --html exclude each other.
    const CliRun both = review({testdataPath(kWfw), QStringLiteral("--html"), QStringLiteral("--json")});
    QCOMPARE(both.exitCode, 2);
}

void TestCliReview::reviewBaselineComparesWithAnotherBackup()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const QStringList arguments{testdataPath(kSteveRoot), QStringLiteral("--baseline"),
                                testdataPath(kNsaBackup)};
    const CliRun text = review(arguments);
    QVERIFY2(text.exitCode == 0, qPrintable(describeRun(text)));
    QVERIFY2(text.out.contains(QStringLiteral("Compared with the baseline ")), qPrintable(text.out));
    QVERIFY2(text.out.contains(
                 QStringLiteral("  missing Public profile: Firewall state (baseline: on; here: not set)")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("  conflicts Private profile: Outbound connections (default) "
                                              "(baseline: allow; here: block)")),
             qPrintable(text.out));
    const CliRun json = review(QStringList{QStringLiteral("--json")} + arguments);
    QVERIFY2(json.exitCode == 0, qPrintable(describeRun(json)));
    const QJsonObject baseline =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("baseline")).toObject();
    QVERIFY(baseline.value(QStringLiteral("missing")).toInt() >= 3);
    // Per profile: outbound blocked, dropped and successful connections not logged; and the policy version.
    QCOMPARE(baseline.value(QStringLiteral("conflicts")).toInt(), 3 * 3 + 1);
    QCOMPARE(baseline.value(QStringLiteral("extra")).toInt() >= 217, true);
    const CliRun html = review(QStringList{QStringLiteral("--html")} + arguments);
    QVERIFY2(html.exitCode == 0, qPrintable(describeRun(html)));
    QVERIFY(html.out.contains(QStringLiteral("<h2 id=\"baseline\">Compared with the baseline</h2>")));
}

void TestCliReview::reviewBaselineAcceptsADocument()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    const QString document = writeStore(QStringLiteral("baseline.ipsecstore"), m_expressRoute);
    const CliRun r =
        review({QStringLiteral("--json"), testdataPath(kWfw), QStringLiteral("--baseline"), document});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const QJsonArray differences = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("baseline"))
                                       .toObject()
                                       .value(QStringLiteral("differences"))
                                       .toArray();
    // The document's policy becomes a connection security rule the .wfw does not have.
    bool missingRule = false;
    for (const QJsonValue &d : differences)
        missingRule = missingRule ||
                      (d.toObject().value(QStringLiteral("kind")).toString() == u"missing" &&
                       d.toObject().value(QStringLiteral("area")).toString() == u"Connection security rule");
    QVERIFY2(missingRule, qPrintable(r.out.left(3000)));
}

void TestCliReview::htmlAndBaselineNeedGpoContent_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString document = writeStore(QStringLiteral("only.ipsecstore"), m_expressRoute);
    QTest::newRow("a document reviewed as HTML is a usage error")
        << QStringList{document, QStringLiteral("--html")};
    QTest::newRow("a document compared with a baseline is a usage error")
        << QStringList{document, QStringLiteral("--baseline"), document};
    QTest::newRow("a baseline that cannot be read is an error") << QStringList{
        testdataPath(kWfw), QStringLiteral("--baseline"), path(QStringLiteral("missing-baseline"))};
}

void TestCliReview::htmlAndBaselineNeedGpoContent()
{
    QFETCH(QStringList, arguments);
    const CliRun r = review(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY(!r.err.isEmpty());
}

void TestCliReview::diffOfEqualStoresIsEmpty()
{
    const QString a = writeStore(QStringLiteral("same-a.ipsecstore"), m_expressRoute);
    const QString b = writeStore(QStringLiteral("same-b.ipsecstore"), m_expressRoute);
    const CliRun r = runCli({QStringLiteral("diff"), a, b});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QCOMPARE(r.out.trimmed(), QStringLiteral("no differences"));
}

void TestCliReview::diffNamesTheChangedField()
{
    StoreData changed = m_expressRoute;
    changed.filterLists.front().filters.front().destinationPort = {8443, 8443};
    changed.filterActions.front().name = QStringLiteral("myStrongerEncryption");
    const QString a = writeStore(QStringLiteral("before.ipsecstore"), m_expressRoute);
    const QString b = writeStore(QStringLiteral("after.ipsecstore"), changed);
    const CliRun r = runCli({QStringLiteral("diff"), a, b});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("~ Filter list 'azure-onpremises-HTTP8080'")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("8080 → 8443")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("name: myEncryption → myStrongerEncryption")), qPrintable(r.out));
}

void TestCliReview::diffHtmlIsAPageWithEveryTextEscaped()
{
    StoreData changed = m_expressRoute;
    changed.filterActions.front().name = QStringLiteral("<script>alert(1)</script>");
    const QString a = writeStore(QStringLiteral("html-before.ipsecstore"), m_expressRoute);
    const QString b = writeStore(QStringLiteral("html-after.ipsecstore"), changed);
    const CliRun r = runCli({QStringLiteral("diff"), QStringLiteral("--html"), a, b});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY(r.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(r.out.contains(QStringLiteral("<td>name</td><td><del>myEncryption</del></td>")));
    QVERIFY(r.out.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!r.out.contains(QStringLiteral("<script>")));
    QCOMPARE(
        runCli({QStringLiteral("diff"), QStringLiteral("--html"), QStringLiteral("--json"), a, b}).exitCode,
        2);
}

void TestCliReview::twoGpoBackupsAreDiffedAsObjects()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    const QString root = testdataPath(kSteveRoot);
    const QString a = root + QStringLiteral("/{7A3AE19B-11BE-4CF7-A078-15C03A897E90}");
    const QString b = root + QStringLiteral("/{C69D83C5-1636-4AD7-B632-1F9B6963054E}");
    const CliRun r =
        runCli({QStringLiteral("diff"), a, b, QStringLiteral("--from"), QStringLiteral("gpo-backup")});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(
        r.out.contains(QStringLiteral("+ Policy 'SN-Server Role - Remote Administration firewall Baseline'")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("- Policy 'SN-Tier X Firewall Baseline'")), qPrintable(r.out));
    QCOMPARE(runCli({QStringLiteral("diff"), a, a, QStringLiteral("--from"), QStringLiteral("gpo-backup")})
                 .exitCode,
             0);
}

void TestCliReview::diffJsonListsTheChanges()
{
    StoreData changed = m_expressRoute;
    changed.policies.front().pollingIntervalMinutes += 5;
    const QString a = writeStore(QStringLiteral("json-a.ipsecstore"), m_expressRoute);
    const QString b = writeStore(QStringLiteral("json-b.ipsecstore"), changed);
    const CliRun r = runCli({QStringLiteral("diff"), QStringLiteral("--json"), a, b});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("equal")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("changed")).toInt(), 1);
    const QJsonObject change = o.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("policy"));
    QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    const QJsonObject field = change.value(QStringLiteral("fields")).toArray().at(0).toObject();
    QVERIFY2(field.value(QStringLiteral("field")).toString().contains(QStringLiteral("olling")),
             qPrintable(r.out));
}

void TestCliReview::diffOfAnUnreadableStoreExitsWithTwo()
{
    const QString a = writeStore(QStringLiteral("ok.ipsecstore"), m_expressRoute);
    const CliRun r = runCli({QStringLiteral("diff"), a, path(QStringLiteral("absent.ipsecstore"))});
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
    const CliRun usage = runCli({QStringLiteral("diff"), a});
    QCOMPARE(usage.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
