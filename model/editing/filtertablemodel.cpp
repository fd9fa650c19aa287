#include "filtertablemodel.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "itemicons.h"
#include "itemtext.h"
#include "roles.h"
#include "validationrunner.h"

namespace ipsec {

FilterTableModel::FilterTableModel(PolicyStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &PolicyStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &PolicyStore::wasReset, this, [this] {
        m_count = storeCount();
        endResetModel();
    });
    connect(store, &PolicyStore::objectAdded, this, &FilterTableModel::onAdded);
    connect(store, &PolicyStore::objectAboutToBeRemoved, this, &FilterTableModel::onAboutToBeRemoved);
    connect(store, &PolicyStore::objectRemoved, this, &FilterTableModel::onRemoved);
    connect(store, &PolicyStore::objectChanged, this, &FilterTableModel::onChanged);
}

void FilterTableModel::setFilterList(const QUuid &listId)
{
    beginResetModel();
    m_listId = listId;
    m_count = storeCount();
    endResetModel();
}

void FilterTableModel::setValidationRunner(ValidationRunner *runner)
{
    if (m_validation)
        disconnect(m_validation, nullptr, this, nullptr);
    m_validation = runner;
    if (runner)
        connect(runner, &ValidationRunner::findingsChanged, this, [this] {
            if (m_count > 0)
                emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        });
}

const FilterList *FilterTableModel::list() const
{
    return m_listId.isNull() ? nullptr : m_store->filterList(m_listId);
}

int FilterTableModel::storeCount() const
{
    const FilterList *l = list();
    return l ? static_cast<int>(l->filters.size()) : 0;
}

int FilterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int FilterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MirroredColumn:
        return tr("Mirrored");
    case DescriptionColumn:
        return tr("Description");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case ProtocolColumn:
        return tr("Protocol");
    case SourcePortColumn:
        return tr("Source Port");
    case DestinationPortColumn:
        return tr("Destination Port");
    default:
        return {};
    }
}

QVariant FilterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FilterList *l = list();
    if (!l || static_cast<std::size_t>(index.row()) >= l->filters.size())
        return {};
    const Filter &f = l->filters[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MirroredColumn:
            return f.mirrored ? tr("Yes") : tr("No");
        case DescriptionColumn:
            return f.description;
        case SourceColumn:
            return formatAddress(f.source);
        case DestinationColumn:
            return formatAddress(f.destination);
        case ProtocolColumn:
            return protocolName(f.protocol);
        case SourcePortColumn:
            return formatPorts(f.sourcePort);
        case DestinationPortColumn:
            return formatPorts(f.destinationPort);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == MirroredColumn && m_validation)
            return severityIcon(m_validation->worstSeverity(f.id));
        return {};
    case Qt::ToolTipRole:
        return m_validation ? m_validation->messagesFor(f.id) : QString();
    case ObjectKindRole:
        return static_cast<int>(ObjectKind::Filter);
    case ObjectIdRole:
        return f.id;
    case ParentIdRole:
        return m_listId;
    case SearchTextRole:
        return filterSearchText(f);
    case ValidationSeverityRole:
        return m_validation ? m_validation->worstSeverity(f.id) : NoSeverity;
    case ValidationMessageRole:
        return m_validation ? m_validation->messagesFor(f.id) : QString();
    default:
        return {};
    }
}

QModelIndex FilterTableModel::indexOfFilter(const QUuid &filterId) const
{
    const FilterList *l = list();
    if (!l)
        return {};
    for (std::size_t i = 0; i < l->filters.size(); ++i)
        if (l->filters[i].id == filterId)
            return index(static_cast<int>(i), 0);
    return {};
}

void FilterTableModel::onAdded(ObjectKind kind, const QUuid &, const QUuid &parentId, int row)
{
    if (kind == ObjectKind::FilterList && parentId.isNull() && m_count == 0 && storeCount() > 0) {
        resetFromStore(); // the list came back (undo of its deletion)
        return;
    }
    if (kind != ObjectKind::Filter || parentId != m_listId)
        return;
    beginInsertRows({}, row, row);
    ++m_count;
    endInsertRows();
}

void FilterTableModel::onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    if (kind == ObjectKind::FilterList && id == m_listId && m_count > 0) {
        beginRemoveRows({}, 0, m_count - 1);
        m_removing = true;
        return;
    }
    if (kind != ObjectKind::Filter || parentId != m_listId)
        return;
    beginRemoveRows({}, row, row);
    m_removing = true;
}

void FilterTableModel::onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (!m_removing)
        return;
    if (kind == ObjectKind::FilterList && id == m_listId) {
        m_count = 0;
    } else if (kind == ObjectKind::Filter && parentId == m_listId) {
        --m_count;
    } else {
        return;
    }
    m_removing = false;
    endRemoveRows();
}

void FilterTableModel::onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (kind == ObjectKind::FilterList && id == m_listId) {
        if (storeCount() != m_count) {
            resetFromStore(); // a whole-list update added or removed filters
        } else if (m_count > 0) {
            emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        }
        return;
    }
    if (kind != ObjectKind::Filter || parentId != m_listId)
        return;
    const QModelIndex i = indexOfFilter(id);
    if (i.isValid())
        emit dataChanged(i, index(i.row(), ColumnCount - 1));
}

void FilterTableModel::resetFromStore()
{
    beginResetModel();
    m_count = storeCount();
    endResetModel();
}

} // namespace ipsec
