// Preshared keys are the only secrets of a store (docs/architecture.md, secrets). Copies the user did not
// ask for, such as the window's recovery copies, may be written without them.
#pragma once

#include "types.h"

namespace ipsec {

// The store with the text of every preshared key (of rules and default response rules) emptied; `removed`
// counts them. Validation flags each empty key, so a restored copy says what to enter again.
StoreData withoutPresharedKeys(StoreData store, int *removed = nullptr);

} // namespace ipsec
