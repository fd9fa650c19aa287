// Legacy -> WFAS (docs/formats/gpo.md, Legacy to WFAS translation): one legacy policy of the store as
// connection security rules, sets, firewall rules and a migration report. The other direction is
// wfastolegacy.cpp.
#include "legacytowfas.h"

#include "core/enumnames.h"
#include "gpofindings.h"
#include "wfastokens.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <cmath>

namespace ipsec::gpo {

namespace {

QString derivedId(const QString &seed)
{
    return QUuid::createUuidV5(kTranslationIdNamespace, seed).toString(QUuid::WithBraces).toUpper();
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
            return bracedId(rule.id);
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
            csr.id = bracedId(out->id);
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

} // namespace

WfasTranslation translateToWfas(const StoreData &store, const WfasTranslationOptions &options)
{
    return Translator(store, options).run();
}

} // namespace ipsec::gpo
