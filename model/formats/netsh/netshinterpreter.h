// The netsh script importer's interpreter (netshimport.h), internal to the importer: one object per read
// that runs the script's commands against a store. Its definitions live in three files: netshimport.cpp
// (lines, commands, the run), netshimportargs.cpp (argument values and object lookups) and
// netshimportcommands.cpp (the add / set / delete commands).
#pragma once

#include "core/types.h"
#include "netshgrammar.h"
#include "netshimport.h"
#include "netshlexer.h"
#include "netshlinelexer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace ipsec::netsh {

// One argument of a command: the full tag it binds to, its value and where it was written.
struct Arg {
    QString tag;
    QString value;
    qsizetype offset = 0;
};

class Args {
public:
    QList<Arg> list;
    bool all = false; // `delete ... all`

    bool has(QStringView tag) const { return find(tag) != nullptr; }
    const Arg *find(QStringView tag) const
    {
        // A filter's command is asked for a dozen tags among a dozen arguments, many of one length
        // (srcaddr, dstaddr, srcmask, srcport): the first and last letters tell most apart without a call.
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            if (it->tag.size() == tag.size() &&
                (tag.isEmpty() || (it->tag.front() == tag.front() && it->tag.back() == tag.back())) &&
                it->tag == tag)
                return &*it;
        return nullptr;
    }
    QString value(QStringView tag) const
    {
        const Arg *a = find(tag);
        return a ? a->value : QString();
    }
};

class Interpreter {
public:
    Interpreter(StoreData base, const ImportOptions &options, ProgressCallback progress = {})
        : m_base(base), m_store(std::move(base)), m_options(options), m_progress(std::move(progress))
    {}
    ImportResult run(const QByteArray &bytes);

private:
    // ---- reporting ----
    Location locationAt(qsizetype offsetInCommand) const;
    void report(const QString &code, Severity severity, qsizetype offsetInCommand, const QString &message,
                const QString &hint = {});
    void fail(const QString &code, qsizetype offset, const QString &message, const QString &hint = {})
    {
        report(code, Severity::Error, offset, message, hint);
        m_commandFailed = true;
    }

    // ---- lines and commands ----
    // False when the progress callback cancelled.
    bool interpretLines(ScriptLexer &lexer);
    bool interpretBatch(const LexedBatch &batch, qsizetype positionBefore, qsizetype size);
    void processLine(const LexedLine &lexed);
    void processNetsh(const QString &text, qsizetype offsetInLine, bool prefixed, const TokenizeResult &tok);
    void execute(Verb verb, Noun noun, const Args &args);

    // ---- values ----
    std::optional<bool> yesNoArg(const Args &args, const QString &tag);
    std::optional<std::uint32_t> numberArg(const Args &args, const QString &tag,
                                           std::uint32_t max = UINT32_MAX);
    std::optional<QList<SecurityMethod>> securityMethodsArg(const Args &args);
    std::optional<QList<IkeMethod>> ikeMethodsArg(const Args &args);
    std::optional<QList<AuthMethod>> authArgs(const Args &args, bool *given);
    std::optional<FilterAddress> addressArg(const Args &args, const QString &side);
    std::optional<std::uint16_t> portArg(const Args &args, const QString &tag);
    bool require(const Args &args, const QString &tag);

    QUuid makeId(const QString &kind);
    FilterList *listByName(const QString &name);
    FilterAction *actionByName(const QString &name);
    Policy *policyByNameOrGuid(const Args &args);
    Policy *policyArg(const Args &args, const QString &tag = QStringLiteral("policy"));
    QString ruleUser(const QUuid &id, bool list) const;

    void addPolicy(const Args &args);
    void setPolicy(const Args &args);
    void deletePolicy(const Args &args);
    void addFilterList(const Args &args);
    void setFilterList(const Args &args);
    void deleteFilterList(const Args &args);
    void addFilter(const Args &args);
    void deleteFilter(const Args &args);
    void addFilterAction(const Args &args);
    void setFilterAction(const Args &args);
    void deleteFilterAction(const Args &args);
    void addRule(const Args &args);
    void setRule(const Args &args);
    void deleteRule(const Args &args);
    void setDefaultRule(const Args &args);
    void setStore(const Args &args);

    StoreData m_base;
    StoreData m_store;
    const ImportOptions &m_options;
    ProgressCallback m_progress;
    Findings m_findings;
    int m_sequence = 0;
    QByteArray m_idName; // makeId's buffer
    int m_applied = 0;
    int m_rejected = 0;
    int m_staticSeen = 0;

    QHash<QString, std::size_t> m_listIndex; // folded name -> index in m_store.filterLists
    std::size_t m_listIndexSize = 0;
    bool m_listIndexStale = true; // set when a list is renamed or removed
    QString m_lastListName;       // the name listByName found last, exactly as written, and its index:
    std::size_t m_lastList = 0;   // consecutive filters nearly always name the same list

    // The command being interpreted.
    const LogicalLine *m_line = nullptr;
    qsizetype m_commandOffset = 0;
    QStringView m_commandText; // in the batch being read: set for each line, cleared after the last
    bool m_commandFailed = false;
};

} // namespace ipsec::netsh
