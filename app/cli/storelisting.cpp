#include "storelisting.h"

#include "core/enumnames.h"

#include <QStringList>

namespace ipsec::cli {
namespace {

// ---- shared wording ----

QString filterListLabel(const StoreData &store, const QUuid &id)
{
    const FilterList *l = store.filterList(id);
    return l ? l->name : QStringLiteral("(missing filter list %1)").arg(id.toString());
}

QString filterActionLabel(const StoreData &store, const QUuid &id)
{
    const FilterAction *a = store.filterAction(id);
    return a ? a->name : QStringLiteral("(missing filter action %1)").arg(id.toString());
}

QStringList authTexts(const QList<AuthMethod> &methods)
{
    QStringList texts;
    for (const AuthMethod &m : methods)
        texts << describe(m); // masks preshared keys
    return texts;
}

template <typename Method> QStringList methodTexts(const QList<Method> &methods)
{
    QStringList texts;
    for (const Method &m : methods)
        texts << describe(m);
    return texts;
}

// "1 policy", "2 policies"
QString counted(std::size_t n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString locationText(const StoreInfo &info)
{
    if (info.location == StoreLocation::Local)
        return QStringLiteral("local store");
    QString s =
        QStringLiteral("domain %1").arg(info.domain.isEmpty() ? QStringLiteral("(not set)") : info.domain);
    if (!info.organizationalUnit.isEmpty())
        s += QStringLiteral(", OU %1").arg(info.organizationalUnit);
    if (!info.gpoName.isEmpty())
        s += QStringLiteral(", GPO %1").arg(info.gpoName);
    return s;
}

// ---- text ----

class TextListing {
public:
    explicit TextListing(const StoreData &store) : m_store(store) {}

    QString render()
    {
        storeSection();
        line(0, QStringLiteral("Policies"));
        for (const Policy &p : m_store.policies)
            policy(p);
        blank();
        line(0, QStringLiteral("Filter lists"));
        for (const FilterList &l : m_store.filterLists)
            filterList(l);
        blank();
        line(0, QStringLiteral("Filter actions"));
        for (const FilterAction &a : m_store.filterActions)
            filterAction(a);
        return m_text;
    }

private:
    void line(int indent, const QString &text) { m_text += QString(indent * 2, u' ') + text + u'\n'; }
    void blank() { m_text += u'\n'; }
    void optional(int indent, const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            line(indent, label + QStringLiteral(": ") + value);
    }

    void storeSection()
    {
        const StoreInfo &info = m_store.info;
        line(0,
             QStringLiteral("Store: %1").arg(info.name.isEmpty() ? QStringLiteral("(unnamed)") : info.name));
        optional(1, QStringLiteral("Description"), info.description);
        line(1, QStringLiteral("Location: %1").arg(locationText(info)));
        line(1, QStringLiteral("Meant for: %1").arg(displayName(info.target)));
        line(1,
             QStringLiteral("%1, %2 (%3), %4")
                 .arg(counted(m_store.policies.size(), QStringLiteral("policy"), QStringLiteral("policies")),
                      counted(m_store.filterLists.size(), QStringLiteral("filter list"),
                              QStringLiteral("filter lists")),
                      counted(m_store.filterCount(), QStringLiteral("filter"), QStringLiteral("filters")),
                      counted(m_store.filterActions.size(), QStringLiteral("filter action"),
                              QStringLiteral("filter actions"))));
        blank();
    }

    void policy(const Policy &p)
    {
        line(1, p.name + (p.assigned ? QStringLiteral(" [assigned]") : QString()));
        optional(2, QStringLiteral("Description"), p.description);
        line(2, QStringLiteral("Polling interval: %1 min").arg(p.pollingIntervalMinutes));
        line(2, QStringLiteral("Key exchange: lifetime %1 min, %2 sessions per master key, master key PFS %3")
                    .arg(p.ike.lifetimeMinutes)
                    .arg(p.ike.quickModesPerMainMode == 0 ? QStringLiteral("unlimited")
                                                          : QString::number(p.ike.quickModesPerMainMode))
                    .arg(yesNo(p.ike.masterKeyPfs)));
        line(3, QStringLiteral("Methods: %1").arg(methodTexts(p.ike.methods).join(QStringLiteral(", "))));
        const DefaultResponseRule &d = p.defaultResponse;
        line(2, QStringLiteral("Default response rule: %1")
                    .arg(d.active ? QStringLiteral("active") : QStringLiteral("not active")));
        line(3,
             QStringLiteral("Authentication: %1").arg(authTexts(d.authMethods).join(QStringLiteral(", "))));
        line(3, QStringLiteral("Security methods: %1 (session key PFS %2)")
                    .arg(methodTexts(d.securityMethods).join(QStringLiteral(", ")), yesNo(d.sessionKeyPfs)));
        for (const Rule &r : p.rules)
            rule(r);
        blank();
    }

    void rule(const Rule &r)
    {
        line(2,
             QStringLiteral("Rule '%1'%2").arg(r.name, r.active ? QString() : QStringLiteral(" [inactive]")));
        optional(3, QStringLiteral("Description"), r.description);
        const FilterList *list = m_store.filterList(r.filterList);
        line(3,
             QStringLiteral("Filter list: %1%2")
                 .arg(filterListLabel(m_store, r.filterList),
                      list ? QStringLiteral(" (%1)").arg(counted(
                                 list->filters.size(), QStringLiteral("filter"), QStringLiteral("filters")))
                           : QString()));
        const FilterAction *action = m_store.filterAction(r.filterAction);
        line(3, QStringLiteral("Filter action: %1%2")
                    .arg(filterActionLabel(m_store, r.filterAction),
                         action ? QStringLiteral(" (%1)").arg(displayName(action->action)) : QString()));
        line(3,
             QStringLiteral("Authentication: %1").arg(authTexts(r.authMethods).join(QStringLiteral(", "))));
        line(3, QStringLiteral("Tunnel endpoint: %1; connection type: %2")
                    .arg(formatTunnel(r.tunnel, TunnelNameStyle::BareName), displayName(r.connectionType)));
    }

    void filterList(const FilterList &l)
    {
        line(1, QStringLiteral("%1 (%2)").arg(
                    l.name, counted(l.filters.size(), QStringLiteral("filter"), QStringLiteral("filters"))));
        optional(2, QStringLiteral("Description"), l.description);
        for (const Filter &f : l.filters) {
            QString text =
                QStringLiteral("%1 -> %2  %3  ports %4 -> %5%6")
                    .arg(formatAddress(f.source), formatAddress(f.destination), protocolName(f.protocol),
                         formatPorts(f.sourcePort), formatPorts(f.destinationPort),
                         f.mirrored ? QStringLiteral("  mirrored") : QString());
            if (!f.description.isEmpty())
                text += QStringLiteral("  '%1'").arg(f.description);
            line(2, text);
        }
    }

    void filterAction(const FilterAction &a)
    {
        line(1, QStringLiteral("%1: %2").arg(a.name, displayName(a.action)));
        optional(2, QStringLiteral("Description"), a.description);
        if (a.action != ActionKind::Negotiate && a.securityMethods.isEmpty())
            return;
        line(2, QStringLiteral("Accept unsecured communication: %1; allow fallback to unsecured: %2; "
                               "session key PFS: %3")
                    .arg(yesNo(a.acceptUnsecured), yesNo(a.allowFallback), yesNo(a.sessionKeyPfs)));
        int n = 0;
        for (const SecurityMethod &m : a.securityMethods)
            line(2, QStringLiteral("%1. %2").arg(++n).arg(describe(m)));
    }

    const StoreData &m_store;
    QString m_text;
};

// ---- JSON ----

using Json = nlohmann::ordered_json;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

Json strings(const QStringList &list)
{
    Json j = Json::array();
    for (const QString &s : list)
        j.push_back(utf8(s));
    return j;
}

Json idJson(const QUuid &id)
{
    return utf8(id.toString(QUuid::WithBraces));
}

Json ruleJson(const StoreData &store, const Rule &r)
{
    return {{"name", utf8(r.name)},
            {"id", idJson(r.id)},
            {"description", utf8(r.description)},
            {"active", r.active},
            {"filterList", utf8(filterListLabel(store, r.filterList))},
            {"filterAction", utf8(filterActionLabel(store, r.filterAction))},
            {"authentication", strings(authTexts(r.authMethods))},
            {"tunnelEndpoint", utf8(formatTunnel(r.tunnel, TunnelNameStyle::BareName))},
            {"connectionType", utf8(token(r.connectionType))}};
}

Json policyJson(const StoreData &store, const Policy &p)
{
    Json rules = Json::array();
    for (const Rule &r : p.rules)
        rules.push_back(ruleJson(store, r));
    const DefaultResponseRule &d = p.defaultResponse;
    return {{"name", utf8(p.name)},
            {"id", idJson(p.id)},
            {"description", utf8(p.description)},
            {"assigned", p.assigned},
            {"pollingIntervalMinutes", p.pollingIntervalMinutes},
            {"keyExchange",
             {{"lifetimeMinutes", p.ike.lifetimeMinutes},
              {"quickModesPerMainMode", p.ike.quickModesPerMainMode},
              {"masterKeyPfs", p.ike.masterKeyPfs},
              {"methods", strings(methodTexts(p.ike.methods))}}},
            {"defaultResponseRule",
             {{"active", d.active},
              {"authentication", strings(authTexts(d.authMethods))},
              {"securityMethods", strings(methodTexts(d.securityMethods))},
              {"sessionKeyPfs", d.sessionKeyPfs}}},
            {"rules", std::move(rules)}};
}

Json filterListJson(const FilterList &l)
{
    Json filters = Json::array();
    for (const Filter &f : l.filters)
        filters.push_back({{"source", utf8(formatAddress(f.source))},
                           {"destination", utf8(formatAddress(f.destination))},
                           {"protocol", utf8(protocolName(f.protocol))},
                           {"sourcePort", utf8(formatPorts(f.sourcePort))},
                           {"destinationPort", utf8(formatPorts(f.destinationPort))},
                           {"mirrored", f.mirrored},
                           {"description", utf8(f.description)}});
    return {{"name", utf8(l.name)},
            {"id", idJson(l.id)},
            {"description", utf8(l.description)},
            {"filters", std::move(filters)}};
}

Json filterActionJson(const FilterAction &a)
{
    return {{"name", utf8(a.name)},
            {"id", idJson(a.id)},
            {"description", utf8(a.description)},
            {"action", utf8(token(a.action))},
            {"acceptUnsecured", a.acceptUnsecured},
            {"allowFallback", a.allowFallback},
            {"sessionKeyPfs", a.sessionKeyPfs},
            {"securityMethods", strings(methodTexts(a.securityMethods))}};
}

} // namespace

QString storeListingText(const StoreData &store)
{
    return TextListing(store).render();
}

nlohmann::ordered_json storeListingJson(const StoreData &store)
{
    Json policies = Json::array();
    for (const Policy &p : store.policies)
        policies.push_back(policyJson(store, p));
    Json lists = Json::array();
    for (const FilterList &l : store.filterLists)
        lists.push_back(filterListJson(l));
    Json actions = Json::array();
    for (const FilterAction &a : store.filterActions)
        actions.push_back(filterActionJson(a));
    const StoreInfo &info = store.info;
    return {{"store",
             {{"name", utf8(info.name)},
              {"description", utf8(info.description)},
              {"location", utf8(token(info.location))},
              {"domain", utf8(info.domain)},
              {"organizationalUnit", utf8(info.organizationalUnit)},
              {"gpoName", utf8(info.gpoName)},
              {"target", utf8(token(info.target))}}},
            {"policies", std::move(policies)},
            {"filterLists", std::move(lists)},
            {"filterActions", std::move(actions)}};
}

} // namespace ipsec::cli
