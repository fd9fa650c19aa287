#include "storeops.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace ipsec {
namespace {

// The translation context of the notes a merge writes (lupdate reads StoreOps::tr).
struct StoreOps {
    Q_DECLARE_TR_FUNCTIONS(ipsec::StoreOps)
};

template <typename Vec> QString uniqueName(const Vec &existing, const QString &name, const QUuid &self)
{
    auto taken = [&](const QString &candidate) {
        return std::any_of(existing.begin(), existing.end(), [&](const auto &o) {
            return o.id != self && o.name.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

template <typename Vec, typename T> void mergeOne(Vec &target, T object, const char *noun, QStringList *notes)
{
    const QString wanted = object.name;
    object.name = uniqueName(target, object.name, object.id);
    if (notes && object.name != wanted)
        notes->append(StoreOps::tr("%1 '%2' renamed to '%3' (the name was taken)")
                          .arg(StoreOps::tr(noun), wanted, object.name));
    const auto it =
        std::find_if(target.begin(), target.end(), [&](const auto &o) { return o.id == object.id; });
    if (it != target.end()) {
        if (notes && !(*it == object))
            notes->append(
                StoreOps::tr("%1 '%2' replaced by the imported one").arg(StoreOps::tr(noun), object.name));
        *it = std::move(object);
    } else {
        target.push_back(std::move(object));
    }
}

} // namespace

StoreData policySubset(const StoreData &store, const QUuid &policyId, std::size_t maxFilters)
{
    StoreData subset;
    subset.info = store.info;
    const Policy *policy = store.policy(policyId);
    if (!policy)
        return subset;
    QSet<QUuid> lists;
    QSet<QUuid> actions;
    for (const Rule &r : policy->rules) {
        lists.insert(r.filterList);
        actions.insert(r.filterAction);
    }
    // Kept in the store's order, so the preview lists them as the full export would.
    std::size_t kept = 0;
    for (const FilterList &l : store.filterLists) {
        if (!lists.contains(l.id))
            continue;
        const std::size_t room = std::max<std::size_t>(1, maxFilters - std::min(kept, maxFilters));
        if (l.filters.size() <= room) {
            subset.filterLists.push_back(l);
        } else { // copies only the filters kept
            const auto end = l.filters.begin() + static_cast<std::ptrdiff_t>(room);
            subset.filterLists.push_back({l.id, l.name, l.description, {l.filters.begin(), end}});
        }
        kept += subset.filterLists.back().filters.size();
    }
    for (const FilterAction &a : store.filterActions)
        if (actions.contains(a.id))
            subset.filterActions.push_back(a);
    subset.policies.push_back(*policy);
    return subset;
}

StoreData mergeStores(const StoreData &base, const StoreData &incoming, QStringList *notes)
{
    StoreData merged = base;
    for (const FilterList &l : incoming.filterLists)
        mergeOne(merged.filterLists, l, QT_TRANSLATE_NOOP("ipsec::StoreOps", "Filter list"), notes);
    for (const FilterAction &a : incoming.filterActions)
        mergeOne(merged.filterActions, a, QT_TRANSLATE_NOOP("ipsec::StoreOps", "Filter action"), notes);
    const Policy *baseAssigned = base.assignedPolicy();
    for (Policy p : incoming.policies) {
        if (baseAssigned && baseAssigned->id != p.id && p.assigned) {
            p.assigned = false;
            if (notes)
                notes->append(
                    StoreOps::tr("Policy '%1' imported unassigned (another policy is assigned)").arg(p.name));
        }
        mergeOne(merged.policies, std::move(p), QT_TRANSLATE_NOOP("ipsec::StoreOps", "Policy"), notes);
    }
    return merged;
}

StoreData objectSubset(const StoreData &store, ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    StoreData subset;
    subset.info = store.info;
    switch (kind) {
    case ObjectKind::Policy:
        return policySubset(store, id);
    case ObjectKind::FilterList:
        if (const FilterList *l = store.filterList(id))
            subset.filterLists.push_back(*l);
        break;
    case ObjectKind::FilterAction:
        if (const FilterAction *a = store.filterAction(id))
            subset.filterActions.push_back(*a);
        break;
    case ObjectKind::Rule:
        if (const Policy *p = store.policy(parentId)) {
            const auto it =
                std::find_if(p->rules.begin(), p->rules.end(), [&](const Rule &r) { return r.id == id; });
            if (it != p->rules.end()) {
                Policy holder = *p;
                holder.rules = {*it};
                StoreData rulesPolicy = store;
                rulesPolicy.policies = {holder};
                return policySubset(rulesPolicy, holder.id);
            }
        }
        break;
    case ObjectKind::Filter:
        if (const FilterList *l = store.filterList(parentId)) {
            const auto it = std::find_if(l->filters.begin(), l->filters.end(),
                                         [&](const Filter &f) { return f.id == id; });
            if (it != l->filters.end()) {
                FilterList holder = *l;
                holder.filters = {*it};
                subset.filterLists.push_back(std::move(holder));
            }
        }
        break;
    default:
        break;
    }
    return subset;
}

StoreData withFreshIds(const StoreData &clip, const StoreData &base)
{
    StoreData fresh;
    fresh.info = clip.info;
    // With policies in the clip, its lists and actions are what the rules need, so identical ones are shared.
    const bool listsAreDependencies = !clip.policies.empty();
    QHash<QUuid, QUuid> renamedIds;
    auto freshIdOrNull = [](const QUuid &old) { return old.isNull() ? old : newId(); };
    for (FilterList l : clip.filterLists) {
        const FilterList *existing = base.filterList(l.id);
        if (listsAreDependencies && existing && *existing == l)
            continue;
        const QUuid old = l.id;
        l.id = newId();
        renamedIds.insert(old, l.id);
        for (Filter &f : l.filters)
            f.id = newId();
        fresh.filterLists.push_back(std::move(l));
    }
    for (FilterAction a : clip.filterActions) {
        const FilterAction *existing = base.filterAction(a.id);
        if (listsAreDependencies && existing && *existing == a)
            continue;
        const QUuid old = a.id;
        a.id = newId();
        renamedIds.insert(old, a.id);
        fresh.filterActions.push_back(std::move(a));
    }
    for (Policy p : clip.policies) {
        p.id = newId();
        p.assigned = false;
        p.ike.id = freshIdOrNull(p.ike.id);
        p.defaultResponse.id = freshIdOrNull(p.defaultResponse.id);
        p.defaultResponse.negotiationPolicyId = freshIdOrNull(p.defaultResponse.negotiationPolicyId);
        for (Rule &r : p.rules) {
            r.id = newId();
            r.filterList = renamedIds.value(r.filterList, r.filterList);
            r.filterAction = renamedIds.value(r.filterAction, r.filterAction);
        }
        fresh.policies.push_back(std::move(p));
    }
    return fresh;
}

std::optional<StoreData> withPastedRule(const StoreData &base, const StoreData &clip, const QUuid &policyId,
                                        int index, QUuid *ruleId, QStringList *notes)
{
    if (clip.policies.size() != 1 || clip.policies.front().rules.size() != 1 || !base.policy(policyId))
        return std::nullopt;
    StoreData dependencies = withFreshIds(clip, base);
    Rule rule = dependencies.policies.front().rules.front();
    dependencies.policies.clear();
    StoreData merged = mergeStores(base, dependencies, notes);
    // The lists and actions may have been renamed by the merge, never re-identified: the rule still fits.
    Policy &policy = *std::find_if(merged.policies.begin(), merged.policies.end(),
                                   [&](const Policy &p) { return p.id == policyId; });
    const QString wanted = rule.name;
    for (int n = 2;
         std::any_of(policy.rules.begin(), policy.rules.end(),
                     [&](const Rule &r) { return r.name.compare(rule.name, Qt::CaseInsensitive) == 0; });
         ++n)
        rule.name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    if (notes && rule.name != wanted)
        notes->append(StoreOps::tr("Rule '%1' pasted as '%2'").arg(wanted, rule.name));
    const qsizetype at = index < 0 || index > policy.rules.size() ? policy.rules.size() : index;
    policy.rules.insert(at, rule);
    if (ruleId)
        *ruleId = rule.id;
    return merged;
}

} // namespace ipsec
