#include "reviewfindings.h"

#include "formats/gpo/gpofindings.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace ipsec::review {

namespace {

using gpo::WfasRule;

// Tokens that say what a rule is or does rather than which traffic it matches.
const QStringList &descriptiveTokens()
{
    static const QStringList names{
        QStringLiteral("Name"),     QStringLiteral("Desc"),      QStringLiteral("EmbedCtxt"),
        QStringLiteral("Active"),   QStringLiteral("Action"),    QStringLiteral("Dir"),
        QStringLiteral("Profile"),  QStringLiteral("Edge"),      QStringLiteral("Defer"),
        QStringLiteral("Platform"), QStringLiteral("Platform2"), QStringLiteral("SkipVer")};
    return names;
}

// Tokens that are one condition together: a port given as LPort and one given as LPort2_10 are the same
// field, as are the IPv4 and IPv6 addresses of one side.
QString conditionOf(const QString &token)
{
    static const QHash<QString, QString> groups{{QStringLiteral("lport"), QStringLiteral("lport")},
                                                {QStringLiteral("lport2_10"), QStringLiteral("lport")},
                                                {QStringLiteral("lport2_20"), QStringLiteral("lport")},
                                                {QStringLiteral("rport"), QStringLiteral("rport")},
                                                {QStringLiteral("rport2_10"), QStringLiteral("rport")},
                                                {QStringLiteral("la4"), QStringLiteral("la")},
                                                {QStringLiteral("la6"), QStringLiteral("la")},
                                                {QStringLiteral("ra4"), QStringLiteral("ra")},
                                                {QStringLiteral("ra6"), QStringLiteral("ra")},
                                                {QStringLiteral("ra42"), QStringLiteral("ra")},
                                                {QStringLiteral("ra62"), QStringLiteral("ra")},
                                                {QStringLiteral("icmp4"), QStringLiteral("icmp")},
                                                {QStringLiteral("icmp6"), QStringLiteral("icmp")}};
    const QString lower = token.toLower();
    return groups.value(lower, lower);
}

using Conditions = QMap<QString, QStringList>; // condition -> sorted lower-case values

Conditions conditionsOf(const WfasRule &r)
{
    Conditions out;
    for (const gpo::RuleToken &t : r.tokens)
        if (!descriptiveTokens().contains(t.name, Qt::CaseInsensitive))
            out[conditionOf(t.name)] << t.value.toLower();
    for (QStringList &values : out) {
        values.sort();
        values.removeDuplicates();
    }
    return out;
}

std::uint32_t profileMask(const ReviewRule &r)
{
    return r.source.profiles() & 7;
}

struct PortRange {
    int first = -1;
    int last = -1;
};

std::optional<PortRange> parsePorts(const QString &text)
{
    const QStringList parts = text.split(u'-');
    bool ok1 = false, ok2 = false;
    const int a = parts.value(0).toInt(&ok1);
    const int b = parts.size() == 2 ? parts[1].toInt(&ok2) : a;
    if (!ok1 || (parts.size() == 2 && !ok2) || parts.size() > 2)
        return std::nullopt;
    return PortRange{a, b};
}

// A value of the allowing rule lies inside one of the block's values: equal, or a port inside a range.
bool valueCovered(const QString &condition, const QString &value, const QStringList &blockValues)
{
    if (blockValues.contains(value))
        return true;
    if (condition != u"lport" && condition != u"rport")
        return false;
    const std::optional<PortRange> inner = parsePorts(value);
    if (!inner)
        return false;
    for (const QString &b : blockValues)
        if (const std::optional<PortRange> outer = parsePorts(b))
            if (outer->first <= inner->first && inner->last <= outer->last)
                return true;
    return false;
}

QString ruleWhere(const ReviewRule &r)
{
    const char *kind = r.kind == RuleKind::Firewall             ? "firewall rule"
                       : r.kind == RuleKind::ConnectionSecurity ? "connection security rule"
                                                                : "main mode rule";
    return QStringLiteral("%1 '%2' (%3)").arg(QLatin1String(kind), r.name, r.id);
}

Finding at(const char *findingCode, Severity severity, const QString &objectPath, const QString &pointer,
           const QString &message, const QString &hint)
{
    Finding f = gpo::objectFinding(findingCode, severity, objectPath, message, hint);
    f.location.pointer = pointer;
    return f;
}

void checkProfiles(const PolicyContent &c, Findings &out)
{
    for (const ReviewProfile &p : c.profiles) {
        if (const ReviewSetting *s = p.find(QStringLiteral("enabled")); s && s->value == QVariant(false))
            out << at(code::FirewallOff, Severity::Error, p.label, profilePointer(p.key),
                      QStringLiteral("the %1 turns Windows Firewall off").arg(p.label.toLower()),
                      QStringLiteral("set the firewall state to on; turn off single rules instead"));
        if (const ReviewSetting *s = p.find(QStringLiteral("defaultInboundAction"));
            s && s->value == QVariant(QStringLiteral("allow")))
            out << at(
                code::InboundAllowed, Severity::Error, p.label, profilePointer(p.key),
                QStringLiteral("the %1 allows inbound connections that no rule allows")
                    .arg(p.label.toLower()),
                QStringLiteral("block inbound connections by default and allow what is needed by rules"));
    }
    // MS-GPFAS 2.2.3: a Private or Public profile key makes Windows ignore StandardProfile.
    const ReviewProfile *standard = c.profile(QStringLiteral("standard"));
    const ReviewProfile *priv = c.profile(QStringLiteral("private"));
    const ReviewProfile *pub = c.profile(QStringLiteral("public"));
    if (standard && ((priv && !priv->settings.isEmpty()) || (pub && !pub->settings.isEmpty())))
        out << at(code::IgnoredSetting, Severity::Warning, standard->label, profilePointer(standard->key),
                  QStringLiteral("the GPO sets the standard profile and the private or public profile: "
                                 "Windows ignores the standard profile's %1 value(s)")
                      .arg(standard->settings.size()),
                  QStringLiteral("move the settings to the private and public profiles"));
    // Values of schema 2.20 (Windows 8 / Server 2012): earlier Windows versions do not read them.
    for (const ReviewSetting &s : c.globalSettings)
        if (s.registryName.startsWith(QStringLiteral("IPsecTransport"), Qt::CaseInsensitive) ||
            s.registryName.compare(QStringLiteral("IPsecOpportunisticallyMatchAuthSetPerKM"),
                                   Qt::CaseInsensitive) == 0)
            out << at(code::IgnoredSetting, Severity::Info, s.label, kGlobalSettingsPointer,
                      QStringLiteral("%1 is read by Windows 8 / Server 2012 and later only; earlier versions "
                                     "ignore it")
                          .arg(s.registryName),
                      {});
}

bool isOpenInbound(const ReviewRule &r)
{
    if (!r.enabled || r.action != u"allow" || r.direction != u"in")
        return false;
    if (r.protocol == u"ICMPv4" || r.protocol == u"ICMPv6")
        return false;
    const WfasRule &s = r.source;
    for (const char *restricting :
         {"RA4", "RA6", "RA42", "RA62", "LPort", "LPort2_10", "LPort2_20", "App", "Svc", "AppPkgId",
          "Security", "RMauth", "RUAuth", "LUAuth", "LUOwn", "ICMP4", "ICMP6"})
        if (s.has(QLatin1String(restricting)))
            return false;
    return true;
}

void checkFirewallRules(const PolicyContent &c, Findings &out)
{
    QHash<QString, qsizetype> firstWithSignature;
    QList<Conditions> conditions;
    for (const ReviewRule &r : c.firewallRules)
        conditions << conditionsOf(r.source);
    for (qsizetype i = 0; i < c.firewallRules.size(); ++i) {
        const ReviewRule &r = c.firewallRules[i];
        const QString where = ruleWhere(r);
        const QString pointer = rowPointer(RuleKind::Firewall, i);
        if (!r.enabled) {
            out << at(code::DisabledRule, Severity::Info, where, pointer,
                      QStringLiteral("the rule is disabled: it is deployed but does nothing"),
                      QStringLiteral("remove it, or enable it if it is needed"));
            continue;
        }
        if (isOpenInbound(r))
            out << at(
                code::OpenInboundRule, Severity::Warning, where, pointer,
                QStringLiteral("the rule allows inbound %1 traffic from any remote address to any port and "
                               "program")
                    .arg(r.protocol == u"any" ? QStringLiteral("IP") : r.protocol),
                QStringLiteral("limit it to a program, a service, local ports or remote addresses"));
        if (!r.program.isEmpty() && !looksLikeProgramPath(r.program))
            out << at(
                code::BadProgramPath, Severity::Warning, where, pointer,
                QStringLiteral("the program \"%1\" is not a full path Windows can match").arg(r.program),
                QStringLiteral("use a full path such as %SystemRoot%\\system32\\svchost.exe, or System"));
        if (!r.service.isEmpty() && !looksLikeServiceName(r.service))
            out << at(
                code::BadServiceName, Severity::Warning, where, pointer,
                QStringLiteral("\"%1\" is not a service's short name").arg(r.service),
                QStringLiteral("use the service's short name (as in 'sc query'), or * for any service"));
        QStringList signature{r.action, r.direction, QString::number(profileMask(r))};
        for (auto it = conditions[i].cbegin(); it != conditions[i].cend(); ++it)
            signature << it.key() + u'=' + it.value().join(u',');
        const QString key = signature.join(u'|');
        if (const auto found = firstWithSignature.constFind(key); found != firstWithSignature.cend())
            out << at(code::DuplicateRule, Severity::Warning, where, pointer,
                      QStringLiteral("the rule matches the same traffic with the same action as %1")
                          .arg(ruleWhere(c.firewallRules[*found])),
                      QStringLiteral("keep one of them"));
        else
            firstWithSignature.insert(key, i);
    }
    // Block rules win over allow rules (authenticated bypass aside): an allow inside a block never applies.
    for (qsizetype b = 0; b < c.firewallRules.size(); ++b) {
        const ReviewRule &block = c.firewallRules[b];
        if (!block.enabled || block.action != u"block")
            continue;
        for (qsizetype a = 0; a < c.firewallRules.size(); ++a) {
            const ReviewRule &allow = c.firewallRules[a];
            if (allow.enabled && allow.action == u"allow" && blockCovers(block, allow))
                out << at(
                    code::ShadowedRule, Severity::Warning, ruleWhere(allow),
                    rowPointer(RuleKind::Firewall, a),
                    QStringLiteral("the rule never applies: %1 blocks all of its traffic")
                        .arg(ruleWhere(block)),
                    QStringLiteral("block rules take precedence over allow rules; narrow the block rule "
                                   "or remove the allow rule"));
        }
    }
}

void checkConnectionSecurity(const PolicyContent &c, Findings &out)
{
    for (qsizetype i = 0; i < c.connectionSecurityRules.size(); ++i) {
        const ReviewRule &r = c.connectionSecurityRules[i];
        const QString where = ruleWhere(r);
        const QString pointer = rowPointer(RuleKind::ConnectionSecurity, i);
        if (!r.enabled)
            out << at(code::DisabledRule, Severity::Info, where, pointer,
                      QStringLiteral("the rule is disabled: it is deployed but does nothing"),
                      QStringLiteral("remove it, or enable it if it is needed"));
        if (r.source.value(QStringLiteral("Action"))
                .compare(QStringLiteral("Boundary"), Qt::CaseInsensitive) == 0)
            out << at(code::RequestOnly, Severity::Warning, where, pointer,
                      QStringLiteral("the rule only requests authentication: traffic that cannot be "
                                     "authenticated flows in the clear in both directions"),
                      QStringLiteral("require inbound authentication (Require inbound, request outbound) "
                                     "once every peer can authenticate"));
    }
}

bool isStrongFirstMethod(const QString &method)
{
    return method.compare(QStringLiteral("MachineKerb"), Qt::CaseInsensitive) == 0 ||
           method.compare(QStringLiteral("MachineCert"), Qt::CaseInsensitive) == 0;
}

// Algorithms the review calls weak (docs/review.md): DES, 3DES, MD5, SHA-1, DH groups 1 and 2.
bool isWeakAlgorithm(const QString &value)
{
    static const QStringList weak{QStringLiteral("DES"),      QStringLiteral("3DES"),
                                  QStringLiteral("MD5"),      QStringLiteral("SHA1"),
                                  QStringLiteral("DH1"),      QStringLiteral("DH2"),
                                  QStringLiteral("ReKeyDH1"), QStringLiteral("ReKeyDH2")};
    return weak.contains(value, Qt::CaseInsensitive);
}

void checkSets(const PolicyContent &c, Findings &out)
{
    for (qsizetype i = 0; i < c.sets.size(); ++i) {
        const ReviewSet &set = c.sets[i];
        const QString where = QStringLiteral("%1 '%2'").arg(gpo::describeSetKind(set.kind), set.name);
        const QString pointer = setPointer(i);
        if (set.kind == gpo::WfasSetKind::Phase1Crypto || set.kind == gpo::WfasSetKind::Phase2Crypto) {
            QStringList weak;
            for (const gpo::WfasValue &v : set.source.properties.values)
                if (isWeakAlgorithm(v.value))
                    weak << v.value;
            for (const gpo::WfasValues &suite : set.source.suites)
                for (const gpo::WfasValue &v : suite.values)
                    if (isWeakAlgorithm(v.value) && !weak.contains(v.value, Qt::CaseInsensitive))
                        weak << v.value;
            if (!weak.isEmpty())
                out << at(code::WeakCryptoSet, Severity::Warning, where, pointer,
                          QStringLiteral("the set offers %1").arg(weak.join(QStringLiteral(", "))),
                          QStringLiteral("offer AES (or AES-GCM) with SHA-256 and DH group 14 or stronger"));
        }
        if (set.kind == gpo::WfasSetKind::Phase1Auth) {
            bool strong = false;
            QStringList methods;
            for (const gpo::WfasValues &suite : set.source.suites) {
                const QString method = suite.value(QStringLiteral("Method"));
                methods << method;
                strong = strong || isStrongFirstMethod(method);
            }
            if (!strong)
                out << at(code::WeakFirstAuthentication, Severity::Warning, where, pointer,
                          QStringLiteral("the set offers no strong first authentication method (%1)")
                              .arg(methods.join(QStringLiteral(", "))),
                          QStringLiteral("offer computer Kerberos or a computer certificate"));
        }
    }
}

} // namespace

bool blockCovers(const ReviewRule &block, const ReviewRule &allow)
{
    if (block.direction != allow.direction || (profileMask(allow) & ~profileMask(block)) != 0)
        return false;
    const Conditions b = conditionsOf(block.source);
    const Conditions a = conditionsOf(allow.source);
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const auto mine = a.constFind(it.key());
        if (mine == a.cend())
            return false; // the block is narrower here: the allow matches traffic the block does not
        for (const QString &v : *mine)
            if (!valueCovered(it.key(), v, it.value()))
                return false;
    }
    return true;
}

bool sameEffect(const ReviewRule &a, const ReviewRule &b)
{
    return a.kind == b.kind && a.action == b.action && a.direction == b.direction &&
           profileMask(a) == profileMask(b) && conditionsOf(a.source) == conditionsOf(b.source);
}

bool looksLikeProgramPath(const QString &path)
{
    if (path.compare(QStringLiteral("System"), Qt::CaseInsensitive) == 0)
        return true;
    // A drive, an environment variable ("%ProgramFiles% (x86)\..." is how rules reach the 32-bit folder) or a
    // UNC share, then a file name; no wildcard or quote characters, no trailing separator.
    static const QRegularExpression full(
        QStringLiteral(R"(^(?:[A-Za-z]:\\|%[A-Za-z0-9_()]+%|\\\\[^\\]+\\)[^<>"|?*\x00-\x1F]*[^\\ .]$)"));
    return full.match(path).hasMatch() && !path.contains(QStringLiteral("\\..\\"));
}

bool looksLikeServiceName(const QString &name)
{
    if (name == u"*")
        return true;
    static const QRegularExpression shortName(QStringLiteral(R"(^[^\\/\x00-\x1F]{1,256}$)"));
    return shortName.match(name).hasMatch() && !name.endsWith(QStringLiteral(".exe"), Qt::CaseInsensitive) &&
           name.trimmed() == name;
}

Findings reviewContent(const PolicyContent &content)
{
    Findings out;
    checkProfiles(content, out);
    checkFirewallRules(content, out);
    checkConnectionSecurity(content, out);
    checkSets(content, out);
    return out;
}

} // namespace ipsec::review
