// The Intents panel: every intent of the document with whether the policy still treats its packet as
// expected (model/analysis/intents.h), kept up to date as the document changes; Remove deletes the
// selected ones as one undo step.
#pragma once

#include "core/types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace ipsec {

class PolicyStore;

class IntentsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { ResultColumn, NameColumn, PolicyColumn, PacketColumn, ExpectedColumn, ActualColumn };

    IntentsPanel(PolicyStore *store, QUndoStack *undo, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Adds an intent as one undo step (the Test a packet panel's "Add as Intent").
    void addIntent(const Intent &intent);
    void removeSelected();
    // Re-checks every intent now (otherwise on the next change of the document, coalesced).
    void refresh();

signals:
    // A row was activated: the Test a packet panel shows its packet.
    void intentActivated(const ipsec::Intent &intent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PolicyStore *m_store;
    QUndoStack *m_undo;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_remove;
    QTimer *m_delay;
};

} // namespace ipsec
