// The Security Rule Wizard: tunnel endpoint, network type, IP filter list (with Add), filter action (with Add
// and "Use Add Wizard"), authentication method (only for actions that negotiate), completion.
#pragma once

#include "wizardresult.h"

#include <QWizard>

class QListWidget;

namespace ipsec {

class AuthMethodPicker;

class SecurityRuleWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        WelcomePage,
        TunnelPage,
        NetworkTypePage,
        FilterListPage,
        FilterActionPage,
        AuthenticationPage,
        CompletionPage
    };
    // Fields: noTunnel, tunnelByAddress, tunnelAddress, tunnelByDnsName, tunnelDnsName, allConnections, lan,
    // remoteAccess, filterListRow, filterActionRow, useAddWizard, editProperties. The authentication page's
    // widgets are reached through authPicker().

    SecurityRuleWizard(const StoreData &store, const QUuid &policyId, QWidget *parent = nullptr);

    // What the Add buttons do once their dialog or wizard is accepted: the new object joins the list,
    // selected.
    void addFilterList(const FilterList &list);
    void addFilterAction(const FilterAction &action);

    Rule rule() const;
    WizardResult result() const;
    int nextId() const override;

    AuthMethodPicker *authPicker() const { return m_auth; }
    QListWidget *filterListView() const { return m_lists; }
    QListWidget *filterActionView() const { return m_actions; }
    const FilterList *selectedFilterList() const;
    const FilterAction *selectedFilterAction() const;

private:
    void refreshLists();

    const StoreData &m_store;
    QUuid m_policyId;
    QUuid m_ruleId;
    std::vector<FilterList> m_newLists;
    std::vector<FilterAction> m_newActions;
    QListWidget *m_lists;
    QListWidget *m_actions;
    AuthMethodPicker *m_auth;
};

} // namespace ipsec
