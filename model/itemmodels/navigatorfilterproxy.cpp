#include "navigatorfilterproxy.h"

#include "roles.h"

namespace ipsec {

NavigatorFilterProxy::NavigatorFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Parents of a match stay visible; children of a matching group are not all shown (a matching filter
    // list name shows the list, its filters only when they match too).
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void NavigatorFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool NavigatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid())
        return false; // group items show only through their matching children
    const QString text = index.data(SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace ipsec
