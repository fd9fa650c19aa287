// The property pages of the editor stack, one per kind of object, mirroring the Windows property dialogs
// tab by tab with every field.
#pragma once

#include "core/types.h"
#include "objecteditor.h"

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ipsec {

class AddressPicker;
class AuthMethodsModel;
class FilterTableModel;
class MethodListWidget;
class PortPicker;
class ProtocolPicker;
class RulesTableModel;
class SecurityMethodsModel;

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

// Filter Properties: Addresses (source, destination, mirrored), Protocol (type, ports), Description.
class FilterEditor : public ObjectEditor {
    Q_OBJECT
public:
    explicit FilterEditor(const EditorContext &context, QWidget *parent = nullptr);

protected:
    void load() override;
    bool concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const override;

private:
    void commitFilter(const QString &field);
    void updatePortsEnabled();
    AddressPicker *m_source;
    AddressPicker *m_destination;
    QCheckBox *m_mirrored;
    ProtocolPicker *m_protocol;
    PortPicker *m_ports;
    QPlainTextEdit *m_description;
    QLabel *m_listInfo;
};

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
