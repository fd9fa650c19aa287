// "What happens to this packet": the winning filter of a policy, how sure that is, and why each other
// matching filter loses (docs/analysis.md, "Which rule wins", "Certainty").
#pragma once

#include "packetmatch.h"

#include <optional>
#include <vector>

namespace ipsec::analysis {

// The filter's rule's action (Treatment, core/types.h; its text: token()); None when the rule's filter action
// is missing.
Treatment treatmentOf(const PolicyFilter &filter);

struct ExplainedCandidate {
    MatchCandidate match;
    Treatment treatment = Treatment::None;
    QString reason; // why it wins (the first) or loses, in one sentence
};

struct Explanation {
    std::vector<ExplainedCandidate> candidates; // the winner first, then most specific first
    // The two most specific filters rank equal and treat the packet differently: never a silent pick.
    bool tie = false;
    // The winner is decided by nesting: its traffic lies inside every other candidate's. Otherwise the order
    // rests on the documented, unconfirmed weight model (Q1). True when nothing or only one filter matches.
    bool certain = true;
    // What happens without a matching filter (clear text, or the default response rule), one sentence.
    QString fallback;

    const ExplainedCandidate *winner() const { return candidates.empty() ? nullptr : &candidates.front(); }
    Treatment treatment() const
    {
        return candidates.empty() ? Treatment::None : candidates.front().treatment;
    }
};

Explanation explain(const StoreData &store, const Policy &policy, const Packet &packet,
                    const MatchEnvironment &env = {});

// The policy a packet is tested against when none is named: the assigned one, else the only one; null (with
// the reason in `why`) otherwise. With a name: that policy (case-insensitive), or null with the reason.
const Policy *choosePolicy(const StoreData &store, const QString &name, QString *why = nullptr);

// "rule 'Web' / filter list 'Web servers' / filter 10.0.1.0/24 ↔ 10.2.27.0/25 TCP any→8080"
QString filterDescription(const PolicyFilter &filter);
// Several lines: the winner with its treatment, tie and certainty, then every other candidate and its reason.
QString describe(const Explanation &explanation);

} // namespace ipsec::analysis
