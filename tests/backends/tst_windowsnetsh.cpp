// The real windows-netsh plugin, loaded through the plugin loader, against a fake netsh written here: it
// records its arguments and script files, keeps the "system store" as the netsh commands that ran, and a fake
// `reg export` answers with the registry form of that store (made by our own netsh importer and .reg writer).
#include "applyworkflow.h"
#include "backendregistry.h"
#include "templates/templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;

namespace {

// clang-format off
const char *const kFakeNetsh = R"SH(#!/bin/bash
# A fake netsh: supports `netsh -f FILE` the way the windows-netsh backend uses it.
state="$FAKE_NETSH_STATE"
printf '%s\n' "$*" >> "$state/args.log"
if [ "$1" != "-f" ] || [ ! -f "$2" ]; then echo "The following command was not found: $*"; exit 1; fi
cp "$2" "$state/scripts/$(date +%s%N).netsh"
touch "$state/store.netsh"
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  case "$line" in
    *"exportpolicy file="*) f=$(sed -E 's/.*file="([^"]*)".*/\1/' <<<"$line"); cp "$state/store.netsh" "$f" ;;
    *"importpolicy file="*) f=$(sed -E 's/.*file="([^"]*)".*/\1/' <<<"$line"); cp "$f" "$state/store.netsh" ;;
    *"static delete all"*) : > "$state/store.netsh" ;;
    *"set store"*) ;;
    "") ;;
    *)
      if [ -n "$FAKE_NETSH_FAIL_ON" ] && [[ "$line" == *"$FAKE_NETSH_FAIL_ON"* ]]; then
        echo "ERR IPsec[05072] : The specified filter list was not found. (error 0x1)"
        exit 1
      fi
      printf '%s\r\n' "$line" >> "$state/store.netsh" ;;
  esac
done < "$2"
exit 0
)SH";

const char *const kFakeReg = R"SH(#!/bin/bash
# A fake `reg export KEY FILE /y`: the registry form of what the fake netsh holds.
state="$FAKE_NETSH_STATE"
[ "$1" = "export" ] || { echo "ERROR: Invalid syntax."; exit 1; }
script="$state/store.netsh"
if [ -n "$FAKE_REG_TAMPER" ]; then sed 's/dstport=8080/dstport=8081/' "$state/store.netsh" > "$state/tampered.netsh"; script="$state/tampered.netsh"; fi
"$FAKE_CLI" import --from netsh "$script" -o "$state/readback.ipsecstore" >/dev/null 2>&1 || { echo "ERROR: import"; exit 1; }
"$FAKE_CLI" export --to reg "$state/readback.ipsecstore" -o "$3" >/dev/null 2>&1 || { echo "ERROR: export"; exit 1; }
exit 0
)SH";
// clang-format on

bool writeExecutable(const QString &path, const char *text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text);
    f.close();
    return f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool hasCode(const Findings &findings, const QString &code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
}

} // namespace

class TestWindowsNetsh : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thePluginIsLoadedFromThePluginFolder();
    void offWindowsItIsUnavailableWithoutANetshPath();
    void aSuccessfulApplyIsBackedUpRunAndVerified();
    void aFailureInTheMiddleRollsBackAndNamesTheCommand();
    void aFailedCommandWithAPresharedKeyNeverShowsTheKey();
    void aVerifyMismatchRollsBack();
    void missingElevationStopsBeforeAnythingRuns();
    void aCancelledApplyRollsBack();

private:
    std::unique_ptr<PolicyBackend> makeBackend(const QStringList &elevation = {QStringLiteral("true")});
    ApplyReport applyScenario(PolicyBackend &backend, Progress &progress);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackendRegistry> m_registry;
};

void TestWindowsNetsh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("scripts")));
    QVERIFY(writeExecutable(m_dir->filePath(QStringLiteral("netsh")), kFakeNetsh));
    QVERIFY(writeExecutable(m_dir->filePath(QStringLiteral("reg")), kFakeReg));
    qputenv("FAKE_NETSH_STATE", m_dir->path().toUtf8());
    qputenv("FAKE_CLI", CLI_PATH);
    qunsetenv("FAKE_NETSH_FAIL_ON");
    qunsetenv("FAKE_REG_TAMPER");
    m_registry = std::make_unique<BackendRegistry>(QStringList{QStringLiteral(BACKEND_DIR)});
}

void TestWindowsNetsh::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

std::unique_ptr<PolicyBackend> TestWindowsNetsh::makeBackend(const QStringList &elevation)
{
    auto backend = m_registry->create(QStringLiteral("windows-netsh"));
    if (!backend)
        return nullptr;
    backend->configure({{QStringLiteral("netsh"), m_dir->filePath(QStringLiteral("netsh"))},
                        {QStringLiteral("reg"), m_dir->filePath(QStringLiteral("reg"))},
                        {QStringLiteral("dataDir"), m_dir->filePath(QStringLiteral("data"))},
                        {QStringLiteral("elevationCommand"), elevation}});
    return backend;
}

ApplyReport TestWindowsNetsh::applyScenario(PolicyBackend &backend, Progress &progress)
{
    ApplyRequest request{
        *makeTemplate(QStringLiteral("expressroute-http8080")), {StoreLocation::Local, {}}, false, 1};
    return runApply(backend, request, {}, progress);
}

void TestWindowsNetsh::thePluginIsLoadedFromThePluginFolder()
{
    const BackendEntry *entry = m_registry->find(QStringLiteral("windows-netsh"));
    QVERIFY(entry);
    QVERIFY2(entry->isLoadable(), qPrintable(entry->loadError));
    QVERIFY(entry->file.startsWith(QStringLiteral(BACKEND_DIR)));
    QCOMPARE(entry->info.platforms, QStringList{QStringLiteral("windows")});
}

void TestWindowsNetsh::offWindowsItIsUnavailableWithoutANetshPath()
{
#ifdef Q_OS_WIN
    QSKIP("this checks the behaviour off Windows");
#endif
    auto backend = m_registry->create(QStringLiteral("windows-netsh"));
    QVERIFY(backend);
    backend->configure({});
    const Availability availability = backend->availability();
    QVERIFY(!availability.available);
    QVERIFY(availability.reason.contains(QStringLiteral("--netsh")));
    QVERIFY(makeBackend()->availability().available);
}

void TestWindowsNetsh::aSuccessfulApplyIsBackedUpRunAndVerified()
{
    auto backend = makeBackend();
    QVERIFY(backend);
    Progress progress;
    const ApplyReport report = applyScenario(*backend, progress);
    QVERIFY2(report.succeeded(), qPrintable(report.log.join(u'\n') + u'\n' + [&] {
                 QStringList s;
                 for (const auto &f : report.findings)
                     s << f.toString();
                 return s.join(u'\n');
             }()));
    QVERIFY(report.backup);
    QVERIFY(QFile::exists(report.backup->id));
    const QString args = readText(m_dir->filePath(QStringLiteral("args.log")));
    QVERIFY(args.startsWith(QStringLiteral("-f ")));
    const QString store = readText(m_dir->filePath(QStringLiteral("store.netsh")));
    QVERIFY(store.contains(QStringLiteral("add filterlist")));
    QVERIFY(store.contains(QStringLiteral("azure-onpremises-HTTP8080")));
}

void TestWindowsNetsh::aFailureInTheMiddleRollsBackAndNamesTheCommand()
{
    auto backend = makeBackend();
    qputenv("FAKE_NETSH_FAIL_ON", "add rule");
    Progress progress;
    const ApplyReport report = applyScenario(*backend, progress);
    QCOMPARE(report.outcome, ApplyOutcome::RolledBack);
    QVERIFY(report.failedStep.contains(QStringLiteral("add rule")));
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-517")));
    QVERIFY(readText(m_dir->filePath(QStringLiteral("args.log"))).count(QStringLiteral("-f ")) >= 3);
    // The rollback restored the (empty) backup: nothing of the half-applied policy is left.
    QCOMPARE(readText(m_dir->filePath(QStringLiteral("store.netsh"))), QString());
}

void TestWindowsNetsh::aFailedCommandWithAPresharedKeyNeverShowsTheKey()
{
    const QString key = QStringLiteral("Very-Secret-Key-42");
    StoreData store = *makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(!store.policies.empty() && !store.policies.front().rules.isEmpty());
    for (Rule &rule : store.policies.front().rules)
        rule.authMethods = {AuthMethod::presharedKey(key)};
    auto backend = makeBackend();
    qputenv("FAKE_NETSH_FAIL_ON", "add rule");
    QStringList progressMessages;
    Progress progress([&progressMessages](int, const QString &message) { progressMessages << message; });
    const ApplyReport report =
        runApply(*backend, {store, {StoreLocation::Local, {}}, false, 1}, {}, progress);
    QCOMPARE(report.outcome, ApplyOutcome::RolledBack);
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-517")));
    // The key did reach netsh (it is in the script that ran) ...
    QVERIFY(report.plan.script.contains(key));
    // ... but nothing shown to people carries it.
    QVERIFY(report.failedStep.contains(QStringLiteral("psk=****")));
    QVERIFY(!report.failedStep.contains(key));
    for (const Finding &f : report.findings)
        QVERIFY2(!f.toString().contains(key), qPrintable(f.code));
    QVERIFY(!report.log.join(u'\n').contains(key));
    QVERIFY(!progressMessages.join(u'\n').contains(key));
    for (const PlannedStep &step : report.plan.steps)
        QVERIFY(!step.description.contains(key) && !step.command.contains(key));
}

void TestWindowsNetsh::aVerifyMismatchRollsBack()
{
    auto backend = makeBackend();
    qputenv("FAKE_REG_TAMPER", "1");
    Progress progress;
    const ApplyReport report = applyScenario(*backend, progress);
    QCOMPARE(report.outcome, ApplyOutcome::RolledBack);
    QCOMPARE(report.failedStep, QStringLiteral("verify"));
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-507")));
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-521")));
    QCOMPARE(readText(m_dir->filePath(QStringLiteral("store.netsh"))), QString());
}

void TestWindowsNetsh::missingElevationStopsBeforeAnythingRuns()
{
    auto backend = makeBackend({QStringLiteral("false")});
    Progress progress;
    const ApplyReport report = applyScenario(*backend, progress);
    QCOMPARE(report.outcome, ApplyOutcome::Refused);
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-512")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("args.log"))));
}

void TestWindowsNetsh::aCancelledApplyRollsBack()
{
    auto backend = makeBackend();
    Progress *self = nullptr;
    Progress progress([&self](int, const QString &message) {
        if (message.contains(QStringLiteral("add filter ")) && self)
            self->cancel();
    });
    self = &progress;
    const ApplyReport report = applyScenario(*backend, progress);
    QCOMPARE(report.outcome, ApplyOutcome::RolledBack);
    QVERIFY(hasCode(report.findings, QStringLiteral("IPS-516")));
    QCOMPARE(readText(m_dir->filePath(QStringLiteral("store.netsh"))), QString());
}

QTEST_GUILESS_MAIN(TestWindowsNetsh)
#include "tst_windowsnetsh.moc"
