// The document's intents (model/formats/json/jsonintents.h): the round trip, what a bad intent reports and
// where, and that every other export says once that it leaves intents out (IPS-609).
#include "core/enumnames.h"
#include "formats/formatregistry.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;

namespace {

QByteArray document(const QByteArray &intents)
{
    return QByteArray("{\n  \"format\": \"ipsec-policy-designer\",\n  \"version\": 1,\n  \"intents\": ") +
           intents + "\n}\n";
}

StoreData withIntents()
{
    StoreData s = *makeTemplate(QStringLiteral("expressroute-http8080"));
    s.intents = {{QStringLiteral("HTTP 8080 is encrypted"), QString(),
                  QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"), Treatment::Negotiate},
                 {QStringLiteral("Ünïcode ✓ and \"quotes\""), QStringLiteral("policy-azure-onpremises"),
                  QStringLiteral("udp me -> [2001:db8::1]:53"), Treatment::None}};
    return s;
}

} // namespace

class TestJsonIntents : public QObject {
    Q_OBJECT
private slots:
    void intentsRoundTrip();
    void aDocumentWithoutIntentsHasNoIntentsKey();
    void badIntentsAreReportedWithTheirPlace_data();
    void badIntentsAreReportedWithTheirPlace();
    void otherExportsSayOnceThatIntentsAreLeftOut_data();
    void otherExportsSayOnceThatIntentsAreLeftOut();
};

void TestJsonIntents::intentsRoundTrip()
{
    const StoreData store = withIntents();
    const QByteArray text = json::write(store);
    QVERIFY(text.contains("\"intents\": ["));
    QVERIFY(text.contains("\"expect\": \"negotiate\""));
    const ImportResult back = json::read(text);
    QVERIFY(back.ok);
    QVERIFY(back.findings.isEmpty());
    QCOMPARE(back.store.intents.size(), std::size_t(2));
    QVERIFY(back.store == store);
    QCOMPARE(json::write(back.store), text); // canonical
}

void TestJsonIntents::aDocumentWithoutIntentsHasNoIntentsKey()
{
    const QByteArray text = json::write(*makeTemplate(QStringLiteral("expressroute-http8080")));
    QVERIFY(!text.contains("intents"));
    const ImportResult empty = json::read(document("[]"));
    QVERIFY(empty.ok);
    QVERIFY(empty.store.intents.empty());
}

void TestJsonIntents::badIntentsAreReportedWithTheirPlace_data()
{
    QTest::addColumn<QByteArray>("intents");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<int>("kept");
    QTest::newRow("intents that are not an array are a wrong type") << QByteArray("{}") << "IPS-104"
                                                                    << "/intents" << false << 0;
    QTest::newRow("an intent that is not an object is a wrong type")
        << QByteArray("[\"tcp a -> b\"]") << "IPS-104"
        << "/intents/0" << false << 0;
    QTest::newRow("an intent without an expectation misses a key")
        << QByteArray(R"([{"name": "n", "packet": "tcp 10.0.0.1 -> 10.0.0.2"}])") << "IPS-105"
        << "/intents/0" << false << 0;
    QTest::newRow("an unknown expectation names the tokens")
        << QByteArray(R"([{"name": "n", "packet": "tcp 10.0.0.1 -> 10.0.0.2", "expect": "allow"}])")
        << "IPS-106"
        << "/intents/0/expect" << false << 0;
    QTest::newRow("a packet that is a number is a wrong type")
        << QByteArray(R"([{"name": "n", "packet": 7, "expect": "block"}])") << "IPS-104"
        << "/intents/0/packet" << false << 0;
    QTest::newRow("an unknown key is a warning and the intent is kept")
        << QByteArray(
               R"([{"name": "n", "packet": "tcp 10.0.0.1 -> 10.0.0.2", "expect": "block", "note": 1}])")
        << "IPS-114"
        << "/intents/0/note" << true << 1;
    QTest::newRow("a packet that does not parse is kept as written for validation to judge")
        << QByteArray(R"([{"name": "n", "packet": "nonsense", "expect": "block"}])") << QString() << QString()
        << true << 1;
}

void TestJsonIntents::badIntentsAreReportedWithTheirPlace()
{
    QFETCH(QByteArray, intents);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(bool, loads);
    QFETCH(int, kept);
    const ImportResult r = json::read(document(intents), QStringLiteral("doc.ipsecstore"));
    QCOMPARE(r.ok, loads);
    QCOMPARE(static_cast<int>(r.store.intents.size()), kept);
    if (code.isEmpty()) {
        QVERIFY(r.findings.isEmpty());
        return;
    }
    QVERIFY(!r.findings.isEmpty());
    const Finding &f = r.findings.front();
    QCOMPARE(f.code, code);
    QCOMPARE(f.location.pointer, pointer);
    QCOMPARE(f.location.file, QStringLiteral("doc.ipsecstore"));
    QCOMPARE(f.location.line, 4); // "intents" starts on line 4 of the document
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.hint.isEmpty());
}

void TestJsonIntents::otherExportsSayOnceThatIntentsAreLeftOut_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("intents");
    QTest::addColumn<int>("notes");
    QTest::newRow("a netsh script leaves the intents out and says so once") << "netsh" << true << 1;
    QTest::newRow("a netsh script of a store without intents says nothing about them")
        << "netsh" << false << 0;
    QTest::newRow("the registry form leaves them out and says so once") << "reg" << true << 1;
    QTest::newRow("the designer document keeps them and says nothing") << "json" << true << 0;
}

void TestJsonIntents::otherExportsSayOnceThatIntentsAreLeftOut()
{
    QFETCH(QString, format);
    QFETCH(bool, intents);
    QFETCH(int, notes);
    StoreData store = withIntents();
    if (!intents)
        store.intents.clear();
    const FormatDescriptor *d = findFormat(format);
    QVERIFY(d && d->exportFile);
    QTemporaryDir dir;
    const ExportResult r =
        d->exportFile(store, dir.filePath(QStringLiteral("out.") + d->fileSuffixes.value(0)), {});
    QVERIFY(r.ok);
    const auto count = std::count_if(r.findings.begin(), r.findings.end(),
                                     [](const Finding &f) { return f.code == QStringLiteral("IPS-609"); });
    QCOMPARE(static_cast<int>(count), notes);
    if (notes)
        QVERIFY(r.findings.last().message.contains(QStringLiteral("2 intents")));
}

QTEST_APPLESS_MAIN(TestJsonIntents)
#include "tst_jsonintents.moc"
