// An ordered list as the Windows dialogs show it: a table and Add / Edit / Remove / Move Up / Move Down.
// Rows can also be dragged. Remove and the moves change the model directly (which emits listEdited); Add
// and Edit are the owner's, as each list has its own dialog.
#pragma once

#include "methodmodels.h"

#include <QDialog>
#include <QTableView>
#include <QWidget>

class QPushButton;

namespace ipsec {

class OrderedListModel;

// Dropping rows moves them with OrderedListModel::moveRows (one undo step), instead of Qt's
// insert-then-remove.
class ReorderableTableView : public QTableView {
    Q_OBJECT
public:
    explicit ReorderableTableView(QWidget *parent = nullptr);

protected:
    void dropEvent(QDropEvent *event) override;
};

class MethodListWidget : public QWidget {
    Q_OBJECT
public:
    MethodListWidget(OrderedListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    int currentRow() const;
    void setCurrentRow(int row);

signals:
    void addRequested();
    void editRequested(int row);

private:
    void updateButtons();

    OrderedListModel *m_model;
    ReorderableTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

// Add and Edit of a list whose entries one dialog edits (`Dialog(const T &, QWidget *)` with `T method()`):
// Add opens it on `fresh` and appends, Edit opens it on the entry and replaces it.
template <typename Dialog, typename T>
void editEntriesWith(MethodListWidget *list, ValueListModel<T> *model, const T &fresh)
{
    QObject::connect(list, &MethodListWidget::addRequested, model, [list, model, fresh] {
        Dialog dialog(fresh, list);
        if (dialog.exec() == QDialog::Accepted)
            model->insertItem(-1, dialog.method());
    });
    QObject::connect(list, &MethodListWidget::editRequested, model, [list, model](int row) {
        Dialog dialog(model->items().at(row), list);
        if (dialog.exec() == QDialog::Accepted)
            model->replaceItem(row, dialog.method());
    });
}

} // namespace ipsec
