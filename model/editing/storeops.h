// Whole-document operations the window needs: the part of a store one policy uses (for the live script
// preview) and the merge of an imported store into the open document.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QStringList>
#include <limits>
#include <optional>

namespace ipsec {

// The store reduced to one policy and the filter lists and filter actions its rules use (store info kept).
// An unknown id gives a store without policies. maxFilters: the lists keep only their first filters, this
// many in all but at least one per list (the script preview of a policy with 100,000 filters).
StoreData policySubset(const StoreData &store, const QUuid &policyId,
                       std::size_t maxFilters = std::numeric_limits<std::size_t>::max());

// Adds every object of `incoming` to `base`: an object whose id is already there replaces it; a name that
// another object already has gets " (2)", " (3)"... Only one policy stays assigned (the base's, if any).
// notes: one line per renamed or replaced object.
StoreData mergeStores(const StoreData &base, const StoreData &incoming, QStringList *notes = nullptr);

// What Copy puts on the clipboard for one navigator object: a policy as policySubset gives it, a rule inside
// a copy of its policy that holds only that rule (with the list and action it uses), a filter list or a
// filter action alone, a filter inside a copy of its list that holds only that filter (store info kept). Any
// other kind, or an unknown id, gives a store without objects.
StoreData objectSubset(const StoreData &store, ObjectKind kind, const QUuid &id, const QUuid &parentId = {});

// What a paste adds: `clip` with fresh ids everywhere (rules re-pointed to the new ones, policies never
// assigned), ready for mergeStores, which makes the names unique. A filter list or filter action the clip
// only carries because its policies use it, and which `base` already holds unchanged (same id, same content),
// is not copied: the pasted rules use the existing one.
StoreData withFreshIds(const StoreData &clip, const StoreData &base);

// Pasting a copied rule (a clip as objectSubset gives it for a rule) into policy `policyId` at `index` (-1 or
// out of range: at the end): the rule gets a fresh id, and a name unique within the policy; its filter list
// and filter action are shared when `base` holds them unchanged, else added as copies (withFreshIds). Empty
// when the clip is not one rule or the policy does not exist. ruleId: the pasted rule's id.
std::optional<StoreData> withPastedRule(const StoreData &base, const StoreData &clip, const QUuid &policyId,
                                        int index = -1, QUuid *ruleId = nullptr,
                                        QStringList *notes = nullptr);

} // namespace ipsec
