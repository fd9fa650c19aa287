#include "intents.h"

#include "packettext.h"

namespace ipsec::analysis {

IntentResult checkIntent(const StoreData &store, const Intent &intent)
{
    IntentResult r;
    QString why;
    const std::optional<Packet> packet = parsePacket(intent.packet, &why);
    if (!packet) {
        r.problem = QStringLiteral("its packet does not parse: %1").arg(why);
        return r;
    }
    r.policy = choosePolicy(store, intent.policy, &why);
    if (!r.policy) {
        r.problem = why;
        return r;
    }
    const Explanation e = explain(store, *r.policy, *packet);
    r.actual = e.treatment();
    if (const ExplainedCandidate *w = e.winner())
        r.winnerRule = w->match.filter.rule->name;
    if (e.tie) {
        // The runner-up treats the packet differently; if either treatment is the expected one, the answer
        // depends on Windows' unconfirmed tie handling.
        const bool eitherExpected = r.actual == intent.expect || e.candidates[1].treatment == intent.expect;
        r.status = eitherExpected ? IntentResult::Status::Tie : IntentResult::Status::Fail;
        return r;
    }
    r.status = r.actual == intent.expect ? IntentResult::Status::Pass : IntentResult::Status::Fail;
    return r;
}

} // namespace ipsec::analysis
