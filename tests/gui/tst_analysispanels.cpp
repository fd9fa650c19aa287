// The analysis a user reaches in the window, driven offscreen as a user drives it: the Test a Packet panel
// (live as the fields change, the winner highlighted in the rules table and the diagram, the losers with
// reasons, a tie said as such), Add as Intent, the Intents panel with pass/fail and undo, Tools → Check
// against a Peer Policy…, and the wizards' crypto baseline from the settings.
#include "analysis/intentspanel.h"
#include "analysis/packettestpanel.h"
#include "core/enumnames.h"
#include "core/policystore.h"
#include "editors/editors.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "settings.h"
#include "templates/templates.h"
#include "textreportdialog.h"
#include "wizards/filteractionwizard.h"
#include "wizards/policywizard.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ipsec;

namespace {

StoreData referenceScenario()
{
    return makeTemplate(QStringLiteral("expressroute-http8080")).value();
}

// The reference scenario with a block rule and a permit rule for the same /24 ↔ /25: a tie between them,
// and the encrypted port 8080 an exception inside both.
StoreData withTie()
{
    StoreData s = referenceScenario();
    for (ActionKind kind : {ActionKind::Block, ActionKind::Permit}) {
        FilterAction a;
        a.id = newId();
        a.name = kind == ActionKind::Block ? QStringLiteral("Block") : QStringLiteral("Permit");
        a.action = kind;
        s.filterActions.push_back(a);
        Filter f;
        f.id = newId();
        f.source = *parseAddress(QStringLiteral("10.0.1.0/24"));
        f.destination = *parseAddress(QStringLiteral("10.2.27.0/25"));
        FilterList l{newId(), a.name + QStringLiteral(" all"), {}, {f}};
        s.filterLists.push_back(l);
        Rule r;
        r.id = newId();
        r.name = a.name + QStringLiteral(" all");
        r.filterList = l.id;
        r.filterAction = a.id;
        r.authMethods = {AuthMethod::kerberos()};
        s.policies.front().rules.append(r);
    }
    return s;
}

} // namespace

class TestAnalysisPanels : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::function<int(QDialog &)> m_drive;

    void setDocument(const StoreData &d)
    {
        m_window->store()->reset(d);
        m_window->undoStack()->clear();
    }
    PacketTestPanel *panel() const { return m_window->packetTestPanel(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_drive = nullptr;
        m_window->setPrompt([](QMessageBox::Icon, const QString &, const QString &,
                               QMessageBox::StandardButtons) { return QMessageBox::Discard; });
        m_window->setDialogRunner(
            [this](QDialog &d) { return m_drive ? m_drive(d) : int(QDialog::Rejected); });
        setDocument(referenceScenario());
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void bothPanelsAreDocksOfTheWindow()
    {
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("packetTestDock")));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("intentsDock")));
        QVERIFY(panel());
        QVERIFY(m_window->intentsPanel());
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPeerCheck")));
    }

    void typingAPacketShowsTheWinnerLive_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("winner");
        QTest::addColumn<int>("treatment");
        QTest::addColumn<int>("rows");
        QTest::newRow("HTTP 8080 into Azure is negotiated")
            << "10.0.1.5"
            << "10.2.27.9"
            << "8080"
            << "azure-onpremises-HTTP8080" << int(Treatment::Negotiate) << 1;
        QTest::newRow("other traffic matches nothing") << "10.0.1.5"
                                                       << "192.0.2.1"
                                                       << "80" << QString() << int(Treatment::None) << 0;
    }
    void typingAPacketShowsTheWinnerLive()
    {
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(QString, port);
        QFETCH(QString, winner);
        QFETCH(int, treatment);
        QFETCH(int, rows);
        auto *dest = panel()->findChild<QLineEdit *>(QStringLiteral("destination"));
        QVERIFY(dest);
        panel()->setPacket(QStringLiteral("tcp"), source, {}, QString(), port);
        QTest::keyClicks(dest, destination); // typed: the panel follows without a button
        QTRY_COMPARE(panel()->packetText(), QStringLiteral("tcp %1 -> %2:%3").arg(source, destination, port));
        QTRY_VERIFY(panel()->valid() && panel()->winnerRule() == winner &&
                    panel()->candidatesView()->topLevelItemCount() == rows);
        QCOMPARE(int(panel()->treatment()), treatment);
        QVERIFY(panel()->addIntentButton()->isEnabled());
    }

    void aBadPacketIsSaidAndCannotBecomeAnIntent()
    {
        panel()->setPacket(QStringLiteral("tcp"), QStringLiteral("10.0.1.5"), {}, QStringLiteral("10.2.27.9"),
                           QStringLiteral("99999"));
        QVERIFY(!panel()->valid());
        QVERIFY2(panel()->verdictLabel()->text().contains(QStringLiteral("port")),
                 qPrintable(panel()->verdictLabel()->text()));
        QVERIFY(!panel()->addIntentButton()->isEnabled());
    }

    void theWinnerIsHighlightedInTheRulesTable()
    {
        const Policy &p = m_window->store()->data().policies.front();
        QVERIFY(m_window->showObject(ObjectKind::Policy, p.id));
        auto *editor = qobject_cast<PolicyEditor *>(m_window->editor(ObjectKind::Policy));
        QVERIFY(editor);
        editor->rulesView()->clearSelection();
        panel()->setPacket(QStringLiteral("tcp"), QStringLiteral("10.0.1.5"), {}, QStringLiteral("10.2.27.9"),
                           QStringLiteral("8080"));
        const QModelIndex current = editor->rulesView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data().toString(), QStringLiteral("azure-onpremises-HTTP8080"));
    }

    void aTieIsSaidAndLosersGiveTheirReason()
    {
        setDocument(withTie());
        panel()->setPacket(QStringLiteral("udp"), QStringLiteral("10.0.1.5"), {}, QStringLiteral("10.2.27.9"),
                           QStringLiteral("53"));
        QVERIFY(panel()->verdictLabel()->text().contains(QStringLiteral("Tie")));
        QCOMPARE(panel()->candidatesView()->topLevelItemCount(), 2);
        QVERIFY(panel()->candidatesView()->topLevelItem(1)->text(5).contains(QStringLiteral("tie")));
        // Port 8080 lies inside both: the exception wins for certain, the others say why they lose.
        panel()->setPacket(QStringLiteral("tcp"), QStringLiteral("10.0.1.5"), {}, QStringLiteral("10.2.27.9"),
                           QStringLiteral("8080"));
        QVERIFY(!panel()->verdictLabel()->text().contains(QStringLiteral("Tie")));
        QCOMPARE(panel()->candidatesView()->topLevelItemCount(), 3);
        QVERIFY(panel()->candidatesView()->topLevelItem(1)->text(5).contains(QStringLiteral("lies inside")));
    }

    void oneClickKeepsThePacketAsAnIntentAndUndoRemovesIt()
    {
        panel()->setPacket(QStringLiteral("tcp"), QStringLiteral("10.0.1.5"), {}, QStringLiteral("10.2.27.9"),
                           QStringLiteral("8080"));
        QTest::mouseClick(panel()->addIntentButton(), Qt::LeftButton);
        const std::vector<Intent> &intents = m_window->store()->data().intents;
        QCOMPARE(intents.size(), std::size_t(1));
        QCOMPARE(intents.front().packet, QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"));
        QCOMPARE(intents.front().expect, Treatment::Negotiate);
        QTableWidget *table = m_window->intentsPanel()->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, IntentsPanel::ResultColumn)->text(), QStringLiteral("Pass"));
        m_window->undoStack()->undo();
        QVERIFY(m_window->store()->data().intents.empty());
        QTRY_COMPARE(table->rowCount(), 0);
    }

    void anIntentTurnsToFailWhenAChangeBreaksIt()
    {
        StoreData s = referenceScenario();
        s.intents = {{QStringLiteral("8080 is encrypted"),
                      {},
                      QStringLiteral("tcp 10.0.1.5 -> 10.2.27.9:8080"),
                      Treatment::Negotiate}};
        setDocument(s);
        QTableWidget *table = m_window->intentsPanel()->table();
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, IntentsPanel::ResultColumn)->text(), QStringLiteral("Pass"));
        Policy p = m_window->store()->data().policies.front();
        p.rules.front().active = false;
        QVERIFY(m_window->store()->updatePolicy(p).ok);
        QTRY_COMPARE(table->item(0, IntentsPanel::ResultColumn)->text(), QStringLiteral("Fail"));
        QVERIFY(table->item(0, IntentsPanel::ActualColumn)->text().contains(QStringLiteral("clear text")));
        // Removing it is one undo step.
        table->selectRow(0);
        m_window->intentsPanel()->removeSelected();
        QVERIFY(m_window->store()->data().intents.empty());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->store()->data().intents.size(), std::size_t(1));
    }

    void checkingAgainstAPeerShowsTheReport()
    {
        const QString same = m_dir.filePath(QStringLiteral("peer.ipsecstore"));
        QVERIFY(json::saveFile(referenceScenario(), same));
        QString text;
        bool wrapped = false;
        m_drive = [&](QDialog &dialog) {
            auto *report = qobject_cast<TextReportDialog *>(&dialog);
            text = report ? report->text() : QString();
            const auto *view = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reportText"));
            wrapped = view && view->lineWrapMode() == QPlainTextEdit::WidgetWidth;
            return int(QDialog::Rejected);
        };
        m_window->setFileChooser([same](bool, const QString &, const QString &) { return same; });
        m_window->findChild<QAction *>(QStringLiteral("actionPeerCheck"))->trigger();
        QVERIFY2(text.contains(QStringLiteral("compatible: 4 flows checked")), qPrintable(text));
        QVERIFY2(wrapped, "the peer report is prose: its lines wrap at the dialog's width");

        StoreData blocking = referenceScenario();
        for (FilterAction &a : blocking.filterActions)
            a.action = ActionKind::Block;
        QVERIFY(json::saveFile(blocking, same));
        QVERIFY(m_window->checkAgainstPeer(same));
        QVERIFY(text.contains(QStringLiteral("IPS-602")));
        QVERIFY(text.contains(QStringLiteral("not compatible")));
        QVERIFY(!m_window->checkAgainstPeer(m_dir.filePath(QStringLiteral("missing.ipsecstore"))));
    }

    void theWizardsStartFromTheChosenBaseline_data()
    {
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<bool>("useWindowsDefaults");
        QTest::addColumn<int>("dhGroup");
        QTest::addColumn<int>("encryption");
        QTest::newRow("legacy-strongest starts from 3DES-SHA1-DH14")
            << "legacy-strongest" << false << int(DhGroup::Group14) << int(Encryption::TripleDes);
        QTest::newRow("modern starts from AES and ECDH")
            << "modern" << false << int(DhGroup::Group20) << int(Encryption::AesGcm256);
        QTest::newRow("one click goes back to Windows' defaults")
            << "modern" << true << int(DhGroup::Group2) << int(Encryption::TripleDes);
    }
    void theWizardsStartFromTheChosenBaseline()
    {
        QFETCH(QString, baseline);
        QFETCH(bool, useWindowsDefaults);
        QFETCH(int, dhGroup);
        QFETCH(int, encryption);
        m_settings->setValue(Settings::Key::CryptoBaseline, baseline);
        Policy made;
        FilterAction action;
        m_drive = [&](QDialog &dialog) {
            if (auto *w = qobject_cast<IpSecurityPolicyWizard *>(&dialog)) {
                w->findChild<QCheckBox *>(QStringLiteral("useWindowsDefaults"))
                    ->setChecked(useWindowsDefaults);
                made = w->policy();
            }
            if (auto *w = qobject_cast<FilterActionWizard *>(&dialog)) {
                w->findChild<QCheckBox *>(QStringLiteral("useWindowsDefaults"))
                    ->setChecked(useWindowsDefaults);
                action = w->filterAction();
            }
            return int(QDialog::Rejected);
        };
        m_window->findChild<QAction *>(QStringLiteral("actionPolicyWizard"))->trigger();
        m_window->findChild<QAction *>(QStringLiteral("actionFilterActionWizard"))->trigger();
        QVERIFY(!made.ike.methods.isEmpty());
        QCOMPARE(int(made.ike.methods.front().dhGroup), dhGroup);
        QCOMPARE(action.securityMethods.size(), 1);
        QCOMPARE(int(action.securityMethods.front().espEncryption), encryption);
    }
};

QTEST_MAIN(TestAnalysisPanels)
#include "tst_analysispanels.moc"
