#include "childrowsmodel.h"

#include "core/policystore.h"

namespace ipsec {

ChildRowsModel::ChildRowsModel(PolicyStore *store, ObjectKind parentKind, ObjectKind childKind,
                               QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_parentKind(parentKind), m_childKind(childKind)
{
    connect(store, &PolicyStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &PolicyStore::wasReset, this, [this] {
        m_count = storeCount();
        endResetModel();
    });
    connect(store, &PolicyStore::objectAdded, this, &ChildRowsModel::onAdded);
    connect(store, &PolicyStore::objectAboutToBeRemoved, this, &ChildRowsModel::onAboutToBeRemoved);
    connect(store, &PolicyStore::objectRemoved, this, &ChildRowsModel::onRemoved);
    connect(store, &PolicyStore::objectChanged, this, &ChildRowsModel::onChanged);
}

void ChildRowsModel::setParentObject(const QUuid &parentId)
{
    beginResetModel();
    m_parentId = parentId;
    m_count = storeCount();
    endResetModel();
}

int ChildRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void ChildRowsModel::onAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    if (kind == m_parentKind) {
        if (parentCameBack(id, parentId))
            resetFromStore();
        return;
    }
    if (kind != m_childKind || parentId != m_parentId)
        return;
    beginInsertRows({}, row, row);
    ++m_count;
    endInsertRows();
}

void ChildRowsModel::onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    if (kind == m_parentKind && id == m_parentId && m_count > 0) {
        beginRemoveRows({}, 0, m_count - 1);
        m_removing = true;
        return;
    }
    if (kind != m_childKind || parentId != m_parentId)
        return;
    beginRemoveRows({}, row, row);
    m_removing = true;
}

void ChildRowsModel::onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (!m_removing)
        return;
    if (kind == m_parentKind && id == m_parentId) {
        m_count = 0;
    } else if (kind == m_childKind && parentId == m_parentId) {
        --m_count;
    } else {
        return;
    }
    m_removing = false;
    endRemoveRows();
}

void ChildRowsModel::resetFromStore()
{
    beginResetModel();
    m_count = storeCount();
    endResetModel();
}

void ChildRowsModel::refreshAll()
{
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, columnCount() - 1));
}

} // namespace ipsec
