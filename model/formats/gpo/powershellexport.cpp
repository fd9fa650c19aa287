#include "powershellexport.h"

#include "formats/netsh/scriptquoting.h"
#include "gpfasrule.h"
#include "gpofindings.h"
#include "powershellwriter.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace ipsec::gpo {

namespace {

namespace sq = ipsec::scriptquoting;

const WordMap &profileWords()
{
    static const WordMap m{{QStringLiteral("domain"), QStringLiteral("Domain")},
                           {QStringLiteral("private"), QStringLiteral("Private")},
                           {QStringLiteral("public"), QStringLiteral("Public")}};
    return m;
}
const WordMap &interfaceWords()
{
    static const WordMap m{{QStringLiteral("lan"), QStringLiteral("Wired")},
                           {QStringLiteral("wireless"), QStringLiteral("Wireless")},
                           {QStringLiteral("remoteaccess"), QStringLiteral("RemoteAccess")}};
    return m;
}
const WordMap &keyModuleWords()
{
    static const WordMap m{{QStringLiteral("keymoddefault"), QStringLiteral("Default")},
                           {QStringLiteral("ikev1"), QStringLiteral("IKEv1")},
                           {QStringLiteral("authip"), QStringLiteral("AuthIP")},
                           {QStringLiteral("ikev2"), QStringLiteral("IKEv2")}};
    return m;
}
// A `# ...` line. A line comment cannot carry a line break, so text holding one is not shown.
QString commentLine(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("#");
    return sq::cmdRemark(text)
               ? QStringLiteral("# ") + text
               : QStringLiteral("# (comment left out: it holds text a script line cannot carry)");
}

} // namespace

bool PowerShellWriter::commit()
{
    if (const std::optional<QString> skipped = refusal()) {
        m_body << commentLine(*skipped);
        return false;
    }
    m_body << m_lines;
    return true;
}

QString PowerShellWriter::quote(const QString &value, const QString &what, bool secret)
{
    const sq::Quoted q = sq::powerShellString(value);
    if (q)
        return q.text;
    // A preshared key is never shown, not even where the refused character is.
    const QString at =
        secret || q.position < 0 ? QString() : QStringLiteral(" at character %1").arg(q.position + 1);
    cannot(code::ScriptUnquotable, QStringLiteral("the %1 %2%3").arg(what, sq::explain(q.refusal), at));
    return QStringLiteral("''");
}

QString PowerShellWriter::quotedList(const QStringList &values, const QString &what)
{
    QStringList out;
    for (const QString &v : values)
        out << quote(v, what);
    return out.join(QStringLiteral(", "));
}

void PowerShellWriter::commonText(Call &call, const QString &nameText, const QString &desc,
                                  const QString &group)
{
    call.param(QStringLiteral("DisplayName"), quote(nameText, QStringLiteral("name")));
    if (!desc.isEmpty())
        call.param(QStringLiteral("Description"), quote(desc, QStringLiteral("description")));
    if (!group.isEmpty())
        call.param(QStringLiteral("Group"), quote(group, QStringLiteral("group")));
}

Call PowerShellWriter::ruleCall(const WfasRule &rule, const QString &cmdlet, const QString &nameParameter)
{
    Call call{cmdlet, {}};
    call.param(nameParameter, quote(rule.id, QStringLiteral("rule ID")));
    commonText(call, rule.displayName(), rule.value(QStringLiteral("Desc")),
               rule.value(QStringLiteral("EmbedCtxt")));
    call.param(QStringLiteral("Enabled"), rule.isActive() ? QStringLiteral("True") : QStringLiteral("False"));
    return call;
}

QStringList PowerShellWriter::words(const QStringList &values, const WordMap &map, const QString &token)
{
    QStringList out;
    for (const QString &v : values) {
        const auto it = map.constFind(v.toLower());
        if (it == map.cend())
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("%1=%2 has no PowerShell value").arg(token, v.left(80)));
        else if (!out.contains(*it))
            out << *it;
    }
    return out;
}

QStringList PowerShellWriter::addresses(const WfasRule &rule, const QStringList &tokens)
{
    QStringList out;
    for (const QString &token : tokens)
        for (const QString &v : rule.values(token)) {
            const auto a = scriptAddress(v);
            if (!a)
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1=%2 is not an address PowerShell takes").arg(token, v.left(80)));
            else if (!out.contains(*a))
                out << *a;
        }
    return out;
}

QStringList PowerShellWriter::ports(const WfasRule &rule, const QString &single, const QString &range,
                                    bool *hasRange)
{
    QStringList out;
    for (const QString &token : {single, range})
        for (const QString &v : rule.values(token)) {
            const auto p = scriptPort(v);
            if (!p)
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1=%2 is not a port number or range").arg(token, v.left(80)));
            else
                out << *p;
            if (p && p->contains(u'-') && hasRange)
                *hasRange = true;
        }
    return out;
}

std::optional<bool> PowerShellWriter::boolToken(const WfasRule &rule, const QString &name)
{
    if (!rule.has(name))
        return std::nullopt;
    const auto b = wfasBool(rule.value(name));
    if (!b)
        cannot(code::ScriptNotExpressible,
               QStringLiteral("%1=%2 is not TRUE or FALSE").arg(name, rule.value(name).left(80)));
    return b;
}

std::optional<QString> PowerShellWriter::setReference(WfasSetKind kind, const QString &id)
{
    if (id.isEmpty() || isDefaultSetId(id))
        return QString(); // the store's default set, customised or not
    for (const WfasDefaultSetAlias &alias : m_policy.defaultSetAliases)
        if (alias.kind == kind && alias.customId.compare(id, Qt::CaseInsensitive) == 0)
            return QString(); // written with -Default
    const WfasSet *set = m_policy.findSet(kind, id);
    if (!set) {
        cannot(code::ScriptNotExpressible,
               QStringLiteral("it names the %1 %2, which the policy does not hold")
                   .arg(describeSetKind(kind), id));
        return std::nullopt;
    }
    if (m_refusedSets.contains(QString::number(int(kind)) + set->id)) {
        cannot(code::ScriptNotExpressible, QStringLiteral("it uses the %1 '%2', which could not be written")
                                               .arg(describeSetKind(kind), set->displayName()));
        return std::nullopt;
    }
    return quote(set->id, QStringLiteral("set ID"));
}

void PowerShellWriter::checkKnownTokens(const WfasRule &rule, const QSet<QString> &known,
                                        const QString &cmdlet)
{
    for (const RuleToken &t : rule.tokens)
        if (!known.contains(t.name))
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("the token %1 has no parameter of %2").arg(t.name.left(80), cmdlet));
}

// ---- rules ----

void PowerShellWriter::profileParam(Call &call, const WfasRule &rule)
{
    if (rule.has(QStringLiteral("Profile")))
        call.param(QStringLiteral("Profile"),
                   words(rule.values(QStringLiteral("Profile")), profileWords(), QStringLiteral("Profile"))
                       .join(QStringLiteral(", ")));
}

void PowerShellWriter::addressParams(Call &call, const WfasRule &rule, const QStringList &localTokens,
                                     const QStringList &remoteTokens)
{
    const QStringList local = addresses(rule, localTokens);
    const QStringList remote = addresses(rule, remoteTokens);
    if (!local.isEmpty())
        call.param(QStringLiteral("LocalAddress"), quotedList(local, QStringLiteral("address")));
    if (!remote.isEmpty())
        call.param(QStringLiteral("RemoteAddress"), quotedList(remote, QStringLiteral("address")));
}

void PowerShellWriter::setReferenceParams(Call &call, const WfasRule &rule,
                                          std::initializer_list<SetParameter> parameters)
{
    for (const auto &[token, kind, parameter] : parameters) {
        if (!rule.has(token))
            continue;
        const auto reference = setReference(kind, rule.value(token));
        if (reference && !reference->isEmpty())
            call.param(parameter, *reference);
    }
}

void PowerShellWriter::writeConnectionSecurityRule(const WfasRule &rule)
{
    begin(wfasObjectPath(rule));
    static const QSet<QString> known{QStringLiteral("Action"),
                                     QStringLiteral("Profile"),
                                     QStringLiteral("Protocol"),
                                     QStringLiteral("EP1Port"),
                                     QStringLiteral("EP2Port"),
                                     QStringLiteral("EP1Port2_10"),
                                     QStringLiteral("EP2Port2_10"),
                                     QStringLiteral("EP1_4"),
                                     QStringLiteral("EP2_4"),
                                     QStringLiteral("EP1_6"),
                                     QStringLiteral("EP2_6"),
                                     QStringLiteral("IFType"),
                                     QStringLiteral("Auth1Set"),
                                     QStringLiteral("Auth2Set"),
                                     QStringLiteral("Crypto2Set"),
                                     QStringLiteral("Name"),
                                     QStringLiteral("Desc"),
                                     QStringLiteral("EmbedCtxt"),
                                     QStringLiteral("Active"),
                                     QStringLiteral("SecureInClearOut"),
                                     QStringLiteral("ByPassTunnel"),
                                     QStringLiteral("Authz"),
                                     QStringLiteral("LTunnel4"),
                                     QStringLiteral("LTunnel6"),
                                     QStringLiteral("RTunnel4"),
                                     QStringLiteral("RTunnel6"),
                                     QStringLiteral("RTunnelFqdn"),
                                     QStringLiteral("KeyMod"),
                                     QStringLiteral("FwdLifetime"),
                                     QStringLiteral("TransportMachineAuthzSDDL"),
                                     QStringLiteral("TransportUserAuthzSDDL")};
    checkKnownTokens(rule, known, QStringLiteral("New-NetIPsecRule"));
    Call call = ruleCall(rule, QStringLiteral("New-NetIPsecRule"), QStringLiteral("IPsecRuleName"));
    profileParam(call, rule);
    const QStringList localTunnel = addresses(rule, {QStringLiteral("LTunnel4"), QStringLiteral("LTunnel6")});
    const QStringList remoteTunnel =
        addresses(rule, {QStringLiteral("RTunnel4"), QStringLiteral("RTunnel6")});
    const bool tunnel =
        !localTunnel.isEmpty() || !remoteTunnel.isEmpty() || rule.has(QStringLiteral("RTunnelFqdn"));
    call.param(QStringLiteral("Mode"), tunnel ? QStringLiteral("Tunnel") : QStringLiteral("Transport"));
    // docs/formats/gpo.md, the action token table: the action as the -InboundSecurity / -OutboundSecurity
    // pair.
    const QString action = rule.value(QStringLiteral("Action"));
    const auto clearOut = boolToken(rule, QStringLiteral("SecureInClearOut"));
    QString in, out;
    if (action == u"SecureServer") {
        in = QStringLiteral("Require");
        out = QStringLiteral("Request");
    } else if (action == u"Boundary") {
        in = out = QStringLiteral("Request");
    } else if (action == u"Secure") {
        in = QStringLiteral("Require");
        out = clearOut.value_or(false) ? QStringLiteral("None") : QStringLiteral("Require");
    } else if (action == u"DoNotSecure") {
        in = out = QStringLiteral("None");
    } else {
        cannot(code::ScriptNotExpressible,
               QStringLiteral("the action '%1' has no PowerShell form").arg(action.left(40)));
    }
    if (!in.isEmpty()) {
        call.param(QStringLiteral("InboundSecurity"), in);
        call.param(QStringLiteral("OutboundSecurity"), out);
    }
    addressParams(call, rule, {QStringLiteral("EP1_4"), QStringLiteral("EP1_6")},
                  {QStringLiteral("EP2_4"), QStringLiteral("EP2_6")});
    if (const auto p = rule.protocol())
        call.param(QStringLiteral("Protocol"), wfasProtocolName(*p));
    bool range = false;
    const QStringList localPorts =
        ports(rule, QStringLiteral("EP1Port"), QStringLiteral("EP1Port2_10"), &range);
    const QStringList remotePorts =
        ports(rule, QStringLiteral("EP2Port"), QStringLiteral("EP2Port2_10"), &range);
    if (range && action != u"DoNotSecure")
        cannot(code::ScriptNotExpressible,
               QStringLiteral("New-NetIPsecRule takes port ranges only for rules that do not secure"));
    if (!localPorts.isEmpty())
        call.param(QStringLiteral("LocalPort"), quotedList(localPorts, QStringLiteral("port")));
    if (!remotePorts.isEmpty())
        call.param(QStringLiteral("RemotePort"), quotedList(remotePorts, QStringLiteral("port")));
    if (rule.has(QStringLiteral("IFType")))
        call.param(QStringLiteral("InterfaceType"),
                   words(rule.values(QStringLiteral("IFType")), interfaceWords(), QStringLiteral("IFType"))
                       .join(QStringLiteral(", ")));
    if (!localTunnel.isEmpty())
        call.param(QStringLiteral("LocalTunnelEndpoint"), quotedList(localTunnel, QStringLiteral("address")));
    if (!remoteTunnel.isEmpty())
        call.param(QStringLiteral("RemoteTunnelEndpoint"),
                   quotedList(remoteTunnel, QStringLiteral("address")));
    if (rule.has(QStringLiteral("RTunnelFqdn")))
        call.param(QStringLiteral("RemoteTunnelHostname"),
                   quote(rule.value(QStringLiteral("RTunnelFqdn")), QStringLiteral("tunnel host name")));
    if (rule.has(QStringLiteral("KeyMod")))
        call.param(QStringLiteral("KeyModule"),
                   words(rule.values(QStringLiteral("KeyMod")), keyModuleWords(), QStringLiteral("KeyMod"))
                       .join(QStringLiteral(", ")));
    setReferenceParams(
        call, rule,
        {SetParameter{QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth, QStringLiteral("Phase1AuthSet")},
         SetParameter{QStringLiteral("Auth2Set"), WfasSetKind::Phase2Auth, QStringLiteral("Phase2AuthSet")},
         SetParameter{QStringLiteral("Crypto2Set"), WfasSetKind::Phase2Crypto,
                      QStringLiteral("QuickModeCryptoSet")}});
    if (boolToken(rule, QStringLiteral("ByPassTunnel")).value_or(false))
        call.param(QStringLiteral("EncryptedTunnelBypass"), QStringLiteral("$true"));
    if (boolToken(rule, QStringLiteral("Authz")).value_or(false))
        call.param(QStringLiteral("RequireAuthorization"), QStringLiteral("$true"));
    if (rule.has(QStringLiteral("FwdLifetime"))) {
        if (const auto n = scriptNumber(rule.value(QStringLiteral("FwdLifetime"))))
            call.param(QStringLiteral("ForwardPathLifetime"), *n);
        else
            cannot(code::ScriptNotExpressible, QStringLiteral("FwdLifetime is not a number"));
    }
    if (rule.has(QStringLiteral("TransportMachineAuthzSDDL")))
        call.param(QStringLiteral("Machine"), quote(rule.value(QStringLiteral("TransportMachineAuthzSDDL")),
                                                    QStringLiteral("machine SDDL")));
    if (rule.has(QStringLiteral("TransportUserAuthzSDDL")))
        call.param(QStringLiteral("User"),
                   quote(rule.value(QStringLiteral("TransportUserAuthzSDDL")), QStringLiteral("user SDDL")));
    finishRule(call, rule);
}

void PowerShellWriter::writeMainModeRule(const WfasRule &rule)
{
    begin(wfasObjectPath(rule));
    static const QSet<QString> known{
        QStringLiteral("Profile"),   QStringLiteral("Auth1Set"), QStringLiteral("Crypto1Set"),
        QStringLiteral("EP1_4"),     QStringLiteral("EP2_4"),    QStringLiteral("EP1_6"),
        QStringLiteral("EP2_6"),     QStringLiteral("Name"),     QStringLiteral("Desc"),
        QStringLiteral("EmbedCtxt"), QStringLiteral("Active")};
    checkKnownTokens(rule, known, QStringLiteral("New-NetIPsecMainModeRule"));
    Call call = ruleCall(rule, QStringLiteral("New-NetIPsecMainModeRule"), QStringLiteral("Name"));
    profileParam(call, rule);
    addressParams(call, rule, {QStringLiteral("EP1_4"), QStringLiteral("EP1_6")},
                  {QStringLiteral("EP2_4"), QStringLiteral("EP2_6")});
    setReferenceParams(
        call, rule,
        {SetParameter{QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth, QStringLiteral("Phase1AuthSet")},
         SetParameter{QStringLiteral("Crypto1Set"), WfasSetKind::Phase1Crypto,
                      QStringLiteral("MainModeCryptoSet")}});
    finishRule(call, rule);
}

void PowerShellWriter::writeFirewallRule(const WfasRule &rule)
{
    begin(wfasObjectPath(rule));
    static const QSet<QString> known{
        QStringLiteral("Action"),    QStringLiteral("Dir"),      QStringLiteral("Active"),
        QStringLiteral("Protocol"),  QStringLiteral("Profile"),  QStringLiteral("IFType"),
        QStringLiteral("LPort"),     QStringLiteral("RPort"),    QStringLiteral("LPort2_10"),
        QStringLiteral("RPort2_10"), QStringLiteral("LA4"),      QStringLiteral("LA6"),
        QStringLiteral("RA4"),       QStringLiteral("RA6"),      QStringLiteral("App"),
        QStringLiteral("Svc"),       QStringLiteral("Name"),     QStringLiteral("Desc"),
        QStringLiteral("EmbedCtxt"), QStringLiteral("Security"), QStringLiteral("Security2"),
        QStringLiteral("Edge")};
    checkKnownTokens(rule, known, QStringLiteral("New-NetFirewallRule"));
    Call call = ruleCall(rule, QStringLiteral("New-NetFirewallRule"), QStringLiteral("Name"));
    const QString dir = rule.value(QStringLiteral("Dir"));
    if (dir == u"In" || dir == u"Out")
        call.param(QStringLiteral("Direction"),
                   dir == u"In" ? QStringLiteral("Inbound") : QStringLiteral("Outbound"));
    else
        cannot(code::ScriptNotExpressible,
               QStringLiteral("Dir='%1' is neither In nor Out").arg(dir.left(40)));
    const QString action = rule.value(QStringLiteral("Action"));
    if (action == u"Allow" || action == u"Block")
        call.param(QStringLiteral("Action"), action);
    else
        cannot(code::ScriptNotExpressible,
               QStringLiteral("the action '%1' is not written (only Allow and Block)").arg(action.left(40)));
    profileParam(call, rule);
    if (const auto p = rule.protocol())
        call.param(QStringLiteral("Protocol"), wfasProtocolName(*p));
    const QStringList localPorts = ports(rule, QStringLiteral("LPort"), QStringLiteral("LPort2_10"), nullptr);
    const QStringList remotePorts =
        ports(rule, QStringLiteral("RPort"), QStringLiteral("RPort2_10"), nullptr);
    if (!localPorts.isEmpty())
        call.param(QStringLiteral("LocalPort"), quotedList(localPorts, QStringLiteral("port")));
    if (!remotePorts.isEmpty())
        call.param(QStringLiteral("RemotePort"), quotedList(remotePorts, QStringLiteral("port")));
    addressParams(call, rule, {QStringLiteral("LA4"), QStringLiteral("LA6")},
                  {QStringLiteral("RA4"), QStringLiteral("RA6")});
    if (rule.has(QStringLiteral("IFType")))
        call.param(QStringLiteral("InterfaceType"),
                   words(rule.values(QStringLiteral("IFType")), interfaceWords(), QStringLiteral("IFType"))
                       .join(QStringLiteral(", ")));
    if (rule.has(QStringLiteral("App")))
        call.param(QStringLiteral("Program"),
                   quote(rule.value(QStringLiteral("App")), QStringLiteral("program")));
    if (rule.has(QStringLiteral("Svc")))
        call.param(QStringLiteral("Service"),
                   quote(rule.value(QStringLiteral("Svc")), QStringLiteral("service")));
    // docs/formats/gpo.md, Semantic checks: "allow the connection if it is secure".
    if (rule.has(QStringLiteral("Security"))) {
        const QString security = rule.value(QStringLiteral("Security"));
        if (security == u"Authenticate" || security == u"AuthenticateEncrypt")
            call.param(QStringLiteral("Authentication"), QStringLiteral("Required"));
        if (security == u"AuthenticateEncrypt")
            call.param(QStringLiteral("Encryption"), QStringLiteral("Required"));
        if (security != u"Authenticate" && security != u"AuthenticateEncrypt")
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("Security=%1 has no PowerShell value").arg(security.left(40)));
    }
    if (rule.has(QStringLiteral("Security2"))) {
        if (rule.value(QStringLiteral("Security2")) == u"AnE-Nego")
            call.param(QStringLiteral("Encryption"), QStringLiteral("Dynamic"));
        else
            cannot(code::ScriptNotExpressible, QStringLiteral("Security2=%1 has no PowerShell value")
                                                   .arg(rule.value(QStringLiteral("Security2")).left(40)));
    }
    if (boolToken(rule, QStringLiteral("Edge")).value_or(false))
        call.param(QStringLiteral("EdgeTraversalPolicy"), QStringLiteral("Allow"));
    finishRule(call, rule);
}

QStringList PowerShellWriter::header() const
{
    QStringList lines;
    lines << QStringLiteral(
        "Windows Firewall connection security rules, written by IPsec Policy Designer as a "
        "PowerShell NetSecurity script.");
    if (!m_options.policyName.isEmpty())
        lines << QStringLiteral("Translated from the legacy IPsec policy %1; the migration report lists what "
                                "changed.")
                     .arg(sq::powerShellString(m_options.policyName).text);
    lines << QStringLiteral(
                 "It creates %1 main mode crypto set(s), %2 phase 1 and %3 phase 2 authentication set(s), "
                 "%4 quick mode crypto set(s),")
                 .arg(m_setsWritten.value(WfasSetKind::Phase1Crypto))
                 .arg(m_setsWritten.value(WfasSetKind::Phase1Auth))
                 .arg(m_setsWritten.value(WfasSetKind::Phase2Auth))
                 .arg(m_setsWritten.value(WfasSetKind::Phase2Crypto));
    lines << QStringLiteral("%1 connection security rule(s), %2 main mode rule(s) and %3 firewall rule(s).")
                 .arg(m_rulesWritten.value(WfasRuleKind::ConnectionSecurity))
                 .arg(m_rulesWritten.value(WfasRuleKind::MainMode))
                 .arg(m_rulesWritten.value(WfasRuleKind::Firewall));
    if (m_options.target.isGpo())
        lines << QStringLiteral(
                     "Target: the GPO %1, edited through Open-NetGPO; Save-NetGPO writes it back only when "
                     "every command succeeded.")
                     .arg(sq::powerShellString(m_options.target.policyStore()).text);
    else
        lines << QStringLiteral(
            "Target: the local computer's persistent store (-PolicyStore PersistentStore).");
    lines << QStringLiteral(
        "Run it in an elevated Windows PowerShell 5.1 or PowerShell 7 on Windows 8 / Server "
        "2012 or later; it stops at the first error.");
    if (m_writesPresharedKey)
        lines << QStringLiteral(
            "It holds a preshared key in plain text: keep the file secret and delete it after "
            "use.");
    return lines;
}

WfasScriptOutput PowerShellWriter::run()
{
    QStringList opening;
    if (m_options.target.isGpo()) {
        Call open{QStringLiteral("$gpo = Open-NetGPO"), {}};
        begin(QStringLiteral("GPO"));
        if (m_options.target.domain.isEmpty())
            cannot(code::ScriptBadOption, QStringLiteral("a GPO needs its domain (--domain)"));
        if (m_options.target.gpoName.contains(u'\\') || m_options.target.domain.contains(u'\\'))
            cannot(code::ScriptBadOption,
                   QStringLiteral(
                       "the GPO name and the domain cannot hold a backslash: -PolicyStore separates them "
                       "with one"));
        open.param(QStringLiteral("PolicyStore"),
                   quote(m_options.target.policyStore(), QStringLiteral("GPO name")));
        if (!m_options.target.domainController.isEmpty())
            open.param(QStringLiteral("DomainController"),
                       quote(m_options.target.domainController, QStringLiteral("domain controller")));
        if (m_problemCode) {
            m_problems.note(m_problemCode, Severity::Error, m_path, m_problem);
            return {false, {}, {}, m_problems.findings()};
        }
        opening << open.text();
    }

    const QList<WfasSetKind> setOrder{WfasSetKind::Phase1Crypto, WfasSetKind::Phase1Auth,
                                      WfasSetKind::Phase2Auth, WfasSetKind::Phase2Crypto};
    for (const WfasSetKind kind : setOrder) {
        const QList<const WfasSet *> sets = m_policy.setsOfKind(kind);
        if (sets.isEmpty())
            continue;
        QString title = describeSetKind(kind) + QStringLiteral("s.");
        title[0] = title[0].toUpper();
        m_body << QString() << commentLine(title);
        for (const WfasSet *set : sets)
            writeSet(*set);
    }
    const auto rules = [this](const QList<WfasRule> &list, const QString &title, auto write) {
        if (list.isEmpty())
            return;
        m_body << QString() << commentLine(title);
        for (const WfasRule &r : list)
            (this->*write)(r);
    };
    rules(m_policy.connectionSecurityRules, QStringLiteral("Connection security rules."),
          &PowerShellWriter::writeConnectionSecurityRule);
    rules(m_policy.mainModeRules, QStringLiteral("Main mode rules."), &PowerShellWriter::writeMainModeRule);
    rules(m_policy.firewallRules,
          QStringLiteral("Firewall rules (the allow rules that accompany secured ports, and block rules)."),
          &PowerShellWriter::writeFirewallRule);
    if (m_writesPresharedKey)
        m_problems.note(code::ScriptSecretInScript, Severity::Warning, QString(),
                        QStringLiteral("the script holds a preshared key in plain text"),
                        QStringLiteral("keep the file secret and delete it after use; prefer Kerberos or "
                                       "certificates"));
    m_problems.finish();

    QStringList out;
    for (const QString &line : header())
        out << commentLine(line);
    out << QStringLiteral("#Requires -Modules NetSecurity")
        << QStringLiteral("$ErrorActionPreference = 'Stop'");
    if (!opening.isEmpty())
        out << QString()
            << commentLine(QStringLiteral("Open the GPO; the cmdlets below change the cached copy."))
            << opening;
    out << m_body;
    if (m_options.target.isGpo())
        out << QString() << commentLine(QStringLiteral("Write the changes back to the GPO."))
            << QStringLiteral("Save-NetGPO -GPOSession $gpo");
    out << QString() << QStringLiteral("Write-Output 'Done.'");

    WfasScriptOutput output;
    output.text = out.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    output.bytes = QByteArray("\xEF\xBB\xBF") + output.text.toUtf8();
    output.ok = !m_problems.failed();
    output.findings = m_problems.findings();
    return output;
}

WfasScriptOutput writePowerShellScript(const WfasPolicy &policy, const PowerShellExportOptions &options)
{
    return PowerShellWriter(policy, options).run();
}

WfasScriptOutput writePowerShellScript(const StoreData &store, const WfasTranslationOptions &translation,
                                       PowerShellExportOptions options)
{
    const WfasTranslation t = translateToWfas(store, translation);
    if (!t.ok)
        return {false, {}, {}, t.report};
    if (options.policyName.isEmpty())
        options.policyName = t.policyName;
    WfasScriptOutput out = writePowerShellScript(t.policy, options);
    out.findings = t.report + out.findings;
    return out;
}

} // namespace ipsec::gpo
