#include "powershellexport.h"

#include "formats/netsh/scriptquoting.h"
#include "gpfasrule.h"
#include "gpofindings.h"
#include "wfasexportfindings.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace ipsec::gpo {

namespace {

namespace sq = ipsec::scriptquoting;

// Token value -> cmdlet enum value, for the parameters whose values are fixed words (docs/formats/gpo.md,
// Authentication and crypto sets and Scripts).
using WordMap = QHash<QString, QString>;

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
const WordMap &keyExchangeWords()
{
    static const WordMap m{{QStringLiteral("dh1"), QStringLiteral("DH1")},
                           {QStringLiteral("dh2"), QStringLiteral("DH2")},
                           {QStringLiteral("dh2048"), QStringLiteral("DH14")}, // group 14
                           {QStringLiteral("ecdh-256"), QStringLiteral("DH19")},
                           {QStringLiteral("ecdh-384"), QStringLiteral("DH20")},
                           {QStringLiteral("dh24"), QStringLiteral("DH24")}};
    return m;
}
const WordMap &encryptionWords()
{
    static const WordMap m{{QStringLiteral("des"), QStringLiteral("DES")},
                           {QStringLiteral("3des"), QStringLiteral("DES3")},
                           {QStringLiteral("aes-128"), QStringLiteral("AES128")},
                           {QStringLiteral("aes-192"), QStringLiteral("AES192")},
                           {QStringLiteral("aes-256"), QStringLiteral("AES256")},
                           {QStringLiteral("aes-gcm128"), QStringLiteral("AESGCM128")},
                           {QStringLiteral("aes-gcm192"), QStringLiteral("AESGCM192")},
                           {QStringLiteral("aes-gcm256"), QStringLiteral("AESGCM256")}};
    return m;
}
const WordMap &mainModeHashWords()
{
    static const WordMap m{{QStringLiteral("md5"), QStringLiteral("MD5")},
                           {QStringLiteral("sha1"), QStringLiteral("SHA1")},
                           {QStringLiteral("sha256"), QStringLiteral("SHA256")},
                           {QStringLiteral("sha384"), QStringLiteral("SHA384")}};
    return m;
}
const WordMap &pfsWords()
{
    static const WordMap m{{QStringLiteral("disable"), QStringLiteral("None")},
                           {QStringLiteral("enabledhfromphase1"), QStringLiteral("SameAsMainMode")},
                           {QStringLiteral("rekeydh1"), QStringLiteral("DH1")},
                           {QStringLiteral("rekeydh2"), QStringLiteral("DH2")},
                           {QStringLiteral("rekeydh2048"), QStringLiteral("DH14")},
                           {QStringLiteral("rekeyecdh256"), QStringLiteral("DH19")},
                           {QStringLiteral("rekeyecdh384"), QStringLiteral("DH20")},
                           {QStringLiteral("rekeydh24"), QStringLiteral("DH24")}};
    return m;
}

// Quick-mode integrity: WFAS writes GMAC as "AES-GCMnnn" in AhHash/EspHash (docs/formats/gpo.md). With
// AES-GCM encryption the ESP integrity is the GCM one, otherwise GMAC.
std::optional<QString> quickModeHash(const QString &token, bool gcmEncryption)
{
    const QString t = token.toLower();
    if (t == u"md5")
        return QStringLiteral("MD5");
    if (t == u"sha1")
        return QStringLiteral("SHA1");
    if (t == u"sha256")
        return QStringLiteral("SHA256");
    if (t.startsWith(u"aes-gcm") && (t.endsWith(u"128") || t.endsWith(u"192") || t.endsWith(u"256")))
        return (gcmEncryption ? QStringLiteral("AESGCM") : QStringLiteral("AESGMAC")) + t.right(3);
    return std::nullopt;
}

std::optional<bool> parseBool(const QString &v)
{
    if (v.compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(QStringLiteral("FALSE"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
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

// One cmdlet call being assembled: `Cmdlet -Name value -Switch ...` in the order the parameters are added.
struct Call {
    QString head;
    QStringList parts;
    void param(const QString &name, const QString &value) { parts << u'-' + name + u' ' + value; }
    void flag(const QString &name) { parts << u'-' + name; }
    QString text() const { return parts.isEmpty() ? head : head + u' ' + parts.join(u' '); }
};

class PowerShellWriter {
public:
    PowerShellWriter(const WfasPolicy &policy, const PowerShellExportOptions &options)
        : m_policy(policy), m_options(options), m_problems(options.skipUnsupported)
    {}

    WfasScriptOutput run();

private:
    // ---- the object being written: its lines and its first problem
    void begin(const QString &path)
    {
        m_path = path;
        m_problemCode = nullptr;
        m_problem.clear();
        m_lines.clear();
    }
    void cannot(const char *c, const QString &message)
    {
        if (!m_problemCode) {
            m_problemCode = c;
            m_problem = message;
        }
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
    QStringList words(const QStringList &values, const WordMap &map, const QString &token);
    QStringList addresses(const WfasRule &rule, const QStringList &tokens);
    QStringList ports(const WfasRule &rule, const QString &single, const QString &range, bool *hasRange);
    std::optional<bool> boolToken(const WfasRule &rule, const QString &name);
    // A rule's reference to a set: the quoted name, empty when the rule uses the built-in default (or the
    // GPO's customised default), nullopt (with a problem) when the set cannot be used.
    std::optional<QString> setReference(WfasSetKind kind, const QString &id);
    void checkKnownTokens(const WfasRule &rule, const QSet<QString> &known, const QString &cmdlet);

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
    WfasScriptProblems m_problems;
    QString m_path;
    const char *m_problemCode = nullptr;
    QString m_problem;
    QStringList m_lines;
    QStringList m_body;
    QSet<QString> m_refusedSets; // kind + id of sets that were not written
    QMap<WfasRuleKind, int> m_rulesWritten;
    QMap<WfasSetKind, int> m_setsWritten;
    bool m_writesPresharedKey = false;
};

bool PowerShellWriter::commit()
{
    if (m_problemCode) {
        const QString message = m_problems.refuse(m_problemCode, m_path, m_problem);
        m_body << commentLine(
            QStringLiteral("SKIPPED (%1) %2: %3").arg(QString::fromLatin1(m_problemCode), m_path, message));
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
    const auto b = parseBool(rule.value(name));
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

// ---- sets ---------------------------------------------------------------------------------------------

void PowerShellWriter::authProposals(const WfasSet &set)
{
    const bool phase1 = set.kind == WfasSetKind::Phase1Auth;
    static const QSet<QString> known{QStringLiteral("Method"),
                                     QStringLiteral("CAName"),
                                     QStringLiteral("SHKey"),
                                     QStringLiteral("CertAccountMapping"),
                                     QStringLiteral("ExcludeCAName"),
                                     QStringLiteral("HealthCert"),
                                     QStringLiteral("OtherCertSigning"),
                                     QStringLiteral("IntermediateCA"),
                                     QStringLiteral("SkipVersion")};
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        for (const WfasValue &v : suite.values)
            if (!known.contains(v.name))
                cannot(
                    code::ScriptNotExpressible,
                    QStringLiteral("proposal %1: the value %2 has no parameter of New-NetIPsecAuthProposal")
                        .arg(i + 1)
                        .arg(v.name.left(80)));
        Call call{QStringLiteral("$proposal%1 = New-NetIPsecAuthProposal").arg(i + 1), {}};
        const QString method = suite.value(QStringLiteral("Method")).toLower();
        const auto flagIfTrue = [&](const QString &value, const QString &parameter) {
            if (!suite.has(value))
                return;
            const auto b = parseBool(suite.value(value));
            if (!b)
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: %2 is not TRUE or FALSE").arg(i + 1).arg(value));
            else if (*b)
                call.flag(parameter);
        };
        const auto certificate = [&](bool machine) {
            call.flag(machine ? QStringLiteral("Machine") : QStringLiteral("User"));
            flagIfTrue(QStringLiteral("HealthCert"), QStringLiteral("Health"));
            call.flag(QStringLiteral("Cert"));
            call.param(QStringLiteral("Authority"), quote(suite.value(QStringLiteral("CAName")),
                                                          QStringLiteral("certificate authority name")));
            const auto intermediate = parseBool(suite.value(QStringLiteral("IntermediateCA")));
            call.param(QStringLiteral("AuthorityType"), intermediate.value_or(false)
                                                            ? QStringLiteral("Intermediate")
                                                            : QStringLiteral("Root"));
            flagIfTrue(QStringLiteral("CertAccountMapping"), QStringLiteral("AccountMapping"));
            flagIfTrue(QStringLiteral("ExcludeCAName"), QStringLiteral("ExcludeCAName"));
            if (suite.has(QStringLiteral("OtherCertSigning"))) {
                const QString s = suite.value(QStringLiteral("OtherCertSigning")).toUpper();
                if (s == u"ECDSA256" || s == u"ECDSA384")
                    call.param(QStringLiteral("Signing"), s);
                else
                    cannot(code::ScriptNotExpressible,
                           QStringLiteral("proposal %1: OtherCertSigning=%2 has no PowerShell value")
                               .arg(i + 1)
                               .arg(s.left(40)));
            }
        };
        if (method == u"anonymous") {
            call.flag(QStringLiteral("Anonymous"));
        } else if (phase1 && method == u"machinekerb") {
            call.flag(QStringLiteral("Machine"));
            call.flag(QStringLiteral("Kerberos"));
        } else if (phase1 && method == u"machinentlm") {
            call.flag(QStringLiteral("Machine"));
            call.flag(QStringLiteral("Ntlm"));
        } else if (phase1 && method == u"machineshkey") {
            call.flag(QStringLiteral("Machine"));
            call.param(QStringLiteral("PreSharedKey"),
                       quote(suite.value(QStringLiteral("SHKey")), QStringLiteral("preshared key"), true));
            m_writesPresharedKey = true;
        } else if (method == u"machinecert") {
            certificate(true);
        } else if (!phase1 && method == u"usercert") {
            certificate(false);
        } else if (!phase1 && method == u"userkerb") {
            call.flag(QStringLiteral("User"));
            call.flag(QStringLiteral("Kerberos"));
        } else if (!phase1 && method == u"userntlm") {
            call.flag(QStringLiteral("User"));
            call.flag(QStringLiteral("Ntlm"));
        } else {
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("proposal %1: the method '%2' has no New-NetIPsecAuthProposal form here")
                       .arg(i + 1)
                       .arg(suite.value(QStringLiteral("Method")).left(40)));
        }
        m_lines << call.text();
    }
}

void PowerShellWriter::mainModeProposals(const WfasSet &set)
{
    static const QSet<QString> known{QStringLiteral("KeyExchange"), QStringLiteral("2_16KeyExchange"),
                                     QStringLiteral("Encryption"),  QStringLiteral("Hash"),
                                     QStringLiteral("2_1Hash"),     QStringLiteral("SkipVersion")};
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        for (const WfasValue &v : suite.values)
            if (!known.contains(v.name))
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: the value %2 has no parameter of "
                                      "New-NetIPsecMainModeCryptoProposal")
                           .arg(i + 1)
                           .arg(v.name.left(80)));
        Call call{QStringLiteral("$proposal%1 = New-NetIPsecMainModeCryptoProposal").arg(i + 1), {}};
        const auto word = [&](const QString &value, const WordMap &map, const QString &parameter) {
            const auto it = map.constFind(value.toLower());
            if (it == map.cend())
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: %2 '%3' has no PowerShell value")
                           .arg(i + 1)
                           .arg(parameter, value.left(40)));
            else
                call.param(parameter, *it);
        };
        word(suite.has(QStringLiteral("2_1Encryption")) ? QString()
                                                        : suite.value(QStringLiteral("Encryption")),
             encryptionWords(), QStringLiteral("Encryption"));
        word(suite.has(QStringLiteral("2_1Hash")) ? suite.value(QStringLiteral("2_1Hash"))
                                                  : suite.value(QStringLiteral("Hash")),
             mainModeHashWords(), QStringLiteral("Hash"));
        word(suite.has(QStringLiteral("2_16KeyExchange")) ? suite.value(QStringLiteral("2_16KeyExchange"))
                                                          : suite.value(QStringLiteral("KeyExchange")),
             keyExchangeWords(), QStringLiteral("KeyExchange"));
        m_lines << call.text();
    }
}

void PowerShellWriter::quickModeProposals(const WfasSet &set)
{
    static const QSet<QString> known{QStringLiteral("Protocol"),      QStringLiteral("Encryption"),
                                     QStringLiteral("2_1Encryption"), QStringLiteral("AhHash"),
                                     QStringLiteral("2_1AhHash"),     QStringLiteral("EspHash"),
                                     QStringLiteral("2_1EspHash"),    QStringLiteral("TimeOutMinutes"),
                                     QStringLiteral("TimeOutKbytes"), QStringLiteral("SkipVersion")};
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        for (const WfasValue &v : suite.values)
            if (!known.contains(v.name))
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: the value %2 has no parameter of "
                                      "New-NetIPsecQuickModeCryptoProposal")
                           .arg(i + 1)
                           .arg(v.name.left(80)));
        Call call{QStringLiteral("$proposal%1 = New-NetIPsecQuickModeCryptoProposal").arg(i + 1), {}};
        const QString protocol = suite.value(QStringLiteral("Protocol")).toUpper();
        const bool ah = protocol == u"AH" || protocol == u"AH&ESP";
        const bool esp = protocol == u"ESP" || protocol == u"AH&ESP";
        if (!ah && !esp) {
            cannot(
                code::ScriptNotExpressible,
                QStringLiteral("proposal %1: the protocol '%2' has no -Encapsulation value (AuthNoEncap is "
                               "not among AH, ESP and AH,ESP)")
                    .arg(i + 1)
                    .arg(suite.value(QStringLiteral("Protocol")).left(40)));
            continue;
        }
        call.param(QStringLiteral("Encapsulation"), ah && esp ? QStringLiteral("AH,ESP") : protocol);
        const QString encryption = suite.has(QStringLiteral("2_1Encryption"))
                                       ? suite.value(QStringLiteral("2_1Encryption"))
                                       : suite.value(QStringLiteral("Encryption"));
        const bool gcm = encryption.startsWith(QStringLiteral("AES-GCM"), Qt::CaseInsensitive);
        const auto hash = [&](const QString &plain, const QString &modern, const QString &parameter) {
            const QString value = suite.has(modern) ? suite.value(modern) : suite.value(plain);
            if (value.isEmpty()) {
                call.param(parameter, QStringLiteral("None"));
                return;
            }
            if (const auto h = quickModeHash(value, gcm && parameter == u"ESPHash"))
                call.param(parameter, *h);
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: %2 '%3' has no PowerShell value")
                           .arg(i + 1)
                           .arg(parameter, value.left(40)));
        };
        if (ah)
            hash(QStringLiteral("AhHash"), QStringLiteral("2_1AhHash"), QStringLiteral("AHHash"));
        if (esp) {
            hash(QStringLiteral("EspHash"), QStringLiteral("2_1EspHash"), QStringLiteral("ESPHash"));
            if (encryption.isEmpty())
                call.param(QStringLiteral("Encryption"), QStringLiteral("None"));
            else if (const auto it = encryptionWords().constFind(encryption.toLower());
                     it != encryptionWords().cend())
                call.param(QStringLiteral("Encryption"), *it);
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: Encryption '%2' has no PowerShell value")
                           .arg(i + 1)
                           .arg(encryption.left(40)));
        }
        for (const auto &[value, parameter] :
             {std::pair{QStringLiteral("TimeOutMinutes"), QStringLiteral("MaxMinutes")},
              std::pair{QStringLiteral("TimeOutKbytes"), QStringLiteral("MaxKiloBytes")}}) {
            if (!suite.has(value))
                continue;
            if (const auto n = scriptNumber(suite.value(value)))
                call.param(parameter, *n);
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("proposal %1: %2 is not a number").arg(i + 1).arg(value));
        }
        m_lines << call.text();
    }
}

void PowerShellWriter::writeSet(const WfasSet &set)
{
    begin(wfasObjectPath(set));
    bool customisedDefault = false;
    for (const WfasDefaultSetAlias &alias : m_policy.defaultSetAliases)
        customisedDefault = customisedDefault || (alias.kind == set.kind &&
                                                  alias.customId.compare(set.id, Qt::CaseInsensitive) == 0);
    QSet<QString> known{QStringLiteral("Version"), QStringLiteral("Name"), QStringLiteral("Description"),
                        QStringLiteral("EmbeddedContext")};
    QString cmdlet;
    switch (set.kind) {
    case WfasSetKind::Phase1Auth:
        cmdlet = QStringLiteral("New-NetIPsecPhase1AuthSet");
        authProposals(set);
        break;
    case WfasSetKind::Phase2Auth:
        cmdlet = QStringLiteral("New-NetIPsecPhase2AuthSet");
        authProposals(set);
        break;
    case WfasSetKind::Phase1Crypto:
        cmdlet = QStringLiteral("New-NetIPsecMainModeCryptoSet");
        known << QStringLiteral("DoNotSkipDH") << QStringLiteral("TimeOutMinutes")
              << QStringLiteral("TimeOutSessions");
        mainModeProposals(set);
        break;
    case WfasSetKind::Phase2Crypto:
        cmdlet = QStringLiteral("New-NetIPsecQuickModeCryptoSet");
        known << QStringLiteral("PFS") << QStringLiteral("2_16PFS");
        quickModeProposals(set);
        break;
    }
    for (const WfasValue &v : set.properties.values)
        if (!known.contains(v.name))
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("the value %1 has no parameter of %2").arg(v.name.left(80), cmdlet));
    if (set.suites.isEmpty())
        cannot(code::ScriptNotExpressible, QStringLiteral("the set has no proposal"));
    Call call{cmdlet, {}};
    if (!customisedDefault)
        call.param(QStringLiteral("Name"), quote(set.id, QStringLiteral("set ID")));
    commonText(call, set.displayName(), set.properties.value(QStringLiteral("Description")),
               set.properties.value(QStringLiteral("EmbeddedContext")));
    QStringList proposals;
    for (qsizetype i = 0; i < set.suites.size(); ++i)
        proposals << QStringLiteral("$proposal%1").arg(i + 1);
    call.param(QStringLiteral("Proposal"), proposals.join(QStringLiteral(", ")));
    if (set.kind == WfasSetKind::Phase1Crypto) {
        for (const auto &[value, parameter] :
             {std::pair{QStringLiteral("TimeOutMinutes"), QStringLiteral("MaxMinutes")},
              std::pair{QStringLiteral("TimeOutSessions"), QStringLiteral("MaxSessions")}}) {
            if (!set.properties.has(value))
                continue;
            if (const auto n = scriptNumber(set.properties.value(value)))
                call.param(parameter, *n);
            else
                cannot(code::ScriptNotExpressible, QStringLiteral("%1 is not a number").arg(value));
        }
        if (set.properties.has(QStringLiteral("DoNotSkipDH"))) {
            const auto b = parseBool(set.properties.value(QStringLiteral("DoNotSkipDH")));
            if (!b)
                cannot(code::ScriptNotExpressible, QStringLiteral("DoNotSkipDH is not TRUE or FALSE"));
            else
                call.param(QStringLiteral("ForceDiffieHellman"),
                           *b ? QStringLiteral("$true") : QStringLiteral("$false"));
        }
    }
    if (set.kind == WfasSetKind::Phase2Crypto) {
        const QString pfs = set.properties.has(QStringLiteral("2_16PFS"))
                                ? set.properties.value(QStringLiteral("2_16PFS"))
                                : set.properties.value(QStringLiteral("PFS"));
        if (!pfs.isEmpty()) {
            if (const auto it = pfsWords().constFind(pfs.toLower()); it != pfsWords().cend())
                call.param(QStringLiteral("PerfectForwardSecrecyGroup"), *it);
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("PFS '%1' has no PowerShell value").arg(pfs.left(40)));
        }
    }
    if (customisedDefault)
        call.flag(QStringLiteral("Default"));
    finishCall(call);
    if (commit()) {
        m_setsWritten[set.kind] += 1;
        if (customisedDefault)
            m_problems.note(
                code::ScriptUnconfirmedSyntax, Severity::Warning, m_path,
                QStringLiteral("written with %1 -Default, which makes it the store's default set; how "
                               "-Default treats an existing default set is not confirmed (Q41)")
                    .arg(cmdlet),
                QStringLiteral("check the set in the GPO or store after running the script"));
    } else {
        m_refusedSets.insert(QString::number(int(set.kind)) + set.id);
    }
}

// ---- rules --------------------------------------------------------------------------------------------

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
    Call call{QStringLiteral("New-NetIPsecRule"), {}};
    call.param(QStringLiteral("IPsecRuleName"), quote(rule.id, QStringLiteral("rule ID")));
    commonText(call, rule.displayName(), rule.value(QStringLiteral("Desc")),
               rule.value(QStringLiteral("EmbedCtxt")));
    call.param(QStringLiteral("Enabled"), rule.isActive() ? QStringLiteral("True") : QStringLiteral("False"));
    if (rule.has(QStringLiteral("Profile")))
        call.param(QStringLiteral("Profile"),
                   words(rule.values(QStringLiteral("Profile")), profileWords(), QStringLiteral("Profile"))
                       .join(QStringLiteral(", ")));
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
    const QStringList local = addresses(rule, {QStringLiteral("EP1_4"), QStringLiteral("EP1_6")});
    const QStringList remote = addresses(rule, {QStringLiteral("EP2_4"), QStringLiteral("EP2_6")});
    if (!local.isEmpty())
        call.param(QStringLiteral("LocalAddress"), quotedList(local, QStringLiteral("address")));
    if (!remote.isEmpty())
        call.param(QStringLiteral("RemoteAddress"), quotedList(remote, QStringLiteral("address")));
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
    for (const auto &[token, kind, parameter] :
         {std::tuple{QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth, QStringLiteral("Phase1AuthSet")},
          std::tuple{QStringLiteral("Auth2Set"), WfasSetKind::Phase2Auth, QStringLiteral("Phase2AuthSet")},
          std::tuple{QStringLiteral("Crypto2Set"), WfasSetKind::Phase2Crypto,
                     QStringLiteral("QuickModeCryptoSet")}}) {
        if (!rule.has(token))
            continue;
        const auto reference = setReference(kind, rule.value(token));
        if (reference && !reference->isEmpty())
            call.param(parameter, *reference);
    }
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
    finishCall(call);
    if (commit())
        m_rulesWritten[rule.kind] += 1;
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
    Call call{QStringLiteral("New-NetIPsecMainModeRule"), {}};
    call.param(QStringLiteral("Name"), quote(rule.id, QStringLiteral("rule ID")));
    commonText(call, rule.displayName(), rule.value(QStringLiteral("Desc")),
               rule.value(QStringLiteral("EmbedCtxt")));
    call.param(QStringLiteral("Enabled"), rule.isActive() ? QStringLiteral("True") : QStringLiteral("False"));
    if (rule.has(QStringLiteral("Profile")))
        call.param(QStringLiteral("Profile"),
                   words(rule.values(QStringLiteral("Profile")), profileWords(), QStringLiteral("Profile"))
                       .join(QStringLiteral(", ")));
    const QStringList local = addresses(rule, {QStringLiteral("EP1_4"), QStringLiteral("EP1_6")});
    const QStringList remote = addresses(rule, {QStringLiteral("EP2_4"), QStringLiteral("EP2_6")});
    if (!local.isEmpty())
        call.param(QStringLiteral("LocalAddress"), quotedList(local, QStringLiteral("address")));
    if (!remote.isEmpty())
        call.param(QStringLiteral("RemoteAddress"), quotedList(remote, QStringLiteral("address")));
    for (const auto &[token, kind, parameter] :
         {std::tuple{QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth, QStringLiteral("Phase1AuthSet")},
          std::tuple{QStringLiteral("Crypto1Set"), WfasSetKind::Phase1Crypto,
                     QStringLiteral("MainModeCryptoSet")}}) {
        if (!rule.has(token))
            continue;
        const auto reference = setReference(kind, rule.value(token));
        if (reference && !reference->isEmpty())
            call.param(parameter, *reference);
    }
    finishCall(call);
    if (commit())
        m_rulesWritten[rule.kind] += 1;
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
    Call call{QStringLiteral("New-NetFirewallRule"), {}};
    call.param(QStringLiteral("Name"), quote(rule.id, QStringLiteral("rule ID")));
    commonText(call, rule.displayName(), rule.value(QStringLiteral("Desc")),
               rule.value(QStringLiteral("EmbedCtxt")));
    call.param(QStringLiteral("Enabled"), rule.isActive() ? QStringLiteral("True") : QStringLiteral("False"));
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
    if (rule.has(QStringLiteral("Profile")))
        call.param(QStringLiteral("Profile"),
                   words(rule.values(QStringLiteral("Profile")), profileWords(), QStringLiteral("Profile"))
                       .join(QStringLiteral(", ")));
    if (const auto p = rule.protocol())
        call.param(QStringLiteral("Protocol"), wfasProtocolName(*p));
    const QStringList localPorts = ports(rule, QStringLiteral("LPort"), QStringLiteral("LPort2_10"), nullptr);
    const QStringList remotePorts =
        ports(rule, QStringLiteral("RPort"), QStringLiteral("RPort2_10"), nullptr);
    if (!localPorts.isEmpty())
        call.param(QStringLiteral("LocalPort"), quotedList(localPorts, QStringLiteral("port")));
    if (!remotePorts.isEmpty())
        call.param(QStringLiteral("RemotePort"), quotedList(remotePorts, QStringLiteral("port")));
    const QStringList local = addresses(rule, {QStringLiteral("LA4"), QStringLiteral("LA6")});
    const QStringList remote = addresses(rule, {QStringLiteral("RA4"), QStringLiteral("RA6")});
    if (!local.isEmpty())
        call.param(QStringLiteral("LocalAddress"), quotedList(local, QStringLiteral("address")));
    if (!remote.isEmpty())
        call.param(QStringLiteral("RemoteAddress"), quotedList(remote, QStringLiteral("address")));
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
    finishCall(call);
    if (commit())
        m_rulesWritten[rule.kind] += 1;
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

} // namespace

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
