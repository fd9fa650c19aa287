#include "storecomparison.h"

#include "backendfindings.h"

namespace ipsec {
namespace {

Finding mismatch(const char16_t *code, Severity severity, ObjectKind kind, const QUuid &id,
                 const QString &path, const QString &message)
{
    Location where;
    where.kind = kind;
    where.objectId = id;
    where.objectPath = path;
    return backendFinding(
        code, severity, message,
        QStringLiteral(
            "Re-run the apply, or roll back to the backup and compare the stores in the designer."),
        where);
}

QString nameOf(const StoreData &store, const QUuid &listOrAction)
{
    if (const FilterList *l = store.filterList(listOrAction))
        return l->name;
    if (const FilterAction *a = store.filterAction(listOrAction))
        return a->name;
    return {};
}

// A copy without identities, so that equal content compares equal whatever GUIDs the system gave it.
Filter withoutId(Filter f)
{
    f.id = {};
    return f;
}

bool sameFilters(const FilterList &a, const FilterList &b)
{
    if (a.filters.size() != b.filters.size())
        return false;
    for (std::size_t i = 0; i < a.filters.size(); ++i)
        if (withoutId(a.filters[i]) != withoutId(b.filters[i]))
            return false;
    return a.description == b.description;
}

bool sameAction(FilterAction a, FilterAction b)
{
    a.id = b.id = {};
    return a == b;
}

bool sameRule(const StoreData &ds, Rule a, const StoreData &as, Rule b)
{
    if (nameOf(ds, a.filterList) != nameOf(as, b.filterList) ||
        nameOf(ds, a.filterAction) != nameOf(as, b.filterAction))
        return false;
    a.id = b.id = a.filterList = b.filterList = a.filterAction = b.filterAction = {};
    return a == b;
}

bool samePolicySettings(Policy a, Policy b, bool compareAssignment)
{
    if (!compareAssignment)
        a.assigned = b.assigned = false;
    a.id = b.id = a.ike.id = b.ike.id = {};
    a.defaultResponse.id = b.defaultResponse.id = {};
    a.defaultResponse.negotiationPolicyId = b.defaultResponse.negotiationPolicyId = {};
    a.rules.clear();
    b.rules.clear();
    return a == b;
}

} // namespace

Findings compareDesignWithSystem(const StoreData &designed, const StoreData &actual, bool compareAssignment)
{
    Findings out;
    for (const FilterList &list : designed.filterLists) {
        const QString path = QStringLiteral("Filter list '%1'").arg(list.name);
        const FilterList *other = actual.filterListByName(list.name);
        if (!other)
            out << mismatch(backends::code::ObjectMissing, Severity::Error, ObjectKind::FilterList, list.id,
                            path, QStringLiteral("%1 is missing on the system.").arg(path));
        else if (!sameFilters(list, *other))
            out << mismatch(backends::code::ObjectDiffers, Severity::Error, ObjectKind::FilterList, list.id,
                            path,
                            QStringLiteral("%1 differs on the system (%2 filters designed, %3 found).")
                                .arg(path)
                                .arg(list.filters.size())
                                .arg(other->filters.size()));
    }
    for (const FilterAction &action : designed.filterActions) {
        const QString path = QStringLiteral("Filter action '%1'").arg(action.name);
        const FilterAction *other = actual.filterActionByName(action.name);
        if (!other)
            out << mismatch(backends::code::ObjectMissing, Severity::Error, ObjectKind::FilterAction,
                            action.id, path, QStringLiteral("%1 is missing on the system.").arg(path));
        else if (!sameAction(action, *other))
            out << mismatch(backends::code::ObjectDiffers, Severity::Error, ObjectKind::FilterAction,
                            action.id, path, QStringLiteral("%1 differs on the system.").arg(path));
    }
    for (const Policy &policy : designed.policies) {
        const QString path = QStringLiteral("Policy '%1'").arg(policy.name);
        const Policy *other = actual.policyByName(policy.name);
        if (!other) {
            out << mismatch(backends::code::ObjectMissing, Severity::Error, ObjectKind::Policy, policy.id,
                            path, QStringLiteral("%1 is missing on the system.").arg(path));
            continue;
        }
        if (!samePolicySettings(policy, *other, compareAssignment))
            out << mismatch(backends::code::ObjectDiffers, Severity::Error, ObjectKind::Policy, policy.id,
                            path, QStringLiteral("%1 has different settings on the system.").arg(path));
        for (const Rule &rule : policy.rules) {
            const QString rulePath = path + QStringLiteral(" / Rule '%1'").arg(rule.name);
            const auto it = std::find_if(other->rules.begin(), other->rules.end(),
                                         [&](const Rule &r) { return r.name == rule.name; });
            if (it == other->rules.end())
                out << mismatch(backends::code::RuleDiffers, Severity::Error, ObjectKind::Rule, rule.id,
                                rulePath, QStringLiteral("%1 is missing on the system.").arg(rulePath));
            else if (!sameRule(designed, rule, actual, *it))
                out << mismatch(backends::code::RuleDiffers, Severity::Error, ObjectKind::Rule, rule.id,
                                rulePath, QStringLiteral("%1 differs on the system.").arg(rulePath));
        }
    }
    for (const Policy &policy : actual.policies)
        if (!designed.policyByName(policy.name))
            out << mismatch(
                backends::code::ExtraPolicy, Severity::Info, ObjectKind::Policy, {},
                QStringLiteral("Policy '%1'").arg(policy.name),
                QStringLiteral("The system also holds policy '%1', which the design does not have.")
                    .arg(policy.name));
    return out;
}

} // namespace ipsec
