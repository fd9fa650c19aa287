// A table of the children of one store object (the filters of a filter list, the rules of a policy) that
// follows the store's signals row by row, so that views keep their selection and scroll position across edits
// and undo. Subclasses say how many rows the store holds and what a row shows.
#pragma once

#include "core/finding.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace ipsec {

class PolicyStore;

class ChildRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    ChildRowsModel(PolicyStore *store, ObjectKind parentKind, ObjectKind childKind, QObject *parent);

    void setParentObject(const QUuid &parentId); // resets the rows
    QUuid parentObject() const { return m_parentId; }
    int shownCount() const { return m_count; } // the row count the views last saw

    // The rows the store holds now (store signals arrive after the change, so this may differ from
    // shownCount).
    virtual int storeCount() const = 0;
    // On objectAdded of an object of the parent kind: whether that brings the rows back (undo of a deletion).
    virtual bool parentCameBack(const QUuid &id, const QUuid &parentId) const = 0;
    virtual void onChanged(ObjectKind kind, const QUuid &id, const QUuid &parentId) = 0;

    void resetFromStore();
    void refreshAll(); // every shown cell changed

    PolicyStore *m_store;

private:
    void onAdded(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onAboutToBeRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void onRemoved(ObjectKind kind, const QUuid &id, const QUuid &parentId);

    ObjectKind m_parentKind;
    ObjectKind m_childKind;
    QUuid m_parentId;
    int m_count = 0;
    bool m_removing = false;
};

} // namespace ipsec
