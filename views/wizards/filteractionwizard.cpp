#include "filteractionwizard.h"

#include "propertydialogs.h"
#include "wizardwidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QString wizardName()
{
    return QObject::tr("IP Security Filter Action");
}

class RadioPage : public QWizardPage {
public:
    RadioPage(const QString &title, const QString &subtitle,
              const QList<std::pair<QString, QString>> &choices, int checked)
    {
        setTitle(title);
        setSubTitle(subtitle);
        auto *layout = new QVBoxLayout(this);
        for (int i = 0; i < choices.size(); ++i) {
            auto *b = new QRadioButton(choices[i].second);
            b->setChecked(i == checked);
            layout->addWidget(b);
            registerField(choices[i].first, b);
            m_buttons.append(b);
        }
        layout->addStretch();
    }
    QRadioButton *button(int i) const { return m_buttons[i]; }

private:
    QList<QRadioButton *> m_buttons;
};

class ActionSecurityPage : public RadioPage {
public:
    explicit ActionSecurityPage(FilterActionWizard *wizard)
        : RadioPage(
              tr("IP Traffic Security"),
              tr("Specify a security method for IP traffic. To add multiple security methods, edit the "
                 "filter "
                 "action after completing the wizard."),
              {{QStringLiteral("integrityAndEncryption"),
                tr("&Integrity and encryption: data will be encrypted, authenticated and unmodified.")},
               {QStringLiteral("integrityOnly"),
                tr("Integrity &only: data will be verified and protected from modification, but will not be "
                   "encrypted.")},
               {QStringLiteral("custom"), tr("&Custom")}},
              0)
    {
        auto *settings = new QPushButton(tr("&Settings..."));
        settings->setObjectName(QStringLiteral("customSettings"));
        layout()->addWidget(settings);
        const auto sync = [this, settings] { settings->setEnabled(button(2)->isChecked()); };
        connect(button(2), &QRadioButton::toggled, this, sync);
        connect(settings, &QPushButton::clicked, this, [this, wizard] {
            CustomSecurityMethodDialog dialog(this);
            dialog.setMethod(wizard->customMethod());
            if (dialog.exec() == QDialog::Accepted)
                wizard->setCustomMethod(dialog.method());
        });
        sync();
    }
};

} // namespace

FilterActionWizard::FilterActionWizard(const StoreData &existing, QWidget *parent)
    : QWizard(parent), m_id(newId()), m_custom(integrityAndEncryptionMethod())
{
    setWindowTitle(tr("Filter Action Wizard"));
    setPage(WelcomePage,
            makeWelcomePage(wizardName(),
                            tr("This wizard helps you create a filter action: whether traffic is "
                               "permitted, blocked, or secured, and which security methods are used.")));
    setPage(NamePage, new NameDescriptionPage(
                          tr("Filter Action Name"),
                          tr("Name this filter action and optionally give a brief description."),
                          tr("New Filter Action"),
                          [&existing](const QString &n) { return existing.filterActionByName(n) != nullptr; },
                          tr("A filter action named '%1' already exists.")));
    setPage(GeneralOptionsPage,
            new RadioPage(tr("Filter Action General Options"), tr("Set the filter action behavior."),
                          {{QStringLiteral("permit"), tr("Per&mit")},
                           {QStringLiteral("block"), tr("Bl&ock")},
                           {QStringLiteral("negotiate"), tr("Negotiate &security")}},
                          2));
    setPage(
        UnsecuredCommunicationPage,
        new RadioPage(tr("Communicating with computers that do not support IPsec"),
                      tr("Communicating with computers that do not support IPsec may expose your network to "
                         "security risks."),
                      {{QStringLiteral("doNotAllowUnsecured"), tr("&Do not allow unsecured communication")},
                       {QStringLiteral("fallBackToUnsecured"), tr("Fall back to &unsecured communication")}},
                      0));
    setPage(TrafficSecurityPage, new ActionSecurityPage(this));
    setPage(CompletionPage,
            makeCompletionPage(wizardName(), tr("You have successfully completed the IP Security "
                                                "Filter Action wizard.")));
    m_defaults = std::make_unique<BaselineDefaults>(page(TrafficSecurityPage));
}

FilterActionWizard::~FilterActionWizard() = default;

int FilterActionWizard::nextId() const
{
    if (currentId() == GeneralOptionsPage && !field(QStringLiteral("negotiate")).toBool())
        return CompletionPage;
    return QWizard::nextId();
}

SecurityMethod FilterActionWizard::integrityAndEncryptionMethod()
{
    return SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1);
}

SecurityMethod FilterActionWizard::integrityOnlyMethod()
{
    return SecurityMethod::esp(Encryption::None, Integrity::Sha1);
}

FilterAction FilterActionWizard::filterAction() const
{
    FilterAction a;
    a.id = m_id;
    a.name = field(QStringLiteral("name")).toString().trimmed();
    a.description = field(QStringLiteral("description")).toString();
    a.action = field(QStringLiteral("permit")).toBool()  ? ActionKind::Permit
               : field(QStringLiteral("block")).toBool() ? ActionKind::Block
                                                         : ActionKind::Negotiate;
    if (a.action == ActionKind::Negotiate) {
        a.allowFallback = field(QStringLiteral("fallBackToUnsecured")).toBool();
        a.securityMethods = {field(QStringLiteral("custom")).toBool() ? m_custom
                             : field(QStringLiteral("integrityOnly")).toBool()
                                 ? m_defaults->effective().integrityOffer
                                 : m_defaults->effective().encryptionOffer};
    }
    return a;
}

WizardResult FilterActionWizard::result() const
{
    WizardResult r;
    r.newFilterActions.push_back(filterAction());
    r.editPropertiesAfterwards = field(QStringLiteral("editProperties")).toBool();
    return r;
}

} // namespace ipsec
