// The worked example of docs/formats/gpo.md as a legacy store, shared by the GPO tests: require ESP for TCP
// 8080 from 10.0.1.0/24 to 10.2.27.0/25, Kerberos, quick mode ESP AES-128/SHA-256 then ESP 3DES/SHA-1, one
// assigned policy in the domain ipsectest.com whose main mode is `mainMode`. Fresh GUIDs on every call.
#pragma once

#include "core/types.h"

namespace ipsec::test {

inline StoreData workedExample(const IkeMethod &mainMode)
{
    StoreData s;
    s.info.domain = QStringLiteral("ipsectest.com");
    FilterList list{newId(), QStringLiteral("App8080 clients to servers"), {}, {}};
    Filter f;
    f.id = newId();
    f.source = FilterAddress::subnet(*IpAddress::parse(QStringLiteral("10.0.1.0")), 24);
    f.destination = FilterAddress::subnet(*IpAddress::parse(QStringLiteral("10.2.27.0")), 25);
    f.protocol = protocol::Tcp;
    f.destinationPort = PortRange::single(8080);
    list.filters.push_back(f);
    FilterAction fa;
    fa.id = newId();
    fa.name = QStringLiteral("Require ESP");
    fa.securityMethods = {SecurityMethod::esp(Encryption::Aes128, Integrity::Sha256, 100000, 3600),
                          SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1, 100000, 3600)};
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("App8080");
    p.assigned = true;
    p.ike.methods = {mainMode};
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("App8080 - require ESP");
    r.filterList = list.id;
    r.filterAction = fa.id;
    r.authMethods = {AuthMethod::kerberos()};
    p.rules << r;
    s.filterLists.push_back(list);
    s.filterActions.push_back(fa);
    s.policies.push_back(p);
    return s;
}

} // namespace ipsec::test
