#include "storeops.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace ipsec {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ipsec::StoreOps", text);
}

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
        notes->append(tr("%1 '%2' renamed to '%3' (the name was taken)")
                          .arg(QString::fromUtf8(noun), wanted, object.name));
    const auto it =
        std::find_if(target.begin(), target.end(), [&](const auto &o) { return o.id == object.id; });
    if (it != target.end()) {
        if (notes && !(*it == object))
            notes->append(
                tr("%1 '%2' replaced by the imported one").arg(QString::fromUtf8(noun), object.name));
        *it = std::move(object);
    } else {
        target.push_back(std::move(object));
    }
}

} // namespace

StoreData policySubset(const StoreData &store, const QUuid &policyId)
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
    for (const FilterList &l : store.filterLists)
        if (lists.contains(l.id))
            subset.filterLists.push_back(l);
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
        mergeOne(merged.filterLists, l, "Filter list", notes);
    for (const FilterAction &a : incoming.filterActions)
        mergeOne(merged.filterActions, a, "Filter action", notes);
    const Policy *baseAssigned = base.assignedPolicy();
    for (Policy p : incoming.policies) {
        if (baseAssigned && baseAssigned->id != p.id && p.assigned) {
            p.assigned = false;
            if (notes)
                notes->append(tr("Policy '%1' imported unassigned (another policy is assigned)").arg(p.name));
        }
        mergeOne(merged.policies, std::move(p), "Policy", notes);
    }
    return merged;
}

} // namespace ipsec
