// The quoting module and hostile names: every text either comes back intact through cmd.exe, the C runtime
// and netsh's tag split (checked by an independent model of them), or is refused with a finding that names
// the object.
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "formats/netsh/netshimport.h"
#include "formats/netsh/scriptquoting.h"
#include "netshtesthelpers.h"

#include <QTest>

using namespace ipsec;
using namespace Qt::StringLiterals;
namespace sq = ipsec::scriptquoting;

namespace {

StoreData storeWithNames(const QString &name)
{
    StoreData s;
    FilterList l;
    l.id = newId();
    l.name = name;
    l.description = QStringLiteral("d ") + name;
    Filter f;
    f.id = newId();
    f.description = name;
    l.filters.push_back(f);
    s.filterLists.push_back(l);
    FilterAction a;
    a.id = newId();
    a.name = QStringLiteral("action ") + name;
    a.action = ActionKind::Permit;
    s.filterActions.push_back(a);
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("policy ") + name;
    p.ike.methods = {IkeMethod{}};
    p.defaultResponse.authMethods = {AuthMethod::kerberos()};
    p.defaultResponse.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("rule ") + name;
    r.filterList = l.id;
    r.filterAction = a.id;
    r.authMethods = {AuthMethod::presharedKey(QStringLiteral("key ") + name),
                     AuthMethod::certificate(QStringLiteral("CN=CA ") + name, true, false)};
    p.rules << r;
    s.policies.push_back(p);
    return s;
}

QString lineStartingWith(const QString &script, const QString &prefix)
{
    for (const QString &line : script.split(QStringLiteral("\r\n")))
        if (line.startsWith(prefix))
            return line;
    return {};
}

} // namespace

class TestNetshQuoting : public QObject {
    Q_OBJECT
private slots:
    void netshValueQuotesOrRefuses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<int>("refusal");
        QTest::newRow("a plain name is wrapped in quotes") << u"All IP"_s << u"\"All IP\""_s << 0;
        QTest::newRow("an empty value is an empty pair of quotes") << QString() << u"\"\""_s << 0;
        QTest::newRow("cmd metacharacters stay as they are for netsh")
            << u"a&b|c<d>e^f%g!h"_s << u"\"a&b|c<d>e^f%g!h\""_s << 0;
        QTest::newRow("a double quote is refused")
            << u"say \"hi\""_s << QString() << int(sq::Refusal::DoubleQuote);
        QTest::newRow("a fullwidth quote is refused like a quote")
            << u"x\uFF02y"_s << QString() << int(sq::Refusal::DoubleQuote);
        QTest::newRow("a line feed is refused") << u"a\nb"_s << QString() << int(sq::Refusal::LineBreak);
        QTest::newRow("a carriage return is refused")
            << u"a\rb"_s << QString() << int(sq::Refusal::LineBreak);
        QTest::newRow("a unicode line separator is refused")
            << u"a\u2028b"_s << QString() << int(sq::Refusal::LineBreak);
        QTest::newRow("a tab is refused as a control character")
            << u"a\tb"_s << QString() << int(sq::Refusal::ControlCharacter);
        QTest::newRow("a trailing backslash is refused (Q69)")
            << u"C:\\"_s << QString() << int(sq::Refusal::TrailingBackslash);
        QTest::newRow("an inner backslash is kept") << u"C:\\dir\\x"_s << u"\"C:\\dir\\x\""_s << 0;
        QTest::newRow("non-ASCII text is kept") << u"安全策略 é"_s << u"\"安全策略 é\""_s << 0;
    }
    void netshValueQuotesOrRefuses()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(int, refusal);
        const sq::Quoted q = sq::netshValue(value);
        QCOMPARE(int(q.refusal), refusal);
        QCOMPARE(q.text, expected);
        if (!q)
            QVERIFY(!sq::explain(q.refusal).isEmpty());
    }

    void anEmptyNameIsRefusedWhenANameIsNeeded()
    {
        QCOMPARE(sq::netshValue(u"  "_s, false).refusal, sq::Refusal::Empty);
    }

    void certificateAuthorityValues_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("map");
        QTest::addColumn<bool>("exclude");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a CA name carries its two options inside the quotes")
            << u"C=US, O=MSFT, CN=Root"_s << true << false
            << u"\"C=US, O=MSFT, CN=Root certmap:yes excludecaname:no\""_s;
        QTest::newRow("the \\' escape is refused") << u"CN=\\'x\\'"_s << false << false << QString();
        QTest::newRow("a certmap: word inside the name is refused")
            << u"CN=a certmap:yes"_s << false << false << QString();
        QTest::newRow("a quote in the CA name is refused") << u"CN=\"x\""_s << false << false << QString();
    }
    void certificateAuthorityValues()
    {
        QFETCH(QString, ca);
        QFETCH(bool, map);
        QFETCH(bool, exclude);
        QFETCH(QString, expected);
        QCOMPARE(sq::netshCertificateAuthority(ca, map, exclude).text, expected);
    }

    void cmdLineEscapesOutsideQuotesOnly()
    {
        const sq::Quoted q = sq::cmdLine(u"echo 100% & \"a&b %x%\" (y) ^"_s);
        QVERIFY(q);
        QCOMPARE(q.text, u"echo 100%% ^& \"a&b %%x%%\" ^(y^) ^^"_s);
        const test::CmdSimulation sim = test::simulateBatchLine(q.text);
        QVERIFY2(!sim.injected, qPrintable(sim.reason));
        QCOMPARE(sim.commandLine, u"echo 100% & \"a&b %x%\" (y) ^"_s);
        QCOMPARE(sq::cmdLine(u"echo \"open"_s).refusal, sq::Refusal::UnbalancedQuotes);
        QCOMPARE(sq::cmdLine(u"a\nb"_s).refusal, sq::Refusal::LineBreak);
    }

    void appendingLeavesTheBufferAsItWasWhenRefused()
    {
        QString script = u"netsh "_s;
        QVERIFY(sq::appendCmdLine(script, u"add x name=\"a&b\" (c)"_s));
        QCOMPARE(script, u"netsh add x name=\"a&b\" ^(c^)"_s);
        QCOMPARE(script, u"netsh "_s + sq::cmdLine(u"add x name=\"a&b\" (c)"_s).text);
        const QString before = script;
        const sq::Check open = sq::appendCmdLine(script, u" 100% \"open"_s);
        QCOMPARE(open.refusal, sq::Refusal::UnbalancedQuotes);
        QCOMPARE(open.position, 6);
        QCOMPARE(script, before);
        QCOMPARE(sq::appendCmdLine(script, u"50%\nnext"_s).refusal, sq::Refusal::LineBreak);
        QCOMPARE(script, before);

        QString tags = u"name="_s;
        QVERIFY(sq::appendNetshValue(tags, u"All IP"_s));
        QCOMPARE(tags, u"name=\"All IP\""_s);
        QCOMPARE(sq::appendNetshValue(tags, u"dir\\"_s).refusal, sq::Refusal::TrailingBackslash);
        QCOMPARE(sq::appendNetshValue(tags, u" "_s, false).refusal, sq::Refusal::Empty);
        QCOMPARE(tags, u"name=\"All IP\""_s);
    }

    void cmdArgumentDoublesPercentAndRefusesQuotes()
    {
        QCOMPARE(sq::cmdArgument(u"50% off"_s).text, u"\"50%% off\""_s);
        QCOMPARE(sq::cmdArgument(u"a\"b"_s).refusal, sq::Refusal::DoubleQuote);
        QCOMPARE(sq::cmdArgument(u"dir\\"_s).refusal, sq::Refusal::TrailingBackslash);
        QVERIFY(sq::cmdPreamble().join(u' ').contains(u"DisableDelayedExpansion"));
    }

    void cmdRemarkCannotSwallowTheNextLine()
    {
        QCOMPARE(sq::cmdRemark(u"50% ^"_s).text, u"rem 50%% ^^"_s);
        QCOMPARE(sq::cmdRemark(u"x\ny"_s).refusal, sq::Refusal::LineBreak);
    }

    void powerShellStringsDoubleEverySingleQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an apostrophe is doubled") << u"O'Brien"_s << u"'O''Brien'"_s;
        QTest::newRow("typographic single quotes are doubled too")
            << u"a\u2019b\u2018c"_s << u"'a\u2019\u2019b\u2018\u2018c'"_s;
        QTest::newRow("dollar and backtick are literal in single quotes")
            << u"$env:x `n"_s << u"'$env:x `n'"_s;
        QTest::newRow("a line break is carried inside single quotes") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("NUL is refused") << QString(QChar(0)) << QString();
    }
    void powerShellStringsDoubleEverySingleQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(sq::powerShellString(value).text, expected);
    }

    // ---- hostile names through the whole exporter ----

    void hostileNamesAreSafeOrRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("refused");
        QTest::newRow("a percent sign is doubled and comes back") << u"100%"_s << false;
        QTest::newRow("a variable reference stays literal") << u"%PATH%"_s << false;
        QTest::newRow("a batch parameter stays literal") << u"%1 %~dp0"_s << false;
        QTest::newRow("a caret comes back") << u"a^b^"_s << false;
        QTest::newRow("an ampersand cannot start a command") << u"x & calc.exe"_s << false;
        QTest::newRow("a pipe and redirections stay inside quotes") << u"a|b <in >out 2>&1"_s << false;
        QTest::newRow("exclamation marks stay literal") << u"wow! !PATH!"_s << false;
        QTest::newRow("parentheses cannot close the error block") << u"a) & (b"_s << false;
        QTest::newRow("non-ASCII names are carried") << u"安全策略 Größe"_s << false;
        QTest::newRow("an inner backslash is carried") << u"C:\\x\\y"_s << false;
        QTest::newRow("a double quote is refused") << u"a\" & calc & \""_s << true;
        QTest::newRow("a newline is refused") << u"a\nnetsh ipsec static delete all"_s << true;
        QTest::newRow("a backslash before the closing quote is refused") << u"dir\\"_s << true;
        QTest::newRow("a fullwidth quote is refused") << u"a\uFF02b"_s << true;
    }
    void hostileNamesAreSafeOrRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, refused);
        const StoreData store = storeWithNames(name);
        for (const netsh::ScriptForm form : {netsh::ScriptForm::Cmd, netsh::ScriptForm::Netshf}) {
            netsh::ExportOptions options;
            options.form = form;
            const netsh::ExportOutput out = netsh::write(store, options);
            if (refused) {
                QVERIFY(!out.ok);
                const Findings unquotable = test::withCode(out.findings, netsh::code::Unquotable);
                QVERIFY(!unquotable.isEmpty());
                for (const Finding &f : unquotable) {
                    QCOMPARE(f.severity, Severity::Error);
                    QVERIFY(!f.location.objectPath.isEmpty());
                    QVERIFY(f.location.kind != ObjectKind::None);
                    // the preshared key is never shown
                    QVERIFY2(!f.toString().contains(u"key "_s + name), qPrintable(f.toString()));
                }
                continue;
            }
            QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));
            const QString prefix =
                form == netsh::ScriptForm::Cmd ? u"netsh ipsec static "_s : u"ipsec static "_s;
            const QString listLine = lineStartingWith(out.text(), prefix + u"add filterlist"_s);
            const QString ruleLine = lineStartingWith(out.text(), prefix + u"add rule"_s);
            const QString filterLine = lineStartingWith(out.text(), prefix + u"add filter "_s);
            QVERIFY(!listLine.isEmpty() && !ruleLine.isEmpty() && !filterLine.isEmpty());
            for (const QString &line : {listLine, ruleLine, filterLine}) {
                QString commandLine = line;
                if (form == netsh::ScriptForm::Cmd) {
                    const test::CmdSimulation sim = test::simulateBatchLine(line);
                    QVERIFY2(!sim.injected, qPrintable(sim.reason + u": "_s + line));
                    commandLine = sim.commandLine;
                }
                const auto tags = test::netshTags(test::splitLikeCRuntime(commandLine));
                if (line == listLine) {
                    QCOMPARE(tags.value(u"name"_s), QStringList{name});
                    QCOMPARE(tags.value(u"description"_s), QStringList{u"d "_s + name});
                } else if (line == filterLine) {
                    QCOMPARE(tags.value(u"filterlist"_s), QStringList{name});
                    QCOMPARE(tags.value(u"description"_s), QStringList{name});
                } else {
                    QCOMPARE(tags.value(u"name"_s), QStringList{u"rule "_s + name});
                    QCOMPARE(tags.value(u"policy"_s), QStringList{u"policy "_s + name});
                    QCOMPARE(tags.value(u"psk"_s), QStringList{u"key "_s + name});
                    QCOMPARE(tags.value(u"rootca"_s),
                             QStringList{u"CN=CA "_s + name + u" certmap:yes excludecaname:no"_s});
                }
            }
            // Every failure message of the .cmd form is also safe.
            if (form == netsh::ScriptForm::Cmd)
                for (const QString &line : out.text().split(u"\r\n"_s))
                    if (line.startsWith(u"if errorlevel"))
                        QVERIFY2(!test::simulateBatchLine(
                                      line.mid(line.indexOf(u"echo"))
                                          .chopped(QStringLiteral(" 1>&2 & exit /b 1)").size()))
                                      .injected,
                                 qPrintable(line));
            // And the project's own reader gets the same names back.
            const ImportResult back = netsh::read(out.bytes, {});
            QVERIFY(back.ok);
            QCOMPARE(back.store.filterLists.at(0).name, name);
            QCOMPARE(back.store.filterLists.at(0).filters.at(0).description, name);
            QCOMPARE(back.store.policies.at(0).rules.at(0).authMethods.at(0).value, u"key "_s + name);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetshQuoting)
#include "tst_netsh_quoting.moc"
