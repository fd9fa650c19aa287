// Checks that ask the analysis: filters of a policy that overlap in a way Windows resolves against the user
// (IPS-084..087), the stored intents (IPS-088..090) and a crypto baseline (IPS-091..094).
#include "analysis/intents.h"
#include "analysis/overlapindex.h"
#include "analysis/overlaps.h"
#include "core/enumnames.h"
#include "templates/cryptobaselines.h"
#include "validationcontext.h"
#include "validationtr.h"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <tuple>

namespace ipsec::validation {
namespace {

QString filterName(const analysis::PolicyFilter &pf)
{
    return Validation::tr("filter %1 of filter list %2 (rule %3)")
        .arg(pf.filterIndex + 1)
        .arg(quoted(pf.filterList->name), quoted(pf.rule->name));
}

Location filterAt(const analysis::PolicyFilter &pf)
{
    return filterLocation(*pf.filterList, static_cast<std::size_t>(pf.filterIndex));
}

std::optional<Code> codeOf(analysis::OverlapKind kind)
{
    switch (kind) {
    case analysis::OverlapKind::Duplicate:
        return Code::OverlapDuplicate;
    case analysis::OverlapKind::Shadowed:
        return Code::OverlapShadowed;
    case analysis::OverlapKind::Ambiguous:
        return Code::OverlapAmbiguous;
    default:
        return std::nullopt; // exceptions, partial overlaps and redundancy are intended or harmless
    }
}

void reportOverlap(Context &ctx, const Policy &policy, const analysis::Overlap &o, Code code)
{
    const QString winner = filterName(o.winner);
    const QString other = filterName(o.other);
    QString message;
    switch (code) {
    case Code::OverlapDuplicate:
        message = Validation::tr("In policy %1, %2 matches the same traffic as %3 with the same treatment.")
                      .arg(quoted(policy.name), other, winner);
        break;
    case Code::OverlapShadowed:
        message = o.winner.weight == o.other.weight
                      ? Validation::tr("In policy %1, %2 and %3 match the same traffic with different "
                                       "treatment; one of them never applies and which one is not "
                                       "confirmed.")
                            .arg(quoted(policy.name), other, winner)
                      : Validation::tr("In policy %1, %2 never applies: %3 matches the same traffic and is "
                                       "more specific.")
                            .arg(quoted(policy.name), other, winner);
        break;
    default:
        message = Validation::tr("In policy %1, %2 and %3 overlap with equal specificity and different "
                                 "treatment; which one Windows applies is not confirmed.")
                      .arg(quoted(policy.name), other, winner);
        break;
    }
    // At both filters, so that Problems jumps to either and the navigator marks both; the one that loses
    // (on a tie, the later one) first.
    ctx.add(code, filterAt(o.other), message);
    ctx.add(code, filterAt(o.winner), message);
}

QString expectationText(Treatment t)
{
    return t == Treatment::None ? Validation::tr("no filter (clear text)") : token(t);
}

Location intentAt(const Intent &intent, std::size_t index)
{
    Location at = storeLocation(indexedField(QStringLiteral("intents"), static_cast<qsizetype>(index)));
    at.objectPath = Validation::tr("Intent %1").arg(quoted(intent.name));
    return at;
}

// The filters of one weight in a policy, and the later ones each may overlap. Only pairs of equal weight are
// compared (duplicates and shadows cover the same traffic, so they weigh the same, as ambiguous pairs do;
// pairs of different weight are exceptions or partial overlaps, which validation leaves to `analyze`,
// docs/analysis.md).
class WeightGroup {
public:
    void add(std::size_t filter, analysis::Traffic traffic)
    {
        m_members.push_back(filter);
        m_traffic.push_back(std::move(traffic));
    }
    std::size_t size() const { return m_members.size(); }
    std::size_t member(std::size_t position) const { return m_members[position]; }
    const analysis::Traffic &traffic(std::size_t position) const { return m_traffic[position]; }

    // When every member has the same outcome (one rule, say: a list of 100,000 filters), a pair can only be
    // reported as a duplicate, which needs the same traffic: the members are grouped by
    // Traffic::duplicateKey and only members of one key are compared. Otherwise an overlap index gives every
    // pair whose traffic may meet.
    void prepare(const analysis::PolicyFilters &filters)
    {
        if (m_members.size() < 2)
            return;
        const analysis::PolicyFilter &first = filters[m_members.front()];
        const bool oneOutcome = std::all_of(m_members.begin(), m_members.end(), [&](std::size_t f) {
            return analysis::sameOutcome(first, filters[f]);
        });
        if (!oneOutcome) {
            m_index = std::make_unique<analysis::OverlapIndex>(m_traffic);
            return;
        }
        m_keys.reserve(m_members.size());
        for (const analysis::Traffic &t : m_traffic)
            m_keys.push_back(t.duplicateKey());
        m_byKey.resize(m_members.size());
        std::iota(m_byKey.begin(), m_byKey.end(), std::size_t(0));
        std::sort(m_byKey.begin(), m_byKey.end(), [this](std::size_t a, std::size_t b) {
            return std::tie(m_keys[a], a) < std::tie(m_keys[b], b);
        });
        m_rank.resize(m_members.size());
        for (std::size_t r = 0; r < m_byKey.size(); ++r)
            m_rank[m_byKey[r]] = r;
    }

    // The positions after `position` to compare it with, ascending (so their filters ascend too).
    void candidatesAfter(std::size_t position, std::vector<std::size_t> &out) const
    {
        out.clear();
        if (m_index) {
            m_index->candidatesAfter(position, out);
            return;
        }
        for (std::size_t r = m_rank.empty() ? m_byKey.size() : m_rank[position] + 1;
             r < m_byKey.size() && m_keys[m_byKey[r]] == m_keys[position]; ++r)
            out.push_back(m_byKey[r]);
    }

private:
    std::vector<std::size_t> m_members; // indexes into the policy's filters, ascending
    std::vector<analysis::Traffic> m_traffic;
    std::unique_ptr<analysis::OverlapIndex> m_index; // members of more than one outcome
    std::vector<QByteArray> m_keys;                  // members of one outcome: their duplicate keys,
    std::vector<std::size_t> m_byKey;                // the positions ordered by key, then position,
    std::vector<std::size_t> m_rank;                 // and where each position stands in that order
};

} // namespace

void checkOverlaps(Context &ctx, const Policy &policy, int maxListed)
{
    const analysis::PolicyFilters filters = analysis::policyFilters(ctx.store(), policy);
    if (filters.size() < 2)
        return;
    std::map<analysis::FilterWeight, WeightGroup> byWeight;
    std::vector<std::pair<WeightGroup *, std::size_t>> place(filters.size()); // filter → its group, position
    for (std::size_t i = 0; i < filters.size(); ++i) {
        WeightGroup &g = byWeight[filters[i].weight];
        place[i] = {&g, g.size()};
        g.add(i, analysis::Traffic::of(*filters[i].filter));
    }
    for (auto &[weight, g] : byWeight)
        g.prepare(filters);
    // The pairs in display order, (i, j) ascending, one filter's candidates at a time: no list of every
    // candidate pair (one list of 100,000 filters gives tens of millions), and the walk ends at the limit.
    std::vector<std::size_t> candidates;
    int listed = 0;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        const auto &[group, m] = place[i];
        group->candidatesAfter(m, candidates); // ascending positions, so ascending filters
        const analysis::PolicyFilter &a = filters[i];
        for (std::size_t n : candidates) {
            const std::size_t j = group->member(n);
            const analysis::PolicyFilter &b = filters[j];
            // Two identical filters of one list are IPS-012 already.
            if (a.filterList == b.filterList && a.filter->sameTraffic(*b.filter))
                continue;
            const std::optional<analysis::Overlap> o =
                analysis::classify(a, group->traffic(m), b, group->traffic(n));
            const std::optional<Code> code = o ? codeOf(o->kind) : std::nullopt;
            if (!code)
                continue;
            if (listed == maxListed) {
                ctx.add(Code::OverlapsNotListed, policyLocation(policy, QStringLiteral("rules")),
                        Validation::tr("Policy %1 has more than %2 overlapping filters that need a look; the "
                                       "rest are not listed.")
                            .arg(quoted(policy.name))
                            .arg(maxListed));
                return;
            }
            reportOverlap(ctx, policy, *o, *code);
            ++listed;
        }
    }
}

void checkIntents(Context &ctx)
{
    const std::vector<Intent> &intents = ctx.store().intents;
    for (std::size_t i = 0; i < intents.size(); ++i) {
        const Intent &intent = intents[i];
        const analysis::IntentResult r = analysis::checkIntent(ctx.store(), intent);
        switch (r.status) {
        case analysis::IntentResult::Status::Pass:
            break;
        case analysis::IntentResult::Status::Unchecked:
            ctx.add(Code::IntentUnchecked, intentAt(intent, i),
                    Validation::tr("Intent %1 cannot be checked: %2.").arg(quoted(intent.name), r.problem));
            break;
        case analysis::IntentResult::Status::Fail:
            ctx.add(Code::IntentFails, intentAt(intent, i),
                    Validation::tr("Intent %1 fails: the packet \"%2\" should get %3 from policy %4, but %5.")
                        .arg(quoted(intent.name), intent.packet, expectationText(intent.expect),
                             quoted(r.policy->name),
                             r.actual == Treatment::None ? Validation::tr("no filter matches it (clear text)")
                                                         : Validation::tr("rule %1 applies %2")
                                                               .arg(quoted(r.winnerRule), token(r.actual))));
            break;
        case analysis::IntentResult::Status::Tie:
            ctx.add(Code::IntentUndecided, intentAt(intent, i),
                    Validation::tr("Intent %1 is undecided: in policy %2 two equally specific filters treat "
                                   "the packet \"%3\" differently, and only one of them gives %4.")
                        .arg(quoted(intent.name), quoted(r.policy->name), intent.packet,
                             expectationText(intent.expect)));
            break;
        }
    }
}

namespace {

class BaselineCheck {
public:
    BaselineCheck(Context &ctx, const baselines::CryptoBaseline &b) : m_ctx(ctx), m_b(b) {}

    void methods(const QList<SecurityMethod> &list, const LocationMaker &where, const QString &owner)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const SecurityMethod &m = list[i];
            const QString field = indexedField(QStringLiteral("securityMethods"), i);
            if (m.usesEsp() && m.espEncryption != Encryption::None)
                encryption(m.espEncryption, where(field + QStringLiteral(".espEncryption")), owner);
            if (m.usesEsp() && m.espIntegrity != Integrity::None)
                integrity(m.espIntegrity, where(field + QStringLiteral(".espIntegrity")), owner);
            if (m.usesAh())
                integrity(m.ahIntegrity, where(field + QStringLiteral(".ahIntegrity")), owner);
        }
    }

    void policy(const Policy &p)
    {
        const QString owner = Validation::tr("the key exchange of policy %1").arg(quoted(p.name));
        for (qsizetype i = 0; i < p.ike.methods.size(); ++i) {
            const IkeMethod &m = p.ike.methods[i];
            const QString field = indexedField(QStringLiteral("ike.methods"), i);
            encryption(m.encryption, policyLocation(p, field + QStringLiteral(".encryption")), owner);
            integrity(m.integrity, policyLocation(p, field + QStringLiteral(".integrity")), owner);
            if (baselines::strength(m.dhGroup) < baselines::strength(m_b.weakestDhGroup))
                m_ctx.add(
                    Code::BelowBaselineDhGroup, policyLocation(p, field + QStringLiteral(".dhGroup")),
                    Validation::tr("%1 uses %2, weaker than baseline %3 allows (%4 or stronger; %4: %5).")
                        .arg(capitalized(owner), displayName(m.dhGroup), name(),
                             displayName(m_b.weakestDhGroup), baselines::supportNote(m_b.weakestDhGroup)));
        }
        if (p.defaultResponse.active)
            methods(
                p.defaultResponse.securityMethods,
                [&p](const QString &f) { return defaultResponseLocation(p, f); },
                Validation::tr("the default response rule of policy %1").arg(quoted(p.name)));
        for (const Rule &r : p.rules) {
            for (qsizetype i = 0; i < r.authMethods.size(); ++i)
                if (!m_b.authentication.contains(r.authMethods[i].kind))
                    m_ctx.add(
                        Code::AuthenticationOutsideBaseline,
                        ruleLocation(p, r, indexedField(QStringLiteral("authMethods"), i)),
                        Validation::tr("Rule %1 of policy %2 authenticates with %3, which baseline %4 "
                                       "does not allow.")
                            .arg(quoted(r.name), quoted(p.name), displayName(r.authMethods[i].kind), name()));
        }
    }

private:
    QString name() const { return QString::fromLatin1(m_b.name); }
    static QString capitalized(QString s)
    {
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }

    void encryption(Encryption e, const Location &at, const QString &owner)
    {
        if (baselines::strength(e) >= baselines::strength(m_b.weakestEncryption))
            return;
        m_ctx.add(Code::BelowBaselineEncryption, at,
                  Validation::tr("%1 uses %2, weaker than baseline %3 allows (%4 or stronger; %4: %5).")
                      .arg(capitalized(owner), displayName(e), name(), displayName(m_b.weakestEncryption),
                           baselines::supportNote(m_b.weakestEncryption)));
    }

    void integrity(Integrity i, const Location &at, const QString &owner)
    {
        if (baselines::strength(i) >= baselines::strength(m_b.weakestIntegrity))
            return;
        m_ctx.add(Code::BelowBaselineIntegrity, at,
                  Validation::tr("%1 uses %2, weaker than baseline %3 allows (%4 or stronger; %4: %5).")
                      .arg(capitalized(owner), displayName(i), name(), displayName(m_b.weakestIntegrity),
                           baselines::supportNote(m_b.weakestIntegrity)));
    }

    Context &m_ctx;
    const baselines::CryptoBaseline &m_b;
};

} // namespace

bool checkBaseline(Context &ctx, const QString &baselineName)
{
    const baselines::CryptoBaseline *b = baselines::find(baselineName);
    if (!b)
        return false;
    BaselineCheck check(ctx, *b);
    for (const FilterAction &a : ctx.store().filterActions)
        if (a.action == ActionKind::Negotiate)
            check.methods(
                a.securityMethods, [&a](const QString &f) { return filterActionLocation(a, f); },
                Validation::tr("filter action %1").arg(quoted(a.name)));
    for (const Policy &p : ctx.store().policies)
        check.policy(p);
    return true;
}

} // namespace ipsec::validation
