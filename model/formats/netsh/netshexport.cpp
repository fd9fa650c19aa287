#include "netshexport.h"

#include "core/enumnames.h"
#include "core/largetext.h"
#include "netshexporttr.h"
#include "netshfindings.h"
#include "netshgrammar.h"
#include "netshscriptwriter.h"
#include "scriptquoting.h"

#include <QSet>
#include <QStringList>

namespace ipsec::netsh {

namespace sq = ipsec::scriptquoting;

std::optional<ScriptForm> parseScriptForm(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"cmd" || t == u"bat")
        return ScriptForm::Cmd;
    if (t == u"netsh-f" || t == u"netsh")
        return ScriptForm::Netshf;
    return std::nullopt;
}

QString scriptFormName(ScriptForm form)
{
    return form == ScriptForm::Cmd ? QStringLiteral("cmd") : QStringLiteral("netsh-f");
}

Phrase phrase(const char *source)
{
    return {QString::fromUtf8(source), NetshExport::tr(source)};
}

Phrase quotedForMessage(const QString &name)
{
    //: How a message quotes an object's name; German uses „%1“.
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "'%1'")).arg(name);
}

Site objectLocation(ObjectKind kind, const QUuid &id, const Phrase &path, const QString &field,
                    const QUuid &parent)
{
    Site l;
    l.kind = kind;
    l.objectId = id;
    l.parentId = parent;
    l.objectPath = path.local;
    l.englishPath = path.english;
    l.field = field;
    return l;
}

Phrase filterListPath(const FilterList &l)
{
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "Filter list %1")).arg(quotedForMessage(l.name));
}

Phrase filterActionPath(const FilterAction &a)
{
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "Filter action %1")).arg(quotedForMessage(a.name));
}

Phrase policyPath(const Policy &p)
{
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "Policy %1")).arg(quotedForMessage(p.name));
}

Phrase rulePath(const Policy &p, const Rule &r)
{
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "%1 / rule %2"))
        .arg(policyPath(p), quotedForMessage(r.name));
}

Phrase defaultRulePath(const Policy &p)
{
    return phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "%1 / default response rule")).arg(policyPath(p));
}

void ScriptWriter::problem(const QString &code, const Site &where, const Phrase &message, const QString &hint)
{
    Finding f;
    f.code = code;
    f.location = where;
    f.hint = hint;
    if (m_options.skipUnsupported) {
        f.severity = Severity::Warning;
        f.message = NetshExport::tr("left out: %1").arg(message.local);
        comment(QStringLiteral("SKIPPED (%1) %2: %3").arg(code, where.englishPath, message.english));
        ++m_leftOut;
    } else {
        f.severity = Severity::Error;
        f.message = message.local;
        if (f.hint.isEmpty())
            f.hint = NetshExport::tr("change the object, or export with --skip-unsupported to leave it out");
        m_failed = true;
    }
    m_findings << f;
}

std::optional<QString> ScriptWriter::quote(const QString &value, const Site &where, const char *what,
                                           bool allowEmpty, bool secret)
{
    const sq::Quoted q = sq::netshValue(value, allowEmpty);
    if (q)
        return q.text;
    // A preshared key is never shown, not even the position of the offending character.
    const Phrase at = secret || q.position < 0
                          ? Phrase()
                          : phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", " at character %1"))
                                .arg(QString::number(q.position + 1));
    //: %1 is what the text is ("name", "description"), %2 why it was refused, %3 where (" at character 4").
    problem(code::Unquotable, where,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the %1 %2%3"))
                .arg(phrase(what), phrase(sq::explanation(q.refusal)), at),
            NetshExport::tr("rename or edit the text; netsh cannot carry it safely"));
    return std::nullopt;
}

void ScriptWriter::selectObjects()
{
    if (m_options.policy.isEmpty()) {
        for (const FilterList &l : m_store.filterLists)
            m_lists.push_back(&l);
        for (const FilterAction &a : m_store.filterActions)
            m_actions.push_back(&a);
        for (const Policy &p : m_store.policies)
            m_policies.push_back(&p);
        return;
    }
    const QUuid id(m_options.policy.trimmed());
    const Policy *chosen = id.isNull() ? m_store.policyByName(m_options.policy) : m_store.policy(id);
    if (!chosen && !id.isNull())
        chosen = m_store.policyByName(m_options.policy);
    if (!chosen) {
        Finding f;
        f.code = code::PolicyNotFound;
        f.severity = Severity::Error;
        f.location.kind = ObjectKind::Store;
        f.message =
            NetshExport::tr("no policy with the id or name %1").arg(quotedForMessage(m_options.policy).local);
        m_findings << f;
        m_failed = true;
        return;
    }
    m_policies.push_back(chosen);
    QSet<QUuid> usedLists;
    QSet<QUuid> usedActions;
    for (const Rule &r : chosen->rules) {
        usedLists.insert(r.filterList);
        usedActions.insert(r.filterAction);
    }
    for (const FilterList &l : m_store.filterLists)
        if (usedLists.contains(l.id))
            m_lists.push_back(&l);
    for (const FilterAction &a : m_store.filterActions)
        if (usedActions.contains(a.id))
            m_actions.push_back(&a);
}

// netsh finds policies, filter lists and filter actions by name (and rules by name within their policy),
// so a name that is empty or used twice cannot be written.
void ScriptWriter::checkNames()
{
    const auto check = [this](auto objects, ObjectKind kind, const Phrase &kindName, auto pathOf) {
        QSet<QString> seen;
        for (const auto *o : objects) {
            const QString key = o->name.toCaseFolded();
            if (o->name.trimmed().isEmpty() || seen.contains(key)) {
                m_ambiguous.insert(o->id);
                problem(code::AmbiguousName, objectLocation(kind, o->id, pathOf(*o), QStringLiteral("name")),
                        o->name.trimmed().isEmpty()
                            ? phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                                       "the %1 has no name, and netsh refers to it by name"))
                                  .arg(kindName)
                            : phrase(QT_TRANSLATE_NOOP(
                                         "ipsec::NetshExport",
                                         "another %1 has the same name (netsh compares names without case)"))
                                  .arg(kindName),
                        NetshExport::tr("give every %1 a unique name").arg(kindName.local));
            }
            seen.insert(key);
        }
    };
    //: An object kind inside a sentence: "the %1 has no name", "give every %1 a unique name".
    check(m_lists, ObjectKind::FilterList, phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "filter list")),
          filterListPath);
    //: An object kind inside a sentence: "the %1 has no name", "give every %1 a unique name".
    check(m_actions, ObjectKind::FilterAction,
          phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "filter action")), filterActionPath);
    //: An object kind inside a sentence: "the %1 has no name", "give every %1 a unique name".
    check(m_policies, ObjectKind::Policy, phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "policy")),
          policyPath);
    for (const Policy *p : m_policies) {
        QSet<QString> seen;
        for (const Rule &r : p->rules) {
            const QString key = r.name.toCaseFolded();
            if (r.name.trimmed().isEmpty() || seen.contains(key)) {
                m_ambiguous.insert(r.id);
                problem(
                    code::AmbiguousName,
                    objectLocation(ObjectKind::Rule, r.id, rulePath(*p, r), QStringLiteral("name"), p->id),
                    r.name.trimmed().isEmpty()
                        ? phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the rule has no name"))
                        : phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                                   "another rule of this policy has the same name")),
                    NetshExport::tr("give every rule of a policy a unique name"));
            }
            seen.insert(key);
        }
    }
}

namespace {

// What netsh would read as something else than a DNS name: empty, a keyword, an address, a range or text
// with a space.
bool misreadAsDnsName(const QString &dnsName)
{
    const QString name = dnsName.trimmed();
    const bool looksLikeRange = name.contains(u'-') && IpAddress::parse(name.section(u'-', 0, 0)).has_value();
    return name.isEmpty() || isAddressKeyword(name) || IpAddress::parse(name) || looksLikeRange ||
           name.contains(u' ');
}

// Why netsh cannot take a filter as it is, before its addresses are looked at one by one; the writer and the
// report both ask here, so the conditions are written once.
enum class FilterRefusal : std::uint8_t { None, PortRange, PortsWithoutTcpOrUdp, ServerKeywordWithoutMe };

FilterRefusal filterRefusal(const Filter &f)
{
    if (f.sourcePort.isRange() || f.destinationPort.isRange())
        return FilterRefusal::PortRange;
    if ((!f.sourcePort.isAny() || !f.destinationPort.isAny()) && f.protocol != protocol::Tcp &&
        f.protocol != protocol::Udp)
        return FilterRefusal::PortsWithoutTcpOrUdp;
    // netsh help: when one side is a server keyword, the other side must be `me`.
    if ((f.source.isServerKeyword() && f.destination.kind != AddressKind::Me) ||
        (f.destination.isServerKeyword() && f.source.kind != AddressKind::Me))
        return FilterRefusal::ServerKeywordWithoutMe;
    return FilterRefusal::None;
}

// Why netsh cannot take one address (a DNS name it can take may still hold text no script can quote).
enum class AddressRefusal : std::uint8_t { None, Ipv6Subnet, MixedRange, MisreadDnsName };

AddressRefusal addressRefusal(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Subnet:
        return a.address.isIPv4() && a.second.isIPv4() ? AddressRefusal::None : AddressRefusal::Ipv6Subnet;
    case AddressKind::Range:
        return a.address.family() != a.second.family() || a.address.isNull() ? AddressRefusal::MixedRange
                                                                             : AddressRefusal::None;
    case AddressKind::DnsName:
        return misreadAsDnsName(a.dnsName) ? AddressRefusal::MisreadDnsName : AddressRefusal::None;
    default:
        return AddressRefusal::None;
    }
}

} // namespace

bool ScriptWriter::canWriteAddress(const FilterAddress &a)
{
    return addressRefusal(a) == AddressRefusal::None &&
           (a.kind != AddressKind::DnsName || sq::checkNetshValue(a.dnsName, false));
}

bool ScriptWriter::canWriteFilter(const Filter &f)
{
    return filterRefusal(f) == FilterRefusal::None && canWriteAddress(f.source) &&
           canWriteAddress(f.destination) && sq::checkNetshValue(f.description);
}

void ScriptWriter::appendAddressTag(QString &line, const FilterAddress &a, QStringView side)
{
    line += side;
    line += u"addr=";
    switch (a.kind) {
    case AddressKind::Any:
        line += u"any";
        return;
    case AddressKind::Me:
        line += u"me";
        return;
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        line += serverKeyword(a.kind);
        return;
    case AddressKind::Host:
        a.address.appendTo(line);
        if (a.address.isIPv4()) {
            line += u' ';
            line += side;
            line += u"mask=255.255.255.255";
        }
        return;
    case AddressKind::Subnet:
        a.address.appendTo(line);
        line += u' ';
        line += side;
        line += u"mask=";
        a.second.appendTo(line);
        return;
    case AddressKind::Range:
        a.address.appendTo(line);
        line += u'-';
        a.second.appendTo(line);
        return;
    case AddressKind::DnsName:
        sq::appendNetshValue(line, a.dnsName, false); // canWriteAddress checked it
        return;
    }
}

void ScriptWriter::reportAddress(const FilterAddress &a, const QString &side, const Site &where)
{
    Site at = where;
    at.field = side == u"src" ? QStringLiteral("source") : QStringLiteral("destination");
    switch (addressRefusal(a)) {
    case AddressRefusal::Ipv6Subnet:
        problem(code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                         "the IPv6 subnet %1 cannot be written: netsh ipsec static takes "
                                         "masks for IPv4 only"))
                    .arg(formatAddress(a)),
                NetshExport::tr("use IPv6 host addresses or ranges, or export for Windows Firewall"));
        return;
    case AddressRefusal::MixedRange:
        problem(code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the range %1 mixes IP versions"))
                    .arg(formatAddress(a)));
        return;
    case AddressRefusal::MisreadDnsName:
        problem(code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                         "the DNS name %1 would be read by netsh as a keyword or an address"))
                    .arg(quotedForMessage(a.dnsName)));
        return;
    case AddressRefusal::None:
        if (a.kind == AddressKind::DnsName)
            quote(a.dnsName, at, QT_TRANSLATE_NOOP("ipsec::NetshExport", "DNS name"), false);
        return;
    }
}

void ScriptWriter::appendFilterTags(QString &line, const Filter &f)
{
    appendAddressTag(line, f.source, u"src");
    line += u' ';
    appendAddressTag(line, f.destination, u"dst");
    if (!f.description.isEmpty()) {
        line += u" description=";
        sq::appendNetshValue(line, f.description); // canWriteFilter checked it
    }
    line += u" protocol=";
    line += protocolName(f.protocol);
    line += u" mirrored=";
    line += yesNo(f.mirrored);
    line += u" srcport=";
    appendDecimal(line, f.sourcePort.first);
    line += u" dstport=";
    appendDecimal(line, f.destinationPort.first);
}

// appendFilterTags writes user text only in the description and in DNS names; the rest (keywords, IP
// addresses, protocol names, numbers) is ASCII.
bool ScriptWriter::filterTagsAreAscii(const Filter &f)
{
    const auto asciiAddress = [](const FilterAddress &a) {
        return a.kind != AddressKind::DnsName || sq::isAscii(a.dnsName);
    };
    return sq::isAscii(f.description) && asciiAddress(f.source) && asciiAddress(f.destination);
}

qsizetype ScriptWriter::filterTagsLength(const Filter &f)
{
    // Two IPv4 subnets with their masks, the description's quotes, the other tags: about the longest line.
    constexpr qsizetype kTagsWithoutUserText = 160;
    const auto dnsName = [](const FilterAddress &a) {
        return a.kind == AddressKind::DnsName ? a.dnsName.size() : 0;
    };
    return kTagsWithoutUserText + f.description.size() + dnsName(f.source) + dnsName(f.destination);
}

void ScriptWriter::reportFilter(const Filter &f, const Site &at)
{
    switch (filterRefusal(f)) {
    case FilterRefusal::PortRange: {
        Site field = at;
        field.field =
            f.sourcePort.isRange() ? QStringLiteral("sourcePort") : QStringLiteral("destinationPort");
        problem(code::UnsupportedPortRange, field,
                phrase(QT_TRANSLATE_NOOP(
                           "ipsec::NetshExport",
                           "the port range %1 cannot be written: netsh ipsec static takes single ports"))
                    .arg(formatPorts(f.sourcePort.isRange() ? f.sourcePort : f.destinationPort)),
                NetshExport::tr("split it into one filter per port, or export for Windows Firewall"));
        return;
    }
    case FilterRefusal::PortsWithoutTcpOrUdp:
        problem(code::UnsupportedField, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                         "ports are only meaningful with TCP or UDP, not protocol %1"))
                    .arg(protocolName(f.protocol)));
        return;
    case FilterRefusal::ServerKeywordWithoutMe:
        problem(code::UnsupportedAddress, at,
                phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                         "a DNS/WINS/DHCP/gateway address needs \"me\" on the other side "
                                         "(netsh refuses %1 to %2)"))
                    .arg(formatAddress(f.source), formatAddress(f.destination)));
        break;
    case FilterRefusal::None:
        reportAddress(f.source, QStringLiteral("src"), at);
        reportAddress(f.destination, QStringLiteral("dst"), at);
        break;
    }
    quote(f.description, at, QT_TRANSLATE_NOOP("ipsec::NetshExport", "description"));
}

std::optional<QString> ScriptWriter::securityMethods(const QList<SecurityMethod> &methods, const Site &where)
{
    QStringList offers;
    for (qsizetype i = 0; i < methods.size(); ++i) {
        QString why;
        const auto text = formatSecurityMethod(methods[i], &why);
        if (!text) {
            Site at = where;
            at.field = QStringLiteral("securityMethods[%1]").arg(i);
            problem(code::UnsupportedAlgorithm, at,
                    //: %1 is the method's number, %2 the method, %3 why netsh cannot write it.
                    phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "security method %1 (%2): %3"))
                        .arg(QString::number(i + 1), describe(methods[i]), why));
            continue; // with --skip-unsupported the offer is left out, the others stay
        }
        offers << *text;
    }
    if (offers.isEmpty()) {
        Site at = where;
        at.field = QStringLiteral("securityMethods");
        problem(
            code::EmptyList, at,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                     "no security method netsh can write; without qmsecmethods netsh would "
                                     "use its defaults (Q2)")),
            NetshExport::tr("add at least one DES/3DES/MD5/SHA1 security method"));
        return std::nullopt;
    }
    return QStringLiteral("qmsecmethods=\"%1\"").arg(offers.join(u' '));
}

std::optional<QString> ScriptWriter::authTags(const QList<AuthMethod> &methods, const Site &where)
{
    QStringList tags;
    bool kerberos = false;
    bool psk = false;
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const AuthMethod &m = methods[i];
        Site at = where;
        at.field = QStringLiteral("authMethods[%1]").arg(i);
        switch (m.kind) {
        case AuthKind::Kerberos:
            if (kerberos) {
                problem(code::UnsupportedField, at,
                        phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "Kerberos is listed twice")));
                return std::nullopt;
            }
            kerberos = true;
            tags << QStringLiteral("kerberos=yes");
            break;
        case AuthKind::PresharedKey: {
            if (psk) {
                problem(code::UnsupportedField, at,
                        phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                                 "netsh takes one preshared key per rule")));
                return std::nullopt;
            }
            psk = true;
            const auto q =
                quote(m.value, at, QT_TRANSLATE_NOOP("ipsec::NetshExport", "preshared key"), false, true);
            if (!q)
                return std::nullopt;
            tags << QStringLiteral("psk=") + *q;
            break;
        }
        case AuthKind::Certificate: {
            const sq::Quoted q =
                sq::netshCertificateAuthority(m.value, m.certificateToAccountMapping, m.excludeCaName);
            if (!q) {
                problem(
                    code::Unquotable, at,
                    phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport", "the certificate authority name %1 %2"))
                        .arg(quotedForMessage(m.value), phrase(sq::explanation(q.refusal))),
                    NetshExport::tr("netsh writes a \" in a CA name as \\', which this exporter does not "
                                    "produce; edit the CA name"));
                return std::nullopt;
            }
            tags << QStringLiteral("rootca=") + q.text;
            break;
        }
        }
    }
    if (tags.isEmpty()) {
        Site at = where;
        at.field = QStringLiteral("authMethods");
        problem(
            code::EmptyList, at,
            phrase(QT_TRANSLATE_NOOP("ipsec::NetshExport",
                                     "no authentication method; netsh would use its dynamic defaults (Q7)")),
            NetshExport::tr("add Kerberos, a certificate or a preshared key"));
        return std::nullopt;
    }
    return tags.join(u' ');
}

} // namespace ipsec::netsh
