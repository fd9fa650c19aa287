// The navigator: one tree over the whole store, as the snap-in's console tree and its "Manage IP filter
// lists and filter actions" dialog together show it.
//
//   Policies        -> policy -> its rules, then its default response rule (always the last child)
//   Filter Lists    -> filter list -> its filters
//   Filter Actions  -> filter action
//
// Lazy: rows are read from the store on demand (a list with 100,000 filters costs nothing until shown).
// Incremental: store signals become row insertions, removals and dataChanged, never a reset except on load.
#pragma once

#include "core/finding.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QUuid>
#include <array>
#include <memory>

namespace ipsec {

class PolicyStore;
class ValidationRunner;
struct Filter;
struct Rule;

class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Group : int { PoliciesGroup = 0, FilterListsGroup = 1, FilterActionsGroup = 2 };
    enum Column : int { NameColumn = 0, DetailsColumn = 1, ColumnCount = 2 };

    explicit NavigatorModel(PolicyStore *store, QObject *parent = nullptr);
    ~NavigatorModel() override;

    // Optional: items then carry ValidationSeverityRole / ValidationMessageRole.
    void setValidationRunner(ValidationRunner *runner);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex groupIndex(Group group) const;
    // The item of an object (parentId: the policy of a rule or default response rule, the list of a filter).
    QModelIndex indexOf(ObjectKind kind, const QUuid &id, const QUuid &parentId = {}) const;

    PolicyStore *store() const { return m_store; }

    // The language changed: every text (headers, group names, counts, details) is announced as changed.
    void retranslate();

    // SearchTextRole of the item at row under parent, case-folded (QString::toCaseFolded). The search box
    // matches every filter on each change of its words, so filters' texts are kept per filter list once
    // asked for, and replaced filter by filter as the store changes.
    QString foldedSearchText(int row, const QModelIndex &parent) const;

private:
    // What an index's internal pointer names: the item's parent. Group items point at the root node,
    // policies, lists and actions at their group's node, rules and filters at their policy's or list's node
    // (kept per id, so persistent indexes survive rows moving above them).
    struct Node {
        enum class Type { Root, Group, Object } type;
        int group = -1;
        QUuid id;
    };

    Node *objectNode(Group group, const QUuid &id) const;
    const Node *nodeOf(const QModelIndex &index) const;
    int topLevelCount(Group group) const;
    int childCountOf(Group group, const QUuid &id) const; // rows under a policy or a filter list
    int storeChildCount(Group group, const QUuid &id) const;
    QUuid topLevelId(Group group, int row) const;

    QVariant groupData(int group, int column, int role) const;
    QVariant policyData(int row, int column, int role) const;
    QVariant filterListData(int row, int column, int role) const;
    QVariant filterActionData(int row, int column, int role) const;
    QVariant ruleData(const QUuid &policyId, int row, int column, int role) const;
    QVariant filterData(const QUuid &listId, int row, int column, int role) const;
    QVariant validationData(const QUuid &id, bool within, int role) const;

    void onObjectAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onObjectAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onObjectRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void onObjectChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void refreshChildren(Group group, const QUuid &id);
    void refreshAllRules();
    void refreshValidation();
    void emitRowChanged(const QModelIndex &parent, int first, int last);

    PolicyStore *m_store;
    ValidationRunner *m_validation = nullptr;
    std::unique_ptr<Node> m_rootNode;
    std::array<std::unique_ptr<Node>, 3> m_groupNodes;
    mutable QHash<QUuid, std::shared_ptr<Node>> m_objectNodes;
    // Row counts as the views last saw them: store signals arrive after the store changed, so insertions
    // and removals are announced against these, not against the store's new size.
    std::array<int, 3> m_topCount{};
    mutable QHash<QUuid, int> m_childCount;
    // Insertion being announced: the store already holds the new row, the views must not see it until
    // endInsertRows, so rows at and after it are read one further down.
    struct PendingInsert {
        int group = -1; // top-level insertion into this group
        QUuid parentId; // or insertion under this policy / filter list
        int row = -1;
    } m_pending;
    int storeRow(int group, const QUuid &parentId, int row) const;
    // Removal in progress (between objectAboutToBeRemoved and objectRemoved).
    bool m_removing = false;
    int m_removingRow = -1;

    // Filter list id -> the folded search text of each filter, by row (as the store holds them).
    mutable QHash<QUuid, std::vector<QString>> m_filterSearchTexts;
    enum class RowChange { Inserted, Changed, Removed };
    void updateFilterSearchText(const QUuid &listId, int row, RowChange change);
};

} // namespace ipsec
