#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace ipsec {

class FilterTableModel;

// IP Filter List: name, description, the filters (Add / Edit / Remove) and where the list is used.
class FilterListEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit FilterListEditor(const EditorContext &context, QWidget *parent = nullptr);
    QTableView *filtersView() const { return m_filters; }

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitList(const QString &field);
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_usage;
    QTableView *m_filters;
    FilterTableModel *m_filtersModel;
};

} // namespace ipsec
