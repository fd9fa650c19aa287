// Runs one external program (netsh, reg, ldifde) with a time limit and captures what it printed.
#pragma once

#include <QString>
#include <QStringList>

namespace ipsec {

struct ProcessOutcome {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QString output; // stdout and stderr, merged
    QString commandLine;

    bool succeeded() const { return started && !timedOut && exitCode == 0; }
};

ProcessOutcome runProcess(const QString &program, const QStringList &arguments, int timeoutSeconds);

} // namespace ipsec
