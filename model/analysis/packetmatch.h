// Which rule wins for a packet: every filter of the policy's active rules, ordered most specific first
// (specificity.h, Q1), and the first one that matches decides.
#pragma once

#include "addressspace.h"
#include "core/largearray.h"
#include "specificity.h"

#include <optional>
#include <vector>

namespace ipsec::analysis {

struct Packet {
    IpAddress source;
    IpAddress destination;
    std::uint8_t protocol = protocol::Tcp;
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    // Marks a side as a keyword address ("me", "dns-servers", "name:host.example.com", see addressSymbol())
    // for when the MatchEnvironment does not list that keyword's addresses: "me" means this computer.
    QString sourceKeyword;
    QString destinationKeyword;
};

// One filter of a policy, with the rule that uses it. The pointers point into the StoreData the list was
// made from and are valid while it is unchanged.
struct PolicyFilter {
    const Rule *rule = nullptr;
    const FilterList *filterList = nullptr;
    const Filter *filter = nullptr;
    const FilterAction *action = nullptr; // null when the rule's action is missing
    int ruleIndex = 0;                    // position in the policy and in the list: a stable tie order only
    int filterIndex = 0;
    FilterWeight weight;
};

// The filters Windows puts in its list for the policy: those of the active rules (the default response rule
// has no filters).
// (A LargeArray: a policy of 100,000 filters gives 5 MB.)
using PolicyFilters = LargeArray<PolicyFilter>;
PolicyFilters policyFilters(const StoreData &store, const Policy &policy);

// Two filters lead to the same treatment: the same rule, or the same filter action, tunnel, authentication
// and connection type.
bool sameOutcome(const PolicyFilter &a, const PolicyFilter &b);

struct MatchCandidate {
    PolicyFilter filter;
    bool viaMirror = false; // matched the mirrored (reverse) direction
};

struct MatchResult {
    std::vector<MatchCandidate> candidates; // every matching filter, most specific first
    // The first two candidates rank equal and treat the packet differently: Windows' choice is not known
    // (Q1).
    bool tie = false;

    const MatchCandidate *winner() const { return candidates.empty() ? nullptr : &candidates.front(); }
};

bool matches(const Filter &filter, const Packet &packet, const MatchEnvironment &env,
             bool *viaMirror = nullptr);
MatchResult match(const StoreData &store, const Policy &policy, const Packet &packet,
                  const MatchEnvironment &env = {});
// Several lines: the winner (or "no filter matches: the packet is not subject to IPsec") and the candidates.
QString describe(const MatchResult &result);

} // namespace ipsec::analysis
