// The analysis a user reaches from the window: the Test a packet and Intents docks, and the text of Tools →
// Check against a peer policy…. MainWindow calls these; everything else lives here.
#pragma once

#include "core/types.h"

#include <QString>
#include <QUuid>
#include <functional>

class QDockWidget;
class QMainWindow;
class QTableView;
class QUndoStack;

namespace ipsec {

class IntentsPanel;
class PacketTestPanel;
class PolicyDiagramView;
class PolicyStore;

struct AnalysisDocks {
    PacketTestPanel *packetTest = nullptr;
    IntentsPanel *intents = nullptr;
};

// Adds both docks (objectNames "packetTestDock", "intentsDock"), tabbed with `tabWith`, and wires them: the
// winning filter is selected in the diagram and its rule in the rules table `rulesTableOf(policyId)` gives
// (null when the policy editor does not show that policy); "Add as Intent" adds one undo step; activating an
// intent shows its packet in the Test a packet panel.
AnalysisDocks addAnalysisDocks(QMainWindow *window, PolicyStore *store, QUndoStack *undo,
                               PolicyDiagramView *diagram, QDockWidget *tabWith,
                               const std::function<QTableView *(const QUuid &policyId)> &rulesTableOf);

// Tools → Check against a peer policy…: the report of checking the document (side A) against a peer's
// store (side B, named `peerName`).
QString peerCheckReport(const StoreData &mine, const StoreData &peer, const QString &peerName);

} // namespace ipsec
