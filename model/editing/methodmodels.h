// The ordered lists of the Windows dialogs, whose order is the order of preference: security methods
// (filter action, default response rule), IKE security methods (key exchange settings) and authentication
// methods (rule, default response rule). Each model holds a copy of the list the editor shows; reordering
// (Move Up / Move Down / drag) and the editor's add, edit and remove change the copy and emit listEdited(),
// and the editor commits the new list as one undoable command.
#pragma once

#include "core/types.h"

#include <QAbstractTableModel>
#include <QList>

namespace ipsec {

class OrderedListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    // Moves one or more rows; emits listEdited().
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Returns the row's new position (or the same row when it cannot move).
    int moveUp(int row);
    int moveDown(int row);

signals:
    void listEdited();

protected:
    virtual int itemCount() const = 0;
    virtual void moveItem(int from, int to) = 0;
    virtual void removeItem(int row) = 0;
};

template <typename T> class ValueListModel : public OrderedListModel {
public:
    using OrderedListModel::OrderedListModel;

    const QList<T> &items() const { return m_items; }
    // Shows a list from the store; no listEdited().
    void setItems(const QList<T> &items)
    {
        if (items == m_items)
            return;
        if (items.size() == m_items.size()) {
            m_items = items;
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    void insertItem(int row, const T &item)
    {
        row = (row < 0 || row > m_items.size()) ? static_cast<int>(m_items.size()) : row;
        beginInsertRows({}, row, row);
        m_items.insert(row, item);
        endInsertRows();
        emit listEdited();
    }
    void replaceItem(int row, const T &item)
    {
        if (row < 0 || row >= m_items.size() || m_items[row] == item)
            return;
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        emit listEdited();
    }

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    void moveItem(int from, int to) override { m_items.move(from, to); }
    void removeItem(int row) override { m_items.removeAt(row); }
    QList<T> m_items;
};

// Columns as the filter action's Security Methods tab: Type, AH Integrity, ESP Confidentiality, ESP
// Integrity, Key Lifetimes (KB), Key Lifetimes (secs).
class SecurityMethodsModel : public ValueListModel<SecurityMethod> {
    Q_OBJECT
public:
    enum Column : int {
        TypeColumn,
        AhIntegrityColumn,
        EspConfidentialityColumn,
        EspIntegrityColumn,
        LifetimeKilobytesColumn,
        LifetimeSecondsColumn,
        ColumnCount
    };
    using ValueListModel::ValueListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Encryption and Integrity", "Integrity only" or "Custom", as Windows names the three choices.
    static QString typeName(const SecurityMethod &method);
};

// Columns as the Key Exchange Security Methods dialog: Type (IKE), Encryption, Integrity, Diffie-Hellman
// Group.
class IkeMethodsModel : public ValueListModel<IkeMethod> {
    Q_OBJECT
public:
    enum Column : int { EncryptionColumn, IntegrityColumn, DhGroupColumn, ColumnCount };
    using ValueListModel::ValueListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

// Columns as the rule's Authentication Methods tab: Method, Details (the CA name; a preshared key masked).
class AuthMethodsModel : public ValueListModel<AuthMethod> {
    Q_OBJECT
public:
    enum Column : int { MethodColumn, DetailsColumn, ColumnCount };
    using ValueListModel::ValueListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace ipsec
