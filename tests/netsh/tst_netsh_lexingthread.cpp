// The netsh import lexes a large script on a second thread while the interpreter runs (netshlinelexer.h).
// Each row reads one script both ways and asserts the same store, the same findings and the same progress
// reports; then cancelling part-way through a two-thread import stops it cleanly. A UTF-8 script is read a
// line at a time from its bytes (netshlexer.h): its lines are compared with those of the decoded text.
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "formats/netsh/netshimport.h"
#include "formats/netsh/netshlexer.h"
#include "netshtesthelpers.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QFile>
#include <QStringDecoder>
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

    void utf8LinesAreTheLinesOfTheDecodedText_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("every kind of line") << everyKindOfLine();
        QTest::newRow("names in Chinese, Greek and emoji, CRLF")
            << QByteArray("add filterlist name=\"\xE4\xB8\xAD\xE6\x96\x87\"\r\n"
                          "add filterlist name=\xCE\xB1\xCE\xB2 description=\"\xF0\x9F\x94\x92 x\"\r\n");
        QTest::newRow("a continuation after a multibyte character, LF only") << QByteArray(
            "add filterlist name=\xC3\xA9t\xC3\xA9 ^\ndescription=\xE2\x82\xAC^\n\nadd policy name=P\n");
        QTest::newRow("a caret inside quotes does not continue") << QByteArray("add policy name=\"a^\"\nx\n");
        QTest::newRow("CR alone ends lines, and a caret escapes the next one")
            << QByteArray("add policy name=P\radd policy ^^name=Q\r\r");
        QTest::newRow("U+FEFF starting a later line is kept")
            << QByteArray("add policy name=P\r\n\xEF\xBB\xBF"
                          "add policy name=Q\r\n");
        QTest::newRow("a caret at the very end") << QByteArray("add policy name=P ^");
        QTest::newRow("no line break at the end") << QByteArray("add policy name=\xC3\xBC");
        QTest::newRow("a script of 3,000 filters") << largeScript();
    }
    void utf8LinesAreTheLinesOfTheDecodedText()
    {
        QFETCH(QByteArray, utf8);
        QVERIFY(QByteArrayView(utf8).isValidUtf8());
        // What the importer read before: the whole script decoded at once.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(utf8);
        QVERIFY(!decoder.hasError());
        netsh::LogicalLineReader fromText{QStringView(text)};
        netsh::LogicalLineReader fromBytes{QByteArrayView(utf8)};
        QCOMPARE(fromBytes.size(), utf8.size());
        netsh::LogicalLine expected;
        netsh::LogicalLine line;
        int lines = 0;
        while (fromText.next(expected)) {
            QVERIFY(fromBytes.next(line));
            QCOMPARE(line.text, expected.text);
            QCOMPARE(line.firstLine, expected.firstLine);
            QCOMPARE(line.segments.size(), expected.segments.size());
            for (qsizetype i = 0; i < line.segments.size(); ++i) {
                QCOMPARE(line.segments[i].offset, expected.segments[i].offset);
                QCOMPARE(line.segments[i].line, expected.segments[i].line);
                QCOMPARE(line.segments[i].columnBase, expected.segments[i].columnBase);
            }
            ++lines;
        }
        QVERIFY(lines > 0);
        QVERIFY(!fromBytes.next(line));
        QVERIFY(fromBytes.atEnd());
    }

    void aUtf8ScriptIsReadFromItsBytes_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<bool>("lineByLine");
        QTest::newRow("plain UTF-8") << QByteArray("add policy name=\xC3\xBC") << true;
        QTest::newRow("UTF-8 after its BOM") << QByteArray("\xEF\xBB\xBF"
                                                           "add policy name=P")
                                             << true;
        QTest::newRow("two BOMs: decoded whole, as the decoder drops both")
            << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                          "add policy name=P")
            << false;
        QTest::newRow("a BOM, then invalid UTF-8: decoded whole, with replacements")
            << QByteArray("\xEF\xBB\xBF"
                          "add policy name=\xFF")
            << false;
        QTest::newRow("GBK: decoded whole") << QByteArray("add policy name=\xD6\xD0\xCE\xC4") << false;
    }
    void aUtf8ScriptIsReadFromItsBytes()
    {
        QFETCH(QByteArray, script);
        QFETCH(bool, lineByLine);
        const netsh::DecodedScript decoded = netsh::decodeScript(script, {}, u"s.cmd"_s);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.lineByLine, lineByLine);
        QCOMPARE(decoded.text.isEmpty(), lineByLine);
        const ImportResult r = netsh::read(script, {});
        QVERIFY(r.ok);
        QCOMPARE(r.store.policies.size(), std::size_t(1));
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
