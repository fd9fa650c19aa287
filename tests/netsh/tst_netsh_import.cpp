// The netsh importer: every real script of ../shared/testdata/netsh (and the consec one) with its objects
// counted by hand and its findings asserted, then one case per finding the importer can raise.
#include "formats/formatregistry.h"
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "formats/netsh/netshformat.h"
#include "formats/netsh/netshgrammar.h"
#include "formats/netsh/netshimport.h"
#include "netshtesthelpers.h"
#include "testdata.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace ipsec;
using namespace Qt::StringLiterals;
namespace code = ipsec::netsh::code;

namespace {

QByteArray readTestdata(const QString &relative)
{
    QFile f(test::testdataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ImportResult importText(const QString &script, const netsh::ImportOptions &options = {})
{
    return netsh::read(script.toUtf8(), options);
}

ImportResult importSample(const QString &relative)
{
    return netsh::read(readTestdata(relative), {QString(), relative.section(u'/', -1)});
}

const Policy &onlyPolicy(const StoreData &s)
{
    return s.policies.front();
}

// import(export(store)) gives the same store, in both forms (the sample's round trip).
void checkReexport(const StoreData &store)
{
    for (const netsh::ScriptForm form : {netsh::ScriptForm::Cmd, netsh::ScriptForm::Netshf}) {
        netsh::ExportOptions options;
        options.form = form;
        options.assign = true;
        const netsh::ExportOutput out = netsh::write(store, options);
        QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));
        const ImportResult again = netsh::read(out.bytes, {});
        QVERIFY(again.ok);
        QCOMPARE(test::canonical(again.store), test::canonical(store));
    }
}

} // namespace

class TestNetshImport : public QObject {
    Q_OBJECT
private slots:
    void gbkDecoderIsAvailable()
    {
        // Debian's Qt is built with ICU; the GBK sample depends on it.
        QVERIFY(QStringDecoder("GBK").isValid());
    }

    void sec505StaticPolicy()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd");
        const ImportResult r = importSample(u"netsh/sec505_NetShell_Make_Static_IPSec_Policy.cmd"_s);
        QVERIFY(r.ok);
        QCOMPARE(countOf(r.findings, Severity::Error), 0);
        QCOMPARE(countOf(r.findings, Severity::Warning), 0);
        const StoreData &s = r.store;
        QCOMPARE(s.filterLists.size(), std::size_t(3));
        QCOMPARE(s.filterCount(), std::size_t(4));
        QCOMPARE(s.filterLists[0].name, u"HTTP_Traffic"_s);
        const Filter &https = s.filterLists[0].filters[1];
        QCOMPARE(https.description, u"HTTPS"_s);
        QCOMPARE(https.source, FilterAddress::any());
        QCOMPARE(https.destination, FilterAddress::me());
        QCOMPARE(https.protocol, protocol::Tcp);
        QCOMPARE(https.destinationPort, PortRange::single(443));
        QCOMPARE(https.sourcePort, PortRange::any());
        QVERIFY(https.mirrored); // Q2 default
        const Filter &internal = s.filterLists[2].filters[0];
        QCOMPARE(internal.source, FilterAddress::subnet(*IpAddress::parse(u"10.0.0.0"_s), 8));
        QCOMPARE(s.filterActions.size(), std::size_t(3));
        QCOMPARE(s.filterActions[0].action, ActionKind::Permit);
        QCOMPARE(s.filterActions[1].action, ActionKind::Block);
        const FilterAction &ah = s.filterActions[2];
        QCOMPARE(ah.name, u"AH_Only"_s);
        QVERIFY(ah.sessionKeyPfs && ah.acceptUnsecured && !ah.allowFallback);
        QCOMPARE(ah.securityMethods,
                 (QList<SecurityMethod>{SecurityMethod::ah(Integrity::Md5, 100000, 1000),
                                        SecurityMethod::ah(Integrity::Sha1, 100000, 1000)}));
        QCOMPARE(s.policies.size(), std::size_t(1));
        const Policy &p = onlyPolicy(s);
        QCOMPARE(p.name, u"IIS_Server_Policy"_s);
        QVERIFY(!p.assigned); // the assign line is a REM
        QVERIFY(!p.defaultResponse.active);
        QCOMPARE(p.rules.size(), 3);
        QCOMPARE(p.rules[0].name, u"Allow HTTP"_s);
        QCOMPARE(p.rules[0].authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
        QCOMPARE(p.rules[1].filterAction, s.filterActions[1].id);
        QCOMPARE(p.rules[2].authMethods, QList<AuthMethod>{AuthMethod::presharedKey(u"myPreSharedKey"_s)});
        QCOMPARE(p.rules[2].filterList, s.filterLists[2].id);
        QCOMPARE(p.ike.methods.size(), 4); // Q2 default methods
        checkReexport(s);
    }

    void dynamicScriptIsReportedWithoutInventingObjects()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/sec505_NetShell_Demo_Dynamic_IPSec.cmd");
        const ImportResult r = importSample(u"netsh/sec505_NetShell_Demo_Dynamic_IPSec.cmd"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.store, StoreData());
        const Findings dynamic = test::withCode(r.findings, code::DynamicMode);
        QCOMPARE(dynamic.size(), 6); // the six netsh.exe lines; the Echo copies of them are not commands
        QCOMPARE(dynamic[0].location.line, 10);
        QCOMPARE(dynamic[1].location.line, 20);
        QCOMPARE(dynamic[5].location.line, 66);
        QCOMPARE(dynamic[0].location.file, u"sec505_NetShell_Demo_Dynamic_IPSec.cmd"_s);
        QCOMPARE(test::withCode(r.findings, code::NothingImported).size(), 1);
    }

    void gbkScriptWithSpacedTags()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/aqzt_kjyw_ipsec.bat");
        const ImportResult r = importSample(u"netsh/aqzt_kjyw_ipsec.bat"_s);
        QVERIFY(r.ok);
        QCOMPARE(countOf(r.findings, Severity::Error), 0);
        const Findings guessed = test::withCode(r.findings, code::EncodingGuessed);
        QCOMPARE(guessed.size(), 1);
        QVERIFY(guessed[0].message.contains(u"GBK"));
        QCOMPARE(test::withCode(r.findings, code::SpacedTag).size(),
                 8); // every command line uses "tag = value"
        const Findings abbreviated = test::withCode(r.findings, code::AbbreviatedKeyword);
        QCOMPARE(abbreviated.size(), 1); // assign = y
        QCOMPARE(abbreviated[0].location.line, 21);
        const StoreData &s = r.store;
        QCOMPARE(s.policies.size(), std::size_t(1));
        QCOMPARE(onlyPolicy(s).name, u"APU安全策略"_s);
        QVERIFY(onlyPolicy(s).assigned);
        QCOMPARE(s.filterActions.size(), std::size_t(2));
        QCOMPARE(s.filterActions[0].name, u"stop"_s);
        QCOMPARE(s.filterActions[0].action, ActionKind::Block);
        QCOMPARE(s.filterActions[1].action, ActionKind::Permit);
        QCOMPARE(s.filterLists.size(), std::size_t(1));
        const FilterList &list = s.filterLists[0];
        QCOMPARE(list.name, u"可访问的终端列表"_s);
        QCOMPARE(list.filters.size(), std::size_t(2));
        QCOMPARE(list.filters[0].description, u"部门1访问"_s);
        QCOMPARE(list.filters[0].source, FilterAddress::host(*IpAddress::parse(u"203.86.32.248"_s)));
        QCOMPARE(list.filters[0].destinationPort, PortRange::single(3389));
        QCOMPARE(list.filters[0].protocol, protocol::Tcp);
        QCOMPARE(list.filters[1].source, FilterAddress::subnet(*IpAddress::parse(u"203.86.31.0"_s), 24));
        QCOMPARE(list.filters[1].protocol, protocol::Any); // "protocol =any"
        QCOMPARE(onlyPolicy(s).rules.size(), 1);
        QCOMPARE(onlyPolicy(s).rules[0].name, u"可访问的终端策略规则"_s);
        checkReexport(s);
    }

    void gbkScriptReadAsAnotherCodePageWhenAsked()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/aqzt_kjyw_ipsec.bat");
        netsh::ImportOptions options;
        options.encoding = u"windows-1252"_s;
        const ImportResult r = netsh::read(readTestdata(u"netsh/aqzt_kjyw_ipsec.bat"_s), options);
        QVERIFY(r.ok);
        QVERIFY(test::withCode(r.findings, code::EncodingGuessed).isEmpty());
        QVERIFY(onlyPolicy(r.store).name != u"APU安全策略"_s); // mojibake, as chosen
        QVERIFY(onlyPolicy(r.store).name.startsWith(u"APU"));
    }

    void utf8BomScriptWithCaretContinuations()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/aqzt_kjyw_ipsec5.bat");
        const ImportResult r = importSample(u"netsh/aqzt_kjyw_ipsec5.bat"_s);
        QVERIFY(r.ok);
        QVERIFY(test::withCode(r.findings, code::EncodingGuessed).isEmpty());
        const Findings deleted = test::withCode(r.findings, code::NothingDeleted);
        QCOMPARE(deleted.size(), 1); // delete policy before it exists
        QCOMPARE(deleted[0].location.line, 4);
        QCOMPARE(deleted[0].location.column, 15);
        // Three rules name filteraction=Permit, but the script created "Perm": netsh would refuse them.
        const Findings missing = test::withCode(r.findings, code::MissingObject);
        QCOMPARE(missing.size(), 3);
        QCOMPARE(missing[0].location.line, 30);
        QCOMPARE(missing[1].location.line, 42);
        QCOMPARE(missing[2].location.line, 54);
        QVERIFY(missing[0].message.contains(u"\"Permit\""));
        const StoreData &s = r.store;
        QCOMPARE(s.policies.size(), std::size_t(1));
        QCOMPARE(onlyPolicy(s).name, u"Haishion"_s);
        QCOMPARE(onlyPolicy(s).rules.size(), 1);
        QCOMPARE(onlyPolicy(s).rules[0].name, u"BlockAllAccess"_s);
        QCOMPARE(s.filterLists.size(), std::size_t(4));
        QCOMPARE(s.filterCount(), std::size_t(9));
        QCOMPARE(s.filterLists[3].name, u"SomeIPSomePort"_s);
        QCOMPARE(s.filterLists[3].filters[0].protocol, protocol::Udp);
        QCOMPARE(s.filterLists[3].filters[0].destinationPort, PortRange::single(53));
        QCOMPARE(s.filterLists[3].filters[2].source, FilterAddress::host(*IpAddress::parse(u"210.34.0.3"_s)));
        QCOMPARE(s.filterActions.size(), std::size_t(2));
        QCOMPARE(s.filterActions[0].name, u"Perm"_s);
        checkReexport(s);
    }

    void josephstreeterQuotedValuesAndPositionalName()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/josephstreeter_AD_Trusts_extracted.cmd");
        const ImportResult r = importSample(u"netsh/josephstreeter_AD_Trusts_extracted.cmd"_s);
        QVERIFY(r.ok);
        QCOMPARE(countOf(r.findings, Severity::Error), 0);
        QCOMPARE(countOf(r.findings, Severity::Warning), 0);
        const StoreData &s = r.store;
        const Policy &p = onlyPolicy(s);
        QCOMPARE(p.name, u"AD Trusts"_s);
        QCOMPARE(p.description, u"AD Forest Trust traffic"_s);
        QCOMPARE(p.ike.lifetimeMinutes, 10u);
        QCOMPARE(p.pollingIntervalMinutes, 5u);
        QVERIFY(!p.ike.masterKeyPfs);
        QVERIFY(!p.defaultResponse.active);
        QCOMPARE(p.ike.methods,
                 (QList<IkeMethod>{{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2}}));
        QCOMPARE(s.filterLists.size(), std::size_t(1));
        QCOMPARE(s.filterLists[0].name, u"Domain Controllers"_s); // positional name
        QCOMPARE(s.filterLists[0].filters.size(), std::size_t(3));
        QCOMPARE(s.filterLists[0].filters[2].description, u"MyDC3 - TheirDC3"_s);
        QCOMPARE(s.filterLists[0].filters[2].destination,
                 FilterAddress::host(*IpAddress::parse(u"172.16.10.22"_s)));
        const FilterAction &a = s.filterActions[0];
        QCOMPARE(a.securityMethods,
                 QList<SecurityMethod>{SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 0, 3600)});
        QVERIFY(!a.acceptUnsecured && !a.allowFallback && !a.sessionKeyPfs);
        QCOMPARE(p.rules.size(), 1);
        // kerberos="no" psk="...": only the preshared key
        QCOMPARE(p.rules[0].authMethods,
                 QList<AuthMethod>{AuthMethod::presharedKey(u"my complex password"_s)});
        checkReexport(s);
    }

    void consecScriptIsReportedAsNotIpsecStatic()
    {
        IPSEC_REQUIRE_TESTDATA("consec/sec505_NetShell-Add-IPSec-Rule.bat");
        const ImportResult r = importSample(u"consec/sec505_NetShell-Add-IPSec-Rule.bat"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.store, StoreData());
        const Findings other = test::withCode(r.findings, code::OtherNetshContext);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other[0].location.line, 8);
        // the consec preshared key is not repeated in the report
        QVERIFY(!test::describeFindings(r.findings).contains(u"ThePreSharedKey"));
    }

    void truncatedRealScriptsNeverCrash()
    {
        IPSEC_REQUIRE_TESTDATA("netsh/aqzt_kjyw_ipsec5.bat");
        const QByteArray bytes = readTestdata(u"netsh/aqzt_kjyw_ipsec5.bat"_s);
        for (qsizetype n = 0; n < bytes.size(); n += 7) {
            const ImportResult r = netsh::read(bytes.left(n), {});
            QCOMPARE(r.ok, !r.store.filterLists.empty() || !r.store.filterActions.empty() ||
                               !r.store.policies.empty() ||
                               test::withCode(r.findings, code::NothingImported).isEmpty());
        }
    }

    // ---- the language, one finding each ----

    void findings_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QString list = u"netsh ipsec static add filterlist name=L\n"_s;
        QTest::newRow("a dynamic-mode line is reported")
            << u"netsh ipsec dynamic show all"_s << QString(code::DynamicMode) << 1 << 13;
        QTest::newRow("an advfirewall line is reported") << u"\nnetsh advfirewall set allprofiles state on"_s
                                                         << QString(code::OtherNetshContext) << 2 << 7;
        QTest::newRow("another shell command is noted")
            << list + u"ping 10.0.0.1"_s << QString(code::ShellCommandIgnored) << 2 << 1;
        QTest::newRow("an unknown verb is an error")
            << u"netsh ipsec static frobnicate policy"_s << QString(code::UnknownCommand) << 1 << 20;
        QTest::newRow("an unknown tag is an error")
            << u"netsh ipsec static add policy name=P colour=red"_s << QString(code::UnknownTag) << 1 << 38;
        QTest::newRow("an ambiguous tag prefix is an error (Q8)")
            << list + u"netsh ipsec static add filter filterlist=L src=me dstaddr=any"_s
            << QString(code::AmbiguousTag) << 2 << 44;
        QTest::newRow("spaced tag = value is a warning (Q9)")
            << u"netsh ipsec static add filterlist name = L"_s << QString(code::SpacedTag) << 1 << 40;
        QTest::newRow("words beyond the usage are ignored with a warning")
            << u"netsh ipsec static add filterlist L D extra words"_s << QString(code::ExtraWords) << 1 << 39;
        QTest::newRow("a bad yes/no is an error") << u"netsh ipsec static add policy name=P mmpfs=maybe"_s
                                                  << QString(code::InvalidValue) << 1 << 38;
        QTest::newRow("a modern algorithm in qmsecmethods is an error")
            << u"netsh ipsec static add filteraction name=A qmsecmethods=\"ESP[AES128,SHA1]\""_s
            << QString(code::InvalidMethods) << 1 << 44;
        QTest::newRow("ESP[None,None] is refused (Q15)")
            << u"netsh ipsec static add filteraction name=A qmsec=ESP[None,None]"_s
            << QString(code::InvalidMethods) << 1 << 44;
        QTest::newRow("the invalid doc example of mmsecmethods is refused")
            << u"netsh ipsec static add policy name=P mmsecmethods=\"3DES-SHA1 DHGroup2;AES128-SHA256 DHGroup14\""_s
            << QString(code::InvalidMethods) << 1 << 38;
        QTest::newRow("a rule without a policy is an error")
            << u"netsh ipsec static add rule name=R"_s << QString(code::MissingTag) << 1 << 1;
        QTest::newRow("a rule naming a missing filter list is an error")
            << u"netsh ipsec static add policy name=P\nnetsh ipsec static add rule name=R policy=P filterlist=X filteraction=A"_s
            << QString(code::MissingObject) << 2 << 45;
        QTest::newRow("adding a filter list twice is an error")
            << list + list << QString(code::DuplicateObject) << 2 << 35;
        QTest::newRow("deleting a missing filter action is a warning")
            << u"netsh ipsec static delete filteraction Nope"_s << QString(code::NothingDeleted) << 1 << 40;
        QTest::newRow("show is ignored with a note")
            << u"netsh ipsec static show all"_s << QString(code::CommandIgnored) << 1 << 1;
        QTest::newRow("a repeated tag is a warning")
            << u"netsh ipsec static add filterlist name=A name=B"_s << QString(code::RepeatedTag) << 1 << 42;
        QTest::newRow("y for yes is a warning") << u"netsh ipsec static add policy name=P mmpfs=y"_s
                                                << QString(code::AbbreviatedKeyword) << 1 << 38;
        QTest::newRow("add filter creates its filter list")
            << u"netsh ipsec static add filter filterlist=New srcaddr=me dstaddr=any"_s
            << QString(code::ImplicitFilterList) << 1 << 31;
        QTest::newRow("negotiate without offers takes the defaults (Q2)")
            << u"netsh ipsec static add filteraction name=A action=negotiate"_s
            << QString(code::DefaultApplied) << 1 << 1;
        QTest::newRow("the persistent store is unconfirmed (Q10)")
            << u"netsh ipsec static set store location=persistent"_s << QString(code::Unconfirmed) << 1 << 30;
        QTest::newRow("two commands run together are split")
            << u"netsh ipsec static add filterlist name=A netsh ipsec static add filterlist name=B"_s
            << QString(code::CommandsRunTogether) << 1 << 42;
        QTest::newRow("a batch parameter cannot be read")
            << list + u"netsh ipsec static add filterlist name=%1"_s << QString(code::UndefinedVariable) << 2
            << 1;
        QTest::newRow("a pipe is a warning") << u"netsh ipsec static add filterlist name=A | more"_s
                                             << QString(code::RedirectionIgnored) << 1 << 1;
        QTest::newRow("a mask on any is ignored with a warning")
            << u"netsh ipsec static add filter filterlist=L srcaddr=any srcmask=24 dstaddr=me"_s
            << QString(code::ValueIgnored) << 1 << 56;
        QTest::newRow("an open quote is an error")
            << u"netsh ipsec static add filterlist name=\"A"_s << QString(code::UnterminatedQuote) << 1 << 40;
        QTest::newRow("a \\' in rootca is read as a quote")
            << u"netsh ipsec static add policy name=P\nnetsh ipsec static set defaultrule policy=P rootca=\"CN=\\'x\\' certmap:no excludecaname:no\""_s
            << QString(code::CaEscapeDecoded) << 2 << 45;
        QTest::newRow("a script without commands yields nothing")
            << u"@echo off\r\nrem nothing\r\n"_s << QString(code::NothingImported) << 0 << 0;
    }
    // Ports and prefix lengths are read without Qt's locale code when they are plain digits
    // (netshimportargs.cpp, decimalValue); whatever the text, the importer reads what Qt's conversion reads.
    void numbersAreReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("number");
        for (const QString &n : {u"8080"_s, u"0080"_s, u"0"_s, u"65535"_s, u"65536"_s, u"+80"_s, u"-1"_s,
                                 u"80a"_s, u"0x50"_s, u"\" 443 \""_s, u"999999999999999999"_s,
                                 u"99999999999999999999"_s, u"\u0668\u0660"_s, u"24"_s, u"024"_s, u"33"_s})
            QTest::newRow(qPrintable(u"the number "_s + n)) << n;
    }
    void numbersAreReadAsQtReadsThem()
    {
        QFETCH(QString, number);
        const QString plain = QString(number).remove(u'"').trimmed();
        const auto firstFilter = [](const ImportResult &r) -> const Filter * {
            const FilterList *list = r.ok ? r.store.filterListByName(u"L"_s) : nullptr;
            return list && !list->filters.empty() ? &list->filters.front() : nullptr;
        };

        bool portOk = false;
        const qulonglong port = QStringView(plain).toULongLong(&portOk);
        const ImportResult withPort = importText(
            u"netsh ipsec static add filter filterlist=L srcaddr=me dstaddr=any protocol=TCP srcport=%1"_s
                .arg(number));
        const Filter *f = firstFilter(withPort);
        QCOMPARE(f != nullptr, portOk && port <= 65535);
        if (f)
            QCOMPARE(int(f->sourcePort.first), int(port));
        else
            QVERIFY(!test::withCode(withPort.findings, code::InvalidValue).isEmpty());

        bool prefixOk = false;
        const int prefix = plain.toInt(&prefixOk);
        const ImportResult withMask = importText(
            u"netsh ipsec static add filter filterlist=L srcaddr=10.0.0.1 srcmask=%1 dstaddr=me"_s.arg(
                number));
        f = firstFilter(withMask);
        QCOMPARE(f != nullptr, prefixOk && prefix >= 0 && prefix <= 32);
        if (f && prefix < 32)
            QCOMPARE(f->source.second, IpAddress::maskFromPrefix(IpAddress::Family::IPv4, prefix));
        else if (!f)
            QVERIFY(!test::withCode(withMask.findings, code::InvalidValue).isEmpty());
    }

    void findings()
    {
        QFETCH(QString, script);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, column);
        netsh::ImportOptions options;
        options.fileName = u"case.cmd"_s;
        const ImportResult r = importText(script, options);
        const Findings found = test::withCode(r.findings, code);
        QVERIFY2(!found.isEmpty(), qPrintable(test::describeFindings(r.findings)));
        QCOMPARE(found[0].location.file, u"case.cmd"_s);
        QCOMPARE(found[0].location.line, line);
        QCOMPARE(found[0].location.column, column);
        QVERIFY(!test::withCode(r.findings, netsh::code::ImportSummary).isEmpty());
    }

    void unknownEncodingIsAnError()
    {
        netsh::ImportOptions options;
        options.encoding = u"no-such-codepage"_s;
        const ImportResult r = netsh::read("netsh ipsec static add filterlist name=A", options);
        QVERIFY(!r.ok);
        QCOMPARE(test::withCode(r.findings, code::Undecodable).size(), 1);
    }

    void invalidUtf8AfterABomIsReplacedWithAWarning()
    {
        const ImportResult r = netsh::read("\xEF\xBB\xBFnetsh ipsec static add filterlist name=A\xFF", {});
        QVERIFY(r.ok);
        QCOMPARE(test::withCode(r.findings, code::DecodingReplaced).size(), 1);
    }

    void utf16WithBomIsRead_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("UTF-16LE with BOM") << false;
        QTest::newRow("UTF-16BE with BOM") << true;
    }
    void utf16WithBomIsRead()
    {
        QFETCH(bool, bigEndian);
        QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                               QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(u"netsh ipsec static add filterlist name=\"Größe 中\"\r\n"_s);
        const ImportResult r = netsh::read(bytes, {});
        QVERIFY(r.ok);
        QCOMPARE(r.store.filterLists.at(0).name, u"Größe 中"_s);
    }

    void theLanguageAsRealScriptsWriteIt()
    {
        const QString script = uR"(@ECHO OFF
:: a comment
:start
set LIST=Web Servers
cls
Netsh.EXE IPSEC Static Add FilterList "%LIST%" "the web"
netsh ipsec static add filter filterlist="%LIST%" 192.145.168.0 192.145.168.45 srcmask=24 dstmask=32 proto=udp srcport=53
ipsec static add filteraction name=Secure qmp=yes action=negotiate qmsec="AH[SHA1]+ESP[3DES,None]:50000k ESP[DES,MD5]:300s"
add policy name=P mmpfs=yes qmpermm=7 mmsec="DES-MD5-1 3DES-SHA1-3"
netsh ipsec static add rule name=R policy=P filterlist="Web Servers" filteraction=Secure con=lan tunnel=10.9.8.7 psk="k" kerberos=yes rootca="CN=A, O=B certmap:yes excludecaname:yes" rootca="CN=C"
netsh ipsec static set rule name=R policy=P activate=no newname=R2
netsh ipsec static set policy name=P assign=yes >nul 2>&1
pause
)"_s;
        const ImportResult r = importText(script);
        QVERIFY2(r.ok, qPrintable(test::describeFindings(r.findings)));
        QCOMPARE(countOf(r.findings, Severity::Error), 0);
        const StoreData &s = r.store;
        const FilterList &l = s.filterLists.at(0);
        QCOMPARE(l.name, u"Web Servers"_s);
        QCOMPARE(l.description, u"the web"_s);
        QCOMPARE(l.filters.at(0).source, FilterAddress::subnet(*IpAddress::parse(u"192.145.168.0"_s), 24));
        QCOMPARE(l.filters.at(0).destination, FilterAddress::host(*IpAddress::parse(u"192.145.168.45"_s)));
        QCOMPARE(l.filters.at(0).protocol, protocol::Udp);
        QCOMPARE(l.filters.at(0).sourcePort, PortRange::single(53));
        const FilterAction &a = s.filterActions.at(0);
        QVERIFY(a.sessionKeyPfs);
        QCOMPARE(a.securityMethods.size(), 2);
        QCOMPARE(a.securityMethods[0].protocol, IpsecProtocol::AhAndEsp);
        QCOMPARE(a.securityMethods[0].ahIntegrity, Integrity::Sha1);
        QCOMPARE(a.securityMethods[0].espEncryption, Encryption::TripleDes);
        QCOMPARE(a.securityMethods[0].espIntegrity, Integrity::None);
        QCOMPARE(a.securityMethods[0].lifetimeKilobytes, 50000u);
        QCOMPARE(a.securityMethods[1].lifetimeSeconds, 300u);
        const Policy &p = s.policies.at(0);
        QVERIFY(p.assigned);
        QCOMPARE(p.ike.quickModesPerMainMode, 1u); // mmpfs=yes sets qmpermm to 1
        QCOMPARE(p.ike.methods.at(1).dhGroup, DhGroup::Group14);
        const Rule &rule = p.rules.at(0);
        QCOMPARE(rule.name, u"R2"_s);
        QVERIFY(!rule.active);
        QCOMPARE(rule.connectionType, ConnectionType::Lan);
        QCOMPARE(rule.tunnel.kind, TunnelKind::Address);
        QCOMPARE(rule.authMethods,
                 (QList<AuthMethod>{AuthMethod::presharedKey(u"k"_s), AuthMethod::kerberos(),
                                    AuthMethod::certificate(u"CN=A, O=B"_s, true, true),
                                    AuthMethod::certificate(u"CN=C"_s)}));
    }

    void deleteAllAndIntegrity()
    {
        const QString script = uR"(netsh ipsec static add filterlist name=L
netsh ipsec static add filteraction name=A action=permit
netsh ipsec static add policy name=P
netsh ipsec static add rule name=R policy=P filterlist=L filteraction=A
netsh ipsec static delete filterlist name=L
netsh ipsec static delete all
netsh ipsec static add filterlist name=After
)"_s;
        const ImportResult r = importText(script);
        QVERIFY(r.ok);
        const Findings refused = test::withCode(r.findings, code::NothingDeleted);
        QCOMPARE(refused.size(), 1); // the list is still used by the rule
        QCOMPARE(refused[0].location.line, 5);
        QCOMPARE(r.store.filterLists.size(), std::size_t(1));
        QCOMPARE(r.store.filterLists[0].name, u"After"_s);
        QVERIFY(r.store.policies.empty());
    }

    void readIntoKeepsTheOpenDocument()
    {
        StoreData base;
        FilterList existing;
        existing.id = newId();
        existing.name = u"Existing"_s;
        base.filterLists.push_back(existing);
        const ImportResult added = netsh::readInto(
            base, "netsh ipsec static add filter filterlist=Existing srcaddr=me dstaddr=any", {});
        QVERIFY(added.ok);
        QCOMPARE(added.store.filterLists.size(), std::size_t(1));
        QCOMPARE(added.store.filterLists[0].id, existing.id);
        QCOMPARE(added.store.filterLists[0].filters.size(), std::size_t(1));
        const ImportResult nothing = netsh::readInto(base, "echo hello", {});
        QVERIFY(!nothing.ok);
        QCOMPARE(nothing.store, base);
    }

    void importIsDeterministic()
    {
        const QByteArray script = "netsh ipsec static add filter filterlist=L srcaddr=me dstaddr=any\n"
                                  "netsh ipsec static add policy name=P\n";
        QCOMPARE(netsh::read(script, {}).store, netsh::read(script, {}).store);
    }

    void presharedKeysAreMaskedInFindings()
    {
        const ImportResult r =
            importText(u"netsh ipsec static add rule name=R policy=Missing psk=\"s3cret key\""_s);
        QVERIFY(!test::withCode(r.findings, code::MissingObject).isEmpty());
        QVERIFY(!test::describeFindings(r.findings).contains(u"s3cret"));
    }

    void presharedKeyMasking_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a quoted key is replaced, the rest of the command kept")
            << u"add rule name=R psk=\"s3cret key\" policy=P"_s << u"add rule name=R psk=**** policy=P"_s;
        QTest::newRow("an unquoted key is replaced up to the next blank")
            << u"add rule psk=s3cret name=R"_s << u"add rule psk=**** name=R"_s;
        QTest::newRow("the unique prefix ps= is a preshared key too")
            << u"set defaultrule PS = s3cret"_s << u"set defaultrule PS = ****"_s;
        QTest::newRow("an unterminated quoted key hides the rest of the line")
            << u"add rule psk=\"s3cret name=R"_s << u"add rule psk=****"_s;
        QTest::newRow("other tags are left alone")
            << u"add policy name=psk pollinginterval=5"_s << u"add policy name=psk pollinginterval=5"_s;
    }

    void presharedKeyMasking()
    {
        QFETCH(QString, command);
        QFETCH(QString, shown);
        QCOMPARE(netsh::maskPresharedKeys(command), shown);
    }

    void garbageNeverCrashes()
    {
        QByteArray bytes;
        quint32 x = 12345;
        for (int i = 0; i < 20000; ++i) {
            x = x * 1103515245u + 12345u;
            const char alphabet[] =
                "netsh ipsec static add set delete filter list action rule policy=\"^%&|<>\r\n\\'[],:-";
            bytes += alphabet[(x >> 16) % (sizeof(alphabet) - 1)];
        }
        const ImportResult r = netsh::read(bytes, {});
        QVERIFY(!r.findings.isEmpty());
    }

    void theRegistryOffersTheNetshFormat()
    {
        const FormatDescriptor *d = findFormat(u"netsh"_s);
        QVERIFY(d);
        QStringList exportNames;
        for (const FormatOption &o : d->exportOptions)
            exportNames << o.name;
        QCOMPARE(exportNames, (QStringList{u"policy"_s, u"store"_s, u"domain"_s, u"assign"_s, u"gpo-name"_s,
                                           u"idempotent"_s, u"batch"_s, u"form"_s, u"skip-unsupported"_s}));
        QCOMPARE(d->importOptions.at(0).name, u"encoding"_s);
        const ImportResult missing = d->importFile(u"/nonexistent/x.cmd"_s, {});
        QVERIFY(!missing.ok);
        QCOMPARE(missing.findings.at(0).code, code::FileUnreadable);
        IPSEC_REQUIRE_TESTDATA("netsh/josephstreeter_AD_Trusts_extracted.cmd");
        const ImportResult viaRegistry =
            d->importFile(test::testdataPath(u"netsh/josephstreeter_AD_Trusts_extracted.cmd"_s), {});
        QVERIFY(viaRegistry.ok);
        QCOMPARE(viaRegistry.store.policies.at(0).name, u"AD Trusts"_s);
    }
};

QTEST_GUILESS_MAIN(TestNetshImport)
#include "tst_netsh_import.moc"
