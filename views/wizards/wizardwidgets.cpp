#include "wizardwidgets.h"

#include "core/enumnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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

QList<std::pair<QString, int>> wizardProtocols()
{
    return {{QStringLiteral("Any"), protocol::Any},
            {QStringLiteral("EGP"), 8},
            {QStringLiteral("HMP"), 20},
            {QStringLiteral("ICMP"), protocol::Icmp},
            {QStringLiteral("Other"), -1},
            {QStringLiteral("RAW"), protocol::Raw},
            {QStringLiteral("RDP"), 27},
            {QStringLiteral("RSVP"), 46},
            {QStringLiteral("TCP"), protocol::Tcp},
            {QStringLiteral("UDP"), protocol::Udp},
            {QStringLiteral("XNS-IDP"), 22}};
}

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

QWizardPage *makeCompletionPage(const QString &wizardName, const QString &text, bool offerEditProperties)
{
    return new CompletionPage(wizardName, text, offerEditProperties);
}

// ---- AddressPicker ----

AddressPicker::AddressPicker(const QString &label, QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox), m_addressLabel(new QLabel(tr("IP address or &subnet:"))),
      m_address(new QLineEdit), m_rangeEndLabel(new QLabel(tr("&Ending IP address:"))),
      m_rangeEnd(new QLineEdit), m_dnsNameLabel(new QLabel(tr("&Host name:"))), m_dnsName(new QLineEdit)
{
    m_kind->addItems({tr("My IP Address"), tr("Any IP Address"), tr("A specific DNS Name"),
                      tr("A specific IP Address or Subnet"), tr("A specific IP Address range"),
                      tr("DNS Servers <dynamic>"), tr("WINS Servers <dynamic>"), tr("DHCP Server <dynamic>"),
                      tr("Default Gateway <dynamic>")});
    m_address->setPlaceholderText(QStringLiteral("10.0.1.0/24"));
    m_rangeEnd->setPlaceholderText(QStringLiteral("10.0.1.99"));
    m_dnsName->setPlaceholderText(QStringLiteral("host1.ipsectest.com"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    auto *kindLabel = new QLabel(label);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_dnsNameLabel, m_dnsName);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_rangeEndLabel, m_rangeEnd);
    m_addressLabel->setBuddy(m_address);
    m_rangeEndLabel->setBuddy(m_rangeEnd);
    m_dnsNameLabel->setBuddy(m_dnsName);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    for (QLineEdit *e : {m_address, m_rangeEnd, m_dnsName})
        connect(e, &QLineEdit::textChanged, this, &AddressPicker::changed);
    updateVisibility();
}

void AddressPicker::updateVisibility()
{
    const int k = m_kind->currentIndex();
    const bool address = k == AddressOrSubnet || k == AddressRange;
    m_addressLabel->setText(k == AddressRange ? tr("&Starting IP address:") : tr("IP address or &subnet:"));
    for (QWidget *w : {static_cast<QWidget *>(m_addressLabel), static_cast<QWidget *>(m_address)})
        w->setVisible(address);
    for (QWidget *w : {static_cast<QWidget *>(m_rangeEndLabel), static_cast<QWidget *>(m_rangeEnd)})
        w->setVisible(k == AddressRange);
    for (QWidget *w : {static_cast<QWidget *>(m_dnsNameLabel), static_cast<QWidget *>(m_dnsName)})
        w->setVisible(k == DnsName);
}

std::optional<FilterAddress> AddressPicker::value(QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<FilterAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    switch (m_kind->currentIndex()) {
    case MyAddress:
        return FilterAddress::me();
    case AnyAddress:
        return FilterAddress::any();
    case DnsServers:
        return FilterAddress::server(AddressKind::DnsServers);
    case WinsServers:
        return FilterAddress::server(AddressKind::WinsServers);
    case DhcpServer:
        return FilterAddress::server(AddressKind::DhcpServer);
    case DefaultGateway:
        return FilterAddress::server(AddressKind::DefaultGateway);
    case DnsName: {
        const QString name = m_dnsName->text().trimmed();
        if (name.isEmpty() || name.contains(u' '))
            return fail(tr("Enter a host name."));
        return FilterAddress::dns(name);
    }
    case AddressOrSubnet: {
        QString why;
        const auto a = parseAddress(m_address->text(), &why);
        if (!a || (a->kind != AddressKind::Host && a->kind != AddressKind::Subnet))
            return fail(
                tr("Enter an IP address (10.0.1.5) or a subnet (10.0.1.0/24 or 10.0.1.0/255.255.255.0)."));
        return a;
    }
    case AddressRange: {
        const auto first = IpAddress::parse(m_address->text().trimmed());
        const auto last = IpAddress::parse(m_rangeEnd->text().trimmed());
        if (!first || !last || first->family() != last->family() || *last < *first)
            return fail(tr("Enter the first and the last address of the range, of the same IP version."));
        return FilterAddress::range(*first, *last);
    }
    default:
        return fail(tr("Choose an address."));
    }
}

void AddressPicker::setValue(const FilterAddress &a)
{
    switch (a.kind) {
    case AddressKind::Me:
        m_kind->setCurrentIndex(MyAddress);
        break;
    case AddressKind::Any:
        m_kind->setCurrentIndex(AnyAddress);
        break;
    case AddressKind::DnsName:
        m_kind->setCurrentIndex(DnsName);
        m_dnsName->setText(a.dnsName);
        break;
    case AddressKind::Host:
    case AddressKind::Subnet:
        m_kind->setCurrentIndex(AddressOrSubnet);
        m_address->setText(formatAddress(a));
        break;
    case AddressKind::Range:
        m_kind->setCurrentIndex(AddressRange);
        m_address->setText(a.address.toString());
        m_rangeEnd->setText(a.second.toString());
        break;
    case AddressKind::DnsServers:
        m_kind->setCurrentIndex(DnsServers);
        break;
    case AddressKind::WinsServers:
        m_kind->setCurrentIndex(WinsServers);
        break;
    case AddressKind::DhcpServer:
        m_kind->setCurrentIndex(DhcpServer);
        break;
    case AddressKind::DefaultGateway:
        m_kind->setCurrentIndex(DefaultGateway);
        break;
    }
}

// ---- ProtocolPicker ----

ProtocolPicker::ProtocolPicker(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox), m_number(new QSpinBox)
{
    for (const auto &[name, number] : wizardProtocols())
        m_combo->addItem(name, number);
    m_number->setRange(0, 255);
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("Select a &protocol type:"), m_combo);
    form->addRow(tr("Set the IP protocol &number:"), m_number);
    const auto sync = [this] {
        const int n = m_combo->currentData().toInt();
        m_number->setEnabled(n < 0);
        if (n >= 0)
            m_number->setValue(n);
        emit changed();
    };
    connect(m_combo, &QComboBox::currentIndexChanged, this, sync);
    connect(m_number, &QSpinBox::valueChanged, this, &ProtocolPicker::changed);
    sync();
}

std::uint8_t ProtocolPicker::protocol() const
{
    return static_cast<std::uint8_t>(m_number->value());
}

void ProtocolPicker::setProtocol(std::uint8_t p)
{
    const int index = m_combo->findData(static_cast<int>(p));
    m_combo->setCurrentIndex(index >= 0 ? index : m_combo->findData(-1));
    m_number->setValue(p);
}

// ---- PortPicker ----

PortPicker::PortPicker(QWidget *parent)
    : QWidget(parent), m_fromAny(new QRadioButton(tr("From &any port"))),
      m_fromThis(new QRadioButton(tr("&From this port:"))), m_fromPort(new QSpinBox),
      m_toAny(new QRadioButton(tr("To any p&ort"))), m_toThis(new QRadioButton(tr("&To this port:"))),
      m_toPort(new QSpinBox)
{
    for (QSpinBox *s : {m_fromPort, m_toPort})
        s->setRange(1, 65535);
    auto *from = new QGroupBox(tr("Source port"));
    auto *fromLayout = new QVBoxLayout(from);
    fromLayout->addWidget(m_fromAny);
    fromLayout->addWidget(m_fromThis);
    fromLayout->addWidget(m_fromPort);
    auto *to = new QGroupBox(tr("Destination port"));
    auto *toLayout = new QVBoxLayout(to);
    toLayout->addWidget(m_toAny);
    toLayout->addWidget(m_toThis);
    toLayout->addWidget(m_toPort);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(from);
    layout->addWidget(to);
    m_fromAny->setChecked(true);
    m_toAny->setChecked(true);
    const auto sync = [this] {
        m_fromPort->setEnabled(m_fromThis->isChecked());
        m_toPort->setEnabled(m_toThis->isChecked());
    };
    connect(m_fromThis, &QRadioButton::toggled, this, sync);
    connect(m_toThis, &QRadioButton::toggled, this, sync);
    sync();
}

PortRange PortPicker::sourcePort() const
{
    return m_fromThis->isChecked() ? PortRange::single(static_cast<std::uint16_t>(m_fromPort->value()))
                                   : PortRange::any();
}

PortRange PortPicker::destinationPort() const
{
    return m_toThis->isChecked() ? PortRange::single(static_cast<std::uint16_t>(m_toPort->value()))
                                 : PortRange::any();
}

void PortPicker::setPorts(const PortRange &source, const PortRange &destination)
{
    (source.isAny() ? m_fromAny : m_fromThis)->setChecked(true);
    if (!source.isAny())
        m_fromPort->setValue(source.first);
    (destination.isAny() ? m_toAny : m_toThis)->setChecked(true);
    if (!destination.isAny())
        m_toPort->setValue(destination.first);
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
    ahForm->addRow(tr("Integrity algorithm:"), m_ahIntegrity);
    layout->addLayout(ahForm);
    layout->addWidget(m_esp);
    auto *espForm = new QFormLayout;
    espForm->addRow(tr("Integrity algorithm:"), m_espIntegrity);
    espForm->addRow(tr("Encryption algorithm:"), m_espEncryption);
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
