// The PowerShell script writer (powershellexport.h), internal to the exporter: a WfasPolicy as NetSecurity
// cmdlet calls. Its definitions live in powershellexport.cpp (values, rules, the run) and
// powershellexportsets.cpp (the authentication and crypto sets).
#pragma once

#include "powershellexport.h"
#include "wfasscript.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <optional>
#include <tuple>

namespace ipsec::gpo {

// Token value -> cmdlet enum value, for the parameters whose values are fixed words (docs/formats/gpo.md,
// Authentication and crypto sets and Scripts).
using WordMap = QHash<QString, QString>;

// One cmdlet call being assembled: `Cmdlet -Name value -Switch ...` in the order the parameters are added.
struct Call {
    QString head;
    QStringList parts;
    void param(const QString &name, const QString &value) { parts << u'-' + name + u' ' + value; }
    void flag(const QString &name) { parts << u'-' + name; }
    QString text() const { return parts.isEmpty() ? head : head + u' ' + parts.join(u' '); }
};

class PowerShellWriter : private WfasScriptObjectWriter {
public:
    PowerShellWriter(const WfasPolicy &policy, const PowerShellExportOptions &options)
        : WfasScriptObjectWriter(options.skipUnsupported), m_policy(policy), m_options(options)
    {}

    WfasScriptOutput run();

private:
    // ---- the object being written: its lines and its first problem
    void begin(const QString &path)
    {
        WfasScriptObjectWriter::begin(path);
        m_lines.clear();
    }
    bool commit(); // appends the object's lines, or records its problem; true when written

    QString quote(const QString &value, const QString &what, bool secret = false);
    QString quotedList(const QStringList &values, const QString &what);
    QString target() const
    {
        return m_options.target.isGpo() ? QStringLiteral("-GPOSession $gpo")
                                        : QStringLiteral("-PolicyStore PersistentStore");
    }
    void finishCall(Call &call) { m_lines << QStringLiteral("$null = ") + call.text() + u' ' + target(); }

    void commonText(Call &call, const QString &nameText, const QString &desc, const QString &group);
    // A rule's cmdlet call with what every rule has: its ID (as `nameParameter`), texts and Enabled.
    Call ruleCall(const WfasRule &rule, const QString &cmdlet, const QString &nameParameter);
    // Ends a rule's call and counts the rule when it was written.
    void finishRule(Call &call, const WfasRule &rule)
    {
        finishCall(call);
        if (commit())
            m_rulesWritten[rule.kind] += 1;
    }
    QStringList words(const QStringList &values, const WordMap &map, const QString &token);
    QStringList addresses(const WfasRule &rule, const QStringList &tokens);
    QStringList ports(const WfasRule &rule, const QString &single, const QString &range, bool *hasRange);
    std::optional<bool> boolToken(const WfasRule &rule, const QString &name);
    // A rule's reference to a set: the quoted name, empty when the rule uses the built-in default (or the
    // GPO's customised default), nullopt (with a problem) when the set cannot be used.
    std::optional<QString> setReference(WfasSetKind kind, const QString &id);
    void checkKnownTokens(const WfasRule &rule, const QSet<QString> &known, const QString &cmdlet);
    // The parameters several rule kinds share, added in this order.
    void profileParam(Call &call, const WfasRule &rule);
    void addressParams(Call &call, const WfasRule &rule, const QStringList &localTokens,
                       const QStringList &remoteTokens);
    // A rule's set token, the kind of set it names and the cmdlet parameter that takes the reference.
    using SetParameter = std::tuple<QString, WfasSetKind, QString>;
    void setReferenceParams(Call &call, const WfasRule &rule, std::initializer_list<SetParameter> parameters);

    void writeSet(const WfasSet &set);
    void authProposals(const WfasSet &set);
    void mainModeProposals(const WfasSet &set);
    void quickModeProposals(const WfasSet &set);
    void writeConnectionSecurityRule(const WfasRule &rule);
    void writeMainModeRule(const WfasRule &rule);
    void writeFirewallRule(const WfasRule &rule);
    QStringList header() const;

    const WfasPolicy &m_policy;
    const PowerShellExportOptions &m_options;
    QStringList m_lines;
    QStringList m_body;
    QSet<QString> m_refusedSets; // kind + id of sets that were not written
    QMap<WfasRuleKind, int> m_rulesWritten;
    QMap<WfasSetKind, int> m_setsWritten;
    bool m_writesPresharedKey = false;
};

} // namespace ipsec::gpo
