#include "processrunner.h"

#include <QProcess>

namespace ipsec {

ProcessOutcome runProcess(const QString &program, const QStringList &arguments, int timeoutSeconds)
{
    ProcessOutcome outcome;
    outcome.commandLine = (QStringList{program} + arguments).join(u' ');
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        outcome.output = process.errorString();
        return outcome;
    }
    outcome.started = true;
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        outcome.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    // netsh writes in the console's code page; the messages we look for are ASCII either way.
    outcome.output = QString::fromLocal8Bit(process.readAll());
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return outcome;
}

} // namespace ipsec
