// What a wizard produces: new objects only, never an edit of the store. The main window applies a result
// as ONE undo command (it can wrap applyWizardResult, or snapshot the store around it).
#pragma once

#include "core/policystore.h"

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace ipsec {

struct WizardResult {
    std::vector<FilterList>
        newFilterLists; // created with the Add buttons (or by the IP filter wizard's list)
    std::vector<FilterAction> newFilterActions;    // created with the Add buttons or the Filter Action wizard
    std::optional<Policy> newPolicy;               // the IP Security Policy wizard
    std::optional<std::pair<QUuid, Rule>> newRule; // the Security Rule wizard: policy id, rule
    std::optional<std::pair<QUuid, Filter>>
        newFilter;                         // the IP Filter wizard on its own: filter list id, filter
    bool editPropertiesAfterwards = false; // "Edit properties" was checked on the completion page

    bool isEmpty() const;
    // The object the wizard was about (to open its properties afterwards): kind, id, parent id.
    std::tuple<ObjectKind, QUuid, QUuid> primaryObject() const;
    // What the wizard added, for its undo step: "rule 'Web'", "filter 'me ↔ any TCP'".
    QString describe() const;
};

// Adds everything in a result to the store, in dependency order (lists and actions, then the policy, then
// the rule and the filter). All or nothing: the result is first applied to a scratch copy, and when any step
// is refused the store is left untouched and the refusal returned.
EditResult applyWizardResult(PolicyStore &store, const WizardResult &result);
// The same on plain data (for undo commands that keep before/after snapshots).
EditResult applyWizardResult(StoreData &data, const WizardResult &result);

} // namespace ipsec
