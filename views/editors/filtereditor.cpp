#include "filtereditor.h"

#include "core/policystore.h"
#include "editorwidgets.h"
#include "filtertablemodel.h"
#include "methoddialogs.h"
#include "undocommands.h"
#include "validation/fieldcheck.h"
#include "widgets/fieldcommit.h"
#include "widgets/filterfields.h"
#include "widgets/keyboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ipsec {

using namespace editing;

FilterEditor::FilterEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::Filter, parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    // Addresses.
    auto *addresses = new QWidget(tabs);
    m_source = new AddressPicker(AddressPicker::Source, addresses);
    m_destination = new AddressPicker(AddressPicker::Destination, addresses);
    m_mirrored = new QCheckBox(
        tr("&Mirrored. Match packets with the exact opposite source and\ndestination addresses."), addresses);
    m_mirrored->setObjectName(QStringLiteral("mirrored"));
    auto *addressLayout = new QVBoxLayout(addresses);
    addressLayout->addWidget(m_source);
    addressLayout->addWidget(m_destination);
    addressLayout->addWidget(m_mirrored);
    addressLayout->addStretch();
    tabs->addTab(addresses, tr("Addresses"));
    // Protocol.
    auto *protocolPage = new QWidget(tabs);
    m_protocol = new ProtocolPicker(protocolPage);
    m_ports = new PortPicker(protocolPage);
    auto *protocolLayout = new QVBoxLayout(protocolPage);
    protocolLayout->addWidget(m_protocol);
    protocolLayout->addWidget(m_ports);
    protocolLayout->addStretch();
    const int protocolTab = tabs->addTab(protocolPage, tr("Protocol"));
    // Description.
    auto *descriptionPage = new QWidget(tabs);
    m_description = new QPlainTextEdit(descriptionPage);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    auto *descriptionLabel =
        new QLabel(tr("Use the &Description field to name or explain the filter."), descriptionPage);
    descriptionLabel->setBuddy(m_description);
    auto *descriptionLayout = new QVBoxLayout(descriptionPage);
    descriptionLayout->addWidget(descriptionLabel);
    descriptionLayout->addWidget(m_description);
    const int descriptionTab = tabs->addTab(descriptionPage, tr("Description"));

    m_listInfo = new QLabel(this);
    pageLayout()->addWidget(heading(tr("IP Filter Properties"), this));
    pageLayout()->addWidget(m_listInfo);
    pageLayout()->addWidget(tabs, 1);

    // The validator's field names; a subnet's mask is typed with its address.
    for (const auto &[side, picker] : {std::pair{QStringLiteral("source"), m_source},
                                       std::pair{QStringLiteral("destination"), m_destination}}) {
        registerField(side, picker->kindCombo(), tabs, 0);
        registerField(side + QStringLiteral(".address"), picker->addressEdit(), tabs, 0);
        registerField(side + QStringLiteral(".mask"), picker->addressEdit(), tabs, 0);
        registerField(side + QStringLiteral(".second"), picker->rangeEndEdit(), tabs, 0);
        registerField(side + QStringLiteral(".rangeEnd"), picker->rangeEndEdit(), tabs, 0);
        registerField(side + QStringLiteral(".dnsName"), picker->dnsNameEdit(), tabs, 0);
    }
    registerField(QStringLiteral("mirrored"), m_mirrored, tabs, 0);
    registerField(QStringLiteral("protocol"), m_protocol->combo(), tabs, protocolTab);
    registerField(QStringLiteral("sourcePort"), m_ports->fromPortBox(), tabs, protocolTab);
    registerField(QStringLiteral("destinationPort"), m_ports->toPortBox(), tabs, protocolTab);
    registerField(QStringLiteral("description"), m_description, tabs, descriptionTab);

    // Typed fields reach the document once finished (Enter, focus out, a pause); Esc brings it back.
    m_source->commitWhenFinished();
    m_destination->commitWhenFinished();
    m_ports->commitWhenFinished();
    m_protocol->commitWhenFinished();
    const auto within = [](const QString &side, const QString &field) {
        return field.isEmpty() ? side : side + u'.' + field;
    };
    connect(m_source, &AddressPicker::finished, this,
            [this, within](const QString &f) { commitFilter(within(QStringLiteral("source"), f)); });
    connect(m_destination, &AddressPicker::finished, this,
            [this, within](const QString &f) { commitFilter(within(QStringLiteral("destination"), f)); });
    connect(m_source, &AddressPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_destination, &AddressPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_ports, &PortPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_mirrored, &QCheckBox::toggled, this, [this] { commitFilter(QStringLiteral("mirrored")); });
    connect(m_protocol, &ProtocolPicker::changed, this, [this] {
        updatePortsEnabled();
        commitFilter(QStringLiteral("protocol"));
    });
    connect(m_ports, &PortPicker::finished, this,
            [this](const QString &f) { commitFilter(f.isEmpty() ? QStringLiteral("ports") : f); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitFilter(QStringLiteral("description")); });
}

bool FilterEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    return (kind == ObjectKind::Filter && id == objectId()) ||
           (kind == ObjectKind::FilterList && id == parentId());
}

void FilterEditor::updatePortsEnabled()
{
    m_ports->setEnabled(m_protocol->carriesPorts());
}

void FilterEditor::load()
{
    const Filter *f = m_ctx.store->filter(parentId(), objectId());
    if (!f)
        return;
    const FilterList *l = m_ctx.store->filterList(parentId());
    m_listInfo->setText(l ? tr("In filter list '%1'").arg(l->name) : QString());
    m_source->setValue(f->source, restoring());
    m_destination->setValue(f->destination, restoring());
    setChecked(m_mirrored, f->mirrored);
    m_protocol->setProtocol(f->protocol);
    m_ports->setPorts(f->sourcePort, f->destinationPort, restoring());
    setText(m_description, f->description);
    updatePortsEnabled();
}

void FilterEditor::commitFilter(const QString &field)
{
    const Filter *current = m_ctx.store->filter(parentId(), objectId());
    if (loading() || !current)
        return;
    Filter f = *current;
    // A field whose text does not parse keeps the document's value, stays as typed and is listed as an
    // error of the field (docs/gui.md, "What is typed is what is saved").
    const auto source = m_source->check();
    const auto destination = m_destination->check();
    setFieldProblems(QStringLiteral("source"), source.ok() ? Findings{} : source.problems);
    setFieldProblems(QStringLiteral("destination"), destination.ok() ? Findings{} : destination.problems);
    if (source.ok())
        f.source = *source.value;
    if (destination.ok())
        f.destination = *destination.value;
    // A DNS name keeps the address it resolved to.
    if (f.source.kind == AddressKind::DnsName)
        f.source.address = current->source.address;
    if (f.destination.kind == AddressKind::DnsName)
        f.destination.address = current->destination.address;
    f.mirrored = m_mirrored->isChecked();
    f.protocol = m_protocol->protocol();
    const bool ports = m_protocol->carriesPorts();
    const auto sourcePort = m_ports->checkSource();
    const auto destinationPort = m_ports->checkDestination();
    m_ports->isAcceptable(); // shows the first port problem under the ports
    setFieldProblems(QStringLiteral("sourcePort"),
                     ports && !sourcePort.ok() ? sourcePort.problems : Findings{});
    setFieldProblems(QStringLiteral("destinationPort"),
                     ports && !destinationPort.ok() ? destinationPort.problems : Findings{});
    f.sourcePort = !ports ? PortRange::any() : sourcePort.value.value_or(current->sourcePort);
    f.destinationPort = !ports ? PortRange::any() : destinationPort.value.value_or(current->destinationPort);
    f.description = m_description->toPlainText();
    for (AddressPicker *picker : {m_source, m_destination})
        for (auto *committer : picker->findChildren<FieldCommitter *>())
            committer->setHoldsRefusedText(!picker->check().ok());
    for (auto *committer : m_ports->findChildren<FieldCommitter *>())
        committer->setHoldsRefusedText(!sourcePort.ok() || !destinationPort.ok());
    if (f == *current)
        return;
    auto *command = new EditFilterCommand(m_ctx.store, parentId(), f, field);
    command->setFieldLabel(fieldWords(field));
    commit(command);
}

} // namespace ipsec
