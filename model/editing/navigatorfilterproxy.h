// The search box behind the navigator: keeps the items whose SearchTextRole contains every word typed
// (name, description, address, port, protocol), with their ancestors, case-insensitively.
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ipsec {

class NavigatorModel;

class NavigatorFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NavigatorFilterProxy(QObject *parent = nullptr);

    // A NavigatorModel's cached, case-folded search texts are used directly; any other model is asked for
    // SearchTextRole.
    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QStringList m_foldedWords;
    QPointer<NavigatorModel> m_navigator;
};

} // namespace ipsec
