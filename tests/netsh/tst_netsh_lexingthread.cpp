// The netsh import lexes a large script on a second thread while the interpreter runs (netshlinelexer.h).
// Each row reads one script both ways and asserts the same store, the same findings and the same progress
// reports; then cancelling part-way through a two-thread import stops it cleanly.
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "formats/netsh/netshimport.h"
#include "netshtesthelpers.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace ipsec;
using namespace Qt::StringLiterals;

namespace {

// Every kind of line the lexer tells apart, in one script: noise, batch variables (set, then used),
// an undefined variable, a pipe, commands run together, an open quote, another shell command, continuations.
QByteArray everyKindOfLine()
{
    return "@echo off\r\n"
           "rem a comment\r\n"
           "# a netsh -f comment\r\n"
           "set LIST=Web servers\r\n"
           "set \"ACTION=Require security\"\r\n"
           "netsh ipsec static add filterlist name=\"%LIST%\"\r\n"
           "netsh ipsec static add filter filterlist=\"%LIST%\" srcaddr=me dstaddr=10.0.0.0 dstmask=8 ^\r\n"
           "  protocol=TCP dstport=443\r\n"
           "netsh ipsec static add filteraction name=\"%ACTION%\" action=negotiate\r\n"
           "netsh ipsec static add filterlist name=%1\r\n"
           "netsh ipsec static add filterlist name=Piped | more\r\n"
           "netsh ipsec static add filterlist name=A netsh ipsec static add filterlist name=B\r\n"
           "netsh ipsec static add filterlist name=\"Open\r\n"
           "ping 10.0.0.1\r\n"
           "pushd ipsec static\r\n"
           "add policy name=P\r\n"
           "set policy name=P pollinginterval=30\r\n"
           "netsh ipsec static add rule name=R policy=P filterlist=\"%LIST%\" filteraction=\"%ACTION%\"\r\n";
}

// A script of many batches: a generated store's export, after the lines above.
QByteArray largeScript()
{
    netsh::ExportOptions options;
    options.skipUnsupported = true;
    const netsh::ExportOutput out = netsh::write(generateStore(3000, 7), options);
    return everyKindOfLine() + out.bytes;
}

struct Reading {
    ImportResult result;
    QList<std::pair<qint64, qint64>> progress;
};

Reading readWith(const QByteArray &script, netsh::LexingThread lexing)
{
    netsh::ImportOptions options;
    options.fileName = u"script.cmd"_s;
    options.lexing = lexing;
    Reading r;
    r.result = netsh::read(script, options, [&r](qint64 done, qint64 total) {
        r.progress.append({done, total});
        return true;
    });
    return r;
}

} // namespace

class TestNetshLexingThread : public QObject {
    Q_OBJECT
private slots:
    void bothWaysReadTheSame_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::newRow("a script of every kind of line") << everyKindOfLine();
        QTest::newRow("a script of 3,000 filters after them, many batches long") << largeScript();
        QTest::newRow("an empty script") << QByteArray();
        QTest::newRow("a script without a final line break")
            << QByteArray("netsh ipsec static add policy name=P");
        for (const char *name :
             {"netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd", "netsh/aqzt_kjyw_ipsec.bat",
              "netsh/aqzt_kjyw_ipsec5.bat", "netsh/josephstreeter_AD_Trusts_extracted.cmd"}) {
            QFile f(test::testdataPath(QString::fromLatin1(name)));
            if (f.open(QIODevice::ReadOnly))
                QTest::newRow(qPrintable(u"the real script "_s + QString::fromLatin1(name))) << f.readAll();
            else
                QTest::newRow(qPrintable(u"the real script "_s + QString::fromLatin1(name)))
                    << QByteArray("absent");
        }
    }
    void bothWaysReadTheSame()
    {
        QFETCH(QByteArray, script);
        if (script == "absent")
            IPSEC_REQUIRE_TESTDATA(QString::fromLatin1(QTest::currentDataTag()).section(u' ', -1));
        const Reading one = readWith(script, netsh::LexingThread::Same);
        const Reading two = readWith(script, netsh::LexingThread::Second);
        QCOMPARE(two.result.ok, one.result.ok);
        QCOMPARE(two.result.store, one.result.store);
        QCOMPARE(test::describeFindings(two.result.findings), test::describeFindings(one.result.findings));
        QCOMPARE(two.result.findings, one.result.findings);
        QCOMPARE(two.progress, one.progress);
        if (!script.isEmpty()) {
            QVERIFY(!one.progress.isEmpty());
            QCOMPARE(one.progress.first().first, 0);
        }
    }

    void everyLineKindIsReported()
    {
        const Reading r = readWith(everyKindOfLine(), netsh::LexingThread::Second);
        for (const QString &code : {netsh::code::UndefinedVariable, netsh::code::RedirectionIgnored,
                                    netsh::code::CommandsRunTogether, netsh::code::UnterminatedQuote,
                                    netsh::code::ShellCommandIgnored})
            QVERIFY2(!test::withCode(r.result.findings, code).isEmpty(), qPrintable(code));
        QCOMPARE(r.result.store.filterLists.at(0).name, u"Web servers"_s);
        QCOMPARE(r.result.store.filterLists.at(0).filters.at(0).destinationPort.first, 443);
        QCOMPARE(r.result.store.policies.at(0).rules.at(0).filterList, r.result.store.filterLists.at(0).id);
    }

    void cancellingStopsTheSecondThread_data()
    {
        QTest::addColumn<int>("reports");
        QTest::newRow("at the first report") << 1;
        QTest::newRow("after three batches") << 4;
        QTest::newRow("after twenty batches, with the lexer ahead") << 21;
    }
    void cancellingStopsTheSecondThread()
    {
        QFETCH(int, reports);
        const QByteArray script = largeScript();
        netsh::ImportOptions options;
        options.lexing = netsh::LexingThread::Second;
        int calls = 0;
        const ImportResult r =
            netsh::read(script, options, [&](qint64, qint64) { return ++calls < reports; });
        QCOMPARE(calls, reports);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().code, QString::fromUtf16(kCancelledCode));
        QVERIFY(r.store.policies.empty() && r.store.filterLists.empty());
    }
};

QTEST_GUILESS_MAIN(TestNetshLexingThread)
#include "tst_netsh_lexingthread.moc"
