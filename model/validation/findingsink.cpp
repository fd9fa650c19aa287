#include "findingsink.h"

namespace ipsec::validation {

QString quoted(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("(unnamed)") : u'\'' + name + u'\'';
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
    return make(ObjectKind::Store, {}, {}, QStringLiteral("Store"), field);
}

Location filterListLocation(const FilterList &list, const QString &field)
{
    return make(ObjectKind::FilterList, list.id, {}, QStringLiteral("Filter list ") + quoted(list.name),
                field);
}

Location filterLocation(const FilterList &list, std::size_t index, const QString &field)
{
    // Filters have no name; their 1-based position in the list is what the dialog shows.
    return make(ObjectKind::Filter, list.filters[index].id, list.id,
                QStringLiteral("Filter list %1 / Filter %2").arg(quoted(list.name)).arg(index + 1), field);
}

Location filterActionLocation(const FilterAction &action, const QString &field)
{
    return make(ObjectKind::FilterAction, action.id, {},
                QStringLiteral("Filter action ") + quoted(action.name), field);
}

Location policyLocation(const Policy &policy, const QString &field)
{
    return make(ObjectKind::Policy, policy.id, {}, QStringLiteral("Policy ") + quoted(policy.name), field);
}

Location ruleLocation(const Policy &policy, const Rule &rule, const QString &field)
{
    return make(ObjectKind::Rule, rule.id, policy.id,
                QStringLiteral("Policy %1 / Rule %2").arg(quoted(policy.name), quoted(rule.name)), field);
}

Location defaultResponseLocation(const Policy &policy, const QString &field)
{
    return make(ObjectKind::DefaultResponseRule, policy.defaultResponse.id, policy.id,
                QStringLiteral("Policy %1 / Default response rule").arg(quoted(policy.name)), field);
}

void FindingSink::add(Code code, Location location, QString message, QString hint)
{
    const FindingCodeInfo &i = info(code);
    Finding f;
    f.code = i.code;
    f.severity = i.severity;
    f.location = std::move(location);
    f.message = std::move(message);
    f.hint = hint.isEmpty() ? i.hint : std::move(hint);
    m_findings.append(std::move(f));
}

} // namespace ipsec::validation
