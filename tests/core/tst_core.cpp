#include "core/enumnames.h"
#include "core/hugepagemalloc.h"
#include "core/largetext.h"
#include "core/policystore.h"
#include "core/readaheadfile.h"
#include "readablefile.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

using namespace ipsec;

class TestCore : public QObject {
    Q_OBJECT
private slots:
    void addressesRoundTripThroughText_data();
    void addressesRoundTripThroughText();
    void deletingAUsedFilterListIsRefusedWithItsUsers();
    void largeTextIsReadAndEncodedExactly_data();
    void largeTextIsReadAndEncodedExactly();
    void aFileReadAheadArrivesWholeAndInOrder_data();
    void aFileReadAheadArrivesWholeAndInOrder();
    void theAllocatorGoesOnHugePagesOnlyForLargeRunsWhereItHelps_data();
    void theAllocatorGoesOnHugePagesOnlyForLargeRunsWhereItHelps();
    void theReservedHeapIsAdvisedForHugePages(); // last: it changes glibc's settings for this process
};

void TestCore::addressesRoundTripThroughText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("the keyword any") << "any";
    QTest::newRow("a /24 subnet") << "10.0.1.0/24";
    QTest::newRow("a non-contiguous mask stays dotted") << "10.0.1.0/255.0.255.0";
    QTest::newRow("an IPv6 prefix") << "fe80::/64";
    QTest::newRow("a range") << "10.0.0.1-10.0.0.9";
    QTest::newRow("a DNS name") << "name:host.example.com";
    QTest::newRow("the DNS servers keyword") << "dns-servers";
}

void TestCore::addressesRoundTripThroughText()
{
    QFETCH(QString, text);
    const auto a = parseAddress(text);
    QVERIFY(a);
    QCOMPARE(formatAddress(*a), text);
}

void TestCore::deletingAUsedFilterListIsRefusedWithItsUsers()
{
    PolicyStore store;
    FilterList list{newId(), QStringLiteral("L"), {}, {}};
    FilterAction action;
    action.id = newId();
    action.name = QStringLiteral("A");
    QVERIFY(store.addFilterList(list));
    QVERIFY(store.addFilterAction(action));
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("P");
    QVERIFY(store.addPolicy(p));
    Rule r;
    r.name = QStringLiteral("R");
    r.filterList = list.id;
    r.filterAction = action.id;
    QVERIFY(store.addRule(p.id, r));
    const EditResult refused = store.removeFilterList(list.id);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.users.size(), 1);
    QVERIFY(store.filterList(list.id));
    QVERIFY(store.removeFilterList(list.id, Removal::Cascade));
    QVERIFY(!store.filterList(list.id));
    QVERIFY(store.policy(p.id)->rules.isEmpty());
}

void TestCore::largeTextIsReadAndEncodedExactly_data()
{
    QTest::addColumn<int>("characters");
    QTest::addColumn<QString>("unit"); // repeated to that many characters
    QTest::newRow("an empty text") << 0 << "a";
    QTest::newRow("a short text takes the small path") << 100 << "netsh ipsec ";
    QTest::newRow("three megabytes of ASCII use huge pages") << (3 << 20) << "add filter ";
    QTest::newRow("three megabytes with umlauts, CJK and a surrogate pair")
        << (3 << 20) << QString::fromUtf8("Büro 東京 \xF0\x9F\x94\x92 ");
    QTest::newRow("three megabytes above the surrogates but without one (U+FF02, U+FFFD)")
        << (3 << 20) << QString::fromUtf8("\xEF\xBC\x82 \xEF\xBF\xBD x ");
    QTest::newRow("three megabytes with a lone high surrogate in each unit")
        << (3 << 20) << (QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y "));
    QTest::newRow("three megabytes ending in a lone low surrogate")
        << (3 << 20) << (QStringLiteral("ab") + QChar(0xDC00));
}

// core/largetext.h: what a 100,000-filter import reads and decodes and a script export encodes is exactly
// what QFile::readAll, QStringDecoder::decode and QString::toUtf8 give, from any position of the file.
void TestCore::largeTextIsReadAndEncodedExactly()
{
    QFETCH(int, characters);
    QFETCH(QString, unit);
    QString text;
    while (text.size() < characters)
        text += unit;
    text.truncate(characters);
    // Appended as a writer appends, in pieces of whole units (no surrogate pair split), so the buffer grows.
    QByteArray utf8;
    const qsizetype piece = unit.size() * 100000;
    for (qsizetype at = 0; at < text.size(); at += piece)
        appendUtf8(utf8, QStringView(text).mid(at, piece));
    QCOMPARE(utf8, text.toUtf8());
    QByteArray broken = utf8; // and with a byte no UTF-8 text holds
    if (!broken.isEmpty())
        broken[broken.size() / 2] = '\xFF';
    for (const QByteArray &bytes : {utf8, broken}) {
        QStringDecoder large(QStringDecoder::Utf8);
        QStringDecoder plain(QStringDecoder::Utf8);
        QCOMPARE(decodeLarge(large, bytes), plain.decode(bytes));
        QCOMPARE(large.hasError(), plain.hasError());
    }

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("large.txt")));
    QVERIFY(test::writeAndReopenForReading(file, utf8));
    QCOMPARE(readWholeFile(file), utf8);
    QVERIFY(file.seek(utf8.size() / 2));
    QCOMPARE(readWholeFile(file), utf8.mid(utf8.size() / 2));
}

void TestCore::aFileReadAheadArrivesWholeAndInOrder_data()
{
    QTest::addColumn<int>("fileBytes");
    QTest::addColumn<int>("expected"); // what the reader was told the file holds
    QTest::addColumn<int>("chunk");
    QTest::addColumn<bool>("grew");
    QTest::newRow("an empty file") << 0 << 0 << 4096 << false;
    QTest::newRow("one byte") << 1 << 1 << 4096 << false;
    QTest::newRow("a chunk less one byte") << 4095 << 4095 << 4096 << false;
    QTest::newRow("exactly a chunk") << 4096 << 4096 << 4096 << false;
    QTest::newRow("a chunk and one byte") << 4097 << 4097 << 4096 << false;
    QTest::newRow("three megabytes in chunks of 61 bytes: the parse waits for the reader again and again")
        << (3 << 20) << (3 << 20) << 61 << false;
    QTest::newRow("three megabytes in the default chunks")
        << (3 << 20) << (3 << 20) << int(ReadAheadFile::kChunkBytes) << false;
    QTest::newRow("a file that grew after its size was taken: the bytes expected, and grew")
        << 10000 << 6000 << 4096 << true;
    QTest::newRow("a file that shrank after its size was taken: what is there")
        << 6000 << 10000 << 4096 << false;
    QTest::newRow("an empty file that grew") << 10 << 0 << 4096 << true;
}

// core/readaheadfile.h: the parse reads through the iterator while the reader thread is still filling the
// buffer; both must see every byte of the file, in order, and nothing beyond what was read.
void TestCore::aFileReadAheadArrivesWholeAndInOrder()
{
    QFETCH(int, fileBytes);
    QFETCH(int, expected);
    QFETCH(int, chunk);
    QFETCH(bool, grew);
    QByteArray content(fileBytes, Qt::Uninitialized);
    for (int i = 0; i < fileBytes; ++i)
        content[i] = char('a' + (i * 7 + i / 251) % 26);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ahead.txt")));
    QVERIFY(test::writeAndReopenForReading(file, content));

    const QByteArray arrived = content.left(std::min(fileBytes, expected));
    ReadAheadFile ahead(file, expected, chunk);
    QByteArray seen;
    const ReadAheadFile::Iterator end = ahead.end();
    for (ReadAheadFile::Iterator at = ahead.begin(); at != end; ++at)
        seen += *at;
    QCOMPARE(seen, arrived);
    const ReadAheadFile::Result result = ahead.finish();
    QCOMPARE(result.bytes, arrived);
    QVERIFY(!result.failed);
    QCOMPARE(result.grew, grew);
}

// When a program puts glibc's heap on huge pages (hugepagemalloc.h): only for a large input, only where the
// kernel gives huge pages on request, and never against the user's own setting.
void TestCore::theAllocatorGoesOnHugePagesOnlyForLargeRunsWhereItHelps_data()
{
    QTest::addColumn<QByteArray>("thpMode");
    QTest::addColumn<QByteArray>("tunables"); // a null QByteArray: GLIBC_TUNABLES is not set
    QTest::addColumn<qlonglong>("largestInput");
    QTest::addColumn<bool>("reserve");
    const QByteArray madvise("always [madvise] never\n");
    const qlonglong large = kLargeInputBytes;
    QTest::newRow("a large file, huge pages on request, nothing set: reserve")
        << madvise << QByteArray() << large << true;
    QTest::newRow("a file one byte smaller: go on") << madvise << QByteArray() << large - 1 << false;
    QTest::newRow("no file at all: go on") << madvise << QByteArray() << 0LL << false;
    QTest::newRow("huge pages always: the heap has them already")
        << QByteArray("[always] madvise never\n") << QByteArray() << large << false;
    QTest::newRow("huge pages never: nothing to gain")
        << QByteArray("always madvise [never]\n") << QByteArray() << large << false;
    QTest::newRow("no transparent huge pages in the kernel")
        << QByteArray() << QByteArray() << large << false;
    QTest::newRow("the user turned it off")
        << madvise << QByteArray("glibc.malloc.hugetlb=0") << large << false;
    QTest::newRow("glibc told to do it itself")
        << madvise << QByteArray("glibc.malloc.hugetlb=1") << large << false;
    QTest::newRow("other tunables set") << madvise << QByteArray("glibc.malloc.arena_max=2") << large << true;
}

void TestCore::theAllocatorGoesOnHugePagesOnlyForLargeRunsWhereItHelps()
{
    QFETCH(QByteArray, thpMode);
    QFETCH(QByteArray, tunables);
    QFETCH(qlonglong, largestInput);
    QFETCH(bool, reserve);
    QCOMPARE(wantsHugePageMalloc(thpMode.toStdString(), tunables.isNull() ? nullptr : tunables.constData(),
                                 largestInput),
             reserve);
    QCOMPARE(hugePageHeapFor(largestInput), std::size_t(largestInput) * 4);
    QCOMPARE(hugePageHeapFor(qlonglong(1) << 40), std::size_t(1) << 30);
}

// The reserve is a range at the top of glibc's heap that the kernel was asked to back with huge pages
// (/proc/self/smaps shows "hg" in its VmFlags). Under a sanitizer the allocator is not glibc's heap, and
// nothing is reserved.
void TestCore::theReservedHeapIsAdvisedForHugePages()
{
#if defined(__linux__) && defined(__GLIBC__)
    const std::size_t reserve = std::size_t(16) << 20;
    const bool reserved = reserveHugePageHeap(reserve);
#if defined(__SANITIZE_ADDRESS__)
    QVERIFY(!reserved);
#else
    QVERIFY(reserved);
    // Inside the reserve (its ends need not be on 2 MB boundaries, and only whole huge pages are advised).
    const auto inReserve = reinterpret_cast<quintptr>(sbrk(0)) - reserve / 2;
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QVERIFY(smaps.open(QIODevice::ReadOnly));
    bool containsReserve = false;
    QByteArray flags;
    for (const QByteArray &line : smaps.readAll().split('\n')) { // a /proc file has no size: read to its end
        const QList<QByteArray> range = line.split(' ').value(0).split('-');
        bool isRange = range.size() == 2;
        quintptr from = 0, to = 0;
        if (isRange) {
            from = range[0].toULongLong(&isRange, 16);
            to = isRange ? range[1].toULongLong(&isRange, 16) : 0;
        }
        if (isRange)
            containsReserve = from <= inReserve && inReserve < to;
        else if (containsReserve && line.startsWith("VmFlags:"))
            flags = line.trimmed();
    }
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
#else
    QVERIFY(!reserveHugePageHeap(std::size_t(16) << 20));
#endif
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
