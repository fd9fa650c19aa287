// The overlap analysis of one large policy (docs/performance.md, "Analysis"): findOverlaps through the
// interval index against comparing every pair, and against loading the same document. Goal (issue 14):
// 100,000 filters in one policy analyse in well under the time to load them.
#include "analysis/overlaps.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"

#include <QTest>
#include <array>

using namespace ipsec;
using namespace ipsec::analysis;

namespace {

IpAddress v4(quint32 a)
{
    return IpAddress::fromIPv4(a);
}

// A data-centre allowlist in ONE policy: `filters` mirrored TCP filters from one host each (10.0.0.0/8) to a
// /24 (172.16.0.0/12) on a service port, 100 per list, one rule per list with negotiate, permit and block
// in turn; one filter in 100 repeats an earlier one in another rule (shadowed or duplicate), and one broad
// rule blocks 10.0.0.0/8 ↔ 172.16.0.0/12, so every allowlist filter is an exception inside it. (The
// generator's stores are not used here: their thousands of "me ↔ any" filters in one policy would overlap
// each other quadratically, which no real policy does.)
StoreData onePolicy(int filters)
{
    StoreData s;
    const std::array<ActionKind, 3> kinds{ActionKind::Negotiate, ActionKind::Permit, ActionKind::Block};
    for (ActionKind k : kinds) {
        FilterAction a;
        a.id = newId();
        a.name = QStringLiteral("action %1").arg(int(k));
        a.action = k;
        if (k == ActionKind::Negotiate)
            a.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
        s.filterActions.push_back(a);
    }
    constexpr std::array<std::uint16_t, 5> ports{80, 443, 1433, 3389, 8080};
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("allowlist");
    p.assigned = true;
    auto addRule = [&](FilterList list, const FilterAction &action) {
        Rule r;
        r.id = newId();
        r.name = list.name;
        r.filterList = list.id;
        r.filterAction = action.id;
        r.authMethods = {AuthMethod::kerberos()};
        p.rules.append(r);
        s.filterLists.push_back(std::move(list));
    };
    for (int k = 0; k < filters;) {
        FilterList list{newId(), QStringLiteral("list %1").arg(s.filterLists.size()), {}, {}};
        for (int i = 0; i < 100 && k < filters; ++i, ++k) {
            // Every 100th repeats a filter of the list two before (another action: shadowed).
            const int n = k % 100 != 99 ? k : k >= 150 ? k - 150 : k - 50;
            Filter f;
            f.id = newId();
            f.source = FilterAddress::host(v4(0x0A000000u + quint32(n) + 1));
            f.destination = FilterAddress::subnet(v4(0xAC100000u + (quint32(n % 4096) << 8)), 24);
            f.protocol = protocol::Tcp;
            f.destinationPort = PortRange::single(ports[std::size_t(n) % ports.size()]);
            list.filters.push_back(f);
        }
        addRule(std::move(list), s.filterActions[s.filterLists.size() % kinds.size()]);
    }
    Filter broad;
    broad.id = newId();
    broad.source = FilterAddress::subnet(v4(0x0A000000u), 8);
    broad.destination = FilterAddress::subnet(v4(0xAC100000u), 12);
    addRule(FilterList{newId(), QStringLiteral("block the rest"), {}, {broad}}, s.filterActions[2]);
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
        const PolicyFilters filters = policyFilters(s, s.policies.front());
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
