#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace ipsec {

class RulesTableModel;

// Policy properties: Rules tab (the rules table, Add / Edit / Remove) and General tab (name, description,
// polling interval, Key Exchange Settings with its methods), plus the assignment.
class PolicyEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit PolicyEditor(const EditorContext &context, QWidget *parent = nullptr);
    QTableView *rulesView() const { return m_rules; }

signals:
    void addRuleRequested(const QUuid &policyId);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitPolicy(const QString &field);
    void editKeyExchange();
    void removeSelectedRule();
    QTableView *m_rules;
    RulesTableModel *m_rulesModel;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QSpinBox *m_polling;
    QCheckBox *m_assigned;
    QLabel *m_ikeSummary;
};

} // namespace ipsec
