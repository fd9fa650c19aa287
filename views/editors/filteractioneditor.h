#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ipsec {

class MethodListWidget;
class SecurityMethodsModel;

// Filter Action properties: Security Methods (Permit / Block / Negotiate security, the ordered methods with
// the custom method dialog, inpass, fallback, session key PFS) and General (name, description), and usage.
class FilterActionEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit FilterActionEditor(const EditorContext &context, QWidget *parent = nullptr);
    SecurityMethodsModel *methodsModel() const { return m_methods; }
    MethodListWidget *methodsList() const { return m_methodsList; }

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitAction(const QString &field, const QString &text = {});
    QRadioButton *m_permit;
    QRadioButton *m_block;
    QRadioButton *m_negotiate;
    SecurityMethodsModel *m_methods;
    MethodListWidget *m_methodsList;
    QCheckBox *m_acceptUnsecured;
    QCheckBox *m_fallback;
    QCheckBox *m_pfs;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_usage;
};

} // namespace ipsec
