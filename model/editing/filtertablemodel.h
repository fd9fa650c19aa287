// The filters of one filter list, as the "IP Filter List" dialog's table shows them. Lazy (rows are read
// from the store when painted) so that a list of 100,000 filters opens at once.
#pragma once

#include "core/finding.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace ipsec {

class PolicyStore;
class ValidationRunner;
struct FilterList;

class FilterTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        MirroredColumn,
        DescriptionColumn,
        SourceColumn,
        DestinationColumn,
        ProtocolColumn,
        SourcePortColumn,
        DestinationPortColumn,
        ColumnCount
    };

    explicit FilterTableModel(PolicyStore *store, QObject *parent = nullptr);

    void setFilterList(const QUuid &listId);
    QUuid filterList() const { return m_listId; }
    void setValidationRunner(ValidationRunner *runner);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexOfFilter(const QUuid &filterId) const;

private:
    const FilterList *list() const;
    int storeCount() const;
    void onAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void resetFromStore();

    PolicyStore *m_store;
    ValidationRunner *m_validation = nullptr;
    QUuid m_listId;
    int m_count = 0; // the row count the views last saw (store signals arrive after the change)
    bool m_removing = false;
};

} // namespace ipsec
