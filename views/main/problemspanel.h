// The Problems panel: the live findings (severity icon, code, message, where, hint) with a summary line.
// Double-click or Enter on a finding asks the window to jump to its object and field.
#pragma once

#include "core/finding.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ipsec {

class ProblemsModel;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    // Jumps to the finding in this (view) row, as a double-click does.
    void activateRow(int row);

signals:
    void jumpRequested(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId, const QString &field);

private:
    ProblemsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace ipsec
