// The netsh importer's add / set / delete commands for policies, filter lists, filters, filter actions,
// rules, the default response rule and the store (netshinterpreter.h).
#include "core/enumnames.h"
#include "core/lostreferences.h"
#include "netshfindings.h"
#include "netshinterpreter.h"

#include <QRegularExpression>
#include <QSet>

namespace ipsec::netsh {

// ---- policies ----

void Interpreter::addPolicy(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (m_store.policyByName(name))
        return fail(
            code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
            QStringLiteral("a policy \"%1\" exists already; netsh refuses to add it again").arg(name));
    Policy p;
    p.id = makeId(QStringLiteral("policy"));
    p.name = name;
    p.description = args.value(QStringLiteral("description"));
    p.pollingIntervalMinutes =
        numberArg(args, QStringLiteral("pollinginterval")).value_or(defaults::kPollingIntervalMinutes);
    p.ike.id = makeId(QStringLiteral("isakmp"));
    p.ike.masterKeyPfs = yesNoArg(args, QStringLiteral("mmpfs")).value_or(defaults::kMasterKeyPfs);
    p.ike.quickModesPerMainMode =
        numberArg(args, QStringLiteral("qmpermm")).value_or(defaults::kQuickModesPerMainMode);
    p.ike.lifetimeMinutes =
        numberArg(args, QStringLiteral("mmlifetime")).value_or(defaults::kMainModeLifetimeMinutes);
    if (const auto methods = ikeMethodsArg(args))
        p.ike.methods = *methods;
    else
        p.ike.methods = defaults::ikeMethods();
    if (p.ike.masterKeyPfs && p.ike.quickModesPerMainMode != defaults::kQuickModesWithMasterKeyPfs) {
        if (args.has(QStringLiteral("qmpermm")))
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("qmpermm"))->offset,
                   QStringLiteral("with mmpfs=yes netsh sets qmpermm to 1 (netsh help)"));
        p.ike.quickModesPerMainMode = defaults::kQuickModesWithMasterKeyPfs;
    }
    p.defaultResponse.id = makeId(QStringLiteral("defaultrule"));
    p.defaultResponse.negotiationPolicyId = makeId(QStringLiteral("defaultrule-action"));
    p.defaultResponse.active =
        yesNoArg(args, QStringLiteral("activatedefaultrule")).value_or(defaults::kActivateDefaultRule);
    p.defaultResponse.authMethods = defaults::authMethods();
    p.defaultResponse.securityMethods = defaults::securityMethods();
    p.defaultResponse.sessionKeyPfs = defaults::kSessionKeyPfs;
    const auto assign = yesNoArg(args, QStringLiteral("assign"));
    if (m_commandFailed)
        return;
    if (assign.value_or(false)) {
        if (m_store.info.location == StoreLocation::Domain) {
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("assign"))->offset,
                   QStringLiteral("assign=yes has no effect in the domain store (netsh help)"));
        } else {
            for (Policy &other : m_store.policies)
                other.assigned = false;
            p.assigned = true;
        }
    }
    m_store.policies.push_back(std::move(p));
}

void Interpreter::setPolicy(const Args &args)
{
    Policy *p = policyByNameOrGuid(args);
    if (!p)
        return;
    Policy updated = *p;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const Policy *other = m_store.policyByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other->id != p->id))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const auto v = numberArg(args, QStringLiteral("pollinginterval")))
        updated.pollingIntervalMinutes = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("mmpfs")))
        updated.ike.masterKeyPfs = *v;
    if (const auto v = numberArg(args, QStringLiteral("qmpermm")))
        updated.ike.quickModesPerMainMode = *v;
    if (const auto v = numberArg(args, QStringLiteral("mmlifetime")))
        updated.ike.lifetimeMinutes = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("activatedefaultrule")))
        updated.defaultResponse.active = *v;
    if (const auto v = ikeMethodsArg(args))
        updated.ike.methods = *v;
    if (updated.ike.masterKeyPfs && args.has(QStringLiteral("mmpfs")))
        updated.ike.quickModesPerMainMode = defaults::kQuickModesWithMasterKeyPfs;
    const auto assign = yesNoArg(args, QStringLiteral("assign"));
    if (m_commandFailed)
        return;
    if (assign) {
        if (m_store.info.location == StoreLocation::Domain) {
            report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("assign"))->offset,
                   QStringLiteral("assign= has no effect in the domain store (netsh help)"));
        } else {
            if (*assign)
                for (Policy &other : m_store.policies)
                    other.assigned = false;
            updated.assigned = *assign;
        }
    }
    if (const Arg *gpo = args.find(QStringLiteral("gponame"))) {
        // Q11: recorded as a request to assign the policy to that GPO.
        report(
            code::Unconfirmed, Severity::Warning, gpo->offset,
            QStringLiteral("gponame=%1 is read as assigning the policy to that GPO; the exact behaviour of "
                           "netsh is not confirmed (Q11)")
                .arg(gpo->value));
        for (Policy &other : m_store.policies)
            other.assigned = false;
        m_store.info.gpoName = gpo->value;
        updated.assigned = true;
    }
    *m_store.policy(updated.id) = std::move(updated);
}

void Interpreter::deletePolicy(const Args &args)
{
    if (args.all) {
        m_store.policies.clear();
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    const auto it = std::find_if(m_store.policies.begin(), m_store.policies.end(), [&](const Policy &p) {
        return p.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (it == m_store.policies.end()) {
        report(code::NothingDeleted, Severity::Warning, args.find(QStringLiteral("name"))->offset,
               QStringLiteral("there is no policy \"%1\" to delete (netsh reports an error and goes on)")
                   .arg(name));
        return;
    }
    m_store.policies.erase(it); // its rules, IKE settings and default response rule go with it (Q31)
}

// ---- filter lists and filters ----

void Interpreter::addFilterList(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (listByName(name))
        return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                    QStringLiteral("a filter list \"%1\" exists already").arg(name));
    FilterList l;
    l.id = makeId(QStringLiteral("filterlist"));
    l.name = name;
    l.description = args.value(QStringLiteral("description"));
    m_store.filterLists.push_back(std::move(l));
}

void Interpreter::setFilterList(const Args &args)
{
    FilterList *l = nullptr;
    if (const Arg *g = args.find(QStringLiteral("guid")))
        l = m_store.filterList(QUuid(g->value.trimmed()));
    else if (require(args, QStringLiteral("name")))
        l = listByName(args.value(QStringLiteral("name")));
    else
        return;
    if (!l)
        return fail(code::MissingObject, 0, QStringLiteral("there is no such filter list"));
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const FilterList *other = listByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other != l))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        l->name = n->value;
        m_listIndexStale = true;
    }
    if (args.has(QStringLiteral("description")))
        l->description = args.value(QStringLiteral("description"));
}

void Interpreter::deleteFilterList(const Args &args)
{
    const auto removable = [this](const FilterList &l) { return ruleUser(l.id, true).isEmpty(); };
    if (args.all) {
        std::erase_if(m_store.filterLists, removable);
        m_listIndexStale = true;
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    FilterList *l = listByName(name);
    const qsizetype offset = args.find(QStringLiteral("name"))->offset;
    if (!l)
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("there is no filter list \"%1\" to delete").arg(name));
    if (const QString user = ruleUser(l->id, true); !user.isEmpty())
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("filter list \"%1\" is still used by %2; netsh refuses to delete it")
                          .arg(name, user));
    std::erase_if(m_store.filterLists, [l](const FilterList &x) { return &x == l; });
    m_listIndexStale = true;
}

void Interpreter::addFilter(const Args &args)
{
    if (!require(args, QStringLiteral("filterlist")) || !require(args, QStringLiteral("srcaddr")) ||
        !require(args, QStringLiteral("dstaddr")))
        return;
    Filter f;
    f.id = makeId(QStringLiteral("filter"));
    f.description = args.value(QStringLiteral("description"));
    const auto source = addressArg(args, QStringLiteral("src"));
    const auto destination = addressArg(args, QStringLiteral("dst"));
    f.mirrored = yesNoArg(args, QStringLiteral("mirrored")).value_or(defaults::kMirrored);
    f.protocol = defaults::kProtocol;
    if (const Arg *p = args.find(QStringLiteral("protocol"))) {
        const auto proto = parseProtocol(p->value);
        if (!proto)
            return fail(
                code::InvalidValue, p->offset,
                QStringLiteral("protocol=%1: expected ANY, ICMP, TCP, UDP, RAW or 0-255").arg(p->value));
        f.protocol = *proto;
    }
    const auto srcPort = portArg(args, QStringLiteral("srcport"));
    const auto dstPort = portArg(args, QStringLiteral("dstport"));
    if (m_commandFailed || !source || !destination)
        return;
    f.source = *source;
    f.destination = *destination;
    f.sourcePort = PortRange::single(srcPort.value_or(0));
    f.destinationPort = PortRange::single(dstPort.value_or(0));
    const QString listName = args.value(QStringLiteral("filterlist"));
    FilterList *list = listByName(listName);
    if (!list) {
        report(
            code::ImplicitFilterList, Severity::Info, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("filter list \"%1\" did not exist; it is created, as netsh does").arg(listName));
        FilterList l;
        l.id = makeId(QStringLiteral("filterlist"));
        l.name = listName;
        m_store.filterLists.push_back(std::move(l));
        list = &m_store.filterLists.back();
    }
    list->filters.push_back(std::move(f));
}

void Interpreter::deleteFilter(const Args &args)
{
    if (!require(args, QStringLiteral("filterlist")))
        return;
    FilterList *list = listByName(args.value(QStringLiteral("filterlist")));
    if (!list)
        return fail(
            code::MissingObject, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("there is no filter list \"%1\"").arg(args.value(QStringLiteral("filterlist"))));
    const auto source = addressArg(args, QStringLiteral("src"));
    const auto destination = addressArg(args, QStringLiteral("dst"));
    const auto mirrored = yesNoArg(args, QStringLiteral("mirrored"));
    const auto srcPort = portArg(args, QStringLiteral("srcport"));
    const auto dstPort = portArg(args, QStringLiteral("dstport"));
    std::optional<std::uint8_t> proto;
    if (const Arg *p = args.find(QStringLiteral("protocol"))) {
        proto = parseProtocol(p->value);
        if (!proto)
            return fail(code::InvalidValue, p->offset,
                        QStringLiteral("protocol=%1 is not a protocol").arg(p->value));
    }
    if (m_commandFailed)
        return;
    // netsh deletes the filters that match every field given.
    const auto before = list->filters.size();
    std::erase_if(list->filters, [&](const Filter &f) {
        return (!source || f.source == *source) && (!destination || f.destination == *destination) &&
               (!mirrored || f.mirrored == *mirrored) && (!proto || f.protocol == *proto) &&
               (!srcPort || f.sourcePort.first == *srcPort) &&
               (!dstPort || f.destinationPort.first == *dstPort);
    });
    if (list->filters.size() == before)
        report(code::NothingDeleted, Severity::Warning, 0,
               QStringLiteral("no filter of \"%1\" matches; nothing is deleted").arg(list->name));
}

// ---- filter actions ----

void Interpreter::addFilterAction(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    if (actionByName(name))
        return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                    QStringLiteral("a filter action \"%1\" exists already").arg(name));
    FilterAction a;
    a.id = makeId(QStringLiteral("filteraction"));
    a.name = name;
    a.description = args.value(QStringLiteral("description"));
    a.action = defaults::kAction;
    if (const Arg *act = args.find(QStringLiteral("action"))) {
        const auto kind = parseAction(act->value);
        if (!kind)
            return fail(code::InvalidValue, act->offset,
                        QStringLiteral("action=%1: expected permit, block or negotiate").arg(act->value));
        a.action = *kind;
    }
    a.sessionKeyPfs = yesNoArg(args, QStringLiteral("qmpfs")).value_or(defaults::kSessionKeyPfs);
    a.acceptUnsecured = yesNoArg(args, QStringLiteral("inpass")).value_or(defaults::kAcceptUnsecured);
    a.allowFallback = yesNoArg(args, QStringLiteral("soft")).value_or(defaults::kAllowFallback);
    const auto methods = securityMethodsArg(args);
    if (m_commandFailed)
        return;
    if (a.action == ActionKind::Negotiate) {
        if (methods) {
            a.securityMethods = *methods;
        } else {
            a.securityMethods = defaults::securityMethods();
            report(code::DefaultApplied, Severity::Warning, 0,
                   QStringLiteral("no qmsecmethods: the six default offers are assumed (Q2)"),
                   QStringLiteral("write qmsecmethods= explicitly"));
        }
    } else if (methods) {
        report(code::ValueIgnored, Severity::Warning, args.find(QStringLiteral("qmsecmethods"))->offset,
               QStringLiteral("qmsecmethods is ignored unless action=negotiate (netsh help, Q24)"));
    }
    m_store.filterActions.push_back(std::move(a));
}

void Interpreter::setFilterAction(const Args &args)
{
    FilterAction *a = nullptr;
    if (const Arg *g = args.find(QStringLiteral("guid")))
        a = m_store.filterAction(QUuid(g->value.trimmed()));
    else if (require(args, QStringLiteral("name")))
        a = actionByName(args.value(QStringLiteral("name")));
    else
        return;
    if (!a)
        return fail(code::MissingObject, 0, QStringLiteral("there is no such filter action"));
    FilterAction updated = *a;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        const FilterAction *other = actionByName(n->value);
        if (n->value.trimmed().isEmpty() || (other && other != a))
            return fail(code::DuplicateObject, n->offset,
                        QStringLiteral("cannot rename to \"%1\": the name is empty or taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const Arg *act = args.find(QStringLiteral("action"))) {
        const auto kind = parseAction(act->value);
        if (!kind)
            return fail(code::InvalidValue, act->offset,
                        QStringLiteral("action=%1: expected permit, block or negotiate").arg(act->value));
        updated.action = *kind;
    }
    if (const auto v = yesNoArg(args, QStringLiteral("qmpfs")))
        updated.sessionKeyPfs = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("inpass")))
        updated.acceptUnsecured = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("soft")))
        updated.allowFallback = *v;
    if (const auto v = securityMethodsArg(args))
        updated.securityMethods = *v;
    if (m_commandFailed)
        return;
    *a = std::move(updated);
}

void Interpreter::deleteFilterAction(const Args &args)
{
    const auto removable = [this](const FilterAction &a) { return ruleUser(a.id, false).isEmpty(); };
    if (args.all) {
        std::erase_if(m_store.filterActions, removable);
        return;
    }
    if (!require(args, QStringLiteral("name")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    FilterAction *a = actionByName(name);
    const qsizetype offset = args.find(QStringLiteral("name"))->offset;
    if (!a)
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("there is no filter action \"%1\" to delete").arg(name));
    if (const QString user = ruleUser(a->id, false); !user.isEmpty())
        return report(code::NothingDeleted, Severity::Warning, offset,
                      QStringLiteral("filter action \"%1\" is still used by %2; netsh refuses to delete it")
                          .arg(name, user));
    std::erase_if(m_store.filterActions, [a](const FilterAction &x) { return &x == a; });
}

// ---- rules ----

namespace {
std::optional<TunnelEndpoint> parseTunnel(const QString &text)
{
    TunnelEndpoint t;
    const QString v = text.trimmed();
    if (v.isEmpty())
        return t;
    if (const auto ip = IpAddress::parse(v)) {
        t.kind = TunnelKind::Address;
        t.address = *ip;
        return t;
    }
    static const QRegularExpression dnsName(QStringLiteral(R"(^[\w]([\w.-]*[\w.])?$)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!dnsName.match(v).hasMatch())
        return std::nullopt;
    t.kind = TunnelKind::DnsName;
    t.dnsName = v;
    return t;
}
} // namespace

void Interpreter::addRule(const Args &args)
{
    if (!require(args, QStringLiteral("name")))
        return;
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    if (!require(args, QStringLiteral("filterlist")) || !require(args, QStringLiteral("filteraction")))
        return;
    const QString name = args.value(QStringLiteral("name"));
    for (const Rule &r : policy->rules)
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(code::DuplicateObject, args.find(QStringLiteral("name"))->offset,
                        QStringLiteral("policy \"%1\" has a rule \"%2\" already").arg(policy->name, name));
    const FilterList *list = listByName(args.value(QStringLiteral("filterlist")));
    if (!list)
        return fail(
            code::MissingObject, args.find(QStringLiteral("filterlist"))->offset,
            QStringLiteral("there is no filter list \"%1\"").arg(args.value(QStringLiteral("filterlist"))));
    const FilterAction *action = actionByName(args.value(QStringLiteral("filteraction")));
    if (!action)
        return fail(code::MissingObject, args.find(QStringLiteral("filteraction"))->offset,
                    QStringLiteral("there is no filter action \"%1\"")
                        .arg(args.value(QStringLiteral("filteraction"))));
    Rule r;
    r.id = makeId(QStringLiteral("rule"));
    r.name = name;
    r.description = args.value(QStringLiteral("description"));
    r.filterList = list->id;
    r.filterAction = action->id;
    r.active = yesNoArg(args, QStringLiteral("activate")).value_or(defaults::kRuleActive);
    r.connectionType = defaults::kConnectionType;
    if (const Arg *c = args.find(QStringLiteral("conntype"))) {
        const auto type = parseConnectionType(c->value);
        if (!type)
            return fail(code::InvalidValue, c->offset,
                        QStringLiteral("conntype=%1: expected lan, dialup or all").arg(c->value));
        r.connectionType = *type;
    }
    if (const Arg *t = args.find(QStringLiteral("tunnel"))) {
        const auto tunnel = parseTunnel(t->value);
        if (!tunnel)
            return fail(code::InvalidValue, t->offset,
                        QStringLiteral("tunnel=%1: expected an IPv4 address or a DNS name").arg(t->value));
        r.tunnel = *tunnel;
    }
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    r.authMethods = auth.value_or(QList<AuthMethod>());
    if (r.authMethods.isEmpty()) {
        r.authMethods = defaults::authMethods();
        report(
            code::DefaultApplied, Severity::Info, 0,
            QStringLiteral("no authentication method: netsh's dynamic default, Kerberos, is assumed (Q7)"));
    }
    policy->rules.push_back(std::move(r));
}

void Interpreter::setRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    Rule *rule = nullptr;
    if (const Arg *id = args.find(QStringLiteral("id"))) {
        // The id netsh shows is the rule's place in the policy [inferred]; read as a 1-based index.
        bool ok = false;
        const int index = id->value.toInt(&ok);
        if (ok && index >= 1 && index <= policy->rules.size())
            rule = &policy->rules[index - 1];
        report(code::Unconfirmed, Severity::Warning, id->offset,
               QStringLiteral("id=%1 is read as the rule's position in the policy; netsh's numbering is not "
                              "confirmed")
                   .arg(id->value));
    } else if (require(args, QStringLiteral("name"))) {
        for (Rule &r : policy->rules)
            if (r.name.compare(args.value(QStringLiteral("name")), Qt::CaseInsensitive) == 0)
                rule = &r;
    } else {
        return;
    }
    if (!rule)
        return fail(code::MissingObject, 0,
                    QStringLiteral("policy \"%1\" has no such rule").arg(policy->name));
    Rule updated = *rule;
    if (const Arg *n = args.find(QStringLiteral("newname"))) {
        for (const Rule &r : policy->rules)
            if (&r != rule && r.name.compare(n->value, Qt::CaseInsensitive) == 0)
                return fail(code::DuplicateObject, n->offset,
                            QStringLiteral("the name \"%1\" is taken").arg(n->value));
        updated.name = n->value;
    }
    if (args.has(QStringLiteral("description")))
        updated.description = args.value(QStringLiteral("description"));
    if (const Arg *l = args.find(QStringLiteral("filterlist"))) {
        const FilterList *list = listByName(l->value);
        if (!list)
            return fail(code::MissingObject, l->offset,
                        QStringLiteral("there is no filter list \"%1\"").arg(l->value));
        updated.filterList = list->id;
    }
    if (const Arg *a = args.find(QStringLiteral("filteraction"))) {
        const FilterAction *action = actionByName(a->value);
        if (!action)
            return fail(code::MissingObject, a->offset,
                        QStringLiteral("there is no filter action \"%1\"").arg(a->value));
        updated.filterAction = action->id;
    }
    if (const auto v = yesNoArg(args, QStringLiteral("activate")))
        updated.active = *v;
    if (const Arg *c = args.find(QStringLiteral("conntype"))) {
        const auto type = parseConnectionType(c->value);
        if (!type)
            return fail(code::InvalidValue, c->offset,
                        QStringLiteral("conntype=%1 is not lan, dialup or all").arg(c->value));
        updated.connectionType = *type;
    }
    if (const Arg *t = args.find(QStringLiteral("tunnel"))) {
        const auto tunnel = parseTunnel(t->value);
        if (!tunnel)
            return fail(code::InvalidValue, t->offset,
                        QStringLiteral("tunnel=%1 is not an address or name").arg(t->value));
        updated.tunnel = *tunnel;
    }
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    if (authGiven) // netsh help: the methods given replace all existing ones
        updated.authMethods = auth->isEmpty() ? defaults::authMethods() : *auth;
    *rule = std::move(updated);
}

void Interpreter::deleteRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    if (args.all) {
        policy->rules.clear();
        return;
    }
    qsizetype index = -1;
    if (const Arg *id = args.find(QStringLiteral("id"))) {
        bool ok = false;
        index = id->value.toInt(&ok) - 1;
        if (!ok)
            index = -1;
    } else if (require(args, QStringLiteral("name"))) {
        for (qsizetype k = 0; k < policy->rules.size(); ++k)
            if (policy->rules[k].name.compare(args.value(QStringLiteral("name")), Qt::CaseInsensitive) == 0)
                index = k;
    } else {
        return;
    }
    if (index < 0 || index >= policy->rules.size())
        return report(code::NothingDeleted, Severity::Warning, 0,
                      QStringLiteral("policy \"%1\" has no such rule; nothing is deleted").arg(policy->name));
    policy->rules.removeAt(index);
}

void Interpreter::setDefaultRule(const Args &args)
{
    Policy *policy = policyArg(args);
    if (!policy)
        return;
    DefaultResponseRule d = policy->defaultResponse;
    if (const auto v = yesNoArg(args, QStringLiteral("qmpfs")))
        d.sessionKeyPfs = *v;
    if (const auto v = yesNoArg(args, QStringLiteral("activate")))
        d.active = *v;
    if (const auto v = securityMethodsArg(args))
        d.securityMethods = *v;
    bool authGiven = false;
    const auto auth = authArgs(args, &authGiven);
    if (m_commandFailed)
        return;
    if (authGiven)
        d.authMethods = auth->isEmpty() ? defaults::authMethods() : *auth;
    policy->defaultResponse = std::move(d);
}

void Interpreter::setStore(const Args &args)
{
    if (!require(args, QStringLiteral("location")))
        return;
    const Arg *loc = args.find(QStringLiteral("location"));
    const QString location = loc->value.trimmed().toLower();
    if (location == u"local") {
        m_store.info.location = StoreLocation::Local;
        m_store.info.domain.clear();
    } else if (location == u"domain") {
        m_store.info.location = StoreLocation::Domain;
        m_store.info.domain = args.value(QStringLiteral("domain"));
    } else if (location == u"persistent") {
        report(code::Unconfirmed, Severity::Warning, loc->offset,
               QStringLiteral("location=persistent appears only in the Server 2003 documentation (Q10); the "
                              "objects are read into the same store"));
    } else {
        fail(code::InvalidValue, loc->offset,
             QStringLiteral("location=%1: expected local or domain").arg(loc->value));
    }
}

} // namespace ipsec::netsh
