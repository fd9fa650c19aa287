#include "navigatormodel.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "itemicons.h"
#include "itemtext.h"
#include "roles.h"
#include "validationrunner.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace ipsec {

namespace {

constexpr int kGroupCount = 3;

ObjectKind groupKind(int group)
{
    switch (group) {
    case NavigatorModel::PoliciesGroup:
        return ObjectKind::Policy;
    case NavigatorModel::FilterListsGroup:
        return ObjectKind::FilterList;
    default:
        return ObjectKind::FilterAction;
    }
}

int groupOfKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Policy:
    case ObjectKind::Rule:
    case ObjectKind::DefaultResponseRule:
        return NavigatorModel::PoliciesGroup;
    case ObjectKind::FilterList:
    case ObjectKind::Filter:
        return NavigatorModel::FilterListsGroup;
    case ObjectKind::FilterAction:
        return NavigatorModel::FilterActionsGroup;
    default:
        return -1;
    }
}

} // namespace

NavigatorModel::NavigatorModel(PolicyStore *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_rootNode(new Node{Node::Type::Root, -1, {}})
{
    for (int g = 0; g < kGroupCount; ++g)
        m_groupNodes[static_cast<std::size_t>(g)].reset(new Node{Node::Type::Group, g, {}});
    m_topCount = {static_cast<int>(store->data().policies.size()),
                  static_cast<int>(store->data().filterLists.size()),
                  static_cast<int>(store->data().filterActions.size())};

    connect(store, &PolicyStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &PolicyStore::wasReset, this, [this] {
        m_childCount.clear();
        m_objectNodes.clear();
        m_filterSearchTexts.clear();
        m_topCount = {static_cast<int>(m_store->data().policies.size()),
                      static_cast<int>(m_store->data().filterLists.size()),
                      static_cast<int>(m_store->data().filterActions.size())};
        endResetModel();
    });
    connect(store, &PolicyStore::objectAdded, this, &NavigatorModel::onObjectAdded);
    connect(store, &PolicyStore::objectAboutToBeRemoved, this, &NavigatorModel::onObjectAboutToBeRemoved);
    connect(store, &PolicyStore::objectRemoved, this, &NavigatorModel::onObjectRemoved);
    connect(store, &PolicyStore::objectChanged, this, &NavigatorModel::onObjectChanged);
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setValidationRunner(ValidationRunner *runner)
{
    if (m_validation)
        disconnect(m_validation, nullptr, this, nullptr);
    m_validation = runner;
    if (runner)
        connect(runner, &ValidationRunner::findingsChanged, this, &NavigatorModel::refreshValidation);
    refreshValidation();
}

// ---- structure ----

NavigatorModel::Node *NavigatorModel::objectNode(Group group, const QUuid &id) const
{
    auto it = m_objectNodes.find(id);
    if (it == m_objectNodes.end())
        it = m_objectNodes.insert(id, std::make_shared<Node>(Node{Node::Type::Object, group, id}));
    return it->get();
}

const NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return static_cast<const Node *>(index.internalPointer());
}

int NavigatorModel::topLevelCount(Group group) const
{
    return m_topCount[static_cast<std::size_t>(group)];
}

int NavigatorModel::storeChildCount(Group group, const QUuid &id) const
{
    if (group == PoliciesGroup) {
        const Policy *p = m_store->policy(id);
        return p ? static_cast<int>(p->rules.size()) + 1 : 0; // + the default response rule
    }
    if (group == FilterListsGroup) {
        const FilterList *l = m_store->filterList(id);
        return l ? static_cast<int>(l->filters.size()) : 0;
    }
    return 0;
}

int NavigatorModel::childCountOf(Group group, const QUuid &id) const
{
    auto it = m_childCount.constFind(id);
    if (it != m_childCount.constEnd())
        return *it;
    const int count = storeChildCount(group, id);
    m_childCount.insert(id, count);
    return count;
}

int NavigatorModel::storeRow(int group, const QUuid &parentId, int row) const
{
    if (m_pending.row < 0 || row < m_pending.row)
        return row;
    const bool sameParent = parentId.isNull() ? m_pending.group == group && m_pending.parentId.isNull()
                                              : m_pending.parentId == parentId;
    return sameParent ? row + 1 : row;
}

QUuid NavigatorModel::topLevelId(Group group, int row) const
{
    row = storeRow(group, {}, row);
    const StoreData &d = m_store->data();
    const auto r = static_cast<std::size_t>(row);
    switch (group) {
    case PoliciesGroup:
        return r < d.policies.size() ? d.policies[r].id : QUuid();
    case FilterListsGroup:
        return r < d.filterLists.size() ? d.filterLists[r].id : QUuid();
    default:
        return r < d.filterActions.size() ? d.filterActions[r].id : QUuid();
    }
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, m_rootNode.get());
    const Node *node = nodeOf(parent);
    if (node->type == Node::Type::Root)
        return createIndex(row, column, m_groupNodes[static_cast<std::size_t>(parent.row())].get());
    if (node->type == Node::Type::Group) {
        const auto group = static_cast<Group>(node->group);
        return createIndex(row, column, objectNode(group, topLevelId(group, parent.row())));
    }
    return {};
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    switch (node->type) {
    case Node::Type::Root:
        return {};
    case Node::Type::Group:
        return createIndex(node->group, 0, m_rootNode.get());
    case Node::Type::Object: {
        int row = node->group == PoliciesGroup ? m_store->indexOfPolicy(node->id)
                                               : m_store->indexOfFilterList(node->id);
        if (row < 0)
            return {};
        if (m_pending.row >= 0 && m_pending.parentId.isNull() && m_pending.group == node->group &&
            row > m_pending.row)
            --row; // the views do not see the row being inserted yet
        return createIndex(row, 0, m_groupNodes[static_cast<std::size_t>(node->group)].get());
    }
    }
    return {};
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroupCount;
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    if (node->type == Node::Type::Root)
        return topLevelCount(static_cast<Group>(parent.row()));
    if (node->type == Node::Type::Group && node->group != FilterActionsGroup) {
        const auto group = static_cast<Group>(node->group);
        return childCountOf(group, topLevelId(group, parent.row()));
    }
    return 0;
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ObjectKindRole, "objectKind");
    names.insert(ObjectIdRole, "objectId");
    names.insert(ParentIdRole, "parentId");
    names.insert(ValidationSeverityRole, "validationSeverity");
    names.insert(ValidationMessageRole, "validationMessage");
    names.insert(SearchTextRole, "searchText");
    names.insert(ChildCountRole, "childCount");
    return names;
}

void NavigatorModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // One signal per level that has rows, not one per row: a 100,000-filter list is one range.
    auto announceChildren = [this](const QModelIndex &parent) {
        if (const int rows = rowCount(parent); rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    };
    announceChildren({});
    for (int group = 0; group < kGroupCount; ++group) {
        const QModelIndex groupItem = index(group, 0);
        announceChildren(groupItem);
        for (int row = 0, rows = rowCount(groupItem); row < rows; ++row)
            announceChildren(index(row, 0, groupItem));
    }
}

QModelIndex NavigatorModel::groupIndex(Group group) const
{
    return index(group, 0);
}

QModelIndex NavigatorModel::indexOf(ObjectKind kind, const QUuid &id, const QUuid &parentId) const
{
    switch (kind) {
    case ObjectKind::Policy: {
        const int row = m_store->indexOfPolicy(id);
        return row < 0 ? QModelIndex() : index(row, 0, groupIndex(PoliciesGroup));
    }
    case ObjectKind::FilterList: {
        const int row = m_store->indexOfFilterList(id);
        return row < 0 ? QModelIndex() : index(row, 0, groupIndex(FilterListsGroup));
    }
    case ObjectKind::FilterAction: {
        const int row = m_store->indexOfFilterAction(id);
        return row < 0 ? QModelIndex() : index(row, 0, groupIndex(FilterActionsGroup));
    }
    case ObjectKind::Rule:
    case ObjectKind::DefaultResponseRule: {
        // A finding may name only the rule: then every policy is searched.
        for (const Policy &p : m_store->data().policies) {
            if (!parentId.isNull() && p.id != parentId)
                continue;
            const bool defaultResponse =
                p.defaultResponse.id == id || (kind == ObjectKind::DefaultResponseRule && id.isNull());
            if (defaultResponse)
                return index(static_cast<int>(p.rules.size()), 0, indexOf(ObjectKind::Policy, p.id));
            for (int r = 0; r < p.rules.size(); ++r)
                if (p.rules[r].id == id)
                    return index(r, 0, indexOf(ObjectKind::Policy, p.id));
        }
        return {};
    }
    case ObjectKind::Filter: {
        for (const FilterList &l : m_store->data().filterLists) {
            if (!parentId.isNull() && l.id != parentId)
                continue;
            for (std::size_t f = 0; f < l.filters.size(); ++f)
                if (l.filters[f].id == id)
                    return index(static_cast<int>(f), 0, indexOf(ObjectKind::FilterList, l.id));
        }
        return {};
    }
    default:
        return {};
    }
}

QString NavigatorModel::foldedSearchText(int row, const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeOf(parent) : nullptr;
    if (!node || node->type != Node::Type::Group || node->group != FilterListsGroup)
        return index(row, NameColumn, parent).data(SearchTextRole).toString().toCaseFolded();
    const QUuid listId = topLevelId(FilterListsGroup, parent.row());
    const FilterList *list = m_store->filterList(listId);
    row = storeRow(FilterListsGroup, listId, row);
    if (!list || row < 0 || static_cast<std::size_t>(row) >= list->filters.size())
        return {};
    auto texts = m_filterSearchTexts.find(listId);
    if (texts == m_filterSearchTexts.end() || texts->size() != list->filters.size()) {
        std::vector<QString> folded;
        folded.reserve(list->filters.size());
        for (const Filter &f : list->filters)
            folded.push_back(filterSearchText(f).toCaseFolded());
        texts = m_filterSearchTexts.insert(listId, std::move(folded));
    }
    return (*texts)[static_cast<std::size_t>(row)];
}

// Keeps the cached search texts of a list's filters in step with the store, whose list already changed:
// a filter inserted at, changed at or removed from row. Anything unexpected drops the list's texts.
void NavigatorModel::updateFilterSearchText(const QUuid &listId, int row, RowChange change)
{
    auto texts = m_filterSearchTexts.find(listId);
    if (texts == m_filterSearchTexts.end())
        return;
    const FilterList *list = m_store->filterList(listId);
    const std::size_t now = list ? list->filters.size() : 0;
    const std::size_t before = texts->size();
    const auto at = static_cast<std::size_t>(row);
    const auto offset = static_cast<std::ptrdiff_t>(row);
    if (list && row >= 0 && change == RowChange::Inserted && before + 1 == now && at < now)
        texts->insert(texts->begin() + offset, filterSearchText(list->filters[at]).toCaseFolded());
    else if (list && row >= 0 && change == RowChange::Removed && before == now + 1 && at < before)
        texts->erase(texts->begin() + offset);
    else if (list && row >= 0 && change == RowChange::Changed && before == now && at < now)
        (*texts)[at] = filterSearchText(list->filters[at]).toCaseFolded();
    else
        m_filterSearchTexts.erase(texts);
}

// ---- store changes ----

void NavigatorModel::onObjectAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row)
{
    const int group = groupOfKind(kind);
    if (group < 0)
        return;
    if (kind == ObjectKind::Policy || kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction) {
        m_pending = {group, {}, row};
        beginInsertRows(groupIndex(static_cast<Group>(group)), row, row);
        m_pending = {};
        ++m_topCount[static_cast<std::size_t>(group)];
        m_childCount.remove(id);
        endInsertRows();
        emitRowChanged(QModelIndex(), group, group); // the group's count
        return;
    }
    if (kind == ObjectKind::Filter)
        updateFilterSearchText(parentId, row, RowChange::Inserted);
    const auto g = static_cast<Group>(group);
    const QModelIndex parentIndex = indexOf(groupKind(group), parentId);
    if (!parentIndex.isValid())
        return;
    // The store already holds the new child: the views last saw one fewer.
    const int before = m_childCount.value(parentId, storeChildCount(g, parentId) - 1);
    m_childCount.insert(parentId, before);
    m_pending = {group, parentId, row};
    beginInsertRows(parentIndex, row, row);
    m_pending = {};
    m_childCount.insert(parentId, before + 1);
    endInsertRows();
    emitRowChanged(parentIndex.parent(), parentIndex.row(), parentIndex.row());
}

void NavigatorModel::onObjectAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId,
                                              int row)
{
    Q_UNUSED(id);
    const int group = groupOfKind(kind);
    if (group < 0)
        return;
    QModelIndex parentIndex;
    if (kind == ObjectKind::Policy || kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction) {
        parentIndex = groupIndex(static_cast<Group>(group));
    } else {
        parentIndex = indexOf(groupKind(group), parentId);
        if (!parentIndex.isValid())
            return;
        childCountOf(static_cast<Group>(group), parentId); // remember the count before the removal
    }
    beginRemoveRows(parentIndex, row, row);
    m_removing = true;
    m_removingRow = row;
}

void NavigatorModel::onObjectRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    if (!m_removing)
        return;
    m_removing = false;
    const int group = groupOfKind(kind);
    if (kind == ObjectKind::Policy || kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction) {
        --m_topCount[static_cast<std::size_t>(group)];
        m_childCount.remove(id);
        m_filterSearchTexts.remove(id);
        endRemoveRows();
        emitRowChanged(QModelIndex(), group, group);
        return;
    }
    m_childCount[parentId] -= 1;
    if (kind == ObjectKind::Filter)
        updateFilterSearchText(parentId, m_removingRow, RowChange::Removed);
    endRemoveRows();
    const QModelIndex parentIndex = indexOf(groupKind(group), parentId);
    if (parentIndex.isValid())
        emitRowChanged(parentIndex.parent(), parentIndex.row(), parentIndex.row());
}

void NavigatorModel::onObjectChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId)
{
    switch (kind) {
    case ObjectKind::Policy:
        refreshChildren(PoliciesGroup, id);
        break;
    case ObjectKind::FilterList:
        m_filterSearchTexts.remove(id); // its filters may all have changed
        refreshChildren(FilterListsGroup, id);
        refreshAllRules(); // rules show the list's name
        break;
    case ObjectKind::FilterAction: {
        const QModelIndex i = indexOf(kind, id);
        if (i.isValid())
            emitRowChanged(i.parent(), i.row(), i.row());
        refreshAllRules(); // rules show the action's name and kind
        break;
    }
    case ObjectKind::Rule:
    case ObjectKind::DefaultResponseRule:
    case ObjectKind::Filter: {
        const QModelIndex i = indexOf(kind, id, parentId);
        if (kind == ObjectKind::Filter)
            updateFilterSearchText(parentId, i.isValid() ? i.row() : -1, RowChange::Changed);
        if (i.isValid())
            emitRowChanged(i.parent(), i.row(), i.row());
        break;
    }
    default:
        break;
    }
}

// A whole-object update (updatePolicy / updateFilterList) may have added or removed children: when the count
// changed, the children are announced as removed and re-inserted; otherwise they are announced as changed.
void NavigatorModel::refreshChildren(Group group, const QUuid &id)
{
    const QModelIndex parentIndex = indexOf(groupKind(group), id);
    if (!parentIndex.isValid())
        return;
    emitRowChanged(parentIndex.parent(), parentIndex.row(), parentIndex.row());
    auto known = m_childCount.constFind(id);
    if (known == m_childCount.constEnd())
        return; // no view has looked at its children yet
    const int before = *known;
    const int now = storeChildCount(group, id);
    if (before == now) {
        if (now > 0)
            emitRowChanged(parentIndex, 0, now - 1);
        return;
    }
    if (before > 0) {
        beginRemoveRows(parentIndex, 0, before - 1);
        m_childCount.insert(id, 0);
        endRemoveRows();
    }
    if (now > 0) {
        beginInsertRows(parentIndex, 0, now - 1);
        m_childCount.insert(id, now);
        endInsertRows();
    }
}

void NavigatorModel::refreshAllRules()
{
    const QModelIndex policies = groupIndex(PoliciesGroup);
    for (int row = 0; row < topLevelCount(PoliciesGroup); ++row) {
        const QModelIndex policyIndex = index(row, 0, policies);
        const QUuid id = topLevelId(PoliciesGroup, row);
        if (m_childCount.contains(id) && m_childCount.value(id) > 0)
            emitRowChanged(policyIndex, 0, m_childCount.value(id) - 1);
    }
}

void NavigatorModel::refreshValidation()
{
    // One signal per level and parent: cheap even with 100,000 filters below one list.
    emitRowChanged(QModelIndex(), 0, kGroupCount - 1);
    for (int g = 0; g < kGroupCount; ++g) {
        const auto group = static_cast<Group>(g);
        const QModelIndex gi = groupIndex(group);
        const int count = topLevelCount(group);
        if (count == 0)
            continue;
        emitRowChanged(gi, 0, count - 1);
        if (group == FilterActionsGroup)
            continue;
        for (int row = 0; row < count; ++row) {
            const QUuid id = topLevelId(group, row);
            auto known = m_childCount.constFind(id);
            if (known != m_childCount.constEnd() && *known > 0)
                emitRowChanged(index(row, 0, gi), 0, *known - 1);
        }
    }
}

void NavigatorModel::emitRowChanged(const QModelIndex &parent, int first, int last)
{
    emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
}

} // namespace ipsec
