#pragma once

#include "core/types.h"
#include "objecteditor.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ipsec {

class AuthMethodsModel;
class MethodListWidget;

// Edit Rule Properties: IP Filter List, Filter Action, Authentication Methods, Tunnel Setting, Connection
// Type (and the rule's name, description and active flag above the tabs).
class RuleEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit RuleEditor(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitRule(const QString &field);
    std::optional<TunnelEndpoint> tunnelFromWidgets() const;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_active;
    QComboBox *m_filterList;
    QLabel *m_filterListInfo;
    QComboBox *m_filterAction;
    QLabel *m_filterActionInfo;
    AuthMethodsModel *m_auth;
    MethodListWidget *m_authList;
    QRadioButton *m_noTunnel;
    QRadioButton *m_tunnelAddress;
    QRadioButton *m_tunnelDns;
    QLineEdit *m_tunnelAddressEdit;
    QLineEdit *m_tunnelDnsEdit;
    QRadioButton *m_connectionAll;
    QRadioButton *m_connectionLan;
    QRadioButton *m_connectionRemote;
};

} // namespace ipsec
