// Helpers of the netsh tests: an independent model of how cmd.exe, the C runtime and netsh split a generated
// line (to prove the quoting safe without trusting the project's own reader), and store canonicalization
// for round trips (a script carries names, not GUIDs).
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QHash>
#include <QStringList>
#include <QUuid>

namespace ipsec::test {

// What a batch-file line turns into when cmd.exe runs it and netsh.exe receives it.
struct CmdSimulation {
    bool injected = false; // an operator or a variable expansion would change the command
    QString reason;
    QString commandLine; // after cmd.exe's phases 1 and 2
    QStringList argv;    // after the C runtime's argument splitting
};

// cmd.exe, batch-file mode, delayed expansion off. Phase 1: `%%` -> `%`; any other `%` would expand
// (reported). Phase 2: quotes toggle protection; outside quotes a caret escapes the next character, and an
// unescaped & | < > is an operator (reported).
inline CmdSimulation simulateBatchLine(const QString &line)
{
    CmdSimulation sim;
    QString afterPercent;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'%') {
            if (i + 1 < line.size() && line[i + 1] == u'%') {
                afterPercent += u'%';
                ++i;
                continue;
            }
            sim.injected = true;
            sim.reason = QStringLiteral("a single %% would expand a variable at %1").arg(i);
        }
        afterPercent += line[i];
    }
    bool quoted = false;
    for (qsizetype i = 0; i < afterPercent.size(); ++i) {
        const QChar c = afterPercent[i];
        if (c == u'"') {
            quoted = !quoted;
            sim.commandLine += c;
            continue;
        }
        if (!quoted && c == u'^') {
            if (i + 1 < afterPercent.size())
                sim.commandLine += afterPercent[++i];
            continue;
        }
        if (!quoted && (c == u'&' || c == u'|' || c == u'<' || c == u'>')) {
            sim.injected = true;
            sim.reason = QStringLiteral("operator %1 outside quotes at %2").arg(c).arg(i);
        }
        if (c == u'\n' || c == u'\r') {
            sim.injected = true;
            sim.reason = QStringLiteral("line break");
        }
        sim.commandLine += c;
    }
    return sim;
}

// The Microsoft C runtime's rules (parse_cmdline): blanks split outside quotes; 2n backslashes before a
// quote give n backslashes and a quote that toggles; 2n+1 give n backslashes and a literal quote; `""`
// inside quotes is a literal quote.
inline QStringList splitLikeCRuntime(const QString &commandLine)
{
    QStringList argv;
    QString current;
    bool inArg = false;
    bool quoted = false;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine[i];
        if (!quoted && (c == u' ' || c == u'\t')) {
            if (inArg)
                argv << current;
            current.clear();
            inArg = false;
            continue;
        }
        inArg = true;
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < commandLine.size() && commandLine[i] == u'\\') {
                ++n;
                ++i;
            }
            if (i < commandLine.size() && commandLine[i] == u'"') {
                current += QString(n / 2, u'\\');
                if (n % 2) {
                    current += u'"';
                    continue;
                }
                --i; // let the quote be handled below
                continue;
            }
            current += QString(n, u'\\');
            --i;
            continue;
        }
        if (c == u'"') {
            if (quoted && i + 1 < commandLine.size() && commandLine[i + 1] == u'"') {
                current += u'"';
                ++i;
                continue;
            }
            quoted = !quoted;
            continue;
        }
        current += c;
    }
    if (inArg)
        argv << current;
    return argv;
}

// netsh's view of the arguments: tag -> values (the first '=' splits).
inline QHash<QString, QStringList> netshTags(const QStringList &argv)
{
    QHash<QString, QStringList> tags;
    for (const QString &a : argv) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq > 0)
            tags[a.left(eq).toLower()] << a.mid(eq + 1);
    }
    return tags;
}

// Gives every object an id derived from its position, rewriting references, so that two stores that differ
// only in GUIDs compare equal. Dangling references become null.
inline StoreData canonical(StoreData s)
{
    const auto id = [](const QString &what) {
        return QUuid::createUuidV5(QUuid(QStringLiteral("{0a7d1ce0-55a1-4c7e-9e49-3f0b7ac2d9aa}")), what);
    };
    QHash<QUuid, QUuid> lists;
    QHash<QUuid, QUuid> actions;
    for (std::size_t i = 0; i < s.filterLists.size(); ++i) {
        FilterList &l = s.filterLists[i];
        lists.insert(l.id, id(QStringLiteral("list%1").arg(i)));
        l.id = lists.value(l.id);
        for (std::size_t j = 0; j < l.filters.size(); ++j)
            l.filters[j].id = id(QStringLiteral("filter%1/%2").arg(i).arg(j));
    }
    for (std::size_t i = 0; i < s.filterActions.size(); ++i) {
        actions.insert(s.filterActions[i].id, id(QStringLiteral("action%1").arg(i)));
        s.filterActions[i].id = actions.value(s.filterActions[i].id);
    }
    for (std::size_t i = 0; i < s.policies.size(); ++i) {
        Policy &p = s.policies[i];
        p.id = id(QStringLiteral("policy%1").arg(i));
        p.ike.id = id(QStringLiteral("ike%1").arg(i));
        p.defaultResponse.id = id(QStringLiteral("drr%1").arg(i));
        p.defaultResponse.negotiationPolicyId = id(QStringLiteral("drra%1").arg(i));
        for (qsizetype j = 0; j < p.rules.size(); ++j) {
            Rule &r = p.rules[j];
            r.id = id(QStringLiteral("rule%1/%2").arg(i).arg(j));
            r.filterList = lists.value(r.filterList);
            r.filterAction = actions.value(r.filterAction);
        }
    }
    return s;
}

inline Findings withCode(const Findings &findings, const QString &code)
{
    Findings out;
    for (const Finding &f : findings)
        if (f.code == code)
            out << f;
    return out;
}

inline QString describeFindings(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.toString();
    return lines.join(u'\n');
}

} // namespace ipsec::test
