#include "problemspanel.h"

#include "problemsmodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ipsec {

ProblemsPanel::ProblemsPanel(ProblemsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemsModel::LocationColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemsModel::HintColumn, QHeaderView::Interactive);
    header->resizeSection(ProblemsModel::LocationColumn, 260);
    header->resizeSection(ProblemsModel::HintColumn, 320);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(model, &ProblemsModel::summaryChanged, m_summary, &QLabel::setText);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
}

void ProblemsPanel::activateRow(int row)
{
    const QModelIndex i = m_model->index(row, 0);
    if (!i.isValid())
        return;
    emit jumpRequested(static_cast<ObjectKind>(i.data(ObjectKindRole).toInt()), i.data(ObjectIdRole).toUuid(),
                       i.data(ParentIdRole).toUuid(), i.data(FieldRole).toString());
}

} // namespace ipsec
