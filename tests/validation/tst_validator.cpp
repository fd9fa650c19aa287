// The validation engine: a row for every code that makes it fire (code, severity, object and field), a row
// that shows it does not fire on the corrected case, and the cross-checks between the code catalogue, these
// rows and docs/findings.md.
#include "teststores.h"
#include "validation/validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>
#include <vector>

using namespace ipsec;
using namespace ipsec::test;

namespace {

// What a row expects: the finding's object and field.
struct Expect {
    QUuid objectId;
    QString field;
};
using Mutation = std::function<Expect(StoreData &)>;

struct Case {
    const char *sentence;
    const char *code;
    Severity severity;
    bool fires;
    QList<Target> targets;
    Mutation mutate;
    const char *baseline = ""; // a crypto baseline to check against (IPS-091..094)
    int maxOverlapsPerPolicy = 100;
};

constexpr Severity Error = Severity::Error;
constexpr Severity Warning = Severity::Warning;
constexpr Severity Info = Severity::Info;
constexpr bool Fires = true;
constexpr bool Silent = false;

QString f(const char *s)
{
    return QString::fromLatin1(s);
}

// Shortcuts into the clean store.
FilterList &web(StoreData &s)
{
    return listNamed(s, "Web servers");
}
Filter &webFilter(StoreData &s, std::size_t i = 0)
{
    return web(s).filters[i];
}
Filter &tunnelFilter(StoreData &s)
{
    return listNamed(s, "Branch tunnel out").filters[0];
}
FilterAction &require(StoreData &s)
{
    return actionNamed(s, "Require AES");
}
Policy &dc(StoreData &s)
{
    return policyNamed(s, "Datacenter");
}
Rule &https(StoreData &s)
{
    return ruleNamed(s, "Datacenter", "HTTPS");
}
Rule &tunnelOut(StoreData &s)
{
    return ruleNamed(s, "Datacenter", "Tunnel out");
}
Expect onFilter(StoreData &s, const char *field, std::size_t i = 0)
{
    return {webFilter(s, i).id, f(field)};
}
Expect onMethod(StoreData &s, const SecurityMethod &m, const char *member = "")
{
    require(s).securityMethods = {m};
    return {require(s).id, member[0] ? f("securityMethods[0].") + f(member) : f("securityMethods[0]")};
}
Expect onIke(StoreData &s, const IkeMethod &m, const char *member)
{
    dc(s).ike.methods = {m};
    return {dc(s).id, f("ike.methods[0].") + f(member)};
}
Expect activeDefaultResponse(StoreData &s, WindowsTarget target)
{
    s.info.target = target;
    dc(s).defaultResponse.active = true;
    return {dc(s).defaultResponse.id, {}};
}

// A rule of the Datacenter policy with its own list holding `filter`, using the action named `actionName`
// and the HTTPS rule's authentication (so that the same action means the same treatment).
Expect addDatacenterRule(StoreData &s, const char *name, Filter filter, const char *actionName)
{
    FilterList list{newId(), f(name) + f(" list"), {}, {filter}};
    s.filterLists.push_back(list);
    Rule r = rule(name, list, actionNamed(s, actionName), https(s).authMethods);
    dc(s).rules.append(r);
    return {filter.id, {}};
}
Filter webCopy(StoreData &s)
{
    Filter copy = webFilter(s);
    copy.id = newId();
    return copy;
}
Expect addIntent(StoreData &s, const char *packet, Treatment expect)
{
    s.intents.push_back({f("web check"), f("Datacenter"), f(packet), expect});
    return {QUuid(), QStringLiteral("intents[%1]").arg(s.intents.size() - 1)};
}
Expect addMethod(StoreData &s, const SecurityMethod &m, const char *member)
{
    require(s).securityMethods.append(m);
    return {require(s).id,
            QStringLiteral("securityMethods[%1].").arg(require(s).securityMethods.size() - 1) + f(member)};
}

const QList<Target> none;
const QList<Target> netsh{Target::Netsh};
const QList<Target> ipsecData{Target::IpsecData};
const QList<Target> wfas{Target::Wfas};

const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        // ---- References and identity ----
        {"a rule that refers to a missing filter list is an error", "IPS-001", Error, Fires, none,
         [](StoreData &s) {
             https(s).filterList = newId();
             return Expect{https(s).id, f("filterList")};
         }},
        {"a rule that refers to another existing filter list is fine", "IPS-001", Error, Silent, none,
         [](StoreData &s) {
             https(s).filterList = listNamed(s, "All ICMP").id;
             return Expect{https(s).id, f("filterList")};
         }},
        {"a rule that refers to a missing filter action is an error", "IPS-002", Error, Fires, none,
         [](StoreData &s) {
             https(s).filterAction = newId();
             return Expect{https(s).id, f("filterAction")};
         }},
        {"a rule that refers to another existing filter action is fine", "IPS-002", Error, Silent, none,
         [](StoreData &s) {
             https(s).filterAction = actionNamed(s, "Permit").id;
             return Expect{https(s).id, f("filterAction")};
         }},
        {"a rule without a filter list is an error", "IPS-003", Error, Fires, none,
         [](StoreData &s) {
             https(s).filterList = QUuid();
             return Expect{https(s).id, f("filterList")};
         }},
        {"the default response rule needs no filter list", "IPS-003", Error, Silent, none,
         [](StoreData &s) { return activeDefaultResponse(s, WindowsTarget::WindowsXP); }},
        {"a rule without a filter action is an error", "IPS-004", Error, Fires, none,
         [](StoreData &s) {
             https(s).filterAction = QUuid();
             return Expect{https(s).id, f("filterAction")};
         }},
        {"a rule with a filter action is fine", "IPS-004", Error, Silent, none,
         [](StoreData &s) { return Expect{https(s).id, f("filterAction")}; }},
        {"a filter list without a name is an error", "IPS-005", Error, Fires, none,
         [](StoreData &s) {
             FilterList &list = web(s);
             list.name.clear();
             return Expect{list.id, f("name")};
         }},
        {"a rule whose name is only blanks is an error", "IPS-005", Error, Fires, none,
         [](StoreData &s) {
             Rule &r = https(s);
             r.name = f("   ");
             return Expect{r.id, f("name")};
         }},
        {"a one-letter name is fine", "IPS-005", Error, Silent, none,
         [](StoreData &s) {
             FilterList &list = web(s);
             list.name = f("W");
             return Expect{list.id, f("name")};
         }},
        {"two filter actions whose names differ only in case are an error", "IPS-006", Error, Fires, none,
         [](StoreData &s) {
             actionNamed(s, "Block").name = f("PERMIT");
             return Expect{actionNamed(s, "PERMIT").id, f("name")};
         }},
        {"two policies with the same name are an error", "IPS-006", Error, Fires, none,
         [](StoreData &s) {
             policyNamed(s, "Lab").name = f("Datacenter");
             return Expect{s.policies[1].id, f("name")};
         }},
        {"a filter list and a filter action may share a name", "IPS-006", Error, Silent, none,
         [](StoreData &s) {
             actionNamed(s, "Block").name = f("Web servers");
             return Expect{s.filterActions[2].id, f("name")};
         }},
        {"two rules of one policy whose names differ only in case are an error", "IPS-007", Error, Fires, none,
         [](StoreData &s) {
             ruleNamed(s, "Datacenter", "ICMP").name = f("https");
             return Expect{dc(s).rules[1].id, f("name")};
         }},
        {"rules of different policies may share a name", "IPS-007", Error, Silent, none,
         [](StoreData &s) {
             ruleNamed(s, "Lab", "Block web").name = f("HTTPS");
             return Expect{policyNamed(s, "Lab").rules[0].id, f("name")};
         }},
        {"two filters with the same GUID are an error", "IPS-008", Error, Fires, none,
         [](StoreData &s) {
             listNamed(s, "All ICMP").filters[0].id = webFilter(s).id;
             return Expect{webFilter(s).id, f("id")};
         }},
        {"two filter lists with the same GUID are an error", "IPS-008", Error, Fires, none,
         [](StoreData &s) {
             listNamed(s, "All ICMP").id = web(s).id;
             return Expect{web(s).id, f("id")};
         }},
        {"objects of different kinds may share a GUID", "IPS-008", Error, Silent, none,
         [](StoreData &s) {
             require(s).id = web(s).id;
             return Expect{web(s).id, f("id")};
         }},
        {"a filter action without a GUID is an error", "IPS-009", Error, Fires, none,
         [](StoreData &s) {
             require(s).id = QUuid();
             https(s).filterAction = QUuid();
             return Expect{QUuid(), f("id")};
         }},
        {"every object of the clean store has a GUID", "IPS-009", Error, Silent, none,
         [](StoreData &) { return Expect{QUuid(), f("id")}; }},
        {"a second assigned policy is an error", "IPS-010", Error, Fires, none,
         [](StoreData &s) {
             policyNamed(s, "Lab").assigned = true;
             return Expect{policyNamed(s, "Lab").id, f("assigned")};
         }},
        {"one assigned policy is fine", "IPS-010", Error, Silent, none,
         [](StoreData &s) {
             dc(s).assigned = false;
             policyNamed(s, "Lab").assigned = true;
             return Expect{policyNamed(s, "Lab").id, f("assigned")};
         }},
        {"a rule that uses an empty filter list is warned about", "IPS-011", Warning, Fires, none,
         [](StoreData &s) {
             listNamed(s, "All ICMP").filters.clear();
             return Expect{ruleNamed(s, "Datacenter", "ICMP").id, f("filterList")};
         }},
        {"an empty filter list that no rule uses is fine", "IPS-011", Warning, Silent, none,
         [](StoreData &s) {
             s.filterLists.push_back({newId(), f("Spare"), {}, {}});
             return Expect{s.filterLists.back().id, f("filterList")};
         }},
        {"a filter that repeats the traffic of another in its list is warned about", "IPS-012", Warning, Fires,
         none,
         [](StoreData &s) {
             Filter copy = webFilter(s);
             copy.id = newId();
             copy.description = f("the same again");
             web(s).filters.push_back(copy);
             return Expect{copy.id, {}};
         }},
        {"a filter that differs from another only in its port is fine", "IPS-012", Warning, Silent, none,
         [](StoreData &s) {
             Filter other = webFilter(s);
             other.id = newId();
             other.destinationPort = PortRange::single(8443);
             web(s).filters.push_back(other);
             return Expect{other.id, {}};
         }},
        // ---- Filters ----
        {"a port on an ICMP filter is an error", "IPS-013", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).protocol = protocol::Icmp;
             return onFilter(s, "destinationPort");
         }},
        {"a source port on a protocol-any filter is an error", "IPS-013", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).protocol = protocol::Any;
             webFilter(s).destinationPort = {};
             webFilter(s).sourcePort = PortRange::single(1701);
             return onFilter(s, "sourcePort");
         }},
        {"a port on a UDP filter is fine", "IPS-013", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).protocol = protocol::Udp;
             return onFilter(s, "destinationPort");
         }},
        {"a non-contiguous source mask is an error", "IPS-014", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("10.0.0.0"), ip("255.0.255.0"));
             return onFilter(s, "source.mask");
         }},
        {"a contiguous dotted mask is fine", "IPS-014", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("10.0.1.0"), ip("255.255.255.0"));
             return onFilter(s, "source.mask");
         }},
        {"a host address written as a subnet is an error", "IPS-015", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("10.0.1.5"), 24);
             return onFilter(s, "source.address");
         }},
        {"an IPv6 prefix with host bits is an error", "IPS-015", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("2001:db8::1"), 64);
             webFilter(s).destination = FilterAddress::host(ip("2001:db8:1::10"));
             return onFilter(s, "source.address");
         }},
        {"a network address with its mask is fine", "IPS-015", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("10.0.1.0"), 24);
             return onFilter(s, "source.address");
         }},
        {"a host filter without an address is an error", "IPS-016", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::host(IpAddress());
             return onFilter(s, "destination.address");
         }},
        {"an IPv4 subnet with an IPv6 mask is an error", "IPS-016", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("10.0.1.0"), ip("ffff:ffff::"));
             return onFilter(s, "source.mask");
         }},
        {"an empty DNS name is an error", "IPS-016", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::dns(f(" "));
             return onFilter(s, "destination.dnsName");
         }},
        {"a DNS name is fine for the common checks", "IPS-016", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::dns(f("app.example.com"));
             return onFilter(s, "destination.dnsName");
         }},
        {"a DNS server keyword towards any is an error", "IPS-017", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::server(AddressKind::DnsServers);
             webFilter(s).destination = FilterAddress::any();
             return onFilter(s, "destination");
         }},
        {"a subnet towards the default gateway keyword is an error", "IPS-017", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::server(AddressKind::DefaultGateway);
             return onFilter(s, "source");
         }},
        {"a server keyword towards me is fine", "IPS-017", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::server(AddressKind::WinsServers);
             webFilter(s).destination = FilterAddress::me();
             return onFilter(s, "destination");
         }},
        {"a range from an IPv4 to an IPv6 address is an error", "IPS-018", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::range(ip("10.0.0.1"), ip("fe80::1"));
             return onFilter(s, "source.rangeEnd");
         }},
        {"an IPv4 range is fine", "IPS-018", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::range(ip("10.0.0.1"), ip("10.0.0.9"));
             return onFilter(s, "source.rangeEnd");
         }},
        {"a range that ends before it starts is an error", "IPS-019", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::range(ip("10.0.0.9"), ip("10.0.0.1"));
             return onFilter(s, "source.rangeEnd");
         }},
        {"a range of one address is fine", "IPS-019", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::range(ip("10.0.0.9"), ip("10.0.0.9"));
             return onFilter(s, "source.rangeEnd");
         }},
        {"an IPv4 source with an IPv6 destination is an error", "IPS-020", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::host(ip("2001:db8::10"));
             return onFilter(s, "destination");
         }},
        {"IPv6 on both sides is fine", "IPS-020", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).source = FilterAddress::subnet(ip("2001:db8::"), 64);
             webFilter(s).destination = FilterAddress::host(ip("2001:db8:1::10"));
             return onFilter(s, "destination");
         }},
        {"a port range that ends before it starts is an error", "IPS-021", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destinationPort = {2000, 1000};
             return onFilter(s, "destinationPort");
         }},
        {"a port range that starts at 0 is an error", "IPS-021", Error, Fires, none,
         [](StoreData &s) {
             webFilter(s).destinationPort = {0, 1024};
             return onFilter(s, "destinationPort");
         }},
        {"a port range from 1000 to 2000 is fine for Vista", "IPS-021", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s).destinationPort = {1000, 2000};
             return onFilter(s, "destinationPort");
         }},
        {"a mirrored filter in a tunnel rule is an error", "IPS-022", Error, Fires, none,
         [](StoreData &s) {
             tunnelFilter(s).mirrored = true;
             return Expect{tunnelFilter(s).id, f("mirrored")};
         }},
        {"a mirrored filter in a transport rule is fine", "IPS-022", Error, Silent, none,
         [](StoreData &s) { return onFilter(s, "mirrored"); }},
        {"my IP address in a tunnel rule's filter is an error", "IPS-023", Error, Fires, none,
         [](StoreData &s) {
             tunnelFilter(s).source = FilterAddress::me();
             return Expect{tunnelFilter(s).id, f("source")};
         }},
        {"a server keyword in a tunnel rule's filter is an error", "IPS-023", Error, Fires, none,
         [](StoreData &s) {
             tunnelFilter(s).source = FilterAddress::me();
             tunnelFilter(s).destination = FilterAddress::server(AddressKind::DhcpServer);
             return Expect{tunnelFilter(s).id, f("destination")};
         }},
        {"subnets in a tunnel rule's filter are fine", "IPS-023", Error, Silent, none,
         [](StoreData &s) { return Expect{tunnelFilter(s).id, f("source")}; }},
        {"a tunnel endpoint without an address is an error", "IPS-024", Error, Fires, none,
         [](StoreData &s) {
             tunnelOut(s).tunnel = {TunnelKind::Address, {}, {}};
             return Expect{tunnelOut(s).id, f("tunnel.address")};
         }},
        {"a tunnel endpoint with an empty DNS name is an error", "IPS-024", Error, Fires, none,
         [](StoreData &s) {
             tunnelOut(s).tunnel = {TunnelKind::DnsName, {}, {}};
             return Expect{tunnelOut(s).id, f("tunnel.dnsName")};
         }},
        {"a tunnel endpoint given by DNS name is fine for the common checks", "IPS-024", Error, Silent, none,
         [](StoreData &s) {
             tunnelOut(s).tunnel = {TunnelKind::DnsName, {}, f("gw.example.com")};
             return Expect{tunnelOut(s).id, f("tunnel.dnsName")};
         }},
        // ---- Filter actions and security methods ----
        {"negotiate security without security methods is an error", "IPS-030", Error, Fires, none,
         [](StoreData &s) {
             require(s).securityMethods.clear();
             return Expect{require(s).id, f("securityMethods")};
         }},
        {"an active default response rule without security methods is an error", "IPS-030", Error, Fires, none,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsServer2003);
             dc(s).defaultResponse.securityMethods.clear();
             return Expect{e.objectId, f("securityMethods")};
         }},
        {"permit needs no security methods", "IPS-030", Error, Silent, none,
         [](StoreData &s) { return Expect{actionNamed(s, "Permit").id, f("securityMethods")}; }},
        {"security methods on a permit action are warned about", "IPS-031", Warning, Fires, none,
         [](StoreData &s) {
             actionNamed(s, "Permit").securityMethods = require(s).securityMethods;
             return Expect{actionNamed(s, "Permit").id, f("securityMethods")};
         }},
        {"security methods on negotiate are fine", "IPS-031", Warning, Silent, none,
         [](StoreData &s) { return Expect{require(s).id, f("securityMethods")}; }},
        {"inpass on a block action is warned about", "IPS-032", Warning, Fires, none,
         [](StoreData &s) {
             actionNamed(s, "Block").acceptUnsecured = true;
             return Expect{actionNamed(s, "Block").id, f("acceptUnsecured")};
         }},
        {"session key PFS on a permit action is warned about", "IPS-032", Warning, Fires, none,
         [](StoreData &s) {
             actionNamed(s, "Permit").sessionKeyPfs = true;
             return Expect{actionNamed(s, "Permit").id, f("sessionKeyPfs")};
         }},
        {"soft on negotiate is fine", "IPS-032", Warning, Silent, none,
         [](StoreData &s) {
             require(s).allowFallback = true;
             return Expect{require(s).id, f("allowFallback")};
         }},
        {"ESP without encryption and integrity is an error", "IPS-033", Error, Fires, none,
         [](StoreData &s) { return onMethod(s, SecurityMethod::esp(Encryption::None, Integrity::None)); }},
        {"ESP with integrity only is fine", "IPS-033", Error, Silent, none,
         [](StoreData &s) { return onMethod(s, SecurityMethod::esp(Encryption::None, Integrity::Sha256)); }},
        {"AH without integrity is an error", "IPS-034", Error, Fires, none,
         [](StoreData &s) { return onMethod(s, SecurityMethod::ah(Integrity::None), "ahIntegrity"); }},
        {"AH with SHA-256 is fine", "IPS-034", Error, Silent, none,
         [](StoreData &s) { return onMethod(s, SecurityMethod::ah(Integrity::Sha256), "ahIntegrity"); }},
        {"an AH integrity on an ESP-only method is warned about", "IPS-035", Warning, Fires, none,
         [](StoreData &s) {
             SecurityMethod m = SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256);
             m.ahIntegrity = Integrity::Sha256;
             return onMethod(s, m, "ahIntegrity");
         }},
        {"an ESP encryption on an AH-only method is warned about", "IPS-035", Warning, Fires, none,
         [](StoreData &s) {
             SecurityMethod m = SecurityMethod::ah(Integrity::Sha256);
             m.espEncryption = Encryption::Aes128;
             return onMethod(s, m, "espEncryption");
         }},
        {"AH+ESP uses both algorithm slots", "IPS-035", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s,
                             {IpsecProtocol::AhAndEsp, Integrity::Sha256, Encryption::Aes256, Integrity::Sha256, 0, 0},
                             "ahIntegrity");
         }},
        {"a session key lifetime of 120 seconds is warned about", "IPS-036", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 0, 120), "lifetimeSeconds");
         }},
        {"a session key lifetime above 48 hours is warned about", "IPS-036", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 0, 172801),
                             "lifetimeSeconds");
         }},
        {"a session key lifetime of 300 seconds is fine", "IPS-036", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 0, 300), "lifetimeSeconds");
         }},
        {"a session key lifetime of 0 seconds means the default and is fine", "IPS-036", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 0, 0), "lifetimeSeconds");
         }},
        {"a session key lifetime of 10000 KB is warned about", "IPS-037", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 10000, 0),
                             "lifetimeKilobytes");
         }},
        {"a session key lifetime of 20480 KB is fine", "IPS-037", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 20480, 0),
                             "lifetimeKilobytes");
         }},
        {"the same security method twice is warned about", "IPS-038", Warning, Fires, none,
         [](StoreData &s) {
             require(s).securityMethods << require(s).securityMethods.front();
             return Expect{require(s).id, f("securityMethods[2]")};
         }},
        {"the same key exchange method twice is warned about", "IPS-038", Warning, Fires, none,
         [](StoreData &s) {
             dc(s).ike.methods << dc(s).ike.methods.front();
             return Expect{dc(s).id, f("ike.methods[2]")};
         }},
        {"methods that differ only in lifetime are fine", "IPS-038", Warning, Silent, none,
         [](StoreData &s) {
             SecurityMethod m = require(s).securityMethods.front();
             m.lifetimeSeconds = 900;
             require(s).securityMethods << m;
             return Expect{require(s).id, f("securityMethods[2]")};
         }},
        {"AES-GCM with SHA-256 integrity is an error", "IPS-039", Error, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::AesGcm256, Integrity::Sha256), "espIntegrity");
         }},
        {"AES-GCM-128 with AES-GMAC-256 is an error", "IPS-039", Error, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::AesGcm128, Integrity::AesGmac256), "espIntegrity");
         }},
        {"AES-GCM-128 with AES-GMAC-128 is fine", "IPS-039", Error, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::AesGcm128, Integrity::AesGmac128), "espIntegrity");
         }},
        // ---- Policies and key exchange ----
        {"key exchange settings without methods are an error", "IPS-040", Error, Fires, none,
         [](StoreData &s) {
             dc(s).ike.methods.clear();
             return Expect{dc(s).id, f("ike.methods")};
         }},
        {"one key exchange method is enough", "IPS-040", Error, Silent, none,
         [](StoreData &s) {
             dc(s).ike.methods.removeLast();
             return Expect{dc(s).id, f("ike.methods")};
         }},
        {"a master key lifetime of 3000 minutes is warned about", "IPS-041", Warning, Fires, none,
         [](StoreData &s) {
             dc(s).ike.lifetimeMinutes = 3000;
             return Expect{dc(s).id, f("ike.lifetimeMinutes")};
         }},
        {"a master key lifetime of 10 minutes is fine", "IPS-041", Warning, Silent, none,
         [](StoreData &s) {
             dc(s).ike.lifetimeMinutes = 10;
             return Expect{dc(s).id, f("ike.lifetimeMinutes")};
         }},
        {"a polling interval of 0 is reported as the default", "IPS-042", Info, Fires, none,
         [](StoreData &s) {
             dc(s).pollingIntervalMinutes = 0;
             return Expect{dc(s).id, f("pollingIntervalMinutes")};
         }},
        {"a master key lifetime of 0 is reported as the default", "IPS-042", Info, Fires, none,
         [](StoreData &s) {
             dc(s).ike.lifetimeMinutes = 0;
             return Expect{dc(s).id, f("ike.lifetimeMinutes")};
         }},
        {"a polling interval of 5 minutes is fine", "IPS-042", Info, Silent, none,
         [](StoreData &s) {
             dc(s).pollingIntervalMinutes = 5;
             return Expect{dc(s).id, f("pollingIntervalMinutes")};
         }},
        {"master key PFS with unlimited sessions is warned about", "IPS-043", Warning, Fires, none,
         [](StoreData &s) {
             dc(s).ike.masterKeyPfs = true;
             return Expect{dc(s).id, f("ike.quickModesPerMainMode")};
         }},
        {"master key PFS with one session per master key is fine", "IPS-043", Warning, Silent, none,
         [](StoreData &s) {
             dc(s).ike.masterKeyPfs = true;
             dc(s).ike.quickModesPerMainMode = 1;
             return Expect{dc(s).id, f("ike.quickModesPerMainMode")};
         }},
        {"AES-GCM in main mode is an error", "IPS-044", Error, Fires, none,
         [](StoreData &s) { return onIke(s, {Encryption::AesGcm128, Integrity::Sha256, DhGroup::Group20}, "encryption"); }},
        {"no integrity in main mode is an error", "IPS-044", Error, Fires, none,
         [](StoreData &s) { return onIke(s, {Encryption::Aes256, Integrity::None, DhGroup::Group20}, "integrity"); }},
        {"AES-256 with SHA-384 in main mode is fine", "IPS-044", Error, Silent, none,
         [](StoreData &s) { return onIke(s, {Encryption::Aes256, Integrity::Sha384, DhGroup::Group20}, "encryption"); }},
        {"an active default response rule on Windows Vista is warned about", "IPS-045", Warning, Fires, none,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsVistaOrLater);
             return Expect{e.objectId, f("active")};
         }},
        {"an active default response rule for Windows XP is fine", "IPS-045", Warning, Silent, none,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsXP);
             return Expect{e.objectId, f("active")};
         }},
        {"a policy whose rules are all inactive is reported", "IPS-046", Info, Fires, none,
         [](StoreData &s) {
             policyNamed(s, "Lab").rules[0].active = false;
             return Expect{policyNamed(s, "Lab").id, f("rules")};
         }},
        {"a policy with only a default response rule for Windows XP takes effect", "IPS-046", Info, Silent, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             Policy &lab = policyNamed(s, "Lab");
             lab.rules.clear();
             lab.defaultResponse.active = true;
             lab.defaultResponse.authMethods = {AuthMethod::kerberos()};
             lab.defaultResponse.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
             return Expect{lab.id, f("rules")};
         }},
        // ---- Authentication ----
        {"a negotiating rule without authentication methods is an error", "IPS-050", Error, Fires, none,
         [](StoreData &s) {
             https(s).authMethods.clear();
             return Expect{https(s).id, f("authMethods")};
         }},
        {"an active default response rule without authentication methods is an error", "IPS-050", Error, Fires,
         none,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsXP);
             dc(s).defaultResponse.authMethods.clear();
             return Expect{e.objectId, f("authMethods")};
         }},
        {"a permit rule needs no authentication method", "IPS-050", Error, Silent, none,
         [](StoreData &s) {
             ruleNamed(s, "Datacenter", "ICMP").authMethods.clear();
             return Expect{ruleNamed(s, "Datacenter", "ICMP").id, f("authMethods")};
         }},
        {"certificate authentication without a CA is an error", "IPS-051", Error, Fires, none,
         [](StoreData &s) {
             https(s).authMethods[0] = AuthMethod::certificate(f(""));
             return Expect{https(s).id, f("authMethods[0].value")};
         }},
        {"certificate authentication with a CA is fine", "IPS-051", Error, Silent, none,
         [](StoreData &s) { return Expect{https(s).id, f("authMethods[0].value")}; }},
        {"an empty preshared key is an error", "IPS-052", Error, Fires, none,
         [](StoreData &s) {
             https(s).authMethods << AuthMethod::presharedKey({});
             return Expect{https(s).id, f("authMethods[2].value")};
         }},
        {"a preshared key with text is not empty", "IPS-052", Error, Silent, none,
         [](StoreData &s) {
             https(s).authMethods << AuthMethod::presharedKey(f("k"));
             return Expect{https(s).id, f("authMethods[2].value")};
         }},
        {"Kerberos listed twice is warned about", "IPS-053", Warning, Fires, none,
         [](StoreData &s) {
             https(s).authMethods << AuthMethod::kerberos();
             return Expect{https(s).id, f("authMethods[2]")};
         }},
        {"two certificates from different CAs are fine", "IPS-053", Warning, Silent, none,
         [](StoreData &s) {
             https(s).authMethods << AuthMethod::certificate(f("CN=Other Root"));
             return Expect{https(s).id, f("authMethods[2]")};
         }},
        // ---- Weak cryptography ----
        {"3DES in a security method is warned about", "IPS-060", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha256), "espEncryption");
         }},
        {"DES in main mode is warned about", "IPS-060", Warning, Fires, none,
         [](StoreData &s) { return onIke(s, {Encryption::Des, Integrity::Sha256, DhGroup::Group14}, "encryption"); }},
        {"AES-128 is not weak", "IPS-060", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes128, Integrity::Sha256), "espEncryption");
         }},
        {"SHA1 in ESP is warned about", "IPS-061", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha1), "espIntegrity");
         }},
        {"MD5 in AH is warned about", "IPS-061", Warning, Fires, none,
         [](StoreData &s) { return onMethod(s, SecurityMethod::ah(Integrity::Md5), "ahIntegrity"); }},
        {"MD5 in main mode is warned about", "IPS-061", Warning, Fires, none,
         [](StoreData &s) { return onIke(s, {Encryption::Aes256, Integrity::Md5, DhGroup::Group14}, "integrity"); }},
        {"SHA-256 is not weak", "IPS-061", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256), "espIntegrity");
         }},
        {"DH group 2 is warned about", "IPS-062", Warning, Fires, none,
         [](StoreData &s) { return onIke(s, {Encryption::Aes256, Integrity::Sha256, DhGroup::Group2}, "dhGroup"); }},
        {"DH group 14 is not weak", "IPS-062", Warning, Silent, none,
         [](StoreData &s) { return onIke(s, {Encryption::Aes256, Integrity::Sha256, DhGroup::Group14}, "dhGroup"); }},
        {"a preshared key on a negotiating rule is warned about", "IPS-063", Warning, Fires, none,
         [](StoreData &s) {
             https(s).authMethods = {AuthMethod::presharedKey(f("correct horse"))};
             return Expect{https(s).id, f("authMethods[0]")};
         }},
        {"a preshared key on a permit rule is not used, so not warned about", "IPS-063", Warning, Silent, none,
         [](StoreData &s) {
             Rule &icmp = ruleNamed(s, "Datacenter", "ICMP");
             icmp.authMethods = {AuthMethod::presharedKey(f("correct horse"))};
             return Expect{icmp.id, f("authMethods[0]")};
         }},
        {"ESP encryption without integrity is warned about", "IPS-064", Warning, Fires, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::None), "espIntegrity");
         }},
        {"ESP encryption with integrity is fine", "IPS-064", Warning, Silent, none,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256), "espIntegrity");
         }},
        // ---- Windows versions ----
        {"an IPv6 filter for Windows XP is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             webFilter(s, 1).destination = FilterAddress::subnet(ip("2001:db8::"), 64);
             return onFilter(s, "destination", 1);
         }},
        {"an address range for Windows Server 2003 is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsServer2003;
             webFilter(s).source = FilterAddress::range(ip("10.0.1.1"), ip("10.0.1.9"));
             return onFilter(s, "source");
         }},
        {"a port range for Windows Server 2003 is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsServer2003;
             webFilter(s).destinationPort = {8000, 8080};
             return onFilter(s, "destinationPort");
         }},
        {"a destination server keyword for Windows XP is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             webFilter(s, 1).destination = FilterAddress::server(AddressKind::DnsServers);
             return onFilter(s, "destination", 1);
         }},
        {"DH group 14 for Windows 2000 is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::Windows2000;
             return onIke(s, {Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14}, "dhGroup");
         }},
        {"AES for Windows XP is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha1), "espEncryption");
         }},
        {"an IPv6 tunnel endpoint for Windows Server 2003 is an error", "IPS-070", Error, Fires, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsServer2003;
             tunnelOut(s).tunnel = {TunnelKind::Address, ip("2001:db8::1"), {}};
             return Expect{tunnelOut(s).id, f("tunnel.address")};
         }},
        {"a destination server keyword for Windows Server 2003 is fine", "IPS-070", Error, Silent, none,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsServer2003;
             webFilter(s, 1).destination = FilterAddress::server(AddressKind::DnsServers);
             return onFilter(s, "destination", 1);
         }},
        {"an IPv6 filter for Windows Vista is fine", "IPS-070", Error, Silent, none,
         [](StoreData &s) {
             webFilter(s, 1).destination = FilterAddress::subnet(ip("2001:db8::"), 64);
             return onFilter(s, "destination", 1);
         }},
        // ---- Export targets ----
        {"AES-GCM cannot be exported as netsh", "IPS-080", Error, Fires, netsh,
         [](StoreData &s) { return Expect{require(s).id, f("securityMethods[0].espEncryption")}; }},
        {"ECDH P-384 cannot be exported as ipsecData", "IPS-080", Error, Fires, ipsecData,
         [](StoreData &s) { return Expect{dc(s).id, f("ike.methods[0].dhGroup")}; }},
        {"AES-GCM can be exported to WFAS", "IPS-080", Error, Silent, wfas,
         [](StoreData &s) { return Expect{require(s).id, f("securityMethods[0].espEncryption")}; }},
        {"3DES can be exported as netsh", "IPS-080", Error, Silent, netsh,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1), "espEncryption");
         }},
        {"a port range cannot be exported as netsh", "IPS-081", Error, Fires, netsh,
         [](StoreData &s) {
             webFilter(s).destinationPort = {8000, 8080};
             return onFilter(s, "destinationPort");
         }},
        {"a port range can be exported as ipsecData", "IPS-081", Error, Silent, ipsecData,
         [](StoreData &s) {
             webFilter(s).destinationPort = {8000, 8080};
             return onFilter(s, "destinationPort");
         }},
        {"an IPv6 tunnel endpoint cannot be exported as netsh", "IPS-081", Error, Fires, netsh,
         [](StoreData &s) {
             tunnelOut(s).tunnel = {TunnelKind::Address, ip("2001:db8::1"), {}};
             return Expect{tunnelOut(s).id, f("tunnel.address")};
         }},
        {"a double quote in a filter list name cannot be exported as netsh", "IPS-081", Error, Fires, netsh,
         [](StoreData &s) {
             FilterList &list = web(s);
             list.name = f("Web \"front\"");
             return Expect{list.id, f("name")};
         }},
        {"a line break in a filter description cannot be exported as netsh", "IPS-081", Error, Fires, netsh,
         [](StoreData &s) {
             webFilter(s).description = f("first\nsecond");
             return onFilter(s, "description");
         }},
        {"a double quote in a preshared key cannot be exported as netsh", "IPS-081", Error, Fires, netsh,
         [](StoreData &s) {
             https(s).authMethods = {AuthMethod::presharedKey(f("pa\"ss"))};
             return Expect{https(s).id, f("authMethods[0].value")};
         }},
        {"a double quote in a name can be exported as ipsecData", "IPS-081", Error, Silent, ipsecData,
         [](StoreData &s) {
             FilterList &list = web(s);
             list.name = f("Web \"front\"");
             return Expect{list.id, f("name")};
         }},
        {"a one-way transport filter cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             webFilter(s).mirrored = false;
             return onFilter(s, "mirrored");
         }},
        {"one-way filters of a tunnel rule can be exported to WFAS", "IPS-081", Error, Silent, wfas,
         [](StoreData &s) { return Expect{tunnelFilter(s).id, f("mirrored")}; }},
        {"a DNS name filter address cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::dns(f("app.example.com"));
             return onFilter(s, "destination");
         }},
        {"a DNS name filter address can be exported as netsh", "IPS-081", Error, Silent, netsh,
         [](StoreData &s) {
             webFilter(s).destination = FilterAddress::dns(f("app.example.com"));
             return onFilter(s, "destination");
         }},
        {"a tunnel filter limited to TCP cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             tunnelFilter(s).protocol = protocol::Tcp;
             return Expect{tunnelFilter(s).id, f("protocol")};
         }},
        {"a tunnel filter to any cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             tunnelFilter(s).destination = FilterAddress::any();
             return Expect{tunnelFilter(s).id, f("destination")};
         }},
        {"a tunnel endpoint given by DNS name cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             tunnelOut(s).tunnel = {TunnelKind::DnsName, {}, f("gw.example.com")};
             return Expect{tunnelOut(s).id, f("tunnel.dnsName")};
         }},
        {"a multicast destination cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             webFilter(s, 1).destination = FilterAddress::host(ip("239.1.1.1"));
             return onFilter(s, "destination", 1);
         }},
        {"AH+ESP with different integrity cannot be exported to WFAS", "IPS-081", Error, Fires, wfas,
         [](StoreData &s) {
             return onMethod(s,
                             {IpsecProtocol::AhAndEsp, Integrity::Sha256, Encryption::Aes256, Integrity::Sha384, 0, 0},
                             "espIntegrity");
         }},
        {"an active default response rule is dropped by WFAS", "IPS-082", Warning, Fires, wfas,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsVistaOrLater);
             return Expect{e.objectId, f("active")};
         }},
        {"an active default response rule is carried by netsh", "IPS-082", Warning, Silent, netsh,
         [](StoreData &s) {
             const Expect e = activeDefaultResponse(s, WindowsTarget::WindowsVistaOrLater);
             return Expect{e.objectId, f("active")};
         }},
        {"key exchange methods with different DH groups are approximate in WFAS", "IPS-082", Warning, Fires, wfas,
         [](StoreData &s) {
             dc(s).ike.methods.back().dhGroup = DhGroup::Group14;
             return Expect{dc(s).id, f("ike.methods")};
         }},
        {"inpass without soft has no exact WFAS action", "IPS-082", Warning, Fires, wfas,
         [](StoreData &s) {
             require(s).acceptUnsecured = true;
             return Expect{require(s).id, f("acceptUnsecured")};
         }},
        {"soft without inpass is approximate in WFAS", "IPS-082", Warning, Fires, wfas,
         [](StoreData &s) {
             require(s).allowFallback = true;
             return Expect{require(s).id, f("allowFallback")};
         }},
        {"inpass with soft maps exactly to WFAS Boundary", "IPS-082", Warning, Silent, wfas,
         [](StoreData &s) {
             require(s).acceptUnsecured = true;
             require(s).allowFallback = true;
             return Expect{require(s).id, f("acceptUnsecured")};
         }},
        {"a session key lifetime of 48 hours is cut to 2879 minutes in WFAS", "IPS-082", Warning, Fires, wfas,
         [](StoreData &s) {
             return onMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 0, 172800),
                             "lifetimeSeconds");
         }},
        {"WFAS for a Windows XP store is an error", "IPS-083", Error, Fires, wfas,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             return Expect{QUuid(), f("target")};
         }},
        {"netsh for a Windows XP store is fine", "IPS-083", Error, Silent, netsh,
         [](StoreData &s) {
             s.info.target = WindowsTarget::WindowsXP;
             return Expect{QUuid(), f("target")};
         }},
        // ---- Analysis: overlaps, intents, crypto baselines ----
        {"a second rule with the same filter and treatment is a duplicate", "IPS-084", Warning, Fires, none,
         [](StoreData &s) { return addDatacenterRule(s, "HTTPS again", webCopy(s), "Require AES"); }},
        {"the original of a duplicate is marked too, so Problems reaches both", "IPS-084", Warning, Fires, none,
         [](StoreData &s) {
             addDatacenterRule(s, "HTTPS again", webCopy(s), "Require AES");
             return Expect{webFilter(s).id, {}};
         }},
        {"a second rule for another port is no duplicate", "IPS-084", Warning, Silent, none,
         [](StoreData &s) {
             Filter other = webCopy(s);
             other.destinationPort = PortRange::single(8443);
             return addDatacenterRule(s, "HTTPS again", other, "Require AES");
         }},
        {"a block rule with the same filter as a negotiate rule is shadowed", "IPS-085", Warning, Fires, none,
         [](StoreData &s) { return addDatacenterRule(s, "Block web", webCopy(s), "Block"); }},
        {"a block rule for one host inside a negotiate rule's subnet is an intended exception", "IPS-085", Warning,
         Silent, none,
         [](StoreData &s) {
             Filter host = webCopy(s);
             host.source = FilterAddress::host(ip("10.0.1.5"));
             return addDatacenterRule(s, "Block one", host, "Block");
         }},
        {"equally specific filters that overlap without nesting and treat traffic differently are ambiguous",
         "IPS-086", Warning, Fires, none,
         [](StoreData &s) {
             Filter other = webCopy(s);
             other.source = FilterAddress::subnet(ip("10.0.1.0"), 25);
             other.destination = FilterAddress::subnet(ip("10.2.27.10"), 31);
             return addDatacenterRule(s, "Block half", other, "Block");
         }},
        {"a nested, more specific filter with another treatment is not ambiguous", "IPS-086", Warning, Silent,
         none,
         [](StoreData &s) {
             Filter other = webCopy(s);
             other.source = FilterAddress::subnet(ip("10.0.1.0"), 25);
             return addDatacenterRule(s, "Block half", other, "Block");
         }},
        {"more overlaps than the limit are counted, not listed", "IPS-087", Info, Fires, none,
         [](StoreData &s) {
             addDatacenterRule(s, "Block web", webCopy(s), "Block");
             addDatacenterRule(s, "Permit web", webCopy(s), "Permit");
             return Expect{dc(s).id, f("rules")};
         },
         "", 1},
        {"overlaps within the limit are all listed", "IPS-087", Info, Silent, none,
         [](StoreData &s) {
             addDatacenterRule(s, "Block web", webCopy(s), "Block");
             return Expect{dc(s).id, f("rules")};
         },
         "", 1},
        {"an intent that expects clear text for encrypted traffic fails", "IPS-088", Error, Fires, none,
         [](StoreData &s) { return addIntent(s, "tcp 10.0.1.5 -> 10.2.27.10:443", Treatment::Permit); }},
        {"an intent that expects negotiation for encrypted traffic passes", "IPS-088", Error, Silent, none,
         [](StoreData &s) { return addIntent(s, "tcp 10.0.1.5 -> 10.2.27.10:443", Treatment::Negotiate); }},
        {"an intent whose packet meets a tie is undecided", "IPS-089", Warning, Fires, none,
         [](StoreData &s) {
             addDatacenterRule(s, "Block web", webCopy(s), "Block");
             return addIntent(s, "tcp 10.0.1.5 -> 10.2.27.10:443", Treatment::Negotiate);
         }},
        {"an intent whose packet one filter decides is not undecided", "IPS-089", Warning, Silent, none,
         [](StoreData &s) {
             addDatacenterRule(s, "Block web", webCopy(s), "Block");
             return addIntent(s, "udp me -> 10.2.27.1:53", Treatment::Negotiate);
         }},
        {"an intent whose packet does not parse cannot be checked", "IPS-090", Error, Fires, none,
         [](StoreData &s) { return addIntent(s, "tcp nowhere -> 10.2.27.10:443", Treatment::Negotiate); }},
        {"an intent for an existing policy with a well-formed packet can be checked", "IPS-090", Error, Silent,
         none, [](StoreData &s) { return addIntent(s, "icmp me -> 192.0.2.1", Treatment::Permit); }},
        {"3DES is below the modern baseline", "IPS-091", Error, Fires, none,
         [](StoreData &s) {
             return addMethod(s, SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha256), "espEncryption");
         },
         "modern"},
        {"3DES meets the Windows defaults baseline", "IPS-091", Error, Silent, none,
         [](StoreData &s) {
             return addMethod(s, SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha256), "espEncryption");
         },
         "windows-defaults"},
        {"SHA1 is below the modern baseline", "IPS-092", Error, Fires, none,
         [](StoreData &s) {
             return addMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha1), "espIntegrity");
         },
         "modern"},
        {"SHA1 meets the legacy-strongest baseline", "IPS-092", Error, Silent, none,
         [](StoreData &s) {
             return addMethod(s, SecurityMethod::esp(Encryption::Aes256, Integrity::Sha1), "espIntegrity");
         },
         "legacy-strongest"},
        {"DH group 2 is below the legacy-strongest baseline", "IPS-093", Error, Fires, none,
         [](StoreData &s) {
             dc(s).ike.methods.append({Encryption::Aes256, Integrity::Sha256, DhGroup::Group2});
             return Expect{dc(s).id, f("ike.methods[2].dhGroup")};
         },
         "legacy-strongest"},
        {"DH group 2 meets the Windows defaults baseline", "IPS-093", Error, Silent, none,
         [](StoreData &s) {
             dc(s).ike.methods.append({Encryption::Aes256, Integrity::Sha256, DhGroup::Group2});
             return Expect{dc(s).id, f("ike.methods[2].dhGroup")};
         },
         "windows-defaults"},
        {"a preshared key is outside the modern baseline", "IPS-094", Error, Fires, none,
         [](StoreData &s) {
             https(s).authMethods.append(AuthMethod::presharedKey(f("secret")));
             return Expect{https(s).id, f("authMethods[2]")};
         },
         "modern"},
        {"a preshared key is allowed by the Windows defaults baseline", "IPS-094", Error, Silent, none,
         [](StoreData &s) {
             https(s).authMethods.append(AuthMethod::presharedKey(f("secret")));
             return Expect{https(s).id, f("authMethods[2]")};
         },
         "windows-defaults"},
    };
    return all;
}

const Finding *findFinding(const Findings &findings, const QString &code, const Expect &e, bool matchField)
{
    for (const Finding &fi : findings)
        if (fi.code == code && fi.location.objectId == e.objectId &&
            (!matchField || fi.location.field == e.field))
            return &fi;
    return nullptr;
}

QString dump(const Findings &findings)
{
    QStringList lines;
    for (const Finding &fi : findings)
        lines << fi.toString();
    return lines.join(u'\n');
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    void everyCodeFiresOnlyWhereItShould_data();
    void everyCodeFiresOnlyWhereItShould();
    void theCatalogueListsExactlyTheCodesTheTestsFire();
    void docsListEveryCodeWithItsSeverityAndMeaning();
    void aCleanRealisticStoreHasNoFindings_data();
    void aCleanRealisticStoreHasNoFindings();
    void theLegacyReferenceScenarioIsExportableAsNetsh();
    void modernAlgorithmsAreNotExportableAsNetsh();
    void presharedKeysNeverAppearInFindings();
    void findingsLocateTheirObjects();
    void duplicateFiltersNameTheFirstCopyInListOrder();
    void targetNamesRoundTrip();
};

void TestValidator::everyCodeFiresOnlyWhereItShould_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].sentence) << static_cast<int>(i);
}

void TestValidator::everyCodeFiresOnlyWhereItShould()
{
    QFETCH(int, index);
    const Case &c = cases()[static_cast<std::size_t>(index)];
    StoreData store = cleanModernStore();
    const Expect e = c.mutate(store);
    ValidationOptions options{c.targets, QString::fromLatin1(c.baseline), c.maxOverlapsPerPolicy};
    const Findings findings = validate(store, options);
    const QString code = QString::fromLatin1(c.code);
    if (c.fires) {
        const Finding *hit = findFinding(findings, code, e, true);
        QVERIFY2(hit, qPrintable(QStringLiteral("expected %1 on %2 (%3), got:\n%4")
                                     .arg(code, e.objectId.toString(), e.field, dump(findings))));
        QCOMPARE(hit->severity, c.severity);
        QVERIFY(!hit->message.isEmpty());
        QVERIFY(!hit->hint.isEmpty());
        QVERIFY(!hit->location.objectPath.isEmpty());
    } else {
        const Finding *hit = findFinding(findings, code, e, false);
        QVERIFY2(!hit, qPrintable(QStringLiteral("unexpected: %1").arg(hit ? hit->toString() : QString())));
    }
}

void TestValidator::theCatalogueListsExactlyTheCodesTheTestsFire()
{
    QSet<QString> fired;
    QHash<QString, Severity> severities;
    for (const Case &c : cases()) {
        if (!c.fires)
            continue;
        fired.insert(QString::fromLatin1(c.code));
        severities.insert(QString::fromLatin1(c.code), c.severity);
    }
    QSet<QString> catalogued;
    for (const FindingCodeInfo &i : validationCodes()) {
        QVERIFY2(!catalogued.contains(i.code), qPrintable(i.code));
        catalogued.insert(i.code);
        QVERIFY(QRegularExpression(QStringLiteral("^IPS-0\\d\\d$")).match(i.code).hasMatch());
        QVERIFY(!i.title.isEmpty());
        QVERIFY(!i.hint.isEmpty());
        QCOMPARE(severities.value(i.code, i.severity), i.severity);
    }
    QCOMPARE(fired, catalogued);
    // Every code also has a row that shows it silent.
    for (const Case &c : cases())
        if (!c.fires)
            fired.remove(QString::fromLatin1(c.code));
    QVERIFY2(fired.isEmpty(), qPrintable(QStringList(fired.values()).join(u',')));
}

void TestValidator::docsListEveryCodeWithItsSeverityAndMeaning()
{
    QFile doc(QStringLiteral(IPSEC_SOURCE_DIR "/docs/findings.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const FindingCodeInfo &i : validationCodes()) {
        const QString row = QStringLiteral("| %1 | %2 | %3 |").arg(i.code, severityName(i.severity), i.title);
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("docs/findings.md lacks the row ") + row));
    }
}

void TestValidator::aCleanRealisticStoreHasNoFindings_data()
{
    QTest::addColumn<QList<Target>>("targets");
    QTest::newRow("with the common checks only") << QList<Target>{};
    QTest::newRow("for WFAS") << QList<Target>{Target::Wfas};
}

void TestValidator::aCleanRealisticStoreHasNoFindings()
{
    QFETCH(QList<Target>, targets);
    const Findings findings = validate(cleanModernStore(), {targets});
    QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
}

void TestValidator::theLegacyReferenceScenarioIsExportableAsNetsh()
{
    const Findings findings = validate(legacyExpressRouteStore(), {{Target::Netsh, Target::IpsecData}});
    QVERIFY2(!hasErrors(findings), qPrintable(dump(findings)));
    QSet<QString> codes;
    for (const Finding &fi : findings)
        codes.insert(fi.code);
    // 3DES/DES, SHA1/MD5 and DH 1/2 are all weak, and each warning names the stronger choice.
    QCOMPARE(codes, (QSet<QString>{QStringLiteral("IPS-060"), QStringLiteral("IPS-061"),
                                   QStringLiteral("IPS-062")}));
    for (const Finding &fi : findings)
        QVERIFY(fi.hint.contains(QStringLiteral("AES")) || fi.hint.contains(QStringLiteral("SHA-256")) ||
                fi.hint.contains(QStringLiteral("group 14")));
}

void TestValidator::modernAlgorithmsAreNotExportableAsNetsh()
{
    const StoreData store = cleanModernStore();
    QVERIFY(!hasErrors(validate(store, {{Target::Wfas}})));
    const Findings legacy = validate(store, {{Target::Netsh}});
    QVERIFY(hasErrors(legacy));
    for (const Finding &fi : legacy)
        QCOMPARE(fi.code, QStringLiteral("IPS-080"));
    QVERIFY(capabilities(Target::Wfas).modernAlgorithms);
    QVERIFY(!capabilities(Target::Netsh).modernAlgorithms);
    QVERIFY(!capabilities(Target::IpsecData).modernAlgorithms);
}

void TestValidator::presharedKeysNeverAppearInFindings()
{
    const QString key = QStringLiteral("Tr0ub4dor\"&3-secret");
    StoreData s = cleanModernStore();
    s.info.target = WindowsTarget::WindowsXP;
    https(s).authMethods = {AuthMethod::presharedKey(key), AuthMethod::presharedKey(key)};
    dc(s).defaultResponse.active = true;
    dc(s).defaultResponse.authMethods = {AuthMethod::presharedKey(key)};
    const Findings findings = validate(s, {{Target::Netsh, Target::IpsecData, Target::Wfas}});
    QVERIFY(findings.size() > 5);
    for (const Finding &fi : findings)
        QVERIFY2(!fi.toString().contains(QStringLiteral("Tr0ub4dor")), qPrintable(fi.toString()));
}

void TestValidator::findingsLocateTheirObjects()
{
    StoreData s = cleanModernStore();
    webFilter(s, 1).protocol = protocol::Icmp;
    https(s).authMethods.clear();
    const Findings findings = validate(s);
    QCOMPARE(findings.size(), 2);
    const Finding &port = findings[0];
    QCOMPARE(port.location.kind, ObjectKind::Filter);
    QCOMPARE(port.location.parentId, web(s).id);
    QCOMPARE(port.location.objectPath, QStringLiteral("Filter list 'Web servers' / Filter 2"));
    QVERIFY(
        port.message.contains(QStringLiteral("filter 2 of filter list 'Web servers'"), Qt::CaseInsensitive));
    const Finding &auth = findings[1];
    QCOMPARE(auth.location.kind, ObjectKind::Rule);
    QCOMPARE(auth.location.parentId, dc(s).id);
    QCOMPARE(auth.location.objectPath, QStringLiteral("Policy 'Datacenter' / Rule 'HTTPS'"));
    QVERIFY(auth.message.contains(QStringLiteral("'HTTPS'")));
}

void TestValidator::duplicateFiltersNameTheFirstCopyInListOrder()
{
    StoreData s = cleanModernStore();
    FilterList &list = web(s);
    const Filter a = list.filters[0];
    const Filter b = list.filters[1];
    for (const Filter &original : {a, b, a}) {
        Filter copy = original;
        copy.id = newId();
        list.filters.push_back(copy);
    }
    const Findings findings = validate(s);
    QCOMPARE(findings.size(), 3);
    const QList<std::pair<QUuid, int>> expected{
        {list.filters[2].id, 1}, {list.filters[3].id, 2}, {list.filters[4].id, 1}};
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QCOMPARE(findings[i].code, QStringLiteral("IPS-012"));
        QCOMPARE(findings[i].location.objectId, expected[i].first);
        QVERIFY2(findings[i].message.endsWith(QStringLiteral("as filter %1.").arg(expected[i].second)),
                 qPrintable(findings[i].message));
    }
}

void TestValidator::targetNamesRoundTrip()
{
    for (Target t : {Target::Netsh, Target::IpsecData, Target::Wfas}) {
        QCOMPARE(targetFromName(targetName(t)), std::optional<Target>(t));
        QCOMPARE(capabilities(t).target, t);
        QVERIFY(!targetDisplayName(t).isEmpty());
    }
    QCOMPARE(targetName(Target::IpsecData), QStringLiteral("ipsecdata"));
    QCOMPARE(targetFromName(QStringLiteral("WFAS")), std::optional<Target>(Target::Wfas));
    QCOMPARE(targetFromName(QStringLiteral("json")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
