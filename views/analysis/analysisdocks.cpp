#include "analysisdocks.h"

#include "analysis/peercheck.h"
#include "core/policystore.h"
#include "diagram/policydiagramview.h"
#include "editing/roles.h"
#include "intentspanel.h"
#include "packettestpanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QTableView>

namespace ipsec {
namespace {

// A dock whose title follows the language.
class TranslatedDock : public QDockWidget {
public:
    TranslatedDock(const char *title, QWidget *parent) : QDockWidget(parent), m_title(title) { retitle(); }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retitle();
        QDockWidget::changeEvent(event);
    }

private:
    void retitle() { setWindowTitle(QCoreApplication::translate("ipsec::AnalysisDocks", m_title)); }
    const char *m_title;
};

void selectRule(QTableView *table, const QUuid &ruleId)
{
    if (!table || !table->model())
        return;
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(ObjectIdRole).toUuid() == ruleId) {
            table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            table->scrollTo(i);
            return;
        }
    }
}

} // namespace

AnalysisDocks addAnalysisDocks(QMainWindow *window, PolicyStore *store, QUndoStack *undo,
                               PolicyDiagramView *diagram, QDockWidget *tabWith,
                               const std::function<QTableView *(const QUuid &)> &rulesTableOf)
{
    AnalysisDocks docks;
    docks.packetTest = new PacketTestPanel(store, window);
    auto *packetDock = new TranslatedDock(QT_TRANSLATE_NOOP("ipsec::AnalysisDocks", "Test a Packet"), window);
    packetDock->setObjectName(QStringLiteral("packetTestDock"));
    packetDock->setWidget(docks.packetTest);
    window->addDockWidget(Qt::BottomDockWidgetArea, packetDock);

    docks.intents = new IntentsPanel(store, undo, window);
    auto *intentsDock = new TranslatedDock(QT_TRANSLATE_NOOP("ipsec::AnalysisDocks", "Intents"), window);
    intentsDock->setObjectName(QStringLiteral("intentsDock"));
    intentsDock->setWidget(docks.intents);
    window->addDockWidget(Qt::BottomDockWidgetArea, intentsDock);
    if (tabWith) {
        window->tabifyDockWidget(tabWith, packetDock);
        window->tabifyDockWidget(tabWith, intentsDock);
        tabWith->raise();
    }

    QObject::connect(docks.packetTest, &PacketTestPanel::winnerChanged, window,
                     [diagram, rulesTableOf](const QUuid &policyId, const QUuid &ruleId, const QUuid &listId,
                                             const QUuid &filterId) {
                         if (ruleId.isNull())
                             return;
                         if (diagram)
                             diagram->selectObject(ObjectKind::Filter, filterId, listId);
                         selectRule(rulesTableOf(policyId), ruleId);
                     });
    QObject::connect(docks.packetTest, &PacketTestPanel::intentRequested, docks.intents,
                     [intents = docks.intents, intentsDock](const Intent &intent) {
                         intents->addIntent(intent);
                         intentsDock->raise();
                     });
    QObject::connect(docks.intents, &IntentsPanel::intentActivated, docks.packetTest,
                     [panel = docks.packetTest, packetDock](const Intent &intent) {
                         panel->setPacketText(intent.packet, intent.policy);
                         packetDock->raise();
                     });
    return docks;
}

QString peerCheckReport(const StoreData &mine, const StoreData &peer, const QString &peerName)
{
    const analysis::PeerReport r = analysis::checkPeers(mine, peer);
    return QCoreApplication::translate("ipsec::AnalysisDocks",
                                       "Side A is this document, side B is %1. Each flow one side secures is "
                                       "checked against the other side's policy.")
               .arg(peerName) +
           QStringLiteral("\n\n") + analysis::describe(r);
}

} // namespace ipsec
