#include "rulestablemodel.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "itemicons.h"
#include "roles.h"
#include "undocommands.h"

#include <QUndoStack>

namespace ipsec {

namespace {

QString authText(const QList<AuthMethod> &methods)
{
    QStringList names;
    for (const AuthMethod &m : methods)
        names.append(displayName(m.kind));
    return names.isEmpty() ? RulesTableModel::tr("Kerberos V5 (default)") : names.join(QStringLiteral(", "));
}

} // namespace

RulesTableModel::RulesTableModel(PolicyStore *store, QUndoStack *undoStack, QObject *parent)
    : ChildRowsModel(store, ObjectKind::Policy, ObjectKind::Rule, parent), m_undoStack(undoStack)
{}

void RulesTableModel::setPolicy(const QUuid &policyId)
{
    setParentObject(policyId);
}

const Policy *RulesTableModel::policyData() const
{
    return policy().isNull() ? nullptr : m_store->policy(policy());
}

int RulesTableModel::storeCount() const
{
    const Policy *p = policyData();
    return p ? static_cast<int>(p->rules.size()) + 1 : 0;
}

int RulesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FilterListColumn:
        return tr("IP Filter List");
    case FilterActionColumn:
        return tr("Filter Action");
    case AuthenticationColumn:
        return tr("Authentication Methods");
    case TunnelColumn:
        return tr("Tunnel Setting");
    case ConnectionTypeColumn:
        return tr("Connection Type");
    default:
        return {};
    }
}

QVariant RulesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Policy *p = policyData();
    if (!p || index.row() > p->rules.size())
        return {};
    if (index.row() == p->rules.size()) {
        const DefaultResponseRule &d = p->defaultResponse;
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case FilterListColumn:
                return tr("<Dynamic>");
            case FilterActionColumn:
                return tr("Default Response");
            case AuthenticationColumn:
                return authText(d.authMethods);
            case TunnelColumn:
                return tr("None");
            case ConnectionTypeColumn:
                return displayName(ConnectionType::All);
            default:
                return {};
            }
        case Qt::CheckStateRole:
            return index.column() == FilterListColumn ? QVariant(d.active ? Qt::Checked : Qt::Unchecked)
                                                      : QVariant();
        case ObjectKindRole:
            return static_cast<int>(ObjectKind::DefaultResponseRule);
        case ObjectIdRole:
            return d.id;
        case ParentIdRole:
            return policy();
        default:
            return {};
        }
    }
    const Rule &r = p->rules[index.row()];
    const FilterList *list = m_store->filterList(r.filterList);
    const FilterAction *action = m_store->filterAction(r.filterAction);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FilterListColumn:
            return list ? list->name : tr("(none)");
        case FilterActionColumn:
            return action ? action->name : tr("(missing)");
        case AuthenticationColumn:
            return authText(r.authMethods);
        case TunnelColumn:
            return r.tunnel.isTunnel() ? formatTunnel(r.tunnel, TunnelNameStyle::BareName) : tr("None");
        case ConnectionTypeColumn:
            return displayName(r.connectionType);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return index.column() == FilterListColumn ? QVariant(r.active ? Qt::Checked : Qt::Unchecked)
                                                  : QVariant();
    case Qt::DecorationRole:
        return index.column() == FilterActionColumn && action ? itemIcon(actionIconName(action->action))
                                                              : QVariant();
    case Qt::ToolTipRole:
        return r.name;
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::Rule);
    case ObjectIdRole:
        return r.id;
    case ParentIdRole:
        return policy();
    default:
        return {};
    }
}

Qt::ItemFlags RulesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FilterListColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RulesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != FilterListColumn)
        return false;
    const Policy *p = policyData();
    if (!p || index.row() > p->rules.size())
        return false;
    const bool active = value.value<Qt::CheckState>() == Qt::Checked;
    QUndoCommand *command = nullptr;
    if (index.row() == p->rules.size()) {
        DefaultResponseRule d = p->defaultResponse;
        d.active = active;
        command = new EditDefaultResponseRuleCommand(m_store, policy(), d);
    } else {
        Rule r = p->rules[index.row()];
        r.active = active;
        command = new EditRuleCommand(m_store, policy(), r);
    }
    command->setText(active ? tr("Activate rule") : tr("Deactivate rule"));
    return execute(m_undoStack, static_cast<StoreCommand *>(command)).ok;
}

bool RulesTableModel::parentCameBack(const QUuid &id, const QUuid &) const
{
    return id == policy();
}

void RulesTableModel::onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (kind == ObjectKind::Policy && id == policy()) {
        if (storeCount() != shownCount())
            resetFromStore();
        else
            refreshAll();
    } else if ((kind == ObjectKind::Rule || kind == ObjectKind::DefaultResponseRule) &&
               parentId == policy()) {
        refreshAll();
    } else if (kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction) {
        refreshAll(); // names shown in the table
    }
}

} // namespace ipsec
