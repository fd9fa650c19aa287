#include "netshplan.h"

#include "formats/netsh/netshexport.h"
#include "formats/netsh/netshgrammar.h"
#include "formats/netsh/scriptquoting.h"

#include <QRegularExpression>

namespace ipsec {

ApplyPlan planNetshApply(const StoreData &store, const BackendTarget &target)
{
    netsh::ExportOptions options;
    options.store = target.location;
    options.domain = target.domain;
    options.assign = target.location == StoreLocation::Local;
    options.idempotent = true;
    options.form = netsh::ScriptForm::Netshf;
    const netsh::ExportOutput output = netsh::write(store, options);

    ApplyPlan plan;
    plan.target = target;
    plan.findings = output.findings;
    if (!output.ok)
        return plan;
    plan.script = output.text();
    // The steps are shown to people; only the script that runs carries the preshared keys.
    for (const QString &command : netshCommands(output.text())) {
        const QString shown = netsh::maskPresharedKeys(command);
        plan.steps.append({shown, QStringLiteral("netsh %1").arg(shown)});
    }
    return plan;
}

QString scriptForDisplay(const ApplyPlan &plan)
{
    return netsh::maskPresharedKeys(plan.script);
}

namespace {

// `ipsec static set store location=...` plus the given commands, or empty with the reason.
QString controlScript(const BackendTarget &target, const QString &fileCommand, const QString &file,
                      const QStringList &before, QString *error)
{
    const auto quotedFile = scriptquoting::netshValue(file, false);
    if (!quotedFile) {
        if (error)
            *error = QStringLiteral("the path %1 %2").arg(file, scriptquoting::explain(quotedFile.refusal));
        return {};
    }
    QStringList lines;
    if (target.location == StoreLocation::Domain) {
        QString line = QStringLiteral("ipsec static set store location=domain");
        if (!target.domain.isEmpty()) {
            const auto quotedDomain = scriptquoting::netshValue(target.domain, false);
            if (!quotedDomain) {
                if (error)
                    *error = QStringLiteral("the domain name %1")
                                 .arg(scriptquoting::explain(quotedDomain.refusal));
                return {};
            }
            line += QStringLiteral(" domain=") + quotedDomain.text;
        }
        lines << line;
    } else {
        lines << QStringLiteral("ipsec static set store location=local");
    }
    lines << before << QStringLiteral("ipsec static %1 file=%2").arg(fileCommand, quotedFile.text);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace

QString netshBackupScript(const BackendTarget &target, const QString &backupFile, QString *error)
{
    return controlScript(target, QStringLiteral("exportpolicy"), backupFile, {}, error);
}

QString netshRollbackScript(const BackendTarget &target, const QString &backupFile, QString *error)
{
    return controlScript(target, QStringLiteral("importpolicy"), backupFile,
                         {QStringLiteral("ipsec static delete all")}, error);
}

QStringList netshCommands(const QString &script)
{
    QStringList commands;
    const auto lines = script.split(QRegularExpression(QStringLiteral("\r?\n")));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        commands << trimmed;
    }
    return commands;
}

} // namespace ipsec
