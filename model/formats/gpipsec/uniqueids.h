// After an import from directory objects: every object of the store has its own id, as a document needs
// (docs/formats/gpipsec.md, "Objects used twice"). Internal to this format.
#pragma once

#include "core/finding.h"
#include "core/types.h"

namespace ipsec::gpipsec {

// Gives each object whose id an earlier object of the store already has (in document order: filter lists
// with their filters, filter actions, policies with IKE settings, default response and rules) a new id
// derived from the old one, with a warning naming both. Rules that named a renamed filter action follow it.
void giveEveryObjectItsOwnId(StoreData &store, Findings &findings);

} // namespace ipsec::gpipsec
