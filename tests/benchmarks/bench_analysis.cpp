// The overlap analysis of one large policy (docs/performance.md, "Analysis"): findOverlaps through the
// interval index against comparing every pair, and against loading the same document. Goal (issue 14):
// 100,000 filters in one policy analyse in well under the time to load them.
#include "analysis/overlaps.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::analysis;

namespace {

// A generated store (hosts, subnets, ranges, me, any, server keywords; docs/performance.md) with every
// filter list in ONE policy, one rule per list, the filter actions in turn.
StoreData onePolicy(int filters)
{
    StoreData s = generateStore(filters, 1);
    Policy p = s.policies.front();
    p.rules.clear();
    for (std::size_t i = 0; i < s.filterLists.size(); ++i) {
        Rule r;
        r.id = newId();
        r.name = QStringLiteral("rule %1").arg(i + 1);
        r.filterList = s.filterLists[i].id;
        r.filterAction = s.filterActions[i % s.filterActions.size()].id;
        r.authMethods = {AuthMethod::kerberos()};
        p.rules.append(r);
    }
    p.assigned = true;
    s.policies = {p};
    return s;
}

void addSizes()
{
    QTest::addColumn<int>("filters");
    QTest::newRow("10,000 filters in one policy") << 10000;
    QTest::newRow("100,000 filters in one policy") << 100000;
}

} // namespace

class BenchAnalysis : public QObject {
    Q_OBJECT
private slots:
    void overlapsThroughTheIndex_data() { addSizes(); }
    void overlapsThroughTheIndex()
    {
        QFETCH(int, filters);
        const StoreData s = onePolicy(filters);
        std::size_t found = 0;
        QBENCHMARK
        {
            found = findOverlaps(s, s.policies.front()).size();
        }
        QVERIFY(found > 0);
        qInfo("%d filters: %zu overlaps", filters, found);
    }

    // Every pair, as findOverlaps did before the index: only at 10,000 (100,000 would take minutes).
    void overlapsComparingEveryPair()
    {
        const StoreData s = onePolicy(10000);
        const std::vector<PolicyFilter> filters = policyFilters(s, s.policies.front());
        std::vector<Traffic> traffic;
        for (const PolicyFilter &pf : filters)
            traffic.push_back(Traffic::of(*pf.filter));
        std::size_t found = 0;
        QBENCHMARK_ONCE
        {
            found = 0;
            for (std::size_t i = 0; i < filters.size(); ++i)
                for (std::size_t j = i + 1; j < filters.size(); ++j)
                    found += classify(filters[i], traffic[i], filters[j], traffic[j]) ? 1 : 0;
        }
        QCOMPARE(found, findOverlaps(s, s.policies.front()).size());
    }

    void loadingTheSameDocument_data() { addSizes(); }
    void loadingTheSameDocument()
    {
        QFETCH(int, filters);
        const QByteArray text = json::write(onePolicy(filters));
        QBENCHMARK
        {
            QVERIFY(json::read(text).ok);
        }
    }
};

QTEST_APPLESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
