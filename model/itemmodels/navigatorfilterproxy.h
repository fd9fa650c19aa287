// The search box behind the navigator: keeps the items whose SearchTextRole contains every word typed
// (name, description, address, port, protocol), with their ancestors, case-insensitively.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ipsec {

class NavigatorFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NavigatorFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace ipsec
