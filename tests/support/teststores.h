// Stores the validation tests start from: a clean modern one (no findings at all) and the legacy reference
// scenario (exportable as netsh: warnings about its weak algorithms, no errors).
#pragma once

#include "core/types.h"
#include "testvalues.h"

#include <QTest>

namespace ipsec::test {

inline Filter filter(FilterAddress source, FilterAddress destination, std::uint8_t proto = protocol::Any,
                     PortRange destinationPort = {}, bool mirrored = true)
{
    Filter f;
    f.id = newId();
    f.mirrored = mirrored;
    f.source = std::move(source);
    f.destination = std::move(destination);
    f.protocol = proto;
    f.destinationPort = destinationPort;
    return f;
}

inline FilterList &listNamed(StoreData &s, const char *name)
{
    for (FilterList &l : s.filterLists)
        if (l.name == QLatin1String(name))
            return l;
    qFatal("no filter list %s", name);
}
inline FilterAction &actionNamed(StoreData &s, const char *name)
{
    for (FilterAction &a : s.filterActions)
        if (a.name == QLatin1String(name))
            return a;
    qFatal("no filter action %s", name);
}
inline Policy &policyNamed(StoreData &s, const char *name)
{
    for (Policy &p : s.policies)
        if (p.name == QLatin1String(name))
            return p;
    qFatal("no policy %s", name);
}
inline Rule &ruleNamed(StoreData &s, const char *policy, const char *name)
{
    for (Rule &r : policyNamed(s, policy).rules)
        if (r.name == QLatin1String(name))
            return r;
    qFatal("no rule %s", name);
}

inline Rule rule(const char *name, const FilterList &list, const FilterAction &action, QList<AuthMethod> auth)
{
    Rule r;
    r.id = newId();
    r.name = QString::fromLatin1(name);
    r.filterList = list.id;
    r.filterAction = action.id;
    r.authMethods = std::move(auth);
    return r;
}

// A data centre policy as an engineer would write it today: AES-GCM, SHA-256, ECDH, certificates and
// Kerberos, a site-to-site tunnel pair with one-way filters, an ICMP exemption. Validates without findings.
inline StoreData cleanModernStore()
{
    StoreData s;
    s.info.name = QStringLiteral("Datacenter");
    s.info.target = WindowsTarget::WindowsVistaOrLater;

    FilterList web{newId(), QStringLiteral("Web servers"), QStringLiteral("HTTPS and DNS"), {}};
    web.filters.push_back(filter(FilterAddress::subnet(ip("10.0.1.0"), 24),
                                 FilterAddress::host(ip("10.2.27.10")), protocol::Tcp,
                                 PortRange::single(443)));
    web.filters.push_back(filter(FilterAddress::me(), FilterAddress::subnet(ip("10.2.27.0"), 25),
                                 protocol::Udp, PortRange::single(53)));
    FilterList icmp{newId(), QStringLiteral("All ICMP"), {}, {}};
    icmp.filters.push_back(filter(FilterAddress::me(), FilterAddress::any(), protocol::Icmp));
    FilterList tunnelOut{newId(), QStringLiteral("Branch tunnel out"), {}, {}};
    tunnelOut.filters.push_back(filter(FilterAddress::subnet(ip("10.0.1.0"), 24),
                                       FilterAddress::subnet(ip("192.168.50.0"), 24), protocol::Any, {},
                                       false));
    FilterList tunnelIn{newId(), QStringLiteral("Branch tunnel in"), {}, {}};
    tunnelIn.filters.push_back(filter(FilterAddress::subnet(ip("192.168.50.0"), 24),
                                      FilterAddress::subnet(ip("10.0.1.0"), 24), protocol::Any, {}, false));

    FilterAction require{newId(), QStringLiteral("Require AES"), {}, ActionKind::Negotiate, {}, false, false,
                         false};
    require.securityMethods = {
        SecurityMethod::esp(Encryption::AesGcm256, Integrity::AesGmac256, 100000, 3600),
        SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256, 100000, 3600)};
    FilterAction permit{newId(), QStringLiteral("Permit"), {}, ActionKind::Permit, {}, false, false, false};
    FilterAction block{newId(), QStringLiteral("Block"), {}, ActionKind::Block, {}, false, false, false};

    const auto cert = AuthMethod::certificate(QStringLiteral("CN=Example Root CA, O=Example, C=DE"));
    Policy dc;
    dc.id = newId();
    dc.name = QStringLiteral("Datacenter");
    dc.ike.id = newId();
    dc.ike.methods = {{Encryption::Aes256, Integrity::Sha384, DhGroup::Group20},
                      {Encryption::Aes128, Integrity::Sha256, DhGroup::Group20}};
    dc.defaultResponse.id = newId();
    dc.defaultResponse.authMethods = {AuthMethod::kerberos()};
    dc.defaultResponse.securityMethods = {SecurityMethod::esp(Encryption::Aes256, Integrity::Sha256)};
    dc.rules = {rule("HTTPS", web, require, {cert, AuthMethod::kerberos()}),
                rule("ICMP", icmp, permit, {AuthMethod::kerberos()})};
    Rule out = rule("Tunnel out", tunnelOut, require, {cert});
    out.tunnel = {TunnelKind::Address, ip("203.0.113.2"), {}};
    Rule in = rule("Tunnel in", tunnelIn, require, {cert});
    in.tunnel = {TunnelKind::Address, ip("198.51.100.1"), {}};
    dc.rules << out << in;
    dc.assigned = true;

    Policy lab;
    lab.id = newId();
    lab.name = QStringLiteral("Lab");
    lab.ike = dc.ike;
    lab.ike.id = newId();
    lab.defaultResponse.id = newId();
    lab.rules = {rule("Block web", web, block, {AuthMethod::kerberos()})};

    s.filterLists = {web, icmp, tunnelOut, tunnelIn};
    s.filterActions = {require, permit, block};
    s.policies = {dc, lab};
    return s;
}

// The reference scenario expressroute-http8080 (issue 2, item 4): legacy algorithms, Kerberos, mirrored
// filters.
inline StoreData legacyExpressRouteStore()
{
    StoreData s;
    s.info.target = WindowsTarget::WindowsVistaOrLater;
    FilterList l{newId(), QStringLiteral("azure-onpremises-HTTP8080"), {}, {}};
    l.filters.push_back(filter(FilterAddress::subnet(ip("10.0.1.0"), 24),
                               FilterAddress::subnet(ip("10.2.27.0"), 25), protocol::Tcp,
                               PortRange::single(8080)));
    l.filters.push_back(filter(FilterAddress::subnet(ip("10.2.27.0"), 25),
                               FilterAddress::subnet(ip("10.0.1.0"), 24), protocol::Tcp,
                               PortRange::single(8080)));
    FilterAction a{newId(), QStringLiteral("myEncryption"), {}, ActionKind::Negotiate, {}, false, false,
                   false};
    a.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("policy-azure-onpremises");
    p.ike.id = newId();
    p.ike.methods = {{Encryption::TripleDes, Integrity::Sha1, DhGroup::Group2},
                     {Encryption::TripleDes, Integrity::Md5, DhGroup::Group2},
                     {Encryption::Des, Integrity::Sha1, DhGroup::Group1},
                     {Encryption::Des, Integrity::Md5, DhGroup::Group1}};
    p.defaultResponse.id = newId();
    p.rules = {rule("azure-onpremises-HTTP8080", l, a, {AuthMethod::kerberos()})};
    p.assigned = true;
    s.filterLists = {l};
    s.filterActions = {a};
    s.policies = {p};
    return s;
}

} // namespace ipsec::test
