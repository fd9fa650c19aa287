// Live validation: the runner validates after a change (debounced, on a worker thread for large stores) and
// the Problems model lists the findings with the object and field to jump to.
#include "core/policystore.h"
#include "problemsmodel.h"
#include "roles.h"
#include "samplestore.h"
#include "validationrunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ipsec;

namespace {

// A stand-in validator: one error per filter whose description is "bad", one warning per empty list.
Findings fakeValidate(const StoreData &d)
{
    Findings out;
    for (const FilterList &l : d.filterLists) {
        if (l.filters.empty()) {
            Finding f;
            f.code = QStringLiteral("IPS-020");
            f.severity = Severity::Warning;
            f.message = QStringLiteral("empty list");
            f.location.kind = ObjectKind::FilterList;
            f.location.objectId = l.id;
            out.append(f);
        }
        for (const Filter &filter : l.filters) {
            if (filter.description != QStringLiteral("bad"))
                continue;
            Finding f;
            f.code = QStringLiteral("IPS-010");
            f.severity = Severity::Error;
            f.message = QStringLiteral("bad filter");
            f.hint = QStringLiteral("fix it");
            f.location.kind = ObjectKind::Filter;
            f.location.objectId = filter.id;
            f.location.parentId = l.id;
            f.location.objectPath = QStringLiteral("Filter list '%1' / filter").arg(l.name);
            f.location.field = QStringLiteral("destination.address");
            out.append(f);
        }
    }
    return out;
}

} // namespace

class TestProblemsModel : public QObject {
    Q_OBJECT
private slots:
    void aFindingAppearsAfterAnEditWithItsObjectAndField()
    {
        const StoreData data = test::sampleStore();
        PolicyStore store(data);
        ValidationRunner runner(&store, fakeValidate);
        runner.setDelay(10);
        ProblemsModel model(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(&model, &ProblemsModel::summaryChanged);
        QCOMPARE(model.rowCount(), 0);

        Filter f = data.filterLists[0].filters[1];
        f.description = QStringLiteral("bad");
        QVERIFY(store.updateFilter(data.filterLists[0].id, f));
        QVERIFY(runner.isPending());
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, ProblemsModel::CodeColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("IPS-010"));
        QCOMPARE(row.data(ObjectIdRole).toUuid(), f.id);
        QCOMPARE(row.data(ParentIdRole).toUuid(), data.filterLists[0].id);
        QCOMPARE(row.data(FieldRole).toString(), QStringLiteral("destination.address"));
        QCOMPARE(row.data(ObjectKindRole).toInt(), static_cast<int>(ObjectKind::Filter));
        QCOMPARE(model.index(0, ProblemsModel::HintColumn).data().toString(), QStringLiteral("fix it"));
        QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(),
                 QStringLiteral("Filter list 'Web servers' / filter (destination.address)"));
        QVERIFY(!summary.isEmpty());
        QCOMPARE(summary.last().first().toString(), QStringLiteral("1 error(s), 0 warning(s), 0 note(s)"));
        QCOMPARE(runner.worstSeverity(f.id), static_cast<int>(Severity::Error));
        QCOMPARE(runner.worstSeverityWithin(data.filterLists[0].id), static_cast<int>(Severity::Error));
    }

    void errorsAreListedBeforeWarnings()
    {
        StoreData data = test::sampleStore();
        data.filterLists[1].filters.clear();
        data.filterLists[0].filters[0].description = QStringLiteral("bad");
        PolicyStore store(data);
        ValidationRunner runner(&store, fakeValidate);
        ProblemsModel model(&runner);
        runner.runNow();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ValidationSeverityRole).toInt(), static_cast<int>(Severity::Error));
        QCOMPARE(model.index(1, 0).data(ValidationSeverityRole).toInt(), static_cast<int>(Severity::Warning));
        QCOMPARE(model.count(Severity::Warning), 1);
    }

    void manyQuickEditsValidateOnce()
    {
        PolicyStore store(test::sampleStore());
        int runs = 0;
        ValidationRunner runner(&store, [&](const StoreData &d) {
            ++runs;
            return fakeValidate(d);
        });
        runner.setDelay(50);
        QSignalSpy done(&runner, &ValidationRunner::findingsChanged);
        for (int i = 0; i < 10; ++i) {
            StoreInfo info = store.data().info;
            info.description = QString::number(i);
            store.setInfo(info);
        }
        QVERIFY(done.wait());
        QCOMPARE(runs, 1);
    }

    void aLargeStoreIsValidatedOffTheGuiThread()
    {
        StoreData data = test::sampleStore();
        for (std::size_t i = 0; i <= ValidationRunner::kBackgroundThreshold; ++i)
            data.filterLists[1].filters.push_back(test::makeFilter(QStringLiteral("bulk"), "10.3.3.3"));
        PolicyStore store(data);
        QThread *validatedOn = nullptr;
        ValidationRunner runner(&store, [&](const StoreData &d) {
            validatedOn = QThread::currentThread();
            return fakeValidate(d);
        });
        runner.setDelay(0);
        QSignalSpy done(&runner, &ValidationRunner::findingsChanged);
        StoreInfo info;
        info.name = QStringLiteral("changed");
        store.setInfo(info);
        QVERIFY(done.wait());
        QVERIFY(validatedOn != nullptr);
        QVERIFY(validatedOn != QThread::currentThread());
    }

    void aChangeDuringABackgroundPassIsValidatedByOneMorePassAfterIt()
    {
        StoreData data = test::sampleStore();
        for (std::size_t i = 0; i <= ValidationRunner::kBackgroundThreshold; ++i)
            data.filterLists[1].filters.push_back(test::makeFilter(QStringLiteral("bulk"), "10.3.3.3"));
        PolicyStore store(data);
        std::atomic<int> runs{0};
        QStringList seen; // the store name each accepted pass saw
        ValidationRunner runner(&store, [&](const StoreData &d) {
            ++runs;
            QThread::msleep(150); // long enough for the edits below to land while it runs
            Findings f = fakeValidate(d);
            f.append(Finding{QStringLiteral("TEST"), Severity::Info, {}, d.info.name, {}});
            return f;
        });
        runner.setDelay(0); // a restarted zero-delay timer would spin while the worker is busy
        StoreInfo info = store.data().info;
        info.name = QStringLiteral("first");
        store.setInfo(info);
        QTRY_VERIFY(runs.load() == 1); // the worker has started on "first"
        info.name = QStringLiteral("second");
        store.setInfo(info);
        info.name = QStringLiteral("third");
        store.setInfo(info);
        QVERIFY(runner.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isPending(), 5000);
        // The pass on "first" is discarded; one more pass validates the latest document.
        QCOMPARE(runs.load(), 2);
        QVERIFY(std::any_of(runner.findings().begin(), runner.findings().end(),
                            [](const Finding &f) { return f.message == QStringLiteral("third"); }));
    }

    void theRealEngineIsUsedWhenTheBuildHasIt()
    {
        // A policy without a name and a rule pointing nowhere must give findings from the real engine.
        StoreData data = test::sampleStore();
        data.policies[0].rules[0].filterAction = newId();
        PolicyStore store(data);
        ValidationRunner runner(&store);
        runner.runNow();
        QVERIFY(!runner.findings().isEmpty());
        QVERIFY(runner.worstSeverity(data.policies[0].rules[0].id) >= 0);
    }
};

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
