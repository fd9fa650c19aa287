#include "ipfilterwizard.h"

#include "wizardwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QString wizardName()
{
    return QObject::tr("IP Filter");
}

class FilterDescriptionPage : public QWizardPage {
public:
    FilterDescriptionPage()
    {
        setTitle(tr("IP Filter Description and Mirrored property"));
        setSubTitle(
            tr("Use the Description field to specify a name or a detailed explanation of the IP filter."));
        auto *description = new QPlainTextEdit;
        description->setTabChangesFocus(true);
        auto *mirrored = new QCheckBox(
            tr("&Mirrored. Match packets with the exact opposite source and destination addresses."));
        mirrored->setChecked(true);
        auto *label = new QLabel(tr("&Description:"));
        label->setBuddy(description);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(label);
        layout->addWidget(description);
        layout->addWidget(mirrored);
        registerField(QStringLiteral("description"), description, "plainText", SIGNAL(textChanged()));
        registerField(QStringLiteral("mirrored"), mirrored);
    }
};

class AddressPage : public QWizardPage {
public:
    // `other` is the source picker on the destination page: a server keyword needs "me" on the other side.
    AddressPage(const QString &title, const QString &prefix, AddressPicker *picker,
                const AddressPicker *other)
        : m_picker(picker), m_other(other), m_problem(new QLabel)
    {
        setTitle(title);
        setSubTitle(prefix == QLatin1String("source")
                        ? tr("Specify the source address of the IP traffic.")
                        : tr("Specify the destination address of the IP traffic."));
        m_problem->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(picker);
        layout->addWidget(m_problem);
        layout->addStretch();
        registerField(prefix + QStringLiteral("Kind"), picker->kindCombo());
        registerField(prefix + QStringLiteral("Address"), picker->addressEdit());
        registerField(prefix + QStringLiteral("RangeEnd"), picker->rangeEndEdit());
        registerField(prefix + QStringLiteral("DnsName"), picker->dnsNameEdit());
        connect(picker, &AddressPicker::changed, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        // The picker shows its own field problems (the editor's checks and codes) under its fields.
        QString why;
        const auto value = m_picker->completeValue();
        if (value && m_other) {
            const auto other = m_other->completeValue();
            if (other && (value->isServerKeyword() || other->isServerKeyword()) &&
                !(value->kind == AddressKind::Me || other->kind == AddressKind::Me))
                why = tr("When one side is a server (DNS, WINS, DHCP, gateway), the other side must be My IP "
                         "Address.");
        }
        m_problem->setText(why);
        return value && why.isEmpty();
    }

private:
    AddressPicker *m_picker;
    const AddressPicker *m_other;
    QLabel *m_problem;
};

class FilterProtocolPage : public QWizardPage {
public:
    explicit FilterProtocolPage(ProtocolPicker *picker)
    {
        setTitle(tr("IP Protocol Type"));
        setSubTitle(
            tr("Select the IP protocol type. If this is a TCP or UDP protocol type, you will also specify "
               "the source and destination port."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(picker);
        layout->addStretch();
        registerField(QStringLiteral("protocolIndex"), picker->combo());
        registerField(QStringLiteral("protocolNumber"), picker->numberBox());
    }
};

class FilterPortPage : public QWizardPage {
public:
    explicit FilterPortPage(PortPicker *picker) : m_picker(picker)
    {
        setTitle(tr("IP Protocol Port"));
        setSubTitle(tr("Set the IP protocol port. Many IP protocols use well-known ports."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(picker);
        layout->addStretch();
        registerField(QStringLiteral("fromThisPort"), picker->fromThisPort());
        registerField(QStringLiteral("sourcePort"), picker->fromPortBox());
        registerField(QStringLiteral("toThisPort"), picker->toThisPort());
        registerField(QStringLiteral("destinationPort"), picker->toPortBox());
        connect(picker, &PortPicker::changed, this, &QWizardPage::completeChanged);
    }
    // "70000" keeps Next disabled and says that ports go up to 65535.
    bool isComplete() const override { return m_picker->isAcceptable(); }

private:
    PortPicker *m_picker;
};

} // namespace

IpFilterWizard::IpFilterWizard(QWidget *parent)
    : QWizard(parent), m_id(newId()), m_source(new AddressPicker(AddressPicker::Source)),
      m_destination(new AddressPicker(AddressPicker::Destination)), m_protocol(new ProtocolPicker),
      m_ports(new PortPicker)
{
    setWindowTitle(tr("IP Filter Wizard"));
    m_source->kindCombo()->setCurrentIndex(AddressPicker::MyAddress);
    m_destination->kindCombo()->setCurrentIndex(AddressPicker::AnyAddress);
    setPage(WelcomePage,
            makeWelcomePage(wizardName(), tr("This wizard helps you provide the source, destination "
                                             "and traffic type information of an IP filter.")));
    setPage(DescriptionPage, new FilterDescriptionPage);
    setPage(SourcePage,
            new AddressPage(tr("IP Traffic Source"), QStringLiteral("source"), m_source, nullptr));
    setPage(DestinationPage, new AddressPage(tr("IP Traffic Destination"), QStringLiteral("destination"),
                                             m_destination, m_source));
    setPage(ProtocolPage, new FilterProtocolPage(m_protocol));
    setPage(PortPage, new FilterPortPage(m_ports));
    setPage(CompletionPage,
            makeCompletionPage(wizardName(), tr("You have successfully completed specifying the "
                                                "properties for your new IP filter.")));
}

int IpFilterWizard::nextId() const
{
    if (currentId() == ProtocolPage) {
        const std::uint8_t p = m_protocol->protocol();
        return p == protocol::Tcp || p == protocol::Udp ? PortPage : CompletionPage;
    }
    return QWizard::nextId();
}

Filter IpFilterWizard::filter() const
{
    Filter f;
    f.id = m_id;
    f.description = field(QStringLiteral("description")).toString();
    f.mirrored = field(QStringLiteral("mirrored")).toBool();
    f.source = m_source->completeValue().value_or(FilterAddress::me());
    f.destination = m_destination->completeValue().value_or(FilterAddress::any());
    f.protocol = m_protocol->protocol();
    if (f.protocol == protocol::Tcp || f.protocol == protocol::Udp) {
        f.sourcePort = m_ports->sourcePort();
        f.destinationPort = m_ports->destinationPort();
    }
    return f;
}

WizardResult IpFilterWizard::result(const QUuid &filterListId) const
{
    WizardResult r;
    r.newFilter = std::pair{filterListId, filter()};
    r.editPropertiesAfterwards = field(QStringLiteral("editProperties")).toBool();
    return r;
}

} // namespace ipsec
