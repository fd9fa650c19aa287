// The validation run: identity and names, references between rules, lists and actions, then each object
// with its area's checks (filterchecks.cpp, methodchecks.cpp), then the export targets.
#include "validator.h"

#include "core/enumnames.h"
#include "parallelchecks.h"
#include "validationcontext.h"
#include "validationtr.h"

#include <QHash>
#include <QSet>
#include <type_traits>

namespace ipsec::validation {

// ---- Context ----

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
namespace {
// The store's target Windows in messages: displayName's words, translated.
QString targetedWindows(WindowsTarget w)
{
    return w == WindowsTarget::WindowsVistaOrLater ? Validation::tr("Windows Vista or later")
                                                   : displayName(w);
}
} // namespace

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
    QString message = Validation::tr("%1 needs %2 or later, but the store targets %3.")
                          .arg(what, minimumWindowsName(minimum), targetedWindows(m_store.info.target));
    message[0] = message[0].toUpper();
    add(Code::NeedsNewerWindows, where, message);
}

void Context::requireCapability(Capability c, const Location &where, const QString &what)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!(t->*c))
            add(Code::TargetCannotCarry, where,
                Validation::tr("%1 cannot carry %2.").arg(capitalizedTarget(t->target), what));
}

void Context::warnIfLossy(Capability c, const Location &where, const QString &what,
                          const QString &consequence)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!(t->*c))
            add(Code::TargetCarriesWithLoss, where,
                Validation::tr("%1 in %2: %3.").arg(what, targetDisplayName(t->target), consequence));
}

void Context::requireModernAlgorithms(const Location &where, const QString &what)
{
    for (const TargetCapabilities *t : std::as_const(m_targets))
        if (!t->modernAlgorithms)
            add(Code::ModernAlgorithmForLegacyTarget, where,
                Validation::tr(
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

// ---- The run ----

class StoreValidator {
public:
    StoreValidator(const StoreData &store, const ValidationOptions &options)
        : m_ctx(store, options), m_store(store), m_options(options)
    {}

    Findings run()
    {
        indexObjects();
        checkStoreTarget();
        checkNamedObjects(m_store.filterLists, {Validation::tr("Filter list"), Validation::tr("filter list")},
                          filterListLocation);
        checkNamedObjects(m_store.filterActions,
                          {Validation::tr("Filter action"), Validation::tr("filter action")},
                          filterActionLocation);
        checkNamedObjects(m_store.policies, {Validation::tr("Policy"), Validation::tr("policy")},
                          policyLocation);
        checkFilterIds();
        checkAssignment();
        // 0 is one thread per core; a small store stays on the calling thread (the window validates after
        // every edit, and starting threads would cost more than its checks).
        unsigned threads = m_options.threads;
        if (threads == 0 && m_store.filterCount() < ValidationOptions::kParallelFromFilters)
            threads = 1;
        const QHash<QUuid, FilterListUse> uses = filterListUses();
        const std::vector<FilterList> &lists = m_store.filterLists;
        for (Findings &f : checkEach(
                 m_store, m_options, lists.size(),
                 [&](Context &ctx, std::size_t i) {
                     checkFilterList(ctx, lists[i], uses.value(lists[i].id));
                 },
                 threads))
            m_ctx.sink().append(std::move(f));
        for (const FilterAction &action : m_store.filterActions)
            checkFilterAction(action);
        const std::vector<Policy> &policies = m_store.policies;
        std::vector<Findings> overlaps = checkEach(
            m_store, m_options, policies.size(),
            [&](Context &ctx, std::size_t i) {
                checkOverlaps(ctx, policies[i], m_options.maxOverlapsPerPolicy);
            },
            threads);
        QSet<QUuid> ruleIds;
        for (std::size_t i = 0; i < policies.size(); ++i) {
            checkPolicy(policies[i], ruleIds);
            m_ctx.sink().append(std::move(overlaps[i]));
        }
        checkIntents(m_ctx);
        if (!m_options.baseline.isEmpty())
            checkBaseline(m_ctx, m_options.baseline);
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
                          Validation::tr("%1 needs %2 or later, but the store targets %3.")
                              .arg(Context::capitalizedTarget(t->target),
                                   Context::minimumWindowsName(t->minimumWindows),
                                   targetedWindows(m_store.info.target)));
    }

    // Names (empty, duplicate per kind, case-insensitive), GUIDs (null, duplicate) and netsh-hostile text of
    // filter lists, filter actions and policies.
    // An object kind as it starts a sentence ("Filter list") and inside one ("filter list").
    struct KindWords {
        QString capital;
        QString inText;
    };

    template <typename T, typename LocationFn>
    void checkNamedObjects(const std::vector<T> &objects, const KindWords &kindWords, LocationFn locationOf)
    {
        const QString &kind = kindWords.capital;
        QHash<QString, const T *> byName;
        QSet<QUuid> ids;
        byName.reserve(static_cast<qsizetype>(objects.size()));
        for (const T &o : objects) {
            checkName(o.name, kind, locationOf(o, QStringLiteral("name")), byName, &o);
            checkId(
                o.id, ids, [&] { return kind + u' ' + quoted(o.name); },
                [&] { return locationOf(o, QStringLiteral("id")); });
            checkText(o.name, locationOf(o, QStringLiteral("name")),
                      Validation::tr("the name of %1").arg(kindWords.inText + u' ' + quoted(o.name)));
            checkText(o.description, locationOf(o, QStringLiteral("description")),
                      Validation::tr("the description of %1").arg(kindWords.inText + u' ' + quoted(o.name)));
        }
    }

    template <typename T>
    void checkName(const QString &name, const QString &kind, const Location &at,
                   QHash<QString, const T *> &byName, const T *object, const QString &scope = {})
    {
        if (name.trimmed().isEmpty()) {
            m_ctx.add(Code::EmptyName, at, Validation::tr("%1 %2has no name.").arg(kind, scope));
            return;
        }
        const QString key = name.toCaseFolded();
        if (const T *first = byName.value(key)) {
            const bool isRule = std::is_same_v<T, Rule>;
            m_ctx.add(isRule ? Code::DuplicateRuleName : Code::DuplicateName, at,
                      Validation::tr("%1 %2 %3has the same name as %4.")
                          .arg(kind, quoted(name), scope,
                               first->name == name ? Validation::tr("another one") : quoted(first->name)));
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
            m_ctx.add(Code::MissingId, at(), Validation::tr("%1 has no GUID.").arg(object()));
            return;
        }
        const qsizetype before = ids.size();
        ids.insert(id);
        if (ids.size() == before)
            m_ctx.add(Code::DuplicateId, at(),
                      Validation::tr("%1 has the GUID %2, which another object of its kind already has.")
                          .arg(object(), id.toString()));
    }

    void checkText(const QString &text, const Location &at, const QString &what)
    {
        if (!m_ctx.anyTargetLacks(&TargetCapabilities::quotesAndControlCharacters))
            return;
        if (std::any_of(text.begin(), text.end(), [](QChar c) { return c == u'"' || c.unicode() < 0x20; }))
            m_ctx.requireCapability(
                &TargetCapabilities::quotesAndControlCharacters, at,
                what + Validation::tr(", which holds a double quote or a control character"));
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
                        return Validation::tr("Filter %1 of filter list %2")
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
                      Validation::tr("Policy %1 is assigned, but policy %2 is assigned already.")
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
        const QString owner = Validation::tr("filter action %1").arg(quoted(a.name));
        const LocationMaker at = [&a](const QString &field) { return filterActionLocation(a, field); };
        if (a.action == ActionKind::Negotiate) {
            if (a.securityMethods.isEmpty())
                m_ctx.add(Code::NegotiateWithoutMethods, at(QStringLiteral("securityMethods")),
                          Validation::tr("Filter action %1 negotiates security but has no security methods.")
                              .arg(quoted(a.name)));
            checkSecurityMethods(m_ctx, a.securityMethods, at, owner);
            // docs/formats/gpo.md, The filter-action decision: inpass without soft has no WFAS action; soft
            // without inpass only an approximate one.
            if (a.acceptUnsecured && !a.allowFallback)
                m_ctx.warnIfLossy(
                    &TargetCapabilities::acceptUnsecuredWithoutFallback,
                    at(QStringLiteral("acceptUnsecured")),
                    Validation::tr("Filter action %1").arg(quoted(a.name)),
                    Validation::tr("accepting unsecured communication without fallback has no exact "
                                   "equivalent (Q63); it is exported as Require inbound and outbound"));
            if (!a.acceptUnsecured && a.allowFallback)
                m_ctx.warnIfLossy(
                    &TargetCapabilities::fallbackWithoutAcceptUnsecured, at(QStringLiteral("allowFallback")),
                    Validation::tr("Filter action %1").arg(quoted(a.name)),
                    Validation::tr("fallback without accepting unsecured communication is exported as "
                                   "Require inbound, request outbound, which is approximate"));
            return;
        }
        const QString kind =
            a.action == ActionKind::Permit ? Validation::tr("Permit") : Validation::tr("Block");
        if (!a.securityMethods.isEmpty())
            m_ctx.add(
                Code::MethodsIgnored, at(QStringLiteral("securityMethods")),
                Validation::tr("Filter action %1 is %2 but has %3 security methods, which Windows ignores.")
                    .arg(quoted(a.name), kind)
                    .arg(a.securityMethods.size()));
        struct Flag {
            bool set;
            const char *field;
            const char *text;
        };
        const Flag flags[] = {
            {a.acceptUnsecured, "acceptUnsecured",
             QT_TRANSLATE_NOOP("ipsec::Validation", "accept unsecured communication (inpass)")},
            {a.allowFallback, "allowFallback",
             QT_TRANSLATE_NOOP("ipsec::Validation", "allow fallback to unsecured communication (soft)")},
            {a.sessionKeyPfs, "sessionKeyPfs",
             QT_TRANSLATE_NOOP("ipsec::Validation", "session key PFS (qmpfs)")}};
        for (const Flag &flag : flags)
            if (flag.set)
                m_ctx.add(Code::NegotiationFlagsIgnored, at(QString::fromLatin1(flag.field)),
                          Validation::tr("Filter action %1 is %2 but sets %3, which Windows ignores.")
                              .arg(quoted(a.name), kind, Validation::tr(flag.text)));
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
                Validation::tr("Policy %1 has no active rule%2, so assigning it changes nothing.")
                    .arg(quoted(p.name), p.defaultResponse.active
                                             ? Validation::tr(" (its default response rule is ignored on "
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
        const QString owner = Validation::tr("the default response rule of policy %1").arg(quoted(p.name));
        const bool ignored = m_store.info.target >= WindowsTarget::WindowsVistaOrLater;
        if (ignored)
            m_ctx.add(Code::DefaultResponseIgnored, at(QStringLiteral("active")),
                      Validation::tr("The default response rule of policy %1 is active, but %2 ignores it.")
                          .arg(quoted(p.name), targetedWindows(m_store.info.target)));
        m_ctx.warnIfLossy(&TargetCapabilities::defaultResponseRule, at(QStringLiteral("active")),
                          Validation::tr("The default response rule of policy %1").arg(quoted(p.name)),
                          Validation::tr("it has no equivalent and is dropped"));
        if (drr.authMethods.isEmpty())
            m_ctx.add(
                Code::NoAuthMethods, at(QStringLiteral("authMethods")),
                Validation::tr("The default response rule of policy %1 is active but has no authentication "
                               "method.")
                    .arg(quoted(p.name)));
        checkAuthMethods(m_ctx, drr.authMethods, true, at, owner);
        if (drr.securityMethods.isEmpty())
            m_ctx.add(Code::NegotiateWithoutMethods, at(QStringLiteral("securityMethods")),
                      Validation::tr(
                          "The default response rule of policy %1 is active but has no security methods.")
                          .arg(quoted(p.name)));
        checkSecurityMethods(m_ctx, drr.securityMethods, at, owner);
        return !ignored;
    }

    void checkRule(const Policy &p, const Rule &r, QHash<QString, const Rule *> &names, QSet<QUuid> &ids)
    {
        const QString ruleName = Validation::tr("Rule %1 of policy %2").arg(quoted(r.name), quoted(p.name));
        const LocationMaker at = [&p, &r](const QString &field) { return ruleLocation(p, r, field); };
        checkName(r.name, Validation::tr("Rule"), at(QStringLiteral("name")), names, &r,
                  Validation::tr("of policy %1 ").arg(quoted(p.name)));
        checkId(
            r.id, ids, [&] { return ruleName; }, [&] { return at(QStringLiteral("id")); });
        const QString ruleInText = Validation::tr("rule %1 of policy %2").arg(quoted(r.name), quoted(p.name));
        checkText(r.name, at(QStringLiteral("name")), Validation::tr("the name of %1").arg(ruleInText));
        checkText(r.description, at(QStringLiteral("description")),
                  Validation::tr("the description of %1").arg(ruleInText));

        if (r.filterList.isNull()) {
            m_ctx.add(Code::RuleWithoutFilterList, at(QStringLiteral("filterList")),
                      Validation::tr("%1 has no filter list.").arg(ruleName));
        } else if (const FilterList *list = m_lists.value(r.filterList)) {
            if (list->filters.empty())
                m_ctx.add(Code::EmptyFilterListUsed, at(QStringLiteral("filterList")),
                          Validation::tr("%1 uses filter list %2, which has no filters.")
                              .arg(ruleName, quoted(list->name)));
        } else {
            m_ctx.add(Code::DanglingFilterList, at(QStringLiteral("filterList")),
                      Validation::tr("%1 refers to the filter list %2, which does not exist.")
                          .arg(ruleName, r.filterList.toString()));
        }

        const FilterAction *action = nullptr;
        if (r.filterAction.isNull()) {
            m_ctx.add(Code::RuleWithoutFilterAction, at(QStringLiteral("filterAction")),
                      Validation::tr("%1 has no filter action.").arg(ruleName));
        } else if (!(action = m_actions.value(r.filterAction))) {
            m_ctx.add(Code::DanglingFilterAction, at(QStringLiteral("filterAction")),
                      Validation::tr("%1 refers to the filter action %2, which does not exist.")
                          .arg(ruleName, r.filterAction.toString()));
        }

        const bool negotiates = action && action->action == ActionKind::Negotiate;
        if (negotiates && r.authMethods.isEmpty())
            m_ctx.add(
                Code::NoAuthMethods, at(QStringLiteral("authMethods")),
                Validation::tr("%1 negotiates security (filter action %2) but has no authentication method.")
                    .arg(ruleName, quoted(action->name)));
        checkAuthMethods(m_ctx, r.authMethods, negotiates, at, ruleInText);
        checkTunnel(r, at, ruleName, ruleInText);
    }

    void checkTunnel(const Rule &r, const LocationMaker &at, const QString &ruleName,
                     const QString &ruleInText)
    {
        const TunnelEndpoint &t = r.tunnel;
        if (t.kind == TunnelKind::Address) {
            if (t.address.isNull()) {
                m_ctx.add(
                    Code::IncompleteTunnelEndpoint, at(QStringLiteral("tunnel.address")),
                    Validation::tr("%1 is a tunnel rule without a tunnel endpoint address.").arg(ruleName));
            } else if (t.address.isIPv6()) {
                const QString what = Validation::tr("the IPv6 tunnel endpoint of %1").arg(ruleInText);
                m_ctx.requireWindows(WindowsTarget::WindowsVistaOrLater, at(QStringLiteral("tunnel.address")),
                                     what);
                m_ctx.requireCapability(&TargetCapabilities::ipv6TunnelEndpoints,
                                        at(QStringLiteral("tunnel.address")), what);
            }
        } else if (t.kind == TunnelKind::DnsName) {
            if (t.dnsName.trimmed().isEmpty())
                m_ctx.add(
                    Code::IncompleteTunnelEndpoint, at(QStringLiteral("tunnel.dnsName")),
                    Validation::tr("%1 is a tunnel rule without a tunnel endpoint name.").arg(ruleName));
            else
                m_ctx.requireCapability(&TargetCapabilities::dnsNameTunnelEndpoints,
                                        at(QStringLiteral("tunnel.dnsName")),
                                        Validation::tr("the DNS name tunnel endpoint of %1").arg(ruleInText));
        }
    }

    Context m_ctx;
    const StoreData &m_store;
    const ValidationOptions &m_options;
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
