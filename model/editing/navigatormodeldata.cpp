// What the navigator shows for each item: name, details, icon, font, colour, tooltip and the validation
// marks of policies, rules, filter lists, filters and filter actions (navigatormodel.h).
#include "core/enumnames.h"
#include "core/policystore.h"
#include "itemicons.h"
#include "itemtext.h"
#include "navigatormodel.h"
#include "roles.h"
#include "validationrunner.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace ipsec {

namespace {

// "1 filter", "12 filters": English and German both say one and many (the sources are marked QT_TR_NOOP).
QString counted(int n, const char *one, const char *many)
{
    return NavigatorModel::tr(n == 1 ? one : many).arg(n);
}

// What a filter action does, as the Windows dialog's radio buttons name it (in the window's language).
QString actionKindText(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Permit:
        return NavigatorModel::tr("Permit");
    case ActionKind::Block:
        return NavigatorModel::tr("Block");
    case ActionKind::Negotiate:
        return NavigatorModel::tr("Negotiate security");
    }
    return displayName(kind);
}

QString groupName(int group)
{
    switch (group) {
    case NavigatorModel::PoliciesGroup:
        return NavigatorModel::tr("IP Security Policies");
    case NavigatorModel::FilterListsGroup:
        return NavigatorModel::tr("IP Filter Lists");
    default:
        return NavigatorModel::tr("Filter Actions");
    }
}

// An inactive rule's text: the current palette's text faded toward its base, so that it stays readable on
// light and dark themes alike (a fixed grey is faint on white). Asked on every paint, so it follows a theme
// switch.
QColor inactiveTextColor()
{
    const QPalette palette; // the application's
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    constexpr float kTowardBase = 0.45f;
    auto blend = [](float from, float to) { return from + (to - from) * kTowardBase; };
    return QColor::fromRgbF(blend(text.redF(), base.redF()), blend(text.greenF(), base.greenF()),
                            blend(text.blueF(), base.blueF()));
}

} // namespace

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (node->type) {
    case Node::Type::Root:
        return groupData(index.row(), index.column(), role);
    case Node::Type::Group:
        switch (node->group) {
        case PoliciesGroup:
            return policyData(index.row(), index.column(), role);
        case FilterListsGroup:
            return filterListData(index.row(), index.column(), role);
        default:
            return filterActionData(index.row(), index.column(), role);
        }
    case Node::Type::Object:
        return node->group == PoliciesGroup ? ruleData(node->id, index.row(), index.column(), role)
                                            : filterData(node->id, index.row(), index.column(), role);
    }
    return {};
}

QVariant NavigatorModel::validationData(const QUuid &id, bool within, int role) const
{
    if (!m_validation)
        return role == ValidationSeverityRole ? QVariant(NoSeverity) : QVariant();
    if (role == ValidationSeverityRole)
        return within ? m_validation->worstSeverityWithin(id) : m_validation->worstSeverity(id);
    return m_validation->messagesFor(id);
}

QVariant NavigatorModel::groupData(int group, int column, int role) const
{
    const int count = topLevelCount(static_cast<Group>(group));
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return groupName(group);
        if (group == PoliciesGroup)
            return counted(count, QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 policy"),
                           QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 policies"));
        if (group == FilterListsGroup)
            return counted(count, QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filter list"),
                           QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filter lists"));
        return counted(count, QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filter action"),
                       QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filter actions"));
    case Qt::DecorationRole:
        return column == NameColumn ? itemIcon(QStringLiteral("folder")) : QVariant();
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::None);
    case ChildCountRole:
        return count;
    case SearchTextRole:
        return groupName(group);
    case ValidationSeverityRole:
        return NoSeverity;
    default:
        return {};
    }
}

QVariant NavigatorModel::policyData(int row, int column, int role) const
{
    row = storeRow(PoliciesGroup, {}, row);
    const auto &policies = m_store->data().policies;
    if (static_cast<std::size_t>(row) >= policies.size())
        return {};
    const Policy &p = policies[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return p.name;
        return counted(static_cast<int>(p.rules.size()),
                       QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 rule"),
                       QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 rules")) +
               (p.assigned ? tr(" · assigned") : QString());
    case Qt::ToolTipRole: {
        const QString problems = m_validation ? m_validation->messagesFor(p.id) : QString();
        return problems.isEmpty() ? p.description : p.description + QStringLiteral("\n\n") + problems;
    }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return itemIcon(p.assigned ? QStringLiteral("policy-assigned") : QStringLiteral("policy"));
        return severityIcon(m_validation ? m_validation->worstSeverityWithin(p.id) : NoSeverity);
    case Qt::FontRole:
        if (p.assigned) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::Policy);
    case ObjectIdRole:
        return p.id;
    case ParentIdRole:
        return QUuid();
    case ChildCountRole:
        return static_cast<int>(p.rules.size());
    case SearchTextRole:
        return p.name + u' ' + p.description;
    case ValidationSeverityRole:
    case ValidationMessageRole:
        return validationData(p.id, true, role);
    default:
        return {};
    }
}

QVariant NavigatorModel::filterListData(int row, int column, int role) const
{
    row = storeRow(FilterListsGroup, {}, row);
    const auto &lists = m_store->data().filterLists;
    if (static_cast<std::size_t>(row) >= lists.size())
        return {};
    const FilterList &l = lists[static_cast<std::size_t>(row)];
    const int count = static_cast<int>(l.filters.size());
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? l.name
                                    : counted(count, QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filter"),
                                              QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 filters"));
    case Qt::ToolTipRole:
        return l.description;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return itemIcon(QStringLiteral("filter-list"));
        return severityIcon(m_validation ? m_validation->worstSeverityWithin(l.id) : NoSeverity);
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::FilterList);
    case ObjectIdRole:
        return l.id;
    case ParentIdRole:
        return QUuid();
    case ChildCountRole:
        return count;
    case SearchTextRole:
        // Searching by address finds the list through its filters (the proxy filters recursively).
        return l.name + u' ' + l.description;
    case ValidationSeverityRole:
    case ValidationMessageRole:
        return validationData(l.id, true, role);
    default:
        return {};
    }
}

QVariant NavigatorModel::filterActionData(int row, int column, int role) const
{
    row = storeRow(FilterActionsGroup, {}, row);
    const auto &actions = m_store->data().filterActions;
    if (static_cast<std::size_t>(row) >= actions.size())
        return {};
    const FilterAction &a = actions[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return a.name;
        if (a.action == ActionKind::Negotiate)
            return actionKindText(a.action) + QStringLiteral(" · ") +
                   counted(static_cast<int>(a.securityMethods.size()),
                           QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 method"),
                           QT_TRANSLATE_NOOP("ipsec::NavigatorModel", "%1 methods"));
        return actionKindText(a.action);
    case Qt::ToolTipRole:
        return a.description;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return itemIcon(actionIconName(a.action));
        return severityIcon(m_validation ? m_validation->worstSeverity(a.id) : NoSeverity);
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::FilterAction);
    case ObjectIdRole:
        return a.id;
    case ParentIdRole:
        return QUuid();
    case SearchTextRole:
        return a.name + u' ' + a.description + u' ' + displayName(a.action);
    case ValidationSeverityRole:
    case ValidationMessageRole:
        return validationData(a.id, false, role);
    default:
        return {};
    }
}

QVariant NavigatorModel::ruleData(const QUuid &policyId, int row, int column, int role) const
{
    const Policy *p = m_store->policy(policyId);
    row = storeRow(PoliciesGroup, policyId, row);
    if (!p || row < 0 || row > p->rules.size())
        return {};
    if (row == p->rules.size()) {
        const DefaultResponseRule &d = p->defaultResponse;
        switch (role) {
        case Qt::DisplayRole:
            if (column == NameColumn)
                return tr("<Dynamic> (default response rule)");
            return d.active ? tr("active") : tr("inactive");
        case Qt::DecorationRole:
            if (column == NameColumn)
                return itemIcon(d.active ? QStringLiteral("default-response")
                                         : QStringLiteral("default-response-inactive"));
            return severityIcon(m_validation ? m_validation->worstSeverity(d.id) : NoSeverity);
        case ObjectKindRole:
            return static_cast<int>(ObjectKind::DefaultResponseRule);
        case ObjectIdRole:
            return d.id;
        case ParentIdRole:
            return policyId;
        case SearchTextRole:
            return tr("default response rule");
        case ValidationSeverityRole:
        case ValidationMessageRole:
            return validationData(d.id, false, role);
        default:
            return {};
        }
    }
    const Rule &r = p->rules[row];
    const FilterList *list = m_store->filterList(r.filterList);
    const FilterAction *action = m_store->filterAction(r.filterAction);
    const QString listName = list ? list->name : tr("(no filter list)");
    const QString actionName = action ? action->name : tr("(missing filter action)");
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return r.name.isEmpty() ? listName : r.name;
        return listName + QStringLiteral(" → ") + actionName + (r.active ? QString() : tr(" (inactive)"));
    case Qt::ToolTipRole:
        return r.description;
    case Qt::DecorationRole:
        if (column == NameColumn) {
            if (!r.active)
                return itemIcon(QStringLiteral("rule-inactive"));
            return itemIcon(action ? actionIconName(action->action) : QStringLiteral("rule"));
        }
        return severityIcon(m_validation ? m_validation->worstSeverity(r.id) : NoSeverity);
    case Qt::ForegroundRole:
        return r.active ? QVariant() : QVariant(inactiveTextColor());
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::Rule);
    case ObjectIdRole:
        return r.id;
    case ParentIdRole:
        return policyId;
    case SearchTextRole:
        return r.name + u' ' + r.description + u' ' + listName + u' ' + actionName;
    case ValidationSeverityRole:
    case ValidationMessageRole:
        return validationData(r.id, false, role);
    default:
        return {};
    }
}

QVariant NavigatorModel::filterData(const QUuid &listId, int row, int column, int role) const
{
    const FilterList *l = m_store->filterList(listId);
    row = storeRow(FilterListsGroup, listId, row);
    if (!l || row < 0 || static_cast<std::size_t>(row) >= l->filters.size())
        return {};
    const Filter &f = l->filters[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? filterSummary(f) : f.description;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return itemIcon(f.mirrored ? QStringLiteral("filter-mirrored") : QStringLiteral("filter"));
        return severityIcon(m_validation ? m_validation->worstSeverity(f.id) : NoSeverity);
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::Filter);
    case ObjectIdRole:
        return f.id;
    case ParentIdRole:
        return listId;
    case SearchTextRole:
        return filterSearchText(f);
    case ValidationSeverityRole:
    case ValidationMessageRole:
        return validationData(f.id, false, role);
    default:
        return {};
    }
}

} // namespace ipsec
