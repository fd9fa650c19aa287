// The PowerShell (NetSecurity) and netsh advfirewall consec scripts written from a translated policy: the
// reference scenario and the worked example of docs/formats/gpo.md give the expected cmdlets and tags;
// hostile names never escape their quoting (checked by tokenising the scripts as PowerShell and cmd/netsh
// would); the output is deterministic; what cannot be written is a finding naming the object.
#include "formats/gpo/consecexport.h"
#include "formats/gpo/gpofindings.h"
#include "formats/gpo/gpoformat.h"
#include "formats/gpo/powershellexport.h"
#include "templates/templates.h"
#include "testdata.h"
#include "workedexample.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ipsec;
using namespace ipsec::gpo;

namespace {

// ---- a PowerShell tokeniser, enough to check what the writer produces ----

bool isSingleQuote(QChar c)
{
    return c == u'\'' || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B);
}

struct PsStatement {
    QString head; // "$null = New-NetIPsecRule" or "$proposal1 = New-..." or "Save-NetGPO"
    QList<QPair<QString, QString>> params; // "-Name" -> value text (strings unquoted, lists joined with "|")
    QString value(const QString &name) const
    {
        for (const auto &p : params)
            if (p.first.compare(name, Qt::CaseInsensitive) == 0)
                return p.second;
        return {};
    }
    bool has(const QString &name) const
    {
        for (const auto &p : params)
            if (p.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QString cmdlet() const // the command word: after "$x = ", else the first
    {
        const QStringList words = head.split(u' ', Qt::SkipEmptyParts);
        const qsizetype assignment = words.indexOf(QStringLiteral("="));
        return words.value(assignment >= 0 ? assignment + 1 : 0);
    }
};

struct PsScript {
    QStringList strings;           // every single-quoted string, decoded as PowerShell decodes it
    QString code;                  // everything outside strings and comments (strings replaced by '')
    QList<PsStatement> statements; // one per code line
    QString error;
};

// Reads the script as PowerShell's tokenizer does for the constructs the writer may produce: `#` line
// comments, 'single-quoted' strings in which a doubled single-quote character (ASCII or typographic) stands
// for one.
PsScript tokenisePowerShell(const QString &text)
{
    PsScript out;
    QString line;
    PsStatement current;
    QString pendingParam;
    QStringList pendingValues;
    const auto flushValue = [&] {
        if (!pendingParam.isEmpty())
            current.params << qMakePair(pendingParam, pendingValues.join(u'|'));
        pendingParam.clear();
        pendingValues.clear();
    };
    QString word;
    const auto flushWord = [&] {
        if (word.isEmpty())
            return;
        if (word.startsWith(u'-') && !word.startsWith(QStringLiteral("-1"))) {
            flushValue();
            pendingParam = word;
        } else if (!pendingParam.isEmpty()) {
            for (const QString &part : word.split(u',', Qt::SkipEmptyParts))
                pendingValues << part;
        } else {
            current.head += (current.head.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        word.clear();
    };
    const auto endStatement = [&] {
        flushWord();
        flushValue();
        if (!current.head.isEmpty() || !current.params.isEmpty())
            out.statements << current;
        current = {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'#') { // a line comment: to the end of the line
            while (i < text.size() && text[i] != u'\n')
                ++i;
            endStatement();
            out.code += u'\n';
            continue;
        }
        if (isSingleQuote(c)) {
            QString value;
            bool closed = false;
            for (++i; i < text.size(); ++i) {
                if (isSingleQuote(text[i])) {
                    if (i + 1 < text.size() && isSingleQuote(text[i + 1])) {
                        value += text[i + 1];
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                value += text[i];
            }
            if (!closed) {
                out.error = QStringLiteral("unterminated string");
                return out;
            }
            out.strings << value;
            out.code += QStringLiteral("''");
            if (!pendingParam.isEmpty())
                pendingValues << value;
            else
                word += value;
            continue;
        }
        out.code += c;
        if (c == u'\n') {
            endStatement();
        } else if (c == u' ' || c == u'\r') {
            flushWord();
        } else if (c == u',') {
            flushWord();
        } else {
            word += c;
        }
    }
    endStatement();
    return out;
}

// Outside strings and comments, the writer emits only cmdlets, parameters, fixed words and its own variables.
QString unsafeCode(const PsScript &script)
{
    if (script.code.contains(u'"'))
        return QStringLiteral("a double-quoted string");
    if (script.code.contains(u'`'))
        return QStringLiteral("a backtick");
    if (script.code.contains(QStringLiteral("$(")) || script.code.contains(QStringLiteral("@(")))
        return QStringLiteral("a subexpression");
    if (script.code.contains(u';') || script.code.contains(u'&') || script.code.contains(u'|'))
        return QStringLiteral("a statement separator or pipe");
    static const QRegularExpression variable(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)"));
    for (auto it = variable.globalMatch(script.code); it.hasNext();) {
        const QString name = it.next().captured(1);
        static const QRegularExpression known(
            QStringLiteral("^(gpo|null|true|false|ErrorActionPreference|proposal[0-9]+)$"));
        if (!known.match(name).hasMatch())
            return QStringLiteral("the variable $") + name;
    }
    return {};
}

QList<PsStatement> statementsOf(const PsScript &script, const QString &cmdlet)
{
    QList<PsStatement> out;
    for (const PsStatement &s : script.statements)
        if (s.cmdlet() == cmdlet)
            out << s;
    return out;
}

// ---- a cmd / netsh line tokeniser ----

struct NetshCommand {
    QStringList words;                   // "netsh", "advfirewall", "consec", "add", "rule"
    QList<QPair<QString, QString>> tags; // tag -> value, quotes removed, %% undone
    QString value(const QString &tag) const
    {
        for (const auto &t : tags)
            if (t.first.compare(tag, Qt::CaseInsensitive) == 0)
                return t.second;
        return {};
    }
    bool has(const QString &tag) const
    {
        for (const auto &t : tags)
            if (t.first.compare(tag, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

// One command line as cmd.exe and then netsh read it: `%%` is `%` in a batch file; `"..."` groups a value;
// outside quotes `^` escapes the next character. Fails on a quote left open.
std::optional<NetshCommand> tokeniseNetshLine(const QString &line, bool batch)
{
    NetshCommand c;
    QString token;
    bool quoted = false;
    bool any = false;
    const auto flush = [&] {
        if (!any)
            return;
        const qsizetype eq = token.indexOf(u'=');
        if (eq > 0 && c.words.size() >= 3)
            c.tags << qMakePair(token.left(eq), token.mid(eq + 1));
        else
            c.words << token;
        token.clear();
        any = false;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (batch && ch == u'%') {
            if (i + 1 < line.size() && line[i + 1] == u'%') {
                token += u'%';
                any = true;
                ++i;
                continue;
            }
            return std::nullopt; // a lone % would expand a variable
        }
        if (ch == u'"') {
            quoted = !quoted;
            any = true;
            continue;
        }
        if (!quoted && batch && ch == u'^' && i + 1 < line.size()) {
            token += line[++i];
            any = true;
            continue;
        }
        if (!quoted && (ch == u'&' || ch == u'|' || ch == u'<' || ch == u'>'))
            return std::nullopt; // would end the command or redirect it
        if (!quoted && ch == u' ') {
            flush();
            continue;
        }
        token += ch;
        any = true;
    }
    if (quoted)
        return std::nullopt;
    flush();
    return c;
}

QList<NetshCommand> consecCommands(const QString &script, bool batch)
{
    QList<NetshCommand> out;
    for (const QString &line : script.split(QStringLiteral("\r\n"))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("netsh")) ||
            trimmed.startsWith(QStringLiteral("advfirewall"))) {
            if (const auto c = tokeniseNetshLine(trimmed, batch))
                out << *c;
            else
                out << NetshCommand{{QStringLiteral("<unsafe>")}, {}};
        }
    }
    return out;
}

// The consec help (docs/formats/gpo.md, Scripts): the tags of `consec add rule` and the keyword values the
// grammar lists.
const QSet<QString> &consecTags()
{
    static const QSet<QString> tags{QStringLiteral("name"),
                                    QStringLiteral("endpoint1"),
                                    QStringLiteral("endpoint2"),
                                    QStringLiteral("action"),
                                    QStringLiteral("description"),
                                    QStringLiteral("mode"),
                                    QStringLiteral("enable"),
                                    QStringLiteral("profile"),
                                    QStringLiteral("type"),
                                    QStringLiteral("localtunnelendpoint"),
                                    QStringLiteral("remotetunnelendpoint"),
                                    QStringLiteral("port1"),
                                    QStringLiteral("port2"),
                                    QStringLiteral("protocol"),
                                    QStringLiteral("interfacetype"),
                                    QStringLiteral("auth1"),
                                    QStringLiteral("auth1psk"),
                                    QStringLiteral("auth1ca"),
                                    QStringLiteral("auth2"),
                                    QStringLiteral("auth2ca"),
                                    QStringLiteral("qmpfs"),
                                    QStringLiteral("qmsecmethods"),
                                    QStringLiteral("exemptipsecprotectedconnections"),
                                    QStringLiteral("applyauthz")};
    return tags;
}

// Empty when the command follows the grammar, else what does not.
QString checkConsecGrammar(const NetshCommand &c)
{
    const auto oneOf = [](const QString &value, const QStringList &allowed, bool list) {
        const QStringList parts = list ? value.split(u',') : QStringList{value};
        for (const QString &p : parts)
            if (!allowed.contains(p.toLower()))
                return false;
        return true;
    };
    for (const auto &[tag, value] : c.tags) {
        const QString t = tag.toLower();
        if (!consecTags().contains(t))
            return QStringLiteral("unknown tag ") + tag;
        bool ok = true;
        if (t == u"action")
            ok = oneOf(value,
                       {QStringLiteral("requireinrequestout"), QStringLiteral("requestinrequestout"),
                        QStringLiteral("requireinrequireout"), QStringLiteral("requireinclearout"),
                        QStringLiteral("noauthentication")},
                       false);
        else if (t == u"mode")
            ok = oneOf(value, {QStringLiteral("transport"), QStringLiteral("tunnel")}, false);
        else if (t == u"enable")
            ok = oneOf(value, {QStringLiteral("yes"), QStringLiteral("no")}, false);
        else if (t == u"profile")
            ok = oneOf(value,
                       {QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("domain"),
                        QStringLiteral("any")},
                       true);
        else if (t == u"interfacetype")
            ok = oneOf(value,
                       {QStringLiteral("wireless"), QStringLiteral("lan"), QStringLiteral("ras"),
                        QStringLiteral("any")},
                       true);
        else if (t == u"auth1")
            ok = oneOf(value,
                       {QStringLiteral("computerkerb"), QStringLiteral("computercert"),
                        QStringLiteral("computerpsk"), QStringLiteral("computerntlm"),
                        QStringLiteral("anonymous")},
                       true);
        else if (t == u"auth2")
            ok = oneOf(value,
                       {QStringLiteral("userkerb"), QStringLiteral("usercert"), QStringLiteral("userntlm"),
                        QStringLiteral("anonymous"), QStringLiteral("computercert")},
                       true);
        else if (t == u"qmpfs")
            ok = oneOf(value,
                       {QStringLiteral("dhgroup1"), QStringLiteral("dhgroup2"), QStringLiteral("dhgroup14"),
                        QStringLiteral("dhgroup24"), QStringLiteral("ecdhp256"), QStringLiteral("ecdhp384"),
                        QStringLiteral("mainmode"), QStringLiteral("none")},
                       false);
        else if (t == u"protocol")
            ok = QRegularExpression(QStringLiteral("^(tcp|udp|icmpv4|icmpv6|any|[0-9]{1,3})$"),
                                    QRegularExpression::CaseInsensitiveOption)
                     .match(value)
                     .hasMatch();
        else if (t == u"port1" || t == u"port2")
            ok = QRegularExpression(QStringLiteral("^(any|[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*)$"),
                                    QRegularExpression::CaseInsensitiveOption)
                     .match(value)
                     .hasMatch();
        else if (t == u"qmsecmethods") {
            static const QString integrity = QStringLiteral(
                "(md5|sha1|sha256|aesgmac128|aesgmac192|aesgmac256|aesgcm128|aesgcm192|aesgcm256)");
            static const QString encryption =
                QStringLiteral("(3des|des|aes128|aes192|aes256|aesgcm128|aesgcm192|aesgcm256)");
            const QRegularExpression method(
                QStringLiteral("^(default|((authnoencap|ah):%1|esp:%1-%2)(\\+[0-9]+min)?(\\+[0-9]+kb)?)$")
                    .arg(integrity, encryption),
                QRegularExpression::CaseInsensitiveOption);
            for (const QString &m : value.split(u','))
                ok = ok && method.match(m).hasMatch();
        }
        if (!ok)
            return QStringLiteral("%1=%2 is not in the grammar").arg(tag, value);
    }
    return {};
}

// ---- stores ----

// The worked example with a WFAS-strength main mode (AES-128/SHA-256/DH14) and a rule description.
StoreData workedExample()
{
    StoreData s = test::workedExample(IkeMethod{Encryption::Aes128, Integrity::Sha256, DhGroup::Group14});
    s.policies.front().rules.front().description =
        QStringLiteral("TCP 8080 between 10.0.1.0/24 and 10.2.27.0/25");
    return s;
}

WfasScriptTarget gpoTarget()
{
    return {QStringLiteral("ipsectest.com"), QStringLiteral("IPsec App8080"), {}};
}

int countCode(const Findings &findings, const char *c, Severity severity = Severity::Info,
              bool anySeverity = true)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.code == QLatin1String(c) && (anySeverity || f.severity == severity);
    return n;
}

const Finding *findCode(const Findings &findings, const char *c)
{
    for (const Finding &f : findings)
        if (f.code == QLatin1String(c))
            return &f;
    return nullptr;
}

QString firstError(const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return f.toString();
    return {};
}

// A hand-made policy with one connection security rule using a custom auth and crypto set.
WfasPolicy handMadePolicy()
{
    WfasPolicy p;
    WfasSet auth;
    auth.kind = WfasSetKind::Phase1Auth;
    auth.id = QStringLiteral("{AAAAAAAA-0000-0000-0000-000000000001}");
    auth.properties.set(QStringLiteral("Version"), QStringLiteral("2.10"));
    auth.suites << WfasValues{{{QStringLiteral("Method"), QStringLiteral("MachineKerb")}}};
    WfasSet crypto;
    crypto.kind = WfasSetKind::Phase2Crypto;
    crypto.id = QStringLiteral("{AAAAAAAA-0000-0000-0000-000000000002}");
    crypto.properties.set(QStringLiteral("Version"), QStringLiteral("2.10"));
    crypto.properties.set(QStringLiteral("PFS"), QStringLiteral("Disable"));
    crypto.suites << WfasValues{{{QStringLiteral("Protocol"), QStringLiteral("ESP")},
                                 {QStringLiteral("Encryption"), QStringLiteral("AES-256")},
                                 {QStringLiteral("EspHash"), QStringLiteral("SHA1")},
                                 {QStringLiteral("TimeOutMinutes"), QStringLiteral("60")},
                                 {QStringLiteral("TimeOutKbytes"), QStringLiteral("100000")}}};
    p.sets << auth << crypto;
    WfasRule r;
    r.kind = WfasRuleKind::ConnectionSecurity;
    r.id = QStringLiteral("{AAAAAAAA-0000-0000-0000-0000000000AA}");
    r.version = QStringLiteral("2.10");
    r.add(QStringLiteral("Action"), QStringLiteral("Secure"));
    r.add(QStringLiteral("Active"), QStringLiteral("TRUE"));
    r.add(QStringLiteral("EP2_4"), QStringLiteral("192.168.1.0/255.255.255.0"));
    r.add(QStringLiteral("Name"), QStringLiteral("Hand made"));
    r.add(QStringLiteral("Auth1Set"), auth.id);
    r.add(QStringLiteral("Crypto2Set"), crypto.id);
    p.connectionSecurityRules << r;
    return p;
}

} // namespace

class TestWfasScripts : public QObject {
    Q_OBJECT
private slots:
    void theReferenceScenarioBecomesNetSecurityCmdlets();
    void theWorkedExampleGivesTheReferenceSetsRuleAndAllowRule();
    void theLocalStoreIsTheTargetWithoutAGpo();
    void hostileNamesStayInsideTheirPowerShellStrings_data();
    void hostileNamesStayInsideTheirPowerShellStrings();
    void hostileNamesStayInsideTheirConsecValues_data();
    void hostileNamesStayInsideTheirConsecValues();
    void theOutputIsDeterministic();
    void whatPowerShellCannotExpressIsAFindingNamingTheObject();
    void whatConsecCannotExpressIsAFindingNamingTheObject();
    void theConsecScriptFollowsTheReferenceGrammar();
    void theRealConsecSampleUsesTheSameTagSpelling();
    void aGpoTargetNeedsTheNetshFForm();
    void nonAsciiTextIsNotedOnlyWhereTheScriptNeedsIt();
    void theFormatDescriptorsWriteTheScripts();
};

void TestWfasScripts::theReferenceScenarioBecomesNetSecurityCmdlets()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    PowerShellExportOptions o;
    o.target = gpoTarget();
    const WfasScriptOutput out = writePowerShellScript(*store, {}, o);
    QVERIFY2(out.ok, qPrintable(firstError(out.findings)));
    QVERIFY(out.bytes.startsWith("\xEF\xBB\xBF# "));
    QVERIFY(out.text.contains(QStringLiteral("\r\n$ErrorActionPreference = 'Stop'\r\n")));
    QVERIFY(out.text.contains(QStringLiteral("policy-azure-onpremises")));
    const PsScript script = tokenisePowerShell(out.text);
    QVERIFY2(script.error.isEmpty(), qPrintable(script.error));
    QVERIFY2(unsafeCode(script).isEmpty(), qPrintable(unsafeCode(script)));

    // Into the GPO: opened first, saved last, every New-* with -GPOSession $gpo.
    const QList<PsStatement> opens = statementsOf(script, QStringLiteral("Open-NetGPO"));
    QCOMPARE(opens.size(), 1);
    QCOMPARE(opens.first().head, QStringLiteral("$gpo = Open-NetGPO"));
    QCOMPARE(opens.first().value(QStringLiteral("-PolicyStore")),
             QStringLiteral("ipsectest.com\\IPsec App8080"));
    QCOMPARE(script.statements.last().cmdlet(), QStringLiteral("Write-Output"));
    QCOMPARE(script.statements[script.statements.size() - 2].cmdlet(), QStringLiteral("Save-NetGPO"));
    for (const PsStatement &s : script.statements)
        if (s.head.startsWith(QStringLiteral("$null = New-"))) {
            QCOMPARE(s.value(QStringLiteral("-GPOSession")), QStringLiteral("$gpo"));
            QVERIFY(!s.has(QStringLiteral("-PolicyStore")));
        }

    // Phase 1: Kerberos; quick mode: ESP SHA1 + 3DES with Windows' default lifetimes; no PFS.
    const QList<PsStatement> authSets = statementsOf(script, QStringLiteral("New-NetIPsecPhase1AuthSet"));
    QCOMPARE(authSets.size(), 1);
    QCOMPARE(authSets.first().value(QStringLiteral("-Proposal")), QStringLiteral("$proposal1"));
    QCOMPARE(statementsOf(script, QStringLiteral("New-NetIPsecAuthProposal")).size(), 1);
    const PsStatement kerberos = statementsOf(script, QStringLiteral("New-NetIPsecAuthProposal")).first();
    QVERIFY(kerberos.has(QStringLiteral("-Machine")) && kerberos.has(QStringLiteral("-Kerberos")));
    QCOMPARE(kerberos.params.size(), 2);
    const QList<PsStatement> qmSets = statementsOf(script, QStringLiteral("New-NetIPsecQuickModeCryptoSet"));
    QCOMPARE(qmSets.size(), 1);
    QCOMPARE(qmSets.first().value(QStringLiteral("-PerfectForwardSecrecyGroup")), QStringLiteral("None"));
    const QList<PsStatement> qmProposals =
        statementsOf(script, QStringLiteral("New-NetIPsecQuickModeCryptoProposal"));
    QCOMPARE(qmProposals.size(), 1);
    QCOMPARE(qmProposals.first().params,
             (QList<QPair<QString, QString>>{{QStringLiteral("-Encapsulation"), QStringLiteral("ESP")},
                                             {QStringLiteral("-ESPHash"), QStringLiteral("SHA1")},
                                             {QStringLiteral("-Encryption"), QStringLiteral("DES3")},
                                             {QStringLiteral("-MaxMinutes"), QStringLiteral("60")},
                                             {QStringLiteral("-MaxKiloBytes"), QStringLiteral("100000")}}));
    // Main mode: the policy's methods as the GPO's default main mode set (480 min, unlimited quick modes).
    const QList<PsStatement> mmSets = statementsOf(script, QStringLiteral("New-NetIPsecMainModeCryptoSet"));
    QCOMPARE(mmSets.size(), 1);
    QVERIFY(mmSets.first().has(QStringLiteral("-Default")));
    QVERIFY(!mmSets.first().has(QStringLiteral("-Name")));
    QCOMPARE(mmSets.first().value(QStringLiteral("-MaxMinutes")), QStringLiteral("480"));
    QCOMPARE(mmSets.first().value(QStringLiteral("-MaxSessions")), QStringLiteral("0"));
    for (const PsStatement &p : statementsOf(script, QStringLiteral("New-NetIPsecMainModeCryptoProposal")))
        QCOMPARE(p.value(QStringLiteral("-KeyExchange")), QStringLiteral("DH2"));

    // Two connection security rules (one per filter), require in and out, TCP 8080 on the server side.
    const QList<PsStatement> rules = statementsOf(script, QStringLiteral("New-NetIPsecRule"));
    QCOMPARE(rules.size(), 2);
    const QStringList locals{QStringLiteral("10.0.1.0/24"), QStringLiteral("10.2.27.0/25")};
    for (int i = 0; i < 2; ++i) {
        const PsStatement &r = rules[i];
        QCOMPARE(r.value(QStringLiteral("-DisplayName")),
                 QStringLiteral("azure-onpremises-HTTP8080 (filter %1)").arg(i + 1));
        QCOMPARE(r.value(QStringLiteral("-Group")), QStringLiteral("policy-azure-onpremises"));
        QCOMPARE(r.value(QStringLiteral("-Enabled")), QStringLiteral("True"));
        QCOMPARE(r.value(QStringLiteral("-Mode")), QStringLiteral("Transport"));
        QCOMPARE(r.value(QStringLiteral("-InboundSecurity")), QStringLiteral("Require"));
        QCOMPARE(r.value(QStringLiteral("-OutboundSecurity")), QStringLiteral("Require"));
        QCOMPARE(r.value(QStringLiteral("-Protocol")), QStringLiteral("TCP"));
        QCOMPARE(r.value(QStringLiteral("-RemotePort")), QStringLiteral("8080"));
        QVERIFY(!r.has(QStringLiteral("-LocalPort")));
        QCOMPARE(r.value(QStringLiteral("-LocalAddress")), locals[i]);
        QCOMPARE(r.value(QStringLiteral("-RemoteAddress")), locals[1 - i]);
        QCOMPARE(r.value(QStringLiteral("-Phase1AuthSet")), authSets.first().value(QStringLiteral("-Name")));
        QCOMPARE(r.value(QStringLiteral("-QuickModeCryptoSet")),
                 qmSets.first().value(QStringLiteral("-Name")));
        QVERIFY(!r.value(QStringLiteral("-IPsecRuleName")).isEmpty());
    }
    // The allow rules that accompany the secured port, one on each listening side.
    const QList<PsStatement> allows = statementsOf(script, QStringLiteral("New-NetFirewallRule"));
    QCOMPARE(allows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const PsStatement &a = allows[i];
        QCOMPARE(a.value(QStringLiteral("-Direction")), QStringLiteral("Inbound"));
        QCOMPARE(a.value(QStringLiteral("-Action")), QStringLiteral("Allow"));
        QCOMPARE(a.value(QStringLiteral("-Protocol")), QStringLiteral("TCP"));
        QCOMPARE(a.value(QStringLiteral("-LocalPort")), QStringLiteral("8080"));
        QCOMPARE(a.value(QStringLiteral("-LocalAddress")), locals[1 - i]);
        QCOMPARE(a.value(QStringLiteral("-RemoteAddress")), locals[i]);
        QCOMPARE(a.value(QStringLiteral("-Authentication")), QStringLiteral("Required"));
        QCOMPARE(a.value(QStringLiteral("-Encryption")), QStringLiteral("Required"));
    }
    QCOMPARE(countCode(out.findings, code::MigAllowRuleAdded), 2);
    // Sets come before the rules that name them.
    QVERIFY(out.text.indexOf(QStringLiteral("New-NetIPsecPhase1AuthSet")) <
            out.text.indexOf(QStringLiteral("New-NetIPsecRule")));
}

void TestWfasScripts::theWorkedExampleGivesTheReferenceSetsRuleAndAllowRule()
{
    PowerShellExportOptions o;
    o.target = gpoTarget();
    const WfasScriptOutput ps = writePowerShellScript(workedExample(), {}, o);
    QVERIFY2(ps.ok, qPrintable(firstError(ps.findings)));
    const PsScript script = tokenisePowerShell(ps.text);
    QVERIFY(unsafeCode(script).isEmpty());
    const QList<PsStatement> qm = statementsOf(script, QStringLiteral("New-NetIPsecQuickModeCryptoProposal"));
    QCOMPARE(qm.size(), 2);
    QCOMPARE(qm[0].head, QStringLiteral("$proposal1 = New-NetIPsecQuickModeCryptoProposal"));
    QCOMPARE(qm[0].value(QStringLiteral("-ESPHash")), QStringLiteral("SHA256"));
    QCOMPARE(qm[0].value(QStringLiteral("-Encryption")), QStringLiteral("AES128"));
    QCOMPARE(qm[1].value(QStringLiteral("-ESPHash")), QStringLiteral("SHA1"));
    QCOMPARE(qm[1].value(QStringLiteral("-Encryption")), QStringLiteral("DES3"));
    const PsStatement set = statementsOf(script, QStringLiteral("New-NetIPsecQuickModeCryptoSet")).first();
    QCOMPARE(set.value(QStringLiteral("-Proposal")), QStringLiteral("$proposal1|$proposal2"));
    const PsStatement rule = statementsOf(script, QStringLiteral("New-NetIPsecRule")).first();
    QCOMPARE(rule.value(QStringLiteral("-DisplayName")), QStringLiteral("App8080 - require ESP"));
    QCOMPARE(rule.value(QStringLiteral("-Description")),
             QStringLiteral("TCP 8080 between 10.0.1.0/24 and 10.2.27.0/25"));
    QCOMPARE(rule.value(QStringLiteral("-LocalAddress")), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(rule.value(QStringLiteral("-RemoteAddress")), QStringLiteral("10.2.27.0/25"));
    QCOMPARE(rule.value(QStringLiteral("-RemotePort")), QStringLiteral("8080"));
    const PsStatement allow = statementsOf(script, QStringLiteral("New-NetFirewallRule")).first();
    QCOMPARE(allow.value(QStringLiteral("-DisplayName")),
             QStringLiteral("App8080 - require ESP (TCP-In, IPsec)"));
    QCOMPARE(allow.value(QStringLiteral("-LocalAddress")), QStringLiteral("10.2.27.0/25"));
    QCOMPARE(allow.value(QStringLiteral("-RemoteAddress")), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(allow.value(QStringLiteral("-LocalPort")), QStringLiteral("8080"));
    QCOMPARE(allow.value(QStringLiteral("-Encryption")), QStringLiteral("Required"));

    // consec: the same rule as one line.
    ConsecExportOptions c;
    const WfasScriptOutput consec = writeConsecScript(workedExample(), {}, c);
    QVERIFY2(consec.ok, qPrintable(firstError(consec.findings)));
    const QList<NetshCommand> commands = consecCommands(consec.text, true);
    QCOMPARE(commands.size(), 2); // set global mainmode, consec add rule
    QCOMPARE(commands[0].words,
             (QStringList{QStringLiteral("netsh"), QStringLiteral("advfirewall"), QStringLiteral("set"),
                          QStringLiteral("global"), QStringLiteral("mainmode")}));
    QCOMPARE(commands[0].value(QStringLiteral("mmsecmethods")), QStringLiteral("dhgroup14:aes128-sha256"));
    const NetshCommand &add = commands[1];
    QCOMPARE(add.words,
             (QStringList{QStringLiteral("netsh"), QStringLiteral("advfirewall"), QStringLiteral("consec"),
                          QStringLiteral("add"), QStringLiteral("rule")}));
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("name"), QStringLiteral("App8080 - require ESP")},
        {QStringLiteral("endpoint1"), QStringLiteral("10.0.1.0/24")},
        {QStringLiteral("endpoint2"), QStringLiteral("10.2.27.0/25")},
        {QStringLiteral("action"), QStringLiteral("requireinrequireout")},
        {QStringLiteral("description"), QStringLiteral("TCP 8080 between 10.0.1.0/24 and 10.2.27.0/25")},
        {QStringLiteral("mode"), QStringLiteral("transport")},
        {QStringLiteral("enable"), QStringLiteral("yes")},
        {QStringLiteral("profile"), QStringLiteral("any")},
        {QStringLiteral("port2"), QStringLiteral("8080")},
        {QStringLiteral("protocol"), QStringLiteral("tcp")},
        {QStringLiteral("auth1"), QStringLiteral("computerkerb")},
        {QStringLiteral("qmpfs"), QStringLiteral("none")},
        {QStringLiteral("qmsecmethods"),
         QStringLiteral("esp:sha256-aes128+60min+100000kb,esp:sha1-3des+60min+100000kb")}};
    QCOMPARE(add.tags, expected);
    // The allow rule is a firewall rule: outside consec, reported.
    QCOMPARE(countCode(consec.findings, code::ScriptOutOfScope), 1);
    QVERIFY(findCode(consec.findings, code::ScriptOutOfScope)
                ->location.objectPath.contains(QStringLiteral("(TCP-In, IPsec)")));
}

void TestWfasScripts::theLocalStoreIsTheTargetWithoutAGpo()
{
    const WfasScriptOutput out = writePowerShellScript(workedExample(), {}, PowerShellExportOptions{});
    QVERIFY(out.ok);
    const PsScript script = tokenisePowerShell(out.text);
    QVERIFY(statementsOf(script, QStringLiteral("Open-NetGPO")).isEmpty());
    QVERIFY(statementsOf(script, QStringLiteral("Save-NetGPO")).isEmpty());
    int created = 0;
    for (const PsStatement &s : script.statements)
        if (s.head.startsWith(QStringLiteral("$null = New-"))) {
            QCOMPARE(s.value(QStringLiteral("-PolicyStore")), QStringLiteral("PersistentStore"));
            QVERIFY(!s.has(QStringLiteral("-GPOSession")));
            ++created;
        }
    QCOMPARE(created, 5); // main mode set, auth set, quick mode set, rule, allow rule
}

void TestWfasScripts::hostileNamesStayInsideTheirPowerShellStrings_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::newRow("a name with an apostrophe is carried") << QStringLiteral("O'Brien's rule");
    QTest::newRow("typographic quotes are doubled like apostrophes")
        << QStringLiteral("it\u2019s \u2018x\u2019 \u201A\u201B");
    QTest::newRow("a subexpression stays text") << QStringLiteral("$(Remove-Item -Recurse C:\\)");
    QTest::newRow("a quote then a subexpression stays text") << QStringLiteral("x'; $(calc); '");
    QTest::newRow("a typographic quote then code stays text")
        << QStringLiteral("x\u2019; Stop-Computer; \u2018");
    QTest::newRow("backticks stay text") << QStringLiteral("a`'b`$c`");
    QTest::newRow("a line break cannot start a command") << QStringLiteral("line1\r\nStop-Computer -Force #");
    QTest::newRow("a Unicode line separator stays text") << QStringLiteral("a\u2028$(calc)");
    QTest::newRow("percent signs and ampersands stay text") << QStringLiteral("%PATH% & calc | more");
    QTest::newRow("comment markers stay text") << QStringLiteral("<# #> # x");
    QTest::newRow("double quotes stay text") << QStringLiteral("\"$env:USERNAME\"");
}

void TestWfasScripts::hostileNamesStayInsideTheirPowerShellStrings()
{
    QFETCH(QString, hostile);
    StoreData store = workedExample();
    store.policies.front().name = hostile;
    store.policies.front().rules.front().name = hostile;
    store.policies.front().rules.front().description = hostile + QStringLiteral(" (description)");
    store.policies.front().rules.front().authMethods = {
        AuthMethod::presharedKey(hostile + QStringLiteral("-key"))};
    PowerShellExportOptions o;
    // -PolicyStore separates domain and GPO with a backslash, so a GPO name cannot hold one (refused, tested
    // below).
    const QString gpoName = QString(hostile).replace(u'\\', u'/');
    o.target = {QStringLiteral("ipsectest.com"), gpoName, hostile};
    const WfasScriptOutput out = writePowerShellScript(store, {}, o);
    QVERIFY2(out.ok, qPrintable(firstError(out.findings)));
    const PsScript script = tokenisePowerShell(out.text);
    QVERIFY2(script.error.isEmpty(), qPrintable(script.error));
    QVERIFY2(unsafeCode(script).isEmpty(), qPrintable(unsafeCode(script)));
    // Every hostile value comes back intact as one string, in the parameter it belongs to.
    const PsStatement rule = statementsOf(script, QStringLiteral("New-NetIPsecRule")).first();
    QCOMPARE(rule.value(QStringLiteral("-DisplayName")), hostile);
    QCOMPARE(rule.value(QStringLiteral("-Description")), hostile + QStringLiteral(" (description)"));
    QCOMPARE(rule.value(QStringLiteral("-Group")), hostile);
    const PsStatement open = statementsOf(script, QStringLiteral("Open-NetGPO")).first();
    QCOMPARE(open.value(QStringLiteral("-PolicyStore")), QStringLiteral("ipsectest.com\\") + gpoName);
    QCOMPARE(open.value(QStringLiteral("-DomainController")), hostile);
    const PsStatement psk = statementsOf(script, QStringLiteral("New-NetIPsecAuthProposal")).first();
    QCOMPARE(psk.value(QStringLiteral("-PreSharedKey")), hostile + QStringLiteral("-key"));
    QVERIFY(script.strings.contains(hostile));
    // Every statement is a known cmdlet call or assignment: nothing the names smuggled in.
    static const QRegularExpression head(QStringLiteral(
        "^((\\$null|\\$gpo|\\$proposal[0-9]+) = )?(New-Net[A-Za-z0-9]+|Open-NetGPO|Save-NetGPO|Write-Output|"
        "\\$ErrorActionPreference|Write-Output Done\\.)$"));
    for (const PsStatement &s : script.statements)
        QVERIFY2(head.match(s.head).hasMatch() ||
                     s.head.startsWith(QStringLiteral("$ErrorActionPreference = ")),
                 qPrintable(s.head));
    QCOMPARE(countCode(out.findings, code::ScriptSecretInScript), 1);
    for (const Finding &f : out.findings) // the key is never shown in a finding
        QVERIFY(!f.message.contains(hostile + QStringLiteral("-key")));
}

void TestWfasScripts::hostileNamesStayInsideTheirConsecValues_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::addColumn<bool>("carried");
    QTest::newRow("percent signs are doubled for cmd") << QStringLiteral("%PATH% 100%") << true;
    QTest::newRow("ampersands, pipes and carets stay inside the quotes")
        << QStringLiteral("a & calc | b ^ <c>") << true;
    QTest::newRow("apostrophes and typographic quotes are ordinary text")
        << QStringLiteral("O'Brien \u2019x\u2019") << true;
    QTest::newRow("PowerShell syntax is ordinary text") << QStringLiteral("$(calc) `x`") << true;
    QTest::newRow("a double quote is refused") << QStringLiteral("a \" & calc & \"") << false;
    QTest::newRow("a line break is refused") << QStringLiteral("a\r\ncalc") << false;
    QTest::newRow("a trailing backslash is refused (Q69)") << QStringLiteral("C:\\") << false;
}

void TestWfasScripts::hostileNamesStayInsideTheirConsecValues()
{
    QFETCH(QString, hostile);
    QFETCH(bool, carried);
    StoreData store = workedExample();
    store.policies.front().rules.front().name = hostile;
    store.policies.front().rules.front().description = hostile;
    const WfasScriptOutput out = writeConsecScript(store, {}, ConsecExportOptions{});
    QCOMPARE(out.ok, carried);
    if (!carried) {
        const Finding *f = findCode(out.findings, code::ScriptUnquotable);
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY(f->location.objectPath.startsWith(QStringLiteral("Connection security rule")));
        // With --skip-unsupported the rule is left out, and the rest of the script is still safe.
        ConsecExportOptions skip;
        skip.skipUnsupported = true;
        const WfasScriptOutput skipped = writeConsecScript(store, {}, skip);
        QVERIFY(skipped.ok);
        QCOMPARE(countCode(skipped.findings, code::ScriptSkipped), 1);
        for (const NetshCommand &c : consecCommands(skipped.text, true))
            QVERIFY(c.words.first() != QStringLiteral("<unsafe>") &&
                    !c.words.contains(QStringLiteral("consec")));
        return;
    }
    const QList<NetshCommand> commands = consecCommands(out.text, true);
    QCOMPARE(commands.size(), 2);
    QCOMPARE(commands[1].value(QStringLiteral("name")), hostile);
    QCOMPARE(commands[1].value(QStringLiteral("description")), hostile);
    // No other line of the script runs anything: comments, echo, if errorlevel, setlocal/endlocal, exit.
    for (const QString &line : out.text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        static const QRegularExpression allowed(
            QStringLiteral("^(@echo off|rem( .*)?|setlocal .*|chcp 65001 >nul|netsh advfirewall .*|if "
                           "errorlevel 1 \\(echo Step .*|"
                           "echo All [0-9]+ steps succeeded\\.|endlocal|exit /b 0)$"));
        QVERIFY2(allowed.match(line).hasMatch(), qPrintable(line));
        if (line.startsWith(QStringLiteral("rem")))
            QVERIFY(!line.contains(QStringLiteral("\n")));
    }
}

void TestWfasScripts::theOutputIsDeterministic()
{
    const auto a = makeTemplate(QStringLiteral("expressroute-http8080"));
    const auto b = makeTemplate(QStringLiteral("expressroute-http8080"));
    PowerShellExportOptions o;
    o.target = gpoTarget();
    const WfasScriptOutput first = writePowerShellScript(*a, {}, o);
    const WfasScriptOutput second = writePowerShellScript(*b, {}, o);
    QCOMPARE(first.bytes, second.bytes);
    QCOMPARE(first.findings, second.findings);
    QVERIFY(!first.bytes.isEmpty());
    const WfasScriptOutput c1 = writeConsecScript(*a, {}, ConsecExportOptions{});
    const WfasScriptOutput c2 = writeConsecScript(*b, {}, ConsecExportOptions{});
    QCOMPARE(c1.bytes, c2.bytes);
    QVERIFY(c1.bytes.startsWith("@echo off\r\nrem "));
    // The header says what the script does, and never a time.
    QVERIFY(first.text.contains(QStringLiteral("2 connection security rule(s)")));
    QVERIFY(c1.text.contains(QStringLiteral("It creates 2 connection security rule(s)")));
}

void TestWfasScripts::whatPowerShellCannotExpressIsAFindingNamingTheObject()
{
    WfasPolicy p = handMadePolicy();
    p.connectionSecurityRules.first().add(QStringLiteral("IF"),
                                          QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
    // A quick mode proposal without encapsulation (AuthNoEncap) has no -Encapsulation value; a rule using the
    // set cannot be written either.
    WfasRule second = handMadePolicy().connectionSecurityRules.first();
    second.id = QStringLiteral("{AAAAAAAA-0000-0000-0000-0000000000BB}");
    second.set(QStringLiteral("Name"), QStringLiteral("Second"));
    p.connectionSecurityRules << second;
    p.sets[1].suites.first().set(QStringLiteral("2_9Protocol"), QStringLiteral("AUTH_NO_ENCAP"));
    p.sets[1].suites.first().set(QStringLiteral("Protocol"), QStringLiteral("AUTH_NO_ENCAP"));

    const WfasScriptOutput strict = writePowerShellScript(p, PowerShellExportOptions{});
    QVERIFY(!strict.ok);
    QStringList paths;
    for (const Finding &f : strict.findings)
        if (f.code == QLatin1String(code::ScriptNotExpressible)) {
            QCOMPARE(f.severity, Severity::Error);
            paths << f.location.objectPath;
        }
    QCOMPARE(paths,
             (QStringList{wfasObjectPath(p.sets[1]), QStringLiteral("Connection security rule 'Hand made'"),
                          QStringLiteral("Connection security rule 'Second'")}));
    QVERIFY(strict.findings.size() >= 3);

    PowerShellExportOptions skip;
    skip.skipUnsupported = true;
    const WfasScriptOutput lenient = writePowerShellScript(p, skip);
    QVERIFY(lenient.ok);
    QCOMPARE(countCode(lenient.findings, code::ScriptNotExpressible), 3);
    QCOMPARE(countCode(lenient.findings, code::ScriptSkipped), 1);
    const PsScript script = tokenisePowerShell(lenient.text);
    QVERIFY(statementsOf(script, QStringLiteral("New-NetIPsecRule")).isEmpty());
    QVERIFY(statementsOf(script, QStringLiteral("New-NetIPsecQuickModeCryptoSet")).isEmpty());
    QCOMPARE(statementsOf(script, QStringLiteral("New-NetIPsecPhase1AuthSet")).size(), 1);
    QCOMPARE(lenient.text.count(QStringLiteral("# SKIPPED (IPS-478)")), 3);

    // A NUL cannot be carried even by a single-quoted string.
    WfasPolicy nul = handMadePolicy();
    nul.connectionSecurityRules.first().set(QStringLiteral("Desc"),
                                            QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    const WfasScriptOutput refused = writePowerShellScript(nul, PowerShellExportOptions{});
    QVERIFY(!refused.ok);
    const Finding *f = findCode(refused.findings, code::ScriptUnquotable);
    QVERIFY(f);
    QCOMPARE(f->location.objectPath, QStringLiteral("Connection security rule 'Hand made'"));
    QVERIFY(f->message.contains(QStringLiteral("description")));
}

void TestWfasScripts::whatConsecCannotExpressIsAFindingNamingTheObject()
{
    WfasPolicy p = handMadePolicy();
    // AH+ESP has no qmsecmethods form in the grammar; a certificate criteria value has no auth1ca form.
    p.sets[1].suites.first().set(QStringLiteral("Protocol"), QStringLiteral("AH&ESP"));
    p.sets[1].suites.first().set(QStringLiteral("AhHash"), QStringLiteral("SHA1"));
    WfasRule fw;
    fw.kind = WfasRuleKind::Firewall;
    fw.id = QStringLiteral("{FW}");
    fw.add(QStringLiteral("Action"), QStringLiteral("Allow"));
    fw.add(QStringLiteral("Dir"), QStringLiteral("In"));
    fw.add(QStringLiteral("Name"), QStringLiteral("Allow 8080"));
    p.firewallRules << fw;
    const WfasScriptOutput out = writeConsecScript(p, ConsecExportOptions{});
    QVERIFY(!out.ok);
    const Finding *f = findCode(out.findings, code::ScriptNotExpressible);
    QVERIFY(f);
    QCOMPARE(f->location.objectPath, QStringLiteral("Connection security rule 'Hand made'"));
    QVERIFY(f->message.contains(QStringLiteral("AH+ESP")));
    const Finding *outside = findCode(out.findings, code::ScriptOutOfScope);
    QVERIFY(outside);
    QCOMPARE(outside->severity, Severity::Warning);
    QCOMPARE(outside->location.objectPath, QStringLiteral("Firewall rule 'Allow 8080'"));
    // Rule names must be unique and cannot be "all" (the consec help).
    WfasPolicy names = handMadePolicy();
    names.connectionSecurityRules << names.connectionSecurityRules.first();
    WfasRule all = names.connectionSecurityRules.first();
    all.set(QStringLiteral("Name"), QStringLiteral("ALL"));
    names.connectionSecurityRules << all;
    ConsecExportOptions skip;
    skip.skipUnsupported = true;
    const WfasScriptOutput n = writeConsecScript(names, skip);
    QVERIFY(n.ok);
    QCOMPARE(countCode(n.findings, code::ScriptNotExpressible), 2);
    QCOMPARE(consecCommands(n.text, true).size(), 1);
}

void TestWfasScripts::theConsecScriptFollowsTheReferenceGrammar()
{
    const auto store = makeTemplate(QStringLiteral("expressroute-http8080"));
    QVERIFY(store);
    const WfasScriptOutput out = writeConsecScript(*store, {}, ConsecExportOptions{});
    QVERIFY2(out.ok, qPrintable(firstError(out.findings)));
    int rules = 0;
    for (const NetshCommand &c : consecCommands(out.text, true)) {
        QVERIFY(c.words.first() != QStringLiteral("<unsafe>"));
        if (!c.words.contains(QStringLiteral("consec")))
            continue;
        ++rules;
        QVERIFY2(checkConsecGrammar(c).isEmpty(), qPrintable(checkConsecGrammar(c)));
        QCOMPARE(c.value(QStringLiteral("action")), QStringLiteral("requireinrequireout"));
        QCOMPARE(c.value(QStringLiteral("auth1")), QStringLiteral("computerkerb"));
        QCOMPARE(c.value(QStringLiteral("qmsecmethods")), QStringLiteral("esp:sha1-3des+60min+100000kb"));
        QCOMPARE(c.value(QStringLiteral("port2")), QStringLiteral("8080"));
    }
    QCOMPARE(rules, 2);
    // The netsh -f form holds the same commands without the cmd wrapping.
    ConsecExportOptions f;
    f.form = netsh::ScriptForm::Netshf;
    const WfasScriptOutput netshF = writeConsecScript(*store, {}, f);
    QVERIFY(netshF.ok);
    QVERIFY(netshF.text.startsWith(QStringLiteral("# ")));
    QCOMPARE(consecCommands(netshF.text, false).size(), consecCommands(out.text, true).size());
    QVERIFY(!netshF.text.contains(QStringLiteral("errorlevel")));
}

void TestWfasScripts::theRealConsecSampleUsesTheSameTagSpelling()
{
    const QString sample = QStringLiteral("consec/sec505_NetShell-Add-IPSec-Rule.bat");
    IPSEC_REQUIRE_TESTDATA(sample);
    QFile file(ipsec::test::testdataPath(sample));
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::optional<NetshCommand> real;
    for (const QString &line :
         QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n"))))
        if (line.startsWith(QStringLiteral("netsh.exe advfirewall consec add rule")))
            real = tokeniseNetshLine(line, true);
    QVERIFY(real);
    // The grammar of the test (and of the writer) knows every tag and value of the real script.
    QVERIFY2(checkConsecGrammar(*real).isEmpty(), qPrintable(checkConsecGrammar(*real)));
    QCOMPARE(real->tags.size(), 12);

    // The same rule as WFAS content, written back: the shared tags carry the same words.
    WfasPolicy p;
    WfasSet psk;
    psk.kind = WfasSetKind::Phase1Auth;
    psk.id = QStringLiteral("{BBBBBBBB-0000-0000-0000-000000000001}");
    psk.suites << WfasValues{{{QStringLiteral("Method"), QStringLiteral("MachineSHKey")},
                              {QStringLiteral("SHKey"), real->value(QStringLiteral("auth1psk"))}}};
    p.sets << psk;
    WfasRule r;
    r.kind = WfasRuleKind::ConnectionSecurity;
    r.id = QStringLiteral("{BBBBBBBB-0000-0000-0000-0000000000AA}");
    r.add(QStringLiteral("Action"), QStringLiteral("SecureServer"));
    r.add(QStringLiteral("Protocol"), QStringLiteral("6"));
    r.add(QStringLiteral("Active"), QStringLiteral("FALSE"));
    for (const QString &port : real->value(QStringLiteral("port2")).split(u','))
        r.add(QStringLiteral("EP2Port"), port);
    r.add(QStringLiteral("EP2_4"), QStringLiteral("LocalSubnet"));
    r.add(QStringLiteral("Name"), real->value(QStringLiteral("name")));
    r.add(QStringLiteral("Auth1Set"), psk.id);
    p.connectionSecurityRules << r;
    const WfasScriptOutput out = writeConsecScript(p, ConsecExportOptions{});
    QVERIFY2(out.ok, qPrintable(firstError(out.findings)));
    const QList<NetshCommand> ours = consecCommands(out.text, true);
    QCOMPARE(ours.size(), 1);
    QVERIFY(checkConsecGrammar(ours.first()).isEmpty());
    int shared = 0;
    for (const auto &[tag, value] : ours.first().tags) {
        if (!real->has(tag))
            continue;
        ++shared;
        QCOMPARE(value.toLower(), real->value(tag).toLower());
    }
    // name endpoint1 endpoint2 port2 protocol profile action auth1 auth1psk enable (port1/interfacetype=any
    // are the defaults the writer leaves out)
    QCOMPARE(shared, 10);
    QCOMPARE(countCode(out.findings, code::ScriptSecretInScript), 1);
}

void TestWfasScripts::aGpoTargetNeedsTheNetshFForm()
{
    ConsecExportOptions o;
    o.target = gpoTarget();
    const WfasScriptOutput cmd = writeConsecScript(workedExample(), {}, o);
    QVERIFY(!cmd.ok);
    QVERIFY(findCode(cmd.findings, code::ScriptBadOption));
    o.form = netsh::ScriptForm::Netshf;
    const WfasScriptOutput netshF = writeConsecScript(workedExample(), {}, o);
    QVERIFY2(netshF.ok, qPrintable(firstError(netshF.findings)));
    const QList<NetshCommand> commands = consecCommands(netshF.text, false);
    QVERIFY(!commands.isEmpty());
    QCOMPARE(commands.first().words.mid(0, 3),
             (QStringList{QStringLiteral("advfirewall"), QStringLiteral("set"), QStringLiteral("store")}));
    QCOMPARE(commands.first().value(QStringLiteral("gpo")), QStringLiteral("ipsectest.com\\IPsec App8080"));
    QVERIFY(findCode(netshF.findings, code::ScriptUnconfirmedSyntax));
    // PowerShell without a domain for the GPO refuses clearly.
    PowerShellExportOptions ps;
    ps.target.gpoName = QStringLiteral("No domain");
    const WfasScriptOutput noDomain = writePowerShellScript(workedExample(), {}, ps);
    QVERIFY(!noDomain.ok);
    QVERIFY(findCode(noDomain.findings, code::ScriptBadOption));
}

// netsh -f reads its script in the console code page, so a non-ASCII name is noted there; the .cmd form
// switches the console to UTF-8 itself (chcp 65001), and ASCII scripts need neither.
void TestWfasScripts::nonAsciiTextIsNotedOnlyWhereTheScriptNeedsIt()
{
    const auto codePageNotes = [](const WfasScriptOutput &out) {
        return std::count_if(out.findings.cbegin(), out.findings.cend(), [](const Finding &f) {
            return f.code == code::ScriptUnconfirmedSyntax && f.message.contains(QStringLiteral("non-ASCII"));
        });
    };
    ConsecExportOptions netshF;
    netshF.form = netsh::ScriptForm::Netshf;
    const ConsecExportOptions cmd;
    StoreData store = workedExample();
    const WfasScriptOutput asciiF = writeConsecScript(store, {}, netshF);
    QVERIFY2(asciiF.ok, qPrintable(firstError(asciiF.findings)));
    QCOMPARE(codePageNotes(asciiF), 0);
    QVERIFY(!writeConsecScript(store, {}, cmd).text.contains(QStringLiteral("chcp 65001")));

    store.policies.front().rules.front().name = QStringLiteral("Zweigstelle Köln");
    const WfasScriptOutput umlautF = writeConsecScript(store, {}, netshF);
    QVERIFY2(umlautF.ok, qPrintable(firstError(umlautF.findings)));
    QVERIFY(umlautF.text.contains(QStringLiteral("Köln")));
    QCOMPARE(codePageNotes(umlautF), 1);
    const WfasScriptOutput umlautCmd = writeConsecScript(store, {}, cmd);
    QCOMPARE(codePageNotes(umlautCmd), 0);
    QVERIFY(umlautCmd.text.contains(QStringLiteral("\r\nchcp 65001 >nul\r\n")));
}

void TestWfasScripts::theFormatDescriptorsWriteTheScripts()
{
    const QList<FormatDescriptor> descriptors = gpoFormatDescriptors();
    const auto find = [&](const QString &name) -> const FormatDescriptor * {
        for (const FormatDescriptor &d : descriptors)
            if (d.name == name)
                return &d;
        return nullptr;
    };
    const FormatDescriptor *ps = find(QStringLiteral("powershell"));
    const FormatDescriptor *consec = find(QStringLiteral("consec"));
    QVERIFY(ps && consec);
    QVERIFY(ps->exportFile && consec->exportFile);
    QStringList optionNames;
    for (const FormatOption &o : ps->exportOptions)
        optionNames << o.name;
    for (const QString &name :
         {QStringLiteral("gpo-name"), QStringLiteral("domain"), QStringLiteral("policy"),
          QStringLiteral("dc"), QStringLiteral("skip-unsupported"), QStringLiteral("no-allow-rules")})
        QVERIFY2(optionNames.contains(name), qPrintable(name));
    QTemporaryDir dir;
    const QString psPath = dir.filePath(QStringLiteral("policy.ps1"));
    FormatOptions options;
    options.set(QStringLiteral("gpo-name"), QStringLiteral("IPsec ExpressRoute"));
    const ExportResult written =
        ps->exportFile(*makeTemplate(QStringLiteral("expressroute-http8080")), psPath, options);
    QVERIFY2(written.ok, qPrintable(firstError(written.findings)));
    QCOMPARE(written.writtenFiles, QStringList{psPath});
    QFile file(psPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // The store's domain (ipsectest.com) completes the GPO name.
    QVERIFY(bytes.contains("Open-NetGPO -PolicyStore 'ipsectest.com\\IPsec ExpressRoute'"));
    // --no-allow-rules leaves the firewall rules out.
    options.set(QStringLiteral("no-allow-rules"));
    QVERIFY(ps->exportFile(*makeTemplate(QStringLiteral("expressroute-http8080")), psPath, options).ok);
    QFile again(psPath);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains("New-NetFirewallRule"));
    // consec into a GPO needs --form netsh-f; the refusal writes nothing.
    const QString cmdPath = dir.filePath(QStringLiteral("policy.cmd"));
    const ExportResult refused =
        consec->exportFile(*makeTemplate(QStringLiteral("expressroute-http8080")), cmdPath, options);
    QVERIFY(!refused.ok);
    QVERIFY(!QFile::exists(cmdPath));
    options.set(QStringLiteral("form"), QStringLiteral("netsh-f"));
    QVERIFY(consec->exportFile(*makeTemplate(QStringLiteral("expressroute-http8080")), cmdPath, options).ok);
    QVERIFY(QFile::exists(cmdPath));
}

QTEST_GUILESS_MAIN(TestWfasScripts)
#include "tst_wfasscripts.moc"
