// The IP Security Filter Action Wizard: name, general options (permit / block / negotiate security), what to
// do with computers that do not support IPsec, IP traffic security (integrity and encryption / integrity only
// / custom), completion.
#pragma once

#include "baselinedefaults.h"
#include "wizardresult.h"

#include <QWizard>
#include <memory>

namespace ipsec {

class FilterActionWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        WelcomePage,
        NamePage,
        GeneralOptionsPage,
        UnsecuredCommunicationPage,
        TrafficSecurityPage,
        CompletionPage
    };
    // Fields: name, description, permit, block, negotiate, doNotAllowUnsecured, fallBackToUnsecured,
    // integrityAndEncryption, integrityOnly, custom, editProperties.

    explicit FilterActionWizard(const StoreData &existing, QWidget *parent = nullptr);
    ~FilterActionWizard() override;

    // "Integrity and encryption" and "Integrity only" offer the crypto baseline's methods (legacy-strongest
    // unless set), or Windows' (below) when the traffic security page's "Use Windows' default methods" is
    // checked.
    void setCryptoBaseline(const baselines::CryptoBaseline &baseline) { m_defaults->setBaseline(baseline); }
    const BaselineDefaults &baselineDefaults() const { return *m_defaults; }

    // The method of "Custom" (what the Settings... dialog edits).
    SecurityMethod customMethod() const { return m_custom; }
    void setCustomMethod(const SecurityMethod &method) { m_custom = method; }

    FilterAction filterAction() const;
    WizardResult result() const;
    int nextId() const override;

    // What Windows' "Integrity and encryption" and "Integrity only" offer: ESP 3DES/SHA1 and ESP SHA1 without
    // encryption, lifetimes left to Windows' defaults (Windows Server 2003 UI; the exact offers are
    // inferred).
    static SecurityMethod integrityAndEncryptionMethod();
    static SecurityMethod integrityOnlyMethod();

private:
    QUuid m_id;
    SecurityMethod m_custom;
    std::unique_ptr<BaselineDefaults> m_defaults;
};

} // namespace ipsec
