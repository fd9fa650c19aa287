// The netsh exporter: round trips (store -> script -> import -> same store) for a store using every field
// netsh can express, for every template and for generated stores, in both forms and both store modes;
// determinism; the golden reference scenario; and every refusal naming its object.
#include "formats/formatregistry.h"
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshfindings.h"
#include "formats/netsh/netshformat.h"
#include "formats/netsh/netshimport.h"
#include "netshtesthelpers.h"
#include "templates/templates.h"
#include "testdata.h"
#include "testvalues.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace ipsec;
using ipsec::test::ip;
using namespace Qt::StringLiterals;
namespace code = ipsec::netsh::code;

namespace {

Filter filter(FilterAddress src, FilterAddress dst, std::uint8_t proto = protocol::Any,
              std::uint16_t sport = 0, std::uint16_t dport = 0, bool mirrored = true,
              const QString &description = {})
{
    Filter f;
    f.id = newId();
    f.source = std::move(src);
    f.destination = std::move(dst);
    f.protocol = proto;
    f.sourcePort = PortRange::single(sport);
    f.destinationPort = PortRange::single(dport);
    f.mirrored = mirrored;
    f.description = description;
    return f;
}

// Every field netsh ipsec static can carry, at least once.
StoreData everyExpressibleField()
{
    StoreData s;
    FilterList web;
    web.id = newId();
    web.name = u"Web & Mail (100%)"_s;
    web.description = u"servers ^ all"_s;
    web.filters = {
        filter(FilterAddress::me(), FilterAddress::any()),
        filter(FilterAddress::any(), FilterAddress::me(), protocol::Tcp, 0, 443, true, u"HTTPS"_s),
        filter(FilterAddress::host(ip(u"10.0.0.5"_s)), FilterAddress::subnet(ip(u"192.168.1.0"_s), 24),
               protocol::Udp, 53, 0, false),
        filter(FilterAddress::subnet(ip(u"10.1.0.0"_s), ip(u"255.0.255.0"_s)), FilterAddress::me(),
               protocol::Icmp),
        filter(FilterAddress::range(ip(u"10.2.0.1"_s), ip(u"10.2.0.9"_s)), FilterAddress::me(),
               protocol::Raw),
        filter(FilterAddress::host(ip(u"fe80::1"_s)),
               FilterAddress::range(ip(u"2001:db8::1"_s), ip(u"2001:db8::9"_s)), 47),
        filter(FilterAddress::dns(u"mail.example.com"_s), FilterAddress::me(), protocol::Tcp, 0, 25, true,
               u"名前"_s),
        filter(FilterAddress::me(), FilterAddress::server(AddressKind::DnsServers)),
        filter(FilterAddress::server(AddressKind::WinsServers), FilterAddress::me()),
        filter(FilterAddress::me(), FilterAddress::server(AddressKind::DhcpServer)),
        filter(FilterAddress::server(AddressKind::DefaultGateway), FilterAddress::me()),
    };
    FilterList empty;
    empty.id = newId();
    empty.name = u"Empty list"_s;
    s.filterLists = {web, empty};

    FilterAction permit;
    permit.id = newId();
    permit.name = u"Permit"_s;
    permit.action = ActionKind::Permit;
    FilterAction block;
    block.id = newId();
    block.name = u"Block"_s;
    block.description = u"drop it"_s;
    block.action = ActionKind::Block;
    FilterAction secure;
    secure.id = newId();
    secure.name = u"Secure"_s;
    secure.action = ActionKind::Negotiate;
    secure.acceptUnsecured = true;
    secure.allowFallback = true;
    secure.sessionKeyPfs = true;
    secure.securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 3600),
        SecurityMethod::esp(Encryption::Des, Integrity::None, 50000, 0),
        SecurityMethod::esp(Encryption::None, Integrity::Md5, 0, 300),
        SecurityMethod::ah(Integrity::Sha1),
        {IpsecProtocol::AhAndEsp, Integrity::Md5, Encryption::TripleDes, Integrity::Sha1, 20480, 900},
    };
    s.filterActions = {permit, block, secure};

    Policy p;
    p.id = newId();
    p.name = u"Main policy"_s;
    p.description = u"every field"_s;
    p.pollingIntervalMinutes = 5;
    p.assigned = true;
    p.ike.masterKeyPfs = true;
    p.ike.quickModesPerMainMode = 1;
    p.ike.lifetimeMinutes = 10;
    p.ike.methods = {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14},
                     {Encryption::Des, Integrity::Md5, DhGroup::Group1},
                     {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2}};
    p.defaultResponse.active = true;
    p.defaultResponse.sessionKeyPfs = true;
    p.defaultResponse.authMethods = {AuthMethod::certificate(u"CN=Root, O=Example"_s, false, true),
                                     AuthMethod::kerberos()};
    p.defaultResponse.securityMethods = {SecurityMethod::ah(Integrity::Md5, 0, 600)};
    Rule r1;
    r1.id = newId();
    r1.name = u"Web rule"_s;
    r1.description = u"tunnelled"_s;
    r1.filterList = web.id;
    r1.filterAction = secure.id;
    r1.tunnel.kind = TunnelKind::Address;
    r1.tunnel.address = ip(u"203.0.113.7"_s);
    r1.connectionType = ConnectionType::Lan;
    r1.authMethods = {AuthMethod::presharedKey(u"p%s^k&y!"_s), AuthMethod::kerberos(),
                      AuthMethod::certificate(u"C=US, O=MSFT, CN=Root"_s, true, false),
                      AuthMethod::certificate(u"CN=Second"_s, true, true)};
    Rule r2;
    r2.id = newId();
    r2.name = u"Dial-up block"_s;
    r2.filterList = empty.id;
    r2.filterAction = block.id;
    r2.tunnel.kind = TunnelKind::DnsName;
    r2.tunnel.dnsName = u"gw.example.com"_s;
    r2.connectionType = ConnectionType::RemoteAccess;
    r2.active = false;
    r2.authMethods = {AuthMethod::kerberos()};
    p.rules = {r1, r2};

    Policy other;
    other.id = newId();
    other.name = u"Other"_s;
    other.ike.methods = {IkeMethod{}};
    other.defaultResponse.authMethods = {AuthMethod::kerberos()};
    other.defaultResponse.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5)};
    Rule r3;
    r3.id = newId();
    r3.name = u"Web rule"_s; // same name in another policy is fine
    r3.filterList = web.id;
    r3.filterAction = permit.id;
    r3.authMethods = {AuthMethod::kerberos()};
    other.rules = {r3};
    s.policies = {p, other};
    return s;
}

// What the script carries of the store's own description: location, domain and (domain) GPO name.
StoreData expectedAfterRoundTrip(StoreData s, StoreLocation location)
{
    s.info = StoreInfo();
    s.info.location = location;
    if (location == StoreLocation::Domain) {
        s.info.domain = u"ipsectest.com"_s;
        s.info.gpoName = u"IPsec GPO"_s;
    }
    return s;
}

netsh::ExportOptions optionsFor(netsh::ScriptForm form, StoreLocation location)
{
    netsh::ExportOptions o;
    o.form = form;
    o.store = location;
    if (location == StoreLocation::Local) {
        o.assign = true;
    } else {
        o.domain = u"ipsectest.com"_s;
        o.gpoName = u"IPsec GPO"_s;
    }
    return o;
}

void roundTrip(const StoreData &store, netsh::ScriptForm form, StoreLocation location)
{
    const netsh::ExportOutput out = netsh::write(store, optionsFor(form, location));
    QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));
    QCOMPARE(countOf(out.findings, Severity::Error), 0);
    const ImportResult back = netsh::read(out.bytes, {});
    QVERIFY2(back.ok, qPrintable(test::describeFindings(back.findings)));
    QCOMPARE(countOf(back.findings, Severity::Error), 0);
    StoreData actual = back.store;
    actual.info.name.clear();
    QCOMPARE(test::canonical(actual), test::canonical(expectedAfterRoundTrip(store, location)));
}

QString goldenPath(const QString &name)
{
    return test::sourcePath(u"tests/netsh/golden/"_s + name);
}

} // namespace

class TestNetshExport : public QObject {
    Q_OBJECT
private slots:
    void roundTripOfEveryField_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("location");
        QTest::newRow("a .cmd file for the local store")
            << int(netsh::ScriptForm::Cmd) << int(StoreLocation::Local);
        QTest::newRow("a .cmd file for the domain store")
            << int(netsh::ScriptForm::Cmd) << int(StoreLocation::Domain);
        QTest::newRow("a netsh -f script for the local store")
            << int(netsh::ScriptForm::Netshf) << int(StoreLocation::Local);
        QTest::newRow("a netsh -f script for the domain store")
            << int(netsh::ScriptForm::Netshf) << int(StoreLocation::Domain);
    }
    void roundTripOfEveryField()
    {
        QFETCH(int, form);
        QFETCH(int, location);
        roundTrip(everyExpressibleField(), netsh::ScriptForm(form), StoreLocation(location));
    }

    void roundTripOfEveryTemplate_data()
    {
        QTest::addColumn<QString>("name");
        for (const TemplateInfo &t : templates())
            QTest::newRow(qPrintable(u"template "_s + t.name)) << t.name;
    }
    void roundTripOfEveryTemplate()
    {
        QFETCH(QString, name);
        const std::optional<StoreData> store = makeTemplate(name);
        QVERIFY(store);
        for (const auto form : {netsh::ScriptForm::Cmd, netsh::ScriptForm::Netshf})
            for (const auto location : {StoreLocation::Local, StoreLocation::Domain}) {
                roundTrip(*store, form, location);
                if (QTest::currentTestFailed())
                    return;
            }
    }

    void roundTripOfGeneratedStores_data()
    {
        QTest::addColumn<int>("filters");
        QTest::addColumn<int>("seed");
        QTest::newRow("a small generated store") << 120 << 1;
        QTest::newRow("a larger generated store with another seed") << 2000 << 7;
    }
    void roundTripOfGeneratedStores()
    {
        QFETCH(int, filters);
        QFETCH(int, seed);
        const StoreData store = generateStore(filters, quint32(seed));
        roundTrip(store, netsh::ScriptForm::Cmd, StoreLocation::Local);
        roundTrip(store, netsh::ScriptForm::Netshf, StoreLocation::Domain);
    }

    void outputIsDeterministic()
    {
        const StoreData store = everyExpressibleField();
        const netsh::ExportOptions o = optionsFor(netsh::ScriptForm::Cmd, StoreLocation::Local);
        const QByteArray first = netsh::write(store, o).bytes;
        QCOMPARE(netsh::write(store, o).bytes, first);
        // GUIDs are not written, so a copy with new ids gives the same bytes
        QCOMPARE(netsh::write(test::canonical(store), o).bytes, first);
        QVERIFY(!first.startsWith("\xEF\xBB\xBF"));         // UTF-8 without BOM (Q14)
        QVERIFY(first.contains("\r\nchcp 65001 >nul\r\n")); // the store has a non-ASCII description
    }

    void cmdFormStopsAtTheFirstFailure()
    {
        const netsh::ExportOutput out =
            netsh::write(everyExpressibleField(), optionsFor(netsh::ScriptForm::Cmd, StoreLocation::Local));
        const QStringList lines = out.text().split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"@echo off"_s);
        QVERIFY(lines.contains(u"setlocal EnableExtensions DisableDelayedExpansion"_s));
        int commands = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(u"netsh "))
                continue;
            ++commands;
            QVERIFY2(lines[i + 1].startsWith(u"if errorlevel 1 (echo Step %1 of "_s.arg(commands)),
                     qPrintable(lines[i + 1]));
            QVERIFY(lines[i + 1].endsWith(u" 1>&2 & exit /b 1)"));
        }
        QVERIFY(commands > 10);
        QVERIFY(out.text().contains(u"exit /b 0"));
        QVERIFY(out.text().contains(u"netsh ipsec static set policy name=\"Main policy\" assign=yes"));
        QVERIFY(out.text().contains(u"name=\"Web & Mail (100%%)\""));
    }

    void netshFFormIsPlain()
    {
        const netsh::ExportOutput out = netsh::write(
            everyExpressibleField(), optionsFor(netsh::ScriptForm::Netshf, StoreLocation::Domain));
        QVERIFY(out.ok);
        for (const QString &line : out.text().split(u"\r\n"_s, Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"#") || line.startsWith(u"ipsec static "), qPrintable(line));
        QVERIFY(out.text().contains(u"ipsec static set store location=domain domain=\"ipsectest.com\""));
        QVERIFY(out.text().contains(u"ipsec static set policy name=\"Main policy\" gponame=\"IPsec GPO\""));
        QVERIFY(out.text().contains(u"name=\"Web & Mail (100%)\"")); // no batch escaping in this form
        QCOMPARE(test::withCode(out.findings, code::NetshScriptEncoding).size(), 1);
        QCOMPARE(test::withCode(out.findings, code::UnconfirmedOutput).size(), 1); // gponame (Q11)
    }

    void idempotentAndBatch()
    {
        netsh::ExportOptions o = optionsFor(netsh::ScriptForm::Cmd, StoreLocation::Local);
        o.idempotent = true;
        o.batch = true;
        const netsh::ExportOutput out = netsh::write(everyExpressibleField(), o);
        QVERIFY(out.ok);
        const QString t = out.text();
        const qsizetype del = t.indexOf(u"netsh ipsec static delete policy name=\"Main policy\" >nul 2>&1");
        const qsizetype delList =
            t.indexOf(u"netsh ipsec static delete filterlist name=\"Empty list\" >nul 2>&1");
        const qsizetype enable = t.indexOf(u"netsh ipsec static set batch mode=enable");
        const qsizetype add = t.indexOf(u"netsh ipsec static add filterlist");
        const qsizetype disable = t.indexOf(u"netsh ipsec static set batch mode=disable");
        QVERIFY(del > 0 && delList > del && enable > delList && add > enable && disable > add);
        // each .cmd line is its own netsh process: batch mode across processes is flagged as unconfirmed
        QCOMPARE(test::withCode(out.findings, code::UnconfirmedOutput).size(), 1);
        const ImportResult back = netsh::read(out.bytes, {});
        QVERIFY(back.ok);
        QCOMPARE(test::withCode(back.findings, code::NothingDeleted).size(),
                 7); // 2 policies, 3 actions, 2 lists: nothing existed yet
    }

    void onePolicyIsSelectedByNameOrId()
    {
        StoreData store = everyExpressibleField();
        FilterList unused;
        unused.id = newId();
        unused.name = u"Unused"_s;
        store.filterLists.push_back(unused);
        for (const QString &selector : {u"other"_s, store.policies[1].id.toString()}) {
            netsh::ExportOptions o;
            o.policy = selector;
            const netsh::ExportOutput out = netsh::write(store, o);
            QVERIFY(out.ok);
            const ImportResult back = netsh::read(out.bytes, {});
            QCOMPARE(back.store.policies.size(), std::size_t(1));
            QCOMPARE(back.store.policies[0].name, u"Other"_s);
            QCOMPARE(back.store.filterLists.size(), std::size_t(1)); // only the list its rule uses
            QCOMPARE(back.store.filterActions.size(), std::size_t(1));
            QCOMPARE(back.store.filterActions[0].name, u"Permit"_s);
        }
        netsh::ExportOptions missing;
        missing.policy = u"No such policy"_s;
        const netsh::ExportOutput none = netsh::write(store, missing);
        QVERIFY(!none.ok);
        QCOMPARE(test::withCode(none.findings, code::PolicyNotFound).size(), 1);
    }

    void assignmentThatIsNotWrittenIsReported()
    {
        const StoreData store = everyExpressibleField();
        const netsh::ExportOutput local = netsh::write(store, {});
        QVERIFY(local.ok);
        const Findings notWritten = test::withCode(local.findings, code::AssignmentNotWritten);
        QCOMPARE(notWritten.size(), 1);
        QCOMPARE(notWritten[0].location.objectId, store.policies[0].id);
        netsh::ExportOptions domain;
        domain.store = StoreLocation::Domain;
        QCOMPARE(test::withCode(netsh::write(store, domain).findings, code::AssignmentNotWritten).size(), 1);
    }

    void unsupportedFeaturesStopTheExport_data()
    {
        QTest::addColumn<std::function<void(StoreData &)>>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        using Change = std::function<void(StoreData &)>;
        QTest::newRow("an AES security method") << Change([](StoreData &s) {
            s.filterActions[2].securityMethods[0].espEncryption = Encryption::Aes128;
        }) << QString(code::UnsupportedAlgorithm)
                                                << int(ObjectKind::FilterAction) << u"securityMethods[0]"_s;
        QTest::newRow("a SHA-256 IKE method")
            << Change([](StoreData &s) { s.policies[0].ike.methods[1].integrity = Integrity::Sha256; })
            << QString(code::UnsupportedAlgorithm) << int(ObjectKind::Policy) << u"ike.methods[1]"_s;
        QTest::newRow("a DH group 19 IKE method")
            << Change([](StoreData &s) { s.policies[0].ike.methods[0].dhGroup = DhGroup::Group19; })
            << QString(code::UnsupportedAlgorithm) << int(ObjectKind::Policy) << u"ike.methods[0]"_s;
        QTest::newRow("a port range") << Change([](StoreData &s) {
            s.filterLists[0].filters[1].destinationPort = {8000, 8080};
        }) << QString(code::UnsupportedPortRange)
                                      << int(ObjectKind::Filter) << u"destinationPort"_s;
        QTest::newRow("an IPv6 subnet") << Change([](StoreData &s) {
            s.filterLists[0].filters[0].destination = FilterAddress::subnet(ip(u"2001:db8::"_s), 64);
        }) << QString(code::UnsupportedAddress)
                                        << int(ObjectKind::Filter) << u"destination"_s;
        QTest::newRow("an IPv6 tunnel endpoint")
            << Change([](StoreData &s) { s.policies[0].rules[0].tunnel.address = ip(u"2001:db8::1"_s); })
            << QString(code::UnsupportedAddress) << int(ObjectKind::Rule) << u"tunnel"_s;
        // Each way a filter can fail to be written in one go (ScriptWriter::appendFilterTags) is named.
        QTest::newRow("a filter with ports on ICMP")
            << Change([](StoreData &s) { s.filterLists[0].filters[1].protocol = protocol::Icmp; })
            << QString(code::UnsupportedField) << int(ObjectKind::Filter) << QString();
        QTest::newRow("a range from an IPv4 to an IPv6 address") << Change([](StoreData &s) {
            s.filterLists[0].filters[0].source =
                FilterAddress::range(ip(u"10.0.0.1"_s), ip(u"2001:db8::1"_s));
        }) << QString(code::UnsupportedAddress) << int(ObjectKind::Filter)
                                                                 << u"source"_s;
        QTest::newRow("a DNS name netsh would read as an address") << Change([](StoreData &s) {
            s.filterLists[0].filters[0].destination = FilterAddress::dns(u"10.1.2.3"_s);
        }) << QString(code::UnsupportedAddress) << int(ObjectKind::Filter)
                                                                   << u"destination"_s;
        QTest::newRow("a DNS name with a double quote") << Change([](StoreData &s) {
            s.filterLists[0].filters[0].destination = FilterAddress::dns(u"web\"01.example.com"_s);
        }) << QString(code::Unquotable) << int(ObjectKind::Filter)
                                                        << u"destination"_s;
        QTest::newRow("a filter description ending in a backslash")
            << Change([](StoreData &s) { s.filterLists[0].filters[1].description = u"C:\\share\\"_s; })
            << QString(code::Unquotable) << int(ObjectKind::Filter) << QString();
        QTest::newRow("a server keyword facing something other than me")
            << Change([](StoreData &s) { s.filterLists[0].filters[7].source = FilterAddress::any(); })
            << QString(code::UnsupportedAddress) << int(ObjectKind::Filter) << QString();
        QTest::newRow("a negotiate action without security methods")
            << Change([](StoreData &s) { s.filterActions[2].securityMethods.clear(); })
            << QString(code::EmptyList) << int(ObjectKind::FilterAction) << u"securityMethods"_s;
        QTest::newRow("a rule without authentication")
            << Change([](StoreData &s) { s.policies[0].rules[1].authMethods.clear(); })
            << QString(code::EmptyList) << int(ObjectKind::Rule) << u"authMethods"_s;
        QTest::newRow("two filter lists of the same name")
            << Change([](StoreData &s) { s.filterLists[1].name = u"web & mail (100%)"_s; })
            << QString(code::AmbiguousName) << int(ObjectKind::FilterList) << u"name"_s;
        QTest::newRow("a rule whose filter action is gone")
            << Change([](StoreData &s) { s.policies[0].rules[1].filterAction = newId(); })
            << QString(code::DanglingReference) << int(ObjectKind::Rule) << u"filterAction"_s;
        QTest::newRow("a rule bound to an interface name")
            << Change([](StoreData &s) { s.policies[0].rules[0].interfaceName = u"eth0"_s; })
            << QString(code::UnsupportedField) << int(ObjectKind::Rule) << u"interfaceName"_s;
        QTest::newRow("offers on a permit action") << Change([](StoreData &s) {
            s.filterActions[0].securityMethods = {SecurityMethod::ah(Integrity::Sha1)};
        }) << QString(code::UnsupportedField) << int(ObjectKind::FilterAction)
                                                   << u"securityMethods"_s;
        QTest::newRow("master key PFS with more than one quick mode")
            << Change([](StoreData &s) { s.policies[0].ike.quickModesPerMainMode = 4; })
            << QString(code::UnsupportedField) << int(ObjectKind::Policy) << u"ike.quickModesPerMainMode"_s;
        QTest::newRow("ESP[None,None] (Q15)") << Change([](StoreData &s) {
            s.filterActions[2].securityMethods[1] = SecurityMethod::esp(Encryption::None, Integrity::None);
        }) << QString(code::UnsupportedAlgorithm)
                                              << int(ObjectKind::FilterAction) << u"securityMethods[1]"_s;
        QTest::newRow("a CA name with a quote")
            << Change([](StoreData &s) { s.policies[0].rules[0].authMethods[2].value = u"CN=\"x\""_s; })
            << QString(code::Unquotable) << int(ObjectKind::Rule) << u"authMethods[2]"_s;
    }
    void unsupportedFeaturesStopTheExport()
    {
        QFETCH(std::function<void(StoreData &)>, change);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(QString, field);
        StoreData store = everyExpressibleField();
        change(store);
        const netsh::ExportOutput stopped = netsh::write(store, {});
        QVERIFY(!stopped.ok);
        const Findings found = test::withCode(stopped.findings, code);
        QVERIFY2(!found.isEmpty(), qPrintable(test::describeFindings(stopped.findings)));
        QCOMPARE(found[0].severity, Severity::Error);
        QCOMPARE(int(found[0].location.kind), kind);
        QVERIFY(!found[0].location.objectId.isNull());
        QVERIFY(!found[0].location.objectPath.isEmpty());
        if (!field.isEmpty())
            QCOMPARE(found[0].location.field, field);
        QVERIFY(!found[0].toString().contains(u"p%s^k&y!")); // the preshared key never shows

        netsh::ExportOptions skip;
        skip.skipUnsupported = true;
        const netsh::ExportOutput skipped = netsh::write(store, skip);
        QVERIFY2(skipped.ok, qPrintable(test::describeFindings(skipped.findings)));
        QCOMPARE(countOf(skipped.findings, Severity::Error), 0);
        QVERIFY(!test::withCode(skipped.findings, code).isEmpty());
        QCOMPARE(test::withCode(skipped.findings, code)[0].severity, Severity::Warning);
        QCOMPARE(test::withCode(skipped.findings, netsh::code::Skipped).size(), 1);
        QVERIFY(skipped.text().contains(u"rem SKIPPED ("_s + code));
        QVERIFY(netsh::read(skipped.bytes, {}).ok); // what was written still imports
    }

    void goldenReferenceScenario_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<int>("form");
        QTest::newRow("the reference scenario as a .cmd file")
            << u"expressroute-http8080"_s << u"expressroute-http8080.cmd"_s << int(netsh::ScriptForm::Cmd);
        QTest::newRow("the reference scenario as a netsh -f script")
            << u"expressroute-http8080"_s << u"expressroute-http8080.netsh"_s
            << int(netsh::ScriptForm::Netshf);
        QTest::newRow("the Windows default Server policy as a .cmd file")
            << u"server-request-security"_s << u"server-request-security.cmd"_s
            << int(netsh::ScriptForm::Cmd);
    }
    void goldenReferenceScenario()
    {
        QFETCH(QString, templateName);
        QFETCH(QString, golden);
        QFETCH(int, form);
        const std::optional<StoreData> store = makeTemplate(templateName);
        QVERIFY(store);
        netsh::ExportOptions o;
        o.form = netsh::ScriptForm(form);
        o.assign = true;
        o.idempotent = true;
        const netsh::ExportOutput out = netsh::write(*store, o);
        QVERIFY2(out.ok, qPrintable(test::describeFindings(out.findings)));
        if (qEnvironmentVariableIsSet("IPSEC_UPDATE_GOLDEN")) {
            QFile f(goldenPath(golden));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(out.bytes);
        }
        QFile f(goldenPath(golden));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath(golden)));
        QCOMPARE(QString::fromUtf8(out.bytes), QString::fromUtf8(f.readAll()));
    }

    void cliOptionsMapOntoExportOptions()
    {
        FormatOptions values;
        values.set(u"store"_s, u"domain"_s);
        values.set(u"domain"_s, u"ipsectest.com"_s);
        values.set(u"gpo-name"_s, u"G"_s);
        values.set(u"form"_s, u"netsh-f"_s);
        values.set(u"idempotent"_s);
        values.set(u"skip-unsupported"_s);
        const netsh::ParsedExportOptions parsed = netsh::exportOptionsFrom(values);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.options.store, StoreLocation::Domain);
        QCOMPARE(parsed.options.domain, u"ipsectest.com"_s);
        QCOMPARE(parsed.options.gpoName, u"G"_s);
        QCOMPARE(parsed.options.form, netsh::ScriptForm::Netshf);
        QVERIFY(parsed.options.idempotent && parsed.options.skipUnsupported && !parsed.options.batch);
        FormatOptions bad;
        bad.set(u"store"_s, u"registry"_s);
        bad.set(u"form"_s, u"powershell"_s);
        const netsh::ParsedExportOptions refused = netsh::exportOptionsFrom(bad);
        QVERIFY(!refused.ok);
        QCOMPARE(test::withCode(refused.findings, code::InvalidOptions).size(), 2);
    }

    void registryExportWritesTheFileOnlyWhenOk()
    {
        const FormatDescriptor *d = findFormat(u"netsh"_s);
        QVERIFY(d && d->exportFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.cmd"_s);
        FormatOptions o;
        o.set(u"assign"_s);
        const ExportResult written = d->exportFile(everyExpressibleField(), path, o);
        QVERIFY2(written.ok, qPrintable(test::describeFindings(written.findings)));
        QCOMPARE(written.writtenFiles, QStringList{path});
        QVERIFY(QFile::exists(path));
        StoreData broken = everyExpressibleField();
        broken.filterActions[2].securityMethods[0].espEncryption = Encryption::Aes256;
        const QString brokenPath = dir.filePath(u"broken.cmd"_s);
        const ExportResult refused = d->exportFile(broken, brokenPath, o);
        QVERIFY(!refused.ok);
        QVERIFY(!QFile::exists(brokenPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{u"out.cmd"_s}); // no temporary file left
    }

    // An export to a file goes there piece by piece as the script is rendered (netsh::write with a sink): the
    // file of a script of several pieces is the in-memory script byte for byte, in both forms.
    void aFileExportIsTheScriptWrittenPieceByPiece()
    {
        const FormatDescriptor *d = findFormat(u"netsh"_s);
        QVERIFY(d && d->exportFile);
        const StoreData large = generateStore(6000, 3);
        QTemporaryDir dir;
        for (const QString &form : {u"cmd"_s, u"netsh-f"_s}) {
            FormatOptions o;
            o.set(u"form"_s, form);
            const QString path = dir.filePath(u"large-"_s + form);
            const ExportResult written = d->exportFile(large, path, o);
            QVERIFY2(written.ok, qPrintable(test::describeFindings(written.findings)));
            const QByteArray expected = netsh::write(large, netsh::exportOptionsFrom(o).options).bytes;
            QVERIFY(expected.size() > (1 << 20)); // four pieces at least: a piece is 256 K characters
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetshExport)
#include "tst_netsh_export.moc"
