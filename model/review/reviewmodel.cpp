#include "reviewmodel.h"

#include "baseline.h"
#include "formats/gpo/gpofindings.h"
#include "reviewfindings.h"

#include <QFile>
#include <QFileInfo>

namespace ipsec::review {

namespace {

using gpo::PolRecord;
using gpo::WfasRule;

// How a registry value reads (docs/review.md, "Profiles and global settings").
enum class Meaning : std::uint8_t {
    OnOff,         // 1 = on
    InvertedOnOff, // a "Disable..." value: 1 = off
    Action,        // 0 allow, 1 block
    Number,
    Kilobytes,
    Seconds,
    Text,
    IpsecExempt, // bit flags
    CrlCheck,    // 0 / 1 / 2
    ThroughNat,  // 0 / 1 / 2
    PacketQueue, // flags
    KeyEncoding, // 1 = UTF-8
    Version,     // PolicyVersion: 0x021E -> 2.30
};

struct SettingSpec {
    const char *registryName; // relative to the profile key; "Logging\\..." below it
    const char *key;
    const char *label;
    Meaning meaning;
};

// Per-profile values [spec MS-GPFAS 2.2.3], docs/formats/gpo.md "Global and per-profile values".
constexpr SettingSpec kProfileSettings[] = {
    {"EnableFirewall", "enabled", "Firewall state", Meaning::OnOff},
    {"DefaultInboundAction", "defaultInboundAction", "Inbound connections (default)", Meaning::Action},
    {"DefaultOutboundAction", "defaultOutboundAction", "Outbound connections (default)", Meaning::Action},
    {"DisableNotifications", "notifications", "Display a notification", Meaning::InvertedOnOff},
    {"DisableUnicastResponsesToMulticastBroadcast", "unicastResponses",
     "Allow unicast response to multicast or broadcast", Meaning::InvertedOnOff},
    {"AllowLocalPolicyMerge", "localPolicyMerge", "Apply local firewall rules", Meaning::OnOff},
    {"AllowLocalIPsecPolicyMerge", "localIpsecPolicyMerge", "Apply local connection security rules",
     Meaning::OnOff},
    {"DoNotAllowExceptions", "shielded", "Block all connections, including allowed programs", Meaning::OnOff},
    {"DisableStealthMode", "stealthMode", "Stealth mode", Meaning::InvertedOnOff},
    {"DisableStealthModeIPsecSecuredPacketExemption", "stealthModeIpsecExemption",
     "Stealth mode exempts IPsec-secured packets", Meaning::InvertedOnOff},
    {"DisabledInterfaces", "disabledInterfaces", "Interfaces without firewall", Meaning::Text},
    {"Logging\\LogFilePath", "logFilePath", "Log file", Meaning::Text},
    {"Logging\\LogFileSize", "logFileSize", "Log file size limit", Meaning::Kilobytes},
    {"Logging\\LogDroppedPackets", "logDroppedPackets", "Log dropped packets", Meaning::OnOff},
    {"Logging\\LogSuccessfulConnections", "logSuccessfulConnections", "Log successful connections",
     Meaning::OnOff},
    {"Logging\\LogIgnoredRules", "logIgnoredRules", "Log ignored rules", Meaning::OnOff},
};

// Values on the firewall key itself [spec MS-GPFAS 2.2.1].
constexpr SettingSpec kGlobalSettings[] = {
    {"PolicyVersion", "policyVersion", "Policy version", Meaning::Version},
    {"IPsecExempt", "ipsecExempt", "IPsec exemptions", Meaning::IpsecExempt},
    {"StrongCRLCheck", "strongCrlCheck", "Certificate revocation (CRL) check", Meaning::CrlCheck},
    {"IPsecThroughNAT", "ipsecThroughNat", "IPsec through NAT", Meaning::ThroughNat},
    {"SAIdlTime", "saIdleTime", "Security association idle time", Meaning::Seconds},
    {"PresharedKeyEncoding", "presharedKeyEncoding", "Preshared key encoding", Meaning::KeyEncoding},
    {"DisableStatefulFTP", "statefulFtp", "Stateful FTP", Meaning::InvertedOnOff},
    {"DisableStatefulPPTP", "statefulPptp", "Stateful PPTP", Meaning::InvertedOnOff},
    {"EnablePacketQueue", "packetQueue", "Packet queuing", Meaning::PacketQueue},
    {"IPsecOpportunisticallyMatchAuthSetPerKM", "matchAuthSetPerKeyingModule",
     "Match authentication set per keying module", Meaning::OnOff},
    {"IPsecTunnelRemoteMachineAuthorizationList", "tunnelRemoteMachineAuthorization",
     "Tunnel authorization: computers (SDDL)", Meaning::Text},
    {"IPsecTunnelRemoteUserAuthorizationList", "tunnelRemoteUserAuthorization",
     "Tunnel authorization: users (SDDL)", Meaning::Text},
    {"IPsecTransportRemoteMachineAuthorizationList", "transportRemoteMachineAuthorization",
     "Transport authorization: computers (SDDL)", Meaning::Text},
    {"IPsecTransportRemoteUserAuthorizationList", "transportRemoteUserAuthorization",
     "Transport authorization: users (SDDL)", Meaning::Text},
};

struct ProfileKey {
    const char *registryKey;
    const char *key;
};
constexpr ProfileKey kProfileKeys[] = {{"DomainProfile", "domain"},
                                       {"PrivateProfile", "private"},
                                       {"PublicProfile", "public"},
                                       {"StandardProfile", "standard"}};

QString choose(std::uint32_t v, std::initializer_list<const char *> names)
{
    if (v < names.size())
        return QString::fromLatin1(names.begin()[v]);
    return QStringLiteral("unknown value %1").arg(v);
}

QString flagsText(std::uint32_t v, std::initializer_list<std::pair<std::uint32_t, const char *>> flags,
                  const QString &none)
{
    QStringList parts;
    std::uint32_t rest = v;
    for (const auto &[bit, name] : flags)
        if (v & bit) {
            parts << QString::fromLatin1(name);
            rest &= ~bit;
        }
    if (rest)
        parts << QStringLiteral("unknown flags 0x%1").arg(rest, 0, 16);
    return parts.isEmpty() ? none : parts.join(QStringLiteral(", "));
}

ReviewSetting decodeValue(const PolRecord &r, const SettingSpec *spec, const QString &registryName)
{
    ReviewSetting s;
    s.registryName = registryName;
    s.known = spec != nullptr;
    s.key = spec ? QString::fromLatin1(spec->key) : registryName;
    s.label = spec ? QString::fromLatin1(spec->label) : registryName;
    const std::optional<std::uint32_t> dword = r.dword();
    if (r.isString() || !dword) {
        s.text = r.isString() ? r.text() : QString::fromLatin1(r.data.toHex(' '));
        s.value = s.text;
        return s;
    }
    const std::uint32_t v = *dword;
    s.value = qint64(v);
    switch (spec ? spec->meaning : Meaning::Number) {
    case Meaning::OnOff:
    case Meaning::InvertedOnOff: {
        const bool on = (v != 0) != (spec->meaning == Meaning::InvertedOnOff);
        s.value = on;
        s.text = on ? QStringLiteral("on") : QStringLiteral("off");
        break;
    }
    case Meaning::Action:
        s.text = choose(v, {"allow", "block"});
        s.value = v <= 1 ? QVariant(s.text) : QVariant(qint64(v));
        break;
    case Meaning::Kilobytes:
        s.text = QStringLiteral("%1 KB").arg(v);
        break;
    case Meaning::Seconds:
        s.text = QStringLiteral("%1 seconds").arg(v);
        break;
    case Meaning::IpsecExempt:
        s.text = flagsText(v, {{1, "neighbor discovery"}, {2, "ICMP"}, {4, "router discovery"}, {8, "DHCP"}},
                           QStringLiteral("none"));
        break;
    case Meaning::CrlCheck:
        s.text = choose(v, {"none", "fail only if revoked", "fail on any error"});
        break;
    case Meaning::ThroughNat:
        s.text = choose(v, {"never", "server behind NAT", "server and client behind NAT"});
        break;
    case Meaning::PacketQueue:
        s.text = flagsText(v, {{1, "inbound"}, {2, "forwarded"}}, QStringLiteral("off"));
        break;
    case Meaning::KeyEncoding:
        s.text = v == 1 ? QStringLiteral("UTF-8") : QStringLiteral("%1").arg(v);
        break;
    case Meaning::Version:
        s.text = QStringLiteral("%1 (%2)").arg(gpo::formatSchemaVersion(std::uint16_t(v))).arg(v);
        break;
    case Meaning::Number:
    case Meaning::Text:
        s.text = QString::number(v);
        break;
    }
    return s;
}

template <std::size_t N>
const SettingSpec *findSpec(const SettingSpec (&table)[N], const QString &registryName)
{
    for (const SettingSpec &spec : table)
        if (registryName.compare(QLatin1String(spec.registryName), Qt::CaseInsensitive) == 0)
            return &spec;
    return nullptr;
}

QString protocolText(const WfasRule &r)
{
    const std::optional<int> p = r.protocol();
    return p ? gpo::wfasProtocolName(*p) : QStringLiteral("any");
}

QStringList profileNames(const WfasRule &r)
{
    const std::uint32_t p = r.profiles();
    if (p == gpo::kAllProfiles)
        return {};
    QStringList out;
    if (p & 1)
        out << QStringLiteral("domain");
    if (p & 2)
        out << QStringLiteral("private");
    if (p & 4)
        out << QStringLiteral("public");
    return out;
}

QStringList valuesOf(const WfasRule &r, std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << r.values(QLatin1String(n));
    return out;
}

QString setName(const gpo::WfasPolicy &policy, gpo::WfasSetKind kind, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (const gpo::WfasSet *set = policy.resolveSet(kind, id))
        return set->displayName();
    if (gpo::isDefaultSetId(id))
        return QStringLiteral("default (%1)").arg(id);
    return QStringLiteral("missing set %1").arg(id);
}

// Tokens that a column of the rule tables shows; the rest are listed as "other".
const QStringList &shownTokens()
{
    static const QStringList tokens{
        QStringLiteral("Action"),      QStringLiteral("Dir"),        QStringLiteral("Active"),
        QStringLiteral("Protocol"),    QStringLiteral("Profile"),    QStringLiteral("LPort"),
        QStringLiteral("LPort2_10"),   QStringLiteral("LPort2_20"),  QStringLiteral("RPort"),
        QStringLiteral("RPort2_10"),   QStringLiteral("LA4"),        QStringLiteral("LA6"),
        QStringLiteral("RA4"),         QStringLiteral("RA6"),        QStringLiteral("RA42"),
        QStringLiteral("RA62"),        QStringLiteral("ICMP4"),      QStringLiteral("ICMP6"),
        QStringLiteral("App"),         QStringLiteral("Svc"),        QStringLiteral("AppPkgId"),
        QStringLiteral("IFType"),      QStringLiteral("Security"),   QStringLiteral("Edge"),
        QStringLiteral("Name"),        QStringLiteral("Desc"),       QStringLiteral("EmbedCtxt"),
        QStringLiteral("EP1Port"),     QStringLiteral("EP2Port"),    QStringLiteral("EP1Port2_10"),
        QStringLiteral("EP2Port2_10"), QStringLiteral("EP1_4"),      QStringLiteral("EP1_6"),
        QStringLiteral("EP2_4"),       QStringLiteral("EP2_6"),      QStringLiteral("Auth1Set"),
        QStringLiteral("Auth2Set"),    QStringLiteral("Crypto2Set"), QStringLiteral("Crypto1Set"),
        QStringLiteral("LTunnel4"),    QStringLiteral("LTunnel6"),   QStringLiteral("RTunnel4"),
        QStringLiteral("RTunnel6"),    QStringLiteral("LTunnel4_2"), QStringLiteral("LTunnel6_2"),
        QStringLiteral("RTunnel4_2"),  QStringLiteral("RTunnel6_2")};
    return tokens;
}

ReviewRule decodeRule(const WfasRule &r, RuleKind kind, const gpo::WfasPolicy &policy)
{
    ReviewRule out;
    out.kind = kind;
    out.source = r;
    out.id = r.id;
    out.version = r.version;
    out.name = r.displayName();
    out.description = r.value(QStringLiteral("Desc"));
    out.group = r.value(QStringLiteral("EmbedCtxt"));
    out.enabled = r.isActive();
    out.profiles = profileNames(r);
    out.protocol = protocolText(r);
    out.interfaceTypes = r.values(QStringLiteral("IFType"));
    if (kind == RuleKind::Firewall) {
        out.action = r.value(QStringLiteral("Action")).toLower();
        out.direction = r.value(QStringLiteral("Dir")).toLower();
        out.localPorts = valuesOf(r, {"LPort", "LPort2_10", "LPort2_20"});
        out.remotePorts = valuesOf(r, {"RPort", "RPort2_10"});
        out.localAddresses = valuesOf(r, {"LA4", "LA6"});
        out.remoteAddresses = valuesOf(r, {"RA4", "RA6", "RA42", "RA62"});
        out.icmpTypes = valuesOf(r, {"ICMP4", "ICMP6"});
        out.program = r.value(QStringLiteral("App"));
        out.service = r.value(QStringLiteral("Svc"));
        out.packageId = r.value(QStringLiteral("AppPkgId"));
        const QString security = r.value(QStringLiteral("Security"));
        out.security = security.compare(QStringLiteral("AuthenticateEncrypt"), Qt::CaseInsensitive) == 0
                           ? QStringLiteral("authenticate and encrypt")
                       : security.compare(QStringLiteral("Authenticate"), Qt::CaseInsensitive) == 0
                           ? QStringLiteral("authenticate")
                           : security;
        out.edgeTraversal =
            r.value(QStringLiteral("Edge")).compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0;
    } else {
        if (kind == RuleKind::ConnectionSecurity)
            out.action = gpo::describeConSecAction(r.value(QStringLiteral("Action")));
        out.localPorts = valuesOf(r, {"EP1Port", "EP1Port2_10"});
        out.remotePorts = valuesOf(r, {"EP2Port", "EP2Port2_10"});
        out.localAddresses = valuesOf(r, {"EP1_4", "EP1_6"});
        out.remoteAddresses = valuesOf(r, {"EP2_4", "EP2_6"});
        out.authSet1 = setName(policy, gpo::WfasSetKind::Phase1Auth, r.value(QStringLiteral("Auth1Set")));
        out.authSet2 = setName(policy, gpo::WfasSetKind::Phase2Auth, r.value(QStringLiteral("Auth2Set")));
        out.cryptoSet =
            kind == RuleKind::MainMode
                ? setName(policy, gpo::WfasSetKind::Phase1Crypto, r.value(QStringLiteral("Crypto1Set")))
                : setName(policy, gpo::WfasSetKind::Phase2Crypto, r.value(QStringLiteral("Crypto2Set")));
        for (const char *t : {"LTunnel4", "LTunnel6", "LTunnel4_2", "LTunnel6_2"})
            for (const QString &v : r.values(QLatin1String(t)))
                out.tunnelEndpoints << QStringLiteral("local %1").arg(v);
        for (const char *t : {"RTunnel4", "RTunnel6", "RTunnel4_2", "RTunnel6_2"})
            for (const QString &v : r.values(QLatin1String(t)))
                out.tunnelEndpoints << QStringLiteral("remote %1").arg(v);
    }
    for (const gpo::RuleToken &t : r.tokens)
        if (!shownTokens().contains(t.name, Qt::CaseInsensitive))
            out.otherTokens << t;
    return out;
}

ReviewSet decodeSet(const gpo::WfasSet &set)
{
    ReviewSet out;
    out.kind = set.kind;
    out.id = set.id;
    out.name = set.displayName();
    out.source = set;
    for (const gpo::WfasValue &v : set.properties.values)
        if (v.name.compare(QStringLiteral("Name"), Qt::CaseInsensitive) != 0)
            out.properties << QStringLiteral("%1 = %2").arg(v.name, v.value);
    for (const gpo::WfasValues &suite : set.suites) {
        QStringList parts;
        for (const gpo::WfasValue &v : suite.values)
            parts << QStringLiteral("%1=%2").arg(
                v.name, v.name.compare(QStringLiteral("SHKey"), Qt::CaseInsensitive) == 0
                            ? QStringLiteral("****")
                            : v.value);
        out.suites << parts.join(QStringLiteral(", "));
    }
    return out;
}

} // namespace

const ReviewSetting *ReviewProfile::find(const QString &settingKey) const
{
    for (const ReviewSetting &s : settings)
        if (s.key == settingKey)
            return &s;
    return nullptr;
}

const ReviewProfile *PolicyContent::profile(const QString &key) const
{
    for (const ReviewProfile &p : profiles)
        if (p.key == key)
            return &p;
    return nullptr;
}

QString rowPointer(RuleKind kind, qsizetype index)
{
    const char *list = kind == RuleKind::Firewall             ? "firewallRules"
                       : kind == RuleKind::ConnectionSecurity ? "connectionSecurityRules"
                                                              : "mainModeRules";
    return QStringLiteral("/%1/%2").arg(QLatin1String(list)).arg(index);
}

QString setPointer(qsizetype index)
{
    return QStringLiteral("/sets/%1").arg(index);
}

QString profilePointer(const QString &profileKey)
{
    return QStringLiteral("/firewallProfiles/") + profileKey;
}

QString profileLabel(const QString &profileKey)
{
    if (profileKey == u"domain")
        return QStringLiteral("Domain profile");
    if (profileKey == u"private")
        return QStringLiteral("Private profile");
    if (profileKey == u"public")
        return QStringLiteral("Public profile");
    return QStringLiteral("Standard profile (before Vista)");
}

QString ReviewedGpo::title() const
{
    if (!source.displayName.isEmpty())
        return source.displayName;
    if (!source.gpoGuid.isEmpty())
        return source.gpoGuid;
    return QFileInfo(source.folder).fileName();
}

int ReviewReport::countFindings(Severity severity) const
{
    int n = countOf(findings, severity);
    for (const ReviewedGpo &g : gpos)
        n += countOf(g.source.findings, severity) + countOf(g.findings, severity);
    return n;
}

PolicyContent decodeContent(const gpo::WfasPolicy &policy)
{
    PolicyContent c;
    for (const ProfileKey &pk : kProfileKeys) {
        ReviewProfile p;
        p.key = QString::fromLatin1(pk.key);
        p.label = profileLabel(p.key);
        const QString profileKey = QString::fromLatin1(pk.registryKey);
        for (const PolRecord &r : policy.settings) {
            if (r.instruction() != gpo::PolInstruction::SetValue)
                continue;
            QString below;
            if (r.key.compare(profileKey, Qt::CaseInsensitive) == 0)
                below = r.valueName;
            else if (r.key.startsWith(profileKey + QLatin1Char('\\'), Qt::CaseInsensitive))
                below = r.key.mid(profileKey.size() + 1) + QLatin1Char('\\') + r.valueName;
            else
                continue;
            const SettingSpec *spec = findSpec(kProfileSettings, below);
            ReviewSetting s = decodeValue(r, spec, below);
            (spec ? p.settings : c.unknownValues) << s;
            if (!spec)
                c.unknownValues.last().registryName = profileKey + QLatin1Char('\\') + below;
        }
        // In the order of the table (what a reviewer reads first), not the file's.
        std::stable_sort(p.settings.begin(), p.settings.end(),
                         [](const ReviewSetting &a, const ReviewSetting &b) {
                             return findSpec(kProfileSettings, a.registryName) <
                                    findSpec(kProfileSettings, b.registryName);
                         });
        // The legacy StandardProfile appears only when the GPO sets it.
        if (p.key != u"standard" || !p.settings.isEmpty())
            c.profiles << p;
    }
    for (const PolRecord &r : policy.settings) {
        if (!r.key.isEmpty() || r.instruction() != gpo::PolInstruction::SetValue)
            continue;
        const SettingSpec *spec = findSpec(kGlobalSettings, r.valueName);
        (spec ? c.globalSettings : c.unknownValues) << decodeValue(r, spec, r.valueName);
    }
    for (const PolRecord &r : policy.unrecognised) {
        ReviewSetting s =
            decodeValue(r, nullptr, r.key.isEmpty() ? r.valueName : r.key + u'\\' + r.valueName);
        c.unknownValues << s;
    }
    for (const WfasRule &r : policy.firewallRules)
        c.firewallRules << decodeRule(r, RuleKind::Firewall, policy);
    for (const WfasRule &r : policy.connectionSecurityRules)
        c.connectionSecurityRules << decodeRule(r, RuleKind::ConnectionSecurity, policy);
    for (const WfasRule &r : policy.mainModeRules)
        c.mainModeRules << decodeRule(r, RuleKind::MainMode, policy);
    for (const gpo::WfasSet &s : policy.sets)
        c.sets << decodeSet(s);
    return c;
}

ReviewReport buildReport(const gpo::GpoReviewResult &review)
{
    ReviewReport report;
    report.path = review.path;
    report.findings = review.findings;
    for (const gpo::GpoBackupReview &g : review.gpos) {
        ReviewedGpo reviewed;
        reviewed.source = g;
        reviewed.content = decodeContent(g.wfas);
        reviewed.findings = reviewContent(reviewed.content);
        report.gpos << reviewed;
    }
    return report;
}

gpo::GpoReviewResult readReviewPath(const QString &path, const std::function<void(int, int)> &progress)
{
    const QFileInfo info(path);
    QFile file(path);
    const bool isPol = info.isFile() && file.open(QIODevice::ReadOnly) && file.peek(4) == "PReg";
    if (!isPol && !(info.isFile() && info.suffix().compare(QStringLiteral("pol"), Qt::CaseInsensitive) == 0))
        return gpo::reviewGpoPath(path, progress);
    // A registry.pol has no GPO around it: reviewed like a .wfw (its WFAS content, decoded and validated).
    gpo::GpoReviewResult result;
    result.path = path;
    gpo::GpoBackupReview g;
    g.folder = path;
    g.isWfw = true;
    g.hasRegistryPol = true;
    g.displayName = info.fileName();
    if (!file.isOpen()) {
        result.findings << gpo::fileFinding(
            gpo::code::BackupMissingFile, Severity::Error, path, -1,
            QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
        return result;
    }
    const gpo::PolReadResult pol = gpo::readRegistryPol(file.readAll(), path);
    g.findings << pol.findings;
    g.registryRecords = pol.records;
    const gpo::WfasDecodeResult decoded =
        gpo::decodeWfas(pol.records, gpo::kWfasBaseKey, path, &pol.recordOffsets);
    g.findings << decoded.findings;
    g.wfas = decoded.policy;
    g.findings << gpo::validateWfas(g.wfas, path);
    result.gpos << g;
    if (progress)
        progress(1, 1);
    return result;
}

} // namespace ipsec::review
