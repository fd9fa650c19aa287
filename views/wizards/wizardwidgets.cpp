#include "wizardwidgets.h"

#include "core/enumnames.h"
#include "propertydialogs.h"
#include "validation/fieldcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ipsec {
namespace {

class CompletionPage : public QWizardPage {
public:
    CompletionPage(const QString &wizardName, const QString &text, bool offerEditProperties)
    {
        setTitle(QObject::tr("Completing the %1 Wizard").arg(wizardName));
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        layout->addWidget(label);
        auto *edit = new QCheckBox(QObject::tr("&Edit properties"));
        edit->setObjectName(QStringLiteral("editProperties"));
        edit->setChecked(offerEditProperties);
        edit->setVisible(offerEditProperties);
        layout->addWidget(edit);
        layout->addStretch();
        layout->addWidget(new QLabel(QObject::tr("To close this wizard, click Finish.")));
        registerField(QStringLiteral("editProperties"), edit);
    }
};

void addItems(QComboBox *combo, std::initializer_list<std::pair<QString, int>> items)
{
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
}

} // namespace

QWizardPage *makeWelcomePage(const QString &wizardName, const QString &text)
{
    auto *page = new QWizardPage;
    page->setTitle(QObject::tr("Welcome to the %1 Wizard").arg(wizardName));
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(text + QObject::tr("\n\nTo continue, click Next."));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

NameDescriptionPage::NameDescriptionPage(const QString &title, const QString &subtitle,
                                         const QString &baseName,
                                         const std::function<bool(const QString &)> &taken,
                                         const QString &takenMessage)
    : m_taken(taken), m_takenMessage(takenMessage), m_problem(new QLabel)
{
    setTitle(title);
    setSubTitle(subtitle);
    auto *name = new QLineEdit(uniqueName(baseName, taken));
    name->setObjectName(QStringLiteral("name"));
    auto *description = new QPlainTextEdit;
    description->setObjectName(QStringLiteral("description"));
    description->setTabChangesFocus(true);
    // Not "&Name": Alt+N is the wizard's Next.
    auto *nameLabel = new QLabel(tr("N&ame:"));
    nameLabel->setBuddy(name);
    auto *descriptionLabel = new QLabel(tr("&Description:"));
    descriptionLabel->setBuddy(description);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(nameLabel);
    layout->addWidget(name);
    layout->addWidget(descriptionLabel);
    layout->addWidget(description);
    layout->addWidget(m_problem);
    registerField(QStringLiteral("name*"), name);
    registerField(QStringLiteral("description"), description, "plainText", SIGNAL(textChanged()));
    connect(name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool NameDescriptionPage::isComplete() const
{
    // The editor's name check (validation/fieldcheck.h): the same codes, no dialog while typing.
    const QString name = field(QStringLiteral("name")).toString();
    const auto checked = fieldcheck::objectName(name, m_taken, QStringLiteral("name"));
    const bool taken =
        !checked.problems.isEmpty() && checked.problems.front().code != QLatin1String("IPS-005");
    m_problem->setText(checked.ok() ? QString()
                       : taken      ? m_takenMessage.arg(name.trimmed())
                                    : checked.message());
    return checked.ok();
}

AuthMethodPage::AuthMethodPage(const QString &title, const QString &subtitle, AuthMethodPicker *picker)
    : m_picker(picker)
{
    setTitle(title);
    setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Set the initial authentication method for this security rule:")));
    layout->addWidget(picker);
    connect(picker, &AuthMethodPicker::changed, this, &QWizardPage::completeChanged);
}

bool AuthMethodPage::isComplete() const
{
    return m_picker->value().has_value();
}

void withoutEditProperties(QWizard &wizard)
{
    if (auto *edit = wizard.findChild<QCheckBox *>(QStringLiteral("editProperties"))) {
        edit->setChecked(false);
        edit->hide();
    }
}

QWizardPage *makeCompletionPage(const QString &wizardName, const QString &text, bool offerEditProperties)
{
    return new CompletionPage(wizardName, text, offerEditProperties);
}

// ---- AuthMethodPicker ----

AuthMethodPicker::AuthMethodPicker(QWidget *parent)
    : QWidget(parent), m_kerberos(new QRadioButton(tr("Active Directory &default (Kerberos V5 protocol)"))),
      m_certificate(new QRadioButton(tr("Use a &certificate from this certification authority (CA):"))),
      m_ca(new QLineEdit),
      m_psk(new QRadioButton(tr("Use this &string to protect the key exchange (preshared key):"))),
      m_key(new QLineEdit)
{
    m_ca->setPlaceholderText(QStringLiteral("CN=IPsec Root CA, DC=ipsectest, DC=com"));
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_kerberos);
    layout->addWidget(m_certificate);
    layout->addWidget(m_ca);
    layout->addWidget(m_psk);
    layout->addWidget(m_key);
    layout->addStretch();
    m_kerberos->setChecked(true);
    const auto sync = [this] {
        m_ca->setEnabled(m_certificate->isChecked());
        m_key->setEnabled(m_psk->isChecked());
        emit changed();
    };
    for (QRadioButton *b : {m_kerberos, m_certificate, m_psk})
        connect(b, &QRadioButton::toggled, this, sync);
    connect(m_ca, &QLineEdit::textChanged, this, &AuthMethodPicker::changed);
    connect(m_key, &QLineEdit::textChanged, this, &AuthMethodPicker::changed);
    sync();
}

std::optional<AuthMethod> AuthMethodPicker::value() const
{
    if (m_certificate->isChecked()) {
        if (m_ca->text().trimmed().isEmpty())
            return std::nullopt;
        return AuthMethod::certificate(m_ca->text().trimmed());
    }
    if (m_psk->isChecked()) {
        if (m_key->text().isEmpty())
            return std::nullopt;
        return AuthMethod::presharedKey(m_key->text());
    }
    return AuthMethod::kerberos();
}

// ---- CustomSecurityMethodDialog ----

CustomSecurityMethodDialog::CustomSecurityMethodDialog(QWidget *parent)
    : QDialog(parent), m_ah(new QCheckBox(tr("Data and address integrity without encryption (&AH):"))),
      m_ahIntegrity(new QComboBox), m_esp(new QCheckBox(tr("Data integrity and &encryption (ESP):"))),
      m_espIntegrity(new QComboBox), m_espEncryption(new QComboBox),
      m_useKb(new QCheckBox(tr("Generate a new key every (&Kbytes):"))), m_kb(new QSpinBox),
      m_useSeconds(new QCheckBox(tr("Generate a new key every (&seconds):"))), m_seconds(new QSpinBox),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Custom Security Method Settings"));
    addItems(m_ahIntegrity, {{QStringLiteral("MD5"), static_cast<int>(Integrity::Md5)},
                             {QStringLiteral("SHA1"), static_cast<int>(Integrity::Sha1)}});
    addItems(m_espIntegrity, {{tr("<None>"), static_cast<int>(Integrity::None)},
                              {QStringLiteral("MD5"), static_cast<int>(Integrity::Md5)},
                              {QStringLiteral("SHA1"), static_cast<int>(Integrity::Sha1)}});
    addItems(m_espEncryption, {{tr("<None>"), static_cast<int>(Encryption::None)},
                               {QStringLiteral("DES"), static_cast<int>(Encryption::Des)},
                               {QStringLiteral("3DES"), static_cast<int>(Encryption::TripleDes)}});
    // Believed UI ranges (Q3): validation warns outside them; the dialog keeps to them.
    m_kb->setRange(20480, 2147483647);
    m_kb->setValue(100000);
    m_seconds->setRange(300, 172800);
    m_seconds->setValue(3600);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Specify the settings for this custom security method.")));
    layout->addWidget(m_ah);
    auto *ahForm = new QFormLayout;
    ahForm->addRow(tr("Integrity a&lgorithm:"), m_ahIntegrity);
    layout->addLayout(ahForm);
    layout->addWidget(m_esp);
    auto *espForm = new QFormLayout;
    espForm->addRow(tr("In&tegrity algorithm:"), m_espIntegrity);
    espForm->addRow(tr("Encryption al&gorithm:"), m_espEncryption);
    layout->addLayout(espForm);
    auto *keys = new QGroupBox(tr("Session key settings"));
    auto *keyForm = new QFormLayout(keys);
    keyForm->addRow(m_useKb, m_kb);
    keyForm->addRow(m_useSeconds, m_seconds);
    layout->addWidget(keys);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *b : {m_ah, m_esp, m_useKb, m_useSeconds})
        connect(b, &QCheckBox::toggled, this, &CustomSecurityMethodDialog::updateState);
    for (QComboBox *c : {m_ahIntegrity, m_espIntegrity, m_espEncryption})
        connect(c, &QComboBox::currentIndexChanged, this, &CustomSecurityMethodDialog::updateState);
    // The wizard's starting point: ESP with SHA1 and 3DES.
    setMethod(SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1));
}

SecurityMethod CustomSecurityMethodDialog::method() const
{
    SecurityMethod m;
    m.protocol = m_ah->isChecked() && m_esp->isChecked() ? IpsecProtocol::AhAndEsp
                 : m_ah->isChecked()                     ? IpsecProtocol::Ah
                                                         : IpsecProtocol::Esp;
    if (m.usesAh())
        m.ahIntegrity = static_cast<Integrity>(m_ahIntegrity->currentData().toInt());
    if (m.usesEsp()) {
        m.espIntegrity = static_cast<Integrity>(m_espIntegrity->currentData().toInt());
        m.espEncryption = static_cast<Encryption>(m_espEncryption->currentData().toInt());
    }
    m.lifetimeKilobytes = m_useKb->isChecked() ? static_cast<std::uint32_t>(m_kb->value()) : 0;
    m.lifetimeSeconds = m_useSeconds->isChecked() ? static_cast<std::uint32_t>(m_seconds->value()) : 0;
    return m;
}

void CustomSecurityMethodDialog::setMethod(const SecurityMethod &m)
{
    m_ah->setChecked(m.usesAh());
    m_esp->setChecked(m.usesEsp());
    if (m.usesAh())
        m_ahIntegrity->setCurrentIndex(m_ahIntegrity->findData(static_cast<int>(m.ahIntegrity)));
    if (m.usesEsp()) {
        m_espIntegrity->setCurrentIndex(m_espIntegrity->findData(static_cast<int>(m.espIntegrity)));
        m_espEncryption->setCurrentIndex(m_espEncryption->findData(static_cast<int>(m.espEncryption)));
    }
    m_useKb->setChecked(m.lifetimeKilobytes != 0);
    if (m.lifetimeKilobytes)
        m_kb->setValue(static_cast<int>(std::min<std::uint32_t>(m.lifetimeKilobytes, 2147483647U)));
    m_useSeconds->setChecked(m.lifetimeSeconds != 0);
    if (m.lifetimeSeconds)
        m_seconds->setValue(static_cast<int>(std::min<std::uint32_t>(m.lifetimeSeconds, 172800U)));
    updateState();
}

bool CustomSecurityMethodDialog::isValid() const
{
    if (!m_ah->isChecked() && !m_esp->isChecked())
        return false;
    const SecurityMethod m = method();
    return !(m.usesEsp() && m.espIntegrity == Integrity::None && m.espEncryption == Encryption::None); // Q15
}

void CustomSecurityMethodDialog::updateState()
{
    m_ahIntegrity->setEnabled(m_ah->isChecked());
    m_espIntegrity->setEnabled(m_esp->isChecked());
    m_espEncryption->setEnabled(m_esp->isChecked());
    m_kb->setEnabled(m_useKb->isChecked());
    m_seconds->setEnabled(m_useSeconds->isChecked());
    const bool valid = isValid();
    m_problem->setText(valid ? QString()
                             : tr("Choose AH or ESP; ESP needs an integrity or an encryption algorithm."));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace ipsec
