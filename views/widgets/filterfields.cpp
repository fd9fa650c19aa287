#include "filterfields.h"

#include "core/enumnames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ipsec {
namespace {

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

AddressPicker::Choice choiceFor(AddressKind kind)
{
    switch (kind) {
    case AddressKind::Me:
        return AddressPicker::MyAddress;
    case AddressKind::Any:
        return AddressPicker::AnyAddress;
    case AddressKind::DnsName:
        return AddressPicker::DnsName;
    case AddressKind::Host:
    case AddressKind::Subnet:
        return AddressPicker::AddressOrSubnet;
    case AddressKind::Range:
        return AddressPicker::AddressRange;
    case AddressKind::DnsServers:
        return AddressPicker::DnsServers;
    case AddressKind::WinsServers:
        return AddressPicker::WinsServers;
    case AddressKind::DhcpServer:
        return AddressPicker::DhcpServer;
    case AddressKind::DefaultGateway:
        return AddressPicker::DefaultGateway;
    }
    return AddressPicker::AnyAddress;
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

// ---- AddressPicker ----

AddressPicker::AddressPicker(Side side, QWidget *parent)
    : QWidget(parent), m_side(side), m_kind(new QComboBox), m_addressLabel(new QLabel),
      m_address(new QLineEdit), m_rangeEndLabel(new QLabel), m_rangeEnd(new QLineEdit),
      m_dnsNameLabel(new QLabel), m_dnsName(new QLineEdit)
{
    const bool source = side == Source;
    const QString prefix = source ? QStringLiteral("source") : QStringLiteral("destination");
    m_kind->setObjectName(prefix + QStringLiteral("Kind"));
    m_address->setObjectName(prefix + QStringLiteral("Address"));
    m_rangeEnd->setObjectName(prefix + QStringLiteral("RangeEnd"));
    m_dnsName->setObjectName(prefix + QStringLiteral("DnsName"));
    m_kind->addItems({tr("My IP Address"), tr("Any IP Address"), tr("A specific DNS Name"),
                      tr("A specific IP Address or Subnet"), tr("A specific IP Address range"),
                      tr("DNS Servers <dynamic>"), tr("WINS Servers <dynamic>"), tr("DHCP Server <dynamic>"),
                      tr("Default Gateway <dynamic>")});
    m_address->setPlaceholderText(QStringLiteral("10.0.1.0/24"));
    m_rangeEnd->setPlaceholderText(QStringLiteral("10.0.1.99"));
    m_dnsName->setPlaceholderText(QStringLiteral("host1.ipsectest.com"));
    // The two sides share the filter editor's Addresses tab, so each has its own accelerators (and none of
    // the wizard's Back and Next).
    auto *kindLabel = new QLabel(source ? tr("Source &address:") : tr("Destination add&ress:"));
    m_rangeEndLabel->setText(source ? tr("&Ending IP address:") : tr("En&ding IP address:"));
    m_dnsNameLabel->setText(source ? tr("&Host name:") : tr("H&ost name:"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(kindLabel, m_kind);
    form->addRow(m_dnsNameLabel, m_dnsName);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_rangeEndLabel, m_rangeEnd);
    kindLabel->setBuddy(m_kind);
    m_addressLabel->setBuddy(m_address);
    m_rangeEndLabel->setBuddy(m_rangeEnd);
    m_dnsNameLabel->setBuddy(m_dnsName);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed(QString());
    });
    connect(m_address, &QLineEdit::textChanged, this, [this] { emit changed(QStringLiteral("address")); });
    connect(m_rangeEnd, &QLineEdit::textChanged, this, [this] { emit changed(QStringLiteral("rangeEnd")); });
    connect(m_dnsName, &QLineEdit::textChanged, this, [this] { emit changed(QStringLiteral("dnsName")); });
    updateVisibility();
}

void AddressPicker::updateVisibility()
{
    const int k = m_kind->currentIndex();
    const bool source = m_side == Source;
    const bool address = k == AddressOrSubnet || k == AddressRange;
    if (k == AddressRange)
        m_addressLabel->setText(source ? tr("&Starting IP address:") : tr("S&tarting IP address:"));
    else
        m_addressLabel->setText(source ? tr("IP address or &subnet:") : tr("IP address or s&ubnet:"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_addressLabel, m_address})
        w->setVisible(address);
    for (QWidget *w : std::initializer_list<QWidget *>{m_rangeEndLabel, m_rangeEnd})
        w->setVisible(k == AddressRange);
    for (QWidget *w : std::initializer_list<QWidget *>{m_dnsNameLabel, m_dnsName})
        w->setVisible(k == DnsName);
}

void AddressPicker::mark(QLineEdit *edit, const QString &why) const
{
    // Only the mark this widget set is cleared: the editor's validation marks are its own.
    static const char *const kMarked = "addressPickerMark";
    if (why.isEmpty()) {
        if (edit->property(kMarked).toBool()) {
            edit->setStyleSheet(QString());
            edit->setToolTip(QString());
            edit->setProperty(kMarked, false);
        }
        return;
    }
    edit->setStyleSheet(QStringLiteral("border: 2px solid #d32f2f;"));
    edit->setToolTip(why);
    edit->setProperty(kMarked, true);
}

std::optional<FilterAddress> AddressPicker::value(QString *error) const
{
    const auto fail = [this, error](QLineEdit *edit, const QString &why) -> std::optional<FilterAddress> {
        if (edit)
            mark(edit, why);
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (QLineEdit *e : {m_address, m_rangeEnd, m_dnsName})
        mark(e, {});
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
    case DnsName:
        return FilterAddress::dns(m_dnsName->text().trimmed());
    case AddressOrSubnet: {
        const auto a = parseAddress(m_address->text());
        if (!a || (a->kind != AddressKind::Host && a->kind != AddressKind::Subnet))
            return fail(
                m_address,
                tr("Enter an IP address (10.0.1.5) or a subnet (10.0.1.0/24 or 10.0.1.0/255.255.255.0)."));
        return a;
    }
    case AddressRange: {
        const QString why = tr("Enter the first and the last address of the range, of the same IP version.");
        const auto first = IpAddress::parse(m_address->text().trimmed());
        if (!first)
            return fail(m_address, why);
        const auto last = IpAddress::parse(m_rangeEnd->text().trimmed());
        if (!last)
            return fail(m_rangeEnd, why);
        return FilterAddress::range(*first, *last);
    }
    default:
        return fail(nullptr, tr("Choose an address."));
    }
}

std::optional<FilterAddress> AddressPicker::completeValue(QString *error) const
{
    const auto a = value(error);
    const auto fail = [error](const QString &why) -> std::optional<FilterAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (a && a->kind == AddressKind::DnsName && (a->dnsName.isEmpty() || a->dnsName.contains(u' '))) {
        mark(m_dnsName, tr("Enter a host name."));
        return fail(tr("Enter a host name."));
    }
    if (a && a->kind == AddressKind::Range &&
        (a->address.family() != a->second.family() || a->second < a->address)) {
        const QString why = tr("Enter the first and the last address of the range, of the same IP version.");
        mark(m_rangeEnd, why);
        return fail(why);
    }
    return a;
}

void AddressPicker::setValue(const FilterAddress &a)
{
    for (QLineEdit *e : {m_address, m_rangeEnd, m_dnsName})
        mark(e, {});
    const Choice choice = choiceFor(a.kind);
    if (m_kind->currentIndex() != choice)
        m_kind->setCurrentIndex(choice);
    switch (a.kind) {
    case AddressKind::DnsName:
        setTextIfDifferent(m_dnsName, a.dnsName);
        break;
    case AddressKind::Host:
    case AddressKind::Subnet:
        // "10.0.1.0/255.255.255.0" stays as typed while it means the same subnet.
        if (parseAddress(m_address->text()) != a)
            m_address->setText(formatAddress(a));
        break;
    case AddressKind::Range:
        if (IpAddress::parse(m_address->text().trimmed()) != a.address)
            m_address->setText(a.address.toString());
        if (IpAddress::parse(m_rangeEnd->text().trimmed()) != a.second)
            m_rangeEnd->setText(a.second.toString());
        break;
    default:
        break;
    }
}

// ---- ProtocolPicker ----

ProtocolPicker::ProtocolPicker(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox), m_number(new QSpinBox)
{
    m_combo->setObjectName(QStringLiteral("protocol"));
    m_number->setObjectName(QStringLiteral("protocolNumber"));
    for (const auto &[name, number] : wizardProtocols())
        m_combo->addItem(name, number);
    m_number->setRange(0, 255);
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("&Select a protocol type:"), m_combo);
    form->addRow(tr("Set the IP protocol nu&mber:"), m_number);
    const auto sync = [this] {
        const int n = m_combo->currentData().toInt();
        m_number->setEnabled(n < 0);
        if (n >= 0) {
            const QSignalBlocker quiet(m_number); // one change, reported once below
            m_number->setValue(n);
        }
    };
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this, sync] {
        sync();
        emit changed(QString());
    });
    connect(m_number, &QSpinBox::valueChanged, this, [this] { emit changed(QStringLiteral("protocol")); });
    sync();
}

std::uint8_t ProtocolPicker::protocol() const
{
    return static_cast<std::uint8_t>(m_number->value());
}

bool ProtocolPicker::carriesPorts() const
{
    const std::uint8_t p = protocol();
    return p == protocol::Tcp || p == protocol::Udp;
}

void ProtocolPicker::setProtocol(std::uint8_t p)
{
    const int index = m_combo->findData(static_cast<int>(p));
    const int wanted = index >= 0 ? index : m_combo->findData(-1);
    if (m_combo->currentIndex() != wanted)
        m_combo->setCurrentIndex(wanted);
    if (m_number->value() != p)
        m_number->setValue(p);
}

// ---- PortPicker ----

PortPicker::PortPicker(QWidget *parent)
    : QWidget(parent), m_fromAny(new QRadioButton(tr("From &any port"))),
      m_fromThis(new QRadioButton(tr("From t&his port:"))), m_fromPort(new QSpinBox),
      m_fromLast(new QSpinBox), m_toAny(new QRadioButton(tr("To an&y port"))),
      m_toThis(new QRadioButton(tr("T&o this port:"))), m_toPort(new QSpinBox), m_toLast(new QSpinBox)
{
    const auto side = [this](const QString &title, const QString &prefix, QRadioButton *any,
                             QRadioButton *one, QSpinBox *first, QSpinBox *last, const QString &lastText) {
        any->setObjectName(prefix + QStringLiteral("Any"));
        one->setObjectName(prefix + QStringLiteral("Specific"));
        first->setObjectName(prefix);
        last->setObjectName(prefix + QStringLiteral("Last"));
        first->setRange(1, 65535);
        last->setRange(0, 65535);
        last->setSpecialValueText(tr("(single port)"));
        auto *box = new QGroupBox(title, this);
        auto *lastLabel = new QLabel(lastText, box);
        lastLabel->setBuddy(last);
        auto *row = new QHBoxLayout(box);
        for (QWidget *w : std::initializer_list<QWidget *>{any, one, first, lastLabel, last})
            row->addWidget(w);
        row->addStretch();
        any->setChecked(true);
        connect(any, &QRadioButton::toggled, this, [this](bool on) {
            updateEnabled();
            if (on)
                emit changed(QString());
        });
        connect(one, &QRadioButton::toggled, this, [this](bool on) {
            updateEnabled();
            if (on)
                emit changed(QString());
        });
        for (QSpinBox *s : {first, last})
            connect(s, &QSpinBox::valueChanged, this, [this] { emit changed(QStringLiteral("ports")); });
        return box;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(side(tr("Source port"), QStringLiteral("sourcePort"), m_fromAny, m_fromThis, m_fromPort,
                           m_fromLast, tr("thro&ugh port:")));
    layout->addWidget(side(tr("Destination port"), QStringLiteral("destinationPort"), m_toAny, m_toThis,
                           m_toPort, m_toLast, tr("throu&gh port:")));
    updateEnabled();
}

void PortPicker::updateEnabled()
{
    m_fromPort->setEnabled(m_fromThis->isChecked());
    m_fromLast->setEnabled(m_fromThis->isChecked());
    m_toPort->setEnabled(m_toThis->isChecked());
    m_toLast->setEnabled(m_toThis->isChecked());
}

namespace {

PortRange portsOf(const QRadioButton *one, const QSpinBox *first, const QSpinBox *last)
{
    if (!one->isChecked())
        return PortRange::any();
    const auto from = static_cast<std::uint16_t>(first->value());
    const auto to = static_cast<std::uint16_t>(last->value());
    return PortRange{from, to == 0 ? from : to};
}

void showPorts(const PortRange &p, QRadioButton *any, QRadioButton *one, QSpinBox *first, QSpinBox *last)
{
    (p.isAny() ? any : one)->setChecked(true);
    if (p.isAny())
        return;
    if (first->value() != p.first)
        first->setValue(p.first);
    const int end = p.isRange() ? p.last : 0;
    if (last->value() != end)
        last->setValue(end);
}

} // namespace

PortRange PortPicker::sourcePort() const
{
    return portsOf(m_fromThis, m_fromPort, m_fromLast);
}

PortRange PortPicker::destinationPort() const
{
    return portsOf(m_toThis, m_toPort, m_toLast);
}

void PortPicker::setPorts(const PortRange &source, const PortRange &destination)
{
    showPorts(source, m_fromAny, m_fromThis, m_fromPort, m_fromLast);
    showPorts(destination, m_toAny, m_toThis, m_toPort, m_toLast);
}

} // namespace ipsec
