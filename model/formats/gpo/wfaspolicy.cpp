#include "wfaspolicy.h"

#include "gpofindings.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace ipsec::gpo {

namespace {

const QString kConSecKey = QStringLiteral("ConSecRules");
const QString kFirewallKey = QStringLiteral("FirewallRules");
const QString kMainModeKey = QStringLiteral("MainModeRules");

struct SetKeySpelling {
    const char *name;
    WfasSetKind kind;
};
// The writer's spelling first; the others are read too (docs/formats/gpo.md, Authentication and crypto sets;
// Q41).
constexpr SetKeySpelling kSetKeys[] = {
    {"Phase1AuthenticationSets", WfasSetKind::Phase1Auth},
    {"Phase2AuthenticationSets", WfasSetKind::Phase2Auth},
    {"Phase1CryptoSet", WfasSetKind::Phase1Crypto},
    {"Phase2CryptoSets", WfasSetKind::Phase2Crypto},
    {"Phase1AuthenticationSet", WfasSetKind::Phase1Auth},
    {"Phase2AuthenticationSet", WfasSetKind::Phase2Auth},
    {"Phase1CryptoSets", WfasSetKind::Phase1Crypto},
    {"Phase2CryptoSet", WfasSetKind::Phase2Crypto},
};

std::optional<WfasSetKind> setKindOfKey(const QString &name)
{
    for (const SetKeySpelling &s : kSetKeys)
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.kind;
    return std::nullopt;
}

const QStringList &profileKeys()
{
    static const QStringList keys{QStringLiteral("DomainProfile"), QStringLiteral("PrivateProfile"),
                                  QStringLiteral("PublicProfile"), QStringLiteral("StandardProfile")};
    return keys;
}

// Global values [spec MS-GPFAS 2.2.1] (docs/formats/gpo.md, Main mode rules, global and profile values).
const QStringList &globalValueNames()
{
    static const QStringList names{QStringLiteral("PolicyVersion"),
                                   QStringLiteral("DisableStatefulFTP"),
                                   QStringLiteral("DisableStatefulPPTP"),
                                   QStringLiteral("SAIdlTime"),
                                   QStringLiteral("PresharedKeyEncoding"),
                                   QStringLiteral("IPsecExempt"),
                                   QStringLiteral("StrongCRLCheck"),
                                   QStringLiteral("IPsecThroughNAT"),
                                   QStringLiteral("IPsecTunnelRemoteMachineAuthorizationList"),
                                   QStringLiteral("IPsecTunnelRemoteUserAuthorizationList"),
                                   QStringLiteral("IPsecTransportRemoteMachineAuthorizationList"),
                                   QStringLiteral("IPsecTransportRemoteUserAuthorizationList"),
                                   QStringLiteral("IPsecOpportunisticallyMatchAuthSetPerKM"),
                                   QStringLiteral("EnablePacketQueue")};
    return names;
}

// Q44: the spec spells SA idle time "SAIdlTime"; "SAIdleTime" is read with a warning.
const QString kSaIdleTimeVariant = QStringLiteral("SAIdleTime");

const QStringList &profileValueNames()
{
    static const QStringList names{QStringLiteral("EnableFirewall"),
                                   QStringLiteral("DisableStealthMode"),
                                   QStringLiteral("DoNotAllowExceptions"),
                                   QStringLiteral("DisableUnicastResponsesToMulticastBroadcast"),
                                   QStringLiteral("DisableNotifications"),
                                   QStringLiteral("AllowLocalPolicyMerge"),
                                   QStringLiteral("AllowLocalIPsecPolicyMerge"),
                                   QStringLiteral("DefaultInboundAction"),
                                   QStringLiteral("DefaultOutboundAction"),
                                   QStringLiteral("DisabledInterfaces"),
                                   QStringLiteral("DisableStealthModeIPsecSecuredPacketExemption"),
                                   QStringLiteral("LogDroppedPackets"),
                                   QStringLiteral("LogSuccessfulConnections"),
                                   QStringLiteral("LogIgnoredRules"),
                                   QStringLiteral("LogFileSize"),
                                   QStringLiteral("LogFilePath")};
    return names;
}

QStringList setPropertyNames(WfasSetKind kind)
{
    QStringList common{QStringLiteral("Version"), QStringLiteral("Name"), QStringLiteral("Description"),
                       QStringLiteral("EmbeddedContext")};
    if (kind == WfasSetKind::Phase1Crypto)
        common << QStringLiteral("DoNotSkipDH") << QStringLiteral("TimeOutMinutes")
               << QStringLiteral("TimeOutSessions");
    if (kind == WfasSetKind::Phase2Crypto)
        common << QStringLiteral("PFS") << QStringLiteral("2_16PFS");
    return common;
}

} // namespace

QStringList wfasSuiteValueNames(WfasSetKind kind)
{
    switch (kind) {
    case WfasSetKind::Phase1Auth:
    case WfasSetKind::Phase2Auth:
        return {QStringLiteral("Method"),
                QStringLiteral("CAName"),
                QStringLiteral("SHKey"),
                QStringLiteral("CertAccountMapping"),
                QStringLiteral("ExcludeCAName"),
                QStringLiteral("HealthCert"),
                QStringLiteral("OtherCertSigning"),
                QStringLiteral("IntermediateCA"),
                QStringLiteral("CertCriteria"),
                QStringLiteral("AllowProxy"),
                QStringLiteral("ProxyServer"),
                QStringLiteral("SkipVersion")};
    case WfasSetKind::Phase1Crypto:
        return {QStringLiteral("KeyExchange"), QStringLiteral("2_16KeyExchange"),
                QStringLiteral("Encryption"),  QStringLiteral("Hash"),
                QStringLiteral("2_1Hash"),     QStringLiteral("SkipVersion")};
    case WfasSetKind::Phase2Crypto:
        return {
            QStringLiteral("Protocol"),      QStringLiteral("2_9Protocol"), QStringLiteral("Encryption"),
            QStringLiteral("2_1Encryption"), QStringLiteral("AhHash"),      QStringLiteral("2_1AhHash"),
            QStringLiteral("EspHash"),       QStringLiteral("2_1EspHash"),  QStringLiteral("TimeOutMinutes"),
            QStringLiteral("TimeOutKbytes"), QStringLiteral("SkipVersion")};
    }
    return {};
}

namespace {

// Allowed values of the enumerated suite values (docs/formats/gpo.md, Authentication and crypto sets).
QStringList allowedValues(WfasSetKind kind, const QString &name)
{
    auto is = [&](const char *n) { return name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0; };
    if (is("Method"))
        return kind == WfasSetKind::Phase1Auth
                   ? QStringList{QStringLiteral("Anonymous"), QStringLiteral("MachineKerb"),
                                 QStringLiteral("MachineCert"), QStringLiteral("MachineSHKey"),
                                 QStringLiteral("MachineNtlm")}
                   : QStringList{QStringLiteral("Anonymous"), QStringLiteral("MachineCert"),
                                 QStringLiteral("UserKerb"), QStringLiteral("UserCert"),
                                 QStringLiteral("UserNtlm")};
    if (kind == WfasSetKind::Phase1Crypto) {
        if (is("KeyExchange"))
            return {QStringLiteral("DH1"), QStringLiteral("DH2"), QStringLiteral("DH2048"),
                    QStringLiteral("ECDH-256"), QStringLiteral("ECDH-384")};
        if (is("2_16KeyExchange"))
            return {QStringLiteral("DH1"),      QStringLiteral("DH2"),      QStringLiteral("DH2048"),
                    QStringLiteral("ECDH-256"), QStringLiteral("ECDH-384"), QStringLiteral("DH24")};
        if (is("Hash"))
            return {QStringLiteral("MD5"), QStringLiteral("SHA1")};
        if (is("2_1Hash"))
            return {QStringLiteral("SHA256"), QStringLiteral("SHA384")};
    }
    if (is("Encryption"))
        return {QStringLiteral("DES"), QStringLiteral("3DES"), QStringLiteral("AES-128"),
                QStringLiteral("AES-192"), QStringLiteral("AES-256")};
    if (kind == WfasSetKind::Phase2Crypto) {
        if (is("2_1Encryption"))
            return {QStringLiteral("AES-GCM128"), QStringLiteral("AES-GCM192"), QStringLiteral("AES-GCM256")};
        if (is("Protocol"))
            return {QStringLiteral("AH"), QStringLiteral("ESP"), QStringLiteral("AH&ESP")};
        if (is("2_9Protocol"))
            return {QStringLiteral("AUTH_NO_ENCAP")};
        if (is("AhHash") || is("EspHash"))
            return {QStringLiteral("MD5"), QStringLiteral("SHA1")};
        if (is("2_1AhHash") || is("2_1EspHash"))
            return {QStringLiteral("SHA256"), QStringLiteral("AES-GCM128"), QStringLiteral("AES-GCM192"),
                    QStringLiteral("AES-GCM256")};
    }
    if (is("PFS") || is("2_16PFS")) {
        QStringList v{QStringLiteral("Disable"),     QStringLiteral("EnableDHFromPhase1"),
                      QStringLiteral("ReKeyDH1"),    QStringLiteral("ReKeyDH2"),
                      QStringLiteral("ReKeyDH2048"), QStringLiteral("ReKeyECDH256"),
                      QStringLiteral("ReKeyECDH384")};
        if (is("2_16PFS"))
            v << QStringLiteral("ReKeyDH24");
        return v;
    }
    if (is("CertAccountMapping") || is("ExcludeCAName") || is("HealthCert") || is("IntermediateCA") ||
        is("AllowProxy") || is("DoNotSkipDH"))
        return {QStringLiteral("TRUE"), QStringLiteral("FALSE")};
    if (is("OtherCertSigning"))
        return {QStringLiteral("ECDSA256"), QStringLiteral("ECDSA384")};
    return {};
}

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

bool keyIsBelow(const QString &key, const QString &base, QString *relative)
{
    if (!key.startsWith(base, Qt::CaseInsensitive))
        return false;
    if (key.size() == base.size()) {
        relative->clear();
        return true;
    }
    if (key.at(base.size()) != QLatin1Char('\\'))
        return false;
    *relative = key.mid(base.size() + 1);
    return true;
}

QString joinKey(const QString &base, const QString &relative)
{
    return relative.isEmpty() ? base : base + QLatin1Char('\\') + relative;
}

QString suiteKeyName(qsizetype index)
{
    return QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0'));
}

} // namespace

QString setKeyName(WfasSetKind kind)
{
    for (const SetKeySpelling &s : kSetKeys)
        if (s.kind == kind)
            return QLatin1String(s.name);
    return {};
}

QString defaultSetId(WfasSetKind kind)
{
    switch (kind) {
    case WfasSetKind::Phase1Crypto:
        return QStringLiteral("{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE1}");
    case WfasSetKind::Phase2Crypto:
        return QStringLiteral("{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE2}");
    case WfasSetKind::Phase1Auth:
        return QStringLiteral("{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE3}");
    case WfasSetKind::Phase2Auth:
        return QStringLiteral("{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE4}");
    }
    return {};
}

bool isDefaultSetId(const QString &id)
{
    return id.startsWith(QStringLiteral("{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE"), Qt::CaseInsensitive);
}

QString describeSetKind(WfasSetKind kind)
{
    switch (kind) {
    case WfasSetKind::Phase1Auth:
        return QStringLiteral("phase 1 authentication set");
    case WfasSetKind::Phase2Auth:
        return QStringLiteral("phase 2 authentication set");
    case WfasSetKind::Phase1Crypto:
        return QStringLiteral("main mode crypto set");
    case WfasSetKind::Phase2Crypto:
        return QStringLiteral("quick mode crypto set");
    }
    return {};
}

bool WfasValues::has(const QString &name) const
{
    for (const WfasValue &v : values)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString WfasValues::value(const QString &name) const
{
    for (const WfasValue &v : values)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v.value;
    return {};
}

void WfasValues::set(const QString &name, const QString &value)
{
    for (WfasValue &v : values)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0) {
            v.value = value;
            return;
        }
    values.append({name, value});
}

QString WfasSet::displayName() const
{
    const QString n = properties.value(QStringLiteral("Name"));
    return n.isEmpty() ? id : n;
}

bool WfasPolicy::isEmpty() const
{
    return settings.isEmpty() && connectionSecurityRules.isEmpty() && mainModeRules.isEmpty() &&
           firewallRules.isEmpty() && sets.isEmpty() && defaultSetAliases.isEmpty() && unrecognised.isEmpty();
}

std::optional<std::uint32_t> WfasPolicy::policyVersion() const
{
    for (const PolRecord &r : settings)
        if (r.key.isEmpty() && r.valueName.compare(QStringLiteral("PolicyVersion"), Qt::CaseInsensitive) == 0)
            return r.dword();
    return std::nullopt;
}

void WfasPolicy::setPolicyVersion(std::uint32_t version)
{
    for (PolRecord &r : settings)
        if (r.key.isEmpty() &&
            r.valueName.compare(QStringLiteral("PolicyVersion"), Qt::CaseInsensitive) == 0) {
            r = PolRecord::dwordValue({}, r.valueName, version);
            return;
        }
    settings.prepend(PolRecord::dwordValue({}, QStringLiteral("PolicyVersion"), version));
}

const WfasSet *WfasPolicy::findSet(WfasSetKind kind, const QString &id) const
{
    for (const WfasSet &s : sets)
        if (s.kind == kind && s.id.compare(id, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const WfasSet *WfasPolicy::resolveSet(WfasSetKind kind, const QString &id) const
{
    if (isDefaultSetId(id))
        for (const WfasDefaultSetAlias &a : defaultSetAliases)
            if (a.kind == kind && a.defaultId.compare(id, Qt::CaseInsensitive) == 0)
                return findSet(kind, a.customId);
    return findSet(kind, id);
}

QList<const WfasSet *> WfasPolicy::setsOfKind(WfasSetKind kind) const
{
    QList<const WfasSet *> out;
    for (const WfasSet &s : sets)
        if (s.kind == kind)
            out << &s;
    return out;
}

WfasDecodeResult decodeWfas(const QList<PolRecord> &records, const QString &baseKey, const QString &file,
                            const QList<qint64> *offsets)
{
    WfasDecodeResult result;
    WfasPolicy &policy = result.policy;
    // Suites are collected by their index first: a file may list 0001 before 0000 or skip one.
    struct PendingSet {
        WfasSet set;
        QMap<int, WfasValues> suites;
    };
    QList<PendingSet> pending;
    auto pendingSet = [&](WfasSetKind kind, const QString &id) -> PendingSet & {
        for (PendingSet &p : pending)
            if (p.set.kind == kind && p.set.id.compare(id, Qt::CaseInsensitive) == 0)
                return p;
        pending.append(PendingSet{WfasSet{kind, id, {}, {}}, {}});
        return pending.last();
    };
    static const QRegularExpression suiteIndex(QStringLiteral("^\\d{4}$"));

    for (qsizetype i = 0; i < records.size(); ++i) {
        const PolRecord &r = records[i];
        QString rel;
        if (!keyIsBelow(r.key, baseKey, &rel))
            continue;
        ++result.recordsUsed;
        const qint64 offset = offsets && i < offsets->size() ? offsets->at(i) : -1;
        auto report = [&](const char *c, Severity s, const QString &message) {
            Finding f = fileFinding(c, s, file, offset, message);
            f.location.objectPath = r.key + QStringLiteral(" : ") + r.valueName;
            result.findings << f;
        };
        PolRecord relative = r;
        relative.key = rel;
        const QStringList parts = rel.isEmpty() ? QStringList{} : rel.split(QLatin1Char('\\'));
        const bool keyOnly = r.instruction() == PolInstruction::EnsureKey;
        if (r.instruction() != PolInstruction::SetValue && !keyOnly) {
            // Q39: no ** instruction appears in firewall GPOs; keep it as read and say so.
            report(code::PolInstruction, Severity::Info,
                   QStringLiteral("instruction record '%1' below the firewall key is kept unchanged")
                       .arg(r.valueName));
            policy.unrecognised << relative;
            continue;
        }

        if (parts.isEmpty() || profileKeys().contains(parts.first(), Qt::CaseInsensitive)) {
            if (parts.size() > 2 || (parts.size() == 2 &&
                                     parts[1].compare(QStringLiteral("Logging"), Qt::CaseInsensitive) != 0)) {
                report(code::FasUnknownValue, Severity::Info,
                       QStringLiteral("key '%1' below the firewall policy is not part of MS-GPFAS (kept)")
                           .arg(rel));
                policy.unrecognised << relative;
                continue;
            }
            if (!keyOnly) {
                const QStringList &known = parts.isEmpty() ? globalValueNames() : profileValueNames();
                if (parts.isEmpty() && r.valueName.compare(kSaIdleTimeVariant, Qt::CaseInsensitive) == 0)
                    report(code::FasSpellingVariant, Severity::Warning,
                           QStringLiteral(
                               "'%1' is read as the SA idle time; the specification spells it SAIdlTime")
                               .arg(r.valueName));
                else if (!containsName(known, r.valueName))
                    report(
                        code::FasUnknownValue, Severity::Info,
                        QStringLiteral("value '%1' is not a known firewall setting (kept)").arg(r.valueName));
            }
            policy.settings << relative;
            continue;
        }

        const QString &top = parts.first();
        const bool isRuleKey = top.compare(kConSecKey, Qt::CaseInsensitive) == 0 ||
                               top.compare(kFirewallKey, Qt::CaseInsensitive) == 0 ||
                               top.compare(kMainModeKey, Qt::CaseInsensitive) == 0;
        if (isRuleKey && parts.size() == 1) {
            if (keyOnly)
                continue; // the key exists because it holds rules; the writer recreates it
            const WfasRuleKind kind =
                top.compare(kConSecKey, Qt::CaseInsensitive) == 0     ? WfasRuleKind::ConnectionSecurity
                : top.compare(kFirewallKey, Qt::CaseInsensitive) == 0 ? WfasRuleKind::Firewall
                                                                      : WfasRuleKind::MainMode;
            if (r.type != regtype::Sz) {
                report(code::FasBadValue, Severity::Error,
                       QStringLiteral("rule '%1' is stored as type %2, not REG_SZ (kept, not decoded)")
                           .arg(r.valueName)
                           .arg(r.type));
                policy.unrecognised << relative;
                continue;
            }
            const auto rule = parseRuleString(r.text(), kind, r.valueName, &result.findings, file, offset);
            if (!rule) {
                policy.unrecognised << relative;
                continue;
            }
            (kind == WfasRuleKind::ConnectionSecurity ? policy.connectionSecurityRules
             : kind == WfasRuleKind::Firewall         ? policy.firewallRules
                                                      : policy.mainModeRules)
                << *rule;
            continue;
        }

        if (const auto kind = setKindOfKey(top)) {
            if (parts.size() == 1) {
                if (keyOnly)
                    continue;
                if (isDefaultSetId(r.valueName) && r.isString()) {
                    policy.defaultSetAliases << WfasDefaultSetAlias{*kind, r.valueName, r.text()};
                    continue;
                }
            } else if (parts.size() <= 3 && (parts.size() == 2 || suiteIndex.match(parts[2]).hasMatch())) {
                PendingSet &p = pendingSet(*kind, parts[1]);
                if (isDefaultSetId(parts[1]))
                    report(
                        code::FasSemantic, Severity::Warning,
                        QStringLiteral("a key named after the default set %1 must not exist (MS-GPFAS 2.2.4)")
                            .arg(parts[1]));
                WfasValues *target = &p.set.properties;
                if (parts.size() == 3)
                    target = &p.suites[parts[2].toInt()];
                if (keyOnly)
                    continue;
                if (!r.isString())
                    report(
                        code::FasBadValue, Severity::Warning,
                        QStringLiteral("set value '%1' is type %2; MS-GPFAS stores every set value as REG_SZ")
                            .arg(r.valueName)
                            .arg(r.type));
                target->set(r.valueName, r.isString() ? r.text() : QString::number(r.dword().value_or(0)));
                continue;
            }
        }
        report(code::FasUnknownValue, Severity::Info,
               QStringLiteral("record below the firewall policy is not part of MS-GPFAS (kept): %1")
                   .arg(describeRecord(r)));
        policy.unrecognised << relative;
    }

    for (PendingSet &p : pending) {
        int expected = 0;
        for (auto it = p.suites.cbegin(); it != p.suites.cend(); ++it, ++expected) {
            if (it.key() != expected)
                result.findings << objectFinding(
                    code::FasSemantic, Severity::Warning, p.set.id,
                    QStringLiteral("%1 %2: suite %3 follows suite %4; the suites are "
                                   "renumbered in order")
                        .arg(describeSetKind(p.set.kind), p.set.id, suiteKeyName(it.key()),
                             suiteKeyName(expected - 1)));
            p.set.suites << it.value();
            expected = it.key();
        }
        policy.sets << p.set;
    }
    return result;
}

QList<PolRecord> encodeWfas(const WfasPolicy &policy, const QString &baseKey)
{
    QList<PolRecord> out;
    auto withBase = [&](PolRecord r) {
        r.key = joinKey(baseKey, r.key);
        return r;
    };
    // PolicyVersion first, as Windows writes it (docs/formats/gpo.md, registry.pol).
    for (const PolRecord &r : policy.settings)
        if (r.key.isEmpty() && r.valueName.compare(QStringLiteral("PolicyVersion"), Qt::CaseInsensitive) == 0)
            out << withBase(r);
    for (const PolRecord &r : policy.settings)
        if (!(r.key.isEmpty() &&
              r.valueName.compare(QStringLiteral("PolicyVersion"), Qt::CaseInsensitive) == 0))
            out << withBase(r);
    for (const WfasRule &rule : policy.connectionSecurityRules)
        out << PolRecord::string(joinKey(baseKey, kConSecKey), rule.id, rule.toString());
    for (const WfasRule &rule : policy.mainModeRules)
        out << PolRecord::string(joinKey(baseKey, kMainModeKey), rule.id, rule.toString());
    for (const WfasSetKind kind : {WfasSetKind::Phase1Auth, WfasSetKind::Phase2Auth,
                                   WfasSetKind::Phase1Crypto, WfasSetKind::Phase2Crypto}) {
        const QString kindKey = joinKey(baseKey, setKeyName(kind));
        for (const WfasDefaultSetAlias &a : policy.defaultSetAliases)
            if (a.kind == kind)
                out << PolRecord::string(kindKey, a.defaultId, a.customId);
        for (const WfasSet &set : policy.sets) {
            if (set.kind != kind)
                continue;
            const QString setKey = kindKey + QLatin1Char('\\') + set.id;
            if (set.properties.values.isEmpty() && set.suites.isEmpty())
                out << PolRecord::keyOnly(setKey);
            for (const WfasValue &v : set.properties.values)
                out << PolRecord::string(setKey, v.name, v.value);
            for (qsizetype i = 0; i < set.suites.size(); ++i) {
                const QString suiteKey = setKey + QLatin1Char('\\') + suiteKeyName(i);
                if (set.suites[i].values.isEmpty())
                    out << PolRecord::keyOnly(suiteKey);
                for (const WfasValue &v : set.suites[i].values)
                    out << PolRecord::string(suiteKey, v.name, v.value);
            }
        }
    }
    for (const WfasRule &rule : policy.firewallRules)
        out << PolRecord::string(joinKey(baseKey, kFirewallKey), rule.id, rule.toString());
    for (const PolRecord &r : policy.unrecognised)
        out << withBase(r);
    return out;
}

Findings validateWfas(const WfasPolicy &policy, const QString &file)
{
    Findings out;
    auto checkReference = [&](const WfasRule &rule, const QString &token, WfasSetKind kind) {
        if (!rule.has(token))
            return;
        const QString id = rule.value(token);
        if (token == QStringLiteral("Auth2Set") &&
            id.compare(QStringLiteral("EmptySet"), Qt::CaseInsensitive) == 0) {
            // Q43: "EmptySet" is read like an absent Auth2Set.
            out << objectFinding(
                code::FasEmptySetAlias, Severity::Info, rule.id,
                QStringLiteral("rule '%1': Auth2Set=EmptySet is read as \"no second authentication\"")
                    .arg(rule.displayName()));
            return;
        }
        if (isDefaultSetId(id) || policy.findSet(kind, id))
            return;
        Finding f = objectFinding(code::FasMissingSet, Severity::Error, rule.id,
                                  QStringLiteral("rule '%1' names %2 %3, which this policy does not contain")
                                      .arg(rule.displayName(), describeSetKind(kind), id),
                                  QStringLiteral("Windows rejects a rule whose set is missing"));
        f.location.file = file;
        out << f;
    };
    for (const WfasRule &rule : policy.connectionSecurityRules) {
        out << checkRule(rule, file);
        checkReference(rule, QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth);
        checkReference(rule, QStringLiteral("Auth2Set"), WfasSetKind::Phase2Auth);
        checkReference(rule, QStringLiteral("Crypto2Set"), WfasSetKind::Phase2Crypto);
    }
    for (const WfasRule &rule : policy.mainModeRules) {
        out << checkRule(rule, file);
        checkReference(rule, QStringLiteral("Auth1Set"), WfasSetKind::Phase1Auth);
        checkReference(rule, QStringLiteral("Crypto1Set"), WfasSetKind::Phase1Crypto);
    }
    for (const WfasRule &rule : policy.firewallRules)
        out << checkRule(rule, file);

    const QStringList weak{QStringLiteral("DES"), QStringLiteral("MD5"), QStringLiteral("DH1"),
                           QStringLiteral("ReKeyDH1")};
    for (const WfasSet &set : policy.sets) {
        const QString where = describeSetKind(set.kind) + QLatin1Char(' ') + set.id;
        auto report = [&](const char *c, Severity s, const QString &message, const QString &hint = {}) {
            Finding f = objectFinding(c, s, where, message, hint);
            f.location.file = file;
            out << f;
        };
        for (const WfasValue &v : set.properties.values) {
            if (!containsName(setPropertyNames(set.kind), v.name))
                report(code::FasUnknownSetValue, Severity::Warning,
                       QStringLiteral("%1: unknown value %2=%3 (kept)").arg(where, v.name, v.value));
            const QStringList allowed = allowedValues(set.kind, v.name);
            if (!allowed.isEmpty() && !allowed.contains(v.value, Qt::CaseInsensitive))
                report(code::FasBadValue, Severity::Error,
                       QStringLiteral("%1: %2=%3 is not a valid value").arg(where, v.name, v.value));
            if (weak.contains(v.value, Qt::CaseInsensitive))
                report(code::FasWeakCrypto, Severity::Warning,
                       QStringLiteral("%1 uses %2, which is weak").arg(where, v.value));
        }
        if (set.suites.isEmpty())
            report(code::FasSemantic, Severity::Error, QStringLiteral("%1 has no suite").arg(where));
        QMap<QString, int> methodCount;
        QSet<QString> keyExchanges;
        for (qsizetype i = 0; i < set.suites.size(); ++i) {
            const WfasValues &suite = set.suites[i];
            const QString suiteWhere = where + QLatin1Char('\\') + suiteKeyName(i);
            for (const WfasValue &v : suite.values) {
                if (!containsName(wfasSuiteValueNames(set.kind), v.name))
                    report(code::FasUnknownSetValue, Severity::Warning,
                           QStringLiteral("%1: unknown value %2=%3 (kept)").arg(suiteWhere, v.name, v.value));
                const QStringList allowed = allowedValues(set.kind, v.name);
                if (!allowed.isEmpty() && !allowed.contains(v.value, Qt::CaseInsensitive))
                    report(code::FasBadValue, Severity::Error,
                           QStringLiteral("%1: %2=%3 is not a valid value").arg(suiteWhere, v.name, v.value));
                if (weak.contains(v.value, Qt::CaseInsensitive))
                    report(code::FasWeakCrypto, Severity::Warning,
                           QStringLiteral("%1 uses %2, which is weak").arg(suiteWhere, v.value),
                           QStringLiteral("prefer AES with SHA-256 and DH group 14 or stronger"));
            }
            const QString method = suite.value(QStringLiteral("Method"));
            if (!method.isEmpty())
                ++methodCount[method.toLower()];
            if (suite.has(QStringLiteral("SHKey")))
                report(code::FasPlainTextKey, Severity::Warning,
                       QStringLiteral("%1 holds a preshared key in plain text (****)").arg(suiteWhere),
                       QStringLiteral(
                           "anyone who can read SYSVOL can read it; prefer Kerberos or certificates"));
            if (set.kind == WfasSetKind::Phase1Crypto) {
                const QString kx = suite.has(QStringLiteral("2_16KeyExchange"))
                                       ? suite.value(QStringLiteral("2_16KeyExchange"))
                                       : suite.value(QStringLiteral("KeyExchange"));
                keyExchanges.insert(kx.toUpper());
            }
            if (set.kind == WfasSetKind::Phase2Crypto &&
                suite.value(QStringLiteral("Protocol"))
                        .compare(QStringLiteral("AH&ESP"), Qt::CaseInsensitive) == 0) {
                const QString ah = suite.has(QStringLiteral("2_1AhHash"))
                                       ? suite.value(QStringLiteral("2_1AhHash"))
                                       : suite.value(QStringLiteral("AhHash"));
                const QString esp = suite.has(QStringLiteral("2_1EspHash"))
                                        ? suite.value(QStringLiteral("2_1EspHash"))
                                        : suite.value(QStringLiteral("EspHash"));
                if (ah.compare(esp, Qt::CaseInsensitive) != 0)
                    report(code::FasSemantic, Severity::Error,
                           QStringLiteral("%1: AH&ESP needs the same AH and ESP hash (%2 vs %3)")
                               .arg(suiteWhere, ah, esp));
            }
        }
        if (set.kind == WfasSetKind::Phase1Auth) {
            for (const char *single : {"anonymous", "machinekerb", "machinentlm", "machineshkey"})
                if (methodCount.value(QLatin1String(single)) > 1)
                    report(code::FasSemantic, Severity::Error,
                           QStringLiteral("%1 has more than one %2 suite").arg(where, QLatin1String(single)));
            if (methodCount.contains(QStringLiteral("machinentlm")) &&
                methodCount.contains(QStringLiteral("machineshkey")))
                report(code::FasSemantic, Severity::Error,
                       QStringLiteral("%1 mixes NTLM and preshared key").arg(where));
        }
        if (set.kind == WfasSetKind::Phase2Auth) {
            if (methodCount.size() == 1 && methodCount.contains(QStringLiteral("anonymous")))
                report(code::FasSemantic, Severity::Error,
                       QStringLiteral("%1: Anonymous cannot be the only suite").arg(where));
            if (methodCount.contains(QStringLiteral("machinecert")) &&
                methodCount.contains(QStringLiteral("usercert")))
                report(code::FasSemantic, Severity::Error,
                       QStringLiteral("%1 mixes computer and user certificates").arg(where));
        }
        if (set.kind == WfasSetKind::Phase1Crypto && keyExchanges.size() > 1)
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("%1: all suites must share one key exchange (DH group)").arg(where));
    }
    return out;
}

QString describeSet(const WfasSet &set)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(describeSetKind(set.kind), set.displayName());
    for (const WfasValue &v : set.properties.values)
        lines << QStringLiteral("  %1 = %2").arg(v.name, v.value);
    for (qsizetype i = 0; i < set.suites.size(); ++i) {
        QStringList parts;
        for (const WfasValue &v : set.suites[i].values)
            parts << QStringLiteral("%1=%2").arg(
                v.name, v.name.compare(QStringLiteral("SHKey"), Qt::CaseInsensitive) == 0
                            ? QStringLiteral("****")
                            : v.value);
        lines << QStringLiteral("  suite %1: %2").arg(suiteKeyName(i), parts.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ipsec::gpo
