// Encode + decode of a 100,000-filter store through the ipsecData blobs, LDIF and .reg (goal: under 0.5 s
// for the blobs; docs/performance.md).
#include "formats/gpipsec/ldifformat.h"
#include "formats/gpipsec/regformat.h"
#include "formats/gpipsec/storedobjects.h"
#include "templates/templates.h"

#include <QTest>

using namespace ipsec;
using namespace ipsec::gpipsec;

class BenchGpipsec : public QObject {
    Q_OBJECT

private slots:
    void encodeAndDecodeBlobsOf100000Filters()
    {
        const StoreData store = generateStore(100000);
        StoreData back;
        QBENCHMARK
        {
            const StoredResult stored = toStoredObjects(store);
            back = fromStoredObjects(stored.stored, store.info).store;
        }
        QCOMPARE(back.filterCount(), std::size_t(100000));
    }

    void ldifWriteAndReadOf100000Filters()
    {
        const StoreData store = generateStore(100000);
        std::size_t filters = 0;
        QBENCHMARK
        {
            const LdifExportResult out =
                writeLdif(store, LdifExportOptions{QStringLiteral("ipsectest.com"), {}, false});
            filters = readLdif(out.ldif).store.filterCount();
        }
        QCOMPARE(filters, std::size_t(100000));
    }

    void regWriteAndReadOf100000Filters()
    {
        const StoreData store = generateStore(100000);
        std::size_t filters = 0;
        QBENCHMARK
        {
            const RegExportResult out = writeReg(store, RegExportOptions{1700000000u});
            filters = readReg(out.reg).store.filterCount();
        }
        QCOMPARE(filters, std::size_t(100000));
    }
};

QTEST_GUILESS_MAIN(BenchGpipsec)
#include "bench_gpipsec.moc"
