#include "filterfields.h"

#include "core/enumnames.h"
#include "fieldcommit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
      m_dnsNameLabel(new QLabel), m_dnsName(new QLineEdit), m_problem(new QLabel)
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
    // The inline message of a refused text: the field keeps the text, this line says what is wrong.
    m_problem->setObjectName(prefix + QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    form->addRow(QString(), m_problem);
    kindLabel->setBuddy(m_kind);
    m_addressLabel->setBuddy(m_address);
    m_rangeEndLabel->setBuddy(m_rangeEnd);
    m_dnsNameLabel->setBuddy(m_dnsName);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed(QString());
        if (m_commitWhenFinished)
            emit finished(QString());
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

void AddressPicker::commitWhenFinished()
{
    m_commitWhenFinished = true;
    for (const auto &[edit, field] :
         {std::pair{m_address, QStringLiteral("address")}, std::pair{m_rangeEnd, QStringLiteral("rangeEnd")},
          std::pair{m_dnsName, QStringLiteral("dnsName")}}) {
        auto *committer = new FieldCommitter(edit);
        committer->setObjectName(QStringLiteral("committer"));
        connect(committer, &FieldCommitter::finished, this, [this, field] { emit finished(field); });
        connect(committer, &FieldCommitter::restoreRequested, this, &AddressPicker::restoreRequested);
    }
}

fieldcheck::Checked<FilterAddress> AddressPicker::check() const
{
    const QString side = m_side == Source ? QStringLiteral("source") : QStringLiteral("destination");
    fieldcheck::Checked<FilterAddress> result;
    switch (m_kind->currentIndex()) {
    case MyAddress:
        result.value = FilterAddress::me();
        break;
    case AnyAddress:
        result.value = FilterAddress::any();
        break;
    case DnsServers:
        result.value = FilterAddress::server(AddressKind::DnsServers);
        break;
    case WinsServers:
        result.value = FilterAddress::server(AddressKind::WinsServers);
        break;
    case DhcpServer:
        result.value = FilterAddress::server(AddressKind::DhcpServer);
        break;
    case DefaultGateway:
        result.value = FilterAddress::server(AddressKind::DefaultGateway);
        break;
    case DnsName: {
        const auto name = fieldcheck::hostName(m_dnsName->text(), side + QStringLiteral(".dnsName"));
        // An unfinished host name still names a host: the editor commits it and the validator judges it.
        result.value = FilterAddress::dns(m_dnsName->text().trimmed());
        result.problems = name.problems;
        break;
    }
    case AddressOrSubnet:
        result = fieldcheck::addressOrSubnet(m_address->text(), side + QStringLiteral(".address"));
        break;
    case AddressRange:
        result = fieldcheck::addressRange(m_address->text(), m_rangeEnd->text(), side);
        break;
    default:
        break;
    }
    // Each field shows the problems that name it; the first one also reads under the fields.
    Findings address, rangeEnd, dnsName;
    for (const Finding &f : std::as_const(result.problems)) {
        const QString field = f.location.field;
        (field.endsWith(QStringLiteral(".rangeEnd"))  ? rangeEnd
         : field.endsWith(QStringLiteral(".dnsName")) ? dnsName
                                                      : address)
            .append(f);
    }
    markField(m_address, address);
    markField(m_rangeEnd, rangeEnd);
    markField(m_dnsName, dnsName);
    m_problem->setText(result.message());
    m_problem->setVisible(!result.problems.isEmpty());
    return result;
}

std::optional<FilterAddress> AddressPicker::value(QString *error) const
{
    const auto checked = check();
    if (!checked.ok() && error)
        *error = checked.message();
    return checked.value;
}

std::optional<FilterAddress> AddressPicker::completeValue(QString *error) const
{
    const auto checked = check();
    if (!checked.acceptable()) {
        if (error)
            *error = checked.message();
        return std::nullopt;
    }
    return checked.value;
}

void AddressPicker::setValue(const FilterAddress &a, bool restore)
{
    const Choice choice = choiceFor(a.kind);
    if (m_kind->currentIndex() != choice)
        m_kind->setCurrentIndex(choice);
    // Text the user typed and the checks refused stays until it is fixed or restored.
    const bool keepTyped = !restore && !check().ok();
    switch (a.kind) {
    case AddressKind::DnsName:
        if (!keepTyped || restore)
            setTextIfDifferent(m_dnsName, a.dnsName);
        break;
    case AddressKind::Host:
    case AddressKind::Subnet:
        // "10.0.1.0/255.255.255.0" stays as typed while it means the same subnet.
        if (!keepTyped && parseAddress(m_address->text()) != a)
            m_address->setText(formatAddress(a));
        break;
    case AddressKind::Range:
        if (keepTyped)
            break;
        if (IpAddress::parse(m_address->text().trimmed()) != a.address)
            m_address->setText(a.address.toString());
        if (IpAddress::parse(m_rangeEnd->text().trimmed()) != a.second)
            m_rangeEnd->setText(a.second.toString());
        break;
    default:
        break;
    }
    check();
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

void ProtocolPicker::commitWhenFinished()
{
    // The number box then reports a number once it is finished, not at every keystroke.
    auto *committer = new FieldCommitter(m_number);
    committer->setObjectName(QStringLiteral("committer"));
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
      m_fromThis(new QRadioButton(tr("From t&his port:"))), m_fromPort(new QLineEdit),
      m_fromLast(new QLineEdit), m_toAny(new QRadioButton(tr("To an&y port"))),
      m_toThis(new QRadioButton(tr("T&o this port:"))), m_toPort(new QLineEdit), m_toLast(new QLineEdit),
      m_problem(new QLabel)
{
    const auto side = [this](const QString &title, const QString &prefix, QRadioButton *any,
                             QRadioButton *one, QLineEdit *first, QLineEdit *last, const QString &lastText) {
        any->setObjectName(prefix + QStringLiteral("Any"));
        one->setObjectName(prefix + QStringLiteral("Specific"));
        first->setObjectName(prefix);
        last->setObjectName(prefix + QStringLiteral("Last"));
        for (QLineEdit *e : {first, last})
            e->setMaximumWidth(90);
        first->setPlaceholderText(QStringLiteral("8080"));
        last->setPlaceholderText(tr("(single port)"));
        auto *box = new QGroupBox(title, this);
        auto *lastLabel = new QLabel(lastText, box);
        lastLabel->setBuddy(last);
        auto *row = new QHBoxLayout(box);
        for (QWidget *w : std::initializer_list<QWidget *>{any, one, first, lastLabel, last})
            row->addWidget(w);
        row->addStretch();
        any->setChecked(true);
        for (QRadioButton *b : {any, one})
            connect(b, &QRadioButton::toggled, this, [this](bool on) {
                updateEnabled();
                if (on) {
                    emit changed(QString());
                    emit finished(QString());
                }
            });
        for (QLineEdit *e : {first, last})
            connect(e, &QLineEdit::textChanged, this, [this, prefix] { emit changed(prefix); });
        return box;
    };
    m_problem->setObjectName(QStringLiteral("portProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(side(tr("Source port"), QStringLiteral("sourcePort"), m_fromAny, m_fromThis, m_fromPort,
                           m_fromLast, tr("thro&ugh port:")));
    layout->addWidget(side(tr("Destination port"), QStringLiteral("destinationPort"), m_toAny, m_toThis,
                           m_toPort, m_toLast, tr("throu&gh port:")));
    layout->addWidget(m_problem);
    updateEnabled();
}

void PortPicker::commitWhenFinished()
{
    for (const auto &[edit, field] : {std::pair{m_fromPort, QStringLiteral("sourcePort")},
                                      std::pair{m_fromLast, QStringLiteral("sourcePort")},
                                      std::pair{m_toPort, QStringLiteral("destinationPort")},
                                      std::pair{m_toLast, QStringLiteral("destinationPort")}}) {
        auto *committer = new FieldCommitter(edit);
        committer->setObjectName(QStringLiteral("committer"));
        connect(committer, &FieldCommitter::finished, this, [this, field] { emit finished(field); });
        connect(committer, &FieldCommitter::restoreRequested, this, &PortPicker::restoreRequested);
    }
}

void PortPicker::updateEnabled()
{
    m_fromPort->setEnabled(m_fromThis->isChecked());
    m_fromLast->setEnabled(m_fromThis->isChecked());
    m_toPort->setEnabled(m_toThis->isChecked());
    m_toLast->setEnabled(m_toThis->isChecked());
}

fieldcheck::Checked<PortRange> PortPicker::checkSide(bool source) const
{
    QRadioButton *one = source ? m_fromThis : m_toThis;
    QLineEdit *first = source ? m_fromPort : m_toPort;
    QLineEdit *last = source ? m_fromLast : m_toLast;
    fieldcheck::Checked<PortRange> result{PortRange::any(), {}};
    if (one->isChecked())
        result =
            fieldcheck::portRange(first->text(), last->text(),
                                  source ? QStringLiteral("sourcePort") : QStringLiteral("destinationPort"));
    Findings firstProblems, lastProblems;
    for (const Finding &f : std::as_const(result.problems))
        (f.location.field.endsWith(QStringLiteral(".last")) ? lastProblems : firstProblems).append(f);
    markField(first, firstProblems);
    markField(last, lastProblems);
    return result;
}

fieldcheck::Checked<PortRange> PortPicker::checkSource() const
{
    return checkSide(true);
}

fieldcheck::Checked<PortRange> PortPicker::checkDestination() const
{
    return checkSide(false);
}

bool PortPicker::isAcceptable() const
{
    const auto source = checkSource();
    const auto destination = checkDestination();
    const Findings problems = source.problems + destination.problems;
    m_problem->setText(problems.isEmpty() ? QString() : problems.front().message);
    m_problem->setVisible(!problems.isEmpty());
    return source.acceptable() && destination.acceptable();
}

PortRange PortPicker::sourcePort() const
{
    return checkSource().value.value_or(PortRange::any());
}

PortRange PortPicker::destinationPort() const
{
    return checkDestination().value.value_or(PortRange::any());
}

namespace {

void showPorts(const PortRange &p, QRadioButton *any, QRadioButton *one, QLineEdit *first, QLineEdit *last,
               bool keepTyped)
{
    (p.isAny() ? any : one)->setChecked(true);
    if (p.isAny() || keepTyped)
        return;
    // "08080" stays as typed while it means the same port.
    if (first->text().trimmed().toInt() != p.first || first->text().trimmed().isEmpty())
        first->setText(QString::number(p.first));
    const QString end = p.isRange() ? QString::number(p.last) : QString();
    const bool sameEnd =
        end.isEmpty() ? last->text().trimmed().isEmpty() : last->text().trimmed().toInt() == p.last;
    if (!sameEnd)
        last->setText(end);
}

} // namespace

void PortPicker::setPorts(const PortRange &source, const PortRange &destination, bool restore)
{
    const bool keepSource = !restore && !checkSource().ok();
    const bool keepDestination = !restore && !checkDestination().ok();
    showPorts(source, m_fromAny, m_fromThis, m_fromPort, m_fromLast, keepSource);
    showPorts(destination, m_toAny, m_toThis, m_toPort, m_toLast, keepDestination);
    isAcceptable();
}

FilterFieldTabs::FilterFieldTabs(const QString &mirroredText, const QString &descriptionLabel,
                                 QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("tabs"));
    auto *addresses = new QWidget(this);
    m_source = new AddressPicker(AddressPicker::Source, addresses);
    m_destination = new AddressPicker(AddressPicker::Destination, addresses);
    m_mirrored = new QCheckBox(mirroredText, addresses);
    m_mirrored->setObjectName(QStringLiteral("mirrored"));
    auto *addressLayout = new QVBoxLayout(addresses);
    addressLayout->addWidget(m_source);
    addressLayout->addWidget(m_destination);
    addressLayout->addWidget(m_mirrored);
    addressLayout->addStretch();
    addTab(addresses, tr("Addresses"));

    auto *protocolPage = new QWidget(this);
    m_protocol = new ProtocolPicker(protocolPage);
    m_ports = new PortPicker(protocolPage);
    auto *protocolLayout = new QVBoxLayout(protocolPage);
    protocolLayout->addWidget(m_protocol);
    protocolLayout->addWidget(m_ports);
    protocolLayout->addStretch();
    addTab(protocolPage, tr("Protocol"));

    auto *descriptionPage = new QWidget(this);
    m_description = new QPlainTextEdit(descriptionPage);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    auto *label = new QLabel(descriptionLabel, descriptionPage);
    label->setBuddy(m_description);
    auto *descriptionLayout = new QVBoxLayout(descriptionPage);
    descriptionLayout->addWidget(label);
    descriptionLayout->addWidget(m_description);
    addTab(descriptionPage, tr("Description"));
    connect(m_protocol, &ProtocolPicker::changed, this, &FilterFieldTabs::syncPortsWithProtocol);
}

void FilterFieldTabs::syncPortsWithProtocol()
{
    m_ports->setEnabled(m_protocol->carriesPorts());
}

} // namespace ipsec
