#include "methodlistwidget.h"

#include "methodmodels.h"
#include "widgets/keyboard.h"

#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipsec {

ReorderableTableView::ReorderableTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
}

void ReorderableTableView::dropEvent(QDropEvent *event)
{
    const QModelIndex source = currentIndex();
    if (event->source() != this || !source.isValid()) {
        event->ignore();
        return;
    }
    const QModelIndex target = indexAt(event->position().toPoint());
    int destination = target.isValid() ? target.row() : model()->rowCount();
    // Dropping on the lower half of a row puts the dragged row after it.
    if (target.isValid() && event->position().y() > visualRect(target).center().y())
        ++destination;
    if (model()->moveRows({}, source.row(), 1, {}, destination)) {
        const int newRow = destination > source.row() ? destination - 1 : destination;
        selectRow(newRow);
    }
    // Reported as a copy so that the view does not also remove the dragged row.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

MethodListWidget::MethodListWidget(OrderedListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new ReorderableTableView(this))
{
    m_view->setModel(model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("A&dd..."), this);
    m_edit = new QPushButton(tr("Ed&it..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MethodListWidget::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit editRequested(currentRow());
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &i) { emit editRequested(i.row()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->removeRows(row, 1))
            setCurrentRow(std::min(row, m_model->rowCount() - 1));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { setCurrentRow(m_model->moveUp(currentRow())); });
    connect(m_down, &QPushButton::clicked, this, [this] { setCurrentRow(m_model->moveDown(currentRow())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MethodListWidget::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &MethodListWidget::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &MethodListWidget::updateButtons);
    bindListKeys(m_view, {.remove = m_remove, .edit = m_edit, .moveUp = m_up, .moveDown = m_down});
    updateButtons();
}

int MethodListWidget::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void MethodListWidget::setCurrentRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(row);
    updateButtons();
}

void MethodListWidget::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace ipsec
