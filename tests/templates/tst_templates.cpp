// The templates: Windows' default objects exactly as Windows ships them (cross-checked against the plain LDIF
// attributes of Samba's provision.ldif, docs/formats/object-model.md), the ExpressRoute scenario, and the
// generator.
#include "core/enumnames.h"
#include "templates/templates.h"
#include "templates/windowsdefaults.h"
#include "testdata.h"
#include "validation/validator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ipsec;
namespace ids = ipsec::windowsdefaults::ids;

namespace {

const QString kProvisionLdif = QStringLiteral("/usr/share/samba/setup/provision.ldif");

// The plain (non-base64) attributes of provision.ldif's IP security objects, keyed by ipsecID.
struct LdifObject {
    QString objectClass; // the most specific: ipsecPolicy, ipsecNFA, ...
    QMultiHash<QString, QString> attributes;
    QString value(const QString &name) const { return attributes.value(name); }
    // The GUIDs named by a DN-valued attribute: CN=ipsecNFA{GUID},CN=IP Security,...
    QSet<QUuid> references(const QString &name) const
    {
        static const QRegularExpression guid(QStringLiteral("^CN=ipsec\\w+(\\{[0-9A-Fa-f-]{36}\\})"));
        QSet<QUuid> result;
        const QList<QString> values = attributes.values(name);
        for (const QString &v : values)
            result.insert(QUuid(guid.match(v).captured(1)));
        return result;
    }
};

QHash<QUuid, LdifObject> readProvisionLdif()
{
    QFile file(kProvisionLdif);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Unfold continuation lines (RFC 2849), then split into records.
    const QString text = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\n "), QString());
    QHash<QUuid, LdifObject> objects;
    const QStringList records = text.split(QStringLiteral("\n\n"));
    for (const QString &record : records) {
        LdifObject o;
        const QStringList lines = record.split(u'\n');
        for (const QString &line : lines) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            if (line.startsWith(u'#') || colon < 0 || line.at(colon - 1) == u':')
                continue; // comments and base64 values
            const QString name = line.left(colon);
            const QString value = line.mid(colon + 2);
            if (name == u"objectClass")
                o.objectClass = value;
            else
                o.attributes.insert(name, value);
        }
        if (o.objectClass.startsWith(QStringLiteral("ipsec")))
            objects.insert(QUuid(o.value(QStringLiteral("ipsecID"))), o);
    }
    return objects;
}

StoreData windowsTemplate(const QString &name)
{
    const auto store = makeTemplate(name);
    return store ? *store : StoreData{};
}

QSet<QUuid> allIds(const StoreData &s)
{
    QSet<QUuid> ids;
    int count = 0;
    auto add = [&](const QUuid &id) {
        ids.insert(id);
        ++count;
    };
    for (const auto &l : s.filterLists) {
        add(l.id);
        for (const auto &f : l.filters)
            add(f.id);
    }
    for (const auto &a : s.filterActions)
        add(a.id);
    for (const auto &p : s.policies) {
        add(p.id);
        add(p.ike.id);
        add(p.defaultResponse.id);
        add(p.defaultResponse.negotiationPolicyId);
        for (const auto &r : p.rules)
            add(r.id);
    }
    return count == ids.size() ? ids : QSet<QUuid>{};
}

const QStringList kWindowsTemplates{QStringLiteral("client-respond-only"),
                                    QStringLiteral("server-request-security"),
                                    QStringLiteral("secure-server-require-security")};

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT
private slots:
    void theTemplateListNamesEveryTemplate();
    void anUnknownTemplateNameGivesNothing();
    void everyTemplateIsValidAndStable_data();
    void everyTemplateIsValidAndStable();

    void windowsTemplatesHoldEverySharedDefaultObject_data();
    void windowsTemplatesHoldEverySharedDefaultObject();
    void theDefaultFilterListsMatchWindows();
    void theDefaultFilterActionsMatchWindows();
    void theDefaultPoliciesMatchWindows_data();
    void theDefaultPoliciesMatchWindows();
    void theRulesOfTheServerPoliciesMatchWindows();
    void namesDescriptionsAndReferencesMatchProvisionLdif_data();
    void namesDescriptionsAndReferencesMatchProvisionLdif();

    void expressRouteIsTheArticlesScenario();

    void theGeneratorWritesExactlyNFilters_data();
    void theGeneratorWritesExactlyNFilters();
    void theGeneratorIsDeterministicPerSeed();
    void generatedStoresAreValidAndVaried();
};

void TestTemplates::theTemplateListNamesEveryTemplate()
{
    QStringList names;
    for (const TemplateInfo &t : templates()) {
        names << t.name;
        QVERIFY2(!t.title.isEmpty() && !t.description.isEmpty(), qPrintable(t.name));
    }
    QCOMPARE(names, QStringList(kWindowsTemplates) << QStringLiteral("expressroute-http8080"));
}

void TestTemplates::anUnknownTemplateNameGivesNothing()
{
    QVERIFY(!makeTemplate(QStringLiteral("no-such-template")));
    QVERIFY(!makeTemplate(QStringLiteral("Client-Respond-Only")));
}

void TestTemplates::everyTemplateIsValidAndStable_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateInfo &t : templates())
        QTest::newRow(qPrintable(QStringLiteral("the template %1 validates without errors").arg(t.name)))
            << t.name;
}

void TestTemplates::everyTemplateIsValidAndStable()
{
    QFETCH(QString, name);
    const auto store = makeTemplate(name);
    QVERIFY(store);
    const Findings findings = validate(*store);
    for (const Finding &f : findings)
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.toString()));
    QCOMPARE(*makeTemplate(name), *store); // GUIDs included
    QVERIFY2(!allIds(*store).isEmpty(), "every object has its own GUID");
    QVERIFY(!allIds(*store).contains(QUuid()));
    QVERIFY(store->assignedPolicy());
    QCOMPARE(store->policies.size(), std::size_t(1));
}

void TestTemplates::windowsTemplatesHoldEverySharedDefaultObject_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUuid>("policy");
    QTest::newRow("client-respond-only holds both lists, three actions and the Client policy")
        << kWindowsTemplates[0] << ids::clientPolicy;
    QTest::newRow("server-request-security holds both lists, three actions and the Server policy")
        << kWindowsTemplates[1] << ids::serverPolicy;
    QTest::newRow(
        "secure-server-require-security holds both lists, three actions and the Secure Server policy")
        << kWindowsTemplates[2] << ids::secureServerPolicy;
}

void TestTemplates::windowsTemplatesHoldEverySharedDefaultObject()
{
    QFETCH(QString, name);
    QFETCH(QUuid, policy);
    const StoreData s = windowsTemplate(name);
    QCOMPARE(s.filterLists.size(), std::size_t(2));
    QCOMPARE(s.filterLists[0], windowsdefaults::allIpTraffic());
    QCOMPARE(s.filterLists[1], windowsdefaults::allIcmpTraffic());
    QCOMPARE(s.filterActions.size(), std::size_t(3));
    QCOMPARE(s.filterActions[0], windowsdefaults::permit());
    QCOMPARE(s.filterActions[1], windowsdefaults::requestSecurityOptional());
    QCOMPARE(s.filterActions[2], windowsdefaults::requireSecurity());
    QCOMPARE(s.policies.size(), std::size_t(1));
    QCOMPARE(s.policies[0].id, policy);
    QVERIFY(s.policies[0].assigned);
    QCOMPARE(s.info.target, WindowsTarget::Windows2000);
}

void TestTemplates::theDefaultFilterListsMatchWindows()
{
    const FilterList ip = windowsdefaults::allIpTraffic();
    QCOMPARE(ip.id, QUuid(QStringLiteral("{7238523A-70FA-11D1-864C-14A300000000}")));
    QCOMPARE(ip.name, QStringLiteral("All IP Traffic"));
    QCOMPARE(ip.filters.size(), std::size_t(1));
    const Filter &f = ip.filters[0];
    QCOMPARE(f.id, QUuid(QStringLiteral("{59319BDD-5EE3-11D2-ACE8-0060B0ECCA17}")));
    QCOMPARE(f.source, FilterAddress::me());
    QCOMPARE(f.destination, FilterAddress::any());
    QVERIFY(f.mirrored);
    QCOMPARE(f.protocol, protocol::Any);
    QVERIFY(f.sourcePort.isAny() && f.destinationPort.isAny());
    QCOMPARE(f.description, QString());

    const FilterList icmp = windowsdefaults::allIcmpTraffic();
    QCOMPARE(icmp.id, QUuid(QStringLiteral("{72385235-70FA-11D1-864C-14A300000000}")));
    QCOMPARE(icmp.filters.size(), std::size_t(1));
    QCOMPARE(icmp.filters[0].id, QUuid(QStringLiteral("{5119D263-071D-11D3-AD22-0060B0ECCA17}")));
    QCOMPARE(icmp.filters[0].protocol, protocol::Icmp);
    QCOMPARE(icmp.filters[0].description, QStringLiteral("ICMP"));
    QCOMPARE(icmp.filters[0].source, FilterAddress::me());
    QCOMPARE(icmp.filters[0].destination, FilterAddress::any());
    QVERIFY(icmp.filters[0].mirrored);
}

void TestTemplates::theDefaultFilterActionsMatchWindows()
{
    const FilterAction permit = windowsdefaults::permit();
    QCOMPARE(permit.action, ActionKind::Permit);
    QVERIFY(permit.securityMethods.isEmpty());

    const FilterAction request = windowsdefaults::requestSecurityOptional();
    QCOMPARE(request.action, ActionKind::Negotiate);
    QVERIFY(request.acceptUnsecured);
    QVERIFY(request.allowFallback);
    QVERIFY(!request.sessionKeyPfs);
    const QList<SecurityMethod> requestOffers{
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 900),
        SecurityMethod::esp(Encryption::Des, Integrity::Sha1, 100000, 900),
        SecurityMethod::ah(Integrity::Sha1, 100000, 300),
        SecurityMethod::ah(Integrity::Md5, 100000, 300),
    };
    QCOMPARE(request.securityMethods, requestOffers);

    const FilterAction require = windowsdefaults::requireSecurity();
    QCOMPARE(require.action, ActionKind::Negotiate);
    QVERIFY(require.acceptUnsecured);
    QVERIFY(!require.allowFallback);
    QVERIFY(!require.sessionKeyPfs);
    QStringList offers;
    for (const SecurityMethod &m : require.securityMethods)
        offers << describe(m);
    QCOMPARE(offers, (QStringList{QStringLiteral("ESP[3DES,SHA1]:100000k/900s"),
                                  QStringLiteral("ESP[3DES,MD5]:100000k/900s"),
                                  QStringLiteral("ESP[DES,SHA1]:100000k/900s"),
                                  QStringLiteral("ESP[DES,MD5]:100000k/900s")}));
}

void TestTemplates::theDefaultPoliciesMatchWindows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUuid>("ike");
    QTest::addColumn<QUuid>("defaultResponseRule");
    QTest::addColumn<QUuid>("defaultResponseAction");
    QTest::addColumn<int>("rules");
    QTest::newRow("Client (Respond Only) has only its active default response rule")
        << kWindowsTemplates[0] << ids::clientIke << ids::clientDefaultResponseRule
        << ids::clientDefaultResponseAction << 0;
    QTest::newRow("Server (Request Security) has two rules and its default response rule")
        << kWindowsTemplates[1] << ids::serverIke << ids::serverDefaultResponseRule
        << ids::serverDefaultResponseAction << 2;
    QTest::newRow("Secure Server (Require Security) has two rules and its default response rule")
        << kWindowsTemplates[2] << ids::secureServerIke << ids::secureServerDefaultResponseRule
        << ids::secureServerDefaultResponseAction << 2;
}

void TestTemplates::theDefaultPoliciesMatchWindows()
{
    QFETCH(QString, name);
    QFETCH(QUuid, ike);
    QFETCH(QUuid, defaultResponseRule);
    QFETCH(QUuid, defaultResponseAction);
    QFETCH(int, rules);
    const Policy p = windowsTemplate(name).policies.at(0);
    QCOMPARE(p.pollingIntervalMinutes, 180u);
    QCOMPARE(p.ike.id, ike);
    QCOMPARE(p.ike.lifetimeMinutes, 480u);
    QVERIFY(!p.ike.masterKeyPfs);
    QCOMPARE(p.ike.quickModesPerMainMode, 0u);
    QStringList methods;
    for (const IkeMethod &m : p.ike.methods)
        methods << describe(m);
    QCOMPARE(methods.size(), 4);
    QCOMPARE(p.ike.methods, (QList<IkeMethod>{{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
                                              {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
                                              {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
                                              {Encryption::Des, Integrity::Md5, DhGroup::Group1}}));
    QCOMPARE(p.defaultResponse.id, defaultResponseRule);
    QCOMPARE(p.defaultResponse.negotiationPolicyId, defaultResponseAction);
    QVERIFY(p.defaultResponse.active);
    QCOMPARE(p.defaultResponse.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
    QVERIFY(!p.defaultResponse.sessionKeyPfs);
    QCOMPARE(
        p.defaultResponse.securityMethods,
        (QList<SecurityMethod>{SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                               SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5),
                               SecurityMethod::esp(Encryption::Des, Integrity::Sha1),
                               SecurityMethod::esp(Encryption::Des, Integrity::Md5),
                               SecurityMethod::ah(Integrity::Sha1), SecurityMethod::ah(Integrity::Md5)}));
    QCOMPARE(p.rules.size(), rules);
}

void TestTemplates::theRulesOfTheServerPoliciesMatchWindows()
{
    const Policy server = windowsdefaults::serverRequestSecurity();
    QCOMPARE(server.rules[0].id, QUuid(QStringLiteral("{72385232-70FA-11D1-864C-14A300000000}")));
    QCOMPARE(server.rules[0].name, QStringLiteral("Request Security (Optional) Rule"));
    QCOMPARE(server.rules[0].filterList, ids::allIpTrafficList);
    QCOMPARE(server.rules[0].filterAction, ids::requestSecurityAction);
    QCOMPARE(server.rules[1].id, QUuid(QStringLiteral("{594272E2-071D-11D3-AD22-0060B0ECCA17}")));
    QCOMPARE(server.rules[1].filterList, ids::allIcmpTrafficList);
    QCOMPARE(server.rules[1].filterAction, ids::permitAction);

    const Policy secure = windowsdefaults::secureServerRequireSecurity();
    QCOMPARE(secure.rules[0].id, QUuid(QStringLiteral("{7238523E-70FA-11D1-864C-14A300000000}")));
    QCOMPARE(secure.rules[0].name, QStringLiteral("Require Security"));
    QCOMPARE(secure.rules[0].filterAction, ids::requireSecurityAction);
    QCOMPARE(secure.rules[1].id, QUuid(QStringLiteral("{594272FD-071D-11D3-AD22-0060B0ECCA17}")));
    QCOMPARE(secure.rules[1].name, QStringLiteral("Permit unsecure ICMP packets to pass through."));

    for (const Policy &p : {server, secure}) {
        for (const Rule &r : p.rules) {
            QCOMPARE(r.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
            QCOMPARE(r.connectionType, ConnectionType::All);
            QVERIFY(!r.tunnel.isTunnel());
            QVERIFY(r.active);
            QVERIFY(r.interfaceName.isEmpty());
        }
    }
}

void TestTemplates::namesDescriptionsAndReferencesMatchProvisionLdif_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : kWindowsTemplates)
        QTest::newRow(
            qPrintable(QStringLiteral("every object of %1 is in provision.ldif as written").arg(name)))
            << name;
}

void TestTemplates::namesDescriptionsAndReferencesMatchProvisionLdif()
{
    QFETCH(QString, name);
    if (!QFile::exists(kProvisionLdif))
        IPSEC_SKIP_OUTSIDE_CI(
            QStringLiteral("provision.ldif absent: install Debian's samba-ad-provision package"));
    const QHash<QUuid, LdifObject> ldif = readProvisionLdif();
    QCOMPARE(ldif.size(), 22);
    const StoreData s = windowsTemplate(name);

    auto check = [&ldif](const QUuid &id, const QString &objectClass, const QString &objectName,
                         const QString &description) {
        QVERIFY2(ldif.contains(id), qPrintable(id.toString()));
        const LdifObject &o = ldif[id];
        QCOMPARE(o.objectClass, objectClass);
        QCOMPARE(o.value(QStringLiteral("ipsecName")), objectName);
        QCOMPARE(o.value(QStringLiteral("description")), description);
    };
    for (const FilterList &l : s.filterLists)
        check(l.id, QStringLiteral("ipsecFilter"), l.name, l.description);
    for (const FilterAction &a : s.filterActions) {
        check(a.id, QStringLiteral("ipsecNegotiationPolicy"), a.name, a.description);
        const QString actionGuid = ldif[a.id].value(QStringLiteral("iPSECNegotiationPolicyAction"));
        const QString expected =
            a.action == ActionKind::Permit ? QStringLiteral("{8A171DD2-77E3-11D1-8659-A04F00000000}")
            : a.acceptUnsecured            ? QStringLiteral("{3F91A81A-7647-11D1-864D-D46A00000000}")
                                           : QStringLiteral("{8A171DD3-77E3-11D1-8659-A04F00000000}");
        QCOMPARE(actionGuid, expected);
    }
    const Policy &p = s.policies.at(0);
    check(p.id, QStringLiteral("ipsecPolicy"), p.name, p.description);
    const LdifObject &policy = ldif[p.id];
    QCOMPARE(policy.references(QStringLiteral("ipsecISAKMPReference")), QSet<QUuid>{p.ike.id});
    QSet<QUuid> nfas{p.defaultResponse.id};
    for (const Rule &r : p.rules) {
        nfas.insert(r.id);
        check(r.id, QStringLiteral("ipsecNFA"), r.name, r.description);
        QCOMPARE(ldif[r.id].references(QStringLiteral("ipsecFilterReference")), QSet<QUuid>{r.filterList});
        QCOMPARE(ldif[r.id].references(QStringLiteral("ipsecNegotiationPolicyReference")),
                 QSet<QUuid>{r.filterAction});
    }
    QCOMPARE(policy.references(QStringLiteral("ipsecNFAReference")), nfas);
    const LdifObject &defaultNfa = ldif[p.defaultResponse.id];
    QCOMPARE(defaultNfa.objectClass, QStringLiteral("ipsecNFA"));
    QCOMPARE(defaultNfa.references(QStringLiteral("ipsecFilterReference")), QSet<QUuid>{});
    QCOMPARE(defaultNfa.references(QStringLiteral("ipsecNegotiationPolicyReference")),
             QSet<QUuid>{p.defaultResponse.negotiationPolicyId});
    QCOMPARE(ldif[p.defaultResponse.negotiationPolicyId].value(QStringLiteral("iPSECNegotiationPolicyType")),
             QStringLiteral("{62F49E13-6C37-11D1-864C-14A300000000}"));
    QCOMPARE(ldif[p.ike.id].objectClass, QStringLiteral("ipsecISAKMPPolicy"));
}

void TestTemplates::expressRouteIsTheArticlesScenario()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    const StoreData &s = *store;
    QCOMPARE(s.info.location, StoreLocation::Domain);
    QCOMPARE(s.info.domain, QStringLiteral("ipsectest.com"));
    QCOMPARE(s.info.organizationalUnit, QStringLiteral("IPSecOU"));

    QCOMPARE(s.filterLists.size(), std::size_t(1));
    const FilterList &list = s.filterLists[0];
    QCOMPARE(list.name, QStringLiteral("azure-onpremises-HTTP8080"));
    QCOMPARE(list.filters.size(), std::size_t(2));
    const QStringList expected{QStringLiteral("10.0.1.0/24 10.2.27.0/25"),
                               QStringLiteral("10.2.27.0/25 10.0.1.0/24")};
    for (std::size_t i = 0; i < 2; ++i) {
        const Filter &f = list.filters[i];
        QCOMPARE(formatAddress(f.source) + u' ' + formatAddress(f.destination),
                 expected[static_cast<int>(i)]);
        QVERIFY(f.mirrored);
        QCOMPARE(f.protocol, protocol::Tcp);
        QVERIFY(f.sourcePort.isAny());
        QCOMPARE(f.destinationPort, PortRange::single(8080));
    }

    QCOMPARE(s.filterActions.size(), std::size_t(1));
    const FilterAction &action = s.filterActions[0];
    QCOMPARE(action.name, QStringLiteral("myEncryption"));
    QCOMPARE(action.action, ActionKind::Negotiate);
    QCOMPARE(action.securityMethods,
             QList<SecurityMethod>{SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)});
    QVERIFY(!action.acceptUnsecured);
    QVERIFY(!action.allowFallback);

    QCOMPARE(s.policies.size(), std::size_t(1));
    const Policy &p = s.policies[0];
    QCOMPARE(p.name, QStringLiteral("policy-azure-onpremises"));
    QVERIFY(p.assigned);
    QVERIFY(!p.defaultResponse.active);
    QCOMPARE(p.ike.methods, windowsdefaults::defaultIkeMethods());
    QCOMPARE(p.ike.lifetimeMinutes, 480u);
    QCOMPARE(p.pollingIntervalMinutes, 180u);
    QCOMPARE(p.rules.size(), 1);
    const Rule &r = p.rules[0];
    QCOMPARE(r.name, list.name);
    QCOMPARE(r.filterList, list.id);
    QCOMPARE(r.filterAction, action.id);
    QCOMPARE(r.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
    QCOMPARE(r.connectionType, ConnectionType::All);
    QVERIFY(!r.tunnel.isTunnel());
    QVERIFY(r.active);
}

void TestTemplates::theGeneratorWritesExactlyNFilters_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("zero filters give a store without filters") << 0;
    QTest::newRow("a negative count gives a store without filters") << -5;
    QTest::newRow("one filter") << 1;
    QTest::newRow("fewer filters than one list holds") << 49;
    QTest::newRow("a thousand filters") << 1000;
    QTest::newRow("an odd count over many lists") << 12345;
}

void TestTemplates::theGeneratorWritesExactlyNFilters()
{
    QFETCH(int, count);
    const StoreData s = generateStore(count);
    QCOMPARE(s.filterCount(), static_cast<std::size_t>(std::max(count, 0)));
    for (std::size_t i = 0; i < s.filterLists.size(); ++i) {
        const std::size_t size = s.filterLists[i].filters.size();
        QVERIFY(size >= 1 && size <= 200);
        if (i + 1 < s.filterLists.size())
            QVERIFY2(size >= 50, "every list but the last holds 50-200 filters");
    }
    QCOMPARE(std::count_if(s.policies.begin(), s.policies.end(), [](const Policy &p) { return p.assigned; }),
             1);
}

void TestTemplates::theGeneratorIsDeterministicPerSeed()
{
    const StoreData a = generateStore(2000, 7);
    QCOMPARE(generateStore(2000, 7), a);
    QVERIFY(generateStore(2000, 8) != a);
    QCOMPARE(generateStore(300), generateStore(300, 1));
}

void TestTemplates::generatedStoresAreValidAndVaried()
{
    const StoreData s = generateStore(5000, 3);
    QVERIFY(s.filterLists.size() >= 25 && s.filterLists.size() <= 100);
    QVERIFY(s.policies.size() > 1);

    const Findings findings = validate(s);
    for (const Finding &f : findings)
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.toString()));
    QVERIFY2(!allIds(s).isEmpty(), "every GUID is unique");

    QSet<QUuid> usedLists;
    QSet<ActionKind> actions;
    QSet<AddressKind> addressKinds;
    QSet<std::uint8_t> protocols;
    QSet<AuthKind> auth;
    for (const Policy &p : s.policies) {
        for (const Rule &r : p.rules) {
            QVERIFY(s.filterList(r.filterList));
            QVERIFY(s.filterAction(r.filterAction));
            QVERIFY(!r.authMethods.isEmpty());
            usedLists.insert(r.filterList);
            actions.insert(s.filterAction(r.filterAction)->action);
            for (const AuthMethod &m : r.authMethods)
                auth.insert(m.kind);
        }
    }
    QCOMPARE(usedLists.size(), static_cast<qsizetype>(s.filterLists.size()));
    for (const FilterList &l : s.filterLists)
        for (const Filter &f : l.filters) {
            addressKinds << f.source.kind << f.destination.kind;
            protocols << f.protocol;
        }
    QCOMPARE(actions.size(), 3);
    QCOMPARE(auth.size(), 3);
    QVERIFY(addressKinds.contains(AddressKind::Me) && addressKinds.contains(AddressKind::Subnet) &&
            addressKinds.contains(AddressKind::Host) && addressKinds.contains(AddressKind::Range) &&
            addressKinds.contains(AddressKind::Any) && addressKinds.contains(AddressKind::DnsServers));
    QVERIFY(protocols.contains(protocol::Tcp) && protocols.contains(protocol::Udp) &&
            protocols.contains(protocol::Icmp) && protocols.contains(protocol::Any));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
