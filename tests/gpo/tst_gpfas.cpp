// MS-GPFAS: rule strings of the real samples parse and re-serialise unchanged; the .wfw export reads through
// hivex into the records of its dump and decodes into the rule and sets docs/formats/gpo.md describes.
#include "dumpparser.h"
#include "formats/gpo/gpfasrule.h"
#include "formats/gpo/gpofindings.h"
#include "formats/gpo/wfaspolicy.h"
#include "formats/gpo/wfwreader.h"
#include "testdata.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::gpo;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countCode(const Findings &findings, const char *c)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.code == QLatin1String(c);
    return n;
}

const QString kWfw = QStringLiteral("gpfas/luthfina16-firewall/firewall.wfw");

QString stevePol(const char *id)
{
    return QStringLiteral("gpfas/steveunderscoren-windowsfirewall/%1/DomainSysvol/GPO/Machine/registry.pol")
        .arg(QLatin1String(id));
}

} // namespace

class TestGpfas : public QObject {
    Q_OBJECT
private slots:
    void schemaVersionsReadAsTheReferenceTable_data();
    void schemaVersionsReadAsTheReferenceTable();
    void everyRealFirewallRuleReserialisesUnchanged_data();
    void everyRealFirewallRuleReserialisesUnchanged();
    void unknownTokensAreKeptAndReported();
    void malformedTokensAreWrittenBackAsRead_data();
    void malformedTokensAreWrittenBackAsRead();
    void connectionSecurityRuleChecksFollowTheReference_data();
    void connectionSecurityRuleChecksFollowTheReference();
    void aDecodedPolicyEncodesAndDecodesToTheSamePolicy();
    void theWfwExportMatchesItsDump();
    void theWfwRuleAndSetsDecodeAsTheReferenceSays();
    void aNonHiveFileIsRefusedAsWfw();
    void customisedDefaultSetsAreFollowed();
    void addressesUseMaskFormForIPv4_data();
    void addressesUseMaskFormForIPv4();
};

void TestGpfas::schemaVersionsReadAsTheReferenceTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    const QList<QPair<const char *, int>> rows{{"2.0", 512},  {"2.1", 513},  {"2.10", 522}, {"2.20", 532},
                                               {"2.22", 534}, {"2.24", 536}, {"2.25", 537}, {"2.26", 538},
                                               {"2.27", 539}, {"2.28", 540}, {"2.29", 541}, {"2.30", 542},
                                               {"2.31", 543}, {"2.32", 544}, {"2.33", 545}};
    for (const auto &[text, value] : rows)
        QTest::newRow(
            qPrintable(QStringLiteral("version %1 is PolicyVersion %2").arg(QLatin1String(text)).arg(value)))
            << QString::fromLatin1(text) << value;
}

void TestGpfas::schemaVersionsReadAsTheReferenceTable()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(parseSchemaVersion(text), std::optional<std::uint16_t>(std::uint16_t(value)));
    QCOMPARE(formatSchemaVersion(std::uint16_t(value)), text);
}

void TestGpfas::everyRealFirewallRuleReserialisesUnchanged_data()
{
    QTest::addColumn<QString>("source");
    for (const char *id : {"{7A3AE19B-11BE-4CF7-A078-15C03A897E90}", "{C69D83C5-1636-4AD7-B632-1F9B6963054E}",
                           "{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}"})
        QTest::newRow(qPrintable(QStringLiteral("the rules of SteveUnderScoreN %1").arg(QLatin1String(id))))
            << stevePol(id);
    QTest::newRow("the rules of the luthfina16 .wfw export") << kWfw;
}

void TestGpfas::everyRealFirewallRuleReserialisesUnchanged()
{
    QFETCH(QString, source);
    IPSEC_REQUIRE_TESTDATA(source);
    QList<PolRecord> records;
    QString base = kWfasBaseKey;
    if (source.endsWith(QStringLiteral(".wfw"))) {
        if (!wfwSupported())
            IPSEC_SKIP_OUTSIDE_CI(
                QStringLiteral("built without hivex: install libhivex-dev to read .wfw files"));
        const WfwReadResult wfw = readWfwFile(test::testdataPath(source));
        QVERIFY(wfw.ok);
        records = wfw.records;
        base = wfw.rootKey;
    } else {
        const PolReadResult pol = readRegistryPol(readAll(test::testdataPath(source)));
        QVERIFY(pol.ok);
        records = pol.records;
    }
    int rules = 0;
    for (const PolRecord &r : records) {
        const bool isRule = r.key.endsWith(QStringLiteral("\\FirewallRules"), Qt::CaseInsensitive) ||
                            r.key.endsWith(QStringLiteral("\\ConSecRules"), Qt::CaseInsensitive);
        if (!isRule || r.type != regtype::Sz)
            continue;
        ++rules;
        Findings findings;
        const auto kind = r.key.endsWith(QStringLiteral("\\FirewallRules"), Qt::CaseInsensitive)
                              ? WfasRuleKind::Firewall
                              : WfasRuleKind::ConnectionSecurity;
        const auto rule = parseRuleString(r.text(), kind, r.valueName, &findings);
        QVERIFY(rule);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).toString()));
        QCOMPARE(rule->toString(), r.text());
        const Findings checks = checkRule(*rule);
        QCOMPARE(countCode(checks, code::FasUnknownToken), 0);
        QVERIFY2(countCode(checks, code::FasBadValue) == 0, qPrintable(checks.value(0).toString()));
    }
    QVERIFY(rules >= 54);
    const WfasDecodeResult decoded = decodeWfas(records, base);
    QCOMPARE(countCode(decoded.findings, code::FasMalformedRule), 0);
    QVERIFY(!decoded.policy.firewallRules.isEmpty());
}

void TestGpfas::unknownTokensAreKeptAndReported()
{
    const QString text =
        QStringLiteral("v2.33|Action=Secure|Active=TRUE|FutureThing=42|Auth1Set={A}|Crypto2Set={B}|");
    Findings findings;
    const auto rule =
        parseRuleString(text, WfasRuleKind::ConnectionSecurity, QStringLiteral("{R}"), &findings);
    QVERIFY(rule);
    QCOMPARE(rule->toString(), text);
    QCOMPARE(rule->value(QStringLiteral("FutureThing")), QStringLiteral("42"));
    const Findings checks = checkRule(*rule);
    QCOMPARE(countCode(checks, code::FasUnknownToken), 1);
    QVERIFY(checks.first().message.contains(QStringLiteral("FutureThing=42")));
}

void TestGpfas::malformedTokensAreWrittenBackAsRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("malformed");
    QTest::newRow("an empty token between two bars") << QStringLiteral("v2.30|Action=Allow||Dir=In|") << 1;
    QTest::newRow("a token without an equals sign") << QStringLiteral("v2.30|Action=Allow|Active|") << 1;
    QTest::newRow("a token that is only a value") << QStringLiteral("v2.30|=TRUE|Dir=In|") << 1;
    // The input fuzz_wfas_rule found (docs/robustness.md): its first byte picked the rule kind.
    const QByteArray found = readAll(
        test::sourcePath(QStringLiteral("tests/gpo/regressions/firewall-rule-with-empty-tokens.fuzz")));
    QTest::newRow("the firewall rule with 87 malformed tokens the fuzzer found")
        << QString::fromUtf8(found.mid(1)) << 87;
}

void TestGpfas::malformedTokensAreWrittenBackAsRead()
{
    QFETCH(QString, text);
    QFETCH(int, malformed);
    Findings findings;
    const auto rule = parseRuleString(text, WfasRuleKind::Firewall, QStringLiteral("{R}"), &findings);
    QVERIFY(rule);
    int withoutEquals = 0;
    for (const Finding &f : findings)
        withoutEquals += f.message.contains(QStringLiteral("a token without '='"));
    QCOMPARE(withoutEquals, malformed);
    const QString written = rule->toString();
    QVERIFY(written == text || written == text + QLatin1Char('|')); // a missing final bar is added
    const auto again = parseRuleString(written, WfasRuleKind::Firewall, QStringLiteral("{R}"), nullptr);
    QVERIFY(again);
    QCOMPARE(*again, *rule);
}

void TestGpfas::connectionSecurityRuleChecksFollowTheReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedCode"); // empty: no finding
    QTest::newRow("the worked example rule passes every check")
        << QStringLiteral(
               "v2.10|Action=Secure|Protocol=6|Active=TRUE|EP2Port=8080|EP1_4=10.0.1.0/255.255.255.0|"
               "EP2_4=10.2.27.0/255.255.255.128|Name=App8080|Auth1Set={A}|Crypto2Set={C}|")
        << QString();
    QTest::newRow("an exemption naming an auth set is refused")
        << QStringLiteral("v2.10|Action=DoNotSecure|Active=TRUE|Auth1Set={A}|") << QStringLiteral("IPS-414");
    QTest::newRow("a secure rule without a crypto set is refused")
        << QStringLiteral("v2.10|Action=Secure|Active=TRUE|Auth1Set={A}|") << QStringLiteral("IPS-414");
    QTest::newRow("ports without TCP or UDP are refused")
        << QStringLiteral("v2.10|Action=DoNotSecure|Active=TRUE|Protocol=1|EP1Port=80|")
        << QStringLiteral("IPS-414");
    QTest::newRow("a tunnel rule with a port is refused")
        << QStringLiteral(
               "v2.10|Action=Secure|Protocol=6|EP1Port=80|LTunnel4=1.1.1.1|RTunnel4=2.2.2.2|Auth1Set={A}|"
               "Crypto2Set={C}|")
        << QStringLiteral("IPS-414");
    QTest::newRow("a bad port number is a bad value")
        << QStringLiteral("v2.10|Action=DoNotSecure|Protocol=6|EP1Port=70000|") << QStringLiteral("IPS-412");
    QTest::newRow("KeyMod in a v2.10 rule is newer than the rule")
        << QStringLiteral("v2.10|Action=DoNotSecure|KeyMod=IkeV2|") << QStringLiteral("IPS-422");
    QTest::newRow("a repeated Action is reported")
        << QStringLiteral("v2.10|Action=DoNotSecure|Action=DoNotSecure|") << QStringLiteral("IPS-413");
}

void TestGpfas::connectionSecurityRuleChecksFollowTheReference()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedCode);
    const auto rule = parseRuleString(text, WfasRuleKind::ConnectionSecurity, QStringLiteral("{R}"), nullptr);
    QVERIFY(rule);
    const Findings checks = checkRule(*rule);
    if (expectedCode.isEmpty()) {
        QVERIFY2(checks.isEmpty(), qPrintable(checks.value(0).toString()));
        return;
    }
    bool found = false;
    for (const Finding &f : checks)
        found = found || f.code == expectedCode;
    QVERIFY2(found, qPrintable(checks.isEmpty() ? QStringLiteral("no finding") : checks.first().toString()));
}

void TestGpfas::aDecodedPolicyEncodesAndDecodesToTheSamePolicy()
{
    const QString pol = stevePol("{7A3AE19B-11BE-4CF7-A078-15C03A897E90}");
    IPSEC_REQUIRE_TESTDATA(pol);
    const PolReadResult read = readRegistryPol(readAll(test::testdataPath(pol)));
    const WfasDecodeResult first = decodeWfas(read.records);
    QCOMPARE(first.policy.policyVersion(), std::optional<std::uint32_t>(534));
    QCOMPARE(first.policy.firewallRules.size(), 70);
    const WfasDecodeResult second = decodeWfas(encodeWfas(first.policy));
    QVERIFY(second.policy == first.policy);
    // Every record of this GPO sits below the firewall key, and MS-GPFAS explains each of them.
    QCOMPARE(first.recordsUsed, read.records.size());
    QVERIFY(first.policy.unrecognised.isEmpty());
}

void TestGpfas::theWfwExportMatchesItsDump()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    if (!wfwSupported())
        IPSEC_SKIP_OUTSIDE_CI(QStringLiteral("built without hivex: install libhivex-dev to read .wfw files"));
    const WfwReadResult wfw = readWfwFile(test::testdataPath(kWfw));
    QVERIFY(wfw.ok);
    QCOMPARE(wfw.rootKey, QStringLiteral("{08DBE27E-F20E-40CD-8DCE-EFC96FBB7E39}"));
    const test::DumpContents dump =
        test::readDump(test::testdataPath(QStringLiteral("gpfas/dumps/luthfina16_firewall.wfw.txt")));
    QVERIFY2(dump.error.isEmpty(), qPrintable(dump.error));
    QCOMPARE(wfw.records.size(), dump.records.size());
    for (qsizetype i = 0; i < wfw.records.size(); ++i)
        QVERIFY2(wfw.records[i] == dump.records[i],
                 qPrintable(QStringLiteral("record %1:\n got  %2\n want %3")
                                .arg(i)
                                .arg(describeRecord(wfw.records[i]), describeRecord(dump.records[i]))));
}

void TestGpfas::theWfwRuleAndSetsDecodeAsTheReferenceSays()
{
    IPSEC_REQUIRE_TESTDATA(kWfw);
    if (!wfwSupported())
        IPSEC_SKIP_OUTSIDE_CI(QStringLiteral("built without hivex: install libhivex-dev to read .wfw files"));
    const WfwReadResult wfw = readWfwFile(test::testdataPath(kWfw));
    const WfasPolicy &p = wfw.policy;
    QCOMPARE(p.policyVersion(), std::optional<std::uint32_t>(542));
    QCOMPARE(p.connectionSecurityRules.size(), 1);
    const WfasRule &csr = p.connectionSecurityRules.first();
    QCOMPARE(csr.id, QStringLiteral("{242A29C3-F8F2-4C98-A75E-63F87F9F10E1}"));
    QCOMPARE(csr.version, QStringLiteral("2.30"));
    QCOMPARE(csr.value(QStringLiteral("Action")), QStringLiteral("Boundary"));
    QCOMPARE(describeConSecAction(csr.value(QStringLiteral("Action"))),
             QStringLiteral("Request inbound and outbound"));
    QCOMPARE(csr.profiles(), 2u);
    QVERIFY(csr.isActive());
    QCOMPARE(csr.value(QStringLiteral("Crypto2Set")), defaultSetId(WfasSetKind::Phase2Crypto));

    const WfasSet *p1 = p.resolveSet(WfasSetKind::Phase1Auth, csr.value(QStringLiteral("Auth1Set")));
    QVERIFY(p1);
    QCOMPARE(p1->properties.value(QStringLiteral("Version")), QStringLiteral("2.30"));
    QVERIFY(!p1->properties.has(QStringLiteral("Name")));
    QCOMPARE(p1->suites.size(), 1);
    QCOMPARE(p1->suites[0].value(QStringLiteral("Method")), QStringLiteral("MachineCert"));
    QCOMPARE(p1->suites[0].value(QStringLiteral("OtherCertSigning")), QStringLiteral("ECDSA384"));
    QCOMPARE(p1->suites[0].value(QStringLiteral("SkipVersion")), QStringLiteral("2.0"));

    const WfasSet *p2 = p.resolveSet(WfasSetKind::Phase2Auth, csr.value(QStringLiteral("Auth2Set")));
    QVERIFY(p2);
    QCOMPARE(p2->suites.size(), 2);
    QCOMPARE(p2->suites[0].value(QStringLiteral("Method")), QStringLiteral("UserCert"));
    QCOMPARE(p2->suites[0].value(QStringLiteral("IntermediateCA")), QStringLiteral("TRUE"));
    QCOMPARE(p2->suites[1].value(QStringLiteral("Method")), QStringLiteral("Anonymous"));
    QVERIFY(p.setsOfKind(WfasSetKind::Phase1Crypto).isEmpty()); // the export uses the default crypto sets

    const Findings checks = validateWfas(p);
    QCOMPARE(countCode(checks, code::FasMissingSet), 0);
    QCOMPARE(countCode(checks, code::FasUnknownSetValue), 0);
    QVERIFY(p.firewallRules.size() > 400);
}

void TestGpfas::aNonHiveFileIsRefusedAsWfw()
{
    const QString pol = stevePol("{C69D83C5-1636-4AD7-B632-1F9B6963054E}");
    IPSEC_REQUIRE_TESTDATA(pol);
    const WfwReadResult wfw = readWfwFile(test::testdataPath(pol));
    QVERIFY(!wfw.ok);
    QCOMPARE(wfw.findings.size(), 1);
    QCOMPARE(wfw.findings.first().code,
             QString::fromLatin1(wfwSupported() ? code::WfwUnreadable : code::WfwNoHivex));
}

void TestGpfas::customisedDefaultSetsAreFollowed()
{
    // docs/formats/gpo.md, Default sets: a value named after the default ID on the kind's key points at the
    // custom set.
    const QString base = kWfasBaseKey + QStringLiteral("\\Phase1CryptoSet");
    const QString custom = QStringLiteral("{11111111-2222-3333-4444-555555555555}");
    const QList<PolRecord> records{
        PolRecord::string(base, defaultSetId(WfasSetKind::Phase1Crypto), custom),
        PolRecord::string(base + QLatin1Char('\\') + custom, QStringLiteral("TimeOutMinutes"),
                          QStringLiteral("480")),
        PolRecord::string(base + QLatin1Char('\\') + custom + QStringLiteral("\\0000"),
                          QStringLiteral("KeyExchange"), QStringLiteral("DH2048")),
    };
    const WfasDecodeResult decoded = decodeWfas(records);
    QVERIFY(decoded.findings.isEmpty());
    const WfasSet *set =
        decoded.policy.resolveSet(WfasSetKind::Phase1Crypto, defaultSetId(WfasSetKind::Phase1Crypto));
    QVERIFY(set);
    QCOMPARE(set->id, custom);
    QCOMPARE(encodeWfas(decoded.policy), records);
}

void TestGpfas::addressesUseMaskFormForIPv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("an IPv4 subnet in mask form stays in mask form")
        << QStringLiteral("127.0.0.128/255.255.255.128") << QStringLiteral("127.0.0.128/255.255.255.128");
    QTest::newRow("an IPv4 prefix is written in mask form")
        << QStringLiteral("10.0.1.0/24") << QStringLiteral("10.0.1.0/255.255.255.0");
    QTest::newRow("an IPv6 prefix stays a prefix")
        << QStringLiteral("fe80::/64") << QStringLiteral("fe80::/64");
    QTest::newRow("a range stays a range")
        << QStringLiteral("127.0.0.2-127.0.0.3") << QStringLiteral("127.0.0.2-127.0.0.3");
    QTest::newRow("the DNS keyword is the DNS servers") << QStringLiteral("DNS") << QStringLiteral("DNS");
}

void TestGpfas::addressesUseMaskFormForIPv4()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    const auto a = parseWfasAddress(text);
    QVERIFY(a);
    QCOMPARE(formatWfasAddress(*a), written);
}

QTEST_GUILESS_MAIN(TestGpfas)
#include "tst_gpfas.moc"
