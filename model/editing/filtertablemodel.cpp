#include "filtertablemodel.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "itemicons.h"
#include "itemtext.h"
#include "roles.h"
#include "validationrunner.h"

namespace ipsec {

FilterTableModel::FilterTableModel(PolicyStore *store, QObject *parent)
    : ChildRowsModel(store, ObjectKind::FilterList, ObjectKind::Filter, parent)
{}

void FilterTableModel::setFilterList(const QUuid &listId)
{
    setParentObject(listId);
}

void FilterTableModel::setValidationRunner(ValidationRunner *runner)
{
    if (m_validation)
        disconnect(m_validation, nullptr, this, nullptr);
    m_validation = runner;
    if (runner)
        connect(runner, &ValidationRunner::findingsChanged, this, &FilterTableModel::refreshAll);
}

const FilterList *FilterTableModel::list() const
{
    return filterList().isNull() ? nullptr : m_store->filterList(filterList());
}

int FilterTableModel::storeCount() const
{
    const FilterList *l = list();
    return l ? static_cast<int>(l->filters.size()) : 0;
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
        return filterList();
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

bool FilterTableModel::parentCameBack(const QUuid &, const QUuid &parentId) const
{
    return parentId.isNull() && shownCount() == 0 && storeCount() > 0; // undo of the list's deletion
}

void FilterTableModel::onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (kind == ObjectKind::FilterList && id == filterList()) {
        if (storeCount() != shownCount()) {
            resetFromStore(); // a whole-list update added or removed filters
        } else {
            refreshAll();
        }
        return;
    }
    if (kind != ObjectKind::Filter || parentId != filterList())
        return;
    const QModelIndex i = indexOfFilter(id);
    if (i.isValid())
        emit dataChanged(i, index(i.row(), ColumnCount - 1));
}

} // namespace ipsec
