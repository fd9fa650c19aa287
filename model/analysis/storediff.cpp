#include "storediff.h"

#include "core/enumnames.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <functional>
#include <vector>

namespace ipsec::analysis {
namespace {

// One field as shown, and as compared (they differ for secrets: a changed key is detected, never shown).
struct FieldValue {
    QString shown;
    QString compared;
};
using Fields = std::vector<std::pair<QString, FieldValue>>;

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

void add(Fields &f, const QString &name, const QString &value)
{
    f.push_back({name, {value, value}});
}

template <typename List, typename Describe>
void addList(Fields &f, const QString &name, const List &list, Describe describeItem)
{
    int i = 0;
    for (const auto &item : list)
        add(f, QStringLiteral("%1[%2]").arg(name).arg(++i), describeItem(item));
}

void addAuth(Fields &f, const QString &name, const QList<AuthMethod> &methods)
{
    int i = 0;
    for (const AuthMethod &m : methods) {
        QString compared = describe(m);
        if (m.kind == AuthKind::PresharedKey)
            compared += u'\n' + m.value; // compared, never shown
        f.push_back({QStringLiteral("%1[%2]").arg(name).arg(++i), {describe(m), compared}});
    }
}

QString nameOf(const FilterList *l, const QUuid &id)
{
    return l ? l->name : id.toString(QUuid::WithoutBraces);
}
QString nameOf(const FilterAction *a, const QUuid &id)
{
    return a ? a->name : id.toString(QUuid::WithoutBraces);
}

Fields fieldsOf(const StoreInfo &i)
{
    Fields f;
    add(f, QStringLiteral("name"), i.name);
    add(f, QStringLiteral("description"), i.description);
    add(f, QStringLiteral("location"), token(i.location));
    add(f, QStringLiteral("domain"), i.domain);
    add(f, QStringLiteral("organizationalUnit"), i.organizationalUnit);
    add(f, QStringLiteral("gpoName"), i.gpoName);
    add(f, QStringLiteral("target"), token(i.target));
    return f;
}

Fields fieldsOf(const Filter &x)
{
    Fields f;
    add(f, QStringLiteral("description"), x.description);
    add(f, QStringLiteral("mirrored"), yesNo(x.mirrored));
    add(f, QStringLiteral("source"), formatAddress(x.source));
    add(f, QStringLiteral("destination"), formatAddress(x.destination));
    add(f, QStringLiteral("protocol"), protocolName(x.protocol));
    add(f, QStringLiteral("sourcePort"), formatPorts(x.sourcePort));
    add(f, QStringLiteral("destinationPort"), formatPorts(x.destinationPort));
    return f;
}

Fields fieldsOf(const FilterList &x)
{
    Fields f;
    add(f, QStringLiteral("name"), x.name);
    add(f, QStringLiteral("description"), x.description);
    return f;
}

QString methodText(const SecurityMethod &m)
{
    return describe(m);
}

Fields fieldsOf(const FilterAction &x)
{
    Fields f;
    add(f, QStringLiteral("name"), x.name);
    add(f, QStringLiteral("description"), x.description);
    add(f, QStringLiteral("action"), token(x.action));
    add(f, QStringLiteral("acceptUnsecured"), yesNo(x.acceptUnsecured));
    add(f, QStringLiteral("allowFallback"), yesNo(x.allowFallback));
    add(f, QStringLiteral("sessionKeyPfs"), yesNo(x.sessionKeyPfs));
    addList(f, QStringLiteral("securityMethods"), x.securityMethods, methodText);
    return f;
}

// References are compared by identity (the older store's ids mapped onto their counterparts in the newer
// one), so renaming a filter list is not also a change of every rule that uses it; they are shown by name.
using IdMap = QHash<QUuid, QUuid>;

Fields fieldsOf(const Rule &x, const StoreData &store, const IdMap *listIds, const IdMap *actionIds)
{
    Fields f;
    add(f, QStringLiteral("name"), x.name);
    add(f, QStringLiteral("description"), x.description);
    const QUuid list = listIds ? listIds->value(x.filterList, x.filterList) : x.filterList;
    const QUuid action = actionIds ? actionIds->value(x.filterAction, x.filterAction) : x.filterAction;
    f.push_back({QStringLiteral("filterList"),
                 {nameOf(store.filterList(x.filterList), x.filterList), list.toString()}});
    f.push_back({QStringLiteral("filterAction"),
                 {nameOf(store.filterAction(x.filterAction), x.filterAction), action.toString()}});
    addAuth(f, QStringLiteral("authMethods"), x.authMethods);
    add(f, QStringLiteral("tunnel"), formatTunnel(x.tunnel));
    add(f, QStringLiteral("connectionType"), token(x.connectionType));
    add(f, QStringLiteral("active"), yesNo(x.active));
    add(f, QStringLiteral("interfaceName"), x.interfaceName);
    return f;
}

Fields fieldsOf(const Policy &x)
{
    Fields f;
    add(f, QStringLiteral("name"), x.name);
    add(f, QStringLiteral("description"), x.description);
    add(f, QStringLiteral("pollingIntervalMinutes"), QString::number(x.pollingIntervalMinutes));
    add(f, QStringLiteral("assigned"), yesNo(x.assigned));
    add(f, QStringLiteral("ike.masterKeyPfs"), yesNo(x.ike.masterKeyPfs));
    add(f, QStringLiteral("ike.quickModesPerMainMode"), QString::number(x.ike.quickModesPerMainMode));
    add(f, QStringLiteral("ike.lifetimeMinutes"), QString::number(x.ike.lifetimeMinutes));
    addList(f, QStringLiteral("ike.methods"), x.ike.methods, [](const IkeMethod &m) { return describe(m); });
    add(f, QStringLiteral("defaultResponse.active"), yesNo(x.defaultResponse.active));
    addAuth(f, QStringLiteral("defaultResponse.authMethods"), x.defaultResponse.authMethods);
    addList(f, QStringLiteral("defaultResponse.securityMethods"), x.defaultResponse.securityMethods,
            methodText);
    add(f, QStringLiteral("defaultResponse.sessionKeyPfs"), yesNo(x.defaultResponse.sessionKeyPfs));
    return f;
}

QList<FieldChange> compareFields(const Fields &before, const Fields &after)
{
    QHash<QString, const FieldValue *> old;
    for (const auto &[name, value] : before)
        old.insert(name, &value);
    QList<FieldChange> out;
    for (const auto &[name, value] : after) {
        const FieldValue *b = old.take(name);
        if (!b)
            out.append({name, {}, value.shown});
        else if (b->compared != value.compared)
            out.append({name, b->shown == value.shown ? b->shown + QStringLiteral(" (secret)") : b->shown,
                        value.shown});
    }
    for (const auto &[name, value] : before) // fields that are gone: a list shrank
        if (old.contains(name))
            out.append({name, value.shown, {}});
    return out;
}

template <typename T> struct Pair {
    const T *before = nullptr;
    const T *after = nullptr;
    bool byName = false;
};

// Pairs the objects of two collections: by id first, then by `sameKey` among the ones left over, in the
// newer collection's order; what is left is added or removed.
template <typename T, typename Container>
std::vector<Pair<T>> pairUp(const Container &before, const Container &after,
                            const std::function<bool(const T &, const T &)> &sameKey)
{
    QHash<QUuid, const T *> byId;
    for (const T &o : before)
        byId.insert(o.id, &o);
    std::vector<Pair<T>> out;
    std::vector<const T *> unmatchedAfter;
    QSet<const T *> used;
    for (const T &o : after) {
        const T *b = o.id.isNull() ? nullptr : byId.value(o.id);
        if (b && !used.contains(b)) {
            used.insert(b);
            out.push_back({b, &o, false});
        } else {
            unmatchedAfter.push_back(&o);
        }
    }
    std::vector<const T *> unmatchedBefore;
    for (const T &o : before)
        if (!used.contains(&o))
            unmatchedBefore.push_back(&o);
    for (const T *a : unmatchedAfter) {
        const auto it = std::find_if(unmatchedBefore.begin(), unmatchedBefore.end(),
                                     [&](const T *b) { return b && sameKey(*b, *a); });
        if (it != unmatchedBefore.end()) {
            out.push_back({*it, a, true});
            *it = nullptr;
        } else {
            out.push_back({nullptr, a, false});
        }
    }
    for (const T *b : unmatchedBefore)
        if (b)
            out.push_back({b, nullptr, false});
    return out;
}

template <typename T> bool sameName(const T &a, const T &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}

QString quoted(const QString &kind, const QString &name)
{
    return QStringLiteral("%1 '%2'").arg(kind, name);
}

class Differ {
public:
    Differ(const StoreData &before, const StoreData &after) : m_before(before), m_after(after) {}

    StoreDiff run()
    {
        object(ObjectKind::Store, {}, {}, QStringLiteral("Store"), fieldsOf(m_before.info),
               fieldsOf(m_after.info), false);
        for (const auto &p :
             pairUp<FilterList>(m_before.filterLists, m_after.filterLists, sameName<FilterList>)) {
            if (p.before && p.after)
                m_listIds.insert(p.before->id, p.after->id);
            filterList(p);
        }
        for (const auto &p :
             pairUp<FilterAction>(m_before.filterActions, m_after.filterActions, sameName<FilterAction>)) {
            if (p.before && p.after)
                m_actionIds.insert(p.before->id, p.after->id);
            presence(p, ObjectKind::FilterAction, {}, quoted(QStringLiteral("Filter action"), name(p)),
                     [](const FilterAction &x, bool) { return fieldsOf(x); });
        }
        for (const auto &p : pairUp<Policy>(m_before.policies, m_after.policies, sameName<Policy>))
            policy(p);
        return std::move(m_diff);
    }

private:
    template <typename T> static QString name(const Pair<T> &p)
    {
        return (p.after ? p.after : p.before)->name;
    }

    void object(ObjectKind kind, const QUuid &id, const QUuid &parent, const QString &path,
                const Fields &before, const Fields &after, bool byName)
    {
        QList<FieldChange> fields = compareFields(before, after);
        if (!fields.isEmpty() || byName)
            m_diff.changes.append({ChangeKind::Changed, kind, id, parent, path, byName, std::move(fields)});
    }

    // Added, removed, or compared field by field; returns true when both sides exist.
    template <typename T, typename FieldsOf>
    bool presence(const Pair<T> &p, ObjectKind kind, const QUuid &parent, const QString &path,
                  FieldsOf fields)
    {
        if (!p.before) {
            m_diff.changes.append({ChangeKind::Added, kind, p.after->id, parent, path, false, {}});
            return false;
        }
        if (!p.after) {
            m_diff.changes.append({ChangeKind::Removed, kind, p.before->id, parent, path, false, {}});
            return false;
        }
        object(kind, p.after->id, parent, path, fields(*p.before, true), fields(*p.after, false), p.byName);
        return true;
    }

    void filterList(const Pair<FilterList> &p)
    {
        const QString path = quoted(QStringLiteral("Filter list"), name(p));
        if (!presence(p, ObjectKind::FilterList, {}, path,
                      [](const FilterList &x, bool) { return fieldsOf(x); }))
            return;
        const auto sameTraffic = [](const Filter &a, const Filter &b) { return a.sameTraffic(b); };
        int index = 0;
        for (const auto &f : pairUp<Filter>(p.before->filters, p.after->filters, sameTraffic)) {
            const Filter *x = f.after ? f.after : f.before;
            const QString filterPath =
                path + QStringLiteral(" / Filter %1 %2 %3")
                           .arg(++index)
                           .arg(formatAddress(x->source), formatAddress(x->destination));
            presence(f, ObjectKind::Filter, p.after->id, filterPath,
                     [](const Filter &y, bool) { return fieldsOf(y); });
        }
    }

    void policy(const Pair<Policy> &p)
    {
        const QString path = quoted(QStringLiteral("Policy"), name(p));
        if (!presence(p, ObjectKind::Policy, {}, path, [](const Policy &x, bool) { return fieldsOf(x); }))
            return;
        for (const auto &r : pairUp<Rule>(p.before->rules, p.after->rules, sameName<Rule>)) {
            presence(r, ObjectKind::Rule, p.after->id,
                     path + QStringLiteral(" / ") + quoted(QStringLiteral("Rule"), name(r)),
                     [this](const Rule &x, bool isBefore) {
                         return isBefore ? fieldsOf(x, m_before, &m_listIds, &m_actionIds)
                                         : fieldsOf(x, m_after, nullptr, nullptr);
                     });
        }
    }

    const StoreData &m_before;
    const StoreData &m_after;
    IdMap m_listIds;   // older filter list id → its counterpart's id
    IdMap m_actionIds; // older filter action id → its counterpart's id
    StoreDiff m_diff;
};

} // namespace

int StoreDiff::count(ChangeKind kind) const
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [kind](const ObjectChange &c) { return c.change == kind; }));
}

StoreDiff diffStores(const StoreData &before, const StoreData &after)
{
    return Differ(before, after).run();
}

QString renderDiff(const StoreDiff &diff)
{
    if (diff.isEmpty())
        return QStringLiteral("no differences");
    QStringList lines;
    const auto shown = [](const QString &v) { return v.isEmpty() ? QStringLiteral("(none)") : v; };
    for (const ObjectChange &c : diff.changes) {
        const QChar mark = c.change == ChangeKind::Added     ? u'+'
                           : c.change == ChangeKind::Removed ? u'-'
                                                             : u'~';
        QString how;
        if (c.matchedByName)
            how = c.kind == ObjectKind::Filter ? QStringLiteral(" (the GUID differs: matched by its traffic)")
                                               : QStringLiteral(" (the GUID differs: matched by name)");
        lines << QStringLiteral("%1 %2%3").arg(mark).arg(c.path, how);
        for (const FieldChange &f : c.fields)
            lines << QStringLiteral("    %1: %2 → %3").arg(f.field, shown(f.before), shown(f.after));
    }
    QStringList summary;
    for (const auto &[kind, word] : {std::pair{ChangeKind::Added, QStringLiteral("added")},
                                     std::pair{ChangeKind::Removed, QStringLiteral("removed")},
                                     std::pair{ChangeKind::Changed, QStringLiteral("changed")}})
        summary << QStringLiteral("%1 %2").arg(diff.count(kind)).arg(word);
    lines << summary.join(QStringLiteral(", "));
    return lines.join(u'\n');
}

QString renderDiffHtml(const StoreDiff &diff, const QString &beforeName, const QString &afterName)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>IPsec policy diff</title>\n"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:0 0 "
        "1.5em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
        ".added{color:#1a7f37}.removed{color:#cf222e}.changed{color:#9a6700}"
        "del{background:#ffebe9}ins{background:#dafbe1;text-decoration:none}</style></head>"
        "<body>\n");
    html += QStringLiteral("<h1>%1 &rarr; %2</h1>\n").arg(esc(beforeName), esc(afterName));
    html += QStringLiteral("<p>%1 added, %2 removed, %3 changed</p>\n")
                .arg(diff.count(ChangeKind::Added))
                .arg(diff.count(ChangeKind::Removed))
                .arg(diff.count(ChangeKind::Changed));
    if (diff.isEmpty())
        html += QStringLiteral("<p>No differences.</p>\n");
    for (const ObjectChange &c : diff.changes) {
        const QString cls = c.change == ChangeKind::Added     ? QStringLiteral("added")
                            : c.change == ChangeKind::Removed ? QStringLiteral("removed")
                                                              : QStringLiteral("changed");
        html +=
            QStringLiteral("<h2 class=\"%1\">%1: %2%3</h2>\n")
                .arg(cls, esc(c.path), c.matchedByName ? QStringLiteral(" (matched by name)") : QString());
        if (c.fields.isEmpty())
            continue;
        html += QStringLiteral("<table><tr><th>Field</th><th>Before</th><th>After</th></tr>\n");
        for (const FieldChange &f : c.fields)
            html += QStringLiteral("<tr><td>%1</td><td><del>%2</del></td><td><ins>%3</ins></td></tr>\n")
                        .arg(esc(f.field), esc(f.before), esc(f.after));
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace ipsec::analysis
