// Checks of independent objects (one filter list, the overlaps of one policy) on the cores of the machine.
// Each object gets its own Context and sink, and the findings come back in the objects' order, so the result
// is the one a single thread gives (docs/performance.md, "Validation on two cores").
#pragma once

#include "validationcontext.h"

#include <functional>
#include <vector>

namespace ipsec::validation {

// What check(ctx, i) adds for each object i of 0..count-1, in that order. `threads` threads at most,
// the calling one included (0: one per core, up to four). An exception a check throws is thrown again here.
std::vector<Findings> checkEach(const StoreData &store, const ValidationOptions &options, std::size_t count,
                                const std::function<void(Context &, std::size_t)> &check, unsigned threads);

} // namespace ipsec::validation
