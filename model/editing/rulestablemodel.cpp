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
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(store, &PolicyStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &PolicyStore::wasReset, this, [this] {
        m_count = storeCount();
        endResetModel();
    });
    connect(store, &PolicyStore::objectAdded, this, &RulesTableModel::onAdded);
    connect(store, &PolicyStore::objectAboutToBeRemoved, this, &RulesTableModel::onAboutToBeRemoved);
    connect(store, &PolicyStore::objectRemoved, this, &RulesTableModel::onRemoved);
    connect(store, &PolicyStore::objectChanged, this, &RulesTableModel::onChanged);
}

void RulesTableModel::setPolicy(const QUuid &policyId)
{
    beginResetModel();
    m_policyId = policyId;
    m_count = storeCount();
    endResetModel();
}

const Policy *RulesTableModel::policyData() const
{
    return m_policyId.isNull() ? nullptr : m_store->policy(m_policyId);
}

int RulesTableModel::storeCount() const
{
    const Policy *p = policyData();
    return p ? static_cast<int>(p->rules.size()) + 1 : 0;
}

int RulesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
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
            return m_policyId;
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
        return m_policyId;
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
        command = new EditDefaultResponseRuleCommand(m_store, m_policyId, d);
    } else {
        Rule r = p->rules[index.row()];
        r.active = active;
        command = new EditRuleCommand(m_store, m_policyId, r);
    }
    command->setText(active ? tr("Activate rule") : tr("Deactivate rule"));
    return execute(m_undoStack, static_cast<StoreCommand *>(command)).ok;
}

void RulesTableModel::onAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    if (kind == ObjectKind::Policy && id == m_policyId) {
        resetFromStore();
        return;
    }
    if (kind != ObjectKind::Rule || parentId != m_policyId)
        return;
    beginInsertRows({}, row, row);
    ++m_count;
    endInsertRows();
}

void RulesTableModel::onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    if (kind == ObjectKind::Policy && id == m_policyId && m_count > 0) {
        beginRemoveRows({}, 0, m_count - 1);
        m_removing = true;
        return;
    }
    if (kind != ObjectKind::Rule || parentId != m_policyId)
        return;
    beginRemoveRows({}, row, row);
    m_removing = true;
}

void RulesTableModel::onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (!m_removing)
        return;
    if (kind == ObjectKind::Policy && id == m_policyId) {
        m_count = 0;
    } else if (kind == ObjectKind::Rule && parentId == m_policyId) {
        --m_count;
    } else {
        return;
    }
    m_removing = false;
    endRemoveRows();
}

void RulesTableModel::onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (kind == ObjectKind::Policy && id == m_policyId) {
        if (storeCount() != m_count)
            resetFromStore();
        else
            refreshAll();
    } else if ((kind == ObjectKind::Rule || kind == ObjectKind::DefaultResponseRule) &&
               parentId == m_policyId) {
        refreshAll();
    } else if (kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction) {
        refreshAll(); // names shown in the table
    }
}

void RulesTableModel::resetFromStore()
{
    beginResetModel();
    m_count = storeCount();
    endResetModel();
}

void RulesTableModel::refreshAll()
{
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

} // namespace ipsec
