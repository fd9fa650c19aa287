// The apply workflow, the lock-out guard, the plugin registry and the dry-run backend.
#include "applyworkflow.h"
#include "backendregistry.h"
#include "lockoutguard.h"
#include "storecomparison.h"
#include "templates/templates.h"

#include <QTest>
#include <QtPlugin>

Q_IMPORT_PLUGIN(DryRunBackendFactory)

using namespace ipsec;

namespace {

StoreData requireEspForAllTraffic()
{
    StoreData s;
    FilterList all{
        newId(),
        QStringLiteral("All IP Traffic"),
        {},
        {Filter{newId(), {}, true, FilterAddress::me(), FilterAddress::any(), protocol::Any, {}, {}}}};
    FilterAction esp;
    esp.id = newId();
    esp.name = QStringLiteral("Require ESP");
    esp.action = ActionKind::Negotiate;
    esp.securityMethods = {SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1)};
    Policy p;
    p.id = newId();
    p.name = QStringLiteral("Require ESP everywhere");
    p.assigned = true;
    p.ike.methods = {IkeMethod{}};
    Rule r;
    r.id = newId();
    r.name = QStringLiteral("All traffic");
    r.filterList = all.id;
    r.filterAction = esp.id;
    r.authMethods = {AuthMethod::kerberos()};
    p.rules = {r};
    s.filterLists = {all};
    s.filterActions = {esp};
    s.policies = {p};
    return s;
}

// A backend whose steps fail on request, to drive every branch of the workflow.
class ScriptedBackend : public PolicyBackend {
public:
    bool failApply = false;
    bool failBackup = false;
    bool tamperOnRead = false;
    StoreData system;
    StoreData backedUp;
    int rollbacks = 0;

    BackendInfo info() const override { return {QStringLiteral("scripted"), {}, {}, {}, {}}; }
    void configure(const QVariantMap &) override {}
    Availability availability() const override { return Availability::yes(); }
    ReadResult read(const BackendTarget &, Progress &) override
    {
        StoreData s = system;
        if (tamperOnRead && !s.filterLists.empty())
            s.filterLists.front().filters.clear();
        return {true, s, {}};
    }
    ApplyPlan plan(const StoreData &store, const BackendTarget &target) override
    {
        m_design = store;
        return {target, {{QStringLiteral("apply"), {}}}, QStringLiteral("script"), {}};
    }
    BackupResult backup(const BackendTarget &target, Progress &) override
    {
        backedUp = system;
        return {!failBackup, {QStringLiteral("backup-1"), {}, target}, {}};
    }
    StepResult apply(const ApplyPlan &, Progress &) override
    {
        if (failApply)
            return {false, {}, QStringLiteral("command 2 of 5: add rule")};
        system = m_design;
        return {true, {}, {}};
    }
    StepResult rollback(const BackupRecord &, Progress &) override
    {
        ++rollbacks;
        system = backedUp;
        return {true, {}, {}};
    }

private:
    StoreData m_design;
};

} // namespace

class TestBackends : public QObject {
    Q_OBJECT
private slots:
    void lockoutGuardListsManagementPaths_data();
    void lockoutGuardListsManagementPaths();
    void workflowOutcomes_data();
    void workflowOutcomes();
    void aStoreWithValidationErrorsIsNeverApplied();
    void theDryRunBackendIsFoundAsAStaticPlugin();
    void theDryRunBackendAppliesReadsBackAndRollsBack();
    void comparisonIgnoresGuidsTheSystemGaveButNotContent();
};

void TestBackends::lockoutGuardListsManagementPaths_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<bool>("useRequireEsp");
    QTest::addColumn<QStringList>("affected");
    const QStringList all{QStringLiteral("RDP"),           QStringLiteral("WinRM (HTTP)"),
                          QStringLiteral("WinRM (HTTPS)"), QStringLiteral("SMB"),
                          QStringLiteral("LDAP"),          QStringLiteral("LDAP (UDP)"),
                          QStringLiteral("Kerberos"),      QStringLiteral("Kerberos (UDP)"),
                          QStringLiteral("DNS"),           QStringLiteral("DNS (TCP)"),
                          QStringLiteral("DHCP")};
    QTest::newRow("Client (Respond Only) affects no management path")
        << "client-respond-only" << false << QStringList();
    QTest::newRow("Server (Request Security) falls back to clear, so nothing is cut off")
        << "server-request-security" << false << QStringList();
    QTest::newRow("Secure Server (Require Security) affects every management path")
        << "secure-server-require-security" << false << all;
    QTest::newRow("the reference scenario only secures TCP 8080")
        << "expressroute-http8080" << false << QStringList();
    QTest::newRow("a policy requiring ESP for all traffic affects every path") << QString() << true << all;
}

void TestBackends::lockoutGuardListsManagementPaths()
{
    QFETCH(QString, templateName);
    QFETCH(bool, useRequireEsp);
    QFETCH(QStringList, affected);
    const StoreData store = useRequireEsp ? requireEspForAllTraffic() : *makeTemplate(templateName);
    const LockoutReport report = analyzeLockout(store);
    QCOMPARE(report.affectedPathNames(), affected);
    if (!affected.isEmpty())
        QVERIFY(report.toText().contains(QStringLiteral("RDP (TCP/3389)")));
}

void TestBackends::workflowOutcomes_data()
{
    QTest::addColumn<bool>("failApply");
    QTest::addColumn<bool>("failBackup");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<bool>("arm");
    QTest::addColumn<bool>("keep");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("rollbacks");
    QTest::addColumn<QString>("code");
    QTest::newRow("a clean apply is applied and verified")
        << false << false << false << false << false << int(ApplyOutcome::Applied) << 0 << QString();
    QTest::newRow("a failing command rolls back and names the step")
        << true << false << false << false << false << int(ApplyOutcome::RolledBack) << 1 << "IPS-505";
    QTest::newRow("a failed backup stops before anything changes")
        << false << true << false << false << false << int(ApplyOutcome::Refused) << 0 << "IPS-504";
    QTest::newRow("a verify mismatch rolls back")
        << false << false << true << false << false << int(ApplyOutcome::RolledBack) << 1 << "IPS-507";
    QTest::newRow("an armed apply without confirmation rolls back automatically")
        << false << false << false << true << false << int(ApplyOutcome::RolledBack) << 1 << "IPS-508";
    QTest::newRow("an armed apply that is confirmed is kept")
        << false << false << false << true << true << int(ApplyOutcome::Applied) << 0 << QString();
}

void TestBackends::workflowOutcomes()
{
    QFETCH(bool, failApply);
    QFETCH(bool, failBackup);
    QFETCH(bool, tamper);
    QFETCH(bool, arm);
    QFETCH(bool, keep);
    QFETCH(int, outcome);
    QFETCH(int, rollbacks);
    QFETCH(QString, code);
    ScriptedBackend backend;
    backend.failApply = failApply;
    backend.failBackup = failBackup;
    backend.tamperOnRead = tamper;
    const StoreData before = backend.system;
    ApplyRequest request{*makeTemplate(QStringLiteral("expressroute-http8080")), {}, arm, 1};
    ApplyCallbacks callbacks;
    callbacks.confirmKeep = [keep](int) { return keep; };
    Progress progress;
    const ApplyReport report = runApply(backend, request, callbacks, progress);
    QCOMPARE(int(report.outcome), outcome);
    QCOMPARE(backend.rollbacks, rollbacks);
    if (!code.isEmpty())
        QVERIFY2(std::any_of(report.findings.begin(), report.findings.end(),
                             [&](const Finding &f) { return f.code == code; }),
                 qPrintable(code));
    if (report.outcome == ApplyOutcome::Applied)
        QCOMPARE(backend.system, request.store);
    else
        QCOMPARE(backend.system, before);
    if (failApply)
        QCOMPARE(report.failedStep, QStringLiteral("command 2 of 5: add rule"));
}

void TestBackends::aStoreWithValidationErrorsIsNeverApplied()
{
    ScriptedBackend backend;
    StoreData broken = *makeTemplate(QStringLiteral("expressroute-http8080"));
    broken.policies.front().rules.front().filterAction = newId(); // dangling
    Progress progress;
    const ApplyReport report = runApply(backend, {broken, {}, false, 1}, {}, progress);
    QCOMPARE(report.outcome, ApplyOutcome::Refused);
    QVERIFY(backend.system.policies.empty());
}

void TestBackends::theDryRunBackendIsFoundAsAStaticPlugin()
{
    BackendRegistry registry;
    const BackendEntry *entry = registry.find(QStringLiteral("dry-run"));
    QVERIFY(entry);
    QVERIFY(entry->isLoadable());
    QVERIFY(entry->file.isEmpty());
    QVERIFY(entry->info.capabilities.contains(QStringLiteral("rollback")));
}

void TestBackends::theDryRunBackendAppliesReadsBackAndRollsBack()
{
    BackendRegistry registry;
    auto backend = registry.create(QStringLiteral("dry-run"));
    QVERIFY(backend);
    backend->configure({});
    const StoreData design = *makeTemplate(QStringLiteral("expressroute-http8080"));
    Progress progress;
    bool confirmed = false;
    ApplyCallbacks callbacks;
    callbacks.confirmApply = [&confirmed](const ApplyPlan &plan, const LockoutReport &lockout) {
        confirmed = plan.script.contains(QStringLiteral("azure-onpremises-HTTP8080")) && lockout.isEmpty();
        return true;
    };
    const ApplyReport report = runApply(*backend, {design, {}, false, 1}, callbacks, progress);
    QVERIFY2(report.succeeded(), qPrintable(report.log.join(u'\n')));
    QVERIFY(confirmed);
    const ReadResult read = backend->read({}, progress);
    QVERIFY(read.ok);
    QVERIFY(read.store.policyByName(QStringLiteral("policy-azure-onpremises")));
    QVERIFY(!hasErrors(compareDesignWithSystem(design, read.store)));

    QVERIFY(report.backup);
    QVERIFY(backend->rollback(*report.backup, progress).ok);
    QVERIFY(backend->read({}, progress).store.policies.empty());
}

void TestBackends::comparisonIgnoresGuidsTheSystemGaveButNotContent()
{
    const StoreData design = *makeTemplate(QStringLiteral("expressroute-http8080"));
    StoreData system = design;
    for (FilterList &l : system.filterLists) {
        const QUuid fresh = newId();
        for (Policy &p : system.policies)
            for (Rule &r : p.rules)
                if (r.filterList == l.id)
                    r.filterList = fresh;
        l.id = fresh;
    }
    QVERIFY(!hasErrors(compareDesignWithSystem(design, system)));
    // A domain store's policy is assigned through a GPO link, not by the apply: compared only when asked.
    system.policies.front().assigned = false;
    QCOMPARE(countOf(compareDesignWithSystem(design, system), Severity::Error), 1);
    QVERIFY(!hasErrors(compareDesignWithSystem(design, system, false)));
    system.policies.front().assigned = true;
    system.filterLists.front().filters.front().destinationPort = PortRange::single(8081);
    const Findings differences = compareDesignWithSystem(design, system);
    QCOMPARE(countOf(differences, Severity::Error), 1);
    QCOMPARE(differences.front().code, QStringLiteral("IPS-521"));
}

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
