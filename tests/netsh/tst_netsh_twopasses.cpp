// The netsh exporter writes its script in two passes over the objects (netshscriptwriter.h): the first finds
// the findings and what the script's first lines need (the header's counts, the number of steps, whether
// any text is non-ASCII), the second renders each line as it is made. Each test asserts that the first lines
// describe what the second pass wrote, and that the second pass adds no finding and no SKIPPED line twice.
#include "core/enumnames.h"
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

using Change = std::function<void(StoreData &)>;

// The generated store of a large export, changed by `change` (which puts non-ASCII text in one of its last
// objects only).
StoreData generatedWith(const Change &change)
{
    StoreData store = generateStore(3000, 5);
    change(store);
    return store;
}

Filter &lastFilter(StoreData &store)
{
    return store.filterLists.back().filters.back();
}

} // namespace

class TestNetshTwoPasses : public QObject {
    Q_OBJECT

private slots:
    void theFirstLinesDescribeWhatFollows_data()
    {
        QTest::addColumn<netsh::ScriptForm>("form");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("nonAscii");
        const Change policyName = [](StoreData &s) { s.policies.back().name = u"Zweigstelle Köln"_s; };
        // The first pass learns a filter's script without writing its line.
        const Change filterDescription = [](StoreData &s) { lastFilter(s).description = u"Grüße"_s; };
        const Change dnsName = [](StoreData &s) {
            lastFilter(s).destination = FilterAddress::dns(u"zürich.example.com"_s);
        };
        for (const auto &[form, name] : {std::pair{netsh::ScriptForm::Cmd, "a .cmd file"},
                                         std::pair{netsh::ScriptForm::Netshf, "a netsh -f script"}}) {
            QTest::addRow("%s, the last policy's name", name) << form << policyName << u"Zweigstelle Köln"_s;
            QTest::addRow("%s, the last filter's description", name)
                << form << filterDescription << u"Grüße"_s;
            QTest::addRow("%s, the last filter's DNS name", name)
                << form << dnsName << u"zürich.example.com"_s;
        }
    }

    void theFirstLinesDescribeWhatFollows()
    {
        QFETCH(netsh::ScriptForm, form);
        QFETCH(Change, change);
        QFETCH(QString, nonAscii);
        const StoreData store = generatedWith(change);
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
        QVERIFY(script.indexOf(nonAscii) > firstCommand);
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
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("leftOut");
        QTest::newRow("a port range in the last filter of the last list") << Change([](StoreData &s) {
            Filter &f = s.filterLists.back().filters.back();
            f.protocol = protocol::Tcp;
            f.destinationPort = {8000, 8080};
        }) << 1;
        QTest::newRow("two lists of the same name, left out before the first command")
            << Change([](StoreData &s) { s.filterLists[1].name = s.filterLists[0].name; }) << 2;
        QTest::newRow("a DNS name with a double quote in the last filter")
            << Change([](StoreData &s) { lastFilter(s).source = FilterAddress::dns(u"bad\"name.example"_s); })
            << 1;
        QTest::newRow("a description with a double quote in a middle filter")
            << Change([](StoreData &s) { s.filterLists[1].filters[0].description = u"say \"hi\""_s; }) << 1;
        QTest::newRow("an IPv6 subnet in the last filter")
            << Change([](StoreData &s) { lastFilter(s).destination = *parseAddress(u"fe80::/64"_s); }) << 1;
        QTest::newRow("both at once") << Change([](StoreData &s) {
            s.filterLists[1].name = s.filterLists[0].name;
            Filter &f = s.filterLists.back().filters.back();
            f.protocol = protocol::Udp;
            f.sourcePort = {1000, 2000};
        }) << 3;
    }

    void eachLeftOutObjectIsReportedOnceAndSkippedOnce()
    {
        QFETCH(Change, change);
        QFETCH(int, leftOut);
        StoreData store = generateStore(500, 2);
        change(store);
        netsh::ExportOptions options;
        options.skipUnsupported = true;
        const netsh::ExportOutput out = netsh::write(store, options);
        QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));

        QCOMPARE(linesStartingWith(out.text(), u"rem SKIPPED ("_s), leftOut);
        // The first pass counted as steps exactly the commands the second one wrote.
        const int total = numberIn(out.text(), u"echo All (\\d+) steps succeeded\\."_s);
        QCOMPARE(total, linesStartingWith(out.text(), u"if errorlevel 1 (echo Step "_s));
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
