#include "policywizard.h"

#include "propertydialogs.h"
#include "wizardwidgets.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QString wizardName()
{
    return QObject::tr("IP Security Policy");
}

class SecureCommunicationPage : public QWizardPage {
public:
    SecureCommunicationPage()
    {
        setTitle(tr("Requests for Secure Communication"));
        setSubTitle(tr("Specify how this policy responds to requests for secure communication."));
        auto *activate =
            new QCheckBox(tr("&Activate the default response rule (earlier versions of Windows only)."));
        auto *layout = new QVBoxLayout(this);
        auto *text =
            new QLabel(tr("The default response rule responds to remote computers that request security, "
                          "when no other rule applies. To communicate securely, the computer must respond "
                          "to requests for secure communication. Windows Vista and later ignore it."));
        text->setWordWrap(true);
        layout->addWidget(text);
        layout->addWidget(activate);
        layout->addStretch();
        registerField(QStringLiteral("activateDefaultResponse"), activate);
    }
};

} // namespace

IpSecurityPolicyWizard::IpSecurityPolicyWizard(const StoreData &existing, QWidget *parent)
    : QWizard(parent), m_id(newId()), m_auth(new AuthMethodPicker)
{
    setWindowTitle(tr("IP Security Policy Wizard"));
    setPage(WelcomePage,
            makeWelcomePage(wizardName(), tr("This wizard helps you create an IP Security policy. You "
                                             "will specify the level of security to use when "
                                             "communicating with specific computers or groups of "
                                             "computers (subnets), and for particular IP traffic "
                                             "types.")));
    setPage(NamePage, new NameDescriptionPage(
                          tr("IP Security Policy Name"),
                          tr("Name this IP Security policy and provide a brief description."),
                          tr("New IP Security Policy"),
                          [&existing](const QString &n) { return existing.policyByName(n) != nullptr; },
                          tr("A policy named '%1' already exists.")));
    setPage(SecureCommunicationPage, new class SecureCommunicationPage);
    setPage(DefaultResponseAuthPage,
            new AuthMethodPage(tr("Default Response Rule Authentication Method"),
                               tr("To add multiple authentication methods, edit the default response rule "
                                  "after completing the wizard."),
                               m_auth));
    setPage(CompletionPage,
            makeCompletionPage(wizardName(), tr("You have successfully completed specifying the "
                                                "properties for your new IP Security policy.")));
    m_defaults = std::make_unique<BaselineDefaults>(page(CompletionPage));
}

IpSecurityPolicyWizard::~IpSecurityPolicyWizard() = default;

int IpSecurityPolicyWizard::nextId() const
{
    if (currentId() == SecureCommunicationPage && !field(QStringLiteral("activateDefaultResponse")).toBool())
        return CompletionPage;
    return QWizard::nextId();
}

Policy IpSecurityPolicyWizard::policy() const
{
    Policy p;
    p.id = m_id;
    p.name = field(QStringLiteral("name")).toString().trimmed();
    p.description = field(QStringLiteral("description")).toString();
    p.pollingIntervalMinutes = 180;
    p.ike.id = newId();
    p.ike.lifetimeMinutes = 480;
    p.ike.methods = m_defaults->effective().ikeMethods;
    p.defaultResponse.id = newId();
    p.defaultResponse.negotiationPolicyId = newId();
    p.defaultResponse.active = field(QStringLiteral("activateDefaultResponse")).toBool();
    p.defaultResponse.authMethods = {
        p.defaultResponse.active ? m_auth->value().value_or(AuthMethod::kerberos()) : AuthMethod::kerberos()};
    p.defaultResponse.securityMethods = m_defaults->effective().defaultResponseOffers;
    p.assigned = false;
    return p;
}

WizardResult IpSecurityPolicyWizard::result() const
{
    WizardResult r;
    r.newPolicy = policy();
    r.editPropertiesAfterwards = field(QStringLiteral("editProperties")).toBool();
    return r;
}

} // namespace ipsec
