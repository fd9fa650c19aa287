// WFAS -> legacy (docs/formats/gpo.md, Legacy to WFAS translation): the connection security rules, sets and
// main-mode rules of a WFAS policy read back into a store the editor can show, with a report of what the
// legacy model cannot hold. The other direction is legacytowfas.cpp.
#include "core/enumnames.h"
#include "gpofindings.h"
#include "legacytowfas.h"
#include "wfastokens.h"

#include <QHash>
#include <QSet>

namespace ipsec::gpo {

namespace {

QUuid uuidOf(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    return id.isNull() ? QUuid::createUuidV5(kTranslationIdNamespace, text) : id;
}

class ReverseTranslator {
public:
    ReverseTranslator(const WfasPolicy &wfas, const QString &name) : m_wfas(wfas), m_name(name) {}

    LegacyTranslation run()
    {
        m_policy.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("policy:") + m_name);
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
        fa.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("action:") + r.id);
        FilterList list;
        list.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("list:") + r.id);
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
                        f.id = QUuid::createUuidV5(kTranslationIdNamespace,
                                                   r.id + QString::number(list.filters.size()));
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
        fa.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("block"));
        fa.name = QStringLiteral("Block");
        fa.action = ActionKind::Block;
        if (!m_out.store.filterAction(fa.id))
            m_out.store.filterActions.push_back(fa);
        const bool inbound = r.value(QStringLiteral("Dir")) == QStringLiteral("In");
        FilterList list;
        list.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("list:") + r.id);
        list.name = r.displayName();
        Filter f;
        f.id = QUuid::createUuidV5(kTranslationIdNamespace, QStringLiteral("filter:") + r.id);
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

LegacyTranslation translateFromWfas(const WfasPolicy &policy, const QString &policyName)
{
    return ReverseTranslator(policy, policyName).run();
}

} // namespace ipsec::gpo
