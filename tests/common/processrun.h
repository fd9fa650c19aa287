// Runs a tool (samba's ldb tools, chromium, ...) as a process for the tests that check our output with a real
// program: its exit code (-1 when it did not finish or crashed), stdout and stderr.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ipsec::test {

struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessRun runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, arguments);
    ProcessRun r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not finish: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace ipsec::test
