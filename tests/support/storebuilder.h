// Small stores for the analysis tests, written the way one reads a policy: filters as text.
#pragma once

#include "core/enumnames.h"
#include "core/types.h"

#include <QTest>

namespace ipsec::test {

inline FilterAddress address(const QString &text)
{
    const auto a = parseAddress(text);
    if (!a)
        qFatal("bad test address %s", qPrintable(text));
    return *a;
}

// "10.0.0.0/24 -> any tcp any 80", mirrored unless told otherwise.
inline Filter filter(const QString &source, const QString &destination, std::uint8_t proto = protocol::Any,
                     std::uint16_t sourcePort = 0, std::uint16_t destinationPort = 0, bool mirrored = true)
{
    Filter f;
    f.id = newId();
    f.source = address(source);
    f.destination = address(destination);
    f.protocol = proto;
    f.sourcePort = sourcePort ? PortRange::single(sourcePort) : PortRange::any();
    f.destinationPort = destinationPort ? PortRange::single(destinationPort) : PortRange::any();
    f.mirrored = mirrored;
    return f;
}

inline FilterAction action(const QString &name, ActionKind kind, QList<SecurityMethod> methods = {})
{
    FilterAction a;
    a.id = newId();
    a.name = name;
    a.action = kind;
    a.securityMethods = std::move(methods);
    return a;
}

class StoreBuilder {
public:
    StoreBuilder()
    {
        Policy p;
        p.id = newId();
        p.name = QStringLiteral("P");
        data.policies.push_back(p);
    }

    Policy &policy() { return data.policies.front(); }

    QUuid addAction(FilterAction a)
    {
        data.filterActions.push_back(a);
        return a.id;
    }

    // A rule with its own filter list holding the given filters.
    QUuid addRule(const QString &name, std::vector<Filter> filters, const QUuid &actionId, bool active = true)
    {
        FilterList list;
        list.id = newId();
        list.name = name + QStringLiteral(" list");
        list.filters = std::move(filters);
        data.filterLists.push_back(list);
        Rule r;
        r.id = newId();
        r.name = name;
        r.filterList = list.id;
        r.filterAction = actionId;
        r.active = active;
        r.authMethods = {AuthMethod::kerberos()};
        policy().rules.append(r);
        return r.id;
    }

    StoreData data;
};

} // namespace ipsec::test
