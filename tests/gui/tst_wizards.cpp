#include "core/enumnames.h"
#include "core/policystore.h"
#include "templates/templates.h"
#include "wizards/filteractionwizard.h"
#include "wizards/ipfilterwizard.h"
#include "wizards/policywizard.h"
#include "wizards/propertydialogs.h"
#include "wizards/securityrulewizard.h"
#include "wizards/wizardwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace ipsec;

namespace {

// Walks a wizard forward, checking the page order Windows shows.
void walk(QWizard &wizard, const QList<int> &pages)
{
    QCOMPARE(wizard.currentId(), pages.front());
    for (qsizetype i = 1; i < pages.size(); ++i) {
        QVERIFY2(wizard.currentPage()->isComplete(),
                 qPrintable(QStringLiteral("page %1 is not complete").arg(wizard.currentId())));
        wizard.next();
        QCOMPARE(wizard.currentId(), pages[i]);
    }
}

// One filter of the reference scenario through the IP Filter wizard.
Filter http8080Filter(const QString &description, const QString &from, const QString &to)
{
    IpFilterWizard w;
    w.restart();
    w.setField(QStringLiteral("description"), description);
    w.setField(QStringLiteral("mirrored"), true);
    w.setField(QStringLiteral("sourceKind"), AddressPicker::AddressOrSubnet);
    w.setField(QStringLiteral("sourceAddress"), from);
    w.setField(QStringLiteral("destinationKind"), AddressPicker::AddressOrSubnet);
    w.setField(QStringLiteral("destinationAddress"), to);
    w.setField(QStringLiteral("protocolIndex"),
               w.findChild<ProtocolPicker *>()->combo()->findText(QStringLiteral("TCP")));
    w.setField(QStringLiteral("toThisPort"), true);
    w.setField(QStringLiteral("destinationPort"), 8080);
    walk(w, {IpFilterWizard::WelcomePage, IpFilterWizard::DescriptionPage, IpFilterWizard::SourcePage,
             IpFilterWizard::DestinationPage, IpFilterWizard::ProtocolPage, IpFilterWizard::PortPage,
             IpFilterWizard::CompletionPage});
    return w.filter();
}

} // namespace

class TestWizards : public QObject {
    Q_OBJECT
private slots:
    void theReferenceScenarioCanBeBuiltWithTheWizardsOnly();
    void theFilterWizardTakesEveryAddressKind_data();
    void theFilterWizardTakesEveryAddressKind();
    void aServerKeywordNeedsMyAddressOnTheOtherSide();
    void protocolsWithoutPortsSkipThePortPage();
    void filterActionChoicesGiveTheWindowsOffers_data();
    void filterActionChoicesGiveTheWindowsOffers();
    void theCustomMethodDialogComposesAhAndEsp();
    void theCustomMethodDialogRefusesEspWithoutAlgorithms();
    void aPermitRuleSkipsAuthentication();
    void aRuleTakesATunnelAndAPresharedKey();
    void thePolicyWizardAsksForTheDefaultResponseMethodOnlyWhenActivated();
    void aTakenNameKeepsTheNamePageIncomplete();
    void applyingAResultIsAllOrNothing();
};

void TestWizards::theReferenceScenarioCanBeBuiltWithTheWizardsOnly()
{
    PolicyStore store;

    // 3. Define the IP filter action.
    FilterActionWizard actionWizard(store.data());
    actionWizard.restart();
    actionWizard.setField(QStringLiteral("name"), QStringLiteral("myEncryption"));
    actionWizard.setField(QStringLiteral("negotiate"), true);
    actionWizard.setField(QStringLiteral("doNotAllowUnsecured"), true);
    actionWizard.setField(QStringLiteral("custom"), true);
    CustomSecurityMethodDialog custom;
    custom.ahBox()->setChecked(false);
    custom.espBox()->setChecked(true);
    custom.espIntegrityCombo()->setCurrentIndex(custom.espIntegrityCombo()->findText(QStringLiteral("SHA1")));
    custom.espEncryptionCombo()->setCurrentIndex(
        custom.espEncryptionCombo()->findText(QStringLiteral("3DES")));
    QVERIFY(custom.isValid());
    actionWizard.setCustomMethod(custom.method());
    walk(actionWizard,
         {FilterActionWizard::WelcomePage, FilterActionWizard::NamePage,
          FilterActionWizard::GeneralOptionsPage, FilterActionWizard::UnsecuredCommunicationPage,
          FilterActionWizard::TrafficSecurityPage, FilterActionWizard::CompletionPage});
    QVERIFY(applyWizardResult(store, actionWizard.result()));

    // 6. Create the IP security policy (default response rule left unchecked, Edit properties checked).
    IpSecurityPolicyWizard policyWizard(store.data());
    policyWizard.restart();
    policyWizard.setField(QStringLiteral("name"), QStringLiteral("policy-azure-onpremises"));
    walk(policyWizard,
         {IpSecurityPolicyWizard::WelcomePage, IpSecurityPolicyWizard::NamePage,
          IpSecurityPolicyWizard::SecureCommunicationPage, IpSecurityPolicyWizard::CompletionPage});
    const WizardResult policyResult = policyWizard.result();
    QVERIFY(policyResult.editPropertiesAfterwards);
    QVERIFY(applyWizardResult(store, policyResult));
    const QUuid policyId = policyResult.newPolicy->id;

    // 4, 5, 7. The rule, with the filter list added from its IP Filter List page (two filters by the wizard).
    SecurityRuleWizard ruleWizard(store.data(), policyId);
    ruleWizard.restart();
    FilterListDialog listDialog(store.data());
    listDialog.nameEdit()->setText(QStringLiteral("azure-onpremises-HTTP8080"));
    listDialog.addFilter(http8080Filter(QStringLiteral("Azure subnet to on-premises subnet, TCP 8080"),
                                        QStringLiteral("10.0.1.0/24"), QStringLiteral("10.2.27.0/25")));
    listDialog.addFilter(http8080Filter(QStringLiteral("On-premises subnet to Azure subnet, TCP 8080"),
                                        QStringLiteral("10.2.27.0/25"), QStringLiteral("10.0.1.0/24")));
    ruleWizard.setField(QStringLiteral("noTunnel"), true);
    ruleWizard.setField(QStringLiteral("allConnections"), true);
    walk(ruleWizard, {SecurityRuleWizard::WelcomePage, SecurityRuleWizard::TunnelPage,
                      SecurityRuleWizard::NetworkTypePage, SecurityRuleWizard::FilterListPage});
    QVERIFY(!ruleWizard.currentPage()->isComplete()); // nothing chosen yet
    ruleWizard.addFilterList(listDialog.filterList());
    ruleWizard.next();
    QCOMPARE(ruleWizard.currentId(), int(SecurityRuleWizard::FilterActionPage));
    ruleWizard.setField(QStringLiteral("filterActionRow"), 0);
    QCOMPARE(ruleWizard.selectedFilterAction()->name, QStringLiteral("myEncryption"));
    walk(ruleWizard, {SecurityRuleWizard::FilterActionPage, SecurityRuleWizard::AuthenticationPage,
                      SecurityRuleWizard::CompletionPage});
    QVERIFY(ruleWizard.authPicker()->kerberosButton()->isChecked());
    const WizardResult ruleResult = ruleWizard.result();
    QCOMPARE(ruleResult.newFilterLists.size(), std::size_t(1));
    QCOMPARE(std::get<0>(ruleResult.primaryObject()), ObjectKind::Rule);
    QVERIFY(applyWizardResult(store, ruleResult));

    // The same objects as the template, apart from GUIDs, descriptions and the assignment (step 8).
    const StoreData reference = *makeTemplate(QStringLiteral("expressroute-http8080"));
    const StoreData &built = store.data();
    QCOMPARE(built.filterLists.size(), std::size_t(1));
    QCOMPARE(built.filterLists[0].name, reference.filterLists[0].name);
    QCOMPARE(built.filterLists[0].filters.size(), reference.filterLists[0].filters.size());
    for (std::size_t i = 0; i < built.filterLists[0].filters.size(); ++i) {
        QVERIFY(built.filterLists[0].filters[i].sameTraffic(reference.filterLists[0].filters[i]));
        QCOMPARE(built.filterLists[0].filters[i].description,
                 reference.filterLists[0].filters[i].description);
    }
    FilterAction action = built.filterActions.at(0);
    FilterAction expectedAction = reference.filterActions.at(0);
    action.id = expectedAction.id;
    action.description = expectedAction.description;
    QCOMPARE(action, expectedAction);
    Policy policy = built.policies.at(0);
    Policy expectedPolicy = reference.policies.at(0);
    QCOMPARE(policy.name, expectedPolicy.name);
    QCOMPARE(policy.pollingIntervalMinutes, expectedPolicy.pollingIntervalMinutes);
    policy.ike.id = expectedPolicy.ike.id;
    QCOMPARE(policy.ike, expectedPolicy.ike);
    policy.defaultResponse.id = expectedPolicy.defaultResponse.id;
    policy.defaultResponse.negotiationPolicyId = expectedPolicy.defaultResponse.negotiationPolicyId;
    QCOMPARE(policy.defaultResponse, expectedPolicy.defaultResponse);
    QCOMPARE(policy.rules.size(), 1);
    Rule rule = policy.rules.at(0);
    const Rule &expectedRule = expectedPolicy.rules.at(0);
    rule.id = expectedRule.id;
    rule.description = expectedRule.description;
    rule.filterList = expectedRule.filterList;
    rule.filterAction = expectedRule.filterAction;
    QCOMPARE(rule, expectedRule);
}

void TestWizards::theFilterWizardTakesEveryAddressKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("rangeEnd");
    QTest::addColumn<QString>("dnsName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("my IP address") << int(AddressPicker::MyAddress) << ""
                                   << ""
                                   << ""
                                   << "me";
    QTest::newRow("any IP address") << int(AddressPicker::AnyAddress) << ""
                                    << ""
                                    << ""
                                    << "any";
    QTest::newRow("a DNS name keeps the name") << int(AddressPicker::DnsName) << ""
                                               << ""
                                               << "host1.ipsectest.com"
                                               << "name:host1.ipsectest.com";
    QTest::newRow("a single address is a host") << int(AddressPicker::AddressOrSubnet) << "10.0.1.20"
                                                << ""
                                                << ""
                                                << "10.0.1.20";
    QTest::newRow("a subnet with a prefix") << int(AddressPicker::AddressOrSubnet) << "10.2.27.0/25"
                                            << ""
                                            << ""
                                            << "10.2.27.0/25";
    QTest::newRow("a subnet with a dotted mask")
        << int(AddressPicker::AddressOrSubnet) << "10.2.27.0/255.255.255.128"
        << ""
        << ""
        << "10.2.27.0/25";
    QTest::newRow("an IPv6 subnet") << int(AddressPicker::AddressOrSubnet) << "fd00::/64"
                                    << ""
                                    << ""
                                    << "fd00::/64";
    QTest::newRow("an address range") << int(AddressPicker::AddressRange) << "10.0.0.1"
                                      << "10.0.0.9"
                                      << ""
                                      << "10.0.0.1-10.0.0.9";
    QTest::newRow("the default gateway") << int(AddressPicker::DefaultGateway) << ""
                                         << ""
                                         << ""
                                         << "default-gateway";
}

void TestWizards::theFilterWizardTakesEveryAddressKind()
{
    QFETCH(int, kind);
    QFETCH(QString, address);
    QFETCH(QString, rangeEnd);
    QFETCH(QString, dnsName);
    QFETCH(QString, expected);
    IpFilterWizard w;
    w.restart();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(IpFilterWizard::SourcePage));
    w.setField(QStringLiteral("sourceKind"), AddressPicker::MyAddress);
    w.setField(QStringLiteral("destinationKind"), kind);
    w.setField(QStringLiteral("destinationAddress"), address);
    w.setField(QStringLiteral("destinationRangeEnd"), rangeEnd);
    w.setField(QStringLiteral("destinationDnsName"), dnsName);
    w.next();
    QCOMPARE(w.currentId(), int(IpFilterWizard::DestinationPage));
    QVERIFY(w.currentPage()->isComplete());
    QCOMPARE(formatAddress(w.filter().destination), expected);
    QCOMPARE(w.filter().source.kind, AddressKind::Me);
}

void TestWizards::aServerKeywordNeedsMyAddressOnTheOtherSide()
{
    IpFilterWizard w;
    w.restart();
    w.setField(QStringLiteral("sourceKind"), AddressPicker::DnsServers);
    w.setField(QStringLiteral("destinationKind"), AddressPicker::AnyAddress);
    w.next();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(IpFilterWizard::DestinationPage));
    QVERIFY(!w.currentPage()->isComplete());
    w.setField(QStringLiteral("destinationKind"), AddressPicker::MyAddress);
    QVERIFY(w.currentPage()->isComplete());
    // A malformed subnet is refused as well.
    w.setField(QStringLiteral("destinationKind"), AddressPicker::AddressOrSubnet);
    w.setField(QStringLiteral("destinationAddress"), QStringLiteral("10.0.1.0/33"));
    QVERIFY(!w.currentPage()->isComplete());
}

void TestWizards::protocolsWithoutPortsSkipThePortPage()
{
    IpFilterWizard w;
    w.restart();
    for (int i = 0; i < 4; ++i)
        w.next();
    QCOMPARE(w.currentId(), int(IpFilterWizard::ProtocolPage));
    auto *combo = w.findChild<ProtocolPicker *>()->combo();
    w.setField(QStringLiteral("protocolIndex"), combo->findText(QStringLiteral("Other")));
    w.setField(QStringLiteral("protocolNumber"), 47);
    w.next();
    QCOMPARE(w.currentId(), int(IpFilterWizard::CompletionPage));
    QCOMPARE(w.filter().protocol, std::uint8_t(47));
    QVERIFY(w.filter().destinationPort.isAny());
    const WizardResult r = w.result(QUuid::createUuid());
    QVERIFY(r.newFilter);
    QCOMPARE(std::get<0>(r.primaryObject()), ObjectKind::Filter);
}

void TestWizards::filterActionChoicesGiveTheWindowsOffers_data()
{
    QTest::addColumn<QString>("behaviour");
    QTest::addColumn<QString>("security");
    QTest::addColumn<bool>("fallBack");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("methods");
    QTest::addColumn<int>("lastPage");
    QTest::newRow("permit skips the security pages")
        << "permit"
        << "" << false << int(ActionKind::Permit) << "" << int(FilterActionWizard::CompletionPage);
    QTest::newRow("block skips the security pages")
        << "block"
        << "" << false << int(ActionKind::Block) << "" << int(FilterActionWizard::CompletionPage);
    QTest::newRow("integrity and encryption offers ESP 3DES with SHA1")
        << "negotiate"
        << "integrityAndEncryption" << false << int(ActionKind::Negotiate) << "ESP[3DES,SHA1]"
        << int(FilterActionWizard::CompletionPage);
    QTest::newRow("integrity only offers ESP SHA1 without encryption")
        << "negotiate"
        << "integrityOnly" << false << int(ActionKind::Negotiate) << "ESP[None,SHA1]"
        << int(FilterActionWizard::CompletionPage);
    QTest::newRow("falling back to unsecured communication sets soft")
        << "negotiate"
        << "integrityAndEncryption" << true << int(ActionKind::Negotiate) << "ESP[3DES,SHA1]"
        << int(FilterActionWizard::CompletionPage);
}

void TestWizards::filterActionChoicesGiveTheWindowsOffers()
{
    QFETCH(QString, behaviour);
    QFETCH(QString, security);
    QFETCH(bool, fallBack);
    QFETCH(int, action);
    QFETCH(QString, methods);
    QFETCH(int, lastPage);
    const StoreData empty;
    FilterActionWizard w(empty);
    w.restart();
    w.setField(behaviour, true);
    if (!security.isEmpty())
        w.setField(security, true);
    w.setField(fallBack ? QStringLiteral("fallBackToUnsecured") : QStringLiteral("doNotAllowUnsecured"),
               true);
    while (w.currentId() != lastPage && w.currentId() != -1)
        w.next();
    QCOMPARE(w.currentId(), lastPage);
    const FilterAction a = w.filterAction();
    QCOMPARE(int(a.action), action);
    QStringList shown;
    for (const SecurityMethod &m : a.securityMethods)
        shown << describe(m);
    QCOMPARE(shown.join(u','), methods);
    QCOMPARE(a.allowFallback, fallBack);
    QVERIFY(!a.acceptUnsecured);
    QCOMPARE(a.name, QStringLiteral("New Filter Action"));
}

void TestWizards::theCustomMethodDialogComposesAhAndEsp()
{
    CustomSecurityMethodDialog d;
    d.ahBox()->setChecked(true);
    d.ahIntegrityCombo()->setCurrentIndex(d.ahIntegrityCombo()->findText(QStringLiteral("MD5")));
    d.espBox()->setChecked(true);
    d.kilobytesBox()->setChecked(true);
    d.kilobytesSpin()->setValue(50000);
    d.secondsBox()->setChecked(true);
    d.secondsSpin()->setValue(900);
    const SecurityMethod m = d.method();
    QCOMPARE(m.protocol, IpsecProtocol::AhAndEsp);
    QCOMPARE(m.ahIntegrity, Integrity::Md5);
    QCOMPARE(m.espEncryption, Encryption::TripleDes);
    QCOMPARE(m.espIntegrity, Integrity::Sha1);
    QCOMPARE(m.lifetimeKilobytes, 50000u);
    QCOMPARE(m.lifetimeSeconds, 900u);
    CustomSecurityMethodDialog again;
    again.setMethod(m);
    QCOMPARE(again.method(), m);
}

void TestWizards::theCustomMethodDialogRefusesEspWithoutAlgorithms()
{
    CustomSecurityMethodDialog d;
    d.espIntegrityCombo()->setCurrentIndex(0); // <None>
    d.espEncryptionCombo()->setCurrentIndex(0);
    QVERIFY(!d.isValid());
    d.ahBox()->setChecked(false);
    d.espBox()->setChecked(false);
    QVERIFY(!d.isValid());
}

void TestWizards::aPermitRuleSkipsAuthentication()
{
    const StoreData data = *makeTemplate(QStringLiteral("server-request-security"));
    SecurityRuleWizard w(data, data.policies.front().id);
    w.restart();
    for (int i = 0; i < 3; ++i)
        w.next();
    QCOMPARE(w.currentId(), int(SecurityRuleWizard::FilterListPage));
    w.setField(QStringLiteral("filterListRow"), 1);
    w.next();
    int permitRow = -1;
    for (int i = 0; i < w.filterActionView()->count(); ++i)
        if (w.filterActionView()->item(i)->text().startsWith(QStringLiteral("Permit")))
            permitRow = i;
    QVERIFY(permitRow >= 0);
    w.setField(QStringLiteral("filterActionRow"), permitRow);
    w.next();
    QCOMPARE(w.currentId(), int(SecurityRuleWizard::CompletionPage));
    const Rule r = w.rule();
    QCOMPARE(r.filterList, data.filterLists[1].id);
    QCOMPARE(r.name, data.filterLists[1].name);
    QCOMPARE(r.authMethods, QList<AuthMethod>{AuthMethod::kerberos()});
    QVERIFY(w.result().newFilterLists.empty());
}

void TestWizards::aRuleTakesATunnelAndAPresharedKey()
{
    const StoreData data = *makeTemplate(QStringLiteral("expressroute-http8080"));
    SecurityRuleWizard w(data, data.policies.front().id);
    w.restart();
    w.next();
    w.setField(QStringLiteral("tunnelByAddress"), true);
    w.setField(QStringLiteral("tunnelAddress"), QStringLiteral("not an address"));
    QVERIFY(!w.currentPage()->isComplete());
    w.setField(QStringLiteral("tunnelAddress"), QStringLiteral("10.2.27.1"));
    QVERIFY(w.currentPage()->isComplete());
    w.next();
    w.setField(QStringLiteral("lan"), true);
    w.next();
    w.setField(QStringLiteral("filterListRow"), 0);
    w.next();
    w.setField(QStringLiteral("filterActionRow"), 0);
    w.next();
    QCOMPARE(w.currentId(), int(SecurityRuleWizard::AuthenticationPage));
    w.authPicker()->presharedKeyButton()->setChecked(true);
    QVERIFY(!w.currentPage()->isComplete()); // no key yet
    w.authPicker()->presharedKeyEdit()->setText(QStringLiteral("s3cret"));
    QVERIFY(w.currentPage()->isComplete());
    const Rule r = w.rule();
    QCOMPARE(r.tunnel.kind, TunnelKind::Address);
    QCOMPARE(r.tunnel.address.toString(), QStringLiteral("10.2.27.1"));
    QCOMPARE(r.connectionType, ConnectionType::Lan);
    QCOMPARE(r.authMethods, QList<AuthMethod>{AuthMethod::presharedKey(QStringLiteral("s3cret"))});
    QCOMPARE(r.name, QStringLiteral("azure-onpremises-HTTP8080 (2)")); // the list's name is taken by a rule
    PolicyStore store(data);
    QVERIFY(applyWizardResult(store, w.result()));
    QCOMPARE(store.data().policies.front().rules.size(), 2);
}

void TestWizards::thePolicyWizardAsksForTheDefaultResponseMethodOnlyWhenActivated()
{
    const StoreData empty;
    IpSecurityPolicyWizard w(empty);
    w.restart();
    QCOMPARE(w.field(QStringLiteral("name")).toString(), QStringLiteral("New IP Security Policy"));
    w.setField(QStringLiteral("activateDefaultResponse"), true);
    w.next();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(IpSecurityPolicyWizard::DefaultResponseAuthPage));
    w.authPicker()->certificateButton()->setChecked(true);
    QVERIFY(!w.currentPage()->isComplete());
    w.authPicker()->certificateAuthorityEdit()->setText(QStringLiteral("CN=Root CA"));
    w.next();
    QCOMPARE(w.currentId(), int(IpSecurityPolicyWizard::CompletionPage));
    w.setField(QStringLiteral("editProperties"), false);
    const WizardResult r = w.result();
    QVERIFY(!r.editPropertiesAfterwards);
    QVERIFY(r.newPolicy->defaultResponse.active);
    QCOMPARE(r.newPolicy->defaultResponse.authMethods,
             QList<AuthMethod>{AuthMethod::certificate(QStringLiteral("CN=Root CA"))});
    // The crypto baseline (legacy-strongest unless the window sets another) gives the methods; one check box
    // goes back to Windows' six default response offers and four key exchange methods.
    QCOMPARE(r.newPolicy->defaultResponse.securityMethods, baselines::defaultBaseline().defaultResponseOffers);
    QCOMPARE(r.newPolicy->ike.methods, baselines::defaultBaseline().ikeMethods);
    w.baselineDefaults().checkBox()->setChecked(true);
    QCOMPARE(w.policy().defaultResponse.securityMethods.size(), 6);
    QCOMPARE(w.policy().ike.methods.size(), 4);
    QVERIFY(!r.newPolicy->assigned);
}

void TestWizards::aTakenNameKeepsTheNamePageIncomplete()
{
    const StoreData data = *makeTemplate(QStringLiteral("expressroute-http8080"));
    FilterActionWizard w(data);
    w.restart();
    w.next();
    QCOMPARE(w.currentId(), int(FilterActionWizard::NamePage));
    w.setField(QStringLiteral("name"), QStringLiteral("myEncryption"));
    QVERIFY(!w.currentPage()->isComplete());
    w.setField(QStringLiteral("name"), QStringLiteral("   "));
    QVERIFY(!w.currentPage()->isComplete());
    w.setField(QStringLiteral("name"), QStringLiteral("myEncryption2"));
    QVERIFY(w.currentPage()->isComplete());
}

void TestWizards::applyingAResultIsAllOrNothing()
{
    PolicyStore store(*makeTemplate(QStringLiteral("expressroute-http8080")));
    const StoreData before = store.data();
    WizardResult r;
    FilterList fresh{newId(), QStringLiteral("fresh list"), {}, {}};
    r.newFilterLists.push_back(fresh);
    FilterAction clash;
    clash.id = newId();
    clash.name = QStringLiteral("myEncryption"); // already taken: refused
    r.newFilterActions.push_back(clash);
    const EditResult e = applyWizardResult(store, r);
    QVERIFY(!e.ok);
    QVERIFY(!e.error.isEmpty());
    QCOMPARE(store.data(), before);
    StoreData plain = before;
    QVERIFY(!applyWizardResult(plain, r).ok);
    QCOMPARE(plain, before);
    r.newFilterActions.clear();
    QVERIFY(applyWizardResult(plain, r).ok);
    QVERIFY(plain.filterListByName(QStringLiteral("fresh list")));
}

QTEST_MAIN(TestWizards)
#include "tst_wizards.moc"
