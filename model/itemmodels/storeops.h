// Whole-document operations the window needs: the part of a store one policy uses (for the live script
// preview) and the merge of an imported store into the open document.
#pragma once

#include "core/types.h"

#include <QStringList>

namespace ipsec {

// The store reduced to one policy and the filter lists and filter actions its rules use (store info kept).
// An unknown id gives a store without policies.
StoreData policySubset(const StoreData &store, const QUuid &policyId);

// Adds every object of `incoming` to `base`: an object whose id is already there replaces it; a name that
// another object already has gets " (2)", " (3)"... Only one policy stays assigned (the base's, if any).
// notes: one line per renamed or replaced object.
StoreData mergeStores(const StoreData &base, const StoreData &incoming, QStringList *notes = nullptr);

} // namespace ipsec
