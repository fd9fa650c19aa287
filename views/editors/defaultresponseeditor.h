#pragma once

#include "core/types.h"
#include "objecteditor.h"

class QCheckBox;
class QLabel;

namespace ipsec {

class AuthMethodsModel;
class SecurityMethodsModel;

// The default response rule: active, Security Methods (with session key PFS) and Authentication Methods.
class DefaultResponseEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit DefaultResponseEditor(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitRule(const QString &text);
    QCheckBox *m_active;
    QCheckBox *m_pfs;
    SecurityMethodsModel *m_methods;
    AuthMethodsModel *m_auth;
    QLabel *m_vistaNote;
};

} // namespace ipsec
