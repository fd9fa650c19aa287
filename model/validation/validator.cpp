// The validation run: identity and names, references between rules, lists and actions, then each object
// with its area's checks (filterchecks.cpp, methodchecks.cpp), then the export targets.
#include "validator.h"

#include "core/enumnames.h"
#include "validationcontext.h"

#include <QHash>
#include <QSet>
#include <type_traits>

namespace ipsec::validation {

// ---- Context --------------------------------------------------------------------------------------------

Context::Context(const StoreData &store, const ValidationOptions &options) : m_store(store)
{
    for (Target t : options.targets)
        if (!m_targets.contains(&capabilities(t)))
            m_targets.append(&capabilities(t));
}

bool Context::anyTargetLacks(Capability c) const
{
    return std::any_of(m_targets.begin(), m_targets.end(),
                       [c](const TargetCapabilities *t) { return !(t->*c); });
}

// "needs Windows Vista or later": the minimum without displayName's own "or later".
QString Context::minimumWindowsName(WindowsTarget w)
{
    switch (w) {
    case WindowsTarget::Windows2000:
        return QStringLiteral("Windows 2000");
    case WindowsTarget::WindowsXP:
        return QStringLiteral("Windows XP");
    case WindowsTarget::WindowsServer2003:
        return QStringLiteral("Windows Server 2003");
    case WindowsTarget::WindowsVistaOrLater:
        return QStringLiteral("Windows Vista");
    }
    return {};
}

void Context::requireWindows(WindowsTarget minimum, const Location &where, const QString &what)
{
    if (m_store.info.target >= minimum)
        return;
    QString message = QStringLiteral("%1 needs %2 or later, but the store targets %3.")
                          .arg(what, minimumWindowsName(minimum), displayName(m_store.info.target));
    message[0] = message[0].toUpper();
    add(Code::NeedsNewerWindows, where, message);
}

void Context::requireCapability(Capability c, const Location &where, const QString &what)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!(t->*c))
            add(Code::TargetCannotCarry, where,
                QStringLiteral("%1 cannot carry %2.").arg(capitalizedTarget(t->target), what));
}

void Context::warnIfLossy(Capability c, const Location &where, const QString &what,
                          const QString &consequence)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!(t->*c))
            add(Code::TargetCarriesWithLoss, where,
                QStringLiteral("%1 in %2: %3.").arg(what, targetDisplayName(t->target), consequence));
}

void Context::requireModernAlgorithms(const Location &where, const QString &what)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!t->modernAlgorithms)
            add(Code::ModernAlgorithmForLegacyTarget, where,
                QStringLiteral(
                    "%1 cannot carry %2: it knows only DES, 3DES, MD5, SHA1 and DH groups 1, 2 and 14.")
                    .arg(capitalizedTarget(t->target), what));
}

QString Context::capitalizedTarget(Target t)
{
    QString s = targetDisplayName(t);
    s[0] = s[0].toUpper();
    return s;
}

QString indexedField(const QString &list, qsizetype index, const QString &member)
{
    QString f = list + u'[' + QString::number(index) + u']';
    if (!member.isEmpty())
        f += u'.' + member;
    return f;
}

namespace {

// ---- The run --------------------------------------------------------------------------------------------

class StoreValidator {
public:
    StoreValidator(const StoreData &store, const ValidationOptions &options)
        : m_ctx(store, options), m_store(store)
    {}

    Findings run()
    {
        indexObjects();
        checkStoreTarget();
        checkNamedObjects(m_store.filterLists, QStringLiteral("Filter list"), filterListLocation);
        checkNamedObjects(m_store.filterActions, QStringLiteral("Filter action"), filterActionLocation);
        checkNamedObjects(m_store.policies, QStringLiteral("Policy"), policyLocation);
        checkFilterIds();
        checkAssignment();
        const QHash<QUuid, FilterListUse> uses = filterListUses();
        for (const FilterList &list : m_store.filterLists)
            checkFilterList(m_ctx, list, uses.value(list.id));
        for (const FilterAction &action : m_store.filterActions)
            checkFilterAction(action);
        QSet<QUuid> ruleIds;
        for (const Policy &policy : m_store.policies)
            checkPolicy(policy, ruleIds);
        return m_ctx.sink().take();
    }

private:
    void indexObjects()
    {
        m_lists.reserve(static_cast<qsizetype>(m_store.filterLists.size()));
        for (const FilterList &l : m_store.filterLists)
            m_lists.insert(l.id, &l);
        m_actions.reserve(static_cast<qsizetype>(m_store.filterActions.size()));
        for (const FilterAction &a : m_store.filterActions)
            m_actions.insert(a.id, &a);
    }

    void checkStoreTarget()
    {
        for (const TargetCapabilities *t : m_ctx.targets())
            if (t->minimumWindows > m_store.info.target)
                m_ctx.add(Code::TargetNeedsNewerWindows, storeLocation(QStringLiteral("target")),
                          QStringLiteral("%1 needs %2 or later, but the store targets %3.")
                              .arg(Context::capitalizedTarget(t->target),
                                   Context::minimumWindowsName(t->minimumWindows),
                                   displayName(m_store.info.target)));
    }

    // Names (empty, duplicate per kind, case-insensitive), GUIDs (null, duplicate) and netsh-hostile text of
    // filter lists, filter actions and policies.
    template <typename T, typename LocationFn>
    void checkNamedObjects(const std::vector<T> &objects, const QString &kind, LocationFn locationOf)
    {
        QHash<QString, const T *> byName;
        QSet<QUuid> ids;
        byName.reserve(static_cast<qsizetype>(objects.size()));
        for (const T &o : objects) {
            checkName(o.name, kind, locationOf(o, QStringLiteral("name")), byName, &o);
            checkId(
                o.id, ids, [&] { return kind + u' ' + quoted(o.name); },
                [&] { return locationOf(o, QStringLiteral("id")); });
            checkText(o.name, locationOf(o, QStringLiteral("name")),
                      QStringLiteral("the name of ") + lower(kind) + u' ' + quoted(o.name));
            checkText(o.description, locationOf(o, QStringLiteral("description")),
                      QStringLiteral("the description of ") + lower(kind) + u' ' + quoted(o.name));
        }
    }

    template <typename T>
    void checkName(const QString &name, const QString &kind, const Location &at,
                   QHash<QString, const T *> &byName, const T *object, const QString &scope = {})
    {
        if (name.trimmed().isEmpty()) {
            m_ctx.add(Code::EmptyName, at, QStringLiteral("%1 %2has no name.").arg(kind, scope));
            return;
        }
        const QString key = name.toCaseFolded();
        if (const T *first = byName.value(key)) {
            const bool isRule = std::is_same_v<T, Rule>;
            m_ctx.add(isRule ? Code::DuplicateRuleName : Code::DuplicateName, at,
                      QStringLiteral("%1 %2 %3has the same name as %4.")
                          .arg(kind, quoted(name), scope,
                               first->name == name ? QStringLiteral("another one") : quoted(first->name)));
            Q_UNUSED(object)
            return;
        }
        byName.insert(key, object);
    }

    // `object()` names the object and `at()` locates it; both are called only for a finding, because this
    // runs for every filter of the store.
    template <typename NameFn, typename LocationFn>
    void checkId(const QUuid &id, QSet<QUuid> &ids, const NameFn &object, const LocationFn &at)
    {
        if (id.isNull()) {
            m_ctx.add(Code::MissingId, at(), QStringLiteral("%1 has no GUID.").arg(object()));
            return;
        }
        const qsizetype before = ids.size();
        ids.insert(id);
        if (ids.size() == before)
            m_ctx.add(Code::DuplicateId, at(),
                      QStringLiteral("%1 has the GUID %2, which another object of its kind already has.")
                          .arg(object(), id.toString()));
    }

    void checkText(const QString &text, const Location &at, const QString &what)
    {
        if (!m_ctx.anyTargetLacks(&TargetCapabilities::quotesAndControlCharacters))
            return;
        if (std::any_of(text.begin(), text.end(), [](QChar c) { return c == u'"' || c.unicode() < 0x20; }))
            m_ctx.requireCapability(
                &TargetCapabilities::quotesAndControlCharacters, at,
                what + QStringLiteral(", which holds a double quote or a control character"));
    }

    void checkFilterIds()
    {
        QSet<QUuid> ids;
        ids.reserve(static_cast<qsizetype>(m_store.filterCount()));
        for (const FilterList &list : m_store.filterLists)
            for (std::size_t i = 0; i < list.filters.size(); ++i)
                checkId(
                    list.filters[i].id, ids,
                    [&] {
                        return QStringLiteral("Filter %1 of filter list %2")
                            .arg(i + 1)
                            .arg(quoted(list.name));
                    },
                    [&] { return filterLocation(list, i, QStringLiteral("id")); });
    }

    void checkAssignment()
    {
        const Policy *first = nullptr;
        for (const Policy &p : m_store.policies) {
            if (!p.assigned)
                continue;
            if (!first) {
                first = &p;
                continue;
            }
            m_ctx.add(Code::SeveralAssignedPolicies, policyLocation(p, QStringLiteral("assigned")),
                      QStringLiteral("Policy %1 is assigned, but policy %2 is assigned already.")
                          .arg(quoted(p.name), quoted(first->name)));
        }
    }

    QHash<QUuid, FilterListUse> filterListUses() const
    {
        QHash<QUuid, FilterListUse> uses;
        for (const Policy &p : m_store.policies)
            for (const Rule &r : p.rules) {
                FilterListUse &u = uses[r.filterList];
                if (!r.tunnel.isTunnel()) {
                    u.usedByTransportRule = true;
                } else if (!u.tunnelRule) {
                    u.tunnelPolicy = &p;
                    u.tunnelRule = &r;
                }
            }
        return uses;
    }

    void checkFilterAction(const FilterAction &a)
    {
        const QString owner = QStringLiteral("filter action %1").arg(quoted(a.name));
        const LocationMaker at = [&a](const QString &field) { return filterActionLocation(a, field); };
        if (a.action == ActionKind::Negotiate) {
            if (a.securityMethods.isEmpty())
                m_ctx.add(Code::NegotiateWithoutMethods, at(QStringLiteral("securityMethods")),
                          QStringLiteral("Filter action %1 negotiates security but has no security methods.")
                              .arg(quoted(a.name)));
            checkSecurityMethods(m_ctx, a.securityMethods, at, owner);
            // reference §7.1: inpass without soft has no WFAS action; soft without inpass only an approximate
            // one.
            if (a.acceptUnsecured && !a.allowFallback)
                m_ctx.warnIfLossy(
                    &TargetCapabilities::acceptUnsecuredWithoutFallback,
                    at(QStringLiteral("acceptUnsecured")),
                    QStringLiteral("Filter action %1").arg(quoted(a.name)),
                    QStringLiteral(
                        "accepting unsecured communication without fallback has no exact "
                        "equivalent (reference §7.1, Q63); it is exported as Require inbound and outbound"));
            if (!a.acceptUnsecured && a.allowFallback)
                m_ctx.warnIfLossy(
                    &TargetCapabilities::fallbackWithoutAcceptUnsecured, at(QStringLiteral("allowFallback")),
                    QStringLiteral("Filter action %1").arg(quoted(a.name)),
                    QStringLiteral("fallback without accepting unsecured communication is exported as "
                                   "Require inbound, request outbound, which is approximate"));
            return;
        }
        const QString kind = displayName(a.action);
        if (!a.securityMethods.isEmpty())
            m_ctx.add(
                Code::MethodsIgnored, at(QStringLiteral("securityMethods")),
                QStringLiteral("Filter action %1 is %2 but has %3 security methods, which Windows ignores.")
                    .arg(quoted(a.name), kind)
                    .arg(a.securityMethods.size()));
        struct Flag {
            bool set;
            const char *field;
            const char *text;
        };
        const Flag flags[] = {
            {a.acceptUnsecured, "acceptUnsecured", "accept unsecured communication (inpass)"},
            {a.allowFallback, "allowFallback", "allow fallback to unsecured communication (soft)"},
            {a.sessionKeyPfs, "sessionKeyPfs", "session key PFS (qmpfs)"}};
        for (const Flag &flag : flags)
            if (flag.set)
                m_ctx.add(Code::NegotiationFlagsIgnored, at(QString::fromLatin1(flag.field)),
                          QStringLiteral("Filter action %1 is %2 but sets %3, which Windows ignores.")
                              .arg(quoted(a.name), kind, QString::fromLatin1(flag.text)));
    }

    void checkPolicy(const Policy &p, QSet<QUuid> &ruleIds)
    {
        checkIkeSettings(m_ctx, p);
        const bool drrTakesEffect = checkDefaultResponse(p);
        QHash<QString, const Rule *> ruleNames;
        bool anyActiveRule = false;
        for (const Rule &r : p.rules) {
            checkRule(p, r, ruleNames, ruleIds);
            anyActiveRule = anyActiveRule || r.active;
        }
        if (!anyActiveRule && !drrTakesEffect)
            m_ctx.add(
                Code::PolicyWithoutEffect, policyLocation(p, QStringLiteral("rules")),
                QStringLiteral("Policy %1 has no active rule%2, so assigning it changes nothing.")
                    .arg(quoted(p.name), p.defaultResponse.active
                                             ? QStringLiteral(" (its default response rule is ignored on "
                                                              "the target Windows)")
                                             : QString()));
    }

    // Returns whether the default response rule takes effect on the store's target Windows.
    bool checkDefaultResponse(const Policy &p)
    {
        const DefaultResponseRule &drr = p.defaultResponse;
        if (!drr.active)
            return false;
        const LocationMaker at = [&p](const QString &field) { return defaultResponseLocation(p, field); };
        const QString owner = QStringLiteral("the default response rule of policy %1").arg(quoted(p.name));
        const bool ignored = m_store.info.target >= WindowsTarget::WindowsVistaOrLater;
        if (ignored)
            m_ctx.add(Code::DefaultResponseIgnored, at(QStringLiteral("active")),
                      QStringLiteral("The default response rule of policy %1 is active, but %2 ignores it.")
                          .arg(quoted(p.name), displayName(m_store.info.target)));
        m_ctx.warnIfLossy(&TargetCapabilities::defaultResponseRule, at(QStringLiteral("active")),
                          QStringLiteral("The default response rule of policy %1").arg(quoted(p.name)),
                          QStringLiteral("it has no equivalent and is dropped"));
        if (drr.authMethods.isEmpty())
            m_ctx.add(
                Code::NoAuthMethods, at(QStringLiteral("authMethods")),
                QStringLiteral("The default response rule of policy %1 is active but has no authentication "
                               "method.")
                    .arg(quoted(p.name)));
        checkAuthMethods(m_ctx, drr.authMethods, true, at, owner);
        if (drr.securityMethods.isEmpty())
            m_ctx.add(Code::NegotiateWithoutMethods, at(QStringLiteral("securityMethods")),
                      QStringLiteral(
                          "The default response rule of policy %1 is active but has no security methods.")
                          .arg(quoted(p.name)));
        checkSecurityMethods(m_ctx, drr.securityMethods, at, owner);
        return !ignored;
    }

    void checkRule(const Policy &p, const Rule &r, QHash<QString, const Rule *> &names, QSet<QUuid> &ids)
    {
        const QString ruleName = QStringLiteral("Rule %1 of policy %2").arg(quoted(r.name), quoted(p.name));
        const LocationMaker at = [&p, &r](const QString &field) { return ruleLocation(p, r, field); };
        checkName(r.name, QStringLiteral("Rule"), at(QStringLiteral("name")), names, &r,
                  QStringLiteral("of policy %1 ").arg(quoted(p.name)));
        checkId(
            r.id, ids, [&] { return ruleName; }, [&] { return at(QStringLiteral("id")); });
        checkText(r.name, at(QStringLiteral("name")), QStringLiteral("the name of ") + lower(ruleName));
        checkText(r.description, at(QStringLiteral("description")),
                  QStringLiteral("the description of ") + lower(ruleName));

        if (r.filterList.isNull()) {
            m_ctx.add(Code::RuleWithoutFilterList, at(QStringLiteral("filterList")),
                      QStringLiteral("%1 has no filter list.").arg(ruleName));
        } else if (const FilterList *list = m_lists.value(r.filterList)) {
            if (list->filters.empty())
                m_ctx.add(Code::EmptyFilterListUsed, at(QStringLiteral("filterList")),
                          QStringLiteral("%1 uses filter list %2, which has no filters.")
                              .arg(ruleName, quoted(list->name)));
        } else {
            m_ctx.add(Code::DanglingFilterList, at(QStringLiteral("filterList")),
                      QStringLiteral("%1 refers to the filter list %2, which does not exist.")
                          .arg(ruleName, r.filterList.toString()));
        }

        const FilterAction *action = nullptr;
        if (r.filterAction.isNull()) {
            m_ctx.add(Code::RuleWithoutFilterAction, at(QStringLiteral("filterAction")),
                      QStringLiteral("%1 has no filter action.").arg(ruleName));
        } else if (!(action = m_actions.value(r.filterAction))) {
            m_ctx.add(Code::DanglingFilterAction, at(QStringLiteral("filterAction")),
                      QStringLiteral("%1 refers to the filter action %2, which does not exist.")
                          .arg(ruleName, r.filterAction.toString()));
        }

        const bool negotiates = action && action->action == ActionKind::Negotiate;
        if (negotiates && r.authMethods.isEmpty())
            m_ctx.add(
                Code::NoAuthMethods, at(QStringLiteral("authMethods")),
                QStringLiteral("%1 negotiates security (filter action %2) but has no authentication method.")
                    .arg(ruleName, quoted(action->name)));
        checkAuthMethods(m_ctx, r.authMethods, negotiates, at, lower(ruleName));
        checkTunnel(r, at, ruleName);
    }

    void checkTunnel(const Rule &r, const LocationMaker &at, const QString &ruleName)
    {
        const TunnelEndpoint &t = r.tunnel;
        if (t.kind == TunnelKind::Address) {
            if (t.address.isNull()) {
                m_ctx.add(
                    Code::IncompleteTunnelEndpoint, at(QStringLiteral("tunnel.address")),
                    QStringLiteral("%1 is a tunnel rule without a tunnel endpoint address.").arg(ruleName));
            } else if (t.address.isIPv6()) {
                const QString what = QStringLiteral("the IPv6 tunnel endpoint of ") + lower(ruleName);
                m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, at(QStringLiteral("tunnel.address")),
                                     what);
                m_ctx.requireCapability(&TargetCapabilities::ipv6TunnelEndpoints,
                                        at(QStringLiteral("tunnel.address")), what);
            }
        } else if (t.kind == TunnelKind::DnsName) {
            if (t.dnsName.trimmed().isEmpty())
                m_ctx.add(
                    Code::IncompleteTunnelEndpoint, at(QStringLiteral("tunnel.dnsName")),
                    QStringLiteral("%1 is a tunnel rule without a tunnel endpoint name.").arg(ruleName));
            else
                m_ctx.requireCapability(&TargetCapabilities::dnsNameTunnelEndpoints,
                                        at(QStringLiteral("tunnel.dnsName")),
                                        QStringLiteral("the DNS name tunnel endpoint of ") + lower(ruleName));
        }
    }

    static QString lower(const QString &s) { return s.isEmpty() ? s : s.at(0).toLower() + s.mid(1); }

    Context m_ctx;
    const StoreData &m_store;
    QHash<QUuid, const FilterList *> m_lists;
    QHash<QUuid, const FilterAction *> m_actions;
};

} // namespace

} // namespace ipsec::validation

namespace ipsec {

Findings validate(const StoreData &store, const ValidationOptions &options)
{
    return validation::StoreValidator(store, options).run();
}

} // namespace ipsec
