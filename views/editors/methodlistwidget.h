// An ordered list as the Windows dialogs show it: a table and Add / Edit / Remove / Move Up / Move Down.
// Rows can also be dragged. Remove and the moves change the model directly (which emits listEdited); Add
// and Edit are the owner's, as each list has its own dialog.
#pragma once

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

} // namespace ipsec
