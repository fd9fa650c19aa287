// Validation checks filter lists and each policy's overlaps on several threads for a large store
// (validation/parallelchecks.h). Each row validates one store on one, two and four threads and asserts the
// very same findings, in the same order; the store is chosen so that the findings the threads produce
// (list checks, overlaps, the per-policy limit) are among them.
#include "templates/templates.h"
#include "validation/validator.h"

#include <QTest>

using namespace ipsec;

namespace {

// A generated store with what the list and overlap checks report: a filter twice in a list (IPS-012), a
// list without a name, and every list used by a second rule of the first policy (overlaps: IPS-084..086).
StoreData storeWithFindings(int filters)
{
    StoreData store = generateStore(filters, 11);
    for (std::size_t i = 0; i < store.filterLists.size(); i += 7) {
        Filter again = store.filterLists[i].filters.front();
        again.id = newId();
        store.filterLists[i].filters.push_back(again);
    }
    store.filterLists[3].name.clear();
    Policy &first = store.policies.front();
    const QList<Rule> rules = first.rules;
    for (const Rule &r : rules) {
        Rule copy = r;
        copy.id = newId();
        copy.name += QStringLiteral(" (again)");
        first.rules.push_back(copy);
    }
    return store;
}

bool hasCode(const Findings &findings, const char *code)
{
    return std::any_of(findings.begin(), findings.end(),
                       [code](const Finding &f) { return f.code == QLatin1String(code); });
}

} // namespace

class TestValidationThreads : public QObject {
    Q_OBJECT
private slots:
    void theFindingsDoNotDependOnTheThreads_data()
    {
        QTest::addColumn<int>("filters");
        QTest::addColumn<int>("maxOverlaps");
        QTest::addColumn<bool>("withTargets");
        QTest::newRow("a store of 6,000 filters, common checks") << 6000 << 100 << false;
        QTest::newRow("the same store checked for netsh, ipsecData and WFAS") << 6000 << 100 << true;
        QTest::newRow("overlaps cut at three per policy (IPS-087)") << 6000 << 3 << false;
        QTest::newRow("a store of 300 filters, fewer lists than threads in places") << 300 << 100 << true;
    }
    void theFindingsDoNotDependOnTheThreads()
    {
        QFETCH(int, filters);
        QFETCH(int, maxOverlaps);
        QFETCH(bool, withTargets);
        const StoreData store = storeWithFindings(filters);
        ValidationOptions options;
        options.maxOverlapsPerPolicy = maxOverlaps;
        if (withTargets)
            options.targets = {Target::Netsh, Target::IpsecData, Target::Wfas};
        options.threads = 1;
        const Findings one = validate(store, options);
        QVERIFY(hasCode(one, "IPS-012"));
        QVERIFY(hasCode(one, "IPS-084") || hasCode(one, "IPS-085") || hasCode(one, "IPS-086"));
        if (maxOverlaps < 100)
            QVERIFY(hasCode(one, "IPS-087"));
        for (const unsigned threads : {2u, 4u}) {
            options.threads = threads;
            const Findings many = validate(store, options);
            QCOMPARE(many.size(), one.size());
            for (qsizetype i = 0; i < one.size(); ++i)
                QCOMPARE(many[i].toString(), one[i].toString());
            QCOMPARE(many, one);
        }
    }

    void aLargeStoreIsCheckedOnEveryCoreWithTheSameResult()
    {
        const StoreData store = storeWithFindings(int(ValidationOptions::kParallelFromFilters) + 100);
        ValidationOptions single;
        single.threads = 1;
        QCOMPARE(validate(store), validate(store, single));
    }
};

QTEST_GUILESS_MAIN(TestValidationThreads)
#include "tst_validationthreads.moc"
