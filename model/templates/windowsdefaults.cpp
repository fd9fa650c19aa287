#include "windowsdefaults.h"

namespace ipsec::windowsdefaults {
namespace {

// The descriptions keep Windows' own spelling, double spaces included.
const QString kRequestSecurityActionDescription = QStringLiteral(
    "Accepts unsecured communication, but requests clients to establish trust and security methods.  "
    "Will communicate insecurely to untrusted clients if they do not respond to request.");
const QString kRequireSecurityActionDescription = QStringLiteral(
    "Accepts unsecured communication, but always requires clients to establish trust and security methods.  "
    "Will NOT communicate with untrusted clients.");
const QString kServerPolicyDescription =
    QStringLiteral("For all IP traffic, always request security using Kerberos trust. Allow unsecured "
                   "communication with clients that do not respond to request.");
const QString kIcmpRuleText = QStringLiteral("Permit unsecure ICMP packets to pass through.");

// Offer lifetimes of the two negotiating default actions (900 s, 100000 KB; AH offers of Request Security
// use 300 s).
constexpr std::uint32_t kOfferKilobytes = 100000;
constexpr std::uint32_t kEspOfferSeconds = 900;
constexpr std::uint32_t kAhOfferSeconds = 300;

// Both default filters: this computer to any other, mirrored, ports any.
Filter meToAny(const QUuid &id, const QString &description, std::uint8_t protocol)
{
    Filter f;
    f.id = id;
    f.description = description;
    f.mirrored = true;
    f.source = FilterAddress::me();
    f.destination = FilterAddress::any();
    f.protocol = protocol;
    return f;
}

IkeSettings defaultIke(const QUuid &id)
{
    IkeSettings ike;
    ike.id = id;
    ike.masterKeyPfs = false;
    ike.quickModesPerMainMode = 0;
    ike.lifetimeMinutes = 480;
    ike.methods = defaultIkeMethods();
    return ike;
}

// Every default policy's default response rule is active, authenticates with Kerberos and offers six
// methods.
DefaultResponseRule activeDefaultResponse(const QUuid &nfa, const QUuid &negotiationPolicy)
{
    DefaultResponseRule r;
    r.id = nfa;
    r.negotiationPolicyId = negotiationPolicy;
    r.active = true;
    r.authMethods = {AuthMethod::kerberos()};
    r.securityMethods = defaultResponseSecurityMethods();
    r.sessionKeyPfs = false;
    return r;
}

Rule kerberosRule(const QUuid &id, const QString &name, const QString &description, const QUuid &list,
                  const QUuid &action)
{
    Rule r;
    r.id = id;
    r.name = name;
    r.description = description;
    r.filterList = list;
    r.filterAction = action;
    r.authMethods = {AuthMethod::kerberos()};
    r.connectionType = ConnectionType::All;
    r.active = true;
    return r;
}

Policy defaultPolicy(const QUuid &id, const QString &name, const QString &description, const QUuid &ike)
{
    Policy p;
    p.id = id;
    p.name = name;
    p.description = description;
    p.pollingIntervalMinutes = 180;
    p.ike = defaultIke(ike);
    return p;
}

} // namespace

FilterList allIpTraffic()
{
    return {
        ids::allIpTrafficList,
        QStringLiteral("All IP Traffic"),
        QStringLiteral("Matches all IP packets from this computer to any other computer, except broadcast, "
                       "multicast, Kerberos, RSVP and ISAKMP (IKE)."),
        {meToAny(ids::allIpTrafficFilter, {}, protocol::Any)}};
}

FilterList allIcmpTraffic()
{
    return {ids::allIcmpTrafficList,
            QStringLiteral("All ICMP Traffic"),
            QStringLiteral("Matches all ICMP packets between this computer and any other computer."),
            {meToAny(ids::allIcmpTrafficFilter, QStringLiteral("ICMP"), protocol::Icmp)}};
}

FilterAction permit()
{
    FilterAction a;
    a.id = ids::permitAction;
    a.name = QStringLiteral("Permit");
    a.description = QStringLiteral("Permit unsecured IP packets to pass through.");
    a.action = ActionKind::Permit;
    return a;
}

FilterAction requestSecurityOptional()
{
    FilterAction a;
    a.id = ids::requestSecurityAction;
    a.name = QStringLiteral("Request Security (Optional)");
    a.description = kRequestSecurityActionDescription;
    a.action = ActionKind::Negotiate;
    a.securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, kOfferKilobytes, kEspOfferSeconds),
        SecurityMethod::esp(Encryption::Des, Integrity::Sha1, kOfferKilobytes, kEspOfferSeconds),
        SecurityMethod::ah(Integrity::Sha1, kOfferKilobytes, kAhOfferSeconds),
        SecurityMethod::ah(Integrity::Md5, kOfferKilobytes, kAhOfferSeconds),
    };
    a.acceptUnsecured = true; // action GUID "inbound pass-through"
    a.allowFallback = true;   // the trailing empty offer in Windows' blob (Q18, docs/formats/gpipsec.md)
    a.sessionKeyPfs = false;
    return a;
}

FilterAction requireSecurity()
{
    FilterAction a;
    a.id = ids::requireSecurityAction;
    a.name = QStringLiteral("Require Security");
    a.description = kRequireSecurityActionDescription;
    a.action = ActionKind::Negotiate;
    a.securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, kOfferKilobytes, kEspOfferSeconds),
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5, kOfferKilobytes, kEspOfferSeconds),
        SecurityMethod::esp(Encryption::Des, Integrity::Sha1, kOfferKilobytes, kEspOfferSeconds),
        SecurityMethod::esp(Encryption::Des, Integrity::Md5, kOfferKilobytes, kEspOfferSeconds),
    };
    a.acceptUnsecured = true; // action GUID "inbound pass-through"
    a.allowFallback = false;  // no trailing empty offer
    a.sessionKeyPfs = false;
    return a;
}

QList<IkeMethod> defaultIkeMethods()
{
    return {
        {Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
        {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
        {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
        {Encryption::Des, Integrity::Md5, DhGroup::Group1},
    };
}

QList<SecurityMethod> defaultResponseSecurityMethods()
{
    return {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Md5),
        SecurityMethod::esp(Encryption::Des, Integrity::Sha1),
        SecurityMethod::esp(Encryption::Des, Integrity::Md5),
        SecurityMethod::ah(Integrity::Sha1),
        SecurityMethod::ah(Integrity::Md5),
    };
}

Policy clientRespondOnly()
{
    Policy p = defaultPolicy(
        ids::clientPolicy, QStringLiteral("Client (Respond Only)"),
        QStringLiteral(
            "Communicate normally (unsecured). Use the default response rule to negotiate with servers "
            "that request security. Only the requested protocol and port traffic with that server is "
            "secured."),
        ids::clientIke);
    p.defaultResponse =
        activeDefaultResponse(ids::clientDefaultResponseRule, ids::clientDefaultResponseAction);
    return p;
}

Policy serverRequestSecurity()
{
    Policy p = defaultPolicy(ids::serverPolicy, QStringLiteral("Server (Request Security)"),
                             kServerPolicyDescription, ids::serverIke);
    p.defaultResponse =
        activeDefaultResponse(ids::serverDefaultResponseRule, ids::serverDefaultResponseAction);
    p.rules = {
        kerberosRule(ids::serverAllIpRule, QStringLiteral("Request Security (Optional) Rule"),
                     kServerPolicyDescription, ids::allIpTrafficList, ids::requestSecurityAction),
        kerberosRule(ids::serverIcmpRule, kIcmpRuleText, kIcmpRuleText, ids::allIcmpTrafficList,
                     ids::permitAction),
    };
    return p;
}

Policy secureServerRequireSecurity()
{
    Policy p =
        defaultPolicy(ids::secureServerPolicy, QStringLiteral("Secure Server (Require Security)"),
                      QStringLiteral("For all IP traffic, always require security using Kerberos trust. Do "
                                     "NOT allow unsecured communication with untrusted clients."),
                      ids::secureServerIke);
    p.defaultResponse =
        activeDefaultResponse(ids::secureServerDefaultResponseRule, ids::secureServerDefaultResponseAction);
    p.rules = {
        kerberosRule(ids::secureServerAllIpRule, QStringLiteral("Require Security"),
                     kRequireSecurityActionDescription, ids::allIpTrafficList, ids::requireSecurityAction),
        kerberosRule(ids::secureServerIcmpRule, kIcmpRuleText, kIcmpRuleText, ids::allIcmpTrafficList,
                     ids::permitAction),
    };
    return p;
}

StoreData storeWith(Policy policy)
{
    StoreData store;
    store.info.name = policy.name;
    store.info.description =
        QStringLiteral("Windows' default IPsec objects with the policy '%1' assigned.").arg(policy.name);
    store.info.location = StoreLocation::Local;
    // These defaults come from Windows 2000 and were kept through Server 2003; Vista and later ignore the
    // default response rule they rely on.
    store.info.target = WindowsTarget::Windows2000;
    store.filterLists = {allIpTraffic(), allIcmpTraffic()};
    store.filterActions = {permit(), requestSecurityOptional(), requireSecurity()};
    policy.assigned = true;
    store.policies = {std::move(policy)};
    return store;
}

} // namespace ipsec::windowsdefaults
