// The rules of one policy, as the policy dialog's Rules tab lists them: a check box for "active", then IP
// Filter List, Filter Action, Authentication Methods, Tunnel Setting and Connection Type. The default
// response rule is the last row, as in Windows ("<Dynamic>").
#pragma once

#include "childrowsmodel.h"

class QUndoStack;

namespace ipsec {

class PolicyStore;
struct Policy;

class RulesTableModel : public ChildRowsModel {
    Q_OBJECT
public:
    enum Column : int {
        FilterListColumn,
        FilterActionColumn,
        AuthenticationColumn,
        TunnelColumn,
        ConnectionTypeColumn,
        ColumnCount
    };

    // Ticking a rule goes through the undo stack when one is given.
    explicit RulesTableModel(PolicyStore *store, QUndoStack *undoStack = nullptr, QObject *parent = nullptr);

    void setPolicy(const QUuid &policyId);
    QUuid policy() const { return parentObject(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Policy *policyData() const;
    int storeCount() const override; // rules + the default response rule
    bool parentCameBack(const QUuid &id, const QUuid &parentId) const override;
    void onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId) override;

    QUndoStack *m_undoStack;
};

} // namespace ipsec
