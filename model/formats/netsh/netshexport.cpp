#include "netshexport.h"

#include "core/enumnames.h"
#include "netshfindings.h"
#include "netshgrammar.h"
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

namespace {

QString quotedForMessage(const QString &name)
{
    return u'\'' + name + u'\'';
}

Location objectLocation(ObjectKind kind, const QUuid &id, const QString &path, const QString &field = {},
                        const QUuid &parent = {})
{
    Location l;
    l.kind = kind;
    l.objectId = id;
    l.parentId = parent;
    l.objectPath = path;
    l.field = field;
    return l;
}

QString filterListPath(const FilterList &l)
{
    return QStringLiteral("Filter list ") + quotedForMessage(l.name);
}
QString filterPath(const FilterList &l, std::size_t index)
{
    return filterListPath(l) + QStringLiteral(" / filter ") + QString::number(index + 1);
}
QString filterActionPath(const FilterAction &a)
{
    return QStringLiteral("Filter action ") + quotedForMessage(a.name);
}
QString policyPath(const Policy &p)
{
    return QStringLiteral("Policy ") + quotedForMessage(p.name);
}
QString rulePath(const Policy &p, const Rule &r)
{
    return policyPath(p) + QStringLiteral(" / rule ") + quotedForMessage(r.name);
}
QString defaultRulePath(const Policy &p)
{
    return policyPath(p) + QStringLiteral(" / default response rule");
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// One line of the script before it is rendered for the chosen form.
struct Entry {
    enum class Kind : std::uint8_t { Blank, Comment, Command } kind = Kind::Blank;
    QString text;         // comment text, or the command after "ipsec static "
    QString what;         // commands: "add filterlist \"x\"" for the failure message
    bool mayFail = false; // preamble deletes: failure is expected when the object does not exist yet
};

class ScriptWriter {
public:
    ScriptWriter(const StoreData &store, const ExportOptions &options) : m_store(store), m_options(options) {}

    ExportOutput run();

private:
    // Records a problem of an object. Without --skip-unsupported it is an error that stops the export;
    // with it, a warning and a comment in the script where the object would have been.
    void problem(const QString &code, const Location &where, const QString &message,
                 const QString &hint = {});
    std::optional<QString> quote(const QString &value, const Location &where, const QString &what,
                                 bool allowEmpty = true, bool secret = false);
    std::optional<QString> addressTags(const Filter &f, const Location &where);
    std::optional<QString> addressTag(const FilterAddress &a, const QString &side, const Location &where);
    std::optional<QString> securityMethods(const QList<SecurityMethod> &methods, const Location &where);
    std::optional<QString> authTags(const QList<AuthMethod> &methods, const Location &where);

    void selectObjects();
    void checkNames();
    void writeFilterList(const FilterList &list);
    void writeFilterAction(const FilterAction &action);
    void writePolicy(const Policy &policy);
    void writeRule(const Policy &policy, const Rule &rule);
    void writeDefaultRule(const Policy &policy);
    void writeAssignment();
    QStringList header() const;
    QString render();

    void comment(const QString &text) { m_entries.push_back({Entry::Kind::Comment, text, {}, false}); }
    void blank() { m_entries.push_back({}); }
    void command(const QString &text, const QString &what, bool mayFail = false)
    {
        m_entries.push_back({Entry::Kind::Command, text, what, mayFail});
    }

    const StoreData &m_store;
    const ExportOptions &m_options;
    Findings m_findings;
    bool m_failed = false;
    std::vector<const FilterList *> m_lists;
    std::vector<const FilterAction *> m_actions;
    std::vector<const Policy *> m_policies;
    QSet<QUuid> m_writtenLists;
    QSet<QUuid> m_writtenActions;
    QSet<QUuid> m_writtenPolicies;
    QSet<QUuid> m_ambiguous; // objects left out because their name is not unique
    std::vector<Entry> m_entries;
    StoreLocation m_location = StoreLocation::Local;
    QString m_domain;
};

void ScriptWriter::problem(const QString &code, const Location &where, const QString &message,
                           const QString &hint)
{
    Finding f;
    f.code = code;
    f.location = where;
    f.hint = hint;
    if (m_options.skipUnsupported) {
        f.severity = Severity::Warning;
        f.message = QStringLiteral("left out: ") + message;
        comment(QStringLiteral("SKIPPED (%1) %2: %3").arg(code, where.objectPath, message));
    } else {
        f.severity = Severity::Error;
        f.message = message;
        if (f.hint.isEmpty())
            f.hint = QStringLiteral("change the object, or export with --skip-unsupported to leave it out");
        m_failed = true;
    }
    m_findings << f;
}

std::optional<QString> ScriptWriter::quote(const QString &value, const Location &where, const QString &what,
                                           bool allowEmpty, bool secret)
{
    const sq::Quoted q = sq::netshValue(value, allowEmpty);
    if (q)
        return q.text;
    // A preshared key is never shown, not even the position of the offending character.
    const QString at =
        secret || q.position < 0 ? QString() : QStringLiteral(" at character %1").arg(q.position + 1);
    problem(code::Unquotable, where, QStringLiteral("the %1 %2%3").arg(what, sq::explain(q.refusal), at),
            QStringLiteral("rename or edit the text; netsh cannot carry it safely"));
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
            QStringLiteral("no policy with the id or name %1").arg(quotedForMessage(m_options.policy));
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
    const auto check = [this](auto objects, ObjectKind kind, const QString &kindName, auto pathOf) {
        QSet<QString> seen;
        for (const auto *o : objects) {
            const QString key = o->name.toCaseFolded();
            if (o->name.trimmed().isEmpty() || seen.contains(key)) {
                m_ambiguous.insert(o->id);
                problem(
                    code::AmbiguousName, objectLocation(kind, o->id, pathOf(*o), QStringLiteral("name")),
                    o->name.trimmed().isEmpty()
                        ? QStringLiteral("the %1 has no name, and netsh refers to it by name").arg(kindName)
                        : QStringLiteral("another %1 has the same name (netsh compares names without case)")
                              .arg(kindName),
                    QStringLiteral("give every %1 a unique name").arg(kindName));
            }
            seen.insert(key);
        }
    };
    check(m_lists, ObjectKind::FilterList, QStringLiteral("filter list"), filterListPath);
    check(m_actions, ObjectKind::FilterAction, QStringLiteral("filter action"), filterActionPath);
    check(m_policies, ObjectKind::Policy, QStringLiteral("policy"), policyPath);
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
                        ? QStringLiteral("the rule has no name")
                        : QStringLiteral("another rule of this policy has the same name"),
                    QStringLiteral("give every rule of a policy a unique name"));
            }
            seen.insert(key);
        }
    }
}

std::optional<QString> ScriptWriter::addressTag(const FilterAddress &a, const QString &side,
                                                const Location &where)
{
    const QString addr = side + QStringLiteral("addr=");
    const QString mask = side + QStringLiteral("mask=");
    Location at = where;
    at.field = side == u"src" ? QStringLiteral("source") : QStringLiteral("destination");
    switch (a.kind) {
    case AddressKind::Any:
        return addr + QStringLiteral("any");
    case AddressKind::Me:
        return addr + QStringLiteral("me");
    case AddressKind::DnsServers:
    case AddressKind::WinsServers:
    case AddressKind::DhcpServer:
    case AddressKind::DefaultGateway:
        return addr + serverKeyword(a.kind);
    case AddressKind::Host:
        if (a.address.isIPv4())
            return addr + a.address.toString() + u' ' + mask + QStringLiteral("255.255.255.255");
        return addr + a.address.toString();
    case AddressKind::Subnet:
        if (a.address.isIPv4() && a.second.isIPv4())
            return addr + a.address.toString() + u' ' + mask + a.second.toString();
        problem(code::UnsupportedAddress, at,
                QStringLiteral(
                    "the IPv6 subnet %1 cannot be written: netsh ipsec static takes masks for IPv4 only")
                    .arg(formatAddress(a)),
                QStringLiteral("use IPv6 host addresses or ranges, or export for Windows Firewall"));
        return std::nullopt;
    case AddressKind::Range:
        if (a.address.family() != a.second.family() || a.address.isNull()) {
            problem(code::UnsupportedAddress, at,
                    QStringLiteral("the range %1 mixes IP versions").arg(formatAddress(a)));
            return std::nullopt;
        }
        return addr + a.address.toString() + u'-' + a.second.toString();
    case AddressKind::DnsName: {
        const QString name = a.dnsName.trimmed();
        const bool looksLikeRange =
            name.contains(u'-') && IpAddress::parse(name.section(u'-', 0, 0)).has_value();
        if (name.isEmpty() || isAddressKeyword(name) || IpAddress::parse(name) || looksLikeRange ||
            name.contains(u' ')) {
            problem(code::UnsupportedAddress, at,
                    QStringLiteral("the DNS name %1 would be read by netsh as a keyword or an address")
                        .arg(quotedForMessage(a.dnsName)));
            return std::nullopt;
        }
        const auto q = quote(a.dnsName, at, QStringLiteral("DNS name"), false);
        if (!q)
            return std::nullopt;
        return addr + *q;
    }
    }
    return std::nullopt;
}

std::optional<QString> ScriptWriter::addressTags(const Filter &f, const Location &where)
{
    // netsh help: when one side is a server keyword, the other side must be `me`.
    if ((f.source.isServerKeyword() && f.destination.kind != AddressKind::Me) ||
        (f.destination.isServerKeyword() && f.source.kind != AddressKind::Me)) {
        problem(
            code::UnsupportedAddress, where,
            QStringLiteral("a DNS/WINS/DHCP/gateway address needs \"me\" on the other side (netsh refuses "
                           "%1 to %2)")
                .arg(formatAddress(f.source), formatAddress(f.destination)));
        return std::nullopt;
    }
    const auto src = addressTag(f.source, QStringLiteral("src"), where);
    const auto dst = addressTag(f.destination, QStringLiteral("dst"), where);
    if (!src || !dst)
        return std::nullopt;
    return *src + u' ' + *dst;
}

std::optional<QString> ScriptWriter::securityMethods(const QList<SecurityMethod> &methods,
                                                     const Location &where)
{
    QStringList offers;
    for (qsizetype i = 0; i < methods.size(); ++i) {
        QString why;
        const auto text = formatSecurityMethod(methods[i], &why);
        if (!text) {
            Location at = where;
            at.field = QStringLiteral("securityMethods[%1]").arg(i);
            problem(code::UnsupportedAlgorithm, at,
                    QStringLiteral("security method %1 (%2): %3").arg(i + 1).arg(describe(methods[i]), why));
            continue; // with --skip-unsupported the offer is left out, the others stay
        }
        offers << *text;
    }
    if (offers.isEmpty()) {
        Location at = where;
        at.field = QStringLiteral("securityMethods");
        problem(code::EmptyList, at,
                QStringLiteral("no security method netsh can write; without qmsecmethods netsh would use its "
                               "defaults (Q2)"),
                QStringLiteral("add at least one DES/3DES/MD5/SHA1 security method"));
        return std::nullopt;
    }
    return QStringLiteral("qmsecmethods=\"%1\"").arg(offers.join(u' '));
}

std::optional<QString> ScriptWriter::authTags(const QList<AuthMethod> &methods, const Location &where)
{
    QStringList tags;
    bool kerberos = false;
    bool psk = false;
    for (qsizetype i = 0; i < methods.size(); ++i) {
        const AuthMethod &m = methods[i];
        Location at = where;
        at.field = QStringLiteral("authMethods[%1]").arg(i);
        switch (m.kind) {
        case AuthKind::Kerberos:
            if (kerberos) {
                problem(code::UnsupportedField, at, QStringLiteral("Kerberos is listed twice"));
                return std::nullopt;
            }
            kerberos = true;
            tags << QStringLiteral("kerberos=yes");
            break;
        case AuthKind::PresharedKey: {
            if (psk) {
                problem(code::UnsupportedField, at, QStringLiteral("netsh takes one preshared key per rule"));
                return std::nullopt;
            }
            psk = true;
            const auto q = quote(m.value, at, QStringLiteral("preshared key"), false, true);
            if (!q)
                return std::nullopt;
            tags << QStringLiteral("psk=") + *q;
            break;
        }
        case AuthKind::Certificate: {
            const sq::Quoted q =
                sq::netshCertificateAuthority(m.value, m.certificateToAccountMapping, m.excludeCaName);
            if (!q) {
                problem(code::Unquotable, at,
                        QStringLiteral("the certificate authority name %1 %2")
                            .arg(quotedForMessage(m.value), sq::explain(q.refusal)),
                        QStringLiteral("netsh writes a \" in a CA name as \\', which this exporter does not "
                                       "produce; edit the CA name"));
                return std::nullopt;
            }
            tags << QStringLiteral("rootca=") + q.text;
            break;
        }
        }
    }
    if (tags.isEmpty()) {
        Location at = where;
        at.field = QStringLiteral("authMethods");
        problem(code::EmptyList, at,
                QStringLiteral("no authentication method; netsh would use its dynamic defaults (Q7)"),
                QStringLiteral("add Kerberos, a certificate or a preshared key"));
        return std::nullopt;
    }
    return tags.join(u' ');
}

void ScriptWriter::writeFilterList(const FilterList &list)
{
    if (m_ambiguous.contains(list.id))
        return;
    const Location where = objectLocation(ObjectKind::FilterList, list.id, filterListPath(list));
    const auto name = quote(list.name, where, QStringLiteral("name"), false);
    const auto description = quote(list.description, where, QStringLiteral("description"));
    if (!name || !description)
        return;
    QString line = QStringLiteral("add filterlist name=") + *name;
    if (!list.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    command(line, QStringLiteral("add filterlist ") + *name);
    m_writtenLists.insert(list.id);

    for (std::size_t i = 0; i < list.filters.size(); ++i) {
        const Filter &f = list.filters[i];
        const Location at = objectLocation(ObjectKind::Filter, f.id, filterPath(list, i), QString(), list.id);
        if (f.sourcePort.isRange() || f.destinationPort.isRange()) {
            Location field = at;
            field.field =
                f.sourcePort.isRange() ? QStringLiteral("sourcePort") : QStringLiteral("destinationPort");
            problem(
                code::UnsupportedPortRange, field,
                QStringLiteral("the port range %1 cannot be written: netsh ipsec static takes single ports")
                    .arg(formatPorts(f.sourcePort.isRange() ? f.sourcePort : f.destinationPort)),
                QStringLiteral("split it into one filter per port, or export for Windows Firewall"));
            continue;
        }
        if ((!f.sourcePort.isAny() || !f.destinationPort.isAny()) && f.protocol != protocol::Tcp &&
            f.protocol != protocol::Udp) {
            problem(code::UnsupportedField, at,
                    QStringLiteral("ports are only meaningful with TCP or UDP, not protocol %1")
                        .arg(protocolName(f.protocol)));
            continue;
        }
        const auto addresses = addressTags(f, at);
        const auto fdesc = quote(f.description, at, QStringLiteral("description"));
        if (!addresses || !fdesc)
            continue;
        QString filter = QStringLiteral("add filter filterlist=") + *name + u' ' + *addresses;
        if (!f.description.isEmpty())
            filter += QStringLiteral(" description=") + *fdesc;
        filter += QStringLiteral(" protocol=") + protocolName(f.protocol) + QStringLiteral(" mirrored=") +
                  yesNo(f.mirrored) + QStringLiteral(" srcport=") + QString::number(f.sourcePort.first) +
                  QStringLiteral(" dstport=") + QString::number(f.destinationPort.first);
        command(filter, QStringLiteral("add filter to ") + *name);
    }
}

void ScriptWriter::writeFilterAction(const FilterAction &action)
{
    if (m_ambiguous.contains(action.id))
        return;
    const Location where = objectLocation(ObjectKind::FilterAction, action.id, filterActionPath(action));
    const auto name = quote(action.name, where, QStringLiteral("name"), false);
    const auto description = quote(action.description, where, QStringLiteral("description"));
    if (!name || !description)
        return;
    QString line = QStringLiteral("add filteraction name=") + *name;
    if (!action.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += QStringLiteral(" qmpfs=%1 inpass=%2 soft=%3 action=%4")
                .arg(yesNo(action.sessionKeyPfs), yesNo(action.acceptUnsecured), yesNo(action.allowFallback),
                     actionName(action.action));
    if (action.action == ActionKind::Negotiate) {
        const auto methods = securityMethods(action.securityMethods, where);
        if (!methods)
            return;
        line += u' ' + *methods;
    } else if (!action.securityMethods.isEmpty()) {
        // netsh ignores qmsecmethods unless action=negotiate (help remark), so they would be lost.
        Location at = where;
        at.field = QStringLiteral("securityMethods");
        problem(code::UnsupportedField, at,
                QStringLiteral("a %1 action keeps no security methods in netsh, but this one has %2")
                    .arg(actionName(action.action))
                    .arg(action.securityMethods.size()),
                QStringLiteral("remove the security methods or make the action negotiate"));
        if (!m_options.skipUnsupported)
            return;
    }
    command(line, QStringLiteral("add filteraction ") + *name);
    m_writtenActions.insert(action.id);
}

void ScriptWriter::writePolicy(const Policy &policy)
{
    if (m_ambiguous.contains(policy.id))
        return;
    const Location where = objectLocation(ObjectKind::Policy, policy.id, policyPath(policy));
    const auto name = quote(policy.name, where, QStringLiteral("name"), false);
    const auto description = quote(policy.description, where, QStringLiteral("description"));
    if (!name || !description)
        return;
    if (policy.ike.masterKeyPfs &&
        policy.ike.quickModesPerMainMode != defaults::kQuickModesWithMasterKeyPfs) {
        Location at = where;
        at.field = QStringLiteral("ike.quickModesPerMainMode");
        problem(code::UnsupportedField, at,
                QStringLiteral("with master key PFS netsh sets quick modes per main mode to 1, not %1")
                    .arg(policy.ike.quickModesPerMainMode),
                QStringLiteral("set quick modes per main mode to 1"));
        if (!m_options.skipUnsupported)
            return;
    }
    QStringList methods;
    for (qsizetype i = 0; i < policy.ike.methods.size(); ++i) {
        QString why;
        if (const auto text = formatIkeMethod(policy.ike.methods[i], &why)) {
            methods << *text;
        } else {
            Location at = where;
            at.field = QStringLiteral("ike.methods[%1]").arg(i);
            problem(code::UnsupportedAlgorithm, at,
                    QStringLiteral("IKE method %1 (%2): %3")
                        .arg(i + 1)
                        .arg(describe(policy.ike.methods[i]), why));
        }
    }
    if (methods.isEmpty()) {
        Location at = where;
        at.field = QStringLiteral("ike.methods");
        problem(
            code::EmptyList, at,
            QStringLiteral("no IKE security method netsh can write; without mmsecmethods netsh would use its "
                           "defaults (Q2)"));
        return;
    }
    QString line = QStringLiteral("add policy name=") + *name;
    if (!policy.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += QStringLiteral(" mmpfs=%1 qmpermm=%2 mmlifetime=%3 activatedefaultrule=%4 pollinginterval=%5 "
                           "assign=no mmsecmethods=\"%6\"")
                .arg(yesNo(policy.ike.masterKeyPfs))
                .arg(policy.ike.masterKeyPfs ? defaults::kQuickModesWithMasterKeyPfs
                                             : policy.ike.quickModesPerMainMode)
                .arg(policy.ike.lifetimeMinutes)
                .arg(yesNo(policy.defaultResponse.active))
                .arg(policy.pollingIntervalMinutes)
                .arg(methods.join(u' '));
    command(line, QStringLiteral("add policy ") + *name);
    m_writtenPolicies.insert(policy.id);
}

void ScriptWriter::writeRule(const Policy &policy, const Rule &rule)
{
    if (m_ambiguous.contains(rule.id) || !m_writtenPolicies.contains(policy.id))
        return;
    const Location where = objectLocation(ObjectKind::Rule, rule.id, rulePath(policy, rule), {}, policy.id);
    const FilterList *list = m_store.filterList(rule.filterList);
    const FilterAction *action = m_store.filterAction(rule.filterAction);
    if (!list || !action) {
        Location at = where;
        at.field = list ? QStringLiteral("filterAction") : QStringLiteral("filterList");
        problem(code::DanglingReference, at,
                list ? QStringLiteral("the rule's filter action does not exist")
                     : QStringLiteral("the rule has no filter list, or it does not exist"),
                QStringLiteral("choose an existing filter list and filter action"));
        return;
    }
    if (!m_writtenLists.contains(list->id) || !m_writtenActions.contains(action->id)) {
        problem(
            code::DanglingReference, where,
            QStringLiteral("the rule uses %1, which was not written")
                .arg(m_writtenLists.contains(list->id) ? filterActionPath(*action) : filterListPath(*list)));
        return;
    }
    if (!rule.interfaceName.isEmpty()) {
        Location at = where;
        at.field = QStringLiteral("interfaceName");
        problem(code::UnsupportedField, at, QStringLiteral("netsh has no tag for a rule's interface name"));
        if (!m_options.skipUnsupported)
            return;
    }
    const auto name = quote(rule.name, where, QStringLiteral("name"), false);
    const auto description = quote(rule.description, where, QStringLiteral("description"));
    const auto auth = authTags(rule.authMethods, where);
    if (!name || !description || !auth)
        return;
    QString tunnel;
    if (rule.tunnel.kind == TunnelKind::Address) {
        if (!rule.tunnel.address.isIPv4()) {
            Location at = where;
            at.field = QStringLiteral("tunnel");
            problem(code::UnsupportedAddress, at,
                    QStringLiteral(
                        "the tunnel endpoint %1 is not IPv4; netsh ipsec static takes IPv4 or a DNS name")
                        .arg(rule.tunnel.address.toString()));
            return;
        }
        tunnel = QStringLiteral(" tunnel=") + rule.tunnel.address.toString();
    } else if (rule.tunnel.kind == TunnelKind::DnsName) {
        Location at = where;
        at.field = QStringLiteral("tunnel");
        const auto q = quote(rule.tunnel.dnsName, at, QStringLiteral("tunnel endpoint name"), false);
        if (!q)
            return;
        if (IpAddress::parse(rule.tunnel.dnsName)) {
            problem(code::UnsupportedAddress, at,
                    QStringLiteral("the tunnel DNS name looks like an address"));
            return;
        }
        tunnel = QStringLiteral(" tunnel=") + *q;
    }
    QString line = QStringLiteral("add rule name=%1 policy=%2 filterlist=%3 filteraction=%4")
                       .arg(*name, *quote(policy.name, where, QStringLiteral("policy name")),
                            *quote(list->name, where, QStringLiteral("filter list name")),
                            *quote(action->name, where, QStringLiteral("filter action name")));
    line += tunnel;
    line += QStringLiteral(" conntype=%1 activate=%2")
                .arg(connectionTypeName(rule.connectionType), yesNo(rule.active));
    if (!rule.description.isEmpty())
        line += QStringLiteral(" description=") + *description;
    line += u' ' + *auth;
    command(line, QStringLiteral("add rule ") + *name);
}

void ScriptWriter::writeDefaultRule(const Policy &policy)
{
    if (!m_writtenPolicies.contains(policy.id))
        return;
    const DefaultResponseRule &d = policy.defaultResponse;
    const Location where =
        objectLocation(ObjectKind::DefaultResponseRule, d.id, defaultRulePath(policy), {}, policy.id);
    const auto methods = securityMethods(d.securityMethods, where);
    const auto auth = authTags(d.authMethods, where);
    if (!methods || !auth)
        return;
    command(QStringLiteral("set defaultrule policy=%1 qmpfs=%2 activate=%3 %4 %5")
                .arg(*quote(policy.name, where, QStringLiteral("policy name")), yesNo(d.sessionKeyPfs),
                     yesNo(d.active), *methods, *auth),
            QStringLiteral("set defaultrule of ") +
                *quote(policy.name, where, QStringLiteral("policy name")));
}

void ScriptWriter::writeAssignment()
{
    const Policy *assigned = nullptr;
    for (const Policy *p : m_policies)
        if (p->assigned && m_writtenPolicies.contains(p->id))
            assigned = p;
    const auto note = [this](const QString &message, const Location &where = {}) {
        m_findings << Finding{code::AssignmentNotWritten, Severity::Warning, where, message, {}};
    };
    if (m_location == StoreLocation::Local) {
        if (!m_options.gpoName.isEmpty())
            note(QStringLiteral("--gpo-name applies to the domain store only; it was not written"));
        if (!assigned) {
            if (m_options.assign)
                note(QStringLiteral("--assign was given, but no exported policy is marked assigned"));
            return;
        }
        const Location where = objectLocation(ObjectKind::Policy, assigned->id, policyPath(*assigned),
                                              QStringLiteral("assigned"));
        if (!m_options.assign) {
            note(QStringLiteral("the policy is marked assigned, but the script does not assign it"), where);
            m_findings.last().hint =
                QStringLiteral("export with --assign to write set policy ... assign=yes");
            return;
        }
        const QString name = *quote(assigned->name, where, QStringLiteral("name"));
        blank();
        comment(QStringLiteral("Assign the policy (only one policy of the local store is assigned)."));
        command(QStringLiteral("set policy name=%1 assign=yes").arg(name), QStringLiteral("assign ") + name);
        return;
    }
    if (m_options.assign)
        note(QStringLiteral("--assign has no effect in the domain store (netsh help); use --gpo-name"));
    if (!assigned) {
        if (!m_options.gpoName.isEmpty())
            note(QStringLiteral("--gpo-name was given, but no exported policy is marked assigned"));
        return;
    }
    const Location where =
        objectLocation(ObjectKind::Policy, assigned->id, policyPath(*assigned), QStringLiteral("assigned"));
    if (m_options.gpoName.isEmpty()) {
        note(QStringLiteral("the policy is marked assigned, but no GPO was named"), where);
        m_findings.last().hint = QStringLiteral("export with --gpo-name NAME to write the GPO assignment");
        return;
    }
    const auto gpo = quote(m_options.gpoName, where, QStringLiteral("GPO name"), false);
    if (!gpo)
        return;
    const QString name = *quote(assigned->name, where, QStringLiteral("name"));
    m_findings << Finding{
        code::UnconfirmedOutput, Severity::Warning, where,
        QStringLiteral("set policy gponame= assigns the policy to the GPO; its exact behaviour is "
                       "not confirmed (Q11)"),
        QStringLiteral("check the GPO's IP Security setting after running the script")};
    blank();
    comment(QStringLiteral("Assign the policy to the GPO (behaviour of gponame= not confirmed, Q11)."));
    command(QStringLiteral("set policy name=%1 gponame=%2").arg(name, *gpo),
            QStringLiteral("assign ") + name);
}

QStringList ScriptWriter::header() const
{
    QStringList lines;
    lines << QStringLiteral("netsh ipsec static script written by IPsec Policy Designer.");
    QStringList names;
    for (const Policy *p : m_policies)
        if (m_writtenPolicies.contains(p->id))
            names << sq::netshValue(p->name).text;
    std::size_t rules = 0;
    for (const Policy *p : m_policies)
        rules += static_cast<std::size_t>(p->rules.size());
    lines << QStringLiteral(
                 "It creates %1 filter list(s), %2 filter action(s) and %3 policy(ies) with %4 rule(s)%5.")
                 .arg(m_writtenLists.size())
                 .arg(m_writtenActions.size())
                 .arg(m_writtenPolicies.size())
                 .arg(rules)
                 .arg(names.isEmpty() || names.size() > 5 ? QString()
                                                          : QStringLiteral(": ") + names.join(u", "));
    if (m_location == StoreLocation::Local)
        lines << QStringLiteral("Store: the local IPsec policy store of the computer that runs it.");
    else if (m_domain.isEmpty())
        lines << QStringLiteral("Store: the IPsec policy store in Active Directory of the current domain.");
    else
        lines << QStringLiteral("Store: the IPsec policy store in Active Directory of the domain %1.")
                     .arg(sq::netshValue(m_domain).text);
    if (m_options.idempotent)
        lines << QStringLiteral(
            "It first deletes the policies, filter actions and filter lists of the same names.");
    if (m_options.form == ScriptForm::Cmd)
        lines << QStringLiteral(
            "Run it from an elevated command prompt; it stops at the first failing command and "
            "says which one.");
    else
        lines << QStringLiteral("Run it with: netsh -f <this file> (from an elevated command prompt).");
    return lines;
}

QString ScriptWriter::render()
{
    const bool cmd = m_options.form == ScriptForm::Cmd;
    const QStringList head = header();
    bool nonAscii = false;
    for (const Entry &e : m_entries)
        nonAscii = nonAscii || !isAscii(e.text);
    if (!cmd && nonAscii)
        m_findings << Finding{
            code::NetshScriptEncoding,
            Severity::Warning,
            {},
            QStringLiteral("the script holds non-ASCII names; netsh -f reads it in the console code "
                           "page"),
            QStringLiteral("run chcp 65001 before netsh -f, or use the cmd form")};
    int steps = 0;
    for (const Entry &e : m_entries)
        if (e.kind == Entry::Kind::Command && !e.mayFail)
            ++steps;

    // The script is built in one buffer, each line followed by CRLF (100,000 filters make a 30 MB script).
    QString out;
    {
        qsizetype estimate = 1024;
        for (const Entry &e : m_entries)
            estimate += e.text.size() + (cmd ? e.what.size() + 90 : 16);
        out.reserve(estimate);
    }
    const auto writeLine = [&out](QStringView line) {
        out += line;
        out += u"\r\n";
    };
    const auto remark = [&](const QString &text) {
        // cmdRemark also guards the `#` comments of the netsh -f form: it refuses line breaks.
        const sq::Quoted r = sq::cmdRemark(text);
        if (!r)
            writeLine((cmd ? QStringLiteral("rem") : QStringLiteral("#")) +
                      QStringLiteral(" (comment left out: it holds text a script line cannot carry)"));
        else if (cmd)
            writeLine(r.text);
        else
            writeLine(text.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + text);
    };
    if (cmd)
        writeLine(u"@echo off");
    for (const QString &line : head)
        remark(line);
    if (cmd) {
        for (const QString &line : sq::cmdPreamble())
            writeLine(line);
        // Only when needed: on Windows XP/2003, batch files misbehave after chcp 65001.
        if (nonAscii)
            writeLine(u"chcp 65001 >nul");
    }
    int step = 0;
    const QString stepsText = QString::number(steps);
    for (const Entry &e : m_entries) {
        switch (e.kind) {
        case Entry::Kind::Blank:
            writeLine({});
            break;
        case Entry::Kind::Comment:
            remark(e.text);
            break;
        case Entry::Kind::Command: {
            if (!cmd) {
                out += u"ipsec static ";
                writeLine(e.text);
                break;
            }
            const sq::Quoted line = sq::cmdLine(QStringLiteral("netsh ipsec static ") + e.text);
            if (!line) { // cannot happen for values that went through netshValue; guarded all the same
                m_findings << Finding{code::Unquotable,
                                      Severity::Error,
                                      {},
                                      QStringLiteral("a command could not be made safe for cmd.exe: %1")
                                          .arg(sq::explain(line.refusal)),
                                      {}};
                m_failed = true;
                break;
            }
            if (e.mayFail) {
                out += line.text;
                writeLine(u" >nul 2>&1");
                break;
            }
            ++step;
            writeLine(line.text);
            const QString stepText = QString::number(step);
            const sq::Quoted message =
                sq::cmdLine(QStringLiteral("echo Step ") + stepText + QStringLiteral(" of ") + stepsText +
                            QStringLiteral(" failed: ") + e.what);
            out += u"if errorlevel 1 (";
            if (message)
                out += message.text;
            else
                out += QStringLiteral("echo Step ") + stepText + QStringLiteral(" failed");
            writeLine(u" 1>&2 & exit /b 1)");
            break;
        }
        }
    }
    if (cmd) {
        writeLine({});
        writeLine(QStringLiteral("echo All %1 steps succeeded.").arg(steps));
        writeLine(u"endlocal");
        writeLine(u"exit /b 0");
    }
    return out;
}

ExportOutput ScriptWriter::run()
{
    m_location = m_options.store.value_or(m_store.info.location);
    m_domain = m_options.domain.isEmpty() ? m_store.info.domain : m_options.domain;
    if (m_location == StoreLocation::Local)
        m_domain.clear();
    selectObjects();
    if (m_failed)
        return {false, {}, {}, m_findings};
    checkNames();

    const Location storeLocation = [] {
        Location l;
        l.kind = ObjectKind::Store;
        l.objectPath = QStringLiteral("Store");
        return l;
    }();
    comment(QStringLiteral("Choose the policy store."));
    if (m_location == StoreLocation::Local) {
        command(QStringLiteral("set store location=local"), QStringLiteral("set store"));
    } else {
        QString line = QStringLiteral("set store location=domain");
        if (!m_domain.isEmpty())
            if (const auto d = quote(m_domain, storeLocation, QStringLiteral("domain name"), false))
                line += QStringLiteral(" domain=") + *d;
        command(line, QStringLiteral("set store"));
    }
    if (m_options.form == ScriptForm::Cmd && (m_location == StoreLocation::Domain || m_options.batch))
        m_findings << Finding{
            code::UnconfirmedOutput, Severity::Warning, storeLocation,
            QStringLiteral("each line of a .cmd file runs its own netsh process; whether set store "
                           "and set batch carry over to the next process is not confirmed"),
            QStringLiteral("for a domain store or batch mode, prefer --form netsh-f")};
    if (m_options.idempotent) {
        blank();
        comment(QStringLiteral("Delete the objects of the same names first, so the script can run again."));
        for (const Policy *p : m_policies)
            if (!m_ambiguous.contains(p->id))
                if (const auto q = quote(p->name, objectLocation(ObjectKind::Policy, p->id, policyPath(*p)),
                                         QStringLiteral("name"), false))
                    command(QStringLiteral("delete policy name=") + *q, QStringLiteral("delete policy"),
                            true);
        for (const FilterAction *a : m_actions)
            if (!m_ambiguous.contains(a->id))
                if (const auto q =
                        quote(a->name, objectLocation(ObjectKind::FilterAction, a->id, filterActionPath(*a)),
                              QStringLiteral("name"), false))
                    command(QStringLiteral("delete filteraction name=") + *q,
                            QStringLiteral("delete filteraction"), true);
        for (const FilterList *l : m_lists)
            if (!m_ambiguous.contains(l->id))
                if (const auto q =
                        quote(l->name, objectLocation(ObjectKind::FilterList, l->id, filterListPath(*l)),
                              QStringLiteral("name"), false))
                    command(QStringLiteral("delete filterlist name=") + *q,
                            QStringLiteral("delete filterlist"), true);
    }
    if (m_options.batch) {
        blank();
        command(QStringLiteral("set batch mode=enable"), QStringLiteral("set batch mode=enable"));
    }
    if (!m_lists.empty()) {
        blank();
        comment(QStringLiteral("Filter lists and their filters."));
        for (const FilterList *l : m_lists)
            writeFilterList(*l);
    }
    if (!m_actions.empty()) {
        blank();
        comment(QStringLiteral("Filter actions."));
        for (const FilterAction *a : m_actions)
            writeFilterAction(*a);
    }
    for (const Policy *p : m_policies) {
        blank();
        comment(QStringLiteral("Policy, its rules and its default response rule."));
        writePolicy(*p);
        for (const Rule &r : p->rules)
            writeRule(*p, r);
        writeDefaultRule(*p);
    }
    writeAssignment();
    if (m_options.batch) {
        blank();
        command(QStringLiteral("set batch mode=disable"), QStringLiteral("set batch mode=disable"));
    }
    const int skipped = countOf(m_findings, Severity::Warning);
    if (m_options.skipUnsupported && skipped > 0) {
        int left = 0;
        for (const Finding &f : m_findings)
            left += f.message.startsWith(u"left out: ") ? 1 : 0;
        if (left > 0)
            m_findings << Finding{
                code::Skipped, Severity::Warning, storeLocation,
                QStringLiteral("%1 item(s) that netsh cannot express were left out of the script").arg(left),
                QStringLiteral("each is listed above and marked SKIPPED in the script")};
    }
    ExportOutput output;
    output.text = render();
    output.bytes = output.text.toUtf8();
    output.ok = !m_failed;
    output.findings = m_findings;
    return output;
}

} // namespace

ExportOutput write(const StoreData &store, const ExportOptions &options)
{
    return ScriptWriter(store, options).run();
}

} // namespace ipsec::netsh
