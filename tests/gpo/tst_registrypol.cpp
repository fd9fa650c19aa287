// Registry.pol (PReg): every real file reads into the records of its dump and writes back byte-identical;
// broken files give findings with offsets and never crash.
#include "dumpparser.h"
#include "formats/gpo/gpofindings.h"
#include "formats/gpo/registrypol.h"
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

const QString kSteve = QStringLiteral("gpfas/steveunderscoren-windowsfirewall/");
const QString kMachinePol = QStringLiteral("/DomainSysvol/GPO/Machine/registry.pol");
const QString kTroennesPol = QStringLiteral("gpfas/troennes-private-secure-windows/BasicSecComputer/"
                                            "{70CF3C23-9F4D-4E50-8D2A-DEAD79D5A724}/DomainSysvol/GPO/Machine/"
                                            "registry.pol");

bool hasCode(const Findings &findings, const char *c)
{
    for (const Finding &f : findings)
        if (f.code == QLatin1String(c))
            return true;
    return false;
}

} // namespace

class TestRegistryPol : public QObject {
    Q_OBJECT
private slots:
    void realFilesMatchTheirDumps_data();
    void realFilesMatchTheirDumps();
    void realFilesWriteBackByteIdentical_data();
    void realFilesWriteBackByteIdentical();
    void specialRecordsAreRecognised();
    void everyInstructionKindRoundTrips();
    void truncationAtEveryOffsetGivesAFindingWithTheOffset();
    void brokenFilesAreRefusedWithTheRightCode_data();
    void brokenFilesAreRefusedWithTheRightCode();
    void theWriterRefusesDataLongerThan65535Bytes();
    void theWorkedExampleHasTheReferenceSizeAndHeaderBytes();
};

void TestRegistryPol::realFilesMatchTheirDumps_data()
{
    QTest::addColumn<QString>("pol");
    QTest::addColumn<QString>("dump");
    for (const char *id : {"{7A3AE19B-11BE-4CF7-A078-15C03A897E90}", "{C69D83C5-1636-4AD7-B632-1F9B6963054E}",
                           "{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}"}) {
        const QString guid = QLatin1String(id);
        QTest::newRow(
            qPrintable(QStringLiteral("the SteveUnderScoreN backup %1 reads like its dump").arg(guid)))
            << kSteve + guid + kMachinePol
            << QStringLiteral("gpfas/dumps/steveunderscoren_%1_registry.pol.txt").arg(guid);
    }
    QTest::newRow("the troennes backup with key-only and **del. records reads like its dump")
        << kTroennesPol << QStringLiteral("gpfas/dumps/troennes_BasicSecComputer_registry.pol.txt");
}

void TestRegistryPol::realFilesMatchTheirDumps()
{
    QFETCH(QString, pol);
    QFETCH(QString, dump);
    IPSEC_REQUIRE_TESTDATA(pol);
    IPSEC_REQUIRE_TESTDATA(dump);
    const test::DumpContents expected = test::readDump(test::testdataPath(dump));
    QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
    const PolReadResult read = readRegistryPol(readAll(test::testdataPath(pol)), pol);
    QVERIFY(read.ok);
    QVERIFY(read.findings.isEmpty());
    QCOMPARE(read.records.size(), expected.declaredCount);
    QCOMPARE(read.records.size(), expected.records.size());
    for (qsizetype i = 0; i < read.records.size(); ++i) {
        const PolRecord &got = read.records[i];
        const PolRecord &want = expected.records[i];
        QVERIFY2(got == want, qPrintable(QStringLiteral("record %1:\n got  %2\n want %3")
                                             .arg(i)
                                             .arg(describeRecord(got), describeRecord(want))));
    }
}

void TestRegistryPol::realFilesWriteBackByteIdentical_data()
{
    QTest::addColumn<QString>("pol");
    for (const char *id : {"{7A3AE19B-11BE-4CF7-A078-15C03A897E90}", "{C69D83C5-1636-4AD7-B632-1F9B6963054E}",
                           "{EB8AA8AC-840C-4E15-9EA4-DAB25D6CB3A5}"})
        QTest::newRow(
            qPrintable(QStringLiteral("SteveUnderScoreN %1 writes back identical").arg(QLatin1String(id))))
            << kSteve + QLatin1String(id) + kMachinePol;
    QTest::newRow("troennes writes back identical") << kTroennesPol;
    QTest::newRow("the nsacyber SHB firewall backup writes back identical")
        << QStringLiteral("gpo_backups/nsacyber_SHB_firewall/{3AD8D9F1-7CD7-4A0B-955A-8BBB76E51E23}") +
               kMachinePol;
}

void TestRegistryPol::realFilesWriteBackByteIdentical()
{
    QFETCH(QString, pol);
    IPSEC_REQUIRE_TESTDATA(pol);
    const QByteArray bytes = readAll(test::testdataPath(pol));
    const PolReadResult read = readRegistryPol(bytes, pol);
    QVERIFY(read.ok);
    QVERIFY(!read.records.isEmpty());
    Findings findings;
    QCOMPARE(writeRegistryPol(read.records, &findings), bytes);
    QVERIFY(findings.isEmpty());
}

void TestRegistryPol::specialRecordsAreRecognised()
{
    IPSEC_REQUIRE_TESTDATA(kTroennesPol);
    const PolReadResult read = readRegistryPol(readAll(test::testdataPath(kTroennesPol)));
    int keyOnly = 0, deletes = 0;
    for (const PolRecord &r : read.records) {
        if (r.instruction() == PolInstruction::EnsureKey)
            ++keyOnly;
        if (r.instruction() == PolInstruction::DeleteValue) {
            ++deletes;
            QCOMPARE(r.text(), QStringLiteral(" "));
            QVERIFY(!r.instructionTarget().isEmpty());
        }
    }
    QCOMPARE(keyOnly, 3);
    QCOMPARE(deletes, 5);
}

void TestRegistryPol::everyInstructionKindRoundTrips()
{
    const QString key = QStringLiteral("Software\\Policies\\Test");
    QList<PolRecord> records{
        PolRecord::keyOnly(key),
        PolRecord::deleteValue(key, QStringLiteral("One")),
        PolRecord::deleteAllValues(key),
        PolRecord::string(key, QStringLiteral("**DeleteValues"), QStringLiteral("A;B")),
        PolRecord::string(key, QStringLiteral("**DeleteKeys"), QStringLiteral("Sub1;Sub2")),
        PolRecord::dwordValue(key, QStringLiteral("**SecureKey"), 1),
        PolRecord::dwordValue(key, QStringLiteral("**soft.Level"), 3),
        PolRecord::string(key, QStringLiteral("Path"), QStringLiteral("%SystemRoot%\\x"), regtype::ExpandSz),
        PolRecord{key, QStringLiteral("Bin"), regtype::Binary, QByteArray("\x5d\x00\x5d\x00", 4)},
        PolRecord{key, QStringLiteral("Q"), regtype::Qword, QByteArray(8, '\x01')},
        PolRecord{key, QStringLiteral("BE"), regtype::DwordBigEndian, QByteArray("\x00\x00\x01\x02", 4)},
        PolRecord{key, QStringLiteral("Multi"), regtype::MultiSz, QByteArray("a\0\0\0b\0\0\0\0\0", 10)},
        PolRecord{key, QStringLiteral("Odd type"), 0x1234, QByteArray("xyz")},
    };
    const QList<PolInstruction> kinds{PolInstruction::EnsureKey,  PolInstruction::DeleteValue,
                                      PolInstruction::DeleteAll,  PolInstruction::DeleteValues,
                                      PolInstruction::DeleteKeys, PolInstruction::SecureKey,
                                      PolInstruction::SoftValue,  PolInstruction::SetValue};
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(records[i].instruction(), kinds[i]);
    QCOMPARE(records[6].instructionTarget(), QStringLiteral("Level"));
    QCOMPARE(records[10].dword(), std::optional<std::uint32_t>(0x0102));
    QCOMPARE(records[11].multiText(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const QByteArray bytes = writeRegistryPol(records);
    const PolReadResult read = readRegistryPol(bytes);
    QVERIFY(read.ok);
    QCOMPARE(read.records, records); // order kept, unknown type kept raw, data containing "]" read by size
}

void TestRegistryPol::truncationAtEveryOffsetGivesAFindingWithTheOffset()
{
    IPSEC_REQUIRE_TESTDATA(kTroennesPol);
    const QByteArray bytes = readAll(test::testdataPath(kTroennesPol));
    const PolReadResult full = readRegistryPol(bytes);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
        const PolReadResult read = readRegistryPol(bytes.left(cut), QStringLiteral("cut.pol"));
        // A cut exactly between two records is a valid shorter file; anything else is reported.
        const bool atBoundary = cut >= 8 && (full.recordOffsets.contains(cut));
        if (atBoundary || cut == 8) {
            QVERIFY(read.ok);
            continue;
        }
        QVERIFY2(!read.ok, qPrintable(QStringLiteral("cut at %1 was accepted").arg(cut)));
        QVERIFY(!read.findings.isEmpty());
        for (const Finding &f : read.findings) {
            QCOMPARE(f.location.file, QStringLiteral("cut.pol"));
            QVERIFY(f.location.byteOffset >= 0 && f.location.byteOffset <= cut);
        }
        QVERIFY(read.records.size() <= full.records.size());
    }
}

void TestRegistryPol::brokenFilesAreRefusedWithTheRightCode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<qint64>("expectedOffset");
    const QByteArray header("PReg\x01\x00\x00\x00", 8);
    const QString key = QStringLiteral("K");
    QByteArray good = writeRegistryPol({PolRecord::dwordValue(key, QStringLiteral("V"), 7)});
    QTest::newRow("an empty file is not a registry.pol")
        << QByteArray() << QStringLiteral("IPS-400") << qint64(0);
    QTest::newRow("a file with another signature is refused")
        << QByteArray("REGEDIT4\r\n") << QStringLiteral("IPS-400") << qint64(0);
    QTest::newRow("a version other than 1 is refused")
        << QByteArray("PReg\x02\x00\x00\x00", 8) << QStringLiteral("IPS-400") << qint64(4);
    QByteArray noBracket = good;
    noBracket[8] = '(';
    QTest::newRow("a record that does not start with '[' is refused at its offset")
        << noBracket << QStringLiteral("IPS-402") << qint64(8);
    QByteArray huge = header;
    for (const char16_t c : u"[K\0;V\0;")
        huge.append(char(c)).append('\0');
    huge.chop(2); // the literal's own terminator
    huge.append("\x04\x00\x00\x00", 4).append(";\0", 2).append("\x00\x00\x01\x00", 4).append(";\0", 2);
    QTest::newRow("a size above 65535 is refused")
        << huge << QStringLiteral("IPS-403") << qint64(huge.size() - 6);
    QByteArray garbageTail = good + QByteArray("\x01\x02\x03", 3);
    QTest::newRow("garbage after the last record is reported at its offset")
        << garbageTail << QStringLiteral("IPS-402") << qint64(good.size());
}

void TestRegistryPol::brokenFilesAreRefusedWithTheRightCode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedCode);
    QFETCH(qint64, expectedOffset);
    const PolReadResult read = readRegistryPol(bytes, QStringLiteral("bad.pol"));
    QVERIFY(!read.ok);
    QVERIFY(!read.findings.isEmpty());
    QCOMPARE(read.findings.first().code, expectedCode);
    QCOMPARE(read.findings.first().location.byteOffset, expectedOffset);
    QCOMPARE(read.findings.first().severity, Severity::Error);
}

void TestRegistryPol::theWriterRefusesDataLongerThan65535Bytes()
{
    Findings findings;
    const QString tooLong(32767, QLatin1Char('x')); // 32,767 characters + NUL = 65,536 bytes
    const QByteArray out =
        writeRegistryPol({PolRecord::string(QStringLiteral("K"), QStringLiteral("V"), tooLong)}, &findings);
    QVERIFY(out.isEmpty());
    QVERIFY(hasCode(findings, code::PolWriteRefused));
    Findings none;
    QVERIFY(!writeRegistryPol(
                 {PolRecord::string(QStringLiteral("K"), QStringLiteral("V"), tooLong.left(32766))}, &none)
                 .isEmpty());
    QVERIFY(none.isEmpty());
}

void TestRegistryPol::theWorkedExampleHasTheReferenceSizeAndHeaderBytes()
{
    // docs/formats/gpo.md, The worked example: 20 records, 6,024 bytes; the header and record 1 are given
    // byte for byte.
    const QString base = QStringLiteral("SOFTWARE\\Policies\\Microsoft\\WindowsFirewall");
    const QString p1 =
        base + QStringLiteral("\\Phase1AuthenticationSets\\{2F6A1C3E-8D4B-4E6F-9A10-00000000A001}");
    const QString p2 = base + QStringLiteral("\\Phase2CryptoSets\\{2F6A1C3E-8D4B-4E6F-9A10-00000000C002}");
    auto sz = [](const QString &k, const char *n, const QString &v) {
        return PolRecord::string(k, QLatin1String(n), v);
    };
    const QString csr =
        QStringLiteral("v2.10|Action=Secure|Protocol=6|Active=TRUE|EP2Port=8080|EP1_4=10.0.1.0/"
                       "255.255.255.0|EP2_4=10.2.27.0/"
                       "255.255.255.128|Name=App8080 - require ESP|Desc=TCP 8080 between 10.0.1.0/24 and "
                       "10.2.27.0/25|Auth1Set={2F6A1C3E-"
                       "8D4B-4E6F-9A10-00000000A001}|Crypto2Set={2F6A1C3E-8D4B-4E6F-9A10-00000000C002}|");
    const QString fw =
        QStringLiteral("v2.10|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=8080|LA4=10.2.27.0/"
                       "255.255.255.128|RA4=10.0.1.0/255.255.255.0|Name=App8080 (TCP-In, IPsec)|"
                       "Security=AuthenticateEncrypt|");
    const QList<PolRecord> records{
        PolRecord::dwordValue(base, QStringLiteral("PolicyVersion"), 0x20A),
        sz(base + QStringLiteral("\\ConSecRules"), "{2F6A1C3E-8D4B-4E6F-9A10-000000008080}", csr),
        sz(p1, "Version", QStringLiteral("2.10")),
        sz(p1, "Name", QStringLiteral("Computer Kerberos")),
        sz(p1 + QStringLiteral("\\0000"), "Method", QStringLiteral("MachineKerb")),
        sz(p2, "Version", QStringLiteral("2.10")),
        sz(p2, "Name", QStringLiteral("ESP AES128-SHA256 or 3DES-SHA1")),
        sz(p2, "PFS", QStringLiteral("Disable")),
        sz(p2 + QStringLiteral("\\0000"), "Protocol", QStringLiteral("ESP")),
        sz(p2 + QStringLiteral("\\0000"), "Encryption", QStringLiteral("AES-128")),
        sz(p2 + QStringLiteral("\\0000"), "2_1EspHash", QStringLiteral("SHA256")),
        sz(p2 + QStringLiteral("\\0000"), "TimeOutMinutes", QStringLiteral("60")),
        sz(p2 + QStringLiteral("\\0000"), "TimeOutKbytes", QStringLiteral("100000")),
        sz(p2 + QStringLiteral("\\0000"), "SkipVersion", QStringLiteral("2.0")),
        sz(p2 + QStringLiteral("\\0001"), "Protocol", QStringLiteral("ESP")),
        sz(p2 + QStringLiteral("\\0001"), "Encryption", QStringLiteral("3DES")),
        sz(p2 + QStringLiteral("\\0001"), "EspHash", QStringLiteral("SHA1")),
        sz(p2 + QStringLiteral("\\0001"), "TimeOutMinutes", QStringLiteral("60")),
        sz(p2 + QStringLiteral("\\0001"), "TimeOutKbytes", QStringLiteral("100000")),
        sz(base + QStringLiteral("\\FirewallRules"), "{2F6A1C3E-8D4B-4E6F-9A10-00000000F080}", fw),
    };
    QCOMPARE(records[1].data.size(), 588);
    QCOMPARE(records[19].data.size(), 352);
    const QByteArray bytes = writeRegistryPol(records);
    QCOMPARE(bytes.size(), 6024);
    // The header and record 1, byte for byte (fromHex skips the spaces).
    const QByteArray expectedStart =
        QByteArray::fromHex("50 52 65 67 01 00 00 00 5b 00 53 00 4f 00 46 00 54 00 57 00 41 00 52 00 45 00 "
                            "5c 00 50 00 6f 00 6c 00 69 00 "
                            "63 00 69 00 65 00 73 00 5c 00 4d 00 69 00 63 00 72 00 6f 00 73 00 6f 00 66 00 "
                            "74 00 5c 00 57 00 69 00 6e 00 "
                            "64 00 6f 00 77 00 73 00 46 00 69 00 72 00 65 00 77 00 61 00 6c 00 6c 00 00 00 "
                            "3b 00 50 00 6f 00 6c 00 69 00 "
                            "63 00 79 00 56 00 65 00 72 00 73 00 69 00 6f 00 6e 00 00 00 3b 00 04 00 00 00 "
                            "3b 00 04 00 00 00 3b 00 0a 02 "
                            "00 00 5d 00");
    QCOMPARE(bytes.left(expectedStart.size()).toHex(' '), expectedStart.toHex(' '));
}

QTEST_GUILESS_MAIN(TestRegistryPol)
#include "tst_registrypol.moc"
