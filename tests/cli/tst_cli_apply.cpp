// `apply` and `read` run as processes against the dry-run backend (its --state file stands for the system
// between runs), and against windows-netsh where no netsh is given.
#include "clirunner.h"
#include "formats/json/jsonformat.h"
#include "templates/templates.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using test::CliRun;
using test::describeRun;
using test::runCli;

class TestCliApply : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void applyWithYesThenReadGivesThePolicyBack();
    void planOnlyShowsTheScriptAndChangesNothing();
    void withoutYesAndWithoutATerminalNothingIsApplied();
    void onATerminalTheAnswerDecides_data();
    void onATerminalTheAnswerDecides();
    void confirmWithinAndNoAnswerRollsBack();
    void confirmWithinAndNoAnswerInTimeRollsBack();
    void confirmWithinAndKeepKeepsThePolicy();
    void windowsNetshWithoutNetshIsUnavailable();
    void badBackendOptionsAreUsageErrors_data();
    void badBackendOptionsAreUsageErrors();
    void readWithoutOutputIsAUsageError();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The ExpressRoute template: negotiates TCP 8080 only, so no management path is affected.
    QString design() const { return path(QStringLiteral("design.ipsecstore")); }
    // What `read` gives from the dry-run state; the policies' names in store order.
    QStringList policiesInState(const QString &state, const QString &output)
    {
        const CliRun r =
            runCli({QStringLiteral("read"), QStringLiteral("--backend"), QStringLiteral("dry-run"),
                    QStringLiteral("--state"), state, QStringLiteral("-o"), output});
        if (r.exitCode != 0) {
            qWarning().noquote() << describeRun(r);
            return {QStringLiteral("<read failed>")};
        }
        const ImportResult read = json::loadFile(output);
        QStringList names;
        for (const Policy &p : read.store.policies)
            names << p.name;
        return names;
    }

    QTemporaryDir m_dir;
};

void TestCliApply::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::optional<StoreData> store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    QString error;
    QVERIFY2(json::saveFile(*store, design(), &error), qPrintable(error));
}

void TestCliApply::applyWithYesThenReadGivesThePolicyBack()
{
    const QString state = path(QStringLiteral("applied-state.ipsecstore"));
    const CliRun r = runCli({QStringLiteral("apply"), design(), QStringLiteral("--dry-run"),
                             QStringLiteral("--yes"), QStringLiteral("--state"), state});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: applied")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Backup: dry-run-backup-1")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Plan (")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("No management path")), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(state));

    const QString output = path(QStringLiteral("read-back.ipsecstore"));
    QCOMPARE(policiesInState(state, output), QStringList{QStringLiteral("policy-azure-onpremises")});
    const ImportResult read = json::loadFile(output);
    const ImportResult designed = json::loadFile(design());
    QCOMPARE(read.store.filterCount(), designed.store.filterCount());
    QCOMPARE(read.store.filterLists.size(), designed.store.filterLists.size());
    QCOMPARE(read.store.filterLists.front().name, QStringLiteral("azure-onpremises-HTTP8080"));
    QCOMPARE(read.store.filterLists.front().filters.front().destinationPort.first, std::uint16_t(8080));
}

void TestCliApply::planOnlyShowsTheScriptAndChangesNothing()
{
    const QString state = path(QStringLiteral("plan-only-state.ipsecstore"));
    const CliRun r =
        runCli({QStringLiteral("apply"), design(), QStringLiteral("--backend"), QStringLiteral("dry-run"),
                QStringLiteral("--plan-only"), QStringLiteral("--state"), state});
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Script:\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("add policy name=")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("policy-azure-onpremises")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Outcome:")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(state));
}

void TestCliApply::withoutYesAndWithoutATerminalNothingIsApplied()
{
    const QString state = path(QStringLiteral("refused-state.ipsecstore"));
    const CliRun r = runCli(
        {QStringLiteral("apply"), design(), QStringLiteral("--dry-run"), QStringLiteral("--state"), state});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(QStringLiteral("stdin is not a terminal")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: cancelled")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Backup:")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(state));
    QCOMPARE(policiesInState(state, path(QStringLiteral("refused-read.ipsecstore"))), QStringList{});
}

void TestCliApply::onATerminalTheAnswerDecides_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("applied");
    QTest::newRow("typing y applies") << QByteArray("y\n") << true;
    QTest::newRow("typing n applies nothing") << QByteArray("n\n") << false;
    QTest::newRow("just pressing enter applies nothing") << QByteArray("\n") << false;
}

void TestCliApply::onATerminalTheAnswerDecides()
{
#ifndef Q_OS_LINUX
    QSKIP("Needs util-linux's script(1) for a pseudo-terminal.");
#else
    QFETCH(QByteArray, answer);
    QFETCH(bool, applied);
    // script(1) (util-linux, essential on Debian) runs the CLI on a pseudo-terminal and types our stdin.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!script.isEmpty(), "script(1) from util-linux is needed");
    static int run = 0;
    const QString state = path(QStringLiteral("tty-%1.ipsecstore").arg(++run));
    const auto quoted = [](const QString &s) { return u'\'' + s + u'\''; };
    const QString command =
        QStringList{quoted(QStringLiteral(CLI_PATH)), QStringLiteral("apply"),   quoted(design()),
                    QStringLiteral("--dry-run"),      QStringLiteral("--state"), quoted(state)}
            .join(u' ');
    QProcess process;
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted());
    process.write(answer);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(output.contains(QStringLiteral("Apply? [y/N]")), qPrintable(output));
    QCOMPARE(process.exitCode(), applied ? 0 : 1);
    QVERIFY2(
        output.contains(applied ? QStringLiteral("Outcome: applied") : QStringLiteral("Outcome: cancelled")),
        qPrintable(output));
    QCOMPARE(QFileInfo::exists(state), applied);
#endif
}

void TestCliApply::confirmWithinAndNoAnswerRollsBack()
{
    const QString state = path(QStringLiteral("closed-stdin-state.ipsecstore"));
    const CliRun r =
        runCli({QStringLiteral("apply"), design(), QStringLiteral("--dry-run"), QStringLiteral("--yes"),
                QStringLiteral("--confirm-within"), QStringLiteral("1"), QStringLiteral("--state"), state});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Type 'keep' within 1 minute(s)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: rolled back")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Failed step: confirmation")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("IPS-508")), qPrintable(r.err));
    QCOMPARE(policiesInState(state, path(QStringLiteral("closed-stdin-read.ipsecstore"))), QStringList{});
}

void TestCliApply::confirmWithinAndNoAnswerInTimeRollsBack()
{
    const QString state = path(QStringLiteral("timeout-state.ipsecstore"));
    // stdin stays open and silent, as when nobody is at the keyboard any more.
    const CliRun r = runCli({QStringLiteral("apply"), design(), QStringLiteral("--dry-run"),
                             QStringLiteral("--yes"), QStringLiteral("--confirm-within"), QStringLiteral("2"),
                             QStringLiteral("--confirm-timeout-seconds"), QStringLiteral("1"),
                             QStringLiteral("--state"), state},
                            {}, false);
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: rolled back")), qPrintable(r.out));
    QCOMPARE(policiesInState(state, path(QStringLiteral("timeout-read.ipsecstore"))), QStringList{});
}

void TestCliApply::confirmWithinAndKeepKeepsThePolicy()
{
    const QString state = path(QStringLiteral("kept-state.ipsecstore"));
    const CliRun r =
        runCli({QStringLiteral("apply"), design(), QStringLiteral("--dry-run"), QStringLiteral("--yes"),
                QStringLiteral("--confirm-within"), QStringLiteral("1"), QStringLiteral("--state"), state},
               "keep\n");
    QVERIFY2(r.exitCode == 0, qPrintable(describeRun(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: applied")), qPrintable(r.out));
    QCOMPARE(policiesInState(state, path(QStringLiteral("kept-read.ipsecstore"))),
             QStringList{QStringLiteral("policy-azure-onpremises")});
}

void TestCliApply::windowsNetshWithoutNetshIsUnavailable()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows the real netsh is found on the PATH.");
#endif
    const CliRun r = runCli({QStringLiteral("apply"), design(), QStringLiteral("--backend"),
                             QStringLiteral("windows-netsh"), QStringLiteral("--yes"),
                             QStringLiteral("--data-dir"), path(QStringLiteral("netsh-data"))});
    QVERIFY2(r.exitCode == 1, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(QStringLiteral("IPS-500")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not available")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--netsh PATH")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Outcome: refused")), qPrintable(r.out));

    const CliRun read =
        runCli({QStringLiteral("read"), QStringLiteral("--backend"), QStringLiteral("windows-netsh"),
                QStringLiteral("-o"), path(QStringLiteral("never-written.ipsecstore"))});
    QVERIFY2(read.exitCode == 1, qPrintable(describeRun(read)));
    QVERIFY2(read.err.contains(QStringLiteral("not available")), qPrintable(read.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never-written.ipsecstore"))));
}

void TestCliApply::badBackendOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no backend named at all") << QStringList{} << "--backend is required";
    QTest::newRow("an unknown backend is named")
        << QStringList{QStringLiteral("--backend"), QStringLiteral("frobnicator")}
        << "unknown backend 'frobnicator'";
    QTest::newRow("--dry-run contradicts another backend")
        << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--backend"),
                       QStringLiteral("windows-netsh")}
        << "contradict";
    QTest::newRow("an unknown store is named")
        << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--store"), QStringLiteral("remote")}
        << "unknown store 'remote'";
    QTest::newRow("a domain with the local store")
        << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--store"), QStringLiteral("local"),
                       QStringLiteral("--domain"), QStringLiteral("ipsectest.com")}
        << "--domain needs --store domain";
    QTest::newRow("a confirmation time that is no number")
        << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--confirm-within"),
                       QStringLiteral("soon")}
        << "--confirm-within needs a number";
}

void TestCliApply::badBackendOptionsAreUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun r =
        runCli(QStringList{QStringLiteral("apply"), design(), QStringLiteral("--yes")} + options);
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliApply::readWithoutOutputIsAUsageError()
{
    const CliRun r = runCli({QStringLiteral("read"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 2, qPrintable(describeRun(r)));
    QVERIFY2(r.err.contains(QStringLiteral("--output is required")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"
