// The filters of one filter list, as the "IP Filter List" dialog's table shows them. Lazy (rows are read
// from the store when painted) so that a list of 100,000 filters opens at once.
#pragma once

#include "childrowsmodel.h"

namespace ipsec {

class PolicyStore;
class ValidationRunner;
struct FilterList;

class FilterTableModel : public ChildRowsModel {
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
    QUuid filterList() const { return parentObject(); }
    void setValidationRunner(ValidationRunner *runner);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexOfFilter(const QUuid &filterId) const;

private:
    const FilterList *list() const;
    int storeCount() const override;
    bool parentCameBack(const QUuid &id, const QUuid &parentId) const override;
    void onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId) override;

    ValidationRunner *m_validation = nullptr;
};

} // namespace ipsec
