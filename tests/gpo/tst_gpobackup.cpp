// GPMC backups: review of every real backup, export of a designed policy (structure as the real samples,
// WFAS content as the worked example of docs/formats/gpo.md), the legacy-link trap, corrupted and hostile
// input.
#include "formats/gpo/gpobackup.h"
#include "formats/gpo/gpofindings.h"
#include "formats/gpo/gpoformat.h"
#include "testdata.h"
#include "workedexample.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ipsec;
using namespace ipsec::gpo;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int countCode(const Findings &findings, const char *c)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.code == QLatin1String(c);
    return n;
}

// Copies a test-data folder into a scratch folder so that a test can damage the copy.
bool copyTree(const QString &from, const QString &to)
{
    QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &e : src.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(e.fileName());
        if (e.isDir() ? !copyTree(e.filePath(), target) : !QFile::copy(e.filePath(), target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

// Element paths ("GroupPolicyBackupScheme/GroupPolicyObject/...") and their attribute names: the structure
// of an XML file with names and values aside.
QSet<QString> structure(const QByteArray &bytes)
{
    QSet<QString> out;
    QStringList stack;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack << r.name().toString();
            const QString path = stack.join(QLatin1Char('/'));
            out << path;
            for (const QXmlStreamAttribute &a : r.attributes())
                out << path + QStringLiteral("@") + a.qualifiedName().toString();
        } else if (r.isEndElement()) {
            stack.removeLast();
        }
    }
    return out;
}

// The worked example with the legacy form's main mode (3DES/SHA-1/DH2) and a default response rule.
StoreData workedExample()
{
    StoreData s = test::workedExample(IkeMethod{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2});
    DefaultResponseRule &dr = s.policies.front().defaultResponse;
    dr.id = newId();
    dr.negotiationPolicyId = newId();
    dr.authMethods = {AuthMethod::kerberos()};
    dr.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    return s;
}

GpoExportOptions fixedOptions(const QString &name = QStringLiteral("IPsec App8080"))
{
    GpoExportOptions o;
    o.domain = QStringLiteral("ipsectest.com");
    o.gpoName = name;
    o.backupId = QUuid(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    o.backupTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5));
    return o;
}

const QString kSteveRoot = QStringLiteral("gpfas/steveunderscoren-windowsfirewall");
const QString kNsaBackup =
    QStringLiteral("gpo_backups/nsacyber_SHB_firewall/{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}");

} // namespace

class TestGpoBackup : public QObject {
    Q_OBJECT
private slots:
    void everyRealBackupIsReviewedWithItsNamesAndCounts_data();
    void everyRealBackupIsReviewedWithItsNamesAndCounts();
    void aManifestWithoutItsFoldersIsReported();
    void theWorkedExampleExportsToTheReferenceRuleAndSets();
    void theExportHasTheStructureOfTheRealSamples();
    void theExportIsReproducibleWithFixedIdAndTime();
    void exportingIntoARootKeepsTheOtherBackupsInTheManifest();
    void hostileNamesSurviveTheXml();
    void legacyOnlyExportWritesCompanionsAndNoIpsecExtension();
    void aLegacyIpsecLinkIsFlaggedAsNotInTheBackup();
    void corruptFilesGiveFindingsAndTheOtherGposAreStillReviewed();
    void pathsOutsideTheBackupAreNotFollowed();
    void theDescriptorsAreRegisteredWithTheirOptions();
};

void TestGpoBackup::everyRealBackupIsReviewedWithItsNamesAndCounts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("firewallRules");
    QTest::addColumn<int>("policyVersion"); // of the first GPO
    QTest::newRow("the SteveUnderScoreN root lists three GPOs through its manifest")
        << kSteveRoot
        << QStringList{QStringLiteral("SN-Server Role - Remote Administration firewall Baseline"),
                       QStringLiteral("SN-Domain Firewall Baseline"),
                       QStringLiteral("SN-Tier X Firewall Baseline")}
        << QList<int>{54, 93, 70} << 534;
    QTest::newRow("the troennes folder without manifest is found by its bkupInfo.xml")
        << QStringLiteral("gpfas/troennes-private-secure-windows/BasicSecComputer")
        << QStringList{QStringLiteral("Basic - MSFT Windows 10 21H2 - Computer")} << QList<int>{0} << 543;
    QTest::newRow("one backup folder is reviewed on its own")
        << kNsaBackup << QStringList{QStringLiteral("DoD Windows 10 STIG - Firewall (SHB v10.1.0)")}
        << QList<int>{-1} << 538;
}

void TestGpoBackup::everyRealBackupIsReviewedWithItsNamesAndCounts()
{
    QFETCH(QString, path);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, firewallRules);
    QFETCH(int, policyVersion);
    IPSEC_REQUIRE_TESTDATA(path);
    QList<int> progress;
    const GpoReviewResult review =
        reviewGpoPath(test::testdataPath(path), [&](int done, int) { progress << done; });
    QCOMPARE(review.gpos.size(), names.size());
    QCOMPARE(progress.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const GpoBackupReview &g = review.gpos[i];
        QCOMPARE(g.displayName, names[i]);
        QVERIFY(!g.gpoGuid.isEmpty());
        QVERIFY(!g.backupTime.isEmpty());
        QVERIFY(g.hasRegistryPol);
        QVERIFY(!g.legacyIpsecLinked);
        QVERIFY(g.machineExtensionGuids.contains(kFirewallTool));
        QVERIFY(g.wfas.connectionSecurityRules.isEmpty());
        if (firewallRules[i] >= 0)
            QCOMPARE(g.wfas.firewallRules.size(), firewallRules[i]);
        QVERIFY2(!hasErrors(g.findings), qPrintable(g.findings.value(0).toString()));
        QCOMPARE(countCode(g.findings, code::BackupLegacyLink), 0);
        // Version numbers pack directory and sysvol counters (docs/formats/gpo.md, Versions and extension
        // lists).
        QCOMPARE(g.machineVersion >> 16, g.machineVersion & 0xFFFF);
        // Every file an extension lists is present (troennes mixes "microsoft" and "Microsoft").
        for (const GpoBackupExtension &e : g.extensions)
            for (const GpoBackupFile &f : e.files)
                if (!f.location.isEmpty() && !f.directory)
                    QVERIFY2(f.present, qPrintable(f.location));
    }
    QCOMPARE(int(review.gpos.first().wfas.policyVersion().value_or(0)), policyVersion);
    QVERIFY(describeReview(review).contains(names.first()));
    QVERIFY(reviewToJson(review).contains(names.first().toUtf8()));
}

void TestGpoBackup::aManifestWithoutItsFoldersIsReported()
{
    const QString root = QStringLiteral("gpo_backups/nsacyber_SHB_emet_manifest");
    IPSEC_REQUIRE_TESTDATA(root);
    const GpoReviewResult review = reviewGpoPath(test::testdataPath(root));
    QVERIFY(review.gpos.isEmpty());
    QVERIFY(countCode(review.findings, code::BackupInconsistent) >= 1);
    QCOMPARE(countCode(review.findings, code::BackupNotABackup), 1);
}

void TestGpoBackup::theWorkedExampleExportsToTheReferenceRuleAndSets()
{
    QTemporaryDir dir;
    const GpoExportResult exported = exportGpoBackup(workedExample(), dir.path(), fixedOptions());
    QVERIFY2(exported.ok, qPrintable(exported.findings.value(0).toString()));
    const GpoReviewResult review = reviewGpoPath(dir.path());
    QCOMPARE(review.gpos.size(), 1);
    const GpoBackupReview &g = review.gpos.first();
    QCOMPARE(g.displayName, QStringLiteral("IPsec App8080"));
    QVERIFY2(!hasErrors(g.findings), qPrintable(g.findings.value(0).toString()));
    QCOMPARE(g.wfas.policyVersion(), std::optional<std::uint32_t>(0x20A));
    QCOMPARE(g.wfas.connectionSecurityRules.size(), 1);
    const WfasRule &csr = g.wfas.connectionSecurityRules.first();
    // The worked example's rule string, set IDs, Name, Desc and EmbedCtxt aside.
    const QStringList expected{QStringLiteral("Action=Secure"),
                               QStringLiteral("Protocol=6"),
                               QStringLiteral("Active=TRUE"),
                               QStringLiteral("EP2Port=8080"),
                               QStringLiteral("EP1_4=10.0.1.0/255.255.255.0"),
                               QStringLiteral("EP2_4=10.2.27.0/255.255.255.128")};
    QStringList got;
    for (const RuleToken &t : csr.tokens)
        if (!QStringList{QStringLiteral("Name"), QStringLiteral("Desc"), QStringLiteral("EmbedCtxt"),
                         QStringLiteral("Auth1Set"), QStringLiteral("Crypto2Set")}
                 .contains(t.name))
            got << t.name + QLatin1Char('=') + t.value;
    QCOMPARE(got, expected);
    QCOMPARE(csr.version, QStringLiteral("2.10"));
    const WfasSet *auth = g.wfas.resolveSet(WfasSetKind::Phase1Auth, csr.value(QStringLiteral("Auth1Set")));
    QVERIFY(auth);
    QCOMPARE(auth->suites.size(), 1);
    QCOMPARE(auth->suites[0].values,
             (QList<WfasValue>{{QStringLiteral("Method"), QStringLiteral("MachineKerb")}}));
    const WfasSet *crypto =
        g.wfas.resolveSet(WfasSetKind::Phase2Crypto, csr.value(QStringLiteral("Crypto2Set")));
    QVERIFY(crypto);
    QCOMPARE(crypto->properties.value(QStringLiteral("PFS")), QStringLiteral("Disable"));
    QCOMPARE(crypto->suites.size(), 2);
    const QList<WfasValue> first{{QStringLiteral("Protocol"), QStringLiteral("ESP")},
                                 {QStringLiteral("Encryption"), QStringLiteral("AES-128")},
                                 {QStringLiteral("2_1EspHash"), QStringLiteral("SHA256")},
                                 {QStringLiteral("TimeOutMinutes"), QStringLiteral("60")},
                                 {QStringLiteral("TimeOutKbytes"), QStringLiteral("100000")},
                                 {QStringLiteral("SkipVersion"), QStringLiteral("2.0")}};
    const QList<WfasValue> second{{QStringLiteral("Protocol"), QStringLiteral("ESP")},
                                  {QStringLiteral("Encryption"), QStringLiteral("3DES")},
                                  {QStringLiteral("EspHash"), QStringLiteral("SHA1")},
                                  {QStringLiteral("TimeOutMinutes"), QStringLiteral("60")},
                                  {QStringLiteral("TimeOutKbytes"), QStringLiteral("100000")}};
    QCOMPARE(crypto->suites[0].values, first);
    QCOMPARE(crypto->suites[1].values, second);
    // The gpreport shows the firewall settings, and it is UTF-16LE with a BOM.
    // The accompanying allow rule of the worked example (docs/formats/gpo.md), Name and EmbedCtxt aside.
    QCOMPARE(g.wfas.firewallRules.size(), 1);
    const WfasRule &allow = g.wfas.firewallRules.first();
    QCOMPARE(allow.version, QStringLiteral("2.10"));
    QStringList allowTokens;
    for (const RuleToken &t : allow.tokens)
        if (t.name != QStringLiteral("Name") && t.name != QStringLiteral("EmbedCtxt"))
            allowTokens << t.name + QLatin1Char('=') + t.value;
    QCOMPARE(allowTokens,
             (QStringList{QStringLiteral("Action=Allow"), QStringLiteral("Active=TRUE"),
                          QStringLiteral("Dir=In"), QStringLiteral("Protocol=6"),
                          QStringLiteral("LPort=8080"), QStringLiteral("LA4=10.2.27.0/255.255.255.128"),
                          QStringLiteral("RA4=10.0.1.0/255.255.255.0"),
                          QStringLiteral("Security=AuthenticateEncrypt")}));
    QVERIFY(g.gpreportPresent);
    QCOMPARE(g.gpreportFirewallRules, 2); // the connection security rule and the allow rule
    const QString backupDir =
        QDir(dir.path()).filePath(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    QVERIFY(readAll(QDir(backupDir).filePath(QStringLiteral("gpreport.xml")))
                .startsWith("\xFF\xFE<\0?\0x\0m\0l\0"));
}

void TestGpoBackup::theExportHasTheStructureOfTheRealSamples()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    QTemporaryDir dir;
    QVERIFY(exportGpoBackup(workedExample(), dir.path(), fixedOptions()).ok);
    const QString ours = QDir(dir.path()).filePath(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    const QString sample =
        test::testdataPath(kSteveRoot + QStringLiteral("/{C69D83C5-1636-4AD7-B632-1F9B6963054E}"));
    // bkupInfo.xml and manifest.xml: the same element tree.
    QCOMPARE(structure(readAll(QDir(ours).filePath(QStringLiteral("bkupInfo.xml")))),
             structure(readAll(QDir(sample).filePath(QStringLiteral("bkupInfo.xml")))));
    QCOMPARE(structure(readAll(QDir(dir.path()).filePath(QStringLiteral("manifest.xml")))),
             structure(readAll(test::testdataPath(kSteveRoot + QStringLiteral("/manifest.xml")))));
    // Backup.xml: everything we write exists in the sample; the sample's core settings and registry extension
    // all exist in ours (the sample also lists security groups of its domain and an unknown extension).
    const QSet<QString> mine = structure(readAll(QDir(ours).filePath(QStringLiteral("Backup.xml"))));
    const QSet<QString> theirs = structure(readAll(QDir(sample).filePath(QStringLiteral("Backup.xml"))));
    QVERIFY2(theirs.contains(mine), qPrintable(QStringList((mine - theirs).values()).join(QLatin1Char(' '))));
    for (const QString &path : theirs)
        if (path.contains(QStringLiteral("GroupPolicyCoreSettings")) ||
            path.endsWith(QStringLiteral("GroupPolicyExtension")))
            QVERIFY2(mine.contains(path), qPrintable(path));
    const QByteArray backupXml = readAll(QDir(ours).filePath(QStringLiteral("Backup.xml")));
    QVERIFY(backupXml.startsWith(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><!-- Copyright (c) Microsoft Corporation."));
    QVERIFY(backupXml.contains(
        "<![CDATA[[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{B05566AC-FE9C-4368-BE01-7A4CBB6CBA11}]]]>"));
    QVERIFY(backupXml.contains("<MachineVersionNumber><![CDATA[65537]]>"));
    const QByteArray manifest = readAll(QDir(dir.path()).filePath(QStringLiteral("manifest.xml")));
    QVERIFY(manifest.startsWith(
        "<Backups xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest\""));
    QVERIFY(!manifest.endsWith('\n'));
}

void TestGpoBackup::theExportIsReproducibleWithFixedIdAndTime()
{
    QTemporaryDir a, b;
    const StoreData store = workedExample();
    QVERIFY(exportGpoBackup(store, a.path(), fixedOptions()).ok);
    const GpoExportResult second = exportGpoBackup(store, b.path(), fixedOptions());
    QVERIFY(second.ok);
    QVERIFY(second.writtenFiles.size() >= 5);
    for (const QString &file : second.writtenFiles) {
        const QString relative = QDir(b.path()).relativeFilePath(file);
        QCOMPARE(readAll(QDir(a.path()).filePath(relative)), readAll(file));
    }
}

void TestGpoBackup::exportingIntoARootKeepsTheOtherBackupsInTheManifest()
{
    QTemporaryDir dir;
    QVERIFY(exportGpoBackup(workedExample(), dir.path(), fixedOptions(QStringLiteral("First"))).ok);
    GpoExportOptions second = fixedOptions(QStringLiteral("Second"));
    second.backupId = QUuid(QStringLiteral("{22222222-2222-3333-4444-555555555555}"));
    QVERIFY(exportGpoBackup(workedExample(), dir.path(), second).ok);
    const GpoReviewResult review = reviewGpoPath(dir.path());
    QCOMPARE(review.gpos.size(), 2);
    QCOMPARE(review.gpos[0].displayName, QStringLiteral("First"));
    QCOMPARE(review.gpos[1].displayName, QStringLiteral("Second"));
    QCOMPARE(countCode(review.findings, code::BackupInconsistent), 0);
}

void TestGpoBackup::hostileNamesSurviveTheXml()
{
    const QString hostile = QStringLiteral("<x&\"y\"]]>'z' </GroupPolicyBackupScheme> ü");
    QTemporaryDir dir;
    StoreData store = workedExample();
    store.policies.front().rules.front().name = hostile;
    const GpoExportResult exported = exportGpoBackup(store, dir.path(), fixedOptions(hostile));
    QVERIFY2(exported.ok, qPrintable(exported.findings.value(0).toString()));
    const GpoReviewResult review = reviewGpoPath(dir.path());
    QCOMPARE(review.gpos.size(), 1);
    QCOMPARE(review.gpos.first().displayName, hostile);
    QVERIFY(!hasErrors(review.gpos.first().findings));
    // A control character cannot travel in XML: refused with a finding, nothing written.
    QTemporaryDir refusedDir;
    const GpoExportResult refused =
        exportGpoBackup(store, refusedDir.path(), fixedOptions(QStringLiteral("a\x01b")));
    QVERIFY(!refused.ok);
    QCOMPARE(countCode(refused.findings, code::BackupExportRefused), 1);
    QVERIFY(QDir(refusedDir.path()).isEmpty());
    GpoExportOptions badDomain = fixedOptions();
    badDomain.domain = QStringLiteral("evil\\..\\domain");
    QVERIFY(!exportGpoBackup(store, refusedDir.path(), badDomain).ok);
}

void TestGpoBackup::legacyOnlyExportWritesCompanionsAndNoIpsecExtension()
{
    QTemporaryDir dir;
    GpoExportOptions o = fixedOptions();
    o.content = GpoContent::Legacy;
    StoreData store = workedExample(); // the legacy form carries only DES/3DES and MD5/SHA1
    store.filterActions.front().securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 3600)};
    const GpoExportResult exported = exportGpoBackup(store, dir.path(), o);
    QStringList all;
    for (const Finding &f : exported.findings)
        all << f.toString();
    QVERIFY2(exported.ok, qPrintable(all.join(QLatin1Char('\n'))));
    QCOMPARE(countCode(exported.findings, code::BackupLegacyLink), 1); // Q54: the link must be re-applied
    const QDir legacy(QDir(dir.path()).filePath(kLegacyFolderName));
    QVERIFY(legacy.exists(QStringLiteral("README.txt")));
    const GpoReviewResult review = reviewGpoPath(dir.path());
    QCOMPARE(review.gpos.size(), 1);
    QVERIFY(!review.gpos.first().hasRegistryPol);
    QVERIFY(review.gpos.first().extensions.isEmpty());
    QVERIFY(legacy.exists(QStringLiteral("ipsec-policy.ldf")));
    QVERIFY(legacy.exists(QStringLiteral("ipsec-policy-netsh.cmd")));
    QVERIFY(readAll(legacy.filePath(QStringLiteral("ipsec-policy-netsh.cmd"))).contains("gponame"));
}

void TestGpoBackup::aLegacyIpsecLinkIsFlaggedAsNotInTheBackup()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}"));
    QVERIFY(copyTree(test::testdataPath(kNsaBackup), copy));
    QByteArray xml = readAll(QDir(copy).filePath(QStringLiteral("Backup.xml")));
    xml.replace("<MachineExtensionGuids><![CDATA[[",
                "<MachineExtensionGuids><![CDATA[[{E437BC1C-AA7D-11D2-A382-00C04F991E27}"
                "{DEA8AFA0-CC85-11D0-9CE2-0080C7221EBD}][");
    QVERIFY(writeBytes(QDir(copy).filePath(QStringLiteral("Backup.xml")), xml));
    const GpoReviewResult review = reviewGpoPath(copy);
    QCOMPARE(review.gpos.size(), 1);
    QVERIFY(review.gpos.first().legacyIpsecLinked);
    QCOMPARE(countCode(review.gpos.first().findings, code::BackupLegacyLink), 1);
    QVERIFY(describeReview(review).contains(QStringLiteral("policy data not in the backup")));
}

void TestGpoBackup::corruptFilesGiveFindingsAndTheOtherGposAreStillReviewed()
{
    IPSEC_REQUIRE_TESTDATA(kSteveRoot);
    QTemporaryDir dir;
    QVERIFY(copyTree(test::testdataPath(kSteveRoot), dir.path()));
    const QString broken =
        QDir(dir.path()).filePath(QStringLiteral("{C69D83C5-1636-4AD7-B632-1F9B6963054E}"));
    const QByteArray xml = readAll(QDir(broken).filePath(QStringLiteral("Backup.xml")));
    QVERIFY(writeBytes(QDir(broken).filePath(QStringLiteral("Backup.xml")), xml.left(xml.size() / 2)));
    const QString truncatedPol =
        QDir(dir.path())
            .filePath(QStringLiteral(
                "{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}/DomainSysvol/GPO/Machine/registry.pol"));
    const QByteArray pol = readAll(truncatedPol);
    QVERIFY(writeBytes(truncatedPol, pol.left(pol.size() - 7)));
    const QString wrongEncoding =
        QDir(dir.path()).filePath(QStringLiteral("{7A3AE19B-11BE-4CF7-A078-15C03A897E90}/gpreport.xml"));
    QVERIFY(writeBytes(wrongEncoding,
                       QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><GPO>\xff\xfe\xfa</GPO>")));

    const GpoReviewResult review = reviewGpoPath(dir.path());
    QCOMPARE(review.gpos.size(), 3);
    const GpoBackupReview &a = review.gpos[0];
    QVERIFY(countCode(a.findings, code::BackupBadXml) + countCode(a.findings, code::BackupBadEncoding) >= 1);
    for (const Finding &f : a.findings)
        if (f.code == QLatin1String(code::BackupBadXml)) {
            QVERIFY(f.location.file.endsWith(QStringLiteral("Backup.xml")));
            QVERIFY(f.location.line > 0);
        }
    const GpoBackupReview &b = review.gpos[1];
    QCOMPARE(countCode(b.findings, code::PolTruncated), 1);
    QVERIFY(b.wfas.firewallRules.size() >= 90); // the records before the damage are still shown
    const GpoBackupReview &c = review.gpos[2];
    QCOMPARE(c.wfas.firewallRules.size(), 70);
    QVERIFY(countCode(c.findings, code::BackupBadEncoding) + countCode(c.findings, code::BackupBadXml) == 1);

    // Truncating a backup's Backup.xml at every 97th byte never crashes and always reports.
    for (qsizetype cut = 0; cut < xml.size(); cut += 97) {
        QVERIFY(writeBytes(QDir(broken).filePath(QStringLiteral("Backup.xml")), xml.left(cut)));
        const GpoReviewResult r = reviewGpoPath(broken);
        QCOMPARE(r.gpos.size(), 1);
        QVERIFY(!r.gpos.first().findings.isEmpty());
    }
}

void TestGpoBackup::pathsOutsideTheBackupAreNotFollowed()
{
    IPSEC_REQUIRE_TESTDATA(kNsaBackup);
    QTemporaryDir dir;
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("backup"));
    QVERIFY(copyTree(test::testdataPath(kNsaBackup), copy));
    QVERIFY(
        writeBytes(QDir(dir.path()).filePath(QStringLiteral("secret.pol")), QByteArray("PReg\x01\0\0\0", 8)));
    QByteArray xml = readAll(QDir(copy).filePath(QStringLiteral("Backup.xml")));
    xml.replace("bkp:Location=\"DomainSysvol\\GPO\\Machine\\registry.pol\"",
                "bkp:Location=\"..\\secret.pol\"");
    QVERIFY(writeBytes(QDir(copy).filePath(QStringLiteral("Backup.xml")), xml));
    const GpoReviewResult review = reviewGpoPath(copy);
    QCOMPARE(countCode(review.gpos.first().findings, code::BackupPathOutside), 1);
    bool refused = false;
    QVERIFY(!resolveInside(copy, QStringLiteral("..\\secret.pol"), &refused));
    QVERIFY(refused);
    QVERIFY(!resolveInside(copy, QStringLiteral("C:\\Windows"), &refused));
    QVERIFY(refused);
    QVERIFY(resolveInside(copy, QStringLiteral("domainsysvol\\gpo\\MACHINE\\Registry.POL")));
}

void TestGpoBackup::theDescriptorsAreRegisteredWithTheirOptions()
{
    const QList<FormatDescriptor> descriptors = gpoFormatDescriptors();
    QStringList names;
    for (const FormatDescriptor &d : descriptors)
        names << d.name;
    // The PowerShell and consec scripts (tst_wfasscripts) follow when the netsh area's quoting is built.
    QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("gpo-backup"), QStringLiteral("wfw"),
                                           QStringLiteral("registry-pol")}));
    const FormatDescriptor &backup = descriptors.first();
    QVERIFY(backup.outputIsFolder);
    QStringList options;
    for (const FormatOption &o : backup.exportOptions)
        options << o.name;
    for (const char *required : {"domain", "gpo-name", "content", "backup-id", "backup-time"})
        QVERIFY2(options.contains(QLatin1String(required)), required);
    QTemporaryDir dir;
    FormatOptions values;
    values.set(QStringLiteral("domain"), QStringLiteral("ipsectest.com"));
    values.set(QStringLiteral("gpo-name"), QStringLiteral("From the CLI"));
    values.set(QStringLiteral("content"), QStringLiteral("wfas"));
    const ExportResult exported = backup.exportFile(workedExample(), dir.path(), values);
    QVERIFY(exported.ok);
    const ImportResult imported = backup.importFile(dir.path(), {});
    QVERIFY(imported.ok);
    QCOMPARE(imported.store.policies.size(), std::size_t(1));
    QCOMPARE(imported.store.policies.front().name, QStringLiteral("From the CLI"));
    QCOMPARE(imported.store.policies.front().rules.size(), 1);
}

QTEST_GUILESS_MAIN(TestGpoBackup)
#include "tst_gpobackup.moc"
