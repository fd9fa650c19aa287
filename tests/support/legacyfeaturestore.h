// Hand-built stores that use every feature the legacy format has, shared by the gpipsec and samba tests.
#pragma once

#include "core/types.h"
#include "testvalues.h"

namespace ipsec::test {

// Every legacy feature: IPv4/IPv6 hosts, subnets and ranges, DNS names, the four server keywords on either
// side, `me`, ports and port ranges, protocols; permit, block, negotiate with inpass, soft and PFS; AH, ESP,
// AH+ESP with DES/3DES/None and MD5/SHA1 and lifetimes; IKE DH 1/2/2048 with master PFS and a QM limit;
// Kerberos, PSK and certificates with both flags; IPv4, IPv6 and DNS tunnels; every connection type; inactive
// rules; default response rules active and inactive; one assigned policy.
inline StoreData everyLegacyFeatureStore()
{
    StoreData s;
    int n = 1;
    auto filter = [&n](FilterAddress src, FilterAddress dst, std::uint8_t protocol = protocol::Any,
                       PortRange sp = {}, PortRange dp = {}, bool mirrored = true, QString description = {}) {
        return Filter{
            fixedId(n++), std::move(description), mirrored, std::move(src), std::move(dst), protocol, sp, dp};
    };

    FilterList legacy{fixedId(100), QStringLiteral("Legacy IPv4"), QStringLiteral("v1 only"), {}};
    legacy.filters = {
        filter(FilterAddress::me(), FilterAddress::any()),
        filter(FilterAddress::any(), FilterAddress::host(ip("192.0.2.10")), protocol::Udp,
               PortRange::single(1701), {}, true, QStringLiteral("L2TP")),
        filter(FilterAddress::subnet(ip("10.1.0.0"), 16),
               FilterAddress::subnet(ip("10.2.0.0"), ip("255.255.255.0")), protocol::Tcp, {},
               PortRange::single(443), false),
        filter(FilterAddress::me(), FilterAddress::dns(QStringLiteral("server.ipsectest.com")),
               protocol::Icmp),
        filter(FilterAddress::server(AddressKind::DnsServers), FilterAddress::me(), protocol::Udp,
               PortRange::single(53)),
        filter(FilterAddress::me(), FilterAddress::server(AddressKind::WinsServers)),
        filter(FilterAddress::server(AddressKind::DhcpServer), FilterAddress::me()),
        filter(FilterAddress::me(), FilterAddress::server(AddressKind::DefaultGateway), protocol::Raw),
        filter(FilterAddress::dns(QStringLiteral("client.ipsectest.com")), FilterAddress::any(), 47),
    };
    FilterList vista{fixedId(101), QStringLiteral("Vista ranges and IPv6"), {}, {}};
    vista.filters = {
        filter(FilterAddress::range(ip("10.0.0.5"), ip("10.0.0.77")), FilterAddress::any(), protocol::Tcp, {},
               PortRange{8080, 8090}),
        filter(FilterAddress::me(), FilterAddress::host(ip("2001:db8::1")), protocol::Tcp,
               PortRange::single(22)),
        filter(FilterAddress::subnet(ip("2001:db8:1::"), 48),
               FilterAddress::range(ip("fe80::1"), ip("fe80::ff"))),
        filter(FilterAddress::server(AddressKind::DnsServers), FilterAddress::me(), protocol::Udp),
        filter(FilterAddress::me(), FilterAddress::any(), protocol::Udp, PortRange{1000, 2000},
               PortRange::single(500), false, QStringLiteral("ports")),
        filter(FilterAddress::dns(QStringLiteral("v2.ipsectest.com")), FilterAddress::me()),
    };
    FilterList empty{fixedId(102), QStringLiteral("Empty list"), {}, {}};
    s.filterLists = {legacy, vista, empty};

    FilterAction permit{fixedId(200),
                        QStringLiteral("Permit"),
                        QStringLiteral("let it pass"),
                        ActionKind::Permit,
                        {},
                        false,
                        false,
                        false};
    FilterAction block{fixedId(201), QStringLiteral("Block"), {}, ActionKind::Block, {}, false, false, false};
    FilterAction negotiate{fixedId(202),
                           QStringLiteral("Negotiate everything"),
                           QStringLiteral("all kinds"),
                           ActionKind::Negotiate,
                           {},
                           true,
                           true,
                           true};
    negotiate.securityMethods = {
        SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 900),
        SecurityMethod::esp(Encryption::Des, Integrity::Md5, 50000, 300),
        SecurityMethod::esp(Encryption::None, Integrity::Sha1),
        SecurityMethod::esp(Encryption::TripleDes, Integrity::None),
        SecurityMethod::ah(Integrity::Md5, 20480, 28800),
        SecurityMethod{IpsecProtocol::AhAndEsp, Integrity::Sha1, Encryption::TripleDes, Integrity::Md5, 0,
                       3600},
    };
    FilterAction strict{fixedId(203),
                        QStringLiteral("Require, no fallback"),
                        {},
                        ActionKind::Negotiate,
                        {SecurityMethod::ah(Integrity::Sha1)},
                        false,
                        false,
                        false};
    s.filterActions = {permit, block, negotiate, strict};

    Policy p1;
    p1.id = fixedId(300);
    p1.name = QStringLiteral("Every feature");
    p1.description = QStringLiteral("Uses everything the legacy format has");
    p1.pollingIntervalMinutes = 5;
    p1.ike = IkeSettings{fixedId(301),
                         true,
                         1,
                         10,
                         {IkeMethod{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group14},
                          IkeMethod{Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
                          IkeMethod{Encryption::Des, Integrity::Sha1, DhGroup::Group1}}};
    p1.defaultResponse = DefaultResponseRule{fixedId(302),
                                             fixedId(303),
                                             true,
                                             {AuthMethod::kerberos()},
                                             {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)},
                                             true};
    Rule r1;
    r1.id = fixedId(310);
    r1.name = QStringLiteral("Certificates and keys");
    r1.description = QStringLiteral("auth kinds");
    r1.filterList = legacy.id;
    r1.filterAction = negotiate.id;
    r1.authMethods = {AuthMethod::certificate(QStringLiteral("CN=Root CA,DC=ipsectest,DC=com"), true, false),
                      AuthMethod::kerberos(), AuthMethod::presharedKey(QStringLiteral("s3cret \"key\" ü")),
                      AuthMethod::certificate(QStringLiteral("CN=Other CA"), false, true),
                      AuthMethod::certificate(QStringLiteral("CN=Both"), true, true)};
    Rule r2;
    r2.id = fixedId(311);
    r2.name = QStringLiteral("IPv4 tunnel on LAN");
    r2.filterList = vista.id;
    r2.filterAction = strict.id;
    r2.authMethods = {AuthMethod::presharedKey(QStringLiteral("psk"))};
    r2.tunnel = TunnelEndpoint{TunnelKind::Address, ip("198.51.100.7"), {}};
    r2.connectionType = ConnectionType::Lan;
    Rule r3;
    r3.id = fixedId(312);
    r3.name = QStringLiteral("IPv6 tunnel, dial-up, inactive");
    r3.filterList = legacy.id;
    r3.filterAction = permit.id;
    r3.authMethods = {AuthMethod::kerberos()};
    r3.tunnel = TunnelEndpoint{TunnelKind::Address, ip("2001:db8::99"), {}};
    r3.connectionType = ConnectionType::RemoteAccess;
    r3.active = false;
    r3.interfaceName = QStringLiteral("Ethernet 2");
    Rule r4;
    r4.id = fixedId(313);
    r4.name = QStringLiteral("DNS tunnel, block");
    r4.filterList = empty.id;
    r4.filterAction = block.id;
    r4.authMethods = {AuthMethod::kerberos()};
    r4.tunnel = TunnelEndpoint{TunnelKind::DnsName, {}, QStringLiteral("gw.ipsectest.com")};
    p1.rules = {r1, r2, r3, r4};
    p1.assigned = true;

    Policy p2;
    p2.id = fixedId(400);
    p2.name = QStringLiteral("Second policy shares lists");
    p2.ike = IkeSettings{
        fixedId(401), false, 0, 480, {IkeMethod{Encryption::Des, Integrity::Md5, DhGroup::Group1}}};
    p2.defaultResponse = DefaultResponseRule{fixedId(402),
                                             fixedId(403),
                                             false,
                                             {AuthMethod::presharedKey(QStringLiteral("dr"))},
                                             {SecurityMethod::ah(Integrity::Sha1)},
                                             false};
    Rule r5;
    r5.id = fixedId(410);
    r5.name = QStringLiteral("Shared");
    r5.filterList = legacy.id;
    r5.filterAction = negotiate.id;
    r5.authMethods = {AuthMethod::kerberos()};
    p2.rules = {r5};
    s.policies = {p1, p2};
    return s;
}

} // namespace ipsec::test

#include "core/enumnames.h"

#include <QStringList>

namespace ipsec::test {

// The first few differences between two stores, in words (for failure messages and template reports).
inline QStringList storeDifferences(const StoreData &actual, const StoreData &expected)
{
    QStringList out;
    auto diff = [&out](const QString &what, bool same) {
        if (!same)
            out << what;
    };
    diff(QStringLiteral("info"), actual.info == expected.info);
    diff(QStringLiteral("number of policies"), actual.policies.size() == expected.policies.size());
    for (const Policy &e : expected.policies) {
        const Policy *a = actual.policy(e.id);
        const QString p = QStringLiteral("policy '%1': ").arg(e.name);
        if (!a) {
            out << p + QStringLiteral("missing");
            continue;
        }
        diff(p + QStringLiteral("name/description"), a->name == e.name && a->description == e.description);
        diff(p + QStringLiteral("polling"), a->pollingIntervalMinutes == e.pollingIntervalMinutes);
        diff(p + QStringLiteral("ike"), a->ike == e.ike);
        diff(p + QStringLiteral("default response"), a->defaultResponse == e.defaultResponse);
        diff(p + QStringLiteral("assigned"), a->assigned == e.assigned);
        diff(p + QStringLiteral("rule count"), a->rules.size() == e.rules.size());
        for (qsizetype i = 0; i < std::min(a->rules.size(), e.rules.size()); ++i) {
            const Rule &ar = a->rules[i];
            const Rule &er = e.rules[i];
            const QString r = p + QStringLiteral("rule %1 '%2': ").arg(i).arg(er.name);
            diff(r + QStringLiteral("id"), ar.id == er.id);
            diff(r + QStringLiteral("name/description '%1' '%2'").arg(ar.name, ar.description),
                 ar.name == er.name && ar.description == er.description);
            diff(r + QStringLiteral("references"),
                 ar.filterList == er.filterList && ar.filterAction == er.filterAction);
            diff(r + QStringLiteral("auth"), ar.authMethods == er.authMethods);
            diff(r + QStringLiteral("tunnel"), ar.tunnel == er.tunnel);
            diff(r + QStringLiteral("connection/active/interface"), ar.connectionType == er.connectionType &&
                                                                        ar.active == er.active &&
                                                                        ar.interfaceName == er.interfaceName);
        }
    }
    diff(QStringLiteral("number of filter lists"), actual.filterLists.size() == expected.filterLists.size());
    for (const FilterList &e : expected.filterLists) {
        const FilterList *a = actual.filterList(e.id);
        if (!a) {
            out << QStringLiteral("filter list '%1' missing").arg(e.name);
            continue;
        }
        diff(QStringLiteral("filter list '%1': name/description").arg(e.name),
             a->name == e.name && a->description == e.description);
        diff(QStringLiteral("filter list '%1': filter count").arg(e.name),
             a->filters.size() == e.filters.size());
        for (std::size_t i = 0; i < std::min(a->filters.size(), e.filters.size()); ++i)
            diff(QStringLiteral("filter list '%1': filter %2 (%3 -> %4 vs %5 -> %6)")
                     .arg(e.name)
                     .arg(i)
                     .arg(formatAddress(a->filters[i].source), formatAddress(a->filters[i].destination),
                          formatAddress(e.filters[i].source), formatAddress(e.filters[i].destination)),
                 a->filters[i] == e.filters[i]);
    }
    diff(QStringLiteral("number of filter actions"),
         actual.filterActions.size() == expected.filterActions.size());
    for (const FilterAction &e : expected.filterActions) {
        const FilterAction *a = actual.filterAction(e.id);
        if (!a) {
            out << QStringLiteral("filter action '%1' missing").arg(e.name);
            continue;
        }
        diff(QStringLiteral("filter action '%1': name/description").arg(e.name),
             a->name == e.name && a->description == e.description);
        diff(QStringLiteral("filter action '%1': action/flags").arg(e.name),
             a->action == e.action && a->acceptUnsecured == e.acceptUnsecured &&
                 a->allowFallback == e.allowFallback && a->sessionKeyPfs == e.sessionKeyPfs);
        diff(QStringLiteral("filter action '%1': security methods").arg(e.name),
             a->securityMethods == e.securityMethods);
    }
    if (out.isEmpty() && !(actual == expected))
        out << QStringLiteral("the order of policies, filter lists or filter actions");
    return out;
}

} // namespace ipsec::test
