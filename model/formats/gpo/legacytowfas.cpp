#include "legacytowfas.h"

#include "core/enumnames.h"
#include "gpofindings.h"
#include "wfasexportfindings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <cmath>

namespace ipsec::gpo {

namespace {

// Output IDs are derived from the legacy IDs and set contents, so the same store always gives the same
// registry.pol (reproducible exports).
const QUuid kIdNamespace = QUuid(QStringLiteral("{5d3c0d8e-6f0c-4c55-9a4a-1f2b0c7e3a10}"));

QString derivedId(const QString &seed)
{
    return QUuid::createUuidV5(kIdNamespace, seed).toString(QUuid::WithBraces).toUpper();
}

QString braced(const QUuid &id)
{
    return id.toString(QUuid::WithBraces).toUpper();
}

QString boolToken(bool b)
{
    return b ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

QString dhToken(DhGroup g)
{
    switch (g) {
    case DhGroup::Group1:
        return QStringLiteral("DH1");
    case DhGroup::Group2:
        return QStringLiteral("DH2");
    case DhGroup::Group14:
        return QStringLiteral("DH2048"); // there is no DH14 token (docs/formats/gpo.md)
    case DhGroup::Group19:
        return QStringLiteral("ECDH-256");
    case DhGroup::Group20:
        return QStringLiteral("ECDH-384");
    case DhGroup::Group24:
        return QStringLiteral("DH24");
    }
    return {};
}

std::optional<QString> cipherToken(Encryption e, bool *needs2_1)
{
    *needs2_1 = false;
    switch (e) {
    case Encryption::None:
        return QString();
    case Encryption::Des:
        return QStringLiteral("DES");
    case Encryption::TripleDes:
        return QStringLiteral("3DES");
    case Encryption::Aes128:
        return QStringLiteral("AES-128");
    case Encryption::Aes192:
        return QStringLiteral("AES-192");
    case Encryption::Aes256:
        return QStringLiteral("AES-256");
    case Encryption::AesGcm128:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM128");
    case Encryption::AesGcm192:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM192");
    case Encryption::AesGcm256:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM256");
    }
    return std::nullopt;
}

// Quick-mode integrity: MD5/SHA1 plain, SHA-256 and GMAC as 2_1 values; SHA-384 is not allowed for AH/ESP.
std::optional<QString> qmHashToken(Integrity i, bool *needs2_1)
{
    *needs2_1 = false;
    switch (i) {
    case Integrity::None:
        return QString();
    case Integrity::Md5:
        return QStringLiteral("MD5");
    case Integrity::Sha1:
        return QStringLiteral("SHA1");
    case Integrity::Sha256:
        *needs2_1 = true;
        return QStringLiteral("SHA256");
    case Integrity::AesGmac128:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM128");
    case Integrity::AesGmac192:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM192");
    case Integrity::AesGmac256:
        *needs2_1 = true;
        return QStringLiteral("AES-GCM256");
    case Integrity::Sha384:
        return std::nullopt;
    }
    return std::nullopt;
}

QString canonical(const WfasSet &set)
{
    QStringList parts{QString::number(int(set.kind))};
    for (const WfasValue &v : set.properties.values)
        if (v.name != QStringLiteral("Name"))
            parts << v.name + QLatin1Char('=') + v.value;
    for (const WfasValues &s : set.suites) {
        parts << QStringLiteral("--");
        for (const WfasValue &v : s.values)
            parts << v.name + QLatin1Char('=') + v.value;
    }
    return parts.join(QLatin1Char('|'));
}

class Translator {
public:
    Translator(const StoreData &store, const WfasTranslationOptions &options)
        : m_store(store), m_options(options)
    {}

    WfasTranslation run()
    {
        const Policy *policy = choosePolicy();
        if (!policy) {
            m_out.report << objectFinding(
                code::MigNoPolicy, Severity::Error, QString(),
                m_options.policy.isEmpty()
                    ? QStringLiteral("the store has no IPsec policy to translate")
                    : QStringLiteral("no policy named or numbered '%1'").arg(m_options.policy));
            return m_out;
        }
        m_policy = policy;
        m_out.policyName = policy->name;
        m_policyPath = QStringLiteral("Policy '%1'").arg(policy->name);
        generalNotes();
        translateMainMode();
        QList<const Rule *> tunnels;
        for (const Rule &rule : policy->rules) {
            if (rule.tunnel.isTunnel())
                tunnels << &rule;
            else
                translateRule(rule);
        }
        translateTunnels(tunnels);
        finishVersions();
        m_out.ok = !hasErrors(m_out.report) || !m_out.policy.connectionSecurityRules.isEmpty() ||
                   !m_out.policy.firewallRules.isEmpty();
        return m_out;
    }

private:
    const Policy *choosePolicy() const
    {
        if (!m_options.policy.isEmpty()) {
            const QUuid id = QUuid::fromString(m_options.policy);
            for (const Policy &p : m_store.policies)
                if ((!id.isNull() && p.id == id) || p.name == m_options.policy)
                    return &p;
            return nullptr;
        }
        if (const Policy *p = m_store.assignedPolicy())
            return p;
        return m_store.policies.empty() ? nullptr : &m_store.policies.front();
    }

    void note(const char *c, Severity s, const QString &path, const QString &message,
              const QString &hint = {}, ObjectKind kind = ObjectKind::Rule, const QUuid &id = {})
    {
        Finding f = objectFinding(c, s, path, message, hint);
        f.location.kind = kind;
        f.location.objectId = id;
        f.location.parentId = m_policy ? m_policy->id : QUuid();
        m_out.report << f;
    }

    void generalNotes()
    {
        note(code::MigMergeSemantics, Severity::Info, m_policyPath,
             QStringLiteral(
                 "WFAS merges the rules of every GPO that applies, where a legacy policy replaced the "
                 "others: overlapping GPOs now add up"),
             {}, ObjectKind::Policy, m_policy->id);
        note(code::MigPollingInterval, Severity::Info, m_policyPath,
             QStringLiteral(
                 "the polling interval (%1 min) has no WFAS equivalent; Group Policy refresh governs")
                 .arg(m_policy->pollingIntervalMinutes),
             {}, ObjectKind::Policy, m_policy->id);
        if (m_store.policies.size() > 1)
            note(code::MigOtherPolicies, Severity::Info, m_policyPath,
                 QStringLiteral("only this policy is translated; the store holds %1 other(s)")
                     .arg(m_store.policies.size() - 1),
                 {}, ObjectKind::Policy, m_policy->id);
        if (m_policy->defaultResponse.active)
            note(code::MigDefaultResponseDropped, Severity::Warning,
                 m_policyPath + QStringLiteral(" / default response rule"),
                 QStringLiteral(
                     "the default response rule is active but Windows Vista and later ignore it; it is "
                     "dropped"),
                 QStringLiteral("KB942964"), ObjectKind::DefaultResponseRule, m_policy->defaultResponse.id);
    }

    void translateMainMode()
    {
        if (!m_options.customiseMainMode || m_policy->ike.methods.isEmpty())
            return;
        const IkeSettings &ike = m_policy->ike;
        const QString where = m_policyPath + QStringLiteral(" / main mode");
        WfasSet set;
        set.kind = WfasSetKind::Phase1Crypto;
        set.properties.set(QStringLiteral("Version"), formatSchemaVersion(kSchema2_10));
        set.properties.set(QStringLiteral("Name"), QStringLiteral("Main mode of %1").arg(m_policy->name));
        std::uint32_t minutes = ike.lifetimeMinutes;
        if (minutes < kMainModeMinutesMin || minutes > kMainModeMinutesMax) {
            const std::uint32_t clamped = std::clamp(minutes, kMainModeMinutesMin, kMainModeMinutesMax);
            note(code::MigLifetimeClamped, Severity::Warning, where,
                 QStringLiteral("main mode lifetime %1 min is outside the WFAS range 1..2879; written as %2")
                     .arg(minutes)
                     .arg(clamped),
                 {}, ObjectKind::Policy, m_policy->id);
            minutes = clamped;
        }
        set.properties.set(QStringLiteral("TimeOutMinutes"), QString::number(minutes));
        set.properties.set(
            QStringLiteral("TimeOutSessions"),
            QString::number(ike.masterKeyPfs ? kMasterKeyPfsSessions : ike.quickModesPerMainMode));
        const DhGroup shared = ike.methods.first().dhGroup;
        for (const IkeMethod &m : ike.methods) {
            if (m.dhGroup != shared)
                note(code::MigMainModePerMethod, Severity::Warning, where,
                     QStringLiteral(
                         "method %1: WFAS uses one DH group for every main-mode suite; written with %2")
                         .arg(describe(m), displayName(shared)),
                     {}, ObjectKind::Policy, m_policy->id);
            bool gcm = false;
            const auto cipher = cipherToken(m.encryption, &gcm);
            if (!cipher || gcm || cipher->isEmpty() || m.integrity == Integrity::None ||
                m.integrity == Integrity::AesGmac128 || m.integrity == Integrity::AesGmac192 ||
                m.integrity == Integrity::AesGmac256) {
                note(code::MigAlgorithmNotCarried, Severity::Warning, where,
                     QStringLiteral("main mode method %1 cannot be written to a WFAS phase 1 suite; left out")
                         .arg(describe(m)),
                     {}, ObjectKind::Policy, m_policy->id);
                continue;
            }
            WfasValues suite;
            if (shared == DhGroup::Group24)
                suite.set(QStringLiteral("2_16KeyExchange"), dhToken(shared));
            else
                suite.set(QStringLiteral("KeyExchange"), dhToken(shared));
            suite.set(QStringLiteral("Encryption"), *cipher);
            const bool modernHash = m.integrity == Integrity::Sha256 || m.integrity == Integrity::Sha384;
            if (modernHash)
                suite.set(QStringLiteral("2_1Hash"), m.integrity == Integrity::Sha256
                                                         ? QStringLiteral("SHA256")
                                                         : QStringLiteral("SHA384"));
            else
                suite.set(QStringLiteral("Hash"),
                          m.integrity == Integrity::Md5 ? QStringLiteral("MD5") : QStringLiteral("SHA1"));
            if (modernHash)
                suite.set(QStringLiteral("SkipVersion"), QStringLiteral("2.0"));
            set.suites << suite;
        }
        if (set.suites.isEmpty())
            return;
        set.id = derivedId(canonical(set));
        m_out.policy.sets << set;
        m_out.policy.defaultSetAliases << WfasDefaultSetAlias{
            WfasSetKind::Phase1Crypto, defaultSetId(WfasSetKind::Phase1Crypto), set.id};
        note(code::MigMainModeUnverified, Severity::Info, where,
             QStringLiteral(
                 "main mode settings are written as the customised default main mode set; this encoding "
                 "has no real example yet (Q41)"),
             {}, ObjectKind::Policy, m_policy->id);
    }

    QString addSet(WfasSet set)
    {
        set.id = derivedId(canonical(set));
        if (!m_out.policy.findSet(set.kind, set.id))
            m_out.policy.sets << set;
        return set.id;
    }

    std::optional<QString> authSet(const Rule &rule, const QString &where)
    {
        if (rule.authMethods.isEmpty())
            return defaultSetId(WfasSetKind::Phase1Auth);
        WfasSet set;
        set.kind = WfasSetKind::Phase1Auth;
        set.properties.set(QStringLiteral("Version"), formatSchemaVersion(kSchema2_10));
        QStringList names;
        QSet<AuthKind> seen;
        for (const AuthMethod &m : rule.authMethods) {
            if ((m.kind == AuthKind::Kerberos || m.kind == AuthKind::PresharedKey) && seen.contains(m.kind)) {
                note(code::MigDuplicateAuthMethod, Severity::Warning, where,
                     QStringLiteral("a second %1 method is left out: WFAS allows one per set")
                         .arg(displayName(m.kind)),
                     {}, ObjectKind::Rule, rule.id);
                continue;
            }
            seen.insert(m.kind);
            WfasValues suite;
            switch (m.kind) {
            case AuthKind::Kerberos:
                suite.set(QStringLiteral("Method"), QStringLiteral("MachineKerb"));
                break;
            case AuthKind::Certificate:
                suite.set(QStringLiteral("Method"), QStringLiteral("MachineCert"));
                suite.set(QStringLiteral("CAName"), m.value);
                suite.set(QStringLiteral("CertAccountMapping"), boolToken(m.certificateToAccountMapping));
                suite.set(QStringLiteral("ExcludeCAName"), boolToken(m.excludeCaName));
                break;
            case AuthKind::PresharedKey:
                suite.set(QStringLiteral("Method"), QStringLiteral("MachineSHKey"));
                suite.set(QStringLiteral("SHKey"), m.value);
                note(code::MigPresharedKeyInSysvol, Severity::Warning, where,
                     QStringLiteral(
                         "the preshared key is written in plain text into the GPO's registry.pol, readable "
                         "by anyone who can read SYSVOL (legacy policy kept it in the directory)"),
                     QStringLiteral("prefer Kerberos or certificates"), ObjectKind::Rule, rule.id);
                break;
            }
            set.suites << suite;
            names << displayName(m.kind);
        }
        set.properties.set(QStringLiteral("Name"), names.join(QStringLiteral(", ")));
        return addSet(set);
    }

    std::optional<QString> cryptoSet(const FilterAction &fa, const QString &where, const QUuid &ruleId)
    {
        WfasSet set;
        set.kind = WfasSetKind::Phase2Crypto;
        set.properties.set(QStringLiteral("Version"), formatSchemaVersion(kSchema2_10));
        set.properties.set(QStringLiteral("PFS"),
                           fa.sessionKeyPfs ? kQuickModePfsToken : QStringLiteral("Disable"));
        QStringList names;
        for (const SecurityMethod &m : fa.securityMethods) {
            const QString method = describe(m);
            auto refuse = [&](const char *c, const QString &why) {
                note(c, Severity::Warning, where,
                     QStringLiteral("security method %1 is left out: %2").arg(method, why), {},
                     ObjectKind::FilterAction, fa.id);
            };
            WfasValues suite;
            bool twoOne = false;
            if (m.protocol == IpsecProtocol::AhAndEsp && m.ahIntegrity != m.espIntegrity) {
                refuse(code::MigAhEspHashMismatch,
                       QStringLiteral("WFAS needs the same integrity for AH and ESP"));
                continue;
            }
            suite.set(QStringLiteral("Protocol"), m.protocol == IpsecProtocol::Ah ? QStringLiteral("AH")
                                                  : m.protocol == IpsecProtocol::Esp
                                                      ? QStringLiteral("ESP")
                                                      : QStringLiteral("AH&ESP"));
            if (m.usesEsp()) {
                bool gcm = false;
                const auto cipher = cipherToken(m.espEncryption, &gcm);
                bool modern = false;
                const auto hash = qmHashToken(m.espIntegrity, &modern);
                if (!cipher || !hash) {
                    refuse(code::MigAlgorithmNotCarried, QStringLiteral("WFAS has no such ESP algorithm"));
                    continue;
                }
                if (cipher->isEmpty() && hash->isEmpty()) {
                    refuse(code::MigAlgorithmNotCarried,
                           QStringLiteral("ESP without encryption and integrity is invalid"));
                    continue;
                }
                if (!cipher->isEmpty())
                    suite.set(gcm ? QStringLiteral("2_1Encryption") : QStringLiteral("Encryption"), *cipher);
                if (!hash->isEmpty())
                    suite.set(modern ? QStringLiteral("2_1EspHash") : QStringLiteral("EspHash"), *hash);
                twoOne = twoOne || gcm || modern;
            }
            if (m.usesAh()) {
                bool modern = false;
                const auto hash = qmHashToken(m.ahIntegrity, &modern);
                if (!hash || hash->isEmpty()) {
                    refuse(code::MigAlgorithmNotCarried,
                           QStringLiteral("AH needs MD5, SHA1, SHA-256 or GMAC integrity"));
                    continue;
                }
                suite.set(modern ? QStringLiteral("2_1AhHash") : QStringLiteral("AhHash"), *hash);
                twoOne = twoOne || modern;
            }
            const std::uint32_t seconds = m.lifetimeSeconds ? m.lifetimeSeconds : kDefaultQuickModeSeconds;
            std::uint32_t minutes = std::uint32_t(std::lround(seconds / 60.0));
            std::uint32_t kilobytes = m.lifetimeKilobytes ? m.lifetimeKilobytes : kDefaultQuickModeKilobytes;
            const std::uint32_t clampedMinutes =
                std::clamp(minutes, kQuickModeMinutesMin, kQuickModeMinutesMax);
            const std::uint32_t clampedKb = std::max(kilobytes, kQuickModeKilobytesMin);
            if (clampedMinutes != minutes || clampedKb != kilobytes || seconds % 60 != 0)
                note(code::MigLifetimeClamped, Severity::Warning, where,
                     QStringLiteral(
                         "security method %1: lifetime %2 s / %3 KB becomes %4 min / %5 KB (WFAS counts "
                         "minutes, 5..2879, and at least 20480 KB)")
                         .arg(method)
                         .arg(seconds)
                         .arg(kilobytes)
                         .arg(clampedMinutes)
                         .arg(clampedKb),
                     {}, ObjectKind::FilterAction, fa.id);
            suite.set(QStringLiteral("TimeOutMinutes"), QString::number(clampedMinutes));
            suite.set(QStringLiteral("TimeOutKbytes"), QString::number(clampedKb));
            if (twoOne)
                suite.set(QStringLiteral("SkipVersion"), QStringLiteral("2.0"));
            set.suites << suite;
            names << method;
        }
        if (set.suites.isEmpty()) {
            note(code::MigNothingToNegotiate, Severity::Error, where,
                 QStringLiteral(
                     "filter action '%1' has no security method WFAS can carry; the rule is not translated")
                     .arg(fa.name),
                 {}, ObjectKind::Rule, ruleId);
            return std::nullopt;
        }
        set.properties.set(QStringLiteral("Name"), names.join(QStringLiteral(" or ")));
        return addSet(set);
    }

    // Connection security rule action from the stored inpass/soft flags (docs/formats/gpo.md, The
    // filter-action decision; Q63).
    QString negotiateAction(const FilterAction &fa, const QString &where, const QUuid &ruleId)
    {
        if (!fa.acceptUnsecured && !fa.allowFallback)
            return QStringLiteral("Secure");
        if (fa.acceptUnsecured && fa.allowFallback)
            return QStringLiteral("Boundary");
        if (!fa.acceptUnsecured && fa.allowFallback) {
            note(code::MigSoftWithoutInpass, Severity::Warning, where,
                 QStringLiteral(
                     "filter action '%1' (soft=yes, inpass=no) becomes \"require inbound, request "
                     "outbound\": legacy let a non-IPsec peer talk in the clear, WFAS still requires inbound "
                     "IPsec")
                     .arg(fa.name),
                 {}, ObjectKind::Rule, ruleId);
            return QStringLiteral("SecureServer");
        }
        const bool secure = m_options.inpassWithoutSoft == InpassWithoutSoft::Secure;
        note(code::MigInpassWithoutSoft, Severity::Warning, where,
             secure ? QStringLiteral(
                          "filter action '%1' (inpass=yes, soft=no) has no WFAS equivalent; written as "
                          "\"require inbound and outbound\": peers that reached this host in the clear are "
                          "refused")
                          .arg(fa.name)
                    : QStringLiteral(
                          "filter action '%1' (inpass=yes, soft=no) has no WFAS equivalent; written as "
                          "\"request inbound and outbound\": outbound traffic may fall back to clear")
                          .arg(fa.name),
             QStringLiteral("option: inpass-without-soft=boundary|secure"), ObjectKind::Rule, ruleId);
        return secure ? QStringLiteral("Secure") : QStringLiteral("Boundary");
    }

    // Adds an endpoint's address to a rule; false when it cannot be written (DNS name).
    bool addEndpoint(WfasRule &rule, const QString &prefix, const FilterAddress &a)
    {
        if (a.kind == AddressKind::Any || a.kind == AddressKind::Me)
            return true; // "My IP address" and "any" leave the endpoint empty (docs/formats/gpo.md; Q64)
        if (a.kind == AddressKind::DnsName)
            return false;
        const QString text = formatWfasAddress(a);
        if (a.isServerKeyword()) {
            rule.add(prefix + QStringLiteral("_4"), text);
            rule.add(prefix + QStringLiteral("_6"), text);
        } else {
            rule.add(prefix + (a.family() == IpAddress::Family::IPv6 ? QStringLiteral("_6")
                                                                     : QStringLiteral("_4")),
                     text);
        }
        return true;
    }

    void addPorts(WfasRule &rule, const QString &side, const PortRange &p)
    {
        if (p.isAny())
            return;
        if (p.isRange())
            rule.add(side + QStringLiteral("Port2_10"), QStringLiteral("%1-%2").arg(p.first).arg(p.last));
        else
            rule.add(side + QStringLiteral("Port"), QString::number(p.first));
    }

    void addConnectionType(WfasRule &rule, const Rule &legacy, const QString &where)
    {
        if (legacy.connectionType == ConnectionType::Lan) {
            rule.add(QStringLiteral("IFType"), QStringLiteral("Lan"));
            if (kLanIncludesWireless) {
                rule.add(QStringLiteral("IFType"), QStringLiteral("Wireless"));
                note(code::MigLanAndWireless, Severity::Info, where,
                     QStringLiteral(
                         "connection type LAN is written as LAN and wireless: legacy IPsec has no wireless "
                         "type (Q67)"),
                     {}, ObjectKind::Rule, legacy.id);
            }
        } else if (legacy.connectionType == ConnectionType::RemoteAccess) {
            rule.add(QStringLiteral("IFType"), QStringLiteral("RemoteAccess"));
        }
    }

    QString ruleName(const Rule &rule, const FilterList &list, qsizetype filterIndex) const
    {
        const QString base = rule.name.isEmpty() ? list.name : rule.name;
        return list.filters.size() > 1 ? QStringLiteral("%1 (filter %2)").arg(base).arg(filterIndex + 1)
                                       : base;
    }

    QString ruleId(const Rule &rule, const FilterList &list, const Filter &filter,
                   const QString &suffix = {}) const
    {
        // A one-filter rule keeps its own ID, so that a translation back and forth keeps IDs stable.
        if (list.filters.size() == 1 && suffix.isEmpty())
            return braced(rule.id);
        return derivedId(rule.id.toString() + filter.id.toString() + suffix);
    }

    void translateRule(const Rule &rule)
    {
        const QString where = m_policyPath + QStringLiteral(" / Rule '%1'").arg(rule.name);
        const FilterList *list = m_store.filterList(rule.filterList);
        const FilterAction *fa = m_store.filterAction(rule.filterAction);
        if (!list || !fa) {
            note(code::MigBrokenReference, Severity::Error, where,
                 QStringLiteral("the rule's filter list or filter action is missing; not translated"), {},
                 ObjectKind::Rule, rule.id);
            return;
        }
        std::optional<QString> auth, crypto;
        if (fa->action == ActionKind::Negotiate) {
            crypto = cryptoSet(*fa, where, rule.id);
            if (!crypto)
                return;
            auth = authSet(rule, where);
        }
        if (fa->action == ActionKind::Block)
            note(code::MigBlockAsFirewallRules, Severity::Info, where,
                 QStringLiteral(
                     "blocking filter action '%1' becomes firewall block rules (both directions for mirrored "
                     "filters)")
                     .arg(fa->name),
                 {}, ObjectKind::Rule, rule.id);
        if (fa->action == ActionKind::Permit)
            note(code::MigPermitAsExemption, Severity::Info, where,
                 QStringLiteral(
                     "permitting filter action '%1' becomes an authentication exemption; the firewall may "
                     "still need an allow rule for unsolicited inbound traffic (Q65)")
                     .arg(fa->name),
                 {}, ObjectKind::Rule, rule.id);
        for (qsizetype i = 0; i < qsizetype(list->filters.size()); ++i) {
            const Filter &filter = list->filters[std::size_t(i)];
            const QString filterWhere = where + QStringLiteral(" / filter %1").arg(i + 1);
            if (filter.source.kind == AddressKind::DnsName ||
                filter.destination.kind == AddressKind::DnsName) {
                note(code::MigDnsName, Severity::Warning, filterWhere,
                     QStringLiteral(
                         "a DNS name cannot be written: legacy resolved it when the filter was created; "
                         "this filter is not translated"),
                     QStringLiteral("replace the name with its addresses"), ObjectKind::Filter, filter.id);
                continue;
            }
            if (fa->action == ActionKind::Block) {
                addBlockRules(rule, *list, filter, i);
                continue;
            }
            if (!filter.mirrored)
                note(code::MigOneWayFilter, Severity::Warning, filterWhere,
                     QStringLiteral(
                         "a one-way filter becomes a connection security rule, which covers both directions"),
                     {}, ObjectKind::Filter, filter.id);
            WfasRule csr;
            csr.kind = WfasRuleKind::ConnectionSecurity;
            csr.id = ruleId(rule, *list, filter);
            csr.add(QStringLiteral("Action"), fa->action == ActionKind::Permit
                                                  ? QStringLiteral("DoNotSecure")
                                                  : negotiateAction(*fa, where, rule.id));
            // Token order as in the MS-GPFAS examples: Action|Protocol|Active|ports|endpoints|Name|...
            // (MS-GPFAS 4.3; docs/formats/gpo.md, Rule strings).
            if (filter.protocol != protocol::Any)
                csr.add(QStringLiteral("Protocol"), QString::number(filter.protocol));
            csr.add(QStringLiteral("Active"), boolToken(rule.active));
            addPorts(csr, QStringLiteral("EP1"), filter.sourcePort);
            addPorts(csr, QStringLiteral("EP2"), filter.destinationPort);
            addEndpoint(csr, QStringLiteral("EP1"), filter.source);
            addEndpoint(csr, QStringLiteral("EP2"), filter.destination);
            addConnectionType(csr, rule, where);
            csr.add(QStringLiteral("Name"), ruleName(rule, *list, i));
            const QString desc = rule.description.isEmpty() ? filter.description : rule.description;
            if (!desc.isEmpty())
                csr.add(QStringLiteral("Desc"), desc);
            if (auth)
                csr.add(QStringLiteral("Auth1Set"), *auth);
            if (crypto)
                csr.add(QStringLiteral("Crypto2Set"), *crypto);
            csr.add(QStringLiteral("EmbedCtxt"), m_policy->name); // Q68: the policy name is the rule group
            m_out.policy.connectionSecurityRules << csr;
            if (crypto)
                addAllowRule(rule, *list, filter, i, csr.value(QStringLiteral("Action")), *crypto, where);
        }
    }

    // A firewall rule's port token on one side ("L" or "R"): a single port, or a range (2.10).
    static void addFirewallPort(WfasRule &fw, const QString &side, const PortRange &port)
    {
        if (port.isAny())
            return;
        if (port.isRange())
            fw.add(side + QStringLiteral("Port2_10"), QStringLiteral("%1-%2").arg(port.first).arg(port.last));
        else
            fw.add(side + QStringLiteral("Port"), QString::number(port.first));
    }

    // A firewall rule's address token on one side ("LA" or "RA"); "me" and "any" leave the side empty.
    static void addFirewallAddress(WfasRule &fw, const QString &side, const FilterAddress &a)
    {
        if (a.kind == AddressKind::Any || a.kind == AddressKind::Me)
            return;
        const QString text = formatWfasAddress(a);
        if (a.isServerKeyword()) {
            fw.add(side + QStringLiteral("4"), text);
            fw.add(side + QStringLiteral("6"), text);
        } else {
            fw.add(side + (a.family() == IpAddress::Family::IPv6 ? QStringLiteral("6") : QStringLiteral("4")),
                   text);
        }
    }

    void addBlockRules(const Rule &rule, const FilterList &list, const Filter &filter, qsizetype index)
    {
        // The host-centric firewall rule needs a local side: the "me" side when there is one, else the
        // source.
        const bool destinationIsLocal = filter.destination.kind == AddressKind::Me;
        const FilterAddress &local = destinationIsLocal ? filter.destination : filter.source;
        const FilterAddress &remote = destinationIsLocal ? filter.source : filter.destination;
        const PortRange &localPort = destinationIsLocal ? filter.destinationPort : filter.sourcePort;
        const PortRange &remotePort = destinationIsLocal ? filter.sourcePort : filter.destinationPort;
        QStringList directions;
        if (filter.mirrored)
            directions << QStringLiteral("In") << QStringLiteral("Out");
        else
            directions << (destinationIsLocal ? QStringLiteral("In") : QStringLiteral("Out"));
        for (const QString &dir : directions) {
            WfasRule fw;
            fw.kind = WfasRuleKind::Firewall;
            fw.id = ruleId(rule, list, filter, dir);
            fw.add(QStringLiteral("Action"), QStringLiteral("Block"));
            fw.add(QStringLiteral("Active"), boolToken(rule.active));
            fw.add(QStringLiteral("Dir"), dir);
            if (filter.protocol != protocol::Any)
                fw.add(QStringLiteral("Protocol"), QString::number(filter.protocol));
            if (filter.protocol == protocol::Tcp || filter.protocol == protocol::Udp) {
                addFirewallPort(fw, QStringLiteral("L"), localPort);
                addFirewallPort(fw, QStringLiteral("R"), remotePort);
            }
            addFirewallAddress(fw, QStringLiteral("LA"), local);
            addFirewallAddress(fw, QStringLiteral("RA"), remote);
            fw.add(QStringLiteral("Name"), ruleName(rule, list, index) + QStringLiteral(" (block ") +
                                               dir.toLower() + QLatin1Char(')'));
            fw.add(QStringLiteral("EmbedCtxt"), m_policy->name);
            m_out.policy.firewallRules << fw;
        }
    }

    // docs/formats/gpo.md, The worked example: the inbound allow rule on the listening side of a secured
    // port. The listening side is the destination when the filter names a destination port, else the source
    // of a mirrored filter that names a source port; filters without a port get none
    // (kDefaultAllowRulesForSecuredPorts).
    void addAllowRule(const Rule &rule, const FilterList &list, const Filter &filter, qsizetype index,
                      const QString &action, const QString &cryptoSetId, const QString &where)
    {
        if (!m_options.allowRulesForSecuredPorts || action == QStringLiteral("DoNotSecure"))
            return;
        if (filter.protocol != protocol::Tcp && filter.protocol != protocol::Udp)
            return;
        const bool destinationListens = !filter.destinationPort.isAny();
        if (!destinationListens && (filter.sourcePort.isAny() || !filter.mirrored))
            return;
        const FilterAddress &local = destinationListens ? filter.destination : filter.source;
        const FilterAddress &remote = destinationListens ? filter.source : filter.destination;
        const PortRange &port = destinationListens ? filter.destinationPort : filter.sourcePort;
        // Require-inbound rules admit only what the connection security rule secured; Boundary only requests.
        QString security;
        if (action == QStringLiteral("Secure") || action == QStringLiteral("SecureServer")) {
            bool everyProposalEncrypts = true;
            if (const WfasSet *crypto = m_out.policy.findSet(WfasSetKind::Phase2Crypto, cryptoSetId))
                for (const WfasValues &suite : crypto->suites)
                    everyProposalEncrypts =
                        everyProposalEncrypts && (suite.has(QStringLiteral("Encryption")) ||
                                                  suite.has(QStringLiteral("2_1Encryption")));
            security = everyProposalEncrypts ? QStringLiteral("AuthenticateEncrypt")
                                             : QStringLiteral("Authenticate");
        }
        const QString protocolName =
            filter.protocol == protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
        WfasRule fw;
        fw.kind = WfasRuleKind::Firewall;
        fw.id = ruleId(rule, list, filter, QStringLiteral("allow-in"));
        // Token order of the worked example (docs/formats/gpo.md):
        // Action|Active|Dir|Protocol|LPort|LA4|RA4|Name|Security.
        fw.add(QStringLiteral("Action"), QStringLiteral("Allow"));
        fw.add(QStringLiteral("Active"), boolToken(rule.active));
        fw.add(QStringLiteral("Dir"), QStringLiteral("In"));
        fw.add(QStringLiteral("Protocol"), QString::number(filter.protocol));
        addFirewallPort(fw, QStringLiteral("L"), port);
        addFirewallAddress(fw, QStringLiteral("LA"), local);
        addFirewallAddress(fw, QStringLiteral("RA"), remote);
        fw.add(QStringLiteral("Name"),
               ruleName(rule, list, index) + (security.isEmpty()
                                                  ? QStringLiteral(" (%1-In)").arg(protocolName)
                                                  : QStringLiteral(" (%1-In, IPsec)").arg(protocolName)));
        if (!security.isEmpty())
            fw.add(QStringLiteral("Security"), security);
        fw.add(QStringLiteral("EmbedCtxt"), m_policy->name);
        m_out.policy.firewallRules << fw;
        const QString portText = port.isRange() ? QStringLiteral("%1-%2").arg(port.first).arg(port.last)
                                                : QString::number(port.first);
        note(
            code::MigAllowRuleAdded, Severity::Info, where + QStringLiteral(" / filter %1").arg(index + 1),
            security.isEmpty()
                ? QStringLiteral("%1 port %2 gets an inbound allow firewall rule on its listening side, for "
                                 "secured and clear connections (the rule only requests IPsec)")
                      .arg(protocolName, portText)
                : QStringLiteral(
                      "%1 port %2 gets an inbound allow firewall rule on its listening side that admits "
                      "only connections the connection security rule %3 (Security=%4)")
                      .arg(protocolName, portText,
                           security == QStringLiteral("AuthenticateEncrypt")
                               ? QStringLiteral("authenticated and encrypted")
                               : QStringLiteral("authenticated"),
                           security),
            QStringLiteral("option: no-allow-rules, to leave the firewall rules to the GPO's other settings"),
            ObjectKind::Filter, filter.id);
    }

    void translateTunnels(const QList<const Rule *> &tunnels)
    {
        QSet<const Rule *> used;
        for (const Rule *out : tunnels) {
            if (used.contains(out))
                continue;
            const QString where = m_policyPath + QStringLiteral(" / Rule '%1'").arg(out->name);
            const FilterList *outList = m_store.filterList(out->filterList);
            const Rule *in = nullptr;
            for (const Rule *candidate : tunnels) {
                if (candidate == out || used.contains(candidate))
                    continue;
                const FilterList *l = m_store.filterList(candidate->filterList);
                if (outList && l && !outList->filters.empty() && !l->filters.empty() &&
                    l->filters.front().source == outList->filters.front().destination &&
                    l->filters.front().destination == outList->filters.front().source) {
                    in = candidate;
                    break;
                }
            }
            const FilterAction *fa = m_store.filterAction(out->filterAction);
            if (!in || !outList || !fa || outList->filters.empty() || fa->action != ActionKind::Negotiate) {
                note(code::MigUnpairedTunnel, Severity::Error, where,
                     QStringLiteral(
                         "a tunnel rule needs a negotiating partner rule with the reverse filters (the "
                         "inbound half of the tunnel); none was found, so it is not translated"),
                     {}, ObjectKind::Rule, out->id);
                used.insert(out);
                continue;
            }
            used.insert(out);
            used.insert(in);
            const auto crypto = cryptoSet(*fa, where, out->id);
            if (!crypto)
                continue;
            const auto auth = authSet(*out, where);
            const Filter &filter = outList->filters.front();
            if (outList->filters.size() > 1)
                note(code::MigTunnelWithPorts, Severity::Warning, where,
                     QStringLiteral("only the first filter of a tunnel rule's list is translated"), {},
                     ObjectKind::Rule, out->id);
            if (filter.protocol != protocol::Any || !filter.sourcePort.isAny() ||
                !filter.destinationPort.isAny())
                note(code::MigTunnelWithPorts, Severity::Warning, where,
                     QStringLiteral(
                         "WFAS tunnel rules carry no protocol or ports; the tunnel now covers all traffic "
                         "between the two networks"),
                     {}, ObjectKind::Rule, out->id);
            if (fa->acceptUnsecured || fa->allowFallback)
                note(code::MigInpassWithoutSoft, Severity::Warning, where,
                     QStringLiteral(
                         "a WFAS tunnel rule always requires IPsec; the filter action's inpass/soft flags "
                         "are not carried"),
                     {}, ObjectKind::Rule, out->id);
            WfasRule csr;
            csr.kind = WfasRuleKind::ConnectionSecurity;
            csr.id = braced(out->id);
            csr.add(QStringLiteral("Action"), QStringLiteral("Secure"));
            csr.add(QStringLiteral("Active"), boolToken(out->active && in->active));
            addEndpoint(csr, QStringLiteral("EP1"), filter.source);
            addEndpoint(csr, QStringLiteral("EP2"), filter.destination);
            // docs/formats/gpo.md, What maps to what: the local endpoint is the inbound rule's tunnel, the
            // remote one the outbound's (Q46).
            const auto family = [](const TunnelEndpoint &t) {
                return t.address.isIPv6() ? QStringLiteral("6") : QStringLiteral("4");
            };
            csr.add(QStringLiteral("LTunnel") + family(in->tunnel), in->tunnel.address.toString());
            csr.add(QStringLiteral("RTunnel") + family(out->tunnel), out->tunnel.address.toString());
            addConnectionType(csr, *out, where);
            csr.add(QStringLiteral("Name"), out->name);
            if (!out->description.isEmpty())
                csr.add(QStringLiteral("Desc"), out->description);
            if (auth)
                csr.add(QStringLiteral("Auth1Set"), *auth);
            csr.add(QStringLiteral("Crypto2Set"), *crypto);
            csr.add(QStringLiteral("EmbedCtxt"), m_policy->name);
            m_out.policy.connectionSecurityRules << csr;
            note(code::MigTunnelMerged, Severity::Info, where,
                 QStringLiteral("tunnel rules '%1' and '%2' become one tunnel connection security rule")
                     .arg(out->name, in->name),
                 {}, ObjectKind::Rule, out->id);
        }
    }

    void finishVersions()
    {
        std::uint16_t highest = kSchema2_10;
        for (QList<WfasRule> *rules : {&m_out.policy.connectionSecurityRules, &m_out.policy.firewallRules}) {
            for (WfasRule &r : *rules) {
                const std::uint16_t v = minimumVersionFor(r); // Q45
                r.version = formatSchemaVersion(v);
                highest = std::max(highest, v);
            }
        }
        for (WfasSet &s : m_out.policy.sets)
            for (const WfasValues &suite : s.suites)
                if (suite.has(QStringLiteral("2_16KeyExchange"))) {
                    s.properties.set(QStringLiteral("Version"), formatSchemaVersion(kSchema2_20));
                    highest = std::max(highest, kSchema2_20);
                }
        m_out.policy.setPolicyVersion(highest);
    }

    const StoreData &m_store;
    const WfasTranslationOptions &m_options;
    const Policy *m_policy = nullptr;
    QString m_policyPath;
    WfasTranslation m_out;
};

// ---- WFAS -> legacy
// ----------------------------------------------------------------------------------------

std::optional<Encryption> encryptionFrom(const QString &t)
{
    static const QHash<QString, Encryption> map{{QStringLiteral("DES"), Encryption::Des},
                                                {QStringLiteral("3DES"), Encryption::TripleDes},
                                                {QStringLiteral("AES-128"), Encryption::Aes128},
                                                {QStringLiteral("AES-192"), Encryption::Aes192},
                                                {QStringLiteral("AES-256"), Encryption::Aes256},
                                                {QStringLiteral("AES-GCM128"), Encryption::AesGcm128},
                                                {QStringLiteral("AES-GCM192"), Encryption::AesGcm192},
                                                {QStringLiteral("AES-GCM256"), Encryption::AesGcm256}};
    if (t.isEmpty())
        return Encryption::None;
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<Encryption>(*it);
}

std::optional<Integrity> integrityFrom(const QString &t)
{
    static const QHash<QString, Integrity> map{{QStringLiteral("MD5"), Integrity::Md5},
                                               {QStringLiteral("SHA1"), Integrity::Sha1},
                                               {QStringLiteral("SHA256"), Integrity::Sha256},
                                               {QStringLiteral("SHA384"), Integrity::Sha384},
                                               {QStringLiteral("AES-GCM128"), Integrity::AesGmac128},
                                               {QStringLiteral("AES-GCM192"), Integrity::AesGmac192},
                                               {QStringLiteral("AES-GCM256"), Integrity::AesGmac256}};
    if (t.isEmpty())
        return Integrity::None;
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<Integrity>(*it);
}

std::optional<DhGroup> dhFrom(const QString &t)
{
    static const QHash<QString, DhGroup> map{
        {QStringLiteral("DH1"), DhGroup::Group1},       {QStringLiteral("DH2"), DhGroup::Group2},
        {QStringLiteral("DH2048"), DhGroup::Group14},   {QStringLiteral("ECDH-256"), DhGroup::Group19},
        {QStringLiteral("ECDH-384"), DhGroup::Group20}, {QStringLiteral("DH24"), DhGroup::Group24}};
    const auto it = map.constFind(t.toUpper());
    return it == map.cend() ? std::nullopt : std::optional<DhGroup>(*it);
}

QUuid uuidOf(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return id.isNull() ? QUuid::createUuidV5(kIdNamespace, text) : id;
}

class ReverseTranslator {
public:
    ReverseTranslator(const WfasPolicy &wfas, const QString &name) : m_wfas(wfas), m_name(name) {}

    LegacyTranslation run()
    {
        m_policy.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("policy:") + m_name);
        m_policy.name = m_name;
        m_out.store.info.name = m_name;
        readMainMode();
        for (const WfasRule &r : m_wfas.connectionSecurityRules)
            translate(r);
        for (const WfasRule &r : m_wfas.firewallRules)
            translateFirewall(r);
        if (!m_wfas.mainModeRules.isEmpty())
            note(code::RevNotRepresentable, Severity::Warning, QStringLiteral("main mode rules"),
                 QStringLiteral("%1 main mode rule(s) cannot be held by the legacy model")
                     .arg(m_wfas.mainModeRules.size()));
        m_out.store.policies.push_back(m_policy);
        m_out.ok = true;
        return m_out;
    }

private:
    void note(const char *c, Severity s, const QString &where, const QString &message)
    {
        m_out.report << objectFinding(c, s, where, message);
    }

    void readMainMode()
    {
        const WfasSet *set =
            m_wfas.resolveSet(WfasSetKind::Phase1Crypto, defaultSetId(WfasSetKind::Phase1Crypto));
        if (!set) {
            note(code::RevDefaultSet, Severity::Info, QStringLiteral("main mode"),
                 QStringLiteral(
                     "the GPO uses Windows' default main mode set, whose content Windows defines; the legacy "
                     "policy keeps its own defaults"));
            return;
        }
        m_policy.ike.methods.clear();
        m_policy.ike.lifetimeMinutes = set->properties.value(QStringLiteral("TimeOutMinutes")).toUInt();
        const std::uint32_t sessions = set->properties.value(QStringLiteral("TimeOutSessions")).toUInt();
        m_policy.ike.masterKeyPfs = sessions == kMasterKeyPfsSessions;
        m_policy.ike.quickModesPerMainMode = sessions == kMasterKeyPfsSessions ? 0 : sessions;
        m_policy.ike.id = uuidOf(set->id);
        for (const WfasValues &s : set->suites) {
            const auto dh =
                dhFrom(s.has(QStringLiteral("2_16KeyExchange")) ? s.value(QStringLiteral("2_16KeyExchange"))
                                                                : s.value(QStringLiteral("KeyExchange")));
            const auto enc = encryptionFrom(s.value(QStringLiteral("Encryption")));
            const auto hash =
                integrityFrom(s.has(QStringLiteral("2_1Hash")) ? s.value(QStringLiteral("2_1Hash"))
                                                               : s.value(QStringLiteral("Hash")));
            if (!dh || !enc || !hash) {
                note(code::RevCryptoDropped, Severity::Warning,
                     describeSetKind(set->kind) + QLatin1Char(' ') + set->id,
                     QStringLiteral("a main mode suite with unknown algorithms is left out"));
                continue;
            }
            m_policy.ike.methods << IkeMethod{*enc, *hash, *dh};
        }
    }

    FilterAction actionFor(const WfasRule &r, const QString &where, bool *ok)
    {
        *ok = true;
        FilterAction fa;
        const QString action = r.value(QStringLiteral("Action"));
        fa.name = r.displayName();
        if (action == QStringLiteral("DoNotSecure")) {
            fa.action = ActionKind::Permit;
        } else {
            fa.action = ActionKind::Negotiate;
            fa.acceptUnsecured = action == QStringLiteral("Boundary");
            fa.allowFallback =
                action == QStringLiteral("Boundary") || action == QStringLiteral("SecureServer");
            const QString cryptoId = r.value(QStringLiteral("Crypto2Set"));
            const WfasSet *crypto = m_wfas.resolveSet(WfasSetKind::Phase2Crypto, cryptoId);
            if (!crypto) {
                note(
                    code::RevDefaultSet, Severity::Warning, where,
                    QStringLiteral(
                        "the rule uses %1 quick mode set %2, whose content the GPO does not hold; the filter "
                        "action has no security methods")
                        .arg(isDefaultSetId(cryptoId) ? QStringLiteral("Windows' default")
                                                      : QStringLiteral("the missing"),
                             cryptoId));
            } else {
                const QString pfs = crypto->properties.has(QStringLiteral("2_16PFS"))
                                        ? crypto->properties.value(QStringLiteral("2_16PFS"))
                                        : crypto->properties.value(QStringLiteral("PFS"));
                fa.sessionKeyPfs =
                    !pfs.isEmpty() && pfs.compare(QStringLiteral("Disable"), Qt::CaseInsensitive) != 0;
                for (const WfasValues &s : crypto->suites) {
                    SecurityMethod m;
                    const QString proto = s.value(QStringLiteral("Protocol"));
                    m.protocol = proto == QStringLiteral("AH")    ? IpsecProtocol::Ah
                                 : proto == QStringLiteral("ESP") ? IpsecProtocol::Esp
                                                                  : IpsecProtocol::AhAndEsp;
                    const auto enc = encryptionFrom(s.has(QStringLiteral("2_1Encryption"))
                                                        ? s.value(QStringLiteral("2_1Encryption"))
                                                        : s.value(QStringLiteral("Encryption")));
                    const auto esp = integrityFrom(s.has(QStringLiteral("2_1EspHash"))
                                                       ? s.value(QStringLiteral("2_1EspHash"))
                                                       : s.value(QStringLiteral("EspHash")));
                    const auto ah = integrityFrom(s.has(QStringLiteral("2_1AhHash"))
                                                      ? s.value(QStringLiteral("2_1AhHash"))
                                                      : s.value(QStringLiteral("AhHash")));
                    if (!enc || !esp || !ah || s.has(QStringLiteral("2_9Protocol"))) {
                        note(code::RevCryptoDropped, Severity::Warning, where,
                             QStringLiteral("a quick mode suite of set %1 cannot be held by the legacy model")
                                 .arg(crypto->id));
                        continue;
                    }
                    if (m.usesEsp()) {
                        m.espEncryption = *enc;
                        m.espIntegrity =
                            m.protocol == IpsecProtocol::AhAndEsp && *esp == Integrity::None ? *ah : *esp;
                    }
                    if (m.usesAh())
                        m.ahIntegrity = *ah;
                    m.lifetimeSeconds = s.value(QStringLiteral("TimeOutMinutes")).toUInt() * 60;
                    m.lifetimeKilobytes = s.value(QStringLiteral("TimeOutKbytes")).toUInt();
                    fa.securityMethods << m;
                }
            }
        }
        if (r.isTunnel() && action != QStringLiteral("Secure"))
            *ok = false;
        return fa;
    }

    QList<AuthMethod> authFor(const WfasRule &r, const QString &where)
    {
        QList<AuthMethod> out;
        const QString id = r.value(QStringLiteral("Auth1Set"));
        if (r.has(QStringLiteral("Auth2Set")) &&
            r.value(QStringLiteral("Auth2Set")).compare(QStringLiteral("EmptySet"), Qt::CaseInsensitive) != 0)
            note(code::RevAuthMethodDropped, Severity::Warning, where,
                 QStringLiteral("second authentication (Auth2Set) has no legacy equivalent and is left out"));
        const WfasSet *set = m_wfas.resolveSet(WfasSetKind::Phase1Auth, id);
        if (!set) {
            note(code::RevDefaultSet, Severity::Info, where,
                 QStringLiteral(
                     "the rule uses Windows' default first authentication; shown as Kerberos, the default "
                     "unless the GPO's IPsec settings changed it"));
            return {AuthMethod::kerberos()};
        }
        for (const WfasValues &s : set->suites) {
            const QString method = s.value(QStringLiteral("Method"));
            auto isTrue = [&](const char *n) {
                return s.value(QLatin1String(n)).compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0;
            };
            if (method.compare(QStringLiteral("MachineKerb"), Qt::CaseInsensitive) == 0)
                out << AuthMethod::kerberos();
            else if (method.compare(QStringLiteral("MachineSHKey"), Qt::CaseInsensitive) == 0)
                out << AuthMethod::presharedKey(s.value(QStringLiteral("SHKey")));
            else if (method.compare(QStringLiteral("MachineCert"), Qt::CaseInsensitive) == 0) {
                out << AuthMethod::certificate(s.value(QStringLiteral("CAName")),
                                               isTrue("CertAccountMapping"), isTrue("ExcludeCAName"));
                for (const char *extra : {"HealthCert", "OtherCertSigning", "IntermediateCA", "CertCriteria"})
                    if (s.has(QLatin1String(extra)) &&
                        !(s.value(QLatin1String(extra)) == QStringLiteral("FALSE")))
                        note(code::RevAuthMethodDropped, Severity::Warning, where,
                             QStringLiteral("certificate option %1 has no legacy equivalent and is left out")
                                 .arg(QLatin1String(extra)));
            } else
                note(code::RevAuthMethodDropped, Severity::Warning, where,
                     QStringLiteral("authentication method %1 has no legacy equivalent and is left out")
                         .arg(method));
        }
        return out;
    }

    QList<FilterAddress> endpoint(const WfasRule &r, const QString &prefix, const QString &where)
    {
        QList<FilterAddress> out;
        for (const QString &suffix : {QStringLiteral("_4"), QStringLiteral("_6")})
            for (const QString &v : r.values(prefix + suffix)) {
                QString keyword;
                const auto a = parseWfasAddress(v, &keyword);
                if (!a) {
                    note(code::RevAddressSkipped, Severity::Warning, where,
                         QStringLiteral("endpoint value %1 has no legacy equivalent and is left out").arg(v));
                    continue;
                }
                if (a->isServerKeyword() && out.contains(*a))
                    continue; // the same keyword in the _4 and _6 lists
                out << *a;
            }
        if (out.isEmpty())
            out << FilterAddress::any();
        return out;
    }

    QList<PortRange> ports(const WfasRule &r, const QString &side)
    {
        QList<PortRange> out;
        for (const QString &p : r.values(side + QStringLiteral("Port")))
            out << PortRange::single(std::uint16_t(p.toUInt()));
        for (const QString &p : r.values(side + QStringLiteral("Port2_10"))) {
            const QStringList parts = p.split(QLatin1Char('-'));
            out << PortRange{std::uint16_t(parts.value(0).toUInt()),
                             std::uint16_t(parts.value(1, parts.value(0)).toUInt())};
        }
        if (out.isEmpty())
            out << PortRange::any();
        return out;
    }

    // Endpoint 1 x endpoint 2 x ports: a CSR covers every pair; the product is capped so that a hostile rule
    // cannot explode the store.
    static constexpr qsizetype kMaxFiltersPerRule = 1024;

    void translate(const WfasRule &r)
    {
        const QString where = QStringLiteral("connection security rule '%1'").arg(r.displayName());
        bool ok = true;
        FilterAction fa = actionFor(r, where, &ok);
        fa.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("action:") + r.id);
        FilterList list;
        list.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("list:") + r.id);
        list.name = r.displayName();
        const auto ep1 = endpoint(r, QStringLiteral("EP1"), where);
        const auto ep2 = endpoint(r, QStringLiteral("EP2"), where);
        const auto p1 = ports(r, QStringLiteral("EP1"));
        const auto p2 = ports(r, QStringLiteral("EP2"));
        const std::uint8_t proto = std::uint8_t(r.protocol().value_or(protocol::Any));
        for (const FilterAddress &a : ep1)
            for (const FilterAddress &b : ep2)
                for (const PortRange &pa : p1)
                    for (const PortRange &pb : p2) {
                        if (qsizetype(list.filters.size()) >= kMaxFiltersPerRule) {
                            note(code::RevAddressSkipped, Severity::Warning, where,
                                 QStringLiteral(
                                     "more than %1 address and port combinations; the rest are left out")
                                     .arg(kMaxFiltersPerRule));
                            goto done;
                        }
                        Filter f;
                        f.id = QUuid::createUuidV5(kIdNamespace, r.id + QString::number(list.filters.size()));
                        f.source = a.kind == AddressKind::Any ? FilterAddress::me() : a;
                        f.destination = b;
                        f.protocol = proto;
                        f.sourcePort = pa;
                        f.destinationPort = pb;
                        list.filters.push_back(f);
                    }
    done:
        Rule rule;
        rule.id = uuidOf(r.id);
        rule.name = r.displayName();
        rule.description = r.value(QStringLiteral("Desc"));
        rule.active = r.isActive();
        rule.filterList = list.id;
        rule.filterAction = fa.id;
        if (fa.action == ActionKind::Negotiate)
            rule.authMethods = authFor(r, where);
        const QStringList ifTypes = r.values(QStringLiteral("IFType"));
        if (ifTypes.contains(QStringLiteral("RemoteAccess")) && ifTypes.size() == 1)
            rule.connectionType = ConnectionType::RemoteAccess;
        else if (ifTypes.contains(QStringLiteral("Lan")))
            rule.connectionType = ConnectionType::Lan;
        if (r.profiles() != kAllProfiles)
            note(code::RevNotRepresentable, Severity::Info, where,
                 QStringLiteral("the rule applies to some network profiles only; legacy rules apply to all"));
        if (r.isTunnel()) {
            note(code::RevNotRepresentable, Severity::Warning, where,
                 QStringLiteral(
                     "tunnel rules are shown as one rule with the remote tunnel endpoint; the inbound half "
                     "of the legacy tunnel must be added by hand"));
            const QString remote = r.has(QStringLiteral("RTunnel4")) ? r.value(QStringLiteral("RTunnel4"))
                                                                     : r.value(QStringLiteral("RTunnel6"));
            if (const auto a = IpAddress::parse(remote)) {
                rule.tunnel.kind = TunnelKind::Address;
                rule.tunnel.address = *a;
            }
            if (!ok)
                note(code::RevNotRepresentable, Severity::Warning, where,
                     QStringLiteral("tunnel action is not Secure"));
        }
        for (const char *token : {"KeyMod", "Auth2Set", "SecurityRealmEnabled", "TransportMachineAuthzSDDL",
                                  "TransportUserAuthzSDDL", "FwdLifetime", "RTunnelFqdn"})
            if (r.has(QLatin1String(token)) && QLatin1String(token) != QLatin1String("Auth2Set"))
                note(code::RevNotRepresentable, Severity::Warning, where,
                     QStringLiteral("%1 has no legacy equivalent and is left out").arg(QLatin1String(token)));
        m_out.store.filterLists.push_back(list);
        m_out.store.filterActions.push_back(fa);
        m_policy.rules << rule;
    }

    void translateFirewall(const WfasRule &r)
    {
        const QString where = QStringLiteral("firewall rule '%1'").arg(r.displayName());
        if (r.value(QStringLiteral("Action")) != QStringLiteral("Block") || r.has(QStringLiteral("App")) ||
            r.has(QStringLiteral("Svc")) || r.has(QStringLiteral("AppPkgId"))) {
            ++m_skippedFirewallRules;
            if (m_skippedFirewallRules == 1)
                note(code::RevFirewallRuleSkipped, Severity::Info, QStringLiteral("firewall rules"),
                     QStringLiteral(
                         "allow rules and program-specific rules are firewall settings, not IPsec: they stay "
                         "in the GPO and are not shown as legacy rules"));
            return;
        }
        note(
            code::RevNotRepresentable, Severity::Info, where,
            QStringLiteral("a block firewall rule is shown as a legacy blocking rule with a one-way filter"));
        FilterAction fa;
        fa.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("block"));
        fa.name = QStringLiteral("Block");
        fa.action = ActionKind::Block;
        if (!m_out.store.filterAction(fa.id))
            m_out.store.filterActions.push_back(fa);
        const bool inbound = r.value(QStringLiteral("Dir")) == QStringLiteral("In");
        FilterList list;
        list.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("list:") + r.id);
        list.name = r.displayName();
        Filter f;
        f.id = QUuid::createUuidV5(kIdNamespace, QStringLiteral("filter:") + r.id);
        f.mirrored = false;
        const QString remoteText =
            r.has(QStringLiteral("RA4")) ? r.value(QStringLiteral("RA4")) : r.value(QStringLiteral("RA6"));
        const FilterAddress remote = parseWfasAddress(remoteText).value_or(FilterAddress::any());
        f.source = inbound ? remote : FilterAddress::me();
        f.destination = inbound ? FilterAddress::me() : remote;
        f.protocol = std::uint8_t(r.protocol().value_or(protocol::Any));
        list.filters.push_back(f);
        m_out.store.filterLists.push_back(list);
        Rule rule;
        rule.id = uuidOf(r.id);
        rule.name = r.displayName();
        rule.active = r.isActive();
        rule.filterList = list.id;
        rule.filterAction = fa.id;
        m_policy.rules << rule;
    }

    const WfasPolicy &m_wfas;
    QString m_name;
    Policy m_policy;
    LegacyTranslation m_out;
    int m_skippedFirewallRules = 0;
};

} // namespace

WfasTranslation translateToWfas(const StoreData &store, const WfasTranslationOptions &options)
{
    return Translator(store, options).run();
}

LegacyTranslation translateFromWfas(const WfasPolicy &policy, const QString &policyName)
{
    return ReverseTranslator(policy, policyName).run();
}

} // namespace ipsec::gpo
