#include "intentspanel.h"

#include "analysis/intents.h"
#include "core/policystore.h"
#include "editing/undocommands.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <utility>

namespace ipsec {
namespace {

QString expectationText(Treatment t)
{
    switch (t) {
    case Treatment::None:
        return IntentsPanel::tr("clear text (no filter)");
    case Treatment::Permit:
        return IntentsPanel::tr("permit");
    case Treatment::Block:
        return IntentsPanel::tr("block");
    case Treatment::Negotiate:
        return IntentsPanel::tr("negotiate security");
    }
    return {};
}

} // namespace

IntentsPanel::IntentsPanel(PolicyStore *store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_remove(new QPushButton(this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("intentsPanel"));
    m_table->setColumnCount(6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_remove->setObjectName(QStringLiteral("removeIntent"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(0);
    connect(m_delay, &QTimer::timeout, this, &IntentsPanel::refresh);
    connect(m_store, &PolicyStore::changed, m_delay, qOverload<>(&QTimer::start));
    connect(m_store, &PolicyStore::wasReset, m_delay, qOverload<>(&QTimer::start));
    connect(m_remove, &QPushButton::clicked, this, &IntentsPanel::removeSelected);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const std::vector<Intent> &intents = m_store->data().intents;
        if (row >= 0 && static_cast<std::size_t>(row) < intents.size())
            emit intentActivated(intents[static_cast<std::size_t>(row)]);
    });
    retranslate();
    refresh();
}

void IntentsPanel::addIntent(const Intent &intent)
{
    std::vector<Intent> intents = m_store->data().intents;
    intents.push_back(intent);
    execute(m_undo,
            new EditIntentsCommand(m_store, std::move(intents), tr("Add intent '%1'").arg(intent.name)));
    refresh();
}

void IntentsPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    std::vector<Intent> intents = m_store->data().intents;
    for (int row : std::as_const(rows))
        if (static_cast<std::size_t>(row) < intents.size())
            intents.erase(intents.begin() + row);
    execute(m_undo, new EditIntentsCommand(m_store, std::move(intents),
                                           tr("Remove %n intent(s)", nullptr, int(rows.size()))));
    refresh();
}

void IntentsPanel::refresh()
{
    m_delay->stop();
    const StoreData &doc = m_store->data();
    m_table->setRowCount(static_cast<int>(doc.intents.size()));
    int failing = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Intent &intent = doc.intents[static_cast<std::size_t>(row)];
        const analysis::IntentResult r = analysis::checkIntent(doc, intent);
        QString result;
        QString actual;
        switch (r.status) {
        case analysis::IntentResult::Status::Pass:
            result = tr("Pass");
            actual = expectationText(r.actual);
            break;
        case analysis::IntentResult::Status::Fail:
            result = tr("Fail");
            actual = r.winnerRule.isEmpty()
                         ? expectationText(r.actual)
                         : tr("%1 (rule '%2')").arg(expectationText(r.actual), r.winnerRule);
            break;
        case analysis::IntentResult::Status::Tie:
            result = tr("Undecided");
            actual = tr("a tie between equally specific filters");
            break;
        case analysis::IntentResult::Status::Unchecked:
            result = tr("Not checked");
            actual = r.problem;
            break;
        }
        failing += r.status == analysis::IntentResult::Status::Pass ? 0 : 1;
        const QStringList cells{result,
                                intent.name,
                                intent.policy.isEmpty() ? tr("(assigned)") : intent.policy,
                                intent.packet,
                                expectationText(intent.expect),
                                actual};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == ResultColumn && r.status != analysis::IntentResult::Status::Pass) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_summary->setText(
        doc.intents.empty()
            ? tr("No intents yet: test a packet and choose Add as Intent.")
            : tr("%n intent(s), %1 not passing", nullptr, int(doc.intents.size())).arg(failing));
    m_remove->setEnabled(!doc.intents.empty());
}

void IntentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void IntentsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Result"), tr("Name"), tr("Policy"), tr("Packet"), tr("Expected"), tr("Actual")});
    m_remove->setText(tr("&Remove"));
}

} // namespace ipsec
