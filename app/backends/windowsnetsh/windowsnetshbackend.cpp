#include "windowsnetshbackend.h"

#include "backendfindings.h"
#include "core/savefile.h"
#include "formats/formatregistry.h"
#include "formats/netsh/netshgrammar.h"
#include "netshplan.h"
#include "processrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

namespace ipsec {
namespace {

constexpr auto kLocalStoreKey = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\IPSec\\Policy\\Local";

bool onWindows()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

// netsh reports a failed command in its output; the exit code alone is not reliable across Windows versions.
bool outputReportsFailure(const QString &output)
{
    static const QRegularExpression failure(
        QStringLiteral("\\b(error|failed|not found|invalid|requires elevation|access is denied)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return failure.match(output).hasMatch();
}

bool outputReportsMissingElevation(const QString &output)
{
    return output.contains(QStringLiteral("requires elevation"), Qt::CaseInsensitive) ||
           output.contains(QStringLiteral("access is denied"), Qt::CaseInsensitive);
}

bool isPreambleDelete(const QStringList &commands)
{
    return std::all_of(commands.begin(), commands.end(), [](const QString &c) {
        return c.startsWith(QStringLiteral("ipsec static delete "), Qt::CaseInsensitive);
    });
}

QString domainToDn(const QString &domain)
{
    QStringList parts;
    for (const QString &label : domain.split(u'.', Qt::SkipEmptyParts))
        parts << QStringLiteral("DC=") + label;
    return parts.join(u',');
}

} // namespace

BackendInfo WindowsNetshBackend::info() const
{
    return {QStringLiteral("windows-netsh"),
            QStringLiteral("Windows (netsh ipsec static)"),
            QStringLiteral("1.0"),
            {QStringLiteral("windows")},
            {QStringLiteral("read"), QStringLiteral("apply"), QStringLiteral("backup"),
             QStringLiteral("verify"), QStringLiteral("rollback"), QStringLiteral("local-store"),
             QStringLiteral("domain-store")}};
}

void WindowsNetshBackend::configure(const QVariantMap &settings)
{
    m_settings = settings;
}

QString WindowsNetshBackend::netshProgram() const
{
    const QString configured = m_settings.value(QStringLiteral("netsh")).toString();
    if (!configured.isEmpty())
        return configured;
    return onWindows() ? QStandardPaths::findExecutable(QStringLiteral("netsh")) : QString();
}

QString WindowsNetshBackend::dataDir() const
{
    QString dir = m_settings.value(QStringLiteral("dataDir")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
              QStringLiteral("/windows-netsh");
    QDir().mkpath(dir);
    return dir;
}

QString WindowsNetshBackend::timestampedPath(const QString &stem, const QString &suffix) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(dataDir()).filePath(QStringLiteral("%1-%2.%3").arg(stem, stamp, suffix));
}

Availability WindowsNetshBackend::availability() const
{
    const QString netsh = netshProgram();
    if (netsh.isEmpty())
        return Availability::no(
            onWindows() ? QStringLiteral("netsh.exe was not found on the PATH.")
                        : QStringLiteral("This backend drives Windows' netsh; on this system give "
                                         "the path of a netsh to use (--netsh PATH)."));
    if (!QFileInfo(netsh).isExecutable())
        return Availability::no(QStringLiteral("%1 is not an executable program.").arg(netsh));
    return Availability::yes();
}

std::optional<Finding> WindowsNetshBackend::checkElevation() const
{
    QStringList command = m_settings.value(QStringLiteral("elevationCommand")).toStringList();
    if (command.isEmpty() && onWindows())
        command = {QStringLiteral("net"), QStringLiteral("session")};
    if (command.isEmpty())
        return std::nullopt; // elevation is a Windows notion
    const ProcessOutcome outcome = runProcess(command.first(), command.mid(1), 30);
    if (outcome.succeeded())
        return std::nullopt;
    return backendFinding(
        backends::code::NotElevated, Severity::Error,
        QStringLiteral("Changing the IPsec store needs administrator rights, and this program is "
                       "not running elevated."),
        QStringLiteral("Start the designer or the command prompt with \"Run as administrator\" "
                       "(or from an elevated PowerShell: Start-Process ipsecdesigner -Verb RunAs)."));
}

bool WindowsNetshBackend::runNetshScript(const QString &script, const QString &stem, QString *failure)
{
    const QString file = timestampedPath(stem, QStringLiteral("netsh"));
    QString error;
    // The script carries the preshared keys netsh needs: readable by its owner only.
    if (!writeFileAtomically(file, script.toUtf8(), &error,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *failure = error;
        return false;
    }
    const int timeout = m_settings.value(QStringLiteral("timeoutSeconds"), 120).toInt();
    // Windows programs read "/" as the start of a switch: every path they get is in native form.
    const ProcessOutcome outcome =
        runProcess(netshProgram(), {QStringLiteral("-f"), QDir::toNativeSeparators(file)}, timeout);
    if (outcome.succeeded() && !outputReportsFailure(outcome.output))
        return true;
    if (!outcome.started)
        *failure = QStringLiteral("netsh could not be started: %1").arg(outcome.output);
    else if (outcome.timedOut)
        *failure = QStringLiteral("netsh did not finish within %1 s").arg(timeout);
    else
        *failure = QStringLiteral("netsh exited with %1: %2")
                       .arg(outcome.exitCode)
                       .arg(netsh::maskPresharedKeys(outcome.output.trimmed())); // netsh may echo a command
    return false;
}

ReadResult WindowsNetshBackend::read(const BackendTarget &target, Progress &progress)
{
    ReadResult result;
    QTemporaryDir temp;
    const int timeout = m_settings.value(QStringLiteral("timeoutSeconds"), 120).toInt();
    QString formatName;
    QString file;
    ProcessOutcome outcome;
    if (target.location == StoreLocation::Local) {
        formatName = QStringLiteral("reg");
        file = temp.filePath(QStringLiteral("local-store.reg"));
        const QString reg = m_settings.value(QStringLiteral("reg"), QStringLiteral("reg")).toString();
        progress.report(30, QStringLiteral("Exporting the local store from the registry"));
        outcome = runProcess(reg,
                             {QStringLiteral("export"), QString::fromLatin1(kLocalStoreKey),
                              QDir::toNativeSeparators(file), QStringLiteral("/y")},
                             timeout);
    } else {
        formatName = QStringLiteral("ldif");
        file = temp.filePath(QStringLiteral("domain-store.ldf"));
        const QString ldifde =
            m_settings.value(QStringLiteral("ldifde"), QStringLiteral("ldifde")).toString();
        progress.report(30, QStringLiteral("Exporting the domain's IP Security container"));
        QStringList args{QStringLiteral("-f"), QDir::toNativeSeparators(file), QStringLiteral("-d"),
                         QStringLiteral("CN=IP Security,CN=System,") + domainToDn(target.domain)};
        if (!target.domain.isEmpty())
            args << QStringLiteral("-s") << target.domain;
        outcome = runProcess(ldifde, args, timeout);
    }
    if (!outcome.succeeded() || !QFileInfo::exists(file)) {
        result.findings << backendFinding(backends::code::ReadFailed, Severity::Error,
                                          QStringLiteral("Reading the store failed: %1 (%2)")
                                              .arg(outcome.commandLine, outcome.output.trimmed()));
        return result;
    }
    const FormatDescriptor *format = findFormat(formatName);
    if (!format || !format->importFile) {
        result.findings << backendFinding(
            backends::code::ReadFormatMissing, Severity::Error,
            QStringLiteral("This build cannot read the %1 form of a store.").arg(formatName));
        return result;
    }
    ImportResult imported = format->importFile(file, {});
    result.ok = imported.ok;
    result.store = std::move(imported.store);
    result.findings << imported.findings;
    progress.report(100, QStringLiteral("Read %1 policies").arg(result.store.policies.size()));
    return result;
}

ApplyPlan WindowsNetshBackend::plan(const StoreData &store, const BackendTarget &target)
{
    ApplyPlan plan = planNetshApply(store, target);
    plan.steps.prepend({QStringLiteral("Back up the current store with exportpolicy into %1").arg(dataDir()),
                        QStringLiteral("netsh -f <backup script>")});
    plan.steps.append({QStringLiteral("Read the store back and compare it with the design"),
                       target.location == StoreLocation::Local
                           ? QStringLiteral("reg export %1").arg(QString::fromLatin1(kLocalStoreKey))
                           : QStringLiteral("ldifde -f ...")});
    return plan;
}

BackupResult WindowsNetshBackend::backup(const BackendTarget &target, Progress &progress)
{
    BackupResult result;
    if (auto elevation = checkElevation()) {
        result.findings << *elevation;
        return result;
    }
    const QString file = timestampedPath(QStringLiteral("backup"), QStringLiteral("ipsec"));
    QString error;
    const QString script = netshBackupScript(target, QDir::toNativeSeparators(file), &error);
    progress.report(50, QStringLiteral("Exporting the current store to %1").arg(file));
    if (script.isEmpty() || !runNetshScript(script, QStringLiteral("backup-script"), &error)) {
        result.findings << backendFinding(backends::code::NetshBackupFailed, Severity::Error,
                                          QStringLiteral("The backup failed: %1").arg(error),
                                          outputReportsMissingElevation(error)
                                              ? QStringLiteral("Run elevated (\"Run as administrator\").")
                                              : QString());
        return result;
    }
    result.ok = true;
    result.backup = {file, QDateTime::currentDateTimeUtc(), target};
    return result;
}

StepResult WindowsNetshBackend::apply(const ApplyPlan &plan, Progress &progress)
{
    StepResult result;
    const QStringList commands = netshCommands(plan.script);
    // The store selection precedes every chunk: each `netsh -f` run starts in the local store.
    QStringList prefix;
    QStringList body;
    for (const QString &command : commands)
        (command.startsWith(QStringLiteral("ipsec static set store"), Qt::CaseInsensitive) ? prefix : body)
            << command;
    const int perStep = std::max(1, m_settings.value(QStringLiteral("commandsPerStep"), 1).toInt());
    for (int i = 0; i < body.size(); i += perStep) {
        if (progress.isCancelled()) {
            result.failedStep =
                QStringLiteral("cancelled before command %1 of %2").arg(i + 1).arg(body.size());
            result.findings << backendFinding(
                backends::code::NetshCancelled, Severity::Warning,
                QStringLiteral("The apply was cancelled after %1 of %2 command(s).").arg(i).arg(body.size()));
            return result;
        }
        const QStringList chunk = body.mid(i, perStep);
        progress.report(static_cast<int>(100.0 * i / std::max<qsizetype>(1, body.size())),
                        netsh::maskPresharedKeys(chunk.first()));
        QString failure;
        if (!runNetshScript((prefix + chunk).join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"),
                            QStringLiteral("apply-step"), &failure)) {
            // The idempotent preamble deletes objects that may not exist yet: netsh says "not found", and
            // that is the state we wanted.
            if (isPreambleDelete(chunk) && failure.contains(QStringLiteral("not found"), Qt::CaseInsensitive))
                continue;
            // The step and netsh's output may carry a preshared key: reports never do.
            result.failedStep = QStringLiteral("command %1 of %2: %3")
                                    .arg(i + 1)
                                    .arg(body.size())
                                    .arg(netsh::maskPresharedKeys(chunk.join(u'\n')));
            result.findings << backendFinding(backends::code::NetshCommandFailed, Severity::Error,
                                              QStringLiteral("netsh failed at %1. %2")
                                                  .arg(result.failedStep, netsh::maskPresharedKeys(failure)),
                                              outputReportsMissingElevation(failure)
                                                  ? QStringLiteral("Run elevated (\"Run as administrator\").")
                                                  : QString());
            return result;
        }
    }
    result.ok = true;
    return result;
}

StepResult WindowsNetshBackend::rollback(const BackupRecord &backup, Progress &progress)
{
    StepResult result;
    QString error;
    const QString script = netshRollbackScript(backup.target, QDir::toNativeSeparators(backup.id), &error);
    progress.report(50, QStringLiteral("Restoring %1").arg(backup.id));
    if (script.isEmpty() || !runNetshScript(script, QStringLiteral("rollback-script"), &error)) {
        result.failedStep = QStringLiteral("restore %1").arg(backup.id);
        result.findings << backendFinding(backends::code::NetshRollbackFailed, Severity::Error,
                                          QStringLiteral("The rollback failed: %1").arg(error));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ipsec
