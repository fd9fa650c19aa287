// The review's HTML report in a real browser (Debian's chromium, headless): `review --html -o` writes it
// for the real backups, chromium renders it into a PNG that must not be blank, and chromium's DOM (after
// parsing, as a reader's browser sees it) holds one table row per firewall rule and per profile setting.
#include "gposamples.h"
#include "processrun.h"
#include "testdata.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using test::testdataPath;

namespace {

// The whole backup root of the NSA backup, not only its folder.
const QString kNsaRoot = QStringLiteral("gpo_backups/nsacyber_SHB_firewall");
using test::kSteveRoot;
using test::kWfw;
using test::runProgram;

} // namespace

class TestReviewBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pages_data();
    void pages();

private:
    // chromium's own arguments for a headless run in a sandbox-less container.
    QStringList chromiumArguments() const
    {
        return {QStringLiteral("--headless"),
                QStringLiteral("--no-sandbox"),
                QStringLiteral("--disable-gpu"),
                QStringLiteral("--disable-dev-shm-usage"),
                QStringLiteral("--no-first-run"),
                QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile"))};
    }
    QString writeReport(const QString &input, const QString &name)
    {
        const QString html = m_dir.filePath(name + QStringLiteral(".html"));
        const test::ProcessRun r =
            runProgram(QStringLiteral(CLI_PATH), {QStringLiteral("review"), input, QStringLiteral("--html"),
                                                  QStringLiteral("-o"), html});
        return r.exitCode == 0 ? html : QString();
    }

    QString m_chromium;
    QTemporaryDir m_dir;
};

void TestReviewBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

void TestReviewBrowser::pages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("firewallRows");
    QTest::addColumn<int>("profileRows");
    // Firewall rows: the counts of ../shared/testdata/gpfas/dumps/; profile rows: the settings the profiles
    // set (NSA: 7 in every profile plus the public profile's two merge values; Steve: one GPO sets 5).
    QTest::newRow("the NSA backup shows its three profiles and no rule")
        << kNsaRoot << "Firewall profiles" << 0 << 9;
    QTest::newRow("the backup root shows every rule of its three GPOs")
        << kSteveRoot << "Firewall rules (93)" << 217 << 5;
    QTest::newRow("the .wfw shows its connection security rule")
        << kWfw << "Connection security rules (1)" << 412 << 4;
}

void TestReviewBrowser::pages()
{
    QFETCH(QString, input);
    QFETCH(QString, heading);
    QFETCH(int, firewallRows);
    QFETCH(int, profileRows);
    IPSEC_REQUIRE_TESTDATA(input);
    if (m_chromium.isEmpty())
        IPSEC_SKIP_OUTSIDE_CI(QStringLiteral("chromium is not installed (apt-get install chromium)"));
    const QString html =
        writeReport(testdataPath(input), QString::fromLatin1(QTest::currentDataTag()).left(12));
    QVERIFY2(!html.isEmpty(), "review --html -o failed");

    // The DOM as chromium built it: the tables hold the rows the backup has.
    const test::ProcessRun dom = runProgram(
        m_chromium, chromiumArguments() << QStringLiteral("--dump-dom") << QStringLiteral("file://") + html);
    QVERIFY2(dom.exitCode == 0, dom.err.constData());
    const QString page = QString::fromUtf8(dom.out);
    QVERIFY2(page.contains(heading), qPrintable(page.left(2000)));
    QCOMPARE(page.count(QRegularExpression(QStringLiteral("<tr id=\"g\\d+-firewallRules-\\d+\""))),
             firewallRows);
    const QRegularExpression profilesTable(QStringLiteral("<table class=\"profiles\">(.*?)</table>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    int rows = 0;
    for (auto it = profilesTable.globalMatch(page); it.hasNext();)
        rows += int(it.next().captured(1).count(QStringLiteral("<tr>"))) - 1; // minus the heading row
    QCOMPARE(rows, profileRows);
    // The page's script ran (sorting handlers) without replacing the report.
    QVERIFY(page.contains(QStringLiteral("<h2 id=\"summary\">Summary</h2>")));

    // A screenshot: produced, and not one flat colour.
    const QString png = html + QStringLiteral(".png");
    const test::ProcessRun shot = runProgram(
        m_chromium, chromiumArguments()
                        << QStringLiteral("--screenshot=") + png << QStringLiteral("--window-size=1280,2000")
                        << QStringLiteral("--hide-scrollbars") << QStringLiteral("file://") + html);
    QVERIFY2(shot.exitCode == 0, shot.err.constData());
    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.width(), 1280);
    QSet<QRgb> colours;
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            nonWhite += c != qRgb(255, 255, 255);
        }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY2(nonWhite > 2000, qPrintable(QString::number(nonWhite)));
}

QTEST_GUILESS_MAIN(TestReviewBrowser)
#include "tst_reviewbrowser.moc"
