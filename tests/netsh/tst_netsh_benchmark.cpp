// Export and import of a 100,000-filter store (goal: each under a second on the reference machine).
#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshimport.h"
#include "templates/templates.h"

#include <QTest>

using namespace ipsec;

class BenchNetsh : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_store = generateStore(100000); }
    void exportOf100000Filters()
    {
        netsh::ExportOutput out;
        QBENCHMARK
        {
            out = netsh::write(m_store, {});
        }
        QVERIFY(out.ok);
        m_script = out.bytes;
    }
    void importOf100000Filters()
    {
        QVERIFY(!m_script.isEmpty());
        ImportResult r;
        QBENCHMARK
        {
            r = netsh::read(m_script, {});
        }
        QVERIFY(r.ok);
        QCOMPARE(r.store.filterCount(), std::size_t(100000));
    }

private:
    StoreData m_store;
    QByteArray m_script;
};

QTEST_GUILESS_MAIN(BenchNetsh)
#include "tst_netsh_benchmark.moc"
