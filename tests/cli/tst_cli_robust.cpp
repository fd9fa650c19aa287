// The CLI as a security team checks it (issue 17): an import says when it lost something (exit 1, the lost
// objects with their place, a document only with --partial), a full disk gives the system's reason once and
// no half-written backup, and a printed plan holds no preshared key.
#include "clirunner.h"
#include "formats/json/jsonformat.h"
#include "smalldisk.h"
#include "templates/templates.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using test::CliRun;
using test::describeRun;
using test::runCli;

namespace {

QByteArray readBytes(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The text with the first block (lines from one that starts with `blockStart` up to the next blank line)
// whose start line contains `startContains` changed by `edit`.
QByteArray editBlock(const QByteArray &text, const QByteArray &startContains,
                     const std::function<QList<QByteArray>(QList<QByteArray>)> &edit)
{
    QList<QByteArray> lines = text.split('\n');
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(startContains)) {
            start = i;
            break;
        }
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < lines.size() && !lines[end].trimmed().isEmpty())
        ++end;
    const QList<QByteArray> edited = edit(lines.mid(start, end - start));
    QList<QByteArray> out = lines.mid(0, start);
    out << edited << lines.mid(end);
    return out.join('\n');
}

// An LDIF record with its ipsecData replaced by three zero bytes (which decode as no blob at all).
QList<QByteArray> breakIpsecData(QList<QByteArray> record)
{
    QList<QByteArray> out;
    bool inData = false;
    for (const QByteArray &line : record) {
        if (line.startsWith("ipsecData::")) {
            out << QByteArray("ipsecData:: AAAA");
            inData = true;
            continue;
        }
        if (inData && line.startsWith(' '))
            continue; // a folded continuation of the old value
        inData = false;
        out << line;
    }
    return out;
}

} // namespace

class TestCliRobust : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void aCompleteImportExitsZero();
    void anLdifWithAnUndecodableFilterListIsAPartialImport();
    void aRegFileWithoutTheRulesListLeavesTheRuleOut();
    void aNetshScriptWithABadCommandIsAPartialImport();
    void aFullDiskGivesTheSystemsReasonOnce_data();
    void aFullDiskGivesTheSystemsReasonOnce();
    void aGpoBackupOntoAFullDiskLeavesNoFolderBehind();
    void aPrintedPlanHoldsNoPresharedKey();
    void aLargeInputReadsTheSameWithItsHeapOnHugePages();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString design() const { return path(QStringLiteral("design.ipsecstore")); }
    // Hundreds of filters: more than a few pages in every format.
    QString bigDesign() const { return path(QStringLiteral("big.ipsecstore")); }
    // `export --to FORMAT design -o FILE`; the written bytes.
    QByteArray exported(const QString &format, const QString &file)
    {
        const CliRun r = runCli(
            {QStringLiteral("export"), QStringLiteral("--to"), format, design(), QStringLiteral("-o"), file});
        if (r.exitCode != 0)
            qWarning().noquote() << describeRun(r);
        return readBytes(file);
    }
    CliRun import(const QString &format, const QString &input, const QString &output, bool partial = false)
    {
        QStringList args{
            QStringLiteral("import"), QStringLiteral("--from"), format, input, QStringLiteral("-o"), output};
        if (partial)
            args << QStringLiteral("--partial");
        return runCli(args);
    }
    // No rule of the store refers to a list or action it does not hold.
    static bool hasDanglingReferences(const StoreData &store)
    {
        for (const Finding &f : validate(store))
            if (f.code == u"IPS-001" || f.code == u"IPS-002")
                return true;
        return false;
    }

    QTemporaryDir m_dir;
};

void TestCliRobust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    StoreData store = *makeTemplate(QStringLiteral("expressroute-http8080"));
    store.policies[0].rules[0].authMethods = {AuthMethod::presharedKey(QStringLiteral("Plan-Secret-0815"))};
    QString error;
    QVERIFY2(json::saveFile(store, design(), &error), qPrintable(error));
    QVERIFY2(json::saveFile(generateStore(300), bigDesign(), &error), qPrintable(error));
}

void TestCliRobust::aCompleteImportExitsZero()
{
    const QString ldif = path(QStringLiteral("complete.ldf"));
    QVERIFY(!exported(QStringLiteral("ldif"), ldif).isEmpty());
    const QString output = path(QStringLiteral("complete.ipsecstore"));
    const CliRun r = import(QStringLiteral("ldif"), ldif, output);
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY(!r.out.contains(QStringLiteral("PARTIAL")));
    QVERIFY(QFileInfo::exists(output));
}

void TestCliRobust::anLdifWithAnUndecodableFilterListIsAPartialImport()
{
    const QString original = path(QStringLiteral("original.ldf"));
    const QByteArray ldif = exported(QStringLiteral("ldif"), original);
    QVERIFY(!ldif.isEmpty());
    const QByteArray broken = editBlock(ldif, "dn: CN=ipsecFilter{", breakIpsecData);
    QVERIFY(!broken.isEmpty() && broken != ldif);
    const QString input = path(QStringLiteral("broken-list.ldf"));
    QVERIFY(writeBytes(input, broken));

    // Without --partial: exit 1, the lost list and the rule left out are named with their lines, no file.
    const QString output = path(QStringLiteral("broken-list.ipsecstore"));
    const CliRun r = import(QStringLiteral("ldif"), input, output);
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("PARTIAL import of ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QRegularExpression(QStringLiteral("lost: .*ipsecFilter\\{[^\\n]*broken-list\\.ldf:\\d+"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                 "lost: Policy '[^']+' / Rule '[^']+' \\([^)]*broken-list\\.ldf:\\d+\\): [^\\n]*left "
                 "out \\[IPS-920\\]"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Nothing was written")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(output));

    // With --partial: still exit 1, the report says so, and the document holds no dangling reference.
    const CliRun p = import(QStringLiteral("ldif"), input, output, true);
    QVERIFY2(p.exitCode == 1, qPrintable(describeRun(p)));
    QVERIFY2(p.out.contains(QStringLiteral("(partial: see the lost objects above)")), qPrintable(p.out));
    const ImportResult written = json::loadFile(output);
    QVERIFY(written.ok);
    QVERIFY(!written.store.policies.empty());
    QVERIFY(written.store.policies[0].rules.isEmpty());
    QVERIFY(!hasDanglingReferences(written.store));
}

void TestCliRobust::aRegFileWithoutTheRulesListLeavesTheRuleOut()
{
    const QString original = path(QStringLiteral("original.reg"));
    const QByteArray reg = exported(QStringLiteral("reg"), original);
    QVERIFY(!reg.isEmpty());
    // The filter list's key and its values are gone from the file: its rule must not dangle.
    // Registry Editor 5 files are UTF-16LE with a byte order mark.
    QVERIFY(reg.startsWith("\xff\xfe"));
    const QString text =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(reg.constData() + 2), (reg.size() - 2) / 2);
    const QString edited = QString::fromUtf8(editBlock(
        text.toUtf8(), "\\ipsecFilter{", [](const QList<QByteArray> &) { return QList<QByteArray>(); }));
    const QByteArray broken = QByteArray("\xff\xfe") +
                              QByteArray(reinterpret_cast<const char *>(edited.utf16()), edited.size() * 2);
    QVERIFY(!broken.isEmpty() && broken != reg);
    const QString input = path(QStringLiteral("no-list.reg"));
    QVERIFY(writeBytes(input, broken));
    const QString output = path(QStringLiteral("no-list.ipsecstore"));
    const CliRun r = import(QStringLiteral("reg"), input, output, true);
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("[IPS-920]")), qPrintable(r.out));
    const ImportResult written = json::loadFile(output);
    QVERIFY(written.ok);
    QVERIFY(!hasDanglingReferences(written.store));
}

void TestCliRobust::aNetshScriptWithABadCommandIsAPartialImport()
{
    const QString script = path(QStringLiteral("partial.cmd"));
    QVERIFY(writeBytes(script, "netsh ipsec static add filterlist name=\"Kept\"\r\n"
                               "netsh ipsec static add filter filterlist=\"Kept\" srcaddr=me dstaddr=any "
                               "protocol=TCP dstport=70000\r\n"));
    const QString output = path(QStringLiteral("partial.ipsecstore"));
    const CliRun r = import(QStringLiteral("netsh"), script, output);
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("lost: [^\\n]*partial\\.cmd:2"))),
             qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(output));
    const CliRun p = import(QStringLiteral("netsh"), script, output, true);
    QCOMPARE(p.exitCode, 1);
    QVERIFY(json::loadFile(output).store.filterListByName(QStringLiteral("Kept")));

    const QString clean = path(QStringLiteral("clean.cmd"));
    QVERIFY(writeBytes(clean, "netsh ipsec static add filterlist name=\"Kept\"\r\n"));
    const CliRun c = import(QStringLiteral("netsh"), clean, path(QStringLiteral("clean.ipsecstore")));
    QVERIFY2(c.exitCode == 0, qPrintable(describeRun(c)));
}

void TestCliRobust::aFullDiskGivesTheSystemsReasonOnce_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"json", "netsh", "ldif", "reg"})
        QTest::newRow(
            qPrintable(QStringLiteral("an export to %1 onto a full disk").arg(QLatin1String(format))))
            << QString::fromLatin1(format);
}

void TestCliRobust::aFullDiskGivesTheSystemsReasonOnce()
{
    QFETCH(QString, format);
    // Two pages, one of them taken: the export's first write takes what is left, the next one fails.
    IPSEC_REQUIRE_SMALL_DISK(disk, 8192);
    QVERIFY(writeBytes(disk.filePath(QStringLiteral("filler")), QByteArray(4096, 'x')));
    const QString output = disk.filePath(QStringLiteral("out.") + format);
    QStringList args{
        QStringLiteral("export"), QStringLiteral("--to"), format, bigDesign(), QStringLiteral("-o"), output};
    if (format == u"ldif")
        args << QStringLiteral("--domain") << QStringLiteral("ipsectest.com");
    const CliRun r = runCli(args);
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    const QString all = r.out + r.err;
    QVERIFY2(all.count(QStringLiteral("No space left on device")) == 1, qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Unknown error")), qPrintable(all));
    // Once: not "cannot write X: cannot write X: ...".
    QVERIFY2(all.count(QStringLiteral("cannot write")) == 1, qPrintable(all));
    QVERIFY(!QFileInfo::exists(output));
}

void TestCliRobust::aGpoBackupOntoAFullDiskLeavesNoFolderBehind()
{
    // Room for the first files of the backup, not for all of them.
    IPSEC_REQUIRE_SMALL_DISK(disk, 16384);
    const QString root = disk.filePath(QStringLiteral("backups"));
    const CliRun r =
        runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("gpo-backup"), design(),
                QStringLiteral("-o"), root, QStringLiteral("--domain"), QStringLiteral("ipsectest.com"),
                QStringLiteral("--gpo-name"), QStringLiteral("IPsec")});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(QStringLiteral("No space left on device")), qPrintable(describeRun(r)));
    // Nothing half-written: neither the backup root it made nor anything below it.
    QVERIFY2(!QFileInfo::exists(root),
             qPrintable(QDir(root).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
    QCOMPARE(QDir(disk.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    // The same export with room enough writes the whole backup.
    const QString roomy = path(QStringLiteral("backups"));
    const CliRun ok =
        runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("gpo-backup"), design(),
                QStringLiteral("-o"), roomy, QStringLiteral("--domain"), QStringLiteral("ipsectest.com"),
                QStringLiteral("--gpo-name"), QStringLiteral("IPsec")});
    QVERIFY2(ok.exitCode == 0, qPrintable(describeRun(ok)));
    QVERIFY(QFileInfo::exists(QDir(roomy).filePath(QStringLiteral("manifest.xml"))));
    QCOMPARE(QDir(roomy).entryList(QStringList{QStringLiteral(".ipsec-export-*")},
                                   QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestCliRobust::aPrintedPlanHoldsNoPresharedKey()
{
    const CliRun r =
        runCli({QStringLiteral("apply"), design(), QStringLiteral("--dry-run"), QStringLiteral("--plan-only"),
                QStringLiteral("--state"), path(QStringLiteral("plan-state.ipsecstore"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Script:\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("psk=****")) || r.out.contains(QStringLiteral("psk=\"****")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Plan-Secret-0815")) &&
                 !r.err.contains(QStringLiteral("Plan-Secret-0815")),
             qPrintable(r.out));
}

// A file of 8 MiB or more makes the program reserve glibc's heap on huge pages, where the kernel gives them
// on request (core/hugepagemalloc.h). The run must be the same run: the same messages and exit code as a run
// told not to (glibc.malloc.hugetlb=0). The document is 9 MiB of blank lines and then a broken object, so the
// message names a line only a reader of the whole file can know.
void TestCliRobust::aLargeInputReadsTheSameWithItsHeapOnHugePages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.ipsecstore"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const qsizetype blankLines = 9 << 20;
    QCOMPARE(file.write(QByteArray(blankLines, '\n') + "{ \"formatVersion\": "), blankLines + 19);
    file.close();
    QProcessEnvironment reserving = QProcessEnvironment::systemEnvironment();
    reserving.remove(QStringLiteral("GLIBC_TUNABLES"));
    QProcessEnvironment notReserving = reserving;
    notReserving.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.hugetlb=0"));
    const QStringList args{QStringLiteral("validate"), path};
    const CliRun onHugePages = runCli(args, {}, true, reserving);
    const CliRun asUsual = runCli(args, {}, true, notReserving);
    QVERIFY2(asUsual.exitCode > 0, qPrintable(describeRun(asUsual)));
    QVERIFY2(asUsual.err.contains(QString::number(blankLines + 1)), qPrintable(describeRun(asUsual)));
    QCOMPARE(onHugePages.exitCode, asUsual.exitCode);
    QCOMPARE(onHugePages.out, asUsual.out);
    QCOMPARE(onHugePages.err, asUsual.err);
}

QTEST_MAIN(TestCliRobust)
#include "tst_cli_robust.moc"
