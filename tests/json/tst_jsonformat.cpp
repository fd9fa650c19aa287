#include "core/enumnames.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"
#include "testdata.h"
#include "testvalues.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <limits>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

using namespace ipsec;
using ipsec::test::ip;

namespace {

QUuid uid(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

// Every value of an enum, from its token table (so a new enum value is covered automatically).
template <typename E> QList<E> allValues()
{
    QList<E> values;
    for (int i = 0; i <= 255 && !token(static_cast<E>(i)).isEmpty(); ++i)
        values << static_cast<E>(i);
    return values;
}

QList<FilterAddress> everyAddressKind()
{
    return {
        FilterAddress::any(),
        FilterAddress::me(),
        FilterAddress::host(ip("10.0.1.5")),
        FilterAddress::host(ip("2001:db8::5")),
        FilterAddress::subnet(ip("10.0.1.0"), 24),
        FilterAddress::subnet(ip("10.0.1.0"), ip("255.0.255.0")), // not contiguous: kept as written
        FilterAddress::subnet(ip("fe80::"), 64),
        FilterAddress::range(ip("10.0.0.1"), ip("10.0.0.9")),
        FilterAddress::range(ip("2001:db8::1"), ip("2001:db8::ff")),
        FilterAddress::dns(QStringLiteral("host.example.com")),
        FilterAddress::server(AddressKind::DnsServers),
        FilterAddress::server(AddressKind::WinsServers),
        FilterAddress::server(AddressKind::DhcpServer),
        FilterAddress::server(AddressKind::DefaultGateway),
    };
}

// A store that uses every field and every enum value at least once, with awkward text.
StoreData everyDocumentFeatureStore()
{
    StoreData s;
    s.info.name = QStringLiteral("Contoso \"HQ\" — Ünïcode ✓ 🔒");
    s.info.description = QStringLiteral("line 1\nline 2\ttab \\ backslash / slash \u0001 control");
    s.info.location = StoreLocation::Domain;
    s.info.domain = QStringLiteral("ipsectest.com");
    s.info.organizationalUnit = QStringLiteral("IPSecOU");
    s.info.gpoName = QStringLiteral("IPsec GPO");
    s.info.target = WindowsTarget::WindowsXP;

    const QList<FilterAddress> addresses = everyAddressKind();
    const QList<std::uint8_t> protocols{
        protocol::Any, protocol::Icmp, protocol::Tcp, protocol::Udp, protocol::Raw, 47, 50};
    const QList<PortRange> ports{PortRange::any(), PortRange::single(8080), PortRange{1000, 2000},
                                 PortRange::single(65535)};
    FilterList all{uid(1), QStringLiteral("every address"), QStringLiteral("Ä list"), {}};
    for (int i = 0; i < addresses.size(); ++i) {
        Filter f;
        f.id = uid(100 + i);
        f.description = i % 2 ? QStringLiteral("filter %1 «quoted»").arg(i) : QString();
        f.mirrored = i % 3 != 0;
        f.source = addresses[i];
        f.destination = addresses[(i + 1) % addresses.size()];
        f.protocol = protocols[i % protocols.size()];
        f.sourcePort = ports[i % ports.size()];
        f.destinationPort = ports[(i + 1) % ports.size()];
        all.filters.push_back(f);
    }
    s.filterLists.push_back(all);
    s.filterLists.push_back(FilterList{uid(2), QStringLiteral("empty"), {}, {}});

    int nextId = 200;
    for (const ActionKind kind : allValues<ActionKind>()) {
        FilterAction a;
        a.id = uid(nextId++);
        a.name = QStringLiteral("action %1").arg(token(kind));
        a.action = kind;
        s.filterActions.push_back(a);
    }
    FilterAction &negotiate = s.filterActions.back();
    negotiate.description = QStringLiteral("every algorithm");
    const QList<Integrity> integrities = allValues<Integrity>();
    const QList<IpsecProtocol> ipsecProtocols = allValues<IpsecProtocol>();
    int n = 0;
    for (const Encryption e : allValues<Encryption>()) {
        SecurityMethod m;
        m.protocol = ipsecProtocols[n % ipsecProtocols.size()];
        m.ahIntegrity = m.usesAh() ? integrities[(n + 3) % integrities.size()] : Integrity::None;
        m.espEncryption = m.usesEsp() ? e : Encryption::None;
        m.espIntegrity = m.usesEsp() ? integrities[n % integrities.size()] : Integrity::None;
        m.lifetimeKilobytes = n == 0 ? std::numeric_limits<std::uint32_t>::max() : 100000u * n;
        m.lifetimeSeconds = 300u * n;
        negotiate.securityMethods << m;
        ++n;
    }
    for (const Integrity i : integrities)
        negotiate.securityMethods << SecurityMethod::ah(i, 20480, 172800);
    negotiate.acceptUnsecured = true;
    negotiate.allowFallback = true;
    negotiate.sessionKeyPfs = true;
    s.filterActions[0].allowFallback = true; // the flags independently of each other

    Policy p;
    p.id = uid(300);
    p.name = QStringLiteral("policy with everything");
    p.description = QStringLiteral("<xml> & 'quotes'");
    p.pollingIntervalMinutes = std::numeric_limits<std::uint32_t>::max();
    p.assigned = true;
    p.ike.id = uid(301);
    p.ike.masterKeyPfs = true;
    p.ike.quickModesPerMainMode = 1;
    p.ike.lifetimeMinutes = 0;
    const QList<Integrity> ikeIntegrities = allValues<Integrity>();
    const QList<DhGroup> groups = allValues<DhGroup>();
    n = 0;
    for (const Encryption e : allValues<Encryption>())
        p.ike.methods << IkeMethod{e, ikeIntegrities[n % ikeIntegrities.size()], groups[n++ % groups.size()]};
    p.defaultResponse.id = uid(302);
    p.defaultResponse.negotiationPolicyId = uid(303);
    p.defaultResponse.active = true;
    p.defaultResponse.authMethods = {AuthMethod::kerberos(),
                                     AuthMethod::presharedKey(QStringLiteral("drr secret"))};
    p.defaultResponse.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    p.defaultResponse.sessionKeyPfs = true;

    const QList<TunnelEndpoint> tunnels{{},
                                        {TunnelKind::Address, ip("192.0.2.1"), {}},
                                        {TunnelKind::Address, ip("2001:db8::1"), {}},
                                        {TunnelKind::DnsName, {}, QStringLiteral("gw.example.com")}};
    const QList<ConnectionType> connections = allValues<ConnectionType>();
    for (int i = 0; i < tunnels.size(); ++i) {
        Rule r;
        r.id = uid(310 + i);
        r.name = QStringLiteral("rule %1").arg(i);
        r.description = i == 0 ? QStringLiteral("first") : QString();
        r.filterList = s.filterLists[static_cast<std::size_t>(i % 2)].id;
        r.filterAction = s.filterActions[static_cast<std::size_t>(i % 3)].id;
        r.tunnel = tunnels[i];
        r.connectionType = connections[i % connections.size()];
        r.active = i % 2 == 0;
        r.interfaceName = i == 1 ? QStringLiteral("Ethernet 2") : QString();
        p.rules << r;
    }
    p.rules[0].authMethods = {
        AuthMethod::kerberos(),
        AuthMethod::certificate(QStringLiteral("CN=Root CA, O=Contoso, C=DE"), true, false),
        AuthMethod::certificate(QStringLiteral("CN=Other"), false, true),
        AuthMethod::presharedKey(QStringLiteral("s3cr3t \"key\" ü"))};
    s.policies.push_back(p);

    Policy plain; // nil ids for the IKE settings and the default response rule: "none yet"
    plain.id = uid(400);
    plain.name = QStringLiteral("plain");
    s.policies.push_back(plain);
    s.intents.push_back({QStringLiteral("web is encrypted"), QStringLiteral("Datacenter"),
                         QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"), Treatment::Negotiate});
    return s;
}

const char kSecret[] = "TopSecretKey-4711";

QByteArray prefixed(const char *body)
{
    return QByteArray(R"({"format": "ipsec-policy-designer", "version": 1)") + body + "}";
}

void compareStores(const StoreData &actual, const StoreData &expected)
{
    // The text diff points at the field; operator== is the real check.
    QCOMPARE(QString::fromUtf8(json::write(actual)), QString::fromUtf8(json::write(expected)));
    QVERIFY(actual == expected);
}

QString findingsText(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.toString() + QStringLiteral(" [%1]").arg(f.location.pointer);
    return lines.join(u'\n');
}

} // namespace

class TestJsonFormat : public QObject {
    Q_OBJECT
private slots:
    void aStoreUsingEveryFieldRoundTrips();
    void everyStoreLocationAndTargetRoundTrips_data();
    void everyStoreLocationAndTargetRoundTrips();
    void anEmptyStoreRoundTrips();
    void aNameStartingWithAByteOrderMarkKeepsIt();
    void templatesRoundTrip_data();
    void templatesRoundTrip();
    void generatedStoresRoundTrip_data();
    void generatedStoresRoundTrip();
    void outputIsDeterministicAndCanonical();
    void outputHasTheDocumentedShape();
    void guidsAreReadInEveryCommonSpelling_data();
    void guidsAreReadInEveryCommonSpelling();
    void addressesAndPortsAreReadWhateverTheirLengthOrAlphabet_data();
    void addressesAndPortsAreReadWhateverTheirLengthOrAlphabet();
    void malformedInputIsReportedWithItsPlace_data();
    void malformedInputIsReportedWithItsPlace();
    void aNewerVersionIsRefusedWithAClearMessage();
    void unknownKeysAreWarnedAboutAndIgnored();
    void keysOfAnotherAuthenticationKindAreWarnedAbout();
    void presharedKeysNeverAppearInFindings();
    void syntaxErrorsInsideAKeyDoNotQuoteIt();
    void manyErrorsAreCappedWithASummary();
    void hostileInputNeverCrashes_data();
    void hostileInputNeverCrashes();
    void savedFilesLoadBack();
    void unreadableFilesAreReported();
    void aFailedSaveLeavesTheOldFileIntact();
    void saveIntoAFolderPathFails();
    void theDescriptorImportsAndExports();
    void theSchemaDeclaresEveryKeyTheWriterEmits();
    void theDocumentedExampleIsCanonical();
};

void TestJsonFormat::aStoreUsingEveryFieldRoundTrips()
{
    const StoreData store = everyDocumentFeatureStore();
    const ImportResult back = json::read(json::write(store));
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QVERIFY2(back.findings.isEmpty(), qPrintable(findingsText(back.findings)));
    compareStores(back.store, store);
}

void TestJsonFormat::everyStoreLocationAndTargetRoundTrips_data()
{
    QTest::addColumn<StoreLocation>("location");
    QTest::addColumn<WindowsTarget>("target");
    for (const StoreLocation l : allValues<StoreLocation>())
        for (const WindowsTarget t : allValues<WindowsTarget>())
            QTest::addRow("a %s store for %s", qPrintable(token(l)), qPrintable(token(t))) << l << t;
}

void TestJsonFormat::everyStoreLocationAndTargetRoundTrips()
{
    QFETCH(StoreLocation, location);
    QFETCH(WindowsTarget, target);
    StoreData store = everyDocumentFeatureStore();
    store.info.location = location;
    store.info.target = target;
    const ImportResult back = json::read(json::write(store));
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QCOMPARE(back.store.info.location, location);
    QCOMPARE(back.store.info.target, target);
    QVERIFY(back.store == store);
}

void TestJsonFormat::anEmptyStoreRoundTrips()
{
    const ImportResult back = json::read(json::write(StoreData{}));
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QVERIFY(back.findings.isEmpty());
    QVERIFY(back.store == StoreData{});
    // The smallest hand-written document is valid too; every other key has a default.
    const ImportResult minimal = json::read(R"({"format": "ipsec-policy-designer", "version": 1})");
    QVERIFY2(minimal.ok, qPrintable(findingsText(minimal.findings)));
    QVERIFY(minimal.store == StoreData{});
}

// Found by fuzz_netsh: a script line `add filterlist name=<U+FEFF>rem` gave a list whose name lost its first
// character when the saved document was opened again (QString::fromUtf8 drops a leading byte order mark).
void TestJsonFormat::aNameStartingWithAByteOrderMarkKeepsIt()
{
    StoreData store;
    FilterList list;
    list.id = QUuid::createUuid();
    list.name = QString(QChar(0xFEFF)) + QStringLiteral("rem");
    list.description = QString(QChar(0xFEFF));
    store.filterLists.push_back(list);
    const QByteArray saved = json::write(store);
    const ImportResult back = json::read(saved);
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QCOMPARE(back.store.filterLists.front().name, list.name);
    QCOMPARE(back.store.filterLists.front().description, list.description);
    QCOMPARE(json::write(back.store), saved);
}

void TestJsonFormat::templatesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateInfo &t : templates())
        QTest::addRow("the template %s", qPrintable(t.name)) << t.name;
}

void TestJsonFormat::templatesRoundTrip()
{
    QFETCH(QString, name);
    const std::optional<StoreData> store = makeTemplate(name);
    QVERIFY(store);
    QVERIFY(store->filterLists.size() + store->policies.size() > 0);
    const QByteArray text = json::write(*store);
    const ImportResult back = json::read(text);
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QVERIFY2(back.findings.isEmpty(), qPrintable(findingsText(back.findings)));
    compareStores(back.store, *store);
    QCOMPARE(json::write(back.store), text);
}

void TestJsonFormat::generatedStoresRoundTrip_data()
{
    QTest::addColumn<int>("filters");
    QTest::addColumn<uint>("seed");
    QTest::newRow("a generated store without filters") << 0 << 1u;
    QTest::newRow("a generated store of one filter") << 1 << 1u;
    QTest::newRow("a generated store of 1000 filters") << 1000 << 7u;
    QTest::newRow("a generated store of 20000 filters") << 20000 << 42u;
}

void TestJsonFormat::generatedStoresRoundTrip()
{
    QFETCH(int, filters);
    QFETCH(uint, seed);
    const StoreData store = generateStore(filters, seed);
    QCOMPARE(store.filterCount(), std::size_t(filters));
    const QByteArray text = json::write(store);
    const ImportResult back = json::read(text);
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QVERIFY(back.findings.isEmpty());
    QVERIFY(back.store == store);
    QCOMPARE(json::write(back.store), text);
}

void TestJsonFormat::outputIsDeterministicAndCanonical()
{
    const StoreData store = everyDocumentFeatureStore();
    const QByteArray first = json::write(store);
    QCOMPARE(json::write(store), first);
    QCOMPARE(json::write(StoreData(store)), first);
    // Canonical: what the reader makes of the text is written back byte for byte.
    QCOMPARE(json::write(json::read(first).store), first);
    // A hand-formatted document (other spacing, GUIDs in braces and upper case) becomes the canonical text.
    QByteArray handWritten = first;
    handWritten.replace("\n", "\r\n").replace("  ", "\t");
    handWritten.replace("00000000-0000-4000-8000-000000000100", "{00000000-0000-4000-8000-000000000100}");
    const ImportResult back = json::read(handWritten);
    QVERIFY2(back.ok, qPrintable(findingsText(back.findings)));
    QCOMPARE(json::write(back.store), first);
}

void TestJsonFormat::outputHasTheDocumentedShape()
{
    const QByteArray text = json::write(everyDocumentFeatureStore());
    QVERIFY(
        text.startsWith("{\n  \"format\": \"ipsec-policy-designer\",\n  \"version\": 1,\n  \"store\": {\n"));
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(!text.endsWith("\n\n"));
    QVERIFY(!text.contains('\t'));
    QVERIFY(!text.contains('\r'));
    // Keys in the documented order, not alphabetical: "id" before "description" before "mirrored".
    const qsizetype filter = text.indexOf("\"filters\": [");
    QVERIFY(filter > 0);
    const qsizetype id = text.indexOf("\"id\":", filter);
    const qsizetype description = text.indexOf("\"description\":", filter);
    const qsizetype mirrored = text.indexOf("\"mirrored\":", filter);
    const qsizetype destinationPort = text.indexOf("\"destinationPort\":", filter);
    QVERIFY(id < description && description < mirrored && mirrored < destinationPort);
    // GUIDs lower case without braces; addresses, ports and protocols in their text forms.
    QVERIFY(text.contains("\"id\": \"00000000-0000-4000-8000-000000000100\""));
    QVERIFY(!text.contains("{00000000"));
    QVERIFY(text.contains("\"source\": \"10.0.1.0/255.0.255.0\""));
    QVERIFY(text.contains("\"protocol\": \"tcp\""));
    QVERIFY(text.contains("\"protocol\": 47"));
    QVERIFY(text.contains("\"destinationPort\": \"1000-2000\""));
    QVERIFY(text.contains("\"tunnel\": \"name:gw.example.com\""));
    // Non-ASCII text stays readable UTF-8 rather than \u escapes.
    QVERIFY(text.contains(QStringLiteral("Ünïcode ✓ 🔒").toUtf8()));
    // Objects in store order.
    QVERIFY(text.indexOf("\"every address\"") < text.indexOf("\"empty\""));
}

void TestJsonFormat::guidsAreReadInEveryCommonSpelling_data()
{
    QTest::addColumn<QByteArray>("spelling");
    QTest::newRow("lower case without braces") << QByteArray("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    QTest::newRow("upper case without braces") << QByteArray("6F9619FF-8B86-D011-B42D-00C04FC964FF");
    QTest::newRow("the Windows form with braces") << QByteArray("{6F9619FF-8B86-D011-B42D-00C04FC964FF}");
}

void TestJsonFormat::guidsAreReadInEveryCommonSpelling()
{
    QFETCH(QByteArray, spelling);
    const QByteArray doc = prefixed(R"(, "filterLists": [{"id": ")" + spelling + R"(", "name": "L"}])");
    const ImportResult r = json::read(doc);
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QCOMPARE(r.store.filterLists.at(0).id,
             QUuid::fromString(QStringLiteral("6f9619ff-8b86-d011-b42d-00c04fc964ff")));
}

// Short ASCII addresses and ports are parsed from a copy on the stack, anything else from a decoded string
// (jsonobjectreader.cpp, ShortText): both must read the same, and refuse the same.
void TestJsonFormat::addressesAndPortsAreReadWhateverTheirLengthOrAlphabet_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("port");
    QTest::addColumn<QString>("expectedSource"); // formatAddress of what was read; empty: refused (IPS-107)
    QTest::addColumn<QString>("expectedPort");   // formatPorts of what was read; empty: refused (IPS-108)
    const QByteArray longName = "name:" + QByteArray(70, 'a') + ".example.com";
    QTest::newRow("a short subnet and a port") << QByteArray("10.1.2.0/24") << QByteArray("8080")
                                               << QStringLiteral("10.1.2.0/24") << QStringLiteral("8080");
    QTest::newRow("padding around a range and a port range")
        << QByteArray("  10.0.0.1-10.0.0.9 ") << QByteArray(" 1000-2000 ")
        << QStringLiteral("10.0.0.1-10.0.0.9") << QStringLiteral("1000-2000");
    QTest::newRow("a DNS name longer than the stack copy")
        << longName << QByteArray("any") << QString::fromLatin1(longName) << QStringLiteral("any");
    QTest::newRow("a DNS name that is not ASCII")
        << QByteArray("name:b\u00fccher.example") << QByteArray("ANY")
        << QStringLiteral("name:bücher.example") << QStringLiteral("any");
    QTest::newRow("an IPv6 subnet") << QByteArray("fe80::/64") << QByteArray("443")
                                    << QStringLiteral("fe80::/64") << QStringLiteral("443");
    QTest::newRow("a port written with a non-ASCII digit is refused")
        << QByteArray("me") << QByteArray("8\u0660") << QStringLiteral("me") << QString();
    QTest::newRow("a long address is refused like a short one")
        << QByteArray("10.1.2.0/") + QByteArray(70, '9') << QByteArray("80") << QString()
        << QStringLiteral("80");
}

void TestJsonFormat::addressesAndPortsAreReadWhateverTheirLengthOrAlphabet()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, port);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedPort);
    const QByteArray doc = prefixed(
        (QByteArray(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "L", )"
                    R"("filters": [{"id": "22222222-2222-2222-2222-222222222222", "protocol": "tcp", )"
                    R"("source": ")") +
         source + R"(", "destinationPort": ")" + port + R"("}]}])")
            .constData());
    const ImportResult r = json::read(doc);
    const bool refused = expectedSource.isEmpty() || expectedPort.isEmpty();
    QCOMPARE(r.ok, !refused);
    if (refused) {
        const QString code = expectedSource.isEmpty() ? QStringLiteral("IPS-107") : QStringLiteral("IPS-108");
        QVERIFY2(std::any_of(r.findings.cbegin(), r.findings.cend(),
                             [&](const Finding &f) { return f.code == code; }),
                 qPrintable(findingsText(r.findings)));
        return;
    }
    const Filter &f = r.store.filterLists.at(0).filters.at(0);
    QCOMPARE(formatAddress(f.source), expectedSource);
    QCOMPARE(formatPorts(f.destinationPort), expectedPort);
}

void TestJsonFormat::malformedInputIsReportedWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");
    // Where the finding must point: the first occurrence of this text; empty means the end of the document.
    QTest::addColumn<QByteArray>("at");

    const auto list = [](const char *filter) {
        return prefixed(
            (QByteArray(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", )"
                        R"("name": "L", "filters": [{"id": "22222222-2222-2222-2222-222222222222", )") +
             filter + "}]}]")
                .constData());
    };
    const auto action = [](const char *fields) {
        return prefixed((QByteArray(R"(, "filterActions": [{"id": "33333333-3333-3333-3333-333333333333", )"
                                    R"("name": "A")") +
                         fields + "}]")
                            .constData());
    };
    const auto policy = [](const char *fields) {
        return prefixed(
            (QByteArray(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444", "name": "P")") +
             fields + "}]")
                .constData());
    };
    const auto rule = [&policy](const char *fields) {
        return policy(
            (QByteArray(R"(, "rules": [{"id": "55555555-5555-5555-5555-555555555555", "name": "R", )") +
             fields + "}]")
                .constData());
    };
    const char *refs = R"("filterList": "11111111-1111-1111-1111-111111111111", )"
                       R"("filterAction": "33333333-3333-3333-3333-333333333333")";

    // ---- not JSON ----
    QTest::newRow("an empty file is a syntax error") << QByteArray() << "IPS-100"
                                                     << "" << QByteArray();
    QTest::newRow("a truncated document is a syntax error at its end")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 1, "filterLists": [)") << "IPS-100"
        << "" << QByteArray();
    QTest::newRow("plain text is a syntax error at its first letter")
        << QByteArray("hello world") << "IPS-100"
        << "" << QByteArray("hello");
    QTest::newRow("a trailing comma is a syntax error at the closing brace")
        << QByteArray("{\n  \"format\": \"ipsec-policy-designer\",\n  \"version\": 1,\n}") << "IPS-100"
        << "" << QByteArray("}");
    QTest::newRow("invalid UTF-8 in a string is a syntax error")
        << prefixed(", \"store\": {\"name\": \"bad \xC3\x28 byte\"}") << "IPS-100"
        << "" << QByteArray("\x28 byte");
    QTest::newRow("text after the document is a syntax error")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 1} extra)") << "IPS-100"
        << "" << QByteArray("extra");
    QTest::newRow("a UTF-16 file is refused as a wrong encoding")
        << QByteArray("\xFF\xFE{\0\"\0", 6) << "IPS-116"
        << "" << QByteArray("\xFF");

    // ---- JSON, but not ours ----
    QTest::newRow("an array at the top level is not a document") << QByteArray("[1, 2]") << "IPS-101"
                                                                 << "" << QByteArray("[");
    QTest::newRow("a document without the format marker is refused")
        << QByteArray(R"({"version": 1, "filterLists": []})") << "IPS-101"
        << "" << QByteArray("{");
    QTest::newRow("a foreign format marker is refused")
        << QByteArray(R"({"format": "something-else", "version": 1})") << "IPS-101"
        << "/format" << QByteArray("\"something-else\"");
    QTest::newRow("a document without version is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer"})") << "IPS-103"
        << "" << QByteArray("{");
    QTest::newRow("a fractional version is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 1.5})") << "IPS-103"
        << "/version" << QByteArray("1.5");
    QTest::newRow("version zero is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 0})") << "IPS-103"
        << "/version" << QByteArray("0}");
    QTest::newRow("a negative version is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": -1})") << "IPS-103"
        << "/version" << QByteArray("-1");
    QTest::newRow("a version given as a string is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": "1"})") << "IPS-103"
        << "/version" << QByteArray("\"1\"");
    QTest::newRow("a newer version is refused")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 2, "future": {"x": 1}})") << "IPS-102"
        << "/version" << QByteArray("2,");

    // ---- structure ----
    QTest::newRow("a store that is an array is a wrong type") << prefixed(R"(, "store": [])") << "IPS-104"
                                                              << "/store" << QByteArray("[]");
    QTest::newRow("filter lists given as an object are a wrong type")
        << prefixed(R"(, "filterLists": {})") << "IPS-104"
        << "/filterLists" << QByteArray("{}");
    QTest::newRow("a filter list that is a string is a wrong type")
        << prefixed(R"(, "filterLists": ["L"])") << "IPS-104"
        << "/filterLists/0" << QByteArray("\"L\"");
    QTest::newRow("a filter list without id is refused")
        << prefixed(R"(, "filterLists": [{"name": "L"}])") << "IPS-105"
        << "/filterLists/0" << QByteArray("{\"name\"");
    QTest::newRow("a filter list without name is refused")
        << prefixed(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111"}])") << "IPS-105"
        << "/filterLists/0" << QByteArray("{\"id\"");
    QTest::newRow("a null description is a wrong type")
        << prefixed(R"(, "store": {"description": null})") << "IPS-104"
        << "/store/description" << QByteArray("null");
    QTest::newRow("a numeric name is a wrong type")
        << prefixed(R"(, "filterActions": [{"id": "33333333-3333-3333-3333-333333333333", "name": 7}])")
        << "IPS-104"
        << "/filterActions/0/name" << QByteArray("7}");

    // ---- identities ----
    QTest::newRow("an id that is not a GUID is refused")
        << prefixed(R"(, "filterLists": [{"id": "not-a-guid", "name": "L"}])") << "IPS-111"
        << "/filterLists/0/id" << QByteArray("\"not-a-guid\"");
    QTest::newRow("a GUID with a trailing character is refused")
        << prefixed(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-1111111111112", "name": "L"}])")
        << "IPS-111"
        << "/filterLists/0/id" << QByteArray("\"1111");
    QTest::newRow("two filter lists with one id are refused at the second")
        << prefixed(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "L"},
                                          {"id": "11111111-1111-1111-1111-111111111111", "name": "M"}])")
        << "IPS-112"
        << "/filterLists/1/id" << QByteArray("\"11111111-1111-1111-1111-111111111111\", \"name\": \"M");
    QTest::newRow("a filter with the id of its list is refused")
        << list(R"("mirrored": true}, {"id": "11111111-1111-1111-1111-111111111111")") << "IPS-112"
        << "/filterLists/0/filters/1/id" << QByteArray("\"11111111-1111-1111-1111-111111111111\"}");
    QTest::newRow("a rule with the id of its policy is refused")
        << policy(R"(, "rules": [{"id": "44444444-4444-4444-4444-444444444444", "name": "R", )"
                  R"("filterList": "11111111-1111-1111-1111-111111111111", )"
                  R"("filterAction": "33333333-3333-3333-3333-333333333333"}])")
        << "IPS-112"
        << "/policies/0/rules/0/id" << QByteArray("\"44444444-4444-4444-4444-444444444444\", \"name\": \"R");

    // ---- filters ----
    QTest::newRow("a mirrored flag given as a string is a wrong type")
        << list(R"("mirrored": "yes")") << "IPS-104"
        << "/filterLists/0/filters/0/mirrored" << QByteArray("\"yes\"");
    QTest::newRow("a source address that does not parse is refused")
        << list(R"("source": "10.0.0.300")") << "IPS-107"
        << "/filterLists/0/filters/0/source" << QByteArray("\"10.0.0.300\"");
    QTest::newRow("a prefix length beyond 32 is refused")
        << list(R"("destination": "10.0.0.0/33")") << "IPS-107"
        << "/filterLists/0/filters/0/destination" << QByteArray("\"10.0.0.0/33\"");
    QTest::newRow("an address kind without address is refused")
        << list(R"("source": "subnet")") << "IPS-107"
        << "/filterLists/0/filters/0/source" << QByteArray("\"subnet\"");
    QTest::newRow("a port above 65535 is refused")
        << list(R"("destinationPort": "65536")") << "IPS-108"
        << "/filterLists/0/filters/0/destinationPort" << QByteArray("\"65536\"");
    QTest::newRow("a reversed port range is refused")
        << list(R"("sourcePort": "2000-1000")") << "IPS-108"
        << "/filterLists/0/filters/0/sourcePort" << QByteArray("\"2000-1000\"");
    QTest::newRow("a port given as a number is a wrong type")
        << list(R"("sourcePort": 80)") << "IPS-104"
        << "/filterLists/0/filters/0/sourcePort" << QByteArray("80}");
    QTest::newRow("a protocol above 255 is refused")
        << list(R"("protocol": 256)") << "IPS-109"
        << "/filterLists/0/filters/0/protocol" << QByteArray("256");
    QTest::newRow("a negative protocol is refused")
        << list(R"("protocol": -6)") << "IPS-109"
        << "/filterLists/0/filters/0/protocol" << QByteArray("-6");
    QTest::newRow("an unknown protocol name is refused")
        << list(R"("protocol": "sctp")") << "IPS-109"
        << "/filterLists/0/filters/0/protocol" << QByteArray("\"sctp\"");
    QTest::newRow("a protocol given as a boolean is a wrong type")
        << list(R"("protocol": true)") << "IPS-104"
        << "/filterLists/0/filters/0/protocol" << QByteArray("true");

    // ---- filter actions ----
    QTest::newRow("an unknown action is refused") << action(R"(, "action": "allow")") << "IPS-106"
                                                  << "/filterActions/0/action" << QByteArray("\"allow\"");
    QTest::newRow("an unknown encryption in a security method is refused")
        << action(R"(, "securityMethods": [{"protocol": "esp", "espEncryption": "rc4"}])") << "IPS-106"
        << "/filterActions/0/securityMethods/0/espEncryption" << QByteArray("\"rc4\"");
    QTest::newRow("a security method that is a number is a wrong type")
        << action(R"(, "securityMethods": [{"protocol": "esp"}, 5])") << "IPS-104"
        << "/filterActions/0/securityMethods/1" << QByteArray("5]");
    QTest::newRow("a negative lifetime is out of range")
        << action(R"(, "securityMethods": [{"lifetimeSeconds": -1}])") << "IPS-110"
        << "/filterActions/0/securityMethods/0/lifetimeSeconds" << QByteArray("-1");
    QTest::newRow("a lifetime beyond 32 bits is out of range")
        << action(R"(, "securityMethods": [{"lifetimeKilobytes": 4294967296}])") << "IPS-110"
        << "/filterActions/0/securityMethods/0/lifetimeKilobytes" << QByteArray("4294967296");
    QTest::newRow("a fractional lifetime is a wrong type")
        << action(R"(, "securityMethods": [{"lifetimeSeconds": 3600.5}])") << "IPS-104"
        << "/filterActions/0/securityMethods/0/lifetimeSeconds" << QByteArray("3600.5");
    QTest::newRow("a flag given as a number is a wrong type")
        << action(R"(, "acceptUnsecured": 1)") << "IPS-104"
        << "/filterActions/0/acceptUnsecured" << QByteArray("1}");

    // ---- policies and rules ----
    QTest::newRow("a polling interval given as a string is a wrong type")
        << policy(R"(, "pollingIntervalMinutes": "180")") << "IPS-104"
        << "/policies/0/pollingIntervalMinutes" << QByteArray("\"180\"");
    QTest::newRow("an unknown Diffie-Hellman group is refused")
        << policy(R"(, "ike": {"methods": [{"encryption": "3des", "integrity": "sha1", "dhGroup": "dh5"}]})")
        << "IPS-106"
        << "/policies/0/ike/methods/0/dhGroup" << QByteArray("\"dh5\"");
    QTest::newRow("IKE settings given as an array are a wrong type") << policy(R"(, "ike": [])") << "IPS-104"
                                                                     << "/policies/0/ike" << QByteArray("[]");
    QTest::newRow("a default response id that is not a GUID is refused")
        << policy(R"(, "defaultResponse": {"negotiationPolicyId": "xyz"})") << "IPS-111"
        << "/policies/0/defaultResponse/negotiationPolicyId" << QByteArray("\"xyz\"");
    QTest::newRow("a rule without filter list is refused")
        << rule(R"("filterAction": "33333333-3333-3333-3333-333333333333")") << "IPS-105"
        << "/policies/0/rules/0" << QByteArray("{\"id\": \"5555");
    QTest::newRow("a rule whose filter action reference is not a GUID is refused")
        << rule(R"("filterList": "11111111-1111-1111-1111-111111111111", "filterAction": "myEncryption")")
        << "IPS-111"
        << "/policies/0/rules/0/filterAction" << QByteArray("\"myEncryption\"");
    QTest::newRow("an unknown authentication kind is refused")
        << rule((QByteArray(refs) + R"(, "authMethods": [{"kind": "ntlm"}])").constData()) << "IPS-106"
        << "/policies/0/rules/0/authMethods/0/kind" << QByteArray("\"ntlm\"");
    QTest::newRow("an authentication method without kind is refused")
        << rule((QByteArray(refs) + R"(, "authMethods": [{"presharedKey": "x"}])").constData()) << "IPS-105"
        << "/policies/0/rules/0/authMethods/0" << QByteArray("{\"presharedKey\"");
    QTest::newRow("a preshared key method without key is refused")
        << rule((QByteArray(refs) + R"(, "authMethods": [{"kind": "preshared-key"}])").constData())
        << "IPS-105"
        << "/policies/0/rules/0/authMethods/0" << QByteArray("{\"kind\": \"preshared-key\"");
    QTest::newRow("a certificate method without CA is refused")
        << rule((QByteArray(refs) + R"(, "authMethods": [{"kind": "certificate"}])").constData()) << "IPS-105"
        << "/policies/0/rules/0/authMethods/0" << QByteArray("{\"kind\": \"certificate\"");
    QTest::newRow("a tunnel endpoint that is neither address nor name is refused")
        << rule((QByteArray(refs) + R"(, "tunnel": "10.0.0.0/8")").constData()) << "IPS-113"
        << "/policies/0/rules/0/tunnel" << QByteArray("\"10.0.0.0/8\"");
    QTest::newRow("an unknown connection type is refused")
        << rule((QByteArray(refs) + R"(, "connectionType": "wifi")").constData()) << "IPS-106"
        << "/policies/0/rules/0/connectionType" << QByteArray("\"wifi\"");
    QTest::newRow("an unknown store location is refused")
        << prefixed(R"(, "store": {"location": "cloud"})") << "IPS-106"
        << "/store/location" << QByteArray("\"cloud\"");
    QTest::newRow("an unknown Windows target is refused")
        << prefixed(R"(, "store": {"target": "windows-95"})") << "IPS-106"
        << "/store/target" << QByteArray("\"windows-95\"");
    QTest::newRow("a problem on a later line gets that line and column")
        << QByteArray("{\n  \"format\": \"ipsec-policy-designer\",\n  \"version\": 1,\n  \"store\": {\n"
                      "    \"name\": \"Ü\", \"target\": \"nope\"\n  }\n}\n")
        << "IPS-106"
        << "/store/target" << QByteArray("\"nope\"");
}

void TestJsonFormat::malformedInputIsReportedWithItsPlace()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, at);

    const ImportResult r = json::read(document, QStringLiteral("doc.ipsecstore"));
    QVERIFY(!r.ok);
    QVERIFY(r.store == StoreData{});
    QVERIFY(hasErrors(r.findings));
    const auto it = std::find_if(r.findings.cbegin(), r.findings.cend(), [&](const Finding &f) {
        return f.code == code && f.location.pointer == pointer;
    });
    QVERIFY2(it != r.findings.cend(), qPrintable(findingsText(r.findings)));
    const Finding &f = *it;
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.hint.isEmpty());
    QCOMPARE(f.location.file, QStringLiteral("doc.ipsecstore"));

    const qsizetype offset = at.isEmpty() ? document.size() : document.indexOf(at);
    QVERIFY2(offset >= 0, "the row's position text is not in its document");
    QCOMPARE(f.location.byteOffset, qint64(offset));
    const QByteArray before = document.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    QCOMPARE(f.location.line, int(before.count('\n')) + 1);
    QCOMPARE(f.location.column, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1);
}

void TestJsonFormat::aNewerVersionIsRefusedWithAClearMessage()
{
    const QByteArray doc =
        R"({"format": "ipsec-policy-designer", "version": 7, "filterLists": "changed shape"})";
    const ImportResult r = json::read(doc);
    QVERIFY(!r.ok);
    QCOMPARE(r.findings.size(), 1); // nothing else is judged in a format this build does not know
    const Finding &f = r.findings.first();
    QCOMPARE(f.code, QStringLiteral("IPS-102"));
    QVERIFY2(f.message.contains(u"version 7") && f.message.contains(u"up to 1"), qPrintable(f.message));
    QVERIFY(f.hint.contains(u"newer"));
}

void TestJsonFormat::unknownKeysAreWarnedAboutAndIgnored()
{
    const QByteArray doc = prefixed(R"(, "comment": "kept in git",
        "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "L", "colour/shade~": "red"}])");
    const ImportResult r = json::read(doc);
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QCOMPARE(r.store.filterLists.size(), std::size_t(1));
    QCOMPARE(r.findings.size(), 2);
    for (const Finding &f : r.findings) {
        QCOMPARE(f.code, QStringLiteral("IPS-114"));
        QCOMPARE(f.severity, Severity::Warning);
    }
    QCOMPARE(r.findings[0].location.pointer, QStringLiteral("/comment"));
    // RFC 6901 escaping of '/' and '~' in the pointer.
    QCOMPARE(r.findings[1].location.pointer, QStringLiteral("/filterLists/0/colour~1shade~0"));
    QCOMPARE(r.findings[1].location.byteOffset, qint64(doc.indexOf("\"red\"")));
}

void TestJsonFormat::keysOfAnotherAuthenticationKindAreWarnedAbout()
{
    const QByteArray doc =
        prefixed(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444", "name": "P",
        "defaultResponse": {"authMethods": [{"kind": "kerberos", "presharedKey": "stray", "excludeCaName": true}]}}])");
    const ImportResult r = json::read(doc);
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QCOMPARE(r.store.policies.at(0).defaultResponse.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
    QCOMPARE(r.findings.size(), 2);
    QStringList pointers;
    for (const Finding &f : r.findings) {
        QCOMPARE(f.code, QStringLiteral("IPS-114"));
        QCOMPARE(f.severity, Severity::Warning);
        QVERIFY(f.message.contains(u"kerberos"));
        QVERIFY(!f.message.contains(u"stray"));
        pointers << f.location.pointer;
    }
    pointers.sort();
    QCOMPARE(pointers,
             (QStringList{QStringLiteral("/policies/0/defaultResponse/authMethods/0/excludeCaName"),
                          QStringLiteral("/policies/0/defaultResponse/authMethods/0/presharedKey")}));
}

void TestJsonFormat::presharedKeysNeverAppearInFindings()
{
    StoreData store = everyDocumentFeatureStore();
    store.policies[0].rules[0].authMethods = {AuthMethod::presharedKey(QString::fromLatin1(kSecret))};
    QByteArray text = json::write(store);
    QVERIFY(text.contains(kSecret)); // the document carries it (it must round trip)
    // Break everything around the key: its rule, its policy and the document elsewhere.
    text.replace("\"connectionType\": \"all\"", "\"connectionType\": \"TopSecretKey\"");
    text.replace("\"kind\": \"preshared-key\",", "\"kind\": \"preshared-key\", \"extra\": 1,");
    text.replace("\"lifetimeMinutes\": 0", "\"lifetimeMinutes\": -5");
    const ImportResult r = json::read(text);
    QVERIFY(!r.ok);
    QVERIFY(r.findings.size() >= 3);
    for (const Finding &f : r.findings) {
        QVERIFY2(!f.toString().contains(QLatin1StringView(kSecret)), qPrintable(f.toString()));
        QVERIFY(!f.hint.contains(QLatin1StringView(kSecret)));
    }
    // A key of the wrong type is named, never shown.
    const QByteArray wrongType = prefixed(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444",
        "name": "P", "defaultResponse": {"authMethods": [{"kind": "preshared-key", "presharedKey": ["TopSecretKey-4711"]}]}}])");
    const ImportResult w = json::read(wrongType);
    QVERIFY(!w.ok);
    QCOMPARE(w.findings.size(), 1);
    QCOMPARE(w.findings[0].code, QStringLiteral("IPS-104"));
    QVERIFY(!w.findings[0].toString().contains(QLatin1StringView(kSecret)));
}

void TestJsonFormat::syntaxErrorsInsideAKeyDoNotQuoteIt()
{
    // A raw line break inside the key's string: nlohmann would quote the string read so far.
    const QByteArray doc =
        prefixed(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444", "name": "P",
        "defaultResponse": {"authMethods": [{"kind": "preshared-key", "presharedKey": "TopSecretKey-4711
    "}]}}])");
    const ImportResult r = json::read(doc);
    QVERIFY(!r.ok);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings[0].code, QStringLiteral("IPS-100"));
    QVERIFY2(!r.findings[0].toString().contains(QLatin1StringView(kSecret)),
             qPrintable(r.findings[0].toString()));
    QVERIFY2(r.findings[0].message.contains(u"control character"), qPrintable(r.findings[0].message));
    QCOMPARE(r.findings[0].location.line, 2);
}

void TestJsonFormat::manyErrorsAreCappedWithASummary()
{
    QByteArray lists;
    for (int i = 0; i < 500; ++i)
        lists += QByteArray(i ? "," : "") + R"({"id": "bad", "name": "L"})";
    const ImportResult r = json::read(prefixed((", \"filterLists\": [" + lists + "]").constData()));
    QVERIFY(!r.ok);
    QCOMPARE(r.findings.size(), 101);
    QCOMPARE(r.findings.last().code, QStringLiteral("IPS-117"));
    QVERIFY(r.findings.last().message.startsWith(u"400 "));
    QCOMPARE(r.findings[99].location.pointer, QStringLiteral("/filterLists/99/id"));
}

void TestJsonFormat::hostileInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("100,000 nested arrays") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("100,000 unclosed objects") << QByteArray(100000, '{');
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xff\xfe\x80{\"", 9);
    QTest::newRow("a huge number for every count")
        << prefixed(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444", "name": "P",
            "pollingIntervalMinutes": 1e400, "ike": {"lifetimeMinutes": 99999999999999999999999}}])");
    QTest::newRow("deep nesting inside an unknown key")
        << prefixed((", \"x\": " + QByteArray(50000, '[') + QByteArray(50000, ']')).constData());
    QTest::newRow("a NUL character escaped in a name") << prefixed(
        R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "a\u0000b"}])");
    QTest::newRow("a lone surrogate escape in a name")
        << prefixed(R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "\ud800"}])");
    QTest::newRow("a very long address") << prefixed(
        (R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "L", "filters":
            [{"id": "22222222-2222-2222-2222-222222222222", "source": ")" +
         QByteArray(100000, '1') + "\"}]}]")
            .constData());
}

void TestJsonFormat::hostileInputNeverCrashes()
{
    QFETCH(QByteArray, document);
    const ImportResult r = json::read(document);
    if (!r.ok) {
        QVERIFY(hasErrors(r.findings));
        QVERIFY(r.store == StoreData{});
    }
    for (const Finding &f : r.findings) {
        QVERIFY(f.code.startsWith(u"IPS-1"));
        QVERIFY(f.message.size() < 1000); // hostile values are cut, not echoed whole
    }
}

void TestJsonFormat::savedFilesLoadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.ipsecstore"));
    QString error;
    QVERIFY2(json::saveFile(everyDocumentFeatureStore(), path, &error), qPrintable(error));
    const ImportResult r = json::loadFile(path);
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QVERIFY(r.store == everyDocumentFeatureStore());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json::write(everyDocumentFeatureStore()));
}

void TestJsonFormat::unreadableFilesAreReported()
{
    QTemporaryDir dir;
    const ImportResult missing = json::loadFile(dir.filePath(QStringLiteral("absent.ipsecstore")));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.findings.size(), 1);
    QCOMPARE(missing.findings[0].code, QStringLiteral("IPS-115"));
    QVERIFY(missing.findings[0].location.file.endsWith(u"absent.ipsecstore"));
    const ImportResult folder = json::loadFile(dir.path());
    QVERIFY(!folder.ok);
    QCOMPARE(folder.findings[0].code, QStringLiteral("IPS-115"));
}

void TestJsonFormat::aFailedSaveLeavesTheOldFileIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.ipsecstore"));
    QVERIFY(json::saveFile(StoreData{}, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    file.close();

    // The file system refuses to write past a small size (as a full disk would); root ignores permissions,
    // so a size limit is the portable way to make the write fail. SIGXFSZ would kill the test: ignore it.
    const QByteArray bigger = json::write(everyDocumentFeatureStore());
    QVERIFY(bigger.size() > old.size() + 4096);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = rlim_t(old.size() + 1024);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool saved1 = json::saveFile(everyDocumentFeatureStore(), path, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved1);
    QVERIFY(!error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("store.ipsecstore")});
}

void TestJsonFormat::saveIntoAFolderPathFails()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store.ipsecstore"));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    QVERIFY(!json::saveFile(everyDocumentFeatureStore(), folder, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(!json::saveFile(everyDocumentFeatureStore(),
                            dir.filePath(QStringLiteral("no/such/folder/x.ipsecstore")), &error));
}

void TestJsonFormat::theDescriptorImportsAndExports()
{
    const QList<FormatDescriptor> descriptors = jsonFormatDescriptors();
    QCOMPARE(descriptors.size(), 1);
    const FormatDescriptor &d = descriptors.first();
    QCOMPARE(d.name, QStringLiteral("json"));
    QVERIFY(d.fileSuffixes.contains(QStringLiteral("ipsecstore")));
    QVERIFY(d.importFile && d.exportFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.ipsecstore"));
    const ExportResult written = d.exportFile(everyDocumentFeatureStore(), path, {});
    QVERIFY(written.ok);
    QCOMPARE(written.writtenFiles, QStringList{path});
    const ImportResult read = d.importFile(path, {});
    QVERIFY(read.ok);
    QVERIFY(read.store == everyDocumentFeatureStore());
    const ExportResult refused = d.exportFile(everyDocumentFeatureStore(), dir.path(), {});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.findings.size(), 1);
    QCOMPARE(refused.findings[0].code, QStringLiteral("IPS-118"));
}

namespace {

using Json = nlohmann::json;

const Json &resolve(const Json &schema, const Json &node)
{
    if (node.contains("$ref")) {
        const std::string ref = node["$ref"].get<std::string>();
        return schema.at(Json::json_pointer(ref.substr(1)));
    }
    return node;
}

bool typeMatches(const Json &schemaType, const Json &value)
{
    const auto matches = [&value](const std::string &t) {
        return (t == "object" && value.is_object()) || (t == "array" && value.is_array()) ||
               (t == "string" && value.is_string()) || (t == "boolean" && value.is_boolean()) ||
               (t == "integer" && value.is_number_integer()) || (t == "null" && value.is_null());
    };
    if (schemaType.is_array())
        return std::any_of(schemaType.begin(), schemaType.end(), [&](const Json &t) { return matches(t); });
    return matches(schemaType.get<std::string>());
}

// Walks a written document and its schema together: every key must be declared, every value of a declared
// type; records which declared properties were seen, so the caller can demand that all of them were.
void walk(const Json &schema, const Json &node, const Json &value, const std::string &where,
          QSet<QString> &seen, QStringList &problems)
{
    const Json &s = resolve(schema, node);
    if (s.contains("oneOf")) {
        const auto any = std::any_of(s["oneOf"].begin(), s["oneOf"].end(), [&](const Json &alternative) {
            const Json &a = resolve(schema, alternative);
            return a.contains("type") && typeMatches(a["type"], value);
        });
        if (!any)
            problems
                << QStringLiteral("%1: no oneOf alternative has its type").arg(QString::fromStdString(where));
        return;
    }
    if (!s.contains("type") || !typeMatches(s["type"], value)) {
        problems
            << QStringLiteral("%1: type not declared or not matching").arg(QString::fromStdString(where));
        return;
    }
    if (value.is_object()) {
        if (s.value("additionalProperties", true) != false)
            problems
                << QStringLiteral("%1: schema allows undeclared keys").arg(QString::fromStdString(where));
        for (const auto &[k, v] : value.items()) {
            if (!s.contains("properties") || !s["properties"].contains(k)) {
                problems << QStringLiteral("%1/%2: not declared")
                                .arg(QString::fromStdString(where), QString::fromStdString(k));
                continue;
            }
            seen.insert(QString::fromStdString(s.value("title", std::string("?")) + "." + k));
            walk(schema, s["properties"][k], v, where + "/" + k, seen, problems);
        }
        for (const Json &required : s.value("required", Json::array()))
            if (!value.contains(required.get<std::string>()))
                problems << QStringLiteral("%1: the writer omits required %2")
                                .arg(QString::fromStdString(where),
                                     QString::fromStdString(required.get<std::string>()));
    } else if (value.is_array()) {
        std::size_t i = 0;
        for (const Json &element : value)
            walk(schema, s["items"], element, where + "/" + std::to_string(i++), seen, problems);
    }
}

void collectDeclared(const Json &schema, const Json &node, QSet<QString> &declared)
{
    if (node.is_object()) {
        // Only titled object definitions declare keys; the untitled ones are if/then conditions.
        if (node.contains("properties") && node.contains("title"))
            for (const auto &[k, v] : node["properties"].items())
                declared.insert(QString::fromStdString(node.value("title", std::string("?")) + "." + k));
        for (const auto &[k, v] : node.items())
            collectDeclared(schema, v, declared);
    } else if (node.is_array()) {
        for (const Json &v : node)
            collectDeclared(schema, v, declared);
    }
}

} // namespace

void TestJsonFormat::theSchemaDeclaresEveryKeyTheWriterEmits()
{
    QFile file(test::sourcePath(QStringLiteral("docs/ipsecstore.schema.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray schemaText = file.readAll();
    QVERIFY(Json::accept(schemaText.constData(), schemaText.constData() + schemaText.size()));
    const Json schema = Json::parse(schemaText.constData(), schemaText.constData() + schemaText.size());
    QCOMPARE(schema.value("$schema", std::string()),
             std::string("https://json-schema.org/draft/2020-12/schema"));

    const QByteArray written = json::write(everyDocumentFeatureStore());
    const Json document = Json::parse(written.constData(), written.constData() + written.size());
    QSet<QString> seen;
    QStringList problems;
    walk(schema, schema, document, "", seen, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // And the other way round: the schema declares nothing the writer never emits.
    QSet<QString> declared;
    collectDeclared(schema, schema, declared);
    const QSet<QString> neverWritten = declared - seen;
    QVERIFY2(neverWritten.isEmpty(),
             qPrintable(QStringList(neverWritten.begin(), neverWritten.end()).join(u", ")));
    QCOMPARE(schema["properties"]["version"].value("maximum", 0), json::kFormatVersion);
}

void TestJsonFormat::theDocumentedExampleIsCanonical()
{
    QFile file(test::sourcePath(QStringLiteral("docs/file-format.md")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString markdown = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(QStringLiteral("<!-- example:begin -->\\s*```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(markdown);
    QVERIFY2(m.hasMatch(), "docs/file-format.md has no example block");
    const QByteArray example = m.captured(1).toUtf8();
    const ImportResult r = json::read(example);
    QVERIFY2(r.ok && r.findings.isEmpty(), qPrintable(findingsText(r.findings)));
    QCOMPARE(json::write(r.store), example);
    // The example is the reference scenario exactly as the template builds it.
    const std::optional<StoreData> scenario = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(scenario);
    QCOMPARE(QString::fromUtf8(json::write(*scenario)), QString::fromUtf8(example));
}

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
