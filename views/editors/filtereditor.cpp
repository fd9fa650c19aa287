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
    m_tabs = new FilterFieldTabs(
        tr("&Mirrored. Match packets with the exact opposite source and\ndestination addresses."),
        tr("Use the &Description field to name or explain the filter."), this);
    m_listInfo = new QLabel(this);
    pageLayout()->addWidget(heading(tr("IP Filter Properties"), this));
    pageLayout()->addWidget(m_listInfo);
    pageLayout()->addWidget(m_tabs, 1);

    // The validator's field names; a subnet's mask is typed with its address.
    const int addressesTab = FilterFieldTabs::AddressesTab;
    for (const auto &[side, picker] : {std::pair{QStringLiteral("source"), m_tabs->source()},
                                       std::pair{QStringLiteral("destination"), m_tabs->destination()}}) {
        registerField(side, picker->kindCombo(), m_tabs, addressesTab);
        registerField(side + QStringLiteral(".address"), picker->addressEdit(), m_tabs, addressesTab);
        registerField(side + QStringLiteral(".mask"), picker->addressEdit(), m_tabs, addressesTab);
        registerField(side + QStringLiteral(".second"), picker->rangeEndEdit(), m_tabs, addressesTab);
        registerField(side + QStringLiteral(".rangeEnd"), picker->rangeEndEdit(), m_tabs, addressesTab);
        registerField(side + QStringLiteral(".dnsName"), picker->dnsNameEdit(), m_tabs, addressesTab);
    }
    registerField(QStringLiteral("mirrored"), m_tabs->mirrored(), m_tabs, addressesTab);
    registerField(QStringLiteral("protocol"), m_tabs->protocol()->combo(), m_tabs,
                  FilterFieldTabs::ProtocolTab);
    registerField(QStringLiteral("sourcePort"), m_tabs->ports()->fromPortBox(), m_tabs,
                  FilterFieldTabs::ProtocolTab);
    registerField(QStringLiteral("destinationPort"), m_tabs->ports()->toPortBox(), m_tabs,
                  FilterFieldTabs::ProtocolTab);
    registerField(QStringLiteral("description"), m_tabs->description(), m_tabs,
                  FilterFieldTabs::DescriptionTab);

    // Typed fields reach the document once finished (Enter, focus out, a pause); Esc brings it back.
    m_tabs->source()->commitWhenFinished();
    m_tabs->destination()->commitWhenFinished();
    m_tabs->ports()->commitWhenFinished();
    m_tabs->protocol()->commitWhenFinished();
    const auto within = [](const QString &side, const QString &field) {
        return field.isEmpty() ? side : side + u'.' + field;
    };
    connect(m_tabs->source(), &AddressPicker::finished, this,
            [this, within](const QString &f) { commitFilter(within(QStringLiteral("source"), f)); });
    connect(m_tabs->destination(), &AddressPicker::finished, this,
            [this, within](const QString &f) { commitFilter(within(QStringLiteral("destination"), f)); });
    connect(m_tabs->source(), &AddressPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_tabs->destination(), &AddressPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_tabs->ports(), &PortPicker::restoreRequested, this, &FilterEditor::restoreFields);
    connect(m_tabs->mirrored(), &QCheckBox::toggled, this,
            [this] { commitFilter(QStringLiteral("mirrored")); });
    connect(m_tabs->protocol(), &ProtocolPicker::changed, this,
            [this] { commitFilter(QStringLiteral("protocol")); });
    connect(m_tabs->ports(), &PortPicker::finished, this,
            [this](const QString &f) { commitFilter(f.isEmpty() ? QStringLiteral("ports") : f); });
    connect(m_tabs->description(), &QPlainTextEdit::textChanged, this,
            [this] { commitFilter(QStringLiteral("description")); });
}

bool FilterEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    return (kind == ObjectKind::Filter && id == objectId()) ||
           (kind == ObjectKind::FilterList && id == parentId());
}

void FilterEditor::load()
{
    const Filter *f = m_ctx.store->filter(parentId(), objectId());
    if (!f)
        return;
    const FilterList *l = m_ctx.store->filterList(parentId());
    m_listInfo->setText(l ? tr("In filter list '%1'").arg(l->name) : QString());
    m_tabs->source()->setValue(f->source, restoring());
    m_tabs->destination()->setValue(f->destination, restoring());
    setChecked(m_tabs->mirrored(), f->mirrored);
    m_tabs->protocol()->setProtocol(f->protocol);
    m_tabs->ports()->setPorts(f->sourcePort, f->destinationPort, restoring());
    setText(m_tabs->description(), f->description);
    m_tabs->syncPortsWithProtocol();
}

void FilterEditor::commitFilter(const QString &field)
{
    const Filter *current = m_ctx.store->filter(parentId(), objectId());
    if (loading() || !current)
        return;
    Filter f = *current;
    // A field whose text does not parse keeps the document's value, stays as typed and is listed as an
    // error of the field (docs/gui.md, "What is typed is what is saved").
    const auto source = m_tabs->source()->check();
    const auto destination = m_tabs->destination()->check();
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
    f.mirrored = m_tabs->mirrored()->isChecked();
    f.protocol = m_tabs->protocol()->protocol();
    const bool ports = m_tabs->protocol()->carriesPorts();
    const auto sourcePort = m_tabs->ports()->checkSource();
    const auto destinationPort = m_tabs->ports()->checkDestination();
    m_tabs->ports()->isAcceptable(); // shows the first port problem under the ports
    setFieldProblems(QStringLiteral("sourcePort"),
                     ports && !sourcePort.ok() ? sourcePort.problems : Findings{});
    setFieldProblems(QStringLiteral("destinationPort"),
                     ports && !destinationPort.ok() ? destinationPort.problems : Findings{});
    f.sourcePort = !ports ? PortRange::any() : sourcePort.value.value_or(current->sourcePort);
    f.destinationPort = !ports ? PortRange::any() : destinationPort.value.value_or(current->destinationPort);
    f.description = m_tabs->description()->toPlainText();
    for (AddressPicker *picker : {m_tabs->source(), m_tabs->destination()})
        for (auto *committer : picker->findChildren<FieldCommitter *>())
            committer->setHoldsRefusedText(!picker->check().ok());
    for (auto *committer : m_tabs->ports()->findChildren<FieldCommitter *>())
        committer->setHoldsRefusedText(!sourcePort.ok() || !destinationPort.ok());
    if (f == *current)
        return;
    auto *command = new EditFilterCommand(m_ctx.store, parentId(), f, field);
    command->setFieldLabel(fieldWords(field));
    commit(command);
}

} // namespace ipsec
