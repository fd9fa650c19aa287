#include "expressroute.h"

#include "windowsdefaults.h"

namespace ipsec::expressroute {
namespace {

const QUuid kNamespace{QStringLiteral("{c078f59a-b981-4835-a78b-f0001978ea09}")};

const QString kListName = QStringLiteral("azure-onpremises-HTTP8080");
constexpr std::uint16_t kHttpPort = 8080;

// "From any port", "To this port: 8080", TCP, mirrored.
Filter http8080(const QString &key, const QString &description, const FilterAddress &from,
                const FilterAddress &to)
{
    Filter f;
    f.id = stableId(key);
    f.description = description;
    f.mirrored = true;
    f.source = from;
    f.destination = to;
    f.protocol = protocol::Tcp;
    f.sourcePort = PortRange::any();
    f.destinationPort = PortRange::single(kHttpPort);
    return f;
}

FilterAddress subnet(const char *address, int prefix)
{
    return FilterAddress::subnet(*IpAddress::parse(QString::fromLatin1(address)), prefix);
}

} // namespace

QUuid stableId(const QString &objectKey)
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("expressroute-http8080/") + objectKey);
}

StoreData store()
{
    const FilterAddress azureSubnet = subnet("10.0.1.0", 24);       // Azure Subnet2
    const FilterAddress onPremisesSubnet = subnet("10.2.27.0", 25); // on-premises subnet

    FilterList list;
    list.id = stableId(QStringLiteral("filter-list"));
    list.name = kListName;
    list.description = QStringLiteral("HTTP on port 8080 between the Azure subnet 10.0.1.0/24 and the "
                                      "on-premises subnet 10.2.27.0/25, both directions.");
    list.filters = {
        http8080(QStringLiteral("filter-azure-to-onpremises"),
                 QStringLiteral("Azure subnet to on-premises subnet, TCP 8080"), azureSubnet,
                 onPremisesSubnet),
        http8080(QStringLiteral("filter-onpremises-to-azure"),
                 QStringLiteral("On-premises subnet to Azure subnet, TCP 8080"), onPremisesSubnet,
                 azureSubnet),
    };

    // Negotiate security, "Do not allow unsecured communication", Custom: ESP SHA1 + 3DES. The custom method
    // dialog leaves the session key lifetimes unset, which Windows stores as 0 (its defaults).
    FilterAction action;
    action.id = stableId(QStringLiteral("filter-action"));
    action.name = QStringLiteral("myEncryption");
    action.description = QStringLiteral("Require ESP encryption (3DES, SHA1); no unsecured communication.");
    action.action = ActionKind::Negotiate;
    action.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    action.acceptUnsecured = false;
    action.allowFallback = false;
    action.sessionKeyPfs = false;

    Rule rule;
    rule.id = stableId(QStringLiteral("rule"));
    rule.name = kListName; // the wizard names a new rule after its filter list
    rule.description = QStringLiteral("Encrypt HTTP on port 8080 over ExpressRoute private peering.");
    rule.filterList = list.id;
    rule.filterAction = action.id;
    rule.authMethods = {AuthMethod::kerberos()}; // "Active Directory default (Kerberos V5 protocol)"
    rule.tunnel = {};                            // "This rule does not specify a tunnel"
    rule.connectionType = ConnectionType::All;   // "All network connections"
    rule.active = true;

    // The policy wizard's defaults (docs/formats/object-model.md, Units and defaults); "Activate the default
    // response rule" left unchecked.
    Policy policy;
    policy.id = stableId(QStringLiteral("policy"));
    policy.name = QStringLiteral("policy-azure-onpremises");
    policy.description =
        QStringLiteral("IPsec transport mode for HTTP 8080 between Azure VMs and on-premises "
                       "hosts over ExpressRoute private peering.");
    policy.pollingIntervalMinutes = 180;
    policy.ike.id = stableId(QStringLiteral("isakmp"));
    policy.ike.masterKeyPfs = false;
    policy.ike.quickModesPerMainMode = 0;
    policy.ike.lifetimeMinutes = 480;
    policy.ike.methods = windowsdefaults::defaultIkeMethods();
    policy.defaultResponse.id = stableId(QStringLiteral("default-response-rule"));
    policy.defaultResponse.negotiationPolicyId = stableId(QStringLiteral("default-response-action"));
    policy.defaultResponse.active = false;
    policy.defaultResponse.authMethods = {AuthMethod::kerberos()};
    policy.defaultResponse.securityMethods = windowsdefaults::defaultResponseSecurityMethods();
    policy.rules = {rule};
    policy.assigned = true;

    StoreData data;
    data.info.name = QStringLiteral("expressroute-http8080");
    data.info.description = QStringLiteral(
        "Encryption for ExpressRoute private peering with IPsec transport mode: the example of Microsoft's "
        "article (domain ipsectest.com, OU IPSecOU).");
    data.info.location = StoreLocation::Domain;
    data.info.domain = QStringLiteral("ipsectest.com");
    data.info.organizationalUnit = QStringLiteral("IPSecOU");
    data.info.target = WindowsTarget::WindowsVistaOrLater;
    data.filterLists = {std::move(list)};
    data.filterActions = {std::move(action)};
    data.policies = {std::move(policy)};
    return data;
}

} // namespace ipsec::expressroute
