// Runs ipsecdesigner-cli as a process, as a user or a script would, for the CLI tests.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ipsec::test {

struct CliRun {
    int exitCode = -1; // -1: did not finish, or crashed
    QString out;
    QString err;
};

// `input` is written to the program's stdin; with closeInput the stdin is then closed (end of input),
// otherwise it stays open and empty, like a terminal nobody types into.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, bool closeInput = true,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    if (closeInput)
        process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QString describeRun(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace ipsec::test
