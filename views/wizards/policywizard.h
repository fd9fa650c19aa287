// The IP Security Policy Wizard: name and description, requests for secure communication (activate the
// default response rule), the default response rule's authentication method, completion.
#pragma once

#include "baselinedefaults.h"
#include "wizardresult.h"

#include <QWizard>
#include <memory>

namespace ipsec {

class AuthMethodPicker;

class IpSecurityPolicyWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, NamePage, SecureCommunicationPage, DefaultResponseAuthPage, CompletionPage };
    // Fields: name, description, activateDefaultResponse, editProperties; authPicker() for the method.

    explicit IpSecurityPolicyWizard(const StoreData &existing, QWidget *parent = nullptr);
    ~IpSecurityPolicyWizard() override;

    // A new policy: polling 180 min, lifetime 480 min, not assigned; the key exchange methods and the default
    // response rule's offers of the crypto baseline (legacy-strongest unless set), or Windows' defaults
    // (docs/formats/object-model.md, Units and defaults) when the completion page's "Use Windows' default
    // methods" is checked.
    Policy policy() const;
    void setCryptoBaseline(const baselines::CryptoBaseline &baseline) { m_defaults->setBaseline(baseline); }
    const BaselineDefaults &baselineDefaults() const { return *m_defaults; }
    WizardResult result() const;
    int nextId() const override;
    AuthMethodPicker *authPicker() const { return m_auth; }

private:
    QUuid m_id;
    AuthMethodPicker *m_auth;
    std::unique_ptr<BaselineDefaults> m_defaults;
};

} // namespace ipsec
