#include "navigatorfilterproxy.h"

#include "navigatormodel.h"
#include "roles.h"

namespace ipsec {

NavigatorFilterProxy::NavigatorFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Parents of a match stay visible; children of a matching group are not all shown (a matching filter
    // list name shows the list, its filters only when they match too).
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void NavigatorFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_navigator = qobject_cast<NavigatorModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void NavigatorFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    m_foldedWords.clear();
    for (const QString &word : words)
        m_foldedWords.append(word.toCaseFolded());
    // Mappings dropped and rebuilt on demand, announced as one layout change: refiltering the mappings in
    // place (invalidateRowsFilter) announces removed and inserted ranges under every filter list, and a tree
    // view with thousands of expanded lists lays out all its rows again for each (seconds at 100,000
    // filters).
    invalidate();
}

bool NavigatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // group items show only through their matching children
    // Case-folded on both sides, the texts cached by the navigator model: a plain search per word.
    const QString text =
        m_navigator
            ? m_navigator->foldedSearchText(sourceRow, sourceParent)
            : sourceModel()->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString().toCaseFolded();
    for (const QString &word : m_foldedWords)
        if (!text.contains(word))
            return false;
    return true;
}

} // namespace ipsec
