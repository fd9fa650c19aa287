#include "propertydialogs.h"

#include "core/enumnames.h"
#include "ipfilterwizard.h"
#include "widgets/keyboard.h"
#include "wizardwidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// OK of a dialog that names a new object: an empty or taken name is refused with a message.
bool refuseName(QDialog *dialog, const QString &name, bool taken, const QString &emptyMessage,
                const QString &takenMessage)
{
    if (!name.isEmpty() && !taken)
        return false;
    QMessageBox::warning(dialog, dialog->windowTitle(),
                         name.isEmpty() ? emptyMessage : takenMessage.arg(name));
    return true;
}

} // namespace

QString uniqueName(const QString &base, const std::function<bool(const QString &)> &taken)
{
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

// ---- FilterPropertiesDialog ----

FilterPropertiesDialog::FilterPropertiesDialog(const Filter &f, QWidget *parent)
    : QDialog(parent), m_id(f.id.isNull() ? newId() : f.id),
      m_tabs(new FilterFieldTabs(
          tr("&Mirrored. Match packets with the exact opposite source and destination addresses."),
          tr("&Description:")))
{
    setWindowTitle(tr("IP Filter Properties"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(okCancel(this));
    m_tabs->source()->setValue(f.source);
    m_tabs->destination()->setValue(f.destination);
    m_tabs->mirrored()->setChecked(f.mirrored);
    m_tabs->protocol()->setProtocol(f.protocol);
    m_tabs->ports()->setPorts(f.sourcePort, f.destinationPort);
    m_tabs->description()->setPlainText(f.description);
    m_tabs->syncPortsWithProtocol();
}

std::optional<Filter> FilterPropertiesDialog::filter(QString *error) const
{
    const auto source = m_tabs->source()->completeValue(error);
    const auto destination = source ? m_tabs->destination()->completeValue(error) : std::nullopt;
    if (!source || !destination)
        return std::nullopt;
    if (m_tabs->ports()->isEnabled() && !m_tabs->ports()->isAcceptable()) {
        if (error)
            *error = m_tabs->ports()->checkSource().ok() ? m_tabs->ports()->checkDestination().message()
                                                         : m_tabs->ports()->checkSource().message();
        return std::nullopt;
    }
    Filter f;
    f.id = m_id;
    f.source = *source;
    f.destination = *destination;
    f.mirrored = m_tabs->mirrored()->isChecked();
    f.protocol = m_tabs->protocol()->protocol();
    if (m_tabs->ports()->isEnabled()) {
        f.sourcePort = m_tabs->ports()->sourcePort();
        f.destinationPort = m_tabs->ports()->destinationPort();
    }
    f.description = m_tabs->description()->toPlainText();
    return f;
}

// ---- FilterListDialog ----

FilterListDialog::FilterListDialog(const StoreData &existing, QWidget *parent)
    : QDialog(parent), m_existing(existing), m_id(newId()), m_name(new QLineEdit),
      m_description(new QPlainTextEdit), m_filters(new QTreeWidget),
      m_useWizard(new QCheckBox(tr("Use Add &Wizard")))
{
    setWindowTitle(tr("IP Filter List"));
    m_name->setText(uniqueName(tr("New IP Filter List"), [&existing](const QString &n) {
        return existing.filterListByName(n) != nullptr;
    }));
    m_description->setMaximumHeight(60);
    m_filters->setRootIsDecorated(false);
    m_filters->setHeaderLabels({tr("Mirrored"), tr("Description"), tr("Source"), tr("Destination"),
                                tr("Protocol"), tr("Source port"), tr("Destination port")});
    m_useWizard->setChecked(true);
    auto *add = new QPushButton(tr("&Add..."));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, &FilterListDialog::add);
    connect(remove, &QPushButton::clicked, this, &FilterListDialog::removeSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("An IP filter list is composed of multiple filters. In this way, multiple "
                      "subnets, IP addresses and protocols can be combined into one IP filter.")));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    auto *filtersLabel = new QLabel(tr("IP &filters:"));
    filtersLabel->setBuddy(m_filters);
    row->addWidget(filtersLabel);
    row->addStretch();
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(m_useWizard);
    layout->addLayout(row);
    layout->addWidget(m_filters);
    layout->addWidget(okCancel(this));
    m_description->setTabChangesFocus(true);
    bindListKeys(m_filters, {.remove = remove});
    setTabChain({m_name, m_description, add, remove, m_useWizard, m_filters});
    resize(760, 420);
}

FilterList FilterListDialog::filterList() const
{
    return {m_id, m_name->text().trimmed(), m_description->toPlainText(), m_list};
}

void FilterListDialog::addFilter(const Filter &filter)
{
    m_list.push_back(filter);
    refresh();
}

void FilterListDialog::add()
{
    if (m_useWizard->isChecked()) {
        IpFilterWizard wizard(this);
        withoutEditProperties(wizard);
        if (wizard.exec() == QDialog::Accepted)
            addFilter(wizard.filter());
        return;
    }
    FilterPropertiesDialog dialog(Filter{}, this);
    if (dialog.exec() == QDialog::Accepted)
        if (const auto f = dialog.filter())
            addFilter(*f);
}

void FilterListDialog::removeSelected()
{
    const int row = m_filters->indexOfTopLevelItem(m_filters->currentItem());
    if (row >= 0 && row < static_cast<int>(m_list.size())) {
        m_list.erase(m_list.begin() + row);
        refresh();
    }
}

void FilterListDialog::refresh()
{
    m_filters->clear();
    for (const Filter &f : m_list)
        new QTreeWidgetItem(m_filters,
                            {f.mirrored ? tr("Yes") : tr("No"), f.description, formatAddress(f.source),
                             formatAddress(f.destination), protocolName(f.protocol),
                             formatPorts(f.sourcePort), formatPorts(f.destinationPort)});
}

void FilterListDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (refuseName(this, name, m_existing.filterListByName(name), tr("Enter a name for the filter list."),
                   tr("A filter list named '%1' already exists.")))
        return;
    QDialog::accept();
}

// ---- FilterActionPropertiesDialog ----

FilterActionPropertiesDialog::FilterActionPropertiesDialog(const StoreData &existing, QWidget *parent)
    : QDialog(parent), m_existing(existing), m_id(newId()), m_permit(new QRadioButton(tr("Per&mit"))),
      m_block(new QRadioButton(tr("Bl&ock"))), m_negotiate(new QRadioButton(tr("Negotiate &security:"))),
      m_methods(new QListWidget),
      m_acceptUnsecured(new QCheckBox(tr("A&ccept unsecured communication, but always respond using IPsec"))),
      m_fallback(
          new QCheckBox(tr("A&llow unsecured communication if a secure connection cannot be established"))),
      m_pfs(new QCheckBox(tr("Session key perfect forward secrecy (&PFS)"))), m_name(new QLineEdit),
      m_description(new QPlainTextEdit)
{
    setWindowTitle(tr("New Filter Action Properties"));
    m_name->setText(uniqueName(tr("New Filter Action"), [&existing](const QString &n) {
        return existing.filterActionByName(n) != nullptr;
    }));
    auto *tabs = new QTabWidget;
    auto *methods = new QWidget;
    auto *ml = new QVBoxLayout(methods);
    ml->addWidget(m_permit);
    ml->addWidget(m_block);
    ml->addWidget(m_negotiate);
    auto *methodsLabel = new QLabel(tr("Security method prefere&nce order:"));
    methodsLabel->setBuddy(m_methods);
    ml->addWidget(methodsLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_methods);
    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    auto *add = button(tr("A&dd..."), [this] { addMethod(); });
    auto *edit = button(tr("&Edit..."), [this] { editMethod(); });
    auto *remove = button(tr("&Remove"), [this] {
        if (const int r = m_methods->currentRow(); r >= 0) {
            m_list.removeAt(r);
            refresh();
            m_methods->setCurrentRow(std::min(r, static_cast<int>(m_list.size()) - 1));
        }
    });
    auto *up = button(tr("Move &up"), [this] { moveMethod(-1); });
    auto *down = button(tr("Move do&wn"), [this] { moveMethod(1); });
    buttons->addStretch();
    bindListKeys(m_methods, {.remove = remove, .edit = edit, .moveUp = up, .moveDown = down});
    connect(m_methods, &QListWidget::itemDoubleClicked, this, [this] { editMethod(); });
    row->addLayout(buttons);
    ml->addLayout(row);
    ml->addWidget(m_acceptUnsecured);
    ml->addWidget(m_fallback);
    ml->addWidget(m_pfs);
    tabs->addTab(methods, tr("Security Methods"));
    auto *general = new QWidget;
    auto *gl = new QFormLayout(general);
    gl->addRow(tr("&Name:"), m_name);
    gl->addRow(tr("&Description:"), m_description);
    m_description->setTabChangesFocus(true);
    tabs->addTab(general, tr("General"));
    setTabChain({m_permit, m_block, m_negotiate, m_methods, add, edit, remove, up, down, m_acceptUnsecured,
                 m_fallback, m_pfs});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(okCancel(this));
    const auto sync = [this] {
        const bool negotiate = m_negotiate->isChecked();
        for (QWidget *w : std::initializer_list<QWidget *>{m_methods, m_acceptUnsecured, m_fallback, m_pfs})
            w->setEnabled(negotiate);
    };
    connect(m_negotiate, &QRadioButton::toggled, this, sync);
    m_negotiate->setChecked(true);
    sync();
}

FilterAction FilterActionPropertiesDialog::filterAction() const
{
    FilterAction a;
    a.id = m_id;
    a.name = m_name->text().trimmed();
    a.description = m_description->toPlainText();
    a.action = m_permit->isChecked()  ? ActionKind::Permit
               : m_block->isChecked() ? ActionKind::Block
                                      : ActionKind::Negotiate;
    if (a.action == ActionKind::Negotiate) {
        a.securityMethods = m_list;
        a.acceptUnsecured = m_acceptUnsecured->isChecked();
        a.allowFallback = m_fallback->isChecked();
        a.sessionKeyPfs = m_pfs->isChecked();
    }
    return a;
}

void FilterActionPropertiesDialog::addMethod()
{
    CustomSecurityMethodDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_list.append(dialog.method());
        refresh();
    }
}

void FilterActionPropertiesDialog::editMethod()
{
    const int row = m_methods->currentRow();
    if (row < 0)
        return;
    CustomSecurityMethodDialog dialog(this);
    dialog.setMethod(m_list[row]);
    if (dialog.exec() == QDialog::Accepted) {
        m_list[row] = dialog.method();
        refresh();
    }
}

void FilterActionPropertiesDialog::moveMethod(int delta)
{
    const int row = m_methods->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list.size())
        return;
    m_list.move(row, to);
    refresh();
    m_methods->setCurrentRow(to);
}

void FilterActionPropertiesDialog::refresh()
{
    m_methods->clear();
    for (const SecurityMethod &m : std::as_const(m_list))
        m_methods->addItem(describe(m));
}

void FilterActionPropertiesDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (refuseName(this, name, m_existing.filterActionByName(name), tr("Enter a name for the filter action."),
                   tr("A filter action named '%1' already exists.")))
        return;
    if (m_negotiate->isChecked() && m_list.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Negotiate security needs at least one security method."));
        return;
    }
    QDialog::accept();
}

} // namespace ipsec
