// The netsh exporter writes its script in two passes over the objects (netshscriptwriter.h): the first finds
// the findings and what the script's first lines need (the header's counts, the number of steps, whether
// any text is non-ASCII), the second renders each line as it is made. Each test asserts that the first lines
// describe what the second pass wrote, and that the second pass adds no finding and no SKIPPED line twice.
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "netshtesthelpers.h"
#include "templates/templates.h"

#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace ipsec;
using namespace Qt::StringLiterals;

namespace {

int linesStartingWith(const QString &script, const QString &start)
{
    int n = 0;
    for (const QStringView line : QStringView(script).split(u"\r\n"))
        if (line.startsWith(start))
            ++n;
    return n;
}

int numberIn(const QString &script, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(script);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The generated store of a large export, with non-ASCII text only in its very last object.
StoreData generatedWithUmlautsAtTheEnd()
{
    StoreData store = generateStore(3000, 5);
    store.policies.back().name = u"Zweigstelle Köln"_s;
    return store;
}

} // namespace

class TestNetshTwoPasses : public QObject {
    Q_OBJECT

private slots:
    void theFirstLinesDescribeWhatFollows_data()
    {
        QTest::addColumn<netsh::ScriptForm>("form");
        QTest::newRow("a .cmd file") << netsh::ScriptForm::Cmd;
        QTest::newRow("a netsh -f script") << netsh::ScriptForm::Netshf;
    }

    void theFirstLinesDescribeWhatFollows()
    {
        QFETCH(netsh::ScriptForm, form);
        const StoreData store = generatedWithUmlautsAtTheEnd();
        netsh::ExportOptions options;
        options.form = form;
        const netsh::ExportOutput out = netsh::write(store, options);
        QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));
        const QString script = out.text();
        const bool cmd = form == netsh::ScriptForm::Cmd;
        const QString prefix = cmd ? u"netsh ipsec static "_s : u"ipsec static "_s;

        // The header counts the objects the second pass wrote.
        const int lists = numberIn(script, u"It creates (\\d+) filter list"_s);
        const int policies = numberIn(script, u"filter action\\(s\\) and (\\d+) polic"_s);
        QCOMPARE(lists, int(store.filterLists.size()));
        QCOMPARE(linesStartingWith(script, prefix + u"add filterlist "_s), lists);
        QCOMPARE(linesStartingWith(script, prefix + u"add policy "_s), policies);
        QCOMPARE(linesStartingWith(script, prefix + u"add filter "_s), 3000);

        // The text of the very last object is non-ASCII: found by the first pass, before the first command.
        const qsizetype firstCommand = script.indexOf(u"\r\n"_s + prefix);
        QVERIFY(firstCommand > 0);
        QVERIFY(script.indexOf(u"Zweigstelle Köln"_s) > firstCommand);
        if (cmd) {
            const qsizetype chcp = script.indexOf(u"\r\nchcp 65001 >nul\r\n"_s);
            QVERIFY(chcp > 0 && chcp < firstCommand);
            QCOMPARE(test::withCode(out.findings, netsh::code::NetshScriptEncoding).size(), 0);

            // Every numbered step names the total the first pass counted, and the last one is that total.
            const int total = numberIn(script, u"echo All (\\d+) steps succeeded\\."_s);
            const int numbered = linesStartingWith(script, u"if errorlevel 1 (echo Step "_s);
            QCOMPARE(total, numbered);
            QCOMPARE(linesStartingWith(script, u"if errorlevel 1 (echo Step %1 of %1 failed"_s.arg(total)),
                     1);
            QCOMPARE(script.count(u" of %1 failed: "_s.arg(total)), numbered);
        } else {
            QVERIFY(!script.contains(u"chcp"_s));
            QCOMPARE(test::withCode(out.findings, netsh::code::NetshScriptEncoding).size(), 1);
        }
    }

    void eachLeftOutObjectIsReportedOnceAndSkippedOnce_data()
    {
        QTest::addColumn<std::function<void(StoreData &)>>("change");
        QTest::addColumn<int>("leftOut");
        using Change = std::function<void(StoreData &)>;
        QTest::newRow("a port range in the last filter of the last list") << Change([](StoreData &s) {
            Filter &f = s.filterLists.back().filters.back();
            f.protocol = protocol::Tcp;
            f.destinationPort = {8000, 8080};
        }) << 1;
        QTest::newRow("two lists of the same name, left out before the first command")
            << Change([](StoreData &s) { s.filterLists[1].name = s.filterLists[0].name; }) << 2;
        QTest::newRow("both at once") << Change([](StoreData &s) {
            s.filterLists[1].name = s.filterLists[0].name;
            Filter &f = s.filterLists.back().filters.back();
            f.protocol = protocol::Udp;
            f.sourcePort = {1000, 2000};
        }) << 3;
    }

    void eachLeftOutObjectIsReportedOnceAndSkippedOnce()
    {
        QFETCH(std::function<void(StoreData &)>, change);
        QFETCH(int, leftOut);
        StoreData store = generateStore(500, 2);
        change(store);
        netsh::ExportOptions options;
        options.skipUnsupported = true;
        const netsh::ExportOutput out = netsh::write(store, options);
        QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));

        QCOMPARE(linesStartingWith(out.text(), u"rem SKIPPED ("_s), leftOut);
        int reported = 0;
        for (const Finding &f : out.findings)
            if (f.message.startsWith(u"left out: "_s))
                ++reported;
        QCOMPARE(reported, leftOut);
        const Findings summary = test::withCode(out.findings, netsh::code::Skipped);
        QCOMPARE(summary.size(), 1);
        QVERIFY2(summary[0].message.startsWith(QString::number(leftOut) + u" item"_s),
                 qPrintable(summary[0].message));
        // The summary comes after the objects' findings, as it did when the script was written once.
        QCOMPARE(out.findings.back().code, netsh::code::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestNetshTwoPasses)
#include "tst_netsh_twopasses.moc"
