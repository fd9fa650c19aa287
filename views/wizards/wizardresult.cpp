#include "wizardresult.h"

#include "core/enumnames.h"

#include <QCoreApplication>

namespace ipsec {
namespace {

EditResult applyTo(PolicyStore &store, const WizardResult &r)
{
    for (const FilterList &l : r.newFilterLists)
        if (EditResult e = store.addFilterList(l); !e)
            return e;
    for (const FilterAction &a : r.newFilterActions)
        if (EditResult e = store.addFilterAction(a); !e)
            return e;
    if (r.newPolicy)
        if (EditResult e = store.addPolicy(*r.newPolicy); !e)
            return e;
    if (r.newRule)
        if (EditResult e = store.addRule(r.newRule->first, r.newRule->second); !e)
            return e;
    if (r.newFilter)
        if (EditResult e = store.addFilter(r.newFilter->first, r.newFilter->second); !e)
            return e;
    return EditResult::success();
}

} // namespace

bool WizardResult::isEmpty() const
{
    return newFilterLists.empty() && newFilterActions.empty() && !newPolicy && !newRule && !newFilter;
}

std::tuple<ObjectKind, QUuid, QUuid> WizardResult::primaryObject() const
{
    if (newRule)
        return {ObjectKind::Rule, newRule->second.id, newRule->first};
    if (newPolicy)
        return {ObjectKind::Policy, newPolicy->id, {}};
    if (newFilter)
        return {ObjectKind::Filter, newFilter->second.id, newFilter->first};
    if (!newFilterActions.empty())
        return {ObjectKind::FilterAction, newFilterActions.back().id, {}};
    if (!newFilterLists.empty())
        return {ObjectKind::FilterList, newFilterLists.back().id, {}};
    return {ObjectKind::None, {}, {}};
}

EditResult applyWizardResult(StoreData &data, const WizardResult &result)
{
    PolicyStore scratch(data);
    if (EditResult e = applyTo(scratch, result); !e)
        return e;
    data = scratch.data();
    return EditResult::success();
}

EditResult applyWizardResult(PolicyStore &store, const WizardResult &result)
{
    PolicyStore scratch(store.data());
    if (EditResult e = applyTo(scratch, result); !e)
        return e;
    return applyTo(store, result); // cannot fail now: the same steps just succeeded on the same data
}

QString WizardResult::describe() const
{
    if (newPolicy)
        return QCoreApplication::translate("ipsec::WizardResult", "policy '%1'").arg(newPolicy->name);
    if (newRule)
        return QCoreApplication::translate("ipsec::WizardResult", "rule '%1'").arg(newRule->second.name);
    if (newFilter) {
        const Filter &f = newFilter->second;
        return QCoreApplication::translate("ipsec::WizardResult", "filter '%1'")
            .arg(f.description.isEmpty() ? QStringLiteral("%1 %2 %3")
                                               .arg(formatAddress(f.source),
                                                    f.mirrored ? QStringLiteral("↔") : QStringLiteral("→"),
                                                    formatAddress(f.destination))
                                         : f.description);
    }
    if (!newFilterActions.empty())
        return QCoreApplication::translate("ipsec::WizardResult", "filter action '%1'")
            .arg(newFilterActions.front().name);
    if (!newFilterLists.empty())
        return QCoreApplication::translate("ipsec::WizardResult", "filter list '%1'")
            .arg(newFilterLists.front().name);
    return {};
}

} // namespace ipsec
