// File → Review GPO Backup… as a reviewer uses it, with the real widgets offscreen: the structured view of
// the real backups (tree, tables), a finding that selects its row, the text filter, "Save Report as HTML…",
// and a large made-up backup root read on the worker.
#include "core/policystore.h"
#include "formats/gpo/gpobackup.h"
#include "gposamples.h"
#include "mainwindow.h"
#include "review/reviewdialog.h"
#include "review/reviewfindings.h"
#include "settings.h"
#include "templates/templates.h"
#include "testdata.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ipsec;
using test::kNsaBackup;
using test::kSteveRoot;
using test::kWfw;
using test::testdataPath;

namespace {

QTreeWidgetItem *findingItem(QTreeWidget *list, const QString &code)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1) == code)
            return list->topLevelItem(i);
    return nullptr;
}

int visibleItems(QTreeWidget *list)
{
    int n = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        n += !list->topLevelItem(i)->isHidden();
    return n;
}

QString cellText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestReviewDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::function<void(ReviewDialog &)> m_inspect;
    int m_dialogs = 0;
    int m_tasks = 0;

    // Reviews `path` through the window; the dialog is inspected while it is open.
    bool openReview(const QString &path, const std::function<void(ReviewDialog &)> &inspect)
    {
        m_inspect = inspect;
        return m_window->reviewBackup(path);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_dialogs = 0;
        m_tasks = 0;
        m_window->setPrompt([](QMessageBox::Icon, const QString &, const QString &,
                               QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        m_window->setDialogRunner([this](QDialog &dialog) {
            ++m_dialogs;
            auto *review = qobject_cast<ReviewDialog *>(&dialog);
            if (review && m_inspect) {
                review->show();
                m_inspect(*review);
            }
            return int(QDialog::Rejected);
        });
        m_window->setTaskObserver([this](BackgroundTask &) { ++m_tasks; });
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void theNsaBackupOpensOnItsThreeProfiles()
    {
        IPSEC_REQUIRE_TESTDATA(kNsaBackup);
        int rows = 0;
        QStringList headers;
        QString publicMerge;
        ReviewDialog::Node node = ReviewDialog::Node::Root;
        openReview(testdataPath(kNsaBackup), [&](ReviewDialog &d) {
            node = d.currentNode();
            const QAbstractItemModel *m = d.table()->model();
            rows = m->rowCount();
            for (int c = 0; c < m->columnCount(); ++c)
                headers << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < rows; ++r)
                if (cellText(d.table(), r, 0) == u"Apply local firewall rules")
                    publicMerge = cellText(d.table(), r, 1) + u'/' + cellText(d.table(), r, 3);
        });
        QCOMPARE(m_dialogs, 1);
        QCOMPARE(m_tasks, 1); // read on the worker
        QCOMPARE(node, ReviewDialog::Node::Profiles);
        QCOMPARE(rows, 9);
        QCOMPARE(headers, (QStringList{QStringLiteral("Setting"), QStringLiteral("Domain profile"),
                                       QStringLiteral("Private profile"), QStringLiteral("Public profile")}));
        QCOMPARE(publicMerge, QStringLiteral("not set/off"));
    }

    void theBackupRootShowsEveryGpoAndEveryRule()
    {
        IPSEC_REQUIRE_TESTDATA(kSteveRoot);
        QList<int> ruleRows;
        int gpos = 0;
        openReview(testdataPath(kSteveRoot), [&](ReviewDialog &d) {
            QTreeWidgetItem *root = d.tree()->topLevelItem(0);
            gpos = root->childCount();
            QCOMPARE(d.table()->model()->rowCount(), 3); // the root's summary: one row per GPO
            for (int g = 0; g < gpos; ++g)
                for (int i = 0; i < root->child(g)->childCount(); ++i)
                    if (root->child(g)->child(i)->text(0).startsWith(QStringLiteral("Firewall rules"))) {
                        d.tree()->setCurrentItem(root->child(g)->child(i));
                        QCOMPARE(d.currentNode(), ReviewDialog::Node::FirewallRules);
                        ruleRows << d.table()->model()->rowCount();
                    }
        });
        QCOMPARE(gpos, 3);
        std::sort(ruleRows.begin(), ruleRows.end());
        QCOMPARE(ruleRows, (QList<int>{54, 70, 93}));
    }

    void aFindingSelectsTheRowItIsAbout()
    {
        IPSEC_REQUIRE_TESTDATA(kWfw);
        QString csrPointer, disabledPointer, disabledRowPointer;
        ReviewDialog::Node csrNode = ReviewDialog::Node::Root, disabledNode = ReviewDialog::Node::Root;
        openReview(testdataPath(kWfw), [&](ReviewDialog &d) {
            QTreeWidgetItem *requestOnly =
                findingItem(d.findingsList(), QString::fromLatin1(review::code::RequestOnly));
            QVERIFY(requestOnly);
            d.findingsList()->setCurrentItem(requestOnly);
            csrNode = d.currentNode();
            csrPointer = d.currentPointer();
            QTreeWidgetItem *disabled =
                findingItem(d.findingsList(), QString::fromLatin1(review::code::DisabledRule));
            QVERIFY(disabled);
            d.findingsList()->setCurrentItem(disabled);
            disabledNode = d.currentNode();
            disabledPointer = d.currentPointer();
            // The selected row is the rule the finding names.
            const int row = d.table()->currentIndex().row();
            disabledRowPointer = disabled->text(3).section(u',', 0, 0);
            QVERIFY(disabled->text(3).contains(cellText(d.table(), row, 0)));
        });
        QCOMPARE(csrNode, ReviewDialog::Node::ConnectionSecurityRules);
        QCOMPARE(csrPointer, QStringLiteral("/connectionSecurityRules/0"));
        QCOMPARE(disabledNode, ReviewDialog::Node::FirewallRules);
        QCOMPARE(disabledPointer, disabledRowPointer);
    }

    void theFilterNarrowsTheTableAndTheFindings()
    {
        IPSEC_REQUIRE_TESTDATA(kWfw);
        int all = 0, chrome = 0, findingsBefore = 0, findingsAfter = 0;
        bool everyRowMatches = true;
        QString filterAfterFinding;
        openReview(testdataPath(kWfw), [&](ReviewDialog &d) {
            QTreeWidgetItem *disabled =
                findingItem(d.findingsList(), QString::fromLatin1(review::code::DisabledRule));
            d.findingsList()->setCurrentItem(disabled); // shows the firewall rules
            all = d.table()->model()->rowCount();
            findingsBefore = visibleItems(d.findingsList());
            QTest::keyClicks(d.filterEdit(), QStringLiteral("chrome"));
            chrome = d.table()->model()->rowCount();
            for (int r = 0; r < chrome; ++r) {
                bool match = false;
                for (int c = 0; c < d.table()->model()->columnCount(); ++c)
                    match = match ||
                            cellText(d.table(), r, c).contains(QStringLiteral("chrome"), Qt::CaseInsensitive);
                everyRowMatches = everyRowMatches && match;
            }
            findingsAfter = visibleItems(d.findingsList());
            // A finding about a row the filter hides clears the filter to show it.
            d.findingsList()->setCurrentItem(
                findingItem(d.findingsList(), QString::fromLatin1(review::code::RequestOnly)));
            d.findingsList()->setCurrentItem(disabled);
            filterAfterFinding = d.filterEdit()->text();
        });
        QCOMPARE(all, 412);
        QVERIFY2(chrome >= 2 && chrome < 20, qPrintable(QString::number(chrome)));
        QVERIFY(everyRowMatches);
        QVERIFY(findingsAfter < findingsBefore);
        QVERIFY(filterAfterFinding.isEmpty());
    }

    void saveReportAsHtmlWritesThePage()
    {
        IPSEC_REQUIRE_TESTDATA(kWfw);
        const QString target = m_dir.filePath(QStringLiteral("report.html"));
        openReview(testdataPath(kWfw), [&](ReviewDialog &d) {
            d.setFileChooser([target] { return target; });
            QPushButton *save = d.findChild<QPushButton *>(QStringLiteral("saveHtml"));
            QVERIFY(save);
            save->click();
        });
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("sompok jaya )")));
        QVERIFY(html.contains(QStringLiteral("Firewall rules (412)")));
    }

    void aLargeMadeUpBackupRootIsReadOnTheWorker()
    {
        // 40 GPOs exported by the program itself; the first one's registry.pol replaced by 3,000 rules.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const StoreData store = makeTemplate(QStringLiteral("expressroute-http8080")).value();
        QString first;
        for (int i = 0; i < 40; ++i) {
            gpo::GpoExportOptions options;
            options.domain = QStringLiteral("example.test");
            options.gpoName = QStringLiteral("GPO %1").arg(i, 2, 10, QLatin1Char('0'));
            options.content = gpo::GpoContent::Wfas;
            const gpo::GpoExportResult exported = gpo::exportGpoBackup(store, root.path(), options);
            QVERIFY(exported.ok);
            if (first.isEmpty())
                first = exported.backupId.toString(QUuid::WithBraces).toUpper();
        }
        gpo::WfasPolicy big;
        Findings ignored;
        for (int i = 0; i < 3000; ++i)
            big.firewallRules << *gpo::parseRuleString(
                QStringLiteral("v2.10|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=%1|Name=Port %1|")
                    .arg(1024 + i),
                gpo::WfasRuleKind::Firewall, QStringLiteral("rule-%1").arg(i), &ignored);
        const auto pol =
            gpo::resolveInside(root.path(), first + QStringLiteral("/DomainSysvol/GPO/Machine/registry.pol"));
        QVERIFY(pol);
        QFile f(*pol);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(gpo::writeRegistryPol(gpo::encodeWfas(big)));
        f.close();

        int gpos = 0, mostRules = 0;
        openReview(root.path(), [&](ReviewDialog &d) {
            gpos = int(d.report().gpos.size());
            for (const review::ReviewedGpo &g : d.report().gpos)
                mostRules = std::max(mostRules, int(g.content.firewallRules.size()));
        });
        QCOMPARE(m_tasks, 1);
        QCOMPARE(gpos, 40);
        QCOMPARE(mostRules, 3000);
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
