// A small store with every kind of object, shared by the item model and undo tests.
#pragma once

#include "core/types.h"

namespace ipsec::test {

inline Filter makeFilter(const QString &description, const char *destination,
                         std::uint8_t proto = protocol::Any, std::uint16_t destinationPort = 0)
{
    Filter f;
    f.id = newId();
    f.description = description;
    f.source = FilterAddress::me();
    f.destination = FilterAddress::host(IpAddress::parse(QString::fromLatin1(destination)).value());
    f.protocol = proto;
    if (destinationPort)
        f.destinationPort = PortRange::single(destinationPort);
    return f;
}

// Lists "Web servers" (3 filters) and "All ICMP" (1), actions "Permit" and "Require Security" (2 methods),
// policies "Branch" (2 rules, assigned) and "Lab" (1 rule, using the same list: shared).
inline StoreData sampleStore()
{
    StoreData d;
    d.info.name = QStringLiteral("sample");

    FilterList web;
    web.id = newId();
    web.name = QStringLiteral("Web servers");
    web.filters = {makeFilter(QStringLiteral("www"), "10.0.0.1", protocol::Tcp, 443),
                   makeFilter(QStringLiteral("intranet"), "10.0.0.2", protocol::Tcp, 8080),
                   makeFilter(QStringLiteral("dns"), "10.0.0.53", protocol::Udp, 53)};
    FilterList icmp;
    icmp.id = newId();
    icmp.name = QStringLiteral("All ICMP");
    icmp.filters = {makeFilter(QStringLiteral("ping"), "192.168.1.1", protocol::Icmp)};
    d.filterLists = {web, icmp};

    FilterAction permit;
    permit.id = newId();
    permit.name = QStringLiteral("Permit");
    permit.action = ActionKind::Permit;
    FilterAction require;
    require.id = newId();
    require.name = QStringLiteral("Require Security");
    require.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1),
                               SecurityMethod::ah(Integrity::Sha1)};
    d.filterActions = {permit, require};

    Policy branch;
    branch.id = newId();
    branch.name = QStringLiteral("Branch");
    branch.assigned = true;
    branch.ike.methods = {IkeMethod{}, IkeMethod{Encryption::Des, Integrity::Md5, DhGroup::Group1}};
    branch.defaultResponse.id = newId();
    Rule r1;
    r1.id = newId();
    r1.name = QStringLiteral("secure web");
    r1.filterList = web.id;
    r1.filterAction = require.id;
    r1.authMethods = {AuthMethod::kerberos(), AuthMethod::presharedKey(QStringLiteral("s3cret"))};
    Rule r2;
    r2.id = newId();
    r2.name = QStringLiteral("icmp");
    r2.filterList = icmp.id;
    r2.filterAction = permit.id;
    branch.rules = {r1, r2};

    Policy lab;
    lab.id = newId();
    lab.name = QStringLiteral("Lab");
    lab.defaultResponse.id = newId();
    Rule r3;
    r3.id = newId();
    r3.name = QStringLiteral("lab web");
    r3.filterList = web.id;
    r3.filterAction = permit.id;
    lab.rules = {r3};
    d.policies = {branch, lab};
    return d;
}

} // namespace ipsec::test
