#include "policystore.h"

#include <QSet>
#include <algorithm>

namespace ipsec {
namespace {

template <typename Vec> int clampedIndex(const Vec &v, int index)
{
    return (index < 0 || index > static_cast<int>(v.size())) ? static_cast<int>(v.size()) : index;
}

template <typename Vec> int indexIn(const Vec &v, const QUuid &id)
{
    for (int i = 0; i < static_cast<int>(v.size()); ++i)
        if (v[static_cast<std::size_t>(i)].id == id)
            return i;
    return -1;
}

// The refusals of a missing or taken name, whole sentences per kind so that a translation can inflect them.
QString nameNeeded(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::FilterList:
        return PolicyStore::tr("A filter list needs a name.");
    case ObjectKind::FilterAction:
        return PolicyStore::tr("A filter action needs a name.");
    case ObjectKind::Policy:
        return PolicyStore::tr("A policy needs a name.");
    case ObjectKind::Rule:
        return PolicyStore::tr("A rule needs a name.");
    default:
        return PolicyStore::tr("An object needs a name.");
    }
}

QString nameTakenBy(ObjectKind kind, const QString &name)
{
    switch (kind) {
    case ObjectKind::FilterList:
        return PolicyStore::tr("Another filter list is already named '%1'.").arg(name);
    case ObjectKind::FilterAction:
        return PolicyStore::tr("Another filter action is already named '%1'.").arg(name);
    case ObjectKind::Policy:
        return PolicyStore::tr("Another policy is already named '%1'.").arg(name);
    case ObjectKind::Rule:
        return PolicyStore::tr("Another rule is already named '%1'.").arg(name);
    default:
        return PolicyStore::tr("Another object is already named '%1'.").arg(name);
    }
}

template <typename Vec> bool nameTaken(const Vec &v, const QString &name, const QUuid &self)
{
    return std::any_of(v.begin(), v.end(), [&](const auto &o) {
        return o.id != self && o.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

PolicyStore::PolicyStore(QObject *parent) : QObject(parent) {}

PolicyStore::PolicyStore(StoreData data, QObject *parent) : QObject(parent), m_data(std::move(data))
{
    rebuildIndex();
}

void PolicyStore::reset(StoreData data)
{
    emit aboutToReset();
    m_data = std::move(data);
    rebuildIndex();
    emit wasReset();
    emit changed();
}

void PolicyStore::rebuildIndex()
{
    m_listIndex.clear();
    m_actionIndex.clear();
    m_policyIndex.clear();
    for (int i = 0; i < static_cast<int>(m_data.filterLists.size()); ++i)
        m_listIndex.insert(m_data.filterLists[static_cast<std::size_t>(i)].id, i);
    for (int i = 0; i < static_cast<int>(m_data.filterActions.size()); ++i)
        m_actionIndex.insert(m_data.filterActions[static_cast<std::size_t>(i)].id, i);
    for (int i = 0; i < static_cast<int>(m_data.policies.size()); ++i)
        m_policyIndex.insert(m_data.policies[static_cast<std::size_t>(i)].id, i);
}

int PolicyStore::indexOfFilterList(const QUuid &id) const
{
    return m_listIndex.value(id, -1);
}
int PolicyStore::indexOfFilterAction(const QUuid &id) const
{
    return m_actionIndex.value(id, -1);
}
int PolicyStore::indexOfPolicy(const QUuid &id) const
{
    return m_policyIndex.value(id, -1);
}

const FilterList *PolicyStore::filterList(const QUuid &id) const
{
    const int i = indexOfFilterList(id);
    return i < 0 ? nullptr : &m_data.filterLists[static_cast<std::size_t>(i)];
}

const FilterAction *PolicyStore::filterAction(const QUuid &id) const
{
    const int i = indexOfFilterAction(id);
    return i < 0 ? nullptr : &m_data.filterActions[static_cast<std::size_t>(i)];
}

const Policy *PolicyStore::policy(const QUuid &id) const
{
    const int i = indexOfPolicy(id);
    return i < 0 ? nullptr : &m_data.policies[static_cast<std::size_t>(i)];
}

const Rule *PolicyStore::rule(const QUuid &policyId, const QUuid &ruleId) const
{
    const Policy *p = policy(policyId);
    if (!p)
        return nullptr;
    const auto it =
        std::find_if(p->rules.begin(), p->rules.end(), [&](const Rule &r) { return r.id == ruleId; });
    return it == p->rules.end() ? nullptr : &*it;
}

const Filter *PolicyStore::filter(const QUuid &listId, const QUuid &filterId) const
{
    const FilterList *l = filterList(listId);
    if (!l)
        return nullptr;
    const auto it =
        std::find_if(l->filters.begin(), l->filters.end(), [&](const Filter &f) { return f.id == filterId; });
    return it == l->filters.end() ? nullptr : &*it;
}

QList<RuleRef> PolicyStore::usersOfFilterList(const QUuid &id) const
{
    QList<RuleRef> users;
    for (const Policy &p : m_data.policies)
        for (const Rule &r : p.rules)
            if (r.filterList == id)
                users.append({p.id, r.id, p.name, r.name});
    return users;
}

QList<RuleRef> PolicyStore::usersOfFilterAction(const QUuid &id) const
{
    QList<RuleRef> users;
    for (const Policy &p : m_data.policies)
        for (const Rule &r : p.rules)
            if (r.filterAction == id)
                users.append({p.id, r.id, p.name, r.name});
    return users;
}

QString PolicyStore::describeUsage(const QList<RuleRef> &users)
{
    if (users.isEmpty())
        return tr("not used by any rule");
    QSet<QUuid> policies;
    for (const RuleRef &u : users)
        policies.insert(u.policyId);
    return tr("used by %n rule(s)", nullptr, static_cast<int>(users.size())) + u' ' +
           tr("in %n policy(ies)", nullptr, static_cast<int>(policies.size()));
}

EditResult PolicyStore::checkName(ObjectKind kind, const QString &name, const QUuid &self) const
{
    if (name.trimmed().isEmpty())
        return EditResult::failure(nameNeeded(kind));
    bool taken = false;
    switch (kind) {
    case ObjectKind::FilterList:
        taken = nameTaken(m_data.filterLists, name, self);
        break;
    case ObjectKind::FilterAction:
        taken = nameTaken(m_data.filterActions, name, self);
        break;
    case ObjectKind::Policy:
        taken = nameTaken(m_data.policies, name, self);
        break;
    default:
        break;
    }
    if (taken)
        return EditResult::failure(nameTakenBy(kind, name));
    return EditResult::success();
}

EditResult PolicyStore::checkRule(const Policy &policy, const Rule &rule) const
{
    if (rule.id.isNull())
        return EditResult::failure(tr("A rule needs an id."));
    if (!rule.filterList.isNull() && !filterList(rule.filterList))
        return EditResult::failure(
            tr("Rule '%1' refers to a filter list that does not exist.").arg(rule.name));
    if (!filterAction(rule.filterAction))
        return EditResult::failure(
            tr("Rule '%1' refers to a filter action that does not exist.").arg(rule.name));
    const bool duplicateName = std::any_of(policy.rules.begin(), policy.rules.end(), [&](const Rule &r) {
        return r.id != rule.id && !rule.name.isEmpty() && r.name.compare(rule.name, Qt::CaseInsensitive) == 0;
    });
    if (duplicateName)
        return EditResult::failure(
            tr("Policy '%1' already has a rule named '%2'.").arg(policy.name, rule.name));
    return EditResult::success();
}

EditResult PolicyStore::setInfo(const StoreInfo &info)
{
    if (info == m_data.info)
        return EditResult::success();
    m_data.info = info;
    emit infoChanged();
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::setIntents(std::vector<Intent> intents)
{
    if (intents == m_data.intents)
        return EditResult::success();
    m_data.intents = std::move(intents);
    emit intentsChanged();
    emit changed();
    return EditResult::success();
}

// ---- filter lists ----

EditResult PolicyStore::addFilterList(FilterList list, int index)
{
    if (list.id.isNull())
        list.id = newId();
    if (filterList(list.id))
        return EditResult::failure(tr("A filter list with this id already exists."));
    if (auto r = checkName(ObjectKind::FilterList, list.name, list.id); !r)
        return r;
    index = clampedIndex(m_data.filterLists, index);
    const QUuid id = list.id;
    m_data.filterLists.insert(m_data.filterLists.begin() + index, std::move(list));
    rebuildIndex();
    emit objectAdded(ObjectKind::FilterList, id, {}, index);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::updateFilterList(const FilterList &list)
{
    const int i = indexOfFilterList(list.id);
    if (i < 0)
        return EditResult::failure(tr("The filter list does not exist."));
    if (auto r = checkName(ObjectKind::FilterList, list.name, list.id); !r)
        return r;
    auto &target = m_data.filterLists[static_cast<std::size_t>(i)];
    if (target == list)
        return EditResult::success();
    // Filters added or removed by a whole-list update are announced as a reset of the list's children.
    target = list;
    emit objectChanged(ObjectKind::FilterList, list.id, {});
    emit changed();
    return EditResult::success();
}

int PolicyStore::removeRulesUsing(const QUuid &id)
{
    int removed = 0;
    for (Policy &p : m_data.policies) {
        for (int r = static_cast<int>(p.rules.size()) - 1; r >= 0; --r) {
            const Rule &rule = p.rules[r];
            if (rule.filterList != id && rule.filterAction != id)
                continue;
            const QUuid ruleId = rule.id;
            emit objectAboutToBeRemoved(ObjectKind::Rule, ruleId, p.id, r);
            p.rules.removeAt(r);
            emit objectRemoved(ObjectKind::Rule, ruleId, p.id);
            ++removed;
        }
    }
    return removed;
}

EditResult PolicyStore::removeFilterList(const QUuid &id, Removal mode)
{
    const int i = indexOfFilterList(id);
    if (i < 0)
        return EditResult::failure(tr("The filter list does not exist."));
    const QList<RuleRef> users = usersOfFilterList(id);
    if (!users.isEmpty() && mode == Removal::RefuseIfUsed)
        return EditResult::failure(
            tr("Filter list '%1' is still %2.")
                .arg(m_data.filterLists[static_cast<std::size_t>(i)].name, describeUsage(users)),
            users);
    removeRulesUsing(id);
    emit objectAboutToBeRemoved(ObjectKind::FilterList, id, {}, i);
    m_data.filterLists.erase(m_data.filterLists.begin() + i);
    rebuildIndex();
    emit objectRemoved(ObjectKind::FilterList, id, {});
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::addFilter(const QUuid &listId, Filter filter, int index)
{
    const int li = indexOfFilterList(listId);
    if (li < 0)
        return EditResult::failure(tr("The filter list does not exist."));
    auto &filters = m_data.filterLists[static_cast<std::size_t>(li)].filters;
    if (filter.id.isNull())
        filter.id = newId();
    if (indexIn(filters, filter.id) >= 0)
        return EditResult::failure(tr("A filter with this id already exists in the list."));
    index = clampedIndex(filters, index);
    const QUuid id = filter.id;
    filters.insert(filters.begin() + index, std::move(filter));
    emit objectAdded(ObjectKind::Filter, id, listId, index);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::updateFilter(const QUuid &listId, const Filter &filter)
{
    const int li = indexOfFilterList(listId);
    if (li < 0)
        return EditResult::failure(tr("The filter list does not exist."));
    auto &filters = m_data.filterLists[static_cast<std::size_t>(li)].filters;
    const int fi = indexIn(filters, filter.id);
    if (fi < 0)
        return EditResult::failure(tr("The filter does not exist."));
    if (filters[static_cast<std::size_t>(fi)] == filter)
        return EditResult::success();
    filters[static_cast<std::size_t>(fi)] = filter;
    emit objectChanged(ObjectKind::Filter, filter.id, listId);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::removeFilter(const QUuid &listId, const QUuid &filterId)
{
    const int li = indexOfFilterList(listId);
    if (li < 0)
        return EditResult::failure(tr("The filter list does not exist."));
    auto &filters = m_data.filterLists[static_cast<std::size_t>(li)].filters;
    const int fi = indexIn(filters, filterId);
    if (fi < 0)
        return EditResult::failure(tr("The filter does not exist."));
    emit objectAboutToBeRemoved(ObjectKind::Filter, filterId, listId, fi);
    filters.erase(filters.begin() + fi);
    emit objectRemoved(ObjectKind::Filter, filterId, listId);
    emit changed();
    return EditResult::success();
}

// ---- filter actions ----

EditResult PolicyStore::addFilterAction(FilterAction action, int index)
{
    if (action.id.isNull())
        action.id = newId();
    if (filterAction(action.id))
        return EditResult::failure(tr("A filter action with this id already exists."));
    if (auto r = checkName(ObjectKind::FilterAction, action.name, action.id); !r)
        return r;
    index = clampedIndex(m_data.filterActions, index);
    const QUuid id = action.id;
    m_data.filterActions.insert(m_data.filterActions.begin() + index, std::move(action));
    rebuildIndex();
    emit objectAdded(ObjectKind::FilterAction, id, {}, index);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::updateFilterAction(const FilterAction &action)
{
    const int i = indexOfFilterAction(action.id);
    if (i < 0)
        return EditResult::failure(tr("The filter action does not exist."));
    if (auto r = checkName(ObjectKind::FilterAction, action.name, action.id); !r)
        return r;
    auto &target = m_data.filterActions[static_cast<std::size_t>(i)];
    if (target == action)
        return EditResult::success();
    target = action;
    emit objectChanged(ObjectKind::FilterAction, action.id, {});
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::removeFilterAction(const QUuid &id, Removal mode)
{
    const int i = indexOfFilterAction(id);
    if (i < 0)
        return EditResult::failure(tr("The filter action does not exist."));
    const QList<RuleRef> users = usersOfFilterAction(id);
    if (!users.isEmpty() && mode == Removal::RefuseIfUsed)
        return EditResult::failure(
            tr("Filter action '%1' is still %2.")
                .arg(m_data.filterActions[static_cast<std::size_t>(i)].name, describeUsage(users)),
            users);
    removeRulesUsing(id);
    emit objectAboutToBeRemoved(ObjectKind::FilterAction, id, {}, i);
    m_data.filterActions.erase(m_data.filterActions.begin() + i);
    rebuildIndex();
    emit objectRemoved(ObjectKind::FilterAction, id, {});
    emit changed();
    return EditResult::success();
}

// ---- policies ----

EditResult PolicyStore::addPolicy(Policy policy, int index)
{
    if (policy.id.isNull())
        policy.id = newId();
    if (this->policy(policy.id))
        return EditResult::failure(tr("A policy with this id already exists."));
    if (auto r = checkName(ObjectKind::Policy, policy.name, policy.id); !r)
        return r;
    for (const Rule &rule : policy.rules)
        if (auto r = checkRule(policy, rule); !r)
            return r;
    index = clampedIndex(m_data.policies, index);
    const QUuid id = policy.id;
    const bool assigned = policy.assigned;
    policy.assigned = false;
    m_data.policies.insert(m_data.policies.begin() + index, std::move(policy));
    rebuildIndex();
    emit objectAdded(ObjectKind::Policy, id, {}, index);
    if (assigned)
        setAssignedPolicy(id);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::updatePolicy(const Policy &policy)
{
    const int i = indexOfPolicy(policy.id);
    if (i < 0)
        return EditResult::failure(tr("The policy does not exist."));
    if (auto r = checkName(ObjectKind::Policy, policy.name, policy.id); !r)
        return r;
    for (const Rule &rule : policy.rules)
        if (auto r = checkRule(policy, rule); !r)
            return r;
    auto &target = m_data.policies[static_cast<std::size_t>(i)];
    if (target == policy)
        return EditResult::success();
    const bool assignmentChanged = target.assigned != policy.assigned;
    const bool wasAssigned = target.assigned;
    target = policy;
    target.assigned = wasAssigned; // the assignment goes through setAssignedPolicy, which keeps it unique
    emit objectChanged(ObjectKind::Policy, policy.id, {});
    if (assignmentChanged)
        setAssignedPolicy(policy.assigned ? policy.id : QUuid());
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::removePolicy(const QUuid &id)
{
    const int i = indexOfPolicy(id);
    if (i < 0)
        return EditResult::failure(tr("The policy does not exist."));
    emit objectAboutToBeRemoved(ObjectKind::Policy, id, {}, i);
    m_data.policies.erase(m_data.policies.begin() + i);
    rebuildIndex();
    emit objectRemoved(ObjectKind::Policy, id, {});
    emit changed();
    return EditResult::success();
}

// ---- rules ----

EditResult PolicyStore::addRule(const QUuid &policyId, Rule rule, int index)
{
    const int pi = indexOfPolicy(policyId);
    if (pi < 0)
        return EditResult::failure(tr("The policy does not exist."));
    Policy &p = m_data.policies[static_cast<std::size_t>(pi)];
    if (rule.id.isNull())
        rule.id = newId();
    if (this->rule(policyId, rule.id))
        return EditResult::failure(tr("A rule with this id already exists in the policy."));
    if (auto r = checkRule(p, rule); !r)
        return r;
    index = (index < 0 || index > p.rules.size()) ? static_cast<int>(p.rules.size()) : index;
    const QUuid id = rule.id;
    p.rules.insert(index, std::move(rule));
    emit objectAdded(ObjectKind::Rule, id, policyId, index);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::updateRule(const QUuid &policyId, const Rule &rule)
{
    const int pi = indexOfPolicy(policyId);
    if (pi < 0)
        return EditResult::failure(tr("The policy does not exist."));
    Policy &p = m_data.policies[static_cast<std::size_t>(pi)];
    const auto it =
        std::find_if(p.rules.begin(), p.rules.end(), [&](const Rule &r) { return r.id == rule.id; });
    if (it == p.rules.end())
        return EditResult::failure(tr("The rule does not exist."));
    if (auto r = checkRule(p, rule); !r)
        return r;
    if (*it == rule)
        return EditResult::success();
    *it = rule;
    emit objectChanged(ObjectKind::Rule, rule.id, policyId);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::removeRule(const QUuid &policyId, const QUuid &ruleId)
{
    const int pi = indexOfPolicy(policyId);
    if (pi < 0)
        return EditResult::failure(tr("The policy does not exist."));
    Policy &p = m_data.policies[static_cast<std::size_t>(pi)];
    const int ri = indexIn(p.rules, ruleId);
    if (ri < 0)
        return EditResult::failure(tr("The rule does not exist."));
    emit objectAboutToBeRemoved(ObjectKind::Rule, ruleId, policyId, ri);
    p.rules.removeAt(ri);
    emit objectRemoved(ObjectKind::Rule, ruleId, policyId);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::setDefaultResponseRule(const QUuid &policyId, const DefaultResponseRule &rule)
{
    const int pi = indexOfPolicy(policyId);
    if (pi < 0)
        return EditResult::failure(tr("The policy does not exist."));
    Policy &p = m_data.policies[static_cast<std::size_t>(pi)];
    if (p.defaultResponse == rule)
        return EditResult::success();
    p.defaultResponse = rule;
    emit objectChanged(ObjectKind::DefaultResponseRule, p.defaultResponse.id, policyId);
    emit changed();
    return EditResult::success();
}

EditResult PolicyStore::setAssignedPolicy(const QUuid &policyId)
{
    if (!policyId.isNull() && indexOfPolicy(policyId) < 0)
        return EditResult::failure(tr("The policy does not exist."));
    bool any = false;
    for (Policy &p : m_data.policies) {
        const bool assign = p.id == policyId;
        if (p.assigned != assign) {
            p.assigned = assign;
            any = true;
            emit objectChanged(ObjectKind::Policy, p.id, {});
        }
    }
    if (any)
        emit changed();
    return EditResult::success();
}

} // namespace ipsec
