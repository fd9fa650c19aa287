// The streaming reader and writer of the document format (docs/performance.md, "JSON load and save"): the
// writer lays text out exactly as nlohmann's dump did, the reader does not depend on the order of keys, and a
// key given twice in one object is refused at its repetition (IPS-119).
#include "core/enumnames.h"
#include "formats/json/jsonformat.h"
#include "formats/json/jsonpipeline.h"
#include "formats/json/jsonreader.h"
#include "readablefile.h"
#include "templates/templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

using namespace ipsec;

Q_DECLARE_METATYPE(ipsec::StoreData)

namespace {

QByteArray prefixed(const char *body)
{
    return QByteArray(R"({"format": "ipsec-policy-designer", "version": 1)") + body + "}";
}

QString findingsText(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.toString() + QStringLiteral(" [%1]").arg(f.location.pointer);
    return lines.join(u'\n');
}

// Text that JSON must escape or carry as multi-byte UTF-8.
QString awkward(const char16_t *prefix)
{
    QString text = QString::fromUtf16(prefix);
    text += QStringLiteral(" \"quoted\" back\\slash /slash tab\t newline\n cr\r bell\x07 nul");
    text += QChar(0);
    text += QStringLiteral(" del\x7f Grüße 漢字 ");
    text += QString::fromUcs4(U"\U0001F512");
    text += QChar(0xD800); // an unpaired surrogate
    return text;
}

StoreData awkwardStore()
{
    StoreData store = generateStore(300, 5);
    store.info.name = awkward(u"store");
    store.info.description = awkward(u"description");
    store.filterLists.at(0).name = awkward(u"list");
    store.filterLists.at(0).filters.at(0).description = awkward(u"filter");
    store.filterActions.at(0).name = awkward(u"action");
    store.policies.at(0).name = awkward(u"policy");
    store.policies.at(0).rules[0].interfaceName = awkward(u"interface");
    store.policies.at(0).rules[0].authMethods = {AuthMethod::presharedKey(awkward(u"key")),
                                                 AuthMethod::certificate(awkward(u"CA"))};
    return store;
}

// A SAX handler that counts the events it is given, notes every thread that gives it one, and throws at the
// event numbered `throwAt` (never when 0).
struct CountingHandler {
    std::size_t events = 0;
    std::size_t throwAt = 0;
    std::vector<std::thread::id> threads;

    bool event()
    {
        if (std::find(threads.begin(), threads.end(), std::this_thread::get_id()) == threads.end())
            threads.push_back(std::this_thread::get_id());
        if (++events == throwAt)
            throw std::runtime_error("the handler failed");
        return true;
    }
    bool null() { return event(); }
    bool boolean(bool) { return event(); }
    bool number_integer(nlohmann::json::number_integer_t) { return event(); }
    bool number_unsigned(nlohmann::json::number_unsigned_t) { return event(); }
    bool number_float(nlohmann::json::number_float_t, const std::string &) { return event(); }
    bool string(std::string &) { return event(); }
    bool binary(nlohmann::json::binary_t &) { return event(); }
    bool start_object(std::size_t) { return event(); }
    bool end_object() { return event(); }
    bool start_array(std::size_t) { return event(); }
    bool end_array() { return event(); }
    bool key(std::string &) { return event(); }
    bool syntaxError(std::size_t, const std::string &) { return event(); }
};

// Bytes of a text, through an iterator that fails when it reaches `failAt` (a read error of the parser's).
struct FailingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    const char *at = nullptr;
    const char *failAt = nullptr;

    reference operator*() const
    {
        if (at == failAt)
            throw std::runtime_error("the text could not be read");
        return *at;
    }
    FailingIterator &operator++()
    {
        ++at;
        return *this;
    }
    FailingIterator operator++(int)
    {
        FailingIterator before = *this;
        ++at;
        return before;
    }
    friend bool operator==(const FailingIterator &a, const FailingIterator &b) { return a.at == b.at; }
};

// A JSON array of `count` numbers: count + 2 events, in several of the pipeline's batches.
QByteArray numbers(int count)
{
    QByteArray text = "[";
    for (int i = 0; i < count; ++i)
        text += QByteArray::number(i) + (i + 1 < count ? "," : "");
    return text + "]";
}

} // namespace

class TestJsonStreaming : public QObject {
    Q_OBJECT
private slots:
    void theWriterLaysTextOutAsNlohmannDumpDoes_data();
    void theWriterLaysTextOutAsNlohmannDumpDoes();
    void keysInAnyOrderReadTheSameStore();
    void aRepeatedKeyIsRefusedAtTheRepetition_data();
    void aRepeatedKeyIsRefusedAtTheRepetition();
    void theSameKeyInDifferentObjectsIsNoRepetition();
    void aListsOwnFindingsComeBeforeThoseOfItsFilters();
    void aListIdRepeatedByItsFilterIsReportedAtTheLaterOneInTheFile();
    void twoThreadsAndAFileReadAheadReadWhatOneThreadReads_data();
    void twoThreadsAndAFileReadAheadReadWhatOneThreadReads();
    void aLargeFileLoadsAsItsBytesRead();
    void thePipelinesHandlerRunsOnTheCallingThread();
    void aFailureOnEitherSideOfThePipelineIsThrownToTheCaller();
    void aSaveWrittenInChunksIsTheDocumentByteForByte();
    void aCancelledSaveLeavesTheOldFile();
    void addressesAndPortsAreWrittenAsTheirTextForms();
};

void TestJsonStreaming::theWriterLaysTextOutAsNlohmannDumpDoes_data()
{
    QTest::addColumn<StoreData>("store");
    QTest::newRow("an empty store") << StoreData{};
    QTest::newRow("a generated store of 2000 filters") << generateStore(2000, 3);
    QTest::newRow("names with quotes, control characters, non-ASCII text and a lone surrogate")
        << awkwardStore();
    for (const TemplateInfo &t : templates())
        QTest::addRow("the template %s", qPrintable(t.name)) << *makeTemplate(t.name);
}

void TestJsonStreaming::theWriterLaysTextOutAsNlohmannDumpDoes()
{
    QFETCH(StoreData, store);
    const QByteArray text = json::write(store);
    // The canonical form (docs/file-format.md) is nlohmann's dump(2) of the same values in the same order.
    const std::string redumped =
        nlohmann::ordered_json::parse(text.constData(), text.constData() + text.size())
            .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict) +
        '\n';
    QCOMPARE(text, QByteArray::fromStdString(redumped));
}

void TestJsonStreaming::keysInAnyOrderReadTheSameStore()
{
    const StoreData store = awkwardStore();
    const QByteArray canonical = json::write(store);
    // nlohmann::json keeps keys sorted: "filters" comes before a list's "id", the arrays before "format".
    const std::string sorted =
        nlohmann::json::parse(canonical.constData(), canonical.constData() + canonical.size()).dump(1, '\t');
    const std::size_t lists = sorted.find("\"filterLists\"");
    QVERIFY(sorted.find("\"filters\"", lists) < sorted.find("\"id\"", lists));
    QVERIFY(sorted.find("\"filterLists\"") < sorted.find("\"format\""));
    const ImportResult r = json::read(QByteArray::fromStdString(sorted));
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QVERIFY2(r.findings.isEmpty(), qPrintable(findingsText(r.findings)));
    QCOMPARE(json::write(r.store), canonical);
    QVERIFY(r.store == json::read(canonical).store);
}

void TestJsonStreaming::aRepeatedKeyIsRefusedAtTheRepetition_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("at"); // where the finding must point: this text's only occurrence

    const QByteArray list =
        R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "name": "L", )";
    QTest::newRow("the store object given twice")
        << prefixed(R"(, "store": {"name": "A"}, "store": {"name": "B"})") << "/store"
        << QByteArray("{\"name\": \"B\"}");
    QTest::newRow("a filter's source given twice")
        << prefixed(list + R"("filters": [{"id": "22222222-2222-2222-2222-222222222222", )"
                           R"("source": "10.0.0.1", "source": "10.0.0.2"}]}])")
        << "/filterLists/0/filters/0/source" << QByteArray("\"10.0.0.2\"");
    QTest::newRow("a filter list's filters given twice")
        << prefixed(list + R"("filters": [], "filters": [{"id": "22222222-2222-2222-2222-222222222222"}]}])")
        << "/filterLists/0/filters" << QByteArray("[{\"id\": \"2222");
    QTest::newRow("the format marker given twice")
        << QByteArray(R"({"format": "ipsec-policy-designer", "version": 1, "format": "other"})") << "/format"
        << QByteArray("\"other\"");
    QTest::newRow("a key repeated inside an IKE method")
        << prefixed(R"(, "policies": [{"id": "44444444-4444-4444-4444-444444444444", "name": "P", )"
                    R"("ike": {"methods": [{"dhGroup": "dh2", "dhGroup": "dh14"}]}}])")
        << "/policies/0/ike/methods/0/dhGroup" << QByteArray("\"dh14\"");
    QTest::newRow("a key repeated three times is refused at the third as well")
        << prefixed(R"(, "store": {"name": "A", "name": "B", "name": "C"})") << "/store/name"
        << QByteArray("\"C\"");
}

void TestJsonStreaming::aRepeatedKeyIsRefusedAtTheRepetition()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, at);

    const ImportResult r = json::read(document, QStringLiteral("doc.ipsecstore"));
    QVERIFY(!r.ok);
    QVERIFY(r.store == StoreData{});
    Findings repeated;
    for (const Finding &f : r.findings)
        if (f.code == u"IPS-119" && f.location.pointer == pointer)
            repeated << f;
    QVERIFY2(!repeated.isEmpty(), qPrintable(findingsText(r.findings)));
    const Finding &f = repeated.last();
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY2(f.message.contains(pointer.section(u'/', -1)), qPrintable(f.message));
    QVERIFY(!f.hint.isEmpty());
    QCOMPARE(document.count(at), 1);
    QCOMPARE(f.location.byteOffset, qint64(document.indexOf(at)));
    QCOMPARE(f.location.line, 1);
    QCOMPARE(f.location.column, int(document.indexOf(at)) + 1);
}

void TestJsonStreaming::theSameKeyInDifferentObjectsIsNoRepetition()
{
    // Every object of a generated store has "id" and most have "name" or "description": none is repeated.
    const ImportResult r = json::read(json::write(generateStore(1000, 9)));
    QVERIFY2(r.ok, qPrintable(findingsText(r.findings)));
    QVERIFY(r.findings.isEmpty());
    const ImportResult sameKeyNested = json::read(prefixed(
        R"(, "store": {"name": "S"}, "x": {"name": {"name": 1}}, "filterActions": [{"id": )"
        R"("33333333-3333-3333-3333-333333333333", "name": "A", "securityMethods": [{"protocol": "esp"}, )"
        R"({"protocol": "esp"}]}])"));
    QVERIFY2(sameKeyNested.ok, qPrintable(findingsText(sameKeyNested.findings)));
    QCOMPARE(sameKeyNested.findings.size(), 1);
    QCOMPARE(sameKeyNested.findings[0].code,
             QStringLiteral("IPS-114")); // "x" is unknown, nothing is repeated
}

void TestJsonStreaming::aListsOwnFindingsComeBeforeThoseOfItsFilters()
{
    const ImportResult r = json::read(prefixed(
        R"(, "filterLists": [{"id": "11111111-1111-1111-1111-111111111111", "filters": [)"
        R"({"id": "22222222-2222-2222-2222-222222222222", "source": "10.0.0.300"}], "colour": "red"}])"));
    QVERIFY(!r.ok);
    QCOMPARE(r.findings.size(), 3);
    QCOMPARE(r.findings[0].location.pointer, QStringLiteral("/filterLists/0/colour")); // IPS-114
    QCOMPARE(r.findings[1].location.pointer, QStringLiteral("/filterLists/0"));        // IPS-105: no name
    QCOMPARE(r.findings[1].code, QStringLiteral("IPS-105"));
    QCOMPARE(r.findings[2].location.pointer, QStringLiteral("/filterLists/0/filters/0/source"));
}

void TestJsonStreaming::aListIdRepeatedByItsFilterIsReportedAtTheLaterOneInTheFile()
{
    // The list's filters come first in the file: the list's own id is the second use.
    const QByteArray doc =
        prefixed(R"(, "filterLists": [{"filters": [{"id": "11111111-1111-1111-1111-111111111111"}], )"
                 R"("id": "11111111-1111-1111-1111-111111111111", "name": "L"}])");
    const ImportResult r = json::read(doc);
    QVERIFY(!r.ok);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings[0].code, QStringLiteral("IPS-112"));
    QCOMPARE(r.findings[0].location.pointer, QStringLiteral("/filterLists/0/id"));
    QCOMPARE(r.findings[0].location.byteOffset, qint64(doc.lastIndexOf("\"1111")));
}

// A large document is parsed on one thread and read into the store on another (jsonpipeline.h): the store,
// every finding and its place are those of reading on one thread, across batch boundaries too.
void TestJsonStreaming::twoThreadsAndAFileReadAheadReadWhatOneThreadReads_data()
{
    QTest::addColumn<QByteArray>("document");
    const QByteArray large = json::write(generateStore(3000, 7)); // some 20 batches of events
    QByteArray badAddress = large;
    badAddress.replace(badAddress.lastIndexOf("\"any\""), 5, "\"10.0.0.300\"");
    QByteArray repeatedId = large;
    const qsizetype firstId = repeatedId.indexOf("\"id\": \"");
    const QByteArray id = repeatedId.mid(firstId, 46);
    repeatedId.replace(repeatedId.lastIndexOf("\"id\": \""), 46, id);
    QTest::newRow("a generated document of 3,000 filters") << large;
    QTest::newRow("a store with awkward text") << json::write(awkwardStore());
    QTest::newRow("a bad address near the end") << badAddress;
    QTest::newRow("an id repeated at the end") << repeatedId;
    QTest::newRow("a syntax error after many batches") << large.left(large.size() - 40) + "]]}";
    QTest::newRow("a document cut short inside a string") << large.left(large.size() / 2);
    QTest::newRow("a key repeated in the store")
        << prefixed(R"(, "store": {"name": "a", "description": "b", "name": "c"})");
    QTest::newRow("UTF-16 text") << QByteArray("\xFF\xFE{\0}\0", 6);
    QTest::newRow("an empty document") << QByteArray();
    QTest::newRow("a number where an object belongs") << prefixed(R"(, "filterLists": [1, 2.5, true, null])");
}

// The store, the findings and their places are the same whichever way the document is read: on one thread, on
// two, or from a file whose reading the parse follows (loadFile for large files; the file read in chunks of
// 509 bytes here, so that the parse catches up with the reader many times).
void TestJsonStreaming::twoThreadsAndAFileReadAheadReadWhatOneThreadReads()
{
    QFETCH(QByteArray, document);
    using json::detail::ParseMode;
    const ImportResult one =
        json::detail::readDocument(document, QStringLiteral("doc"), ParseMode::OneThread);
    const ImportResult two =
        json::detail::readDocument(document, QStringLiteral("doc"), ParseMode::TwoThreads);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doc.ipsecstore")));
    QVERIFY(test::writeAndReopenForReading(file, document));
    ReadAheadFile ahead(file, document.size(), 509);
    ReadAheadFile::Result read;
    const ImportResult followed =
        json::detail::readDocument(ahead, document.size(), QStringLiteral("doc"), read);
    QCOMPARE(read.bytes, document);
    QVERIFY(!read.failed && !read.grew);
    for (const ImportResult *other : {&two, &followed}) {
        QCOMPARE(other->ok, one.ok);
        QVERIFY(other->store == one.store);
        QCOMPARE(findingsText(other->findings), findingsText(one.findings));
        QCOMPARE(other->findings.size(), one.findings.size());
        for (qsizetype i = 0; i < one.findings.size(); ++i) {
            QCOMPARE(other->findings[i].location.byteOffset, one.findings[i].location.byteOffset);
            QCOMPARE(other->findings[i].location.line, one.findings[i].location.line);
            QCOMPARE(other->findings[i].location.column, one.findings[i].location.column);
        }
    }
    if (QTest::currentDataTag() != QByteArrayView("a generated document of 3,000 filters") &&
        QTest::currentDataTag() != QByteArrayView("a store with awkward text"))
        QVERIFY2(!one.findings.isEmpty(), "the row is meant to have findings");
}

// The handler of the two-thread parse builds the store, so it runs on the thread that called: that thread's
// allocations are the ones glibc's huge-page tunable covers (docs/performance.md, "Fifth machine,
// session 11").
void TestJsonStreaming::thePipelinesHandlerRunsOnTheCallingThread()
{
    const QByteArray text = numbers(3 * int(json::detail::kEventsPerBatch));
    CountingHandler handler;
    json::detail::pipelinedSaxParse(text.constData(), text.constData() + text.size(), handler);
    QCOMPARE(handler.events, 3 * json::detail::kEventsPerBatch + 2);
    QCOMPARE(handler.threads.size(), std::size_t(1));
    QVERIFY(handler.threads.front() == std::this_thread::get_id());
}

// An exception of the handler's ends the parse and reaches the caller; so does one the parsing thread meets
// while it reads the text. Neither leaves a thread behind (the test would hang or abort).
void TestJsonStreaming::aFailureOnEitherSideOfThePipelineIsThrownToTheCaller()
{
    const QByteArray text = numbers(3 * int(json::detail::kEventsPerBatch));
    const char *begin = text.constData();
    const char *end = begin + text.size();

    CountingHandler failingHandler;
    failingHandler.throwAt = json::detail::kEventsPerBatch + 7;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, json::detail::pipelinedSaxParse(begin, end, failingHandler));
    QCOMPARE(failingHandler.events, failingHandler.throwAt);

    CountingHandler handler;
    const FailingIterator first{begin, begin + text.size() / 2};
    const FailingIterator last{end, nullptr};
    try {
        json::detail::pipelinedSaxParse(first, last, handler);
        QFAIL("the read error was not thrown");
    } catch (const std::runtime_error &e) {
        QCOMPARE(QByteArray(e.what()), QByteArray("the text could not be read"));
    }
    QVERIFY(handler.events > 0);
    QVERIFY(handler.events < 3 * json::detail::kEventsPerBatch);
}

// loadFile parses a file of a megabyte or more while it is still being read (ReadAheadFile): the result is
// read()'s on the file's bytes, for a good document and for one broken near its end.
void TestJsonStreaming::aLargeFileLoadsAsItsBytesRead()
{
    const QByteArray good = json::write(generateStore(6000, 5));
    QVERIFY(json::detail::worthReadingAhead(good.size()) || std::thread::hardware_concurrency() < 2);
    QByteArray broken = good;
    broken.replace(broken.lastIndexOf("\"id\""), 4, "\"id\" \"");
    QTemporaryDir dir;
    for (const QByteArray &document : {good, broken}) {
        const QString path = dir.filePath(QStringLiteral("large.ipsecstore"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(document), document.size());
        file.close();
        const ImportResult loaded = json::loadFile(path);
        const ImportResult read = json::read(document, path);
        QCOMPARE(loaded.ok, read.ok);
        QVERIFY(loaded.store == read.store);
        QCOMPARE(findingsText(loaded.findings), findingsText(read.findings));
        if (&document == &broken) {
            QVERIFY(!loaded.ok);
            QCOMPARE(loaded.findings.size(), 1);
            QVERIFY(loaded.findings.first().location.line > 1000); // near the end, with its line
        }
    }
}

// saveFile writes the text a chunk of about a megabyte at a time into the temporary file (jsonwriter.cpp):
// the file is what write() gives, byte for byte, with the chunks cut after objects of every depth, and the
// progress it reports grows and stays below its total.
void TestJsonStreaming::aSaveWrittenInChunksIsTheDocumentByteForByte()
{
    const StoreData store = generateStore(12000, 11); // about 4 MB: four chunks and a rest
    const QByteArray expected = json::write(store);
    QVERIFY(expected.size() > 3 * (1 << 20));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chunked.ipsecstore"));
    QList<qint64> reported;
    FormatOptions progress;
    progress.setProgress([&](qint64 done, qint64 total) {
        reported << done;
        return done < total;
    });
    QString error;
    QVERIFY2(json::saveFile(store, path, progress, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QVERIFY(reported.size() >= 4);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

// A save cancelled through its progress callback after the first chunk writes nothing: the file that was
// there keeps its bytes, and no error is given (a cancel is not a failure).
void TestJsonStreaming::aCancelledSaveLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.ipsecstore"));
    const QByteArray old = json::write(generateStore(10, 1));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    int calls = 0;
    FormatOptions progress;
    progress.setProgress([&](qint64, qint64) { return ++calls < 2; });
    QString error = QStringLiteral("not cleared");
    QVERIFY(!json::saveFile(generateStore(12000, 11), path, progress, &error));
    QCOMPARE(calls, 2);
    QVERIFY(error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.ipsecstore")});
}

// The writer writes IPv4 hosts and subnets and every port range in place, and everything else through
// formatAddress: each must be the text form formatAddress and formatPorts give (docs/file-format.md).
void TestJsonStreaming::addressesAndPortsAreWrittenAsTheirTextForms()
{
    FilterList list;
    list.id = newId();
    list.name = QStringLiteral("edges");
    const QStringList addresses = {
        QStringLiteral("0.0.0.0"),
        QStringLiteral("255.255.255.255"),
        QStringLiteral("10.0.1.0/24"),
        QStringLiteral("0.0.0.0/0"),
        QStringLiteral("10.2.27.7/32"),
        QStringLiteral("10.0.0.0/255.0.255.0"),
        QStringLiteral("2001:db8::1"),
        QStringLiteral("2001:db8::/32"),
        QStringLiteral("10.0.0.1-10.0.0.9"),
        QStringLiteral("name:a\"b.example"),
        QStringLiteral("any"),
        QStringLiteral("me"),
        QStringLiteral("dns-servers"),
    };
    const QStringList ports = {QStringLiteral("any"), QStringLiteral("1"), QStringLiteral("65535"),
                               QStringLiteral("1024-65535")};
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        Filter f;
        f.id = newId();
        const auto a = parseAddress(addresses[i]);
        QVERIFY2(a, qPrintable(addresses[i]));
        f.source = *a;
        f.destination = *parseAddress(addresses[(i + 1) % addresses.size()]);
        f.protocol = protocol::Tcp;
        f.sourcePort = *parsePorts(ports[i % ports.size()]);
        f.destinationPort = *parsePorts(ports[(i + 1) % ports.size()]);
        list.filters.push_back(f);
    }
    StoreData store = generateStore(300, 9);
    store.filterLists.push_back(list);
    const QByteArray text = json::write(store);
    const nlohmann::json doc = nlohmann::json::parse(text.constData(), text.constData() + text.size());
    std::size_t compared = 0;
    for (std::size_t l = 0; l < store.filterLists.size(); ++l)
        for (std::size_t i = 0; i < store.filterLists[l].filters.size(); ++i) {
            const Filter &f = store.filterLists[l].filters[i];
            const nlohmann::json &written = doc["filterLists"][l]["filters"][i];
            const auto member = [&](const char *key) {
                return QString::fromStdString(written[key].get<std::string>());
            };
            QCOMPARE(member("source"), formatAddress(f.source));
            QCOMPARE(member("destination"), formatAddress(f.destination));
            QCOMPARE(member("sourcePort"), formatPorts(f.sourcePort));
            QCOMPARE(member("destinationPort"), formatPorts(f.destinationPort));
            ++compared;
        }
    QVERIFY(compared > 300);
}

QTEST_GUILESS_MAIN(TestJsonStreaming)
#include "tst_jsonstreaming.moc"
