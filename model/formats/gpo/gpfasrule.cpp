#include "gpfasrule.h"

#include "core/enumnames.h"
#include "gpofindings.h"

#include <QRegularExpression>
#include <QUuid>
#include <array>

namespace ipsec::gpo {

namespace {

enum class Repeat : std::uint8_t { Once, Many };

enum class ValueKind : std::uint8_t {
    Text,       // free text without '|'
    Bool,       // TRUE / FALSE
    Choice,     // one of `choices` (case-sensitive as Windows writes them; compared case-insensitively)
    Protocol,   // 0..255
    Port,       // 0..65535
    PortRange,  // p or p-q
    PortOrWord, // a port, a range or one of `choices`
    Address4,   // range / subnet / keyword
    Address6,
    Ip4, // one literal address
    Ip6,
    Guid,
    Uint32,
    Version,
    Platform, // platform:major:minor
    Icmp,     // type:code, code may be *
};

struct TokenSpec {
    const char *name;
    Repeat repeat;
    ValueKind kind;
    std::uint16_t since;           // schema version that introduced the token (docs/formats/gpo.md; Q49)
    const char *choices = nullptr; // '|'-separated
};

constexpr std::uint16_t V2_0 = 0x0200;
constexpr std::uint16_t V2_8 = 0x0208;
constexpr std::uint16_t V2_10 = 0x020A;
constexpr std::uint16_t V2_20 = 0x0214;
// Q49: "SecurityRealmEnabled" needs Windows 10 / Server 2016; the earliest Windows 10 schema is 2.24.
constexpr std::uint16_t V2_24 = 0x0218;

constexpr char kAddressKeywords[] = "LocalSubnet|DNS|DHCP|WINS|DefaultGateway";
constexpr char kProfiles[] = "Domain|Private|Public";
constexpr char kIfTypes[] = "Lan|Wireless|RemoteAccess";

// Connection security rules [spec MS-GPFAS 2.2.6.2]; docs/formats/gpo.md, Rule strings.
constexpr std::array kConSecTokens{
    TokenSpec{"Action", Repeat::Once, ValueKind::Choice, V2_0, "SecureServer|Boundary|Secure|DoNotSecure"},
    TokenSpec{"Profile", Repeat::Many, ValueKind::Choice, V2_0, kProfiles},
    TokenSpec{"Protocol", Repeat::Once, ValueKind::Protocol, V2_0},
    TokenSpec{"EP1Port", Repeat::Many, ValueKind::Port, V2_0},
    TokenSpec{"EP2Port", Repeat::Many, ValueKind::Port, V2_0},
    TokenSpec{"EP1Port2_10", Repeat::Many, ValueKind::PortRange, V2_10},
    TokenSpec{"EP2Port2_10", Repeat::Many, ValueKind::PortRange, V2_10},
    TokenSpec{"EP1_4", Repeat::Many, ValueKind::Address4, V2_0},
    TokenSpec{"EP2_4", Repeat::Many, ValueKind::Address4, V2_0},
    TokenSpec{"EP1_6", Repeat::Many, ValueKind::Address6, V2_0},
    TokenSpec{"EP2_6", Repeat::Many, ValueKind::Address6, V2_0},
    TokenSpec{"IF", Repeat::Many, ValueKind::Guid, V2_0},
    TokenSpec{"IFType", Repeat::Many, ValueKind::Choice, V2_0, kIfTypes}, // Q50: repeats accepted
    TokenSpec{"Auth1Set", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Auth2Set", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Crypto2Set", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Name", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Desc", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"EmbedCtxt", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Active", Repeat::Once, ValueKind::Bool, V2_0},
    TokenSpec{"Platform", Repeat::Many, ValueKind::Platform, V2_0},
    TokenSpec{"Platform2", Repeat::Once, ValueKind::Choice, V2_0, "GTEQ"},
    TokenSpec{"SkipVer", Repeat::Once, ValueKind::Version, V2_0},
    TokenSpec{"SecureInClearOut", Repeat::Once, ValueKind::Bool, V2_10},
    TokenSpec{"ByPassTunnel", Repeat::Once, ValueKind::Bool, V2_10},
    TokenSpec{"Authz", Repeat::Once, ValueKind::Bool, V2_10},
    TokenSpec{"LTunnel4", Repeat::Once, ValueKind::Ip4, V2_0}, // Q46: L = local, R = remote
    TokenSpec{"RTunnel4", Repeat::Once, ValueKind::Ip4, V2_0},
    TokenSpec{"LTunnel6", Repeat::Once, ValueKind::Ip6, V2_0},
    TokenSpec{"RTunnel6", Repeat::Once, ValueKind::Ip6, V2_0},
    TokenSpec{"LTunnel4_2", Repeat::Once, ValueKind::Ip4, V2_8},
    TokenSpec{"RTunnel4_2", Repeat::Once, ValueKind::Ip4, V2_8},
    TokenSpec{"LTunnel6_2", Repeat::Once, ValueKind::Ip6, V2_8},
    TokenSpec{"RTunnel6_2", Repeat::Once, ValueKind::Ip6, V2_8},
    TokenSpec{"RTunnelFqdn", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"RTunEndpts4", Repeat::Many, ValueKind::Address4, V2_20},
    TokenSpec{"RTunEndpts6", Repeat::Many, ValueKind::Address6, V2_20},
    TokenSpec{"KeyMod", Repeat::Many, ValueKind::Choice, V2_20, "KeyModDefault|IkeV1|AuthIP|IkeV2"},
    TokenSpec{"KeyManagerDictate", Repeat::Once, ValueKind::Bool, V2_20},
    TokenSpec{"KeyManagerNotify", Repeat::Once, ValueKind::Bool, V2_20},
    TokenSpec{"FwdLifetime", Repeat::Once, ValueKind::Uint32, V2_20},
    TokenSpec{"TransportMachineAuthzSDDL", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"TransportUserAuthzSDDL", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"SecurityRealmEnabled", Repeat::Once, ValueKind::Bool, V2_24},
};

// Main mode rules [spec MS-GPFAS 2.2.7]; docs/formats/gpo.md, Main mode rules, global and profile values.
constexpr std::array kMainModeTokens{
    TokenSpec{"Profile", Repeat::Many, ValueKind::Choice, V2_8, kProfiles},
    TokenSpec{"Auth1Set", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"Crypto1Set", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"EP1_4", Repeat::Many, ValueKind::Address4, V2_8},
    TokenSpec{"EP2_4", Repeat::Many, ValueKind::Address4, V2_8},
    TokenSpec{"EP1_6", Repeat::Many, ValueKind::Address6, V2_8},
    TokenSpec{"EP2_6", Repeat::Many, ValueKind::Address6, V2_8},
    TokenSpec{"Name", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"Desc", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"EmbedCtxt", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"Active", Repeat::Once, ValueKind::Bool, V2_8},
    TokenSpec{"Platform", Repeat::Many, ValueKind::Platform, V2_8},
    TokenSpec{"SkipVer", Repeat::Once, ValueKind::Version, V2_8},
    TokenSpec{"Platform2", Repeat::Once, ValueKind::Choice, V2_8, "GTEQ"},
};

// Firewall rules [spec MS-GPFAS 2.2.2.19]; docs/formats/gpo.md, Semantic checks. Keyword lists that grow with
// Windows versions (RA42, LPort2_20, ...) are free text here: a new keyword must not make a real rule
// unreadable.
constexpr std::array kFirewallTokens{
    TokenSpec{"Action", Repeat::Once, ValueKind::Choice, V2_0, "Allow|Block|ByPass"},
    TokenSpec{"Dir", Repeat::Once, ValueKind::Choice, V2_0, "In|Out"},
    TokenSpec{"Active", Repeat::Once, ValueKind::Bool, V2_0},
    TokenSpec{"Protocol", Repeat::Once, ValueKind::Protocol, V2_0},
    TokenSpec{"Profile", Repeat::Many, ValueKind::Choice, V2_0, kProfiles},
    TokenSpec{"IF", Repeat::Many, ValueKind::Guid, V2_0},
    TokenSpec{"IFType", Repeat::Many, ValueKind::Choice, V2_0, kIfTypes},
    TokenSpec{"LPort", Repeat::Many, ValueKind::PortOrWord, V2_0, "RPC|RPC-EPMap|Teredo"},
    TokenSpec{"RPort", Repeat::Many, ValueKind::PortOrWord, V2_0, ""},
    TokenSpec{"LPort2_10", Repeat::Many, ValueKind::PortOrWord, V2_10, "IPTLSIn|IPHTTPSIn"},
    TokenSpec{"RPort2_10", Repeat::Many, ValueKind::PortOrWord, V2_10, "IPTLSOut|IPHTTPSOut"},
    TokenSpec{"LPort2_20", Repeat::Many, ValueKind::Text, V2_20},
    TokenSpec{"LA4", Repeat::Many, ValueKind::Address4, V2_0},
    TokenSpec{"RA4", Repeat::Many, ValueKind::Address4, V2_0},
    TokenSpec{"LA6", Repeat::Many, ValueKind::Address6, V2_0},
    TokenSpec{"RA6", Repeat::Many, ValueKind::Address6, V2_0},
    TokenSpec{"RA42", Repeat::Many, ValueKind::Text, V2_20},
    TokenSpec{"RA62", Repeat::Many, ValueKind::Text, V2_20},
    TokenSpec{"App", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Svc", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"AppPkgId", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"Name", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Desc", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"EmbedCtxt", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"Edge", Repeat::Once, ValueKind::Bool, V2_0},
    TokenSpec{"Defer", Repeat::Once, ValueKind::Choice, V2_10, "App|User"},
    TokenSpec{"ICMP4", Repeat::Many, ValueKind::Icmp, V2_0},
    TokenSpec{"ICMP6", Repeat::Many, ValueKind::Icmp, V2_0},
    TokenSpec{"Security", Repeat::Once, ValueKind::Choice, V2_0, "Authenticate|AuthenticateEncrypt"},
    TokenSpec{"Security2_9", Repeat::Once, ValueKind::Text, V2_8},
    TokenSpec{"Security2", Repeat::Once, ValueKind::Text, V2_10},
    TokenSpec{"RMauth", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"RUAuth", Repeat::Once, ValueKind::Text, V2_0},
    TokenSpec{"AuthByPassOut", Repeat::Once, ValueKind::Bool, V2_10},
    TokenSpec{"LSM", Repeat::Once, ValueKind::Bool, V2_10},
    TokenSpec{"LOM", Repeat::Once, ValueKind::Bool, V2_20},
    TokenSpec{"PCross", Repeat::Once, ValueKind::Bool, V2_20},
    TokenSpec{"Platform", Repeat::Many, ValueKind::Platform, V2_0},
    TokenSpec{"Platform2", Repeat::Once, ValueKind::Choice, V2_0, "GTEQ"},
    TokenSpec{"SkipVer", Repeat::Once, ValueKind::Version, V2_0},
    TokenSpec{"LUAuth", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"LUOwn", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"LUAuth2_24", Repeat::Once, ValueKind::Text, V2_24},
    TokenSpec{"NNm", Repeat::Once, ValueKind::Text, V2_20},
    TokenSpec{"SecurityRealmId", Repeat::Once, ValueKind::Text, V2_24},
};

// "TTK…" trust-tuple keywords come in versioned variants (TTK, TTK2_22, TTK2_27, TTK2_28, ...).
bool isTrustTupleToken(const QString &name)
{
    return name.startsWith(QStringLiteral("TTK"));
}

const TokenSpec *findSpec(WfasRuleKind kind, const QString &name)
{
    auto search = [&](const auto &table) -> const TokenSpec * {
        for (const TokenSpec &s : table)
            if (name == QLatin1String(s.name))
                return &s;
        return nullptr;
    };
    switch (kind) {
    case WfasRuleKind::ConnectionSecurity:
        return search(kConSecTokens);
    case WfasRuleKind::MainMode:
        return search(kMainModeTokens);
    case WfasRuleKind::Firewall:
        return search(kFirewallTokens);
    }
    return nullptr;
}

QStringList choicesOf(const TokenSpec &spec)
{
    return spec.choices ? QString::fromLatin1(spec.choices).split(QLatin1Char('|'), Qt::SkipEmptyParts)
                        : QStringList{};
}

bool isPort(const QString &v)
{
    bool ok = false;
    const uint p = v.toUInt(&ok);
    return ok && p <= 65535 && !v.startsWith(QLatin1Char('+'));
}

bool isPortRange(const QString &v)
{
    const qsizetype dash = v.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return isPort(v);
    return isPort(v.left(dash)) && isPort(v.mid(dash + 1)) &&
           v.left(dash).toUInt() <= v.mid(dash + 1).toUInt();
}

bool isAddressOfFamily(const QString &v, IpAddress::Family family)
{
    if (choicesOf(TokenSpec{"", Repeat::Once, ValueKind::Text, 0, kAddressKeywords})
            .contains(v, Qt::CaseInsensitive))
        return true;
    const auto a = parseWfasAddress(v);
    return a && a->family() == family;
}

bool isIp(const QString &v, IpAddress::Family family)
{
    const auto a = IpAddress::parse(v);
    return a && a->family() == family;
}

bool validValue(const TokenSpec &spec, const QString &v)
{
    switch (spec.kind) {
    case ValueKind::Text:
        return true;
    case ValueKind::Bool:
        return v.compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0 ||
               v.compare(QStringLiteral("FALSE"), Qt::CaseInsensitive) == 0;
    case ValueKind::Choice:
        return choicesOf(spec).contains(v, Qt::CaseInsensitive);
    case ValueKind::Protocol: {
        bool ok = false;
        return v.toUInt(&ok) <= 255 && ok;
    }
    case ValueKind::Port:
        return isPort(v);
    case ValueKind::PortRange:
        return isPortRange(v);
    case ValueKind::PortOrWord:
        return isPortRange(v) || choicesOf(spec).contains(v, Qt::CaseInsensitive);
    case ValueKind::Address4:
        return isAddressOfFamily(v, IpAddress::Family::IPv4);
    case ValueKind::Address6:
        return isAddressOfFamily(v, IpAddress::Family::IPv6);
    case ValueKind::Ip4:
        return isIp(v, IpAddress::Family::IPv4);
    case ValueKind::Ip6:
        return isIp(v, IpAddress::Family::IPv6);
    case ValueKind::Guid:
        return !QUuid::fromString(v).isNull();
    case ValueKind::Uint32: {
        bool ok = false;
        v.toUInt(&ok);
        return ok;
    }
    case ValueKind::Version:
        return parseSchemaVersion(v).has_value();
    case ValueKind::Platform: {
        static const QRegularExpression re(QStringLiteral("^\\d+:\\d+:\\d+$"));
        return re.match(v).hasMatch();
    }
    case ValueKind::Icmp: {
        static const QRegularExpression re(QStringLiteral("^\\d{1,3}:(\\d{1,3}|\\*)$"));
        return re.match(v).hasMatch();
    }
    }
    return false;
}

bool isTrue(const QString &v)
{
    return v.compare(QStringLiteral("TRUE"), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<std::uint16_t> parseSchemaVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const uint major = m.captured(1).toUInt();
    const uint minor = m.captured(2).toUInt();
    if (major > 255 || minor > 255)
        return std::nullopt;
    return std::uint16_t(major << 8 | minor);
}

QString formatSchemaVersion(std::uint16_t version)
{
    return QStringLiteral("%1.%2").arg(version >> 8).arg(version & 0xFF);
}

bool WfasRule::has(const QString &name) const
{
    for (const RuleToken &t : tokens)
        if (t.name == name)
            return true;
    return false;
}

QString WfasRule::value(const QString &name) const
{
    for (const RuleToken &t : tokens)
        if (t.name == name)
            return t.value;
    return {};
}

QStringList WfasRule::values(const QString &name) const
{
    QStringList out;
    for (const RuleToken &t : tokens)
        if (t.name == name)
            out << t.value;
    return out;
}

void WfasRule::set(const QString &name, const QString &v)
{
    bool placed = false;
    for (qsizetype i = 0; i < tokens.size();) {
        if (tokens[i].name != name) {
            ++i;
            continue;
        }
        if (!placed) {
            tokens[i].value = v;
            placed = true;
            ++i;
        } else {
            tokens.removeAt(i);
        }
    }
    if (!placed)
        add(name, v);
}

void WfasRule::remove(const QString &name)
{
    tokens.removeIf([&](const RuleToken &t) { return t.name == name; });
}

QString WfasRule::toString() const
{
    QString s = QLatin1Char('v') + version + QLatin1Char('|');
    for (const RuleToken &t : tokens)
        s += t.hasEquals ? t.name + QLatin1Char('=') + t.value + QLatin1Char('|') : t.name + QLatin1Char('|');
    return s;
}

QString WfasRule::displayName() const
{
    const QString n = value(QStringLiteral("Name"));
    return n.isEmpty() ? id : n;
}

bool WfasRule::isActive() const
{
    return isTrue(value(QStringLiteral("Active")));
}

std::uint32_t WfasRule::profiles() const
{
    std::uint32_t flags = 0;
    for (const QString &p : values(QStringLiteral("Profile"))) {
        if (p.compare(QStringLiteral("Domain"), Qt::CaseInsensitive) == 0)
            flags |= 1;
        else if (p.compare(QStringLiteral("Private"), Qt::CaseInsensitive) == 0)
            flags |= 2;
        else if (p.compare(QStringLiteral("Public"), Qt::CaseInsensitive) == 0)
            flags |= 4;
    }
    return flags ? flags : kAllProfiles;
}

std::optional<int> WfasRule::protocol() const
{
    if (!has(QStringLiteral("Protocol")))
        return std::nullopt;
    bool ok = false;
    const int p = value(QStringLiteral("Protocol")).toInt(&ok);
    return ok ? std::optional<int>(p) : std::nullopt;
}

bool WfasRule::isTunnel() const
{
    for (const RuleToken &t : tokens)
        if (t.name.contains(QStringLiteral("Tunnel")) && t.name != QStringLiteral("ByPassTunnel"))
            return true;
    return has(QStringLiteral("RTunEndpts4")) || has(QStringLiteral("RTunEndpts6"));
}

bool isKnownToken(WfasRuleKind kind, const QString &name)
{
    return findSpec(kind, name) || (kind == WfasRuleKind::Firewall && isTrustTupleToken(name));
}

std::optional<WfasRule> parseRuleString(const QString &text, WfasRuleKind kind, const QString &id,
                                        Findings *findings, const QString &file, qint64 offset)
{
    auto report = [&](Severity s, const QString &message) {
        if (findings) {
            Finding f = fileFinding(code::FasMalformedRule, s, file, offset, message);
            f.location.objectPath = id;
            *findings << f;
        }
    };
    if (!text.startsWith(QLatin1Char('v'))) {
        report(Severity::Error,
               QStringLiteral("rule '%1' does not start with a version (\"v2.10|...\")").arg(id));
        return std::nullopt;
    }
    QStringList parts = text.mid(1).split(QLatin1Char('|'));
    WfasRule rule;
    rule.kind = kind;
    rule.id = id;
    rule.version = parts.takeFirst();
    if (!parseSchemaVersion(rule.version))
        report(Severity::Error,
               QStringLiteral("rule '%1' has an unreadable version \"%2\"").arg(id, rule.version));
    // Every token is followed by '|', so a well-formed string leaves one empty part at the end.
    if (parts.isEmpty() || !parts.last().isEmpty())
        report(Severity::Warning,
               QStringLiteral("rule '%1' does not end with '|'; the last token was read anyway").arg(id));
    else
        parts.removeLast();
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('=')); // split on the first '=' only
        if (eq <= 0) {
            report(Severity::Warning,
                   QStringLiteral("rule '%1' has a token without '=': \"%2\" (kept)").arg(id, part));
            rule.tokens.append({part, {}, false});
            continue;
        }
        rule.tokens.append({part.left(eq), part.mid(eq + 1)});
    }
    return rule;
}

Findings checkRule(const WfasRule &rule, const QString &file, qint64 offset)
{
    Findings out;
    const QString where = rule.id;
    auto report = [&](const char *c, Severity s, const QString &message, const QString &hint = {}) {
        Finding f = fileFinding(c, s, file, offset, message, hint);
        f.location.objectPath = where;
        out << f;
    };
    const std::uint16_t version = parseSchemaVersion(rule.version).value_or(0);
    QHash<QString, int> seen;
    for (const RuleToken &t : rule.tokens) {
        const TokenSpec *spec = findSpec(rule.kind, t.name);
        if (!spec) {
            if (!(rule.kind == WfasRuleKind::Firewall && isTrustTupleToken(t.name)))
                report(code::FasUnknownToken, Severity::Warning,
                       QStringLiteral("rule '%1': unknown token %2=%3 (kept unchanged)")
                           .arg(rule.displayName(), t.name, t.value),
                       QStringLiteral("written back as read; Windows ignores tokens it does not support"));
            continue;
        }
        if (spec->repeat == Repeat::Once && ++seen[t.name] == 2)
            report(
                code::FasRepeatedToken, Severity::Warning,
                QStringLiteral("rule '%1': token %2 appears more than once").arg(rule.displayName(), t.name));
        if (!validValue(*spec, t.value))
            report(code::FasBadValue, Severity::Error,
                   QStringLiteral("rule '%1': %2=%3 is not a valid value")
                       .arg(rule.displayName(), t.name, t.value));
        if (version && spec->since > version)
            report(code::FasTokenNewerThanRule, Severity::Warning,
                   QStringLiteral("rule '%1': token %2 needs schema %3 but the rule says v%4")
                       .arg(rule.displayName(), t.name, formatSchemaVersion(spec->since), rule.version));
    }
    if (rule.kind == WfasRuleKind::MainMode)
        return out;

    const auto proto = rule.protocol();
    const bool portsAllowed = proto && (*proto == 6 || *proto == 17);
    const QStringList portTokens =
        rule.kind == WfasRuleKind::Firewall
            ? QStringList{QStringLiteral("LPort"), QStringLiteral("RPort"), QStringLiteral("LPort2_10"),
                          QStringLiteral("RPort2_10"), QStringLiteral("LPort2_20")}
            : QStringList{QStringLiteral("EP1Port"), QStringLiteral("EP2Port"), QStringLiteral("EP1Port2_10"),
                          QStringLiteral("EP2Port2_10")};
    bool hasPorts = false;
    for (const QString &p : portTokens)
        hasPorts = hasPorts || rule.has(p);
    // RPC keywords on LPort go with TCP only; they are ports all the same for this check.
    if (hasPorts && !portsAllowed)
        report(code::FasSemantic, Severity::Error,
               QStringLiteral("rule '%1' has ports but its protocol is not TCP (6) or UDP (17)")
                   .arg(rule.displayName()),
               QStringLiteral("Windows refuses such a rule"));

    if (rule.kind == WfasRuleKind::Firewall) {
        const bool icmp = rule.has(QStringLiteral("ICMP4")) || rule.has(QStringLiteral("ICMP6"));
        if (icmp && !(proto && (*proto == 1 || *proto == 58)))
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("rule '%1' has ICMP types but its protocol is not ICMP (1) or ICMPv6 (58)")
                       .arg(rule.displayName()));
        if (!rule.has(QStringLiteral("Action")) || !rule.has(QStringLiteral("Dir")))
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("firewall rule '%1' lacks Action or Dir").arg(rule.displayName()));
        return out;
    }

    // Connection security rules (docs/formats/gpo.md, Semantic checks).
    const QString action = rule.value(QStringLiteral("Action"));
    const bool exempt = action.compare(QStringLiteral("DoNotSecure"), Qt::CaseInsensitive) == 0;
    if (!rule.has(QStringLiteral("Action")))
        report(code::FasSemantic, Severity::Error,
               QStringLiteral("connection security rule '%1' has no Action").arg(rule.displayName()));
    const bool anySet = rule.has(QStringLiteral("Auth1Set")) || rule.has(QStringLiteral("Auth2Set")) ||
                        rule.has(QStringLiteral("Crypto2Set"));
    if (exempt && anySet)
        report(code::FasSemantic, Severity::Error,
               QStringLiteral(
                   "rule '%1' is an authentication exemption (DoNotSecure) but names auth or crypto sets")
                   .arg(rule.displayName()));
    if (!exempt && rule.has(QStringLiteral("Action")) &&
        (!rule.has(QStringLiteral("Auth1Set")) || !rule.has(QStringLiteral("Crypto2Set"))))
        report(code::FasSemantic, Severity::Error,
               QStringLiteral("rule '%1' must name Auth1Set and Crypto2Set").arg(rule.displayName()));
    if (rule.isTunnel()) {
        const bool dynamic = rule.has(QStringLiteral("LTunnel4_2")) ||
                             rule.has(QStringLiteral("RTunnel4_2")) ||
                             rule.has(QStringLiteral("LTunnel6_2")) || rule.has(QStringLiteral("RTunnel6_2"));
        if (!dynamic && action != QStringLiteral("Secure"))
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("tunnel rule '%1' must use Action=Secure").arg(rule.displayName()));
        if (proto || hasPorts)
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("tunnel rule '%1' must have protocol any and no ports")
                       .arg(rule.displayName()));
        if (rule.has(QStringLiteral("TransportMachineAuthzSDDL")) ||
            rule.has(QStringLiteral("TransportUserAuthzSDDL")))
            report(code::FasSemantic, Severity::Error,
                   QStringLiteral("tunnel rule '%1' must not carry transport authorization SDDLs")
                       .arg(rule.displayName()));
    } else if (rule.has(QStringLiteral("SecureInClearOut")) || rule.has(QStringLiteral("ByPassTunnel"))) {
        report(code::FasSemantic, Severity::Warning,
               QStringLiteral("rule '%1': SecureInClearOut/ByPassTunnel apply to tunnel rules only")
                   .arg(rule.displayName()));
    }
    // Q47: "empty Endpoint1 needs interfaces" is not enforced (a real rule breaks it).
    return out;
}

std::uint16_t minimumVersionFor(const WfasRule &rule)
{
    std::uint16_t v = kSchema2_10;
    for (const RuleToken &t : rule.tokens)
        if (const TokenSpec *spec = findSpec(rule.kind, t.name))
            v = std::max(v, spec->since);
    return v;
}

std::optional<FilterAddress> parseWfasAddress(const QString &text, QString *keyword)
{
    if (keyword)
        keyword->clear();
    struct Word {
        const char *text;
        AddressKind kind;
    };
    static constexpr Word words[] = {{"DNS", AddressKind::DnsServers},
                                     {"WINS", AddressKind::WinsServers},
                                     {"DHCP", AddressKind::DhcpServer},
                                     {"DefaultGateway", AddressKind::DefaultGateway}};
    for (const Word &w : words)
        if (text.compare(QLatin1String(w.text), Qt::CaseInsensitive) == 0) {
            if (keyword)
                *keyword = QLatin1String(w.text);
            return FilterAddress::server(w.kind);
        }
    if (text.compare(QStringLiteral("LocalSubnet"), Qt::CaseInsensitive) == 0) {
        if (keyword)
            *keyword = QStringLiteral("LocalSubnet");
        return std::nullopt;
    }
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash > 0) {
        const auto a = IpAddress::parse(text.left(slash));
        if (!a)
            return std::nullopt;
        const QString m = text.mid(slash + 1);
        if (const auto mask = IpAddress::parse(m); mask && mask->family() == a->family())
            return FilterAddress::subnet(*a, *mask);
        bool ok = false;
        const int prefix = m.toInt(&ok);
        if (!ok || prefix < 0 || prefix > a->bitCount())
            return std::nullopt;
        return FilterAddress::subnet(*a, prefix);
    }
    if (const qsizetype dash = text.indexOf(QLatin1Char('-')); dash > 0) {
        const auto a = IpAddress::parse(text.left(dash));
        const auto b = IpAddress::parse(text.mid(dash + 1));
        if (!a || !b || a->family() != b->family())
            return std::nullopt;
        return FilterAddress::range(*a, *b);
    }
    if (const auto a = IpAddress::parse(text))
        return FilterAddress::host(*a);
    return std::nullopt;
}

QString formatWfasAddress(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Any:
    case AddressKind::Me:
    case AddressKind::DnsName:
        return {};
    case AddressKind::Host:
        return a.address.toString();
    case AddressKind::Subnet:
        if (a.address.isIPv4())
            return a.address.toString() + QLatin1Char('/') + a.second.toString();
        return a.address.toString() + QLatin1Char('/') + QString::number(a.second.prefixLength());
    case AddressKind::Range:
        return a.address.toString() + QLatin1Char('-') + a.second.toString();
    case AddressKind::DnsServers:
        return QStringLiteral("DNS");
    case AddressKind::WinsServers:
        return QStringLiteral("WINS");
    case AddressKind::DhcpServer:
        return QStringLiteral("DHCP");
    case AddressKind::DefaultGateway:
        return QStringLiteral("DefaultGateway");
    }
    return {};
}

QString wfasProtocolName(int protocol)
{
    switch (protocol) {
    case 1:
        return QStringLiteral("ICMPv4");
    case 6:
        return QStringLiteral("TCP");
    case 17:
        return QStringLiteral("UDP");
    case 58:
        return QStringLiteral("ICMPv6");
    default:
        return QString::number(protocol);
    }
}

QString describeConSecAction(const QString &token)
{
    if (token == QStringLiteral("SecureServer"))
        return QStringLiteral("Require inbound, request outbound");
    if (token == QStringLiteral("Boundary"))
        return QStringLiteral("Request inbound and outbound");
    if (token == QStringLiteral("Secure"))
        return QStringLiteral("Require inbound and outbound");
    if (token == QStringLiteral("DoNotSecure"))
        return QStringLiteral("Do not authenticate (exemption)");
    return token;
}

QString describeRule(const WfasRule &rule)
{
    QStringList lines;
    auto joined = [&](const QStringList &names) {
        QStringList v;
        for (const QString &n : names)
            v << rule.values(n);
        return v.isEmpty() ? QStringLiteral("any") : v.join(QStringLiteral(", "));
    };
    const auto proto = rule.protocol();
    const QString protoText = proto ? protocolName(std::uint8_t(*proto)) : QStringLiteral("any");
    QString profiles = rule.values(QStringLiteral("Profile")).join(QStringLiteral(", "));
    if (profiles.isEmpty())
        profiles = QStringLiteral("all");
    lines << QStringLiteral("%1 (%2, %3)")
                 .arg(rule.displayName(),
                      rule.isActive() ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                      QLatin1Char('v') + rule.version);
    switch (rule.kind) {
    case WfasRuleKind::ConnectionSecurity:
        lines
            << QStringLiteral("  action: %1").arg(describeConSecAction(rule.value(QStringLiteral("Action"))));
        lines << QStringLiteral("  endpoint 1: %1; ports %2")
                     .arg(joined({QStringLiteral("EP1_4"), QStringLiteral("EP1_6")}),
                          joined({QStringLiteral("EP1Port"), QStringLiteral("EP1Port2_10")}));
        lines << QStringLiteral("  endpoint 2: %1; ports %2")
                     .arg(joined({QStringLiteral("EP2_4"), QStringLiteral("EP2_6")}),
                          joined({QStringLiteral("EP2Port"), QStringLiteral("EP2Port2_10")}));
        lines << QStringLiteral("  protocol %1; profiles %2").arg(protoText, profiles);
        if (rule.isTunnel())
            lines << QStringLiteral("  tunnel: local %1, remote %2")
                         .arg(joined({QStringLiteral("LTunnel4"), QStringLiteral("LTunnel6"),
                                      QStringLiteral("LTunnel4_2"), QStringLiteral("LTunnel6_2")}),
                              joined({QStringLiteral("RTunnel4"), QStringLiteral("RTunnel6"),
                                      QStringLiteral("RTunnel4_2"), QStringLiteral("RTunnel6_2"),
                                      QStringLiteral("RTunEndpts4"), QStringLiteral("RTunEndpts6"),
                                      QStringLiteral("RTunnelFqdn")}));
        lines << QStringLiteral("  first authentication: %1; second: %2; quick mode crypto: %3")
                     .arg(rule.value(QStringLiteral("Auth1Set")),
                          rule.has(QStringLiteral("Auth2Set")) ? rule.value(QStringLiteral("Auth2Set"))
                                                               : QStringLiteral("none"),
                          rule.value(QStringLiteral("Crypto2Set")));
        break;
    case WfasRuleKind::MainMode:
        lines << QStringLiteral("  endpoint 1: %1; endpoint 2: %2")
                     .arg(joined({QStringLiteral("EP1_4"), QStringLiteral("EP1_6")}),
                          joined({QStringLiteral("EP2_4"), QStringLiteral("EP2_6")}));
        lines << QStringLiteral("  auth set %1; crypto set %2")
                     .arg(rule.value(QStringLiteral("Auth1Set")), rule.value(QStringLiteral("Crypto1Set")));
        break;
    case WfasRuleKind::Firewall:
        lines << QStringLiteral("  %1 %2, protocol %3, profiles %4")
                     .arg(rule.value(QStringLiteral("Action")), rule.value(QStringLiteral("Dir")), protoText,
                          profiles);
        lines << QStringLiteral("  local %1 ports %2; remote %3 ports %4")
                     .arg(joined({QStringLiteral("LA4"), QStringLiteral("LA6")}),
                          joined({QStringLiteral("LPort"), QStringLiteral("LPort2_10"),
                                  QStringLiteral("LPort2_20")}),
                          joined({QStringLiteral("RA4"), QStringLiteral("RA6"), QStringLiteral("RA42"),
                                  QStringLiteral("RA62")}),
                          joined({QStringLiteral("RPort"), QStringLiteral("RPort2_10")}));
        if (rule.has(QStringLiteral("App")) || rule.has(QStringLiteral("Svc")))
            lines << QStringLiteral("  program %1 service %2")
                         .arg(rule.value(QStringLiteral("App")), rule.value(QStringLiteral("Svc")));
        if (rule.has(QStringLiteral("Security")))
            lines << QStringLiteral("  only if secure: %1").arg(rule.value(QStringLiteral("Security")));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ipsec::gpo
