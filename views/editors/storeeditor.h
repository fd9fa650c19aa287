#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ipsec {

// The store's own properties: name, description, location (local or domain with domain, OU, GPO) and the
// oldest Windows the policies are meant for.
class StoreEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit StoreEditor(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitInfo(const QString &field);
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_location;
    QLineEdit *m_domain;
    QLineEdit *m_ou;
    QLineEdit *m_gpo;
    QComboBox *m_target;
    QLabel *m_summary;
};

} // namespace ipsec
