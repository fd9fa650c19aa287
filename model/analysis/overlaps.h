// Filters of one policy whose traffic overlaps, and what the most-specific-filter order (specificity.h, Q1)
// makes of it: duplicates, filters that never apply (shadowed), ties Windows may resolve either way
// (ambiguous), and the intended "exception inside a broader rule" pattern.
#pragma once

#include "core/finding.h"
#include "packetmatch.h"
#include "traffic.h"

#include <optional>
#include <vector>

namespace ipsec::analysis {

enum class OverlapKind : std::uint8_t {
    Duplicate, // the same traffic and the same treatment: one of the two is superfluous
    Shadowed,  // the same traffic, different treatment: one of the two never applies
    Ambiguous, // overlapping traffic, equal weight, different treatment: Windows' choice is not known (Q1)
    Exception, // one lies inside the other with a different treatment: the narrower one wins there
    Partial,   // partly overlapping, different treatment: the more specific one wins in the overlap
    Redundant, // one lies inside the other with the same treatment: the narrower one changes nothing
};

struct Overlap {
    OverlapKind kind = OverlapKind::Partial;
    PolicyFilter winner; // the one that applies where they overlap (for a tie: the first in display order)
    PolicyFilter other;

    Severity severity() const;
};

QString displayName(OverlapKind kind);
// Every overlapping pair of filters of the policy's active rules, in display order of the first filter, then
// the second. An interval index (overlapindex.h) finds the candidate pairs, so the cost follows the number of
// boxes that meet rather than the square of the filters. `limit` > 0 stops after that many overlaps.
using Overlaps = LargeArray<Overlap>;
Overlaps findOverlaps(const StoreData &store, const Policy &policy, const MatchEnvironment &env = {},
                      std::size_t limit = 0);
// How two filters of a policy overlap, if they do and there is something to say (treated alike and neither
// inside the other: nothing).
std::optional<Overlap> classify(const PolicyFilter &a, const Traffic &ta, const PolicyFilter &b,
                                const Traffic &tb);
QString describe(const Overlap &overlap);
QString describe(const Overlaps &overlaps); // one line each, or "no overlapping filters"

} // namespace ipsec::analysis
