// The IP Security Policy Wizard: name and description, requests for secure communication (activate the
// default response rule), the default response rule's authentication method, completion.
#pragma once

#include "wizardresult.h"

#include <QWizard>

namespace ipsec {

class AuthMethodPicker;

class IpSecurityPolicyWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, NamePage, SecureCommunicationPage, DefaultResponseAuthPage, CompletionPage };
    // Fields: name, description, activateDefaultResponse, editProperties; authPicker() for the method.

    explicit IpSecurityPolicyWizard(const StoreData &existing, QWidget *parent = nullptr);

    // A new policy with Windows' defaults (docs/formats/object-model.md, Units and defaults): polling 180
    // min, IKE methods of the default policies, lifetime 480 min, the default response rule's six offers; not
    // assigned.
    Policy policy() const;
    WizardResult result() const;
    int nextId() const override;
    AuthMethodPicker *authPicker() const { return m_auth; }

private:
    QUuid m_id;
    AuthMethodPicker *m_auth;
};

} // namespace ipsec
