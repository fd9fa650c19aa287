// How specific a filter is: the order in which Windows tries the filters of the assigned policy.
//
// Q1 (docs/formats/object-model.md, Windows behaviour the model reflects): Windows orders all filters of the
// policy from most to least specific, but the exact weighting and the handling of ties are not confirmed.
// This file is the ONE place that decides it. Until the cited Microsoft article ("IPsec Filter Ordering", The
// Cable Guy) is confirmed, the weighting follows Q1's recommendation and compares, in this order of
// significance:
//   1. address specificity: source + destination, each 0 (any) .. 128 (one host), IPv4 scaled to the IPv6
//      width so both families compare; a subnet counts its mask bits, a range the bits of the smallest
//      power of two that holds it; "me", the server keywords and DNS names count as one host;
//   2. protocol: a specific protocol (1) beats any (0);
//   3. ports (TCP/UDP only): per side a single port 2, a range 1, any 0.
// Equal weights are a tie: the analysis reports it instead of picking a filter silently.
#pragma once

#include "core/types.h"

#include <QString>
#include <compare>

namespace ipsec::analysis {

struct FilterWeight {
    int addressBits = 0;
    int protocol = 0;
    int ports = 0;

    friend auto operator<=>(const FilterWeight &, const FilterWeight &) = default;
    friend bool operator==(const FilterWeight &, const FilterWeight &) = default;
};

// 0 (any) .. 128 (a single host), see above.
int addressSpecificity(const FilterAddress &address);
FilterWeight filterWeight(const Filter &filter);
bool protocolHasPorts(std::uint8_t protocol);
QString describe(const FilterWeight &weight); // "addresses 256/256, protocol specific, ports 2/4"

} // namespace ipsec::analysis
