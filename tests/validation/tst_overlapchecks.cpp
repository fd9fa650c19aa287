// The overlap warnings of validation (IPS-084 duplicate, IPS-085 shadowed, IPS-086 ambiguous) against a
// comparison of every pair of a policy's filters. Validation compares only filters of equal weight, through
// an overlap index, or, where all of a weight share one outcome, by Traffic::duplicateKey
// (validation/analysischecks.cpp); either way it must report exactly the pairs the comparison of every pair
// reports, in the same order.
#include "analysis/overlaps.h"
#include "analysis/traffic.h"
#include "storebuilder.h"
#include "templates/templates.h"
#include "validation/validator.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::analysis;

namespace {

// The generated filters, with copies the overlap check must find or leave to IPS-012: every 40th filter
// again with its sides (and ports) swapped, mirrored (the same traffic written another way: a duplicate),
// and every 70th again as it is (the same filter twice in one list: IPS-012's, not an overlap).
StoreData storeWithCopies(int rules)
{
    StoreData store = generateStore(1200, 5);
    FilterList all;
    all.id = newId();
    all.name = QStringLiteral("All");
    int n = 0;
    for (const FilterList &list : store.filterLists)
        for (const Filter &f : list.filters) {
            all.filters.push_back(f);
            if (++n % 40 == 0 && f.mirrored) {
                Filter swapped = f;
                swapped.id = newId();
                std::swap(swapped.source, swapped.destination);
                std::swap(swapped.sourcePort, swapped.destinationPort);
                all.filters.push_back(swapped);
            }
            if (n % 70 == 0) {
                Filter again = f;
                again.id = newId();
                all.filters.push_back(again);
            }
        }
    // `rules` rules share the filters in turn (each its own list), with the store's actions in turn.
    store.filterLists.clear();
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("All");
    for (int r = 0; r < rules; ++r) {
        FilterList part;
        part.id = newId();
        part.name = QStringLiteral("Part %1").arg(r);
        for (std::size_t k = std::size_t(r); k < all.filters.size(); k += std::size_t(rules))
            part.filters.push_back(all.filters[k]);
        store.filterLists.push_back(part);
        Rule rule;
        rule.id = newId();
        rule.name = QStringLiteral("r%1").arg(r);
        rule.filterList = part.id;
        rule.filterAction = store.filterActions[std::size_t(r) % store.filterActions.size()].id;
        p.rules.append(rule);
    }
    store.policies = {p};
    return store;
}

// What validation should report: every pair of equal weight, in order, that is not IPS-012's and that
// classify() calls a duplicate, a shadow or ambiguous. Two warnings per pair (at both filters).
QMap<QString, int> everyPairComparison(const StoreData &store)
{
    const PolicyFilters filters = policyFilters(store, store.policies.front());
    std::vector<Traffic> traffic;
    for (const PolicyFilter &pf : filters)
        traffic.push_back(Traffic::of(*pf.filter));
    QMap<QString, int> counts;
    for (std::size_t i = 0; i < filters.size(); ++i)
        for (std::size_t j = i + 1; j < filters.size(); ++j) {
            if (filters[i].weight < filters[j].weight || filters[j].weight < filters[i].weight)
                continue;
            if (filters[i].filterList == filters[j].filterList &&
                filters[i].filter->sameTraffic(*filters[j].filter))
                continue;
            const auto o = classify(filters[i], traffic[i], filters[j], traffic[j]);
            if (!o)
                continue;
            const char *code = o->kind == OverlapKind::Duplicate   ? "IPS-084"
                               : o->kind == OverlapKind::Shadowed  ? "IPS-085"
                               : o->kind == OverlapKind::Ambiguous ? "IPS-086"
                                                                   : nullptr;
            if (code)
                counts[QLatin1StringView(code)] += 2;
        }
    return counts;
}

QMap<QString, int> overlapWarnings(const Findings &findings)
{
    QMap<QString, int> counts;
    for (const Finding &f : findings)
        if (f.code == u"IPS-084" || f.code == u"IPS-085" || f.code == u"IPS-086" || f.code == u"IPS-087")
            ++counts[f.code];
    return counts;
}

} // namespace

class TestOverlapChecks : public QObject {
    Q_OBJECT
private slots:
    void validationReportsThePairsEveryPairComparisonReports_data()
    {
        QTest::addColumn<int>("rules");
        QTest::newRow("one rule: one outcome, found by duplicate key") << 1;
        QTest::newRow("two rules with different actions: through the index") << 2;
        QTest::newRow("five rules, actions in turn") << 5;
    }
    void validationReportsThePairsEveryPairComparisonReports()
    {
        QFETCH(int, rules);
        const StoreData store = storeWithCopies(rules);
        const QMap<QString, int> expected = everyPairComparison(store);
        int pairs = 0;
        for (int warnings : expected)
            pairs += warnings / 2;
        QVERIFY(pairs >= 10); // the swapped copies at least: duplicates in one rule, shadows across rules
        const QMap<QString, int> reported =
            overlapWarnings(validate(store, ValidationOptions({}, {}, 1000000)));
        QCOMPARE(reported, expected);
    }

    // Traffic that covers each other has one duplicate key, however it is written: the property the grouping
    // relies on, checked on every pair of a generated store's filters and on hand-made spellings.
    void trafficCoveringEachOtherSharesItsDuplicateKey()
    {
        std::vector<Traffic> traffic;
        const StoreData store = storeWithCopies(1);
        for (const FilterList &list : store.filterLists)
            for (const Filter &f : list.filters)
                traffic.push_back(Traffic::of(f));
        using test::filter;
        for (const Filter &f : {
                 filter("10.0.0.0/24", "10.1.0.0/24", protocol::Tcp, 1024, 80),
                 filter("10.1.0.0/24", "10.0.0.0/24", protocol::Tcp, 80, 1024),         // the same, swapped
                 filter("10.0.0.0-10.0.0.255", "10.1.0.0/24", protocol::Tcp, 1024, 80), // a range for the /24
                 filter("10.2.0.1", "10.2.0.1", protocol::Udp, 0, 0, false),
                 filter("10.2.0.1", "10.2.0.1", protocol::Udp, 0, 0, true), // its mirror adds nothing
                 filter("me", "any"), filter("any", "me"),                  // the same, mirrored
             })
            traffic.push_back(Traffic::of(f));
        int mutual = 0;
        for (std::size_t i = 0; i < traffic.size(); ++i)
            for (std::size_t j = i + 1; j < traffic.size(); ++j)
                if (traffic[i].covers(traffic[j]) && traffic[j].covers(traffic[i])) {
                    ++mutual;
                    QCOMPARE(traffic[i].duplicateKey(), traffic[j].duplicateKey());
                }
        QVERIFY(mutual >= 10);
    }
};

QTEST_GUILESS_MAIN(TestOverlapChecks)
#include "tst_overlapchecks.moc"
