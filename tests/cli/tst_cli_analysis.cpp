// ipsecdesigner-cli explain, analyze, peer and validate --baseline, run as a process on real documents: the
// bundled reference scenario and stores built for nested, mirrored, overlapping-not-nested and tie cases.
#include "clirunner.h"
#include "core/enumnames.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using namespace ipsec::test;

namespace {

const QString kExample = QStringLiteral(IPSEC_SOURCE_DIR "/examples/expressroute-http8080.ipsecstore");

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

Filter filterOf(const char *source, const char *destination, std::uint8_t proto, std::uint16_t port)
{
    Filter f;
    f.id = newId();
    f.source = *parseAddress(QString::fromLatin1(source));
    f.destination = *parseAddress(QString::fromLatin1(destination));
    f.protocol = proto;
    f.destinationPort = port ? PortRange::single(port) : PortRange::any();
    return f;
}

// The reference scenario plus a block rule for the whole /24 ↔ /25 (the encrypted port 8080 lies inside
// it: an exception), a permit rule whose filter equals the block's (shadowed, a tie), and a skewed one.
StoreData overlapping()
{
    StoreData s = *makeTemplate(QStringLiteral("expressroute-http8080"));
    Policy &p = s.policies.front();
    auto addRule = [&](const char *name, Filter f, ActionKind kind) {
        FilterAction a;
        a.id = newId();
        a.name = QString::fromLatin1(name) + QStringLiteral(" action");
        a.action = kind;
        s.filterActions.push_back(a);
        FilterList l{newId(), QString::fromLatin1(name) + QStringLiteral(" list"), {}, {f}};
        s.filterLists.push_back(l);
        Rule r;
        r.id = newId();
        r.name = QString::fromLatin1(name);
        r.filterList = l.id;
        r.filterAction = a.id;
        r.authMethods = {AuthMethod::kerberos()};
        p.rules.append(r);
    };
    addRule("block all", filterOf("10.0.1.0/24", "10.2.27.0/25", protocol::Any, 0), ActionKind::Block);
    addRule("permit all", filterOf("10.0.1.0/24", "10.2.27.0/25", protocol::Any, 0), ActionKind::Permit);
    return s;
}

} // namespace

class TestCliAnalysis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void explainNamesTheWinner_data();
    void explainNamesTheWinner();
    void explainReportsATie();
    void explainRefusesABadPacket();
    void analyzeListsOverlapsAndExitsOneWithWarnings();
    void analyzeIsQuietOnTheReferenceScenario();
    void peerAcceptsTheReferenceScenarioWithItself();
    void peerReportsABlockingPeer();
    void peerFindsNoCommonMainModeWithTheBundledHardenedPeer();
    void validateChecksABaseline_data();
    void validateChecksABaseline();
    void validateChecksTheIntents();

private:
    QString save(const StoreData &s, const char *name);
    QTemporaryDir m_dir;
};

void TestCliAnalysis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(kExample));
}

QString TestCliAnalysis::save(const StoreData &s, const char *name)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    if (!json::saveFile(s, path))
        qFatal("cannot save %s", name);
    return path;
}

void TestCliAnalysis::explainNamesTheWinner_data()
{
    QTest::addColumn<QString>("packet");
    QTest::addColumn<QString>("treatment");
    QTest::addColumn<bool>("viaMirror");
    QTest::addColumn<int>("candidates");
    QTest::newRow("HTTP 8080 from on-premises to Azure is negotiated")
        << "tcp 10.0.1.5:50000 -> 10.2.27.9:8080"
        << "negotiate" << false << 1;
    QTest::newRow("the reply matches the mirrored filter") << "tcp 10.2.27.9:8080 -> 10.0.1.5:50000"
                                                           << "negotiate" << true << 1;
    QTest::newRow("other traffic is not subject to IPsec") << "tcp 192.0.2.1 -> 192.0.2.2:80"
                                                           << "none" << false << 0;
}

void TestCliAnalysis::explainNamesTheWinner()
{
    QFETCH(QString, packet);
    QFETCH(QString, treatment);
    QFETCH(bool, viaMirror);
    QFETCH(int, candidates);
    const CliRun text = runCli({QStringLiteral("explain"), kExample, QStringLiteral("--packet"), packet});
    QVERIFY2(text.exitCode == 0, qPrintable(describeRun(text)));
    QVERIFY(text.out.contains(QStringLiteral("treatment: ") + treatment));
    const CliRun r = runCli(
        {QStringLiteral("explain"), kExample, QStringLiteral("--packet"), packet, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const QJsonObject o = jsonOf(r);
    const QJsonObject winner = o[QStringLiteral("winner")].toObject();
    QCOMPARE(winner[QStringLiteral("treatment")].toString(), treatment);
    QCOMPARE(winner[QStringLiteral("viaMirror")].toBool(), viaMirror);
    QCOMPARE(o[QStringLiteral("candidates")].toArray().size(), candidates);
    QCOMPARE(o[QStringLiteral("tie")].toBool(), false);
    QCOMPARE(o[QStringLiteral("certain")].toBool(), true);
    QCOMPARE(o[QStringLiteral("policy")].toString(), QStringLiteral("policy-azure-onpremises"));
    if (candidates)
        QCOMPARE(winner[QStringLiteral("rule")].toString(), QStringLiteral("azure-onpremises-HTTP8080"));
    else
        QVERIFY(winner[QStringLiteral("rule")].isNull());
}

void TestCliAnalysis::explainReportsATie()
{
    const QString file = save(overlapping(), "overlapping.ipsecstore");
    const CliRun r = runCli({QStringLiteral("explain"), file, QStringLiteral("--packet"),
                             QStringLiteral("udp 10.0.1.5 -> 10.2.27.9:53"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const QJsonObject o = jsonOf(r);
    QVERIFY(o[QStringLiteral("tie")].toBool());
    QVERIFY(!o[QStringLiteral("certain")].toBool());
    const QJsonArray candidates = o[QStringLiteral("candidates")].toArray();
    QCOMPARE(candidates.size(), 2);
    QVERIFY(candidates[1].toObject()[QStringLiteral("reason")].toString().contains(QStringLiteral("tie")));
    // The encrypted port inside the block: nested, so certain.
    const CliRun nested =
        runCli({QStringLiteral("explain"), file, QStringLiteral("--packet"),
                QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"), QStringLiteral("--json")});
    QVERIFY(jsonOf(nested)[QStringLiteral("certain")].toBool());
    QCOMPARE(jsonOf(nested)[QStringLiteral("candidates")].toArray().size(), 3);
}

void TestCliAnalysis::explainRefusesABadPacket()
{
    const CliRun r = runCli({QStringLiteral("explain"), kExample, QStringLiteral("--packet"),
                             QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:99999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("destination port")), qPrintable(r.err));
    const CliRun missing = runCli({QStringLiteral("explain"), kExample});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--packet")));
}

void TestCliAnalysis::analyzeListsOverlapsAndExitsOneWithWarnings()
{
    const QString file = save(overlapping(), "overlapping.ipsecstore");
    const CliRun r = runCli({QStringLiteral("analyze"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray overlaps = jsonOf(r)[QStringLiteral("overlaps")].toArray();
    QStringList kinds;
    for (const QJsonValue &v : overlaps) {
        const QJsonObject o = v.toObject();
        kinds << o[QStringLiteral("kind")].toString();
        QCOMPARE(o[QStringLiteral("filterLists")].toArray().size(), 2);
        QCOMPARE(o[QStringLiteral("rules")].toArray().size(), 2);
        QVERIFY(!o[QStringLiteral("example")].toString().isEmpty());
    }
    QVERIFY2(kinds.contains(QStringLiteral("shadowed")), qPrintable(kinds.join(u',')));
    QVERIFY(kinds.contains(QStringLiteral("exception")));
    // The example packet of each overlap is one explain accepts and both filters match.
    const QString example = overlaps[0].toObject()[QStringLiteral("example")].toString();
    const CliRun e = runCli(
        {QStringLiteral("explain"), file, QStringLiteral("--packet"), example, QStringLiteral("--json")});
    QVERIFY2(e.exitCode == 0, qPrintable(describeRun(e)));
    QVERIFY(jsonOf(e)[QStringLiteral("candidates")].toArray().size() >= 2);
    const CliRun text = runCli({QStringLiteral("analyze"), file});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(QStringLiteral("warning: shadowed")));
}

void TestCliAnalysis::analyzeIsQuietOnTheReferenceScenario()
{
    const CliRun r = runCli({QStringLiteral("analyze"), kExample});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY(r.out.contains(QStringLiteral("no overlapping filters")));
    const CliRun unknown =
        runCli({QStringLiteral("analyze"), kExample, QStringLiteral("--policy"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliAnalysis::peerAcceptsTheReferenceScenarioWithItself()
{
    const CliRun r = runCli({QStringLiteral("peer"), kExample, kExample, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    const QJsonObject o = jsonOf(r);
    QVERIFY(o[QStringLiteral("compatible")].toBool());
    QVERIFY(o[QStringLiteral("problems")].toArray().isEmpty());
    QVERIFY(o[QStringLiteral("flowsChecked")].toInt() >= 2);
}

void TestCliAnalysis::peerReportsABlockingPeer()
{
    StoreData blocking = *makeTemplate(QStringLiteral("expressroute-http8080"));
    for (FilterAction &a : blocking.filterActions)
        a.action = ActionKind::Block;
    const QString file = save(blocking, "blocking.ipsecstore");
    const CliRun r = runCli({QStringLiteral("peer"), kExample, file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray problems = jsonOf(r)[QStringLiteral("problems")].toArray();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems[0].toObject()[QStringLiteral("code")].toString(), QStringLiteral("IPS-602"));
    QVERIFY(!problems[0].toObject()[QStringLiteral("flow")].toString().isEmpty());
    const CliRun unreadable =
        runCli({QStringLiteral("peer"), kExample, m_dir.filePath(QStringLiteral("missing.ipsecstore"))});
    QCOMPARE(unreadable.exitCode, 2);
}

void TestCliAnalysis::peerFindsNoCommonMainModeWithTheBundledHardenedPeer()
{
    const QString peer = QStringLiteral(IPSEC_SOURCE_DIR "/examples/onpremises-peer-dh14.ipsecstore");
    const CliRun r = runCli({QStringLiteral("peer"), kExample, peer});
    QCOMPARE(r.exitCode, 1);
    // The message names both sides' methods, so the engineer sees which one to add without opening either.
    QVERIFY2(r.out.contains(QStringLiteral("IPS-605")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3DES-SHA1-DH2, 3DES-MD5-DH2, DES-SHA1-DH1, DES-MD5-DH1")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("offers 3DES-SHA1-DH14")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("not compatible")), qPrintable(r.out));
}

void TestCliAnalysis::validateChecksABaseline_data()
{
    QTest::addColumn<QString>("baseline");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("the reference scenario's 3DES falls below the modern baseline")
        << "modern" << 1 << "IPS-091";
    QTest::newRow("its DH group 2 falls below legacy-strongest") << "legacy-strongest" << 1 << "IPS-093";
    QTest::newRow("it meets Windows' defaults") << "windows-defaults" << 0 << QString();
    QTest::newRow("an unknown baseline is a usage error") << "fips" << 2 << QString();
}

void TestCliAnalysis::validateChecksABaseline()
{
    QFETCH(QString, baseline);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    const CliRun r = runCli({QStringLiteral("validate"), kExample, QStringLiteral("--baseline"), baseline});
    QCOMPARE(r.exitCode, exitCode);
    if (!code.isEmpty()) {
        QVERIFY2(r.out.contains(code), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("every export format")) ||
                r.out.contains(QStringLiteral("Windows Firewall formats")));
    }
    if (exitCode == 2)
        QVERIFY(r.err.contains(QStringLiteral("legacy-strongest")));
}

void TestCliAnalysis::validateChecksTheIntents()
{
    StoreData s = *makeTemplate(QStringLiteral("expressroute-http8080"));
    s.intents = {{QStringLiteral("8080 is encrypted"),
                  {},
                  QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"),
                  Treatment::Negotiate}};
    const CliRun pass = runCli({QStringLiteral("validate"), save(s, "pass.ipsecstore")});
    QVERIFY2(pass.exitCode == 0, qPrintable(describeRun(pass)));
    s.intents.push_back({QStringLiteral("443 is blocked"),
                         {},
                         QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:443"),
                         Treatment::Block});
    const CliRun fail = runCli({QStringLiteral("validate"), save(s, "fail.ipsecstore")});
    QCOMPARE(fail.exitCode, 1);
    QVERIFY(fail.out.contains(QStringLiteral("IPS-088")));
    QVERIFY(fail.out.contains(QStringLiteral("'443 is blocked'")));
    QVERIFY(fail.out.contains(QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:443")));
}

QTEST_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
