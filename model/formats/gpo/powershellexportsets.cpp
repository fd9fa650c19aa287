// The PowerShell script writer's authentication and crypto sets: each set as one New-NetIPsec*Set call
// with its proposals (powershellwriter.h).
#include "gpofindings.h"
#include "powershellwriter.h"
#include "wfaspolicy.h"

namespace ipsec::gpo {

namespace {

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

} // namespace

void PowerShellWriter::authProposals(const WfasSet &set)
{
    const bool phase1 = set.kind == WfasSetKind::Phase1Auth;
    // Every value an authentication suite may hold but those New-NetIPsecAuthProposal has no parameter for.
    static const QSet<QString> known = [] {
        const QStringList all = wfasSuiteValueNames(WfasSetKind::Phase1Auth);
        QSet<QString> names(all.begin(), all.end());
        for (const char *unsupported : {"CertCriteria", "AllowProxy", "ProxyServer"})
            names.remove(QLatin1String(unsupported));
        return names;
    }();
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
            const auto b = wfasBool(suite.value(value));
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
            const auto intermediate = wfasBool(suite.value(QStringLiteral("IntermediateCA")));
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
            if (const auto h = quickModeHashWord(value, gcm && parameter == u"ESPHash"))
                call.param(parameter, h->toUpper()); // the same words, as the cmdlets spell them
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
            const auto b = wfasBool(set.properties.value(QStringLiteral("DoNotSkipDH")));
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

} // namespace ipsec::gpo
