#include "consecexport.h"

#include "formats/netsh/netshscript.h"
#include "formats/netsh/scriptquoting.h"
#include "gpofindings.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace ipsec::gpo {

namespace {

namespace sq = ipsec::scriptquoting;

using WordMap = QHash<QString, QString>;

// WFAS token values -> consec keywords (docs/formats/gpo.md, Scripts and the action token table).
const WordMap &profileWords()
{
    static const WordMap m{{QStringLiteral("domain"), QStringLiteral("domain")},
                           {QStringLiteral("private"), QStringLiteral("private")},
                           {QStringLiteral("public"), QStringLiteral("public")}};
    return m;
}
const WordMap &interfaceWords()
{
    static const WordMap m{{QStringLiteral("lan"), QStringLiteral("lan")},
                           {QStringLiteral("wireless"), QStringLiteral("wireless")},
                           {QStringLiteral("remoteaccess"), QStringLiteral("ras")}};
    return m;
}
const WordMap &encryptionWords()
{
    static const WordMap m{{QStringLiteral("des"), QStringLiteral("des")},
                           {QStringLiteral("3des"), QStringLiteral("3des")},
                           {QStringLiteral("aes-128"), QStringLiteral("aes128")},
                           {QStringLiteral("aes-192"), QStringLiteral("aes192")},
                           {QStringLiteral("aes-256"), QStringLiteral("aes256")},
                           {QStringLiteral("aes-gcm128"), QStringLiteral("aesgcm128")},
                           {QStringLiteral("aes-gcm192"), QStringLiteral("aesgcm192")},
                           {QStringLiteral("aes-gcm256"), QStringLiteral("aesgcm256")}};
    return m;
}
const WordMap &pfsWords()
{
    static const WordMap m{{QStringLiteral("disable"), QStringLiteral("none")},
                           {QStringLiteral("enabledhfromphase1"), QStringLiteral("mainmode")},
                           {QStringLiteral("rekeydh1"), QStringLiteral("dhgroup1")},
                           {QStringLiteral("rekeydh2"), QStringLiteral("dhgroup2")},
                           {QStringLiteral("rekeydh2048"), QStringLiteral("dhgroup14")},
                           {QStringLiteral("rekeydh24"), QStringLiteral("dhgroup24")},
                           {QStringLiteral("rekeyecdh256"), QStringLiteral("ecdhp256")},
                           {QStringLiteral("rekeyecdh384"), QStringLiteral("ecdhp384")}};
    return m;
}
// Q17: main mode keywords of `set global mainmode mmsecmethods=` (syntax not backed by a source text).
const WordMap &keyExchangeWords()
{
    static const WordMap m{{QStringLiteral("dh1"), QStringLiteral("dhgroup1")},
                           {QStringLiteral("dh2"), QStringLiteral("dhgroup2")},
                           {QStringLiteral("dh2048"), QStringLiteral("dhgroup14")},
                           {QStringLiteral("dh24"), QStringLiteral("dhgroup24")},
                           {QStringLiteral("ecdh-256"), QStringLiteral("ecdhp256")},
                           {QStringLiteral("ecdh-384"), QStringLiteral("ecdhp384")}};
    return m;
}
const WordMap &mainModeHashWords()
{
    static const WordMap m{{QStringLiteral("md5"), QStringLiteral("md5")},
                           {QStringLiteral("sha1"), QStringLiteral("sha1")},
                           {QStringLiteral("sha256"), QStringLiteral("sha256")},
                           {QStringLiteral("sha384"), QStringLiteral("sha384")}};
    return m;
}

// The option words netsh reads inside an auth1ca/auth2ca value; a CA name holding one would change the value.
const QStringList &caOptionWords()
{
    static const QStringList words{QStringLiteral("certmapping:"),      QStringLiteral("excludecaname:"),
                                   QStringLiteral("catype:"),           QStringLiteral("certhash:"),
                                   QStringLiteral("followrenewal"),     QStringLiteral("certeku:"),
                                   QStringLiteral("certname:"),         QStringLiteral("certnametype:"),
                                   QStringLiteral("certcriteriatype:"), QStringLiteral("healthcert:")};
    return words;
}

using Entry = netsh::ScriptEntry;

class ConsecWriter : private WfasScriptObjectWriter {
public:
    ConsecWriter(const WfasPolicy &policy, const ConsecExportOptions &options)
        : WfasScriptObjectWriter(options.skipUnsupported), m_policy(policy), m_options(options)
    {}

    WfasScriptOutput run();

private:
    QString quote(const QString &value, const QString &what, bool allowEmpty = true, bool secret = false);
    QString caValue(const WfasValues &suite, const QString &what);
    QStringList words(const QStringList &values, const WordMap &map, const QString &token);
    QString endpoint(const WfasRule &rule, const QString &v4, const QString &v6);
    QStringList ports(const WfasRule &rule, const QString &single, const QString &range);
    const WfasSet *resolve(WfasSetKind kind, const QString &id, bool *isBuiltInDefault);
    void authTags(QStringList &tags, const WfasSet &set, bool phase1);
    void cryptoTags(QStringList &tags, const WfasSet &set);
    void writeMainMode(const WfasSet &set);
    void writeRule(const WfasRule &rule);
    void comment(const QString &text) { m_entries.push_back({Entry::Kind::Comment, text, {}}); }
    void blank() { m_entries.push_back({}); }
    QStringList header() const;
    QString render();

    const WfasPolicy &m_policy;
    const ConsecExportOptions &m_options;
    std::vector<Entry> m_entries;
    QSet<QString> m_names; // case-folded rule names already written (netsh finds rules by name)
    int m_rulesWritten = 0;
    int m_groupsDropped = 0;
    bool m_writesPresharedKey = false;
    bool m_mainModeWritten = false;
    bool m_cmdFailed = false;
};

QString ConsecWriter::quote(const QString &value, const QString &what, bool allowEmpty, bool secret)
{
    const sq::Quoted q = sq::netshValue(value, allowEmpty);
    if (q)
        return q.text;
    const QString at =
        secret || q.position < 0 ? QString() : QStringLiteral(" at character %1").arg(q.position + 1);
    cannot(code::ScriptUnquotable, QStringLiteral("the %1 %2%3").arg(what, sq::explain(q.refusal), at));
    return QStringLiteral("\"\"");
}

// `"<CA name> certmapping:yes|no excludecaname:yes|no catype:root|intermediate"` (docs/formats/gpo.md,
// Scripts).
QString ConsecWriter::caValue(const WfasValues &suite, const QString &what)
{
    const QString ca = suite.value(QStringLiteral("CAName"));
    if (ca.contains(QStringLiteral("\\'")))
        cannot(code::ScriptUnquotable,
               QStringLiteral("the %1 holds \\', netsh's escape for a double quote").arg(what));
    for (const QString &word : caOptionWords())
        if (ca.contains(word, Qt::CaseInsensitive))
            cannot(code::ScriptUnquotable,
                   QStringLiteral("the %1 holds '%2', which netsh reads as an option of the value")
                       .arg(what, word));
    if (ca.trimmed().isEmpty())
        cannot(code::ScriptNotExpressible, QStringLiteral("the %1 is empty").arg(what));
    if (!ca.trimmed().startsWith(QStringLiteral("CN="), Qt::CaseInsensitive))
        m_problems.note(code::ScriptUnconfirmedSyntax, Severity::Warning, m_path,
                        QStringLiteral("netsh's help says a CA name must start with CN=; this one does not"),
                        QStringLiteral("check the rule on a Windows host"));
    const auto yesNo = [&suite](const QString &value) {
        return wfasBool(suite.value(value)).value_or(false) ? QStringLiteral("yes") : QStringLiteral("no");
    };
    return quote(QStringLiteral("%1 certmapping:%2 excludecaname:%3 catype:%4")
                     .arg(ca, yesNo(QStringLiteral("CertAccountMapping")),
                          yesNo(QStringLiteral("ExcludeCAName")),
                          wfasBool(suite.value(QStringLiteral("IntermediateCA"))).value_or(false)
                              ? QStringLiteral("intermediate")
                              : QStringLiteral("root")),
                 what);
}

QStringList ConsecWriter::words(const QStringList &values, const WordMap &map, const QString &token)
{
    QStringList out;
    for (const QString &v : values) {
        const auto it = map.constFind(v.toLower());
        if (it == map.cend())
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("%1=%2 has no consec value").arg(token, v.left(80)));
        else if (!out.contains(*it))
            out << *it;
    }
    return out;
}

QString ConsecWriter::endpoint(const WfasRule &rule, const QString &v4, const QString &v6)
{
    QStringList out;
    for (const QString &token : {v4, v6})
        for (const QString &v : rule.values(token)) {
            const auto a = scriptAddress(v);
            if (!a)
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1=%2 is not an address consec takes").arg(token, v.left(80)));
            else if (!out.contains(a->toLower()))
                out << a->toLower();
        }
    return out.isEmpty() ? QStringLiteral("any") : out.join(u',');
}

QStringList ConsecWriter::ports(const WfasRule &rule, const QString &single, const QString &range)
{
    QStringList out;
    for (const QString &token : {single, range})
        for (const QString &v : rule.values(token)) {
            if (const auto p = scriptPort(v))
                out << *p;
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1=%2 is not a port number or range").arg(token, v.left(80)));
        }
    return out;
}

// The set a rule's reference means; nullptr for the built-in default (then *isBuiltInDefault) or a problem.
const WfasSet *ConsecWriter::resolve(WfasSetKind kind, const QString &id, bool *isBuiltInDefault)
{
    *isBuiltInDefault = false;
    if (const WfasSet *set = m_policy.resolveSet(kind, id))
        return set;
    if (isDefaultSetId(id)) {
        *isBuiltInDefault = true;
        return nullptr;
    }
    cannot(code::ScriptNotExpressible, QStringLiteral("it names the %1 %2, which the policy does not hold")
                                           .arg(describeSetKind(kind), id.left(80)));
    return nullptr;
}

void ConsecWriter::authTags(QStringList &tags, const WfasSet &set, bool phase1)
{
    const QString prefix = phase1 ? QStringLiteral("auth1") : QStringLiteral("auth2");
    static const QSet<QString> known{QStringLiteral("Method"),        QStringLiteral("CAName"),
                                     QStringLiteral("SHKey"),         QStringLiteral("CertAccountMapping"),
                                     QStringLiteral("ExcludeCAName"), QStringLiteral("IntermediateCA"),
                                     QStringLiteral("SkipVersion")};
    QStringList methods;
    QString ca;
    QString psk;
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        for (const WfasValue &v : suite.values)
            if (!known.contains(v.name) &&
                !(v.name.compare(QStringLiteral("HealthCert"), Qt::CaseInsensitive) == 0 &&
                  !wfasBool(v.value).value_or(true)))
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1 proposal %2: the value %3 has no consec form")
                           .arg(describeSetKind(set.kind))
                           .arg(i + 1)
                           .arg(v.name.left(80)));
        const QString method = suite.value(QStringLiteral("Method")).toLower();
        QString word;
        bool certificate = false;
        if (method == u"anonymous")
            word = QStringLiteral("anonymous");
        else if (phase1 && method == u"machinekerb")
            word = QStringLiteral("computerkerb");
        else if (phase1 && method == u"machinentlm")
            word = QStringLiteral("computerntlm");
        else if (phase1 && method == u"machineshkey") {
            word = QStringLiteral("computerpsk");
            psk = quote(suite.value(QStringLiteral("SHKey")), QStringLiteral("preshared key"), false, true);
            m_writesPresharedKey = true;
        } else if (method == u"machinecert") {
            word = QStringLiteral("computercert");
            certificate = true;
        } else if (!phase1 && method == u"usercert") {
            word = QStringLiteral("usercert");
            certificate = true;
        } else if (!phase1 && method == u"userkerb")
            word = QStringLiteral("userkerb");
        else if (!phase1 && method == u"userntlm")
            word = QStringLiteral("userntlm");
        else
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("the method '%1' has no %2 value")
                       .arg(suite.value(QStringLiteral("Method")).left(40), prefix));
        if (certificate) {
            if (!ca.isEmpty())
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1ca= carries one certificate authority; the set has several")
                           .arg(prefix));
            else
                ca = caValue(suite, QStringLiteral("certificate authority name"));
        }
        if (!word.isEmpty() && !methods.contains(word))
            methods << word;
    }
    // The consec help (docs/formats/gpo.md, Scripts): computerpsk cannot be combined with computerntlm.
    if (methods.contains(QStringLiteral("computerpsk")) && methods.contains(QStringLiteral("computerntlm")))
        cannot(code::ScriptNotExpressible,
               QStringLiteral("consec cannot combine computerpsk with computerntlm"));
    if (methods.isEmpty())
        return;
    tags << prefix + u'=' + methods.join(u',');
    if (!psk.isEmpty())
        tags << prefix + QStringLiteral("psk=") + psk;
    if (!ca.isEmpty())
        tags << prefix + QStringLiteral("ca=") + ca;
}

void ConsecWriter::cryptoTags(QStringList &tags, const WfasSet &set)
{
    static const QSet<QString> known{QStringLiteral("Protocol"),      QStringLiteral("Encryption"),
                                     QStringLiteral("2_1Encryption"), QStringLiteral("AhHash"),
                                     QStringLiteral("2_1AhHash"),     QStringLiteral("EspHash"),
                                     QStringLiteral("2_1EspHash"),    QStringLiteral("TimeOutMinutes"),
                                     QStringLiteral("TimeOutKbytes"), QStringLiteral("SkipVersion")};
    QStringList methods;
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        const auto problem = [&](const QString &what) {
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("quick mode proposal %1: %2").arg(i + 1).arg(what));
        };
        for (const WfasValue &v : suite.values)
            if (!known.contains(v.name))
                problem(QStringLiteral("the value %1 has no qmsecmethods form").arg(v.name.left(80)));
        const QString protocol = suite.value(QStringLiteral("Protocol")).toUpper();
        const QString encryption = suite.has(QStringLiteral("2_1Encryption"))
                                       ? suite.value(QStringLiteral("2_1Encryption"))
                                       : suite.value(QStringLiteral("Encryption"));
        const bool gcm = encryption.startsWith(QStringLiteral("AES-GCM"), Qt::CaseInsensitive);
        QString method;
        if (protocol == u"AH") {
            const QString value = suite.has(QStringLiteral("2_1AhHash"))
                                      ? suite.value(QStringLiteral("2_1AhHash"))
                                      : suite.value(QStringLiteral("AhHash"));
            const auto hash = quickModeHashWord(value, false);
            if (!hash)
                problem(QStringLiteral("AH integrity '%1' has no consec keyword").arg(value.left(40)));
            else
                method = QStringLiteral("ah:") + *hash;
        } else if (protocol == u"ESP") {
            const QString value = suite.has(QStringLiteral("2_1EspHash"))
                                      ? suite.value(QStringLiteral("2_1EspHash"))
                                      : suite.value(QStringLiteral("EspHash"));
            const auto hash = quickModeHashWord(value, gcm);
            const auto cipher = encryptionWords().constFind(encryption.toLower());
            // The grammar has no "none" for ESP integrity or encryption.
            if (!hash || cipher == encryptionWords().cend())
                problem(QStringLiteral("ESP '%1'/'%2' has no consec keyword (consec needs both integrity and "
                                       "encryption)")
                            .arg(value.left(40), encryption.left(40)));
            else
                method = QStringLiteral("esp:%1-%2").arg(*hash, *cipher);
        } else {
            problem(
                QStringLiteral("the protocol '%1' has no qmsecmethods form (AH+ESP is not in the grammar)")
                    .arg(suite.value(QStringLiteral("Protocol")).left(40)));
        }
        for (const auto &[value, unit] : {std::pair{QStringLiteral("TimeOutMinutes"), QStringLiteral("min")},
                                          std::pair{QStringLiteral("TimeOutKbytes"), QStringLiteral("kb")}}) {
            if (!suite.has(value))
                continue;
            if (const auto n = scriptNumber(suite.value(value)))
                method += u'+' + *n + unit;
            else
                problem(QStringLiteral("%1 is not a number").arg(value));
        }
        if (!method.isEmpty())
            methods << method;
    }
    if (methods.isEmpty())
        return;
    const QString pfs = set.properties.has(QStringLiteral("2_16PFS"))
                            ? set.properties.value(QStringLiteral("2_16PFS"))
                            : set.properties.value(QStringLiteral("PFS"));
    if (!pfs.isEmpty()) {
        if (const auto it = pfsWords().constFind(pfs.toLower()); it != pfsWords().cend())
            tags << QStringLiteral("qmpfs=") + *it;
        else
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("PFS '%1' has no qmpfs value").arg(pfs.left(40)));
    }
    tags << QStringLiteral("qmsecmethods=") + methods.join(u',');
}

// Q17: `set global mainmode mmsecmethods=dhgroup2:aes128-sha1,... mmkeylifetime=480min,0sess` (syntax
// inferred; docs/formats/gpo.md, Scripts).
void ConsecWriter::writeMainMode(const WfasSet &set)
{
    begin(wfasObjectPath(set));
    QStringList methods;
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        const WfasValues &suite = set.suites[i];
        const auto word = [&](const QString &value, const WordMap &map) -> QString {
            const auto it = map.constFind(value.toLower());
            if (it != map.cend())
                return *it;
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("main mode proposal %1: '%2' has no mmsecmethods keyword")
                       .arg(i + 1)
                       .arg(value.left(40)));
            return {};
        };
        const QString dh =
            word(suite.has(QStringLiteral("2_16KeyExchange")) ? suite.value(QStringLiteral("2_16KeyExchange"))
                                                              : suite.value(QStringLiteral("KeyExchange")),
                 keyExchangeWords());
        const QString cipher = word(suite.value(QStringLiteral("Encryption")), encryptionWords());
        const QString hash =
            word(suite.has(QStringLiteral("2_1Hash")) ? suite.value(QStringLiteral("2_1Hash"))
                                                      : suite.value(QStringLiteral("Hash")),
                 mainModeHashWords());
        methods << QStringLiteral("%1:%2-%3").arg(dh, cipher, hash);
    }
    QString line = QStringLiteral("set global mainmode mmsecmethods=") + methods.join(u',');
    const auto minutes = scriptNumber(set.properties.has(QStringLiteral("TimeOutMinutes"))
                                          ? set.properties.value(QStringLiteral("TimeOutMinutes"))
                                          : QStringLiteral("480"));
    const auto sessions = scriptNumber(set.properties.has(QStringLiteral("TimeOutSessions"))
                                           ? set.properties.value(QStringLiteral("TimeOutSessions"))
                                           : QStringLiteral("0"));
    if (!minutes || !sessions)
        cannot(code::ScriptNotExpressible, QStringLiteral("the main mode lifetime is not a number"));
    else
        line += QStringLiteral(" mmkeylifetime=%1min,%2sess").arg(*minutes, *sessions);
    if (wfasBool(set.properties.value(QStringLiteral("DoNotSkipDH"))).value_or(false))
        m_problems.note(
            code::ScriptDetailDropped, Severity::Warning, m_path,
            QStringLiteral("DoNotSkipDH (always do Diffie-Hellman) has no consec form; left out"));
    if (const std::optional<QString> skipped = refusal()) {
        comment(*skipped);
        return;
    }
    blank();
    comment(QStringLiteral("Main mode: the policy's settings as the store's global main mode (syntax not "
                           "confirmed, Q17)."));
    m_entries.push_back({Entry::Kind::Command, line, QStringLiteral("set global mainmode")});
    m_mainModeWritten = true;
    m_problems.note(
        code::ScriptUnconfirmedSyntax, Severity::Warning, m_path,
        QStringLiteral("written as netsh advfirewall set global mainmode, whose syntax no source text "
                       "confirms (Q17)"),
        QStringLiteral("check it with netsh advfirewall set global /? on a Windows host"));
}

void ConsecWriter::writeRule(const WfasRule &rule)
{
    begin(wfasObjectPath(rule));
    static const QSet<QString> known{QStringLiteral("Action"),       QStringLiteral("Profile"),
                                     QStringLiteral("Protocol"),     QStringLiteral("EP1Port"),
                                     QStringLiteral("EP2Port"),      QStringLiteral("EP1Port2_10"),
                                     QStringLiteral("EP2Port2_10"),  QStringLiteral("EP1_4"),
                                     QStringLiteral("EP2_4"),        QStringLiteral("EP1_6"),
                                     QStringLiteral("EP2_6"),        QStringLiteral("IFType"),
                                     QStringLiteral("Auth1Set"),     QStringLiteral("Auth2Set"),
                                     QStringLiteral("Crypto2Set"),   QStringLiteral("Name"),
                                     QStringLiteral("Desc"),         QStringLiteral("EmbedCtxt"),
                                     QStringLiteral("Active"),       QStringLiteral("SecureInClearOut"),
                                     QStringLiteral("ByPassTunnel"), QStringLiteral("Authz"),
                                     QStringLiteral("LTunnel4"),     QStringLiteral("LTunnel6"),
                                     QStringLiteral("RTunnel4"),     QStringLiteral("RTunnel6")};
    for (const RuleToken &t : rule.tokens)
        if (!known.contains(t.name))
            cannot(code::ScriptNotExpressible,
                   QStringLiteral("the token %1 has no consec parameter").arg(t.name.left(80)));
    // The consec help (docs/formats/gpo.md, Scripts): rule names must be unique and cannot be "all".
    const QString name = rule.displayName();
    if (name.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        cannot(code::ScriptNotExpressible, QStringLiteral("consec rules cannot be named \"all\""));
    if (m_names.contains(name.toCaseFolded()))
        cannot(code::ScriptNotExpressible,
               QStringLiteral("another rule has the same name, and netsh finds consec rules by name"));
    QStringList tags;
    tags << QStringLiteral("name=") + quote(name, QStringLiteral("name"), false);
    tags << QStringLiteral("endpoint1=") + endpoint(rule, QStringLiteral("EP1_4"), QStringLiteral("EP1_6"));
    tags << QStringLiteral("endpoint2=") + endpoint(rule, QStringLiteral("EP2_4"), QStringLiteral("EP2_6"));
    const QString action = rule.value(QStringLiteral("Action"));
    const bool clearOut = wfasBool(rule.value(QStringLiteral("SecureInClearOut"))).value_or(false);
    if (action == u"SecureServer")
        tags << QStringLiteral("action=requireinrequestout");
    else if (action == u"Boundary")
        tags << QStringLiteral("action=requestinrequestout");
    else if (action == u"Secure")
        tags << (clearOut ? QStringLiteral("action=requireinclearout")
                          : QStringLiteral("action=requireinrequireout"));
    else if (action == u"DoNotSecure")
        tags << QStringLiteral("action=noauthentication");
    else
        cannot(code::ScriptNotExpressible,
               QStringLiteral("the action '%1' has no consec form").arg(action.left(40)));
    if (rule.has(QStringLiteral("Desc")))
        tags << QStringLiteral("description=") +
                    quote(rule.value(QStringLiteral("Desc")), QStringLiteral("description"));
    QStringList localTunnel, remoteTunnel;
    for (const auto &[token, list] : {std::pair{QStringLiteral("LTunnel4"), &localTunnel},
                                      std::pair{QStringLiteral("LTunnel6"), &localTunnel},
                                      std::pair{QStringLiteral("RTunnel4"), &remoteTunnel},
                                      std::pair{QStringLiteral("RTunnel6"), &remoteTunnel}})
        for (const QString &v : rule.values(token)) {
            if (const auto a = scriptAddress(v))
                *list << a->toLower();
            else
                cannot(code::ScriptNotExpressible,
                       QStringLiteral("%1=%2 is not an address").arg(token, v.left(80)));
        }
    const bool tunnel = !localTunnel.isEmpty() || !remoteTunnel.isEmpty();
    tags << (tunnel ? QStringLiteral("mode=tunnel") : QStringLiteral("mode=transport"));
    tags << (rule.isActive() ? QStringLiteral("enable=yes") : QStringLiteral("enable=no"));
    tags << QStringLiteral("profile=") + (rule.has(QStringLiteral("Profile"))
                                              ? words(rule.values(QStringLiteral("Profile")), profileWords(),
                                                      QStringLiteral("Profile"))
                                                    .join(u',')
                                              : QStringLiteral("any"));
    if (!localTunnel.isEmpty())
        tags << QStringLiteral("localtunnelendpoint=") + localTunnel.join(u',');
    if (!remoteTunnel.isEmpty())
        tags << QStringLiteral("remotetunnelendpoint=") + remoteTunnel.join(u',');
    const QStringList port1 = ports(rule, QStringLiteral("EP1Port"), QStringLiteral("EP1Port2_10"));
    const QStringList port2 = ports(rule, QStringLiteral("EP2Port"), QStringLiteral("EP2Port2_10"));
    if (!port1.isEmpty())
        tags << QStringLiteral("port1=") + port1.join(u',');
    if (!port2.isEmpty())
        tags << QStringLiteral("port2=") + port2.join(u',');
    if (const auto p = rule.protocol()) {
        const QString word = *p == 6    ? QStringLiteral("tcp")
                             : *p == 17 ? QStringLiteral("udp")
                             : *p == 1  ? QStringLiteral("icmpv4")
                             : *p == 58 ? QStringLiteral("icmpv6")
                                        : QString::number(*p);
        tags << QStringLiteral("protocol=") + word;
    }
    if (rule.has(QStringLiteral("IFType"))) {
        const QStringList types =
            words(rule.values(QStringLiteral("IFType")), interfaceWords(), QStringLiteral("IFType"));
        if (types.size() > 1)
            m_problems.note(
                code::ScriptUnconfirmedSyntax, Severity::Warning, m_path,
                QStringLiteral("interfacetype=%1: the help shows one interface type; a list is not "
                               "confirmed (Q17)")
                    .arg(types.join(u',')),
                QStringLiteral("check the rule's interface types on a Windows host"));
        tags << QStringLiteral("interfacetype=") + types.join(u',');
    }
    if (action != u"DoNotSecure") {
        bool builtInDefault = false;
        if (rule.has(QStringLiteral("Auth1Set"))) {
            if (const WfasSet *set =
                    resolve(WfasSetKind::Phase1Auth, rule.value(QStringLiteral("Auth1Set")), &builtInDefault))
                authTags(tags, *set, true);
        }
        if (!rule.has(QStringLiteral("Auth1Set")) || builtInDefault)
            m_problems.note(
                code::ScriptUnconfirmedSyntax, Severity::Warning, m_path,
                QStringLiteral("the rule uses the default authentication set, so auth1= is left out; the "
                               "help asks for at least one method (Q17)"),
                QStringLiteral("give the rule authentication methods"));
        if (rule.has(QStringLiteral("Auth2Set")))
            if (const WfasSet *set =
                    resolve(WfasSetKind::Phase2Auth, rule.value(QStringLiteral("Auth2Set")), &builtInDefault))
                authTags(tags, *set, false);
        if (rule.has(QStringLiteral("Crypto2Set")))
            if (const WfasSet *set = resolve(WfasSetKind::Phase2Crypto,
                                             rule.value(QStringLiteral("Crypto2Set")), &builtInDefault))
                cryptoTags(tags, *set);
    }
    if (wfasBool(rule.value(QStringLiteral("ByPassTunnel"))).value_or(false))
        tags << QStringLiteral("exemptipsecprotectedconnections=yes");
    if (wfasBool(rule.value(QStringLiteral("Authz"))).value_or(false))
        tags << QStringLiteral("applyauthz=yes");

    if (const std::optional<QString> skipped = refusal()) {
        comment(*skipped);
        return;
    }
    if (!rule.value(QStringLiteral("EmbedCtxt")).isEmpty())
        ++m_groupsDropped;
    m_names.insert(name.toCaseFolded());
    m_entries.push_back({Entry::Kind::Command, QStringLiteral("consec add rule ") + tags.join(u' '),
                         QStringLiteral("consec add rule ") + tags.first().mid(5)});
    ++m_rulesWritten;
}

QStringList ConsecWriter::header() const
{
    QStringList lines;
    lines << QStringLiteral("netsh advfirewall consec script written by IPsec Policy Designer.");
    if (!m_options.policyName.isEmpty())
        lines << QStringLiteral(
                     "Translated from the legacy IPsec policy %1; the migration report lists what changed.")
                     .arg(sq::netshValue(m_options.policyName).ok()
                              ? sq::netshValue(m_options.policyName).text
                              : QStringLiteral("(name not shown)"));
    lines << QStringLiteral("It creates %1 connection security rule(s)%2.")
                 .arg(m_rulesWritten)
                 .arg(m_mainModeWritten ? QStringLiteral(" and sets the global main mode") : QString());
    if (m_options.target.isGpo())
        lines << QStringLiteral("Target: the GPO %1 (advfirewall set store).")
                     .arg(sq::netshValue(m_options.target.policyStore()).text);
    else
        lines << QStringLiteral("Target: the local computer's policy store.");
    lines << (m_options.form == netsh::ScriptForm::Cmd
                  ? QStringLiteral(
                        "Run it from an elevated command prompt; it stops at the first failing command.")
                  : QStringLiteral("Run it with: netsh -f <this file> (from an elevated command prompt)."));
    if (m_writesPresharedKey)
        lines << QStringLiteral(
            "It holds a preshared key in plain text: keep the file secret and delete it after use.");
    return lines;
}

QString ConsecWriter::render()
{
    const QString context = QStringLiteral("advfirewall ");
    if (m_options.form != netsh::ScriptForm::Cmd &&
        netsh::shapeOf(m_entries, m_options.form, context).nonAscii)
        m_problems.note(
            code::ScriptUnconfirmedSyntax, Severity::Warning, QString(),
            QStringLiteral("the script holds non-ASCII text; netsh -f reads it in the console code page "
                           "(Q14)"),
            QStringLiteral("run chcp 65001 before netsh -f, or use the cmd form"));
    return netsh::renderScriptText(m_entries, header(), m_options.form, context, [this](sq::Refusal refusal) {
        m_problems.note(code::ScriptUnquotable, Severity::Error, QString(),
                        QStringLiteral("a command could not be made safe for "
                                       "cmd.exe: %1")
                            .arg(sq::explain(refusal)));
        m_cmdFailed = true;
    });
}

WfasScriptOutput ConsecWriter::run()
{
    if (m_options.target.isGpo()) {
        begin(QStringLiteral("GPO"));
        if (m_options.form == netsh::ScriptForm::Cmd)
            cannot(
                code::ScriptBadOption,
                QStringLiteral("a GPO target needs --form netsh-f: advfirewall set store lasts for one netsh "
                               "session, and each line of a .cmd file starts its own"));
        if (m_options.target.domain.isEmpty())
            cannot(code::ScriptBadOption, QStringLiteral("a GPO needs its domain (--domain)"));
        const QString store = quote(m_options.target.policyStore(), QStringLiteral("GPO name"), false);
        if (m_problemCode) {
            m_problems.note(m_problemCode, Severity::Error, m_path, m_problem);
            return {false, {}, {}, m_problems.findings()};
        }
        comment(QStringLiteral("Write into the GPO (syntax inferred, Q17)."));
        m_entries.push_back(
            {Entry::Kind::Command, QStringLiteral("set store gpo=") + store, QStringLiteral("set store")});
        m_problems.note(
            code::ScriptUnconfirmedSyntax, Severity::Warning, QStringLiteral("GPO"),
            QStringLiteral("advfirewall set store gpo=\"domain\\name\" is in no public source we know; "
                           "its syntax is inferred (Q17)"),
            QStringLiteral("check it with netsh advfirewall set store /? on a Windows host"));
    }
    // The customised default main mode set; other phase 1 crypto sets belong to main mode rules.
    for (const WfasSet *set : m_policy.setsOfKind(WfasSetKind::Phase1Crypto)) {
        bool isDefault = false;
        for (const WfasDefaultSetAlias &alias : m_policy.defaultSetAliases)
            isDefault = isDefault || (alias.kind == WfasSetKind::Phase1Crypto &&
                                      alias.customId.compare(set->id, Qt::CaseInsensitive) == 0);
        if (isDefault && m_options.mainMode)
            writeMainMode(*set);
        else if (!isDefault)
            m_problems.note(
                code::ScriptOutOfScope, Severity::Warning, wfasObjectPath(*set),
                QStringLiteral("a main mode crypto set of main mode rules is outside what consec writes"),
                QStringLiteral("use the PowerShell script or the GPO backup"));
    }
    if (!m_policy.connectionSecurityRules.isEmpty()) {
        blank();
        comment(QStringLiteral("Connection security rules."));
        for (const WfasRule &rule : m_policy.connectionSecurityRules)
            writeRule(rule);
    }
    for (const WfasRule &rule : m_policy.mainModeRules)
        m_problems.note(code::ScriptOutOfScope, Severity::Warning, wfasObjectPath(rule),
                        QStringLiteral("main mode rules are outside what consec writes; not in the script"),
                        QStringLiteral("use the PowerShell script or the GPO backup"));
    for (const WfasRule &rule : m_policy.firewallRules)
        m_problems.note(
            code::ScriptOutOfScope, Severity::Warning, wfasObjectPath(rule),
            QStringLiteral("firewall rules are outside what consec writes; not in the script, so the "
                           "firewall may still block the port"),
            QStringLiteral("use the PowerShell script or the GPO backup, or add the rule by hand"));
    if (m_groupsDropped > 0)
        m_problems.note(code::ScriptDetailDropped, Severity::Info, QString(),
                        QStringLiteral("consec has no rule group: the group of %1 rule(s) is left out")
                            .arg(m_groupsDropped));
    if (m_writesPresharedKey)
        m_problems.note(
            code::ScriptSecretInScript, Severity::Warning, QString(),
            QStringLiteral("the script holds a preshared key in plain text"),
            QStringLiteral("keep the file secret and delete it after use; prefer Kerberos or certificates"));
    m_problems.finish();
    WfasScriptOutput output;
    output.text = render();
    output.bytes = output.text.toUtf8();
    output.ok = !m_problems.failed() && !m_cmdFailed;
    output.findings = m_problems.findings();
    return output;
}

} // namespace

WfasScriptOutput writeConsecScript(const WfasPolicy &policy, const ConsecExportOptions &options)
{
    return ConsecWriter(policy, options).run();
}

WfasScriptOutput writeConsecScript(const StoreData &store, const WfasTranslationOptions &translation,
                                   ConsecExportOptions options)
{
    const WfasTranslation t = translateToWfas(store, translation);
    if (!t.ok)
        return {false, {}, {}, t.report};
    if (options.policyName.isEmpty())
        options.policyName = t.policyName;
    WfasScriptOutput out = writeConsecScript(t.policy, options);
    out.findings = t.report + out.findings;
    return out;
}

} // namespace ipsec::gpo
