// The Problems panel's table: the validation findings of the open document, with severity icon, code,
// message, where, and hint. Each row carries the object (ObjectKindRole, ObjectIdRole, ParentIdRole) and the
// field (FieldRole) so that a double-click can jump to the object and the field in the editor.
#pragma once

#include "core/finding.h"

#include <QAbstractTableModel>

namespace ipsec {

class ValidationRunner;

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { SeverityColumn, CodeColumn, MessageColumn, LocationColumn, HintColumn, ColumnCount };

    explicit ProblemsModel(ValidationRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Finding &finding(int row) const { return m_findings.at(row); }
    int count(Severity severity) const { return countOf(m_findings, severity); }
    // The language changed: headers, severities and the summary are given again.
    void retranslate();

signals:
    // After every refresh: "2 errors, 1 warning".
    void summaryChanged(const QString &summary);

private:
    void refresh();
    void announceSummary();

    ValidationRunner *m_runner;
    Findings m_findings;
};

} // namespace ipsec
