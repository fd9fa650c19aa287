// Validation speed on 100,000-filter stores. Built, not run by ctest: run it by hand in a Release build.
#include "teststores.h"
#include "validation/validator.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::test;

namespace {

// `filters` filters spread over lists of `perList`, each list used by one rule; addresses, protocols and
// ports vary so that no two filters of a list are the same traffic.
StoreData syntheticStore(int filters, int perList)
{
    StoreData s = cleanModernStore();
    const FilterAction &require = s.filterActions.front();
    Policy &p = s.policies.front();
    for (int l = 0; l * perList < filters; ++l) {
        FilterList list{newId(), QStringLiteral("Generated %1").arg(l), {}, {}};
        list.filters.reserve(static_cast<std::size_t>(perList));
        for (int i = 0; i < perList && l * perList + i < filters; ++i) {
            const auto n = static_cast<std::uint32_t>(l * perList + i);
            Filter f = filter(FilterAddress::subnet(IpAddress::fromIPv4(0x0A000000u | (n << 8)), 24),
                              FilterAddress::host(IpAddress::fromIPv4(0xC0A80000u | (n & 0xFFFFu))),
                              i % 2 ? protocol::Tcp : protocol::Udp,
                              PortRange::single(static_cast<std::uint16_t>(1 + n % 60000)));
            list.filters.push_back(f);
        }
        p.rules << rule(qPrintable(QStringLiteral("Generated rule %1").arg(l)), list, require,
                        {AuthMethod::kerberos()});
        s.filterLists.push_back(std::move(list));
    }
    return s;
}

} // namespace

class BenchValidator : public QObject {
    Q_OBJECT
private slots:
    void validate100000Filters_data()
    {
        QTest::addColumn<int>("perList");
        QTest::addColumn<QList<Target>>("targets");
        QTest::newRow("in lists of 100, common checks") << 100 << QList<Target>{};
        QTest::newRow("in lists of 100, every target")
            << 100 << QList<Target>{Target::Netsh, Target::IpsecData, Target::Wfas};
        QTest::newRow("in one list, common checks") << 100000 << QList<Target>{};
    }
    void validate100000Filters()
    {
        QFETCH(int, perList);
        QFETCH(QList<Target>, targets);
        const StoreData store = syntheticStore(100000, perList);
        QCOMPARE(store.filterCount(), std::size_t{100000} + 5);
        Findings findings;
        QBENCHMARK
        {
            findings = validate(store, {targets});
        }
        if (targets.isEmpty())
            QVERIFY(findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchValidator)
#include "bench_validator.moc"
