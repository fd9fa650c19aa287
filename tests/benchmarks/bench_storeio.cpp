// Load, validate and save of generated stores (docs/performance.md). Goals (issue 16): load of 100,000
// filters within 200 ms, save within 150 ms; the anchors nlohmann DOM parse and SAX parse of the same file
// are measured in the same run, so that a shared machine's noise can be taken out as a ratio.
#include "core/hugepagemalloc.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"
#include "validation/validator.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <malloc.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace ipsec;

namespace {

struct MemorySample {
    qint64 heapBytes = 0; // allocated and not freed (glibc's count, mmapped blocks included)
    qint64 rssBytes = 0;  // resident set size
};

MemorySample sampleMemory()
{
    malloc_trim(0); // give freed pages back, so that RSS shows what is retained
    const struct mallinfo2 info = mallinfo2();
    MemorySample s;
    s.heapBytes = qint64(info.uordblks + info.hblkhd);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            s.rssBytes = fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
    }
    return s;
}

// VmHWM: the peak resident set size since the last reset.
qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

void addSizes()
{
    QTest::addColumn<int>("filters");
    QTest::newRow("10,000 filters") << 10000;
    QTest::newRow("100,000 filters") << 100000;
}

} // namespace

class BenchStoreIo : public QObject {
    Q_OBJECT
private slots:
    // The programs put the heap of a run this large on huge pages (core/hugepagemalloc.h); so does this one.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useHugePageHeapFor(QFileInfo(documentFor(100000)).size());
    }
    void load_data() { addSizes(); }
    void load();
    void validate_data() { addSizes(); }
    void validate();
    void loadAndValidate_data() { addSizes(); }
    void loadAndValidate();
    void nlohmannDomParse_data() { addSizes(); }
    void nlohmannDomParse();
    void nlohmannSaxParse_data() { addSizes(); }
    void nlohmannSaxParse();
    void save_data() { addSizes(); }
    void save();
    void retainedMemoryPerFilter_data() { addSizes(); }
    void retainedMemoryPerFilter();

private:
    QString documentFor(int filters);
    QTemporaryDir m_dir;
};

QString BenchStoreIo::documentFor(int filters)
{
    const QString path = m_dir.filePath(QStringLiteral("generated-%1.ipsecstore").arg(filters));
    if (!QFile::exists(path)) {
        QString error;
        if (!json::saveFile(generateStore(filters), path, &error))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    }
    return path;
}

void BenchStoreIo::load()
{
    QFETCH(int, filters);
    const QString path = documentFor(filters);
    ImportResult result;
    QBENCHMARK
    {
        result = json::loadFile(path);
    }
    QVERIFY(result.ok);
    QCOMPARE(result.store.filterCount(), std::size_t(filters));
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A SAX handler that only counts values: the parser's own cost, the floor of any reader built on it.
struct CountingHandler {
    std::size_t values = 0;
    bool count()
    {
        ++values;
        return true;
    }
    bool null() { return count(); }
    bool boolean(bool) { return count(); }
    bool number_integer(nlohmann::json::number_integer_t) { return count(); }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return count(); }
    bool number_float(nlohmann::json::number_float_t, const std::string &) { return count(); }
    bool string(std::string &) { return count(); }
    bool binary(nlohmann::json::binary_t &) { return count(); }
    bool start_object(std::size_t) { return count(); }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return count(); }
    bool end_array() { return true; }
    bool key(std::string &) { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }
};

} // namespace

// Anchor: nlohmann's DOM of the same file (what the reader built before it streamed).
void BenchStoreIo::nlohmannDomParse()
{
    QFETCH(int, filters);
    const QByteArray bytes = fileBytes(documentFor(filters));
    std::size_t lists = 0;
    QBENCHMARK
    {
        const nlohmann::json doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        lists = doc.at("filterLists").size();
    }
    QVERIFY(lists > 0);
}

// Anchor: nlohmann's SAX parse of the same file with a handler that only counts.
void BenchStoreIo::nlohmannSaxParse()
{
    QFETCH(int, filters);
    const QByteArray bytes = fileBytes(documentFor(filters));
    CountingHandler handler;
    QBENCHMARK
    {
        handler.values = 0;
        QVERIFY(nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &handler));
    }
    QVERIFY(handler.values > std::size_t(filters) * 8);
}

void BenchStoreIo::validate()
{
    QFETCH(int, filters);
    const StoreData store = generateStore(filters);
    Findings findings;
    QBENCHMARK
    {
        findings = ipsec::validate(store);
    }
    QVERIFY(!hasErrors(findings));
}

void BenchStoreIo::loadAndValidate()
{
    QFETCH(int, filters);
    const QString path = documentFor(filters);
    ImportResult result;
    Findings findings;
    QBENCHMARK
    {
        result = json::loadFile(path);
        findings = ipsec::validate(result.store);
    }
    QVERIFY(result.ok);
    QVERIFY(!hasErrors(findings));
}

void BenchStoreIo::save()
{
    QFETCH(int, filters);
    const StoreData store = generateStore(filters);
    const QString path = m_dir.filePath(QStringLiteral("saved.ipsecstore"));
    bool saved = false;
    QBENCHMARK
    {
        saved = json::saveFile(store, path);
    }
    QVERIFY(saved);
    QVERIFY(QFileInfo(path).size() > filters * 100);
}

void BenchStoreIo::retainedMemoryPerFilter()
{
    QFETCH(int, filters);
    const QString path = documentFor(filters);
    const qint64 fileSize = QFileInfo(path).size();
    const MemorySample before = sampleMemory();
    resetPeakRss();
    ImportResult result = json::loadFile(path);
    const qint64 peak = peakRssBytes();
    const MemorySample after = sampleMemory();
    QVERIFY(result.ok);
    QCOMPARE(result.store.filterCount(), std::size_t(filters));
    const double heapPerFilter = double(after.heapBytes - before.heapBytes) / filters;
    const double rssPerFilter = double(after.rssBytes - before.rssBytes) / filters;
    qInfo("%d filters: document %.1f MB; retained heap %.0f B/filter, retained RSS %.0f B/filter; "
          "peak RSS during load %.1f MB (before: %.1f MB)",
          filters, fileSize / 1e6, heapPerFilter, rssPerFilter, peak / 1e6, before.rssBytes / 1e6);
    QTest::setBenchmarkResult(heapPerFilter, QTest::BytesAllocated);
    QVERIFY(heapPerFilter > 0);
}

QTEST_GUILESS_MAIN(BenchStoreIo)
#include "bench_storeio.moc"
