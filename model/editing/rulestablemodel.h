// The rules of one policy, as the policy dialog's Rules tab lists them: a check box for "active", then IP
// Filter List, Filter Action, Authentication Methods, Tunnel Setting and Connection Type. The default
// response rule is the last row, as in Windows ("<Dynamic>").
#pragma once

#include "core/finding.h"

#include <QAbstractTableModel>
#include <QUuid>

class QUndoStack;

namespace ipsec {

class PolicyStore;
struct Policy;

class RulesTableModel : public QAbstractTableModel {
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
    QUuid policy() const { return m_policyId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Policy *policyData() const;
    int storeCount() const;
    void onAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void resetFromStore();
    void refreshAll();

    PolicyStore *m_store;
    QUndoStack *m_undoStack;
    QUuid m_policyId;
    int m_count = 0; // rules + the default response rule, as the views last saw them
    bool m_removing = false;
};

} // namespace ipsec
