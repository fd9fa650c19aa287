#include "findingsink.h"

#include "validationtr.h"

namespace ipsec::validation {

QString quoted(const QString &name)
{
    //: How a message quotes an object's name; German uses „%1“.
    return name.isEmpty() ? Validation::tr("(unnamed)") : Validation::tr("'%1'").arg(name);
}

namespace {
Location make(ObjectKind kind, const QUuid &id, const QUuid &parent, QString path, const QString &field)
{
    Location l;
    l.kind = kind;
    l.objectId = id;
    l.parentId = parent;
    l.objectPath = std::move(path);
    l.field = field;
    return l;
}
} // namespace

Location storeLocation(const QString &field)
{
    return make(ObjectKind::Store, {}, {}, Validation::tr("Store"), field);
}

Location filterListLocation(const FilterList &list, const QString &field)
{
    return make(ObjectKind::FilterList, list.id, {}, Validation::tr("Filter list %1").arg(quoted(list.name)),
                field);
}

Location filterLocation(const FilterList &list, std::size_t index, const QString &field)
{
    // Filters have no name; their 1-based position in the list is what the dialog shows.
    return make(ObjectKind::Filter, list.filters[index].id, list.id,
                Validation::tr("Filter list %1 / Filter %2").arg(quoted(list.name)).arg(index + 1), field);
}

Location filterActionLocation(const FilterAction &action, const QString &field)
{
    return make(ObjectKind::FilterAction, action.id, {},
                Validation::tr("Filter action %1").arg(quoted(action.name)), field);
}

Location policyLocation(const Policy &policy, const QString &field)
{
    return make(ObjectKind::Policy, policy.id, {}, Validation::tr("Policy %1").arg(quoted(policy.name)),
                field);
}

Location ruleLocation(const Policy &policy, const Rule &rule, const QString &field)
{
    return make(ObjectKind::Rule, rule.id, policy.id,
                Validation::tr("Policy %1 / Rule %2").arg(quoted(policy.name), quoted(rule.name)), field);
}

Location defaultResponseLocation(const Policy &policy, const QString &field)
{
    return make(ObjectKind::DefaultResponseRule, policy.defaultResponse.id, policy.id,
                Validation::tr("Policy %1 / Default response rule").arg(quoted(policy.name)), field);
}

void FindingSink::add(Code code, Location location, QString message, QString hint)
{
    const FindingCodeInfo &i = info(code);
    Finding f;
    f.code = i.code;
    f.severity = i.severity;
    f.location = std::move(location);
    f.message = std::move(message);
    f.hint = hint.isEmpty() ? translatedHint(code) : std::move(hint);
    m_findings.append(std::move(f));
}

} // namespace ipsec::validation
