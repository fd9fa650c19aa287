#include "methoddialogs.h"

#include "core/enumnames.h"
#include "methodlistwidget.h"
#include "methodmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace ipsec {

template <typename E> void fillCombo(QComboBox *combo, std::initializer_list<E> values)
{
    for (E v : values)
        combo->addItem(displayName(v), static_cast<int>(v));
}
template void fillCombo<Encryption>(QComboBox *, std::initializer_list<Encryption>);
template void fillCombo<Integrity>(QComboBox *, std::initializer_list<Integrity>);
template void fillCombo<DhGroup>(QComboBox *, std::initializer_list<DhGroup>);

void selectComboData(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    if (i >= 0 && combo->currentIndex() != i)
        combo->setCurrentIndex(i);
}

namespace {

template <typename E> E comboValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

constexpr std::initializer_list<Encryption> kEncryptions{
    Encryption::None,      Encryption::Des,       Encryption::TripleDes,
    Encryption::Aes128,    Encryption::Aes192,    Encryption::Aes256,
    Encryption::AesGcm128, Encryption::AesGcm192, Encryption::AesGcm256};
constexpr std::initializer_list<Integrity> kIntegrities{
    Integrity::None,   Integrity::Md5,        Integrity::Sha1,       Integrity::Sha256,
    Integrity::Sha384, Integrity::AesGmac128, Integrity::AesGmac192, Integrity::AesGmac256};

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

// ---- SecurityMethodDialog ----

SecurityMethod SecurityMethodDialog::integrityAndEncryption()
{
    return SecurityMethod::esp(Encryption::TripleDes, Integrity::Sha1);
}

SecurityMethod SecurityMethodDialog::integrityOnly()
{
    return SecurityMethod::esp(Encryption::None, Integrity::Sha1);
}

SecurityMethodDialog::SecurityMethodDialog(const SecurityMethod &method, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Modify Security Method"));
    m_encryptionPreset =
        new QRadioButton(tr("&Integrity and encryption\nData will be encrypted, authenticated "
                            "and unmodified."),
                         this);
    m_integrityPreset = new QRadioButton(
        tr("I&ntegrity only\nData will be verified and unmodified, but will not be encrypted."), this);
    m_custom = new QRadioButton(tr("&Custom"), this);
    m_encryptionPreset->setObjectName(QStringLiteral("integrityAndEncryption"));
    m_integrityPreset->setObjectName(QStringLiteral("integrityOnly"));
    m_custom->setObjectName(QStringLiteral("custom"));

    m_customBox = new QGroupBox(tr("Custom Security Method Settings"), this);
    m_ah = new QCheckBox(tr("Data and address integrity without encryption (&AH):"), m_customBox);
    m_ahIntegrity = new QComboBox(m_customBox);
    fillCombo(m_ahIntegrity, {Integrity::Md5, Integrity::Sha1, Integrity::Sha256, Integrity::AesGmac128,
                              Integrity::AesGmac192, Integrity::AesGmac256});
    m_esp = new QCheckBox(tr("Data integrity and encryption (&ESP):"), m_customBox);
    m_espIntegrity = new QComboBox(m_customBox);
    fillCombo(m_espIntegrity, kIntegrities);
    m_espEncryption = new QComboBox(m_customBox);
    fillCombo(m_espEncryption, kEncryptions);
    m_limitKilobytes = new QCheckBox(tr("Generate a new key every (&Kbytes):"), m_customBox);
    m_kilobytes = new QSpinBox(m_customBox);
    m_kilobytes->setRange(1, std::numeric_limits<int>::max());
    m_limitSeconds = new QCheckBox(tr("Generate a new key every (&seconds):"), m_customBox);
    m_seconds = new QSpinBox(m_customBox);
    m_seconds->setRange(1, std::numeric_limits<int>::max());
    m_ah->setObjectName(QStringLiteral("ah"));
    m_esp->setObjectName(QStringLiteral("esp"));
    m_ahIntegrity->setObjectName(QStringLiteral("ahIntegrity"));
    m_espIntegrity->setObjectName(QStringLiteral("espIntegrity"));
    m_espEncryption->setObjectName(QStringLiteral("espEncryption"));
    m_kilobytes->setObjectName(QStringLiteral("lifetimeKilobytes"));
    m_seconds->setObjectName(QStringLiteral("lifetimeSeconds"));

    auto *form = new QFormLayout(m_customBox);
    form->addRow(m_ah);
    form->addRow(tr("Integrity a&lgorithm:"), m_ahIntegrity);
    form->addRow(m_esp);
    form->addRow(tr("In&tegrity algorithm:"), m_espIntegrity);
    form->addRow(tr("Encryption al&gorithm:"), m_espEncryption);
    form->addRow(new QLabel(tr("Session key settings:"), m_customBox));
    form->addRow(m_limitKilobytes, m_kilobytes);
    form->addRow(m_limitSeconds, m_seconds);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Security Method"), this));
    layout->addWidget(m_encryptionPreset);
    layout->addWidget(m_integrityPreset);
    layout->addWidget(m_custom);
    layout->addWidget(m_customBox);
    layout->addWidget(okCancel(this));

    // Load.
    m_ah->setChecked(method.usesAh());
    selectComboData(m_ahIntegrity, static_cast<int>(method.usesAh() ? method.ahIntegrity : Integrity::Sha1));
    m_esp->setChecked(method.usesEsp());
    selectComboData(m_espIntegrity, static_cast<int>(method.espIntegrity));
    selectComboData(m_espEncryption, static_cast<int>(method.espEncryption));
    m_limitKilobytes->setChecked(method.lifetimeKilobytes != 0);
    m_kilobytes->setValue(method.lifetimeKilobytes ? static_cast<int>(method.lifetimeKilobytes) : 100000);
    m_limitSeconds->setChecked(method.lifetimeSeconds != 0);
    m_seconds->setValue(method.lifetimeSeconds ? static_cast<int>(method.lifetimeSeconds) : 3600);
    if (method == integrityAndEncryption())
        m_encryptionPreset->setChecked(true);
    else if (method == integrityOnly())
        m_integrityPreset->setChecked(true);
    else
        m_custom->setChecked(true);

    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{
             m_encryptionPreset, m_integrityPreset, m_custom, m_ah, m_esp, m_limitKilobytes, m_limitSeconds})
        connect(b, &QAbstractButton::toggled, this, &SecurityMethodDialog::updateEnabled);
    updateEnabled();
}

void SecurityMethodDialog::updateEnabled()
{
    const bool custom = m_custom->isChecked();
    m_customBox->setEnabled(custom);
    m_ahIntegrity->setEnabled(custom && m_ah->isChecked());
    m_espIntegrity->setEnabled(custom && m_esp->isChecked());
    m_espEncryption->setEnabled(custom && m_esp->isChecked());
    m_kilobytes->setEnabled(custom && m_limitKilobytes->isChecked());
    m_seconds->setEnabled(custom && m_limitSeconds->isChecked());
}

SecurityMethod SecurityMethodDialog::method() const
{
    if (m_encryptionPreset->isChecked())
        return integrityAndEncryption();
    if (m_integrityPreset->isChecked())
        return integrityOnly();
    SecurityMethod m;
    const bool ah = m_ah->isChecked();
    const bool esp = m_esp->isChecked() || !ah; // one of the two is always there
    m.protocol = ah && esp ? IpsecProtocol::AhAndEsp : (ah ? IpsecProtocol::Ah : IpsecProtocol::Esp);
    m.ahIntegrity = ah ? comboValue<Integrity>(m_ahIntegrity) : Integrity::None;
    m.espIntegrity = esp ? comboValue<Integrity>(m_espIntegrity) : Integrity::None;
    m.espEncryption = esp ? comboValue<Encryption>(m_espEncryption) : Encryption::None;
    m.lifetimeKilobytes =
        m_limitKilobytes->isChecked() ? static_cast<std::uint32_t>(m_kilobytes->value()) : 0;
    m.lifetimeSeconds = m_limitSeconds->isChecked() ? static_cast<std::uint32_t>(m_seconds->value()) : 0;
    return m;
}

// ---- AuthMethodDialog ----

AuthMethodDialog::AuthMethodDialog(const AuthMethod &method, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit Authentication Method Properties"));
    m_kerberos = new QRadioButton(tr("Active Directory default (&Kerberos V5 protocol)"), this);
    m_certificate = new QRadioButton(tr("Use a certificate from this &certification authority (CA):"), this);
    m_psk = new QRadioButton(tr("Use this string (&preshared key):"), this);
    m_ca = new QLineEdit(method.kind == AuthKind::Certificate ? method.value : QString(), this);
    m_excludeCa = new QCheckBox(tr("E&xclude the CA name from the certificate request"), this);
    m_mapping = new QCheckBox(tr("Enable certificate to account &mapping"), this);
    m_key = new QLineEdit(method.kind == AuthKind::PresharedKey ? method.value : QString(), this);
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_excludeCa->setChecked(method.excludeCaName);
    m_mapping->setChecked(method.certificateToAccountMapping);
    m_kerberos->setObjectName(QStringLiteral("kerberos"));
    m_certificate->setObjectName(QStringLiteral("certificate"));
    m_psk->setObjectName(QStringLiteral("presharedKey"));
    m_ca->setObjectName(QStringLiteral("caName"));
    m_key->setObjectName(QStringLiteral("key"));
    (method.kind == AuthKind::Kerberos      ? m_kerberos
     : method.kind == AuthKind::Certificate ? m_certificate
                                            : m_psk)
        ->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The authentication method specifies how trust is established between the "
                      "computers."),
                   this));
    layout->addWidget(m_kerberos);
    layout->addWidget(m_certificate);
    layout->addWidget(m_ca);
    layout->addWidget(m_excludeCa);
    layout->addWidget(m_mapping);
    layout->addWidget(m_psk);
    layout->addWidget(m_key);
    layout->addWidget(okCancel(this));
    for (QRadioButton *b : {m_kerberos, m_certificate, m_psk})
        connect(b, &QRadioButton::toggled, this, &AuthMethodDialog::updateEnabled);
    updateEnabled();
}

void AuthMethodDialog::updateEnabled()
{
    m_ca->setEnabled(m_certificate->isChecked());
    m_excludeCa->setEnabled(m_certificate->isChecked());
    m_mapping->setEnabled(m_certificate->isChecked());
    m_key->setEnabled(m_psk->isChecked());
}

AuthMethod AuthMethodDialog::method() const
{
    if (m_certificate->isChecked())
        return AuthMethod::certificate(m_ca->text(), m_mapping->isChecked(), m_excludeCa->isChecked());
    if (m_psk->isChecked())
        return AuthMethod::presharedKey(m_key->text());
    return AuthMethod::kerberos();
}

// ---- IkeMethodDialog ----

IkeMethodDialog::IkeMethodDialog(const IkeMethod &method, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("IKE Security Algorithms"));
    m_integrity = new QComboBox(this);
    fillCombo(m_integrity, {Integrity::Md5, Integrity::Sha1, Integrity::Sha256, Integrity::Sha384});
    m_encryption = new QComboBox(this);
    fillCombo(m_encryption, {Encryption::Des, Encryption::TripleDes, Encryption::Aes128, Encryption::Aes192,
                             Encryption::Aes256});
    m_dhGroup = new QComboBox(this);
    fillCombo(m_dhGroup, {DhGroup::Group1, DhGroup::Group2, DhGroup::Group14, DhGroup::Group19,
                          DhGroup::Group20, DhGroup::Group24});
    selectComboData(m_integrity, static_cast<int>(method.integrity));
    selectComboData(m_encryption, static_cast<int>(method.encryption));
    selectComboData(m_dhGroup, static_cast<int>(method.dhGroup));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Integrity algorithm:"), m_integrity);
    form->addRow(tr("&Encryption algorithm:"), m_encryption);
    form->addRow(tr("&Diffie-Hellman group:"), m_dhGroup);
    form->addRow(okCancel(this));
}

IkeMethod IkeMethodDialog::method() const
{
    return {comboValue<Encryption>(m_encryption), comboValue<Integrity>(m_integrity),
            comboValue<DhGroup>(m_dhGroup)};
}

// ---- KeyExchangeDialog ----

KeyExchangeDialog::KeyExchangeDialog(const IkeSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Key Exchange Settings"));
    m_masterPfs = new QCheckBox(tr("&Master key perfect forward secrecy (PFS)"), this);
    m_masterPfs->setChecked(settings.masterKeyPfs);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 999999);
    m_minutes->setSpecialValueText(tr("default (480)"));
    m_minutes->setValue(static_cast<int>(settings.lifetimeMinutes));
    m_sessions = new QSpinBox(this);
    m_sessions->setRange(0, 999999);
    m_sessions->setSpecialValueText(tr("unlimited"));
    m_sessions->setValue(static_cast<int>(settings.quickModesPerMainMode));
    m_masterPfs->setObjectName(QStringLiteral("masterKeyPfs"));
    m_minutes->setObjectName(QStringLiteral("lifetimeMinutes"));
    m_sessions->setObjectName(QStringLiteral("quickModesPerMainMode"));
    m_methods = new IkeMethodsModel(this);
    m_methods->setItems(settings.methods);
    auto *list = new MethodListWidget(m_methods, this);
    editEntriesWith<IkeMethodDialog>(list, m_methods, IkeMethod{});
    // Windows: master key PFS means one quick mode per main mode.
    connect(m_masterPfs, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_sessions->setValue(1);
    });

    auto *form = new QFormLayout;
    form->addRow(m_masterPfs);
    form->addRow(tr("Authenticate and generate a new key after every (mi&nutes):"), m_minutes);
    form->addRow(tr("Authenticate and generate a new key after every (&sessions):"), m_sessions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *methodsLabel =
        new QLabel(tr("Security method &preference order (Key Exchange Security Methods):"), this);
    methodsLabel->setBuddy(list->view());
    layout->addWidget(methodsLabel);
    layout->addWidget(list, 1);
    layout->addWidget(okCancel(this));
    resize(620, 420);
}

IkeSettings KeyExchangeDialog::settings() const
{
    IkeSettings s = m_settings;
    s.masterKeyPfs = m_masterPfs->isChecked();
    s.lifetimeMinutes = static_cast<std::uint32_t>(m_minutes->value());
    s.quickModesPerMainMode = static_cast<std::uint32_t>(m_sessions->value());
    s.methods = m_methods->items();
    return s;
}

} // namespace ipsec
