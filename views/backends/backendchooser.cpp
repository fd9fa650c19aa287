#include "backendchooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ipsec {
namespace {

const QString kWindowsNetshId = QStringLiteral("windows-netsh");
const QString kDryRunId = QStringLiteral("dry-run");

QLineEdit *settingEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

BackendChooser::BackendChooser(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_backend(new QComboBox(this)),
      m_availability(new QLabel(this)), m_location(new QComboBox(this)),
      m_domain(settingEdit(QStringLiteral("domain"), tr("the computer's domain"), this)),
      m_netsh(settingEdit(QStringLiteral("netshPath"), tr("netsh from PATH (Windows only)"), this)),
      m_dataDir(settingEdit(QStringLiteral("dataDir"), tr("the user's data folder"), this)),
      m_stateFile(settingEdit(QStringLiteral("stateFile"), tr("in memory only"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_backend->setObjectName(QStringLiteral("backend"));
    m_availability->setObjectName(QStringLiteral("availability"));
    m_availability->setWordWrap(true);
    m_location->setObjectName(QStringLiteral("store"));
    m_location->addItem(tr("Local computer"), static_cast<int>(StoreLocation::Local));
    m_location->addItem(tr("Active Directory domain"), static_cast<int>(StoreLocation::Domain));
    for (const BackendEntry &e : m_registry.entries())
        m_backend->addItem(e.info.name.isEmpty() ? e.info.id : e.info.name, e.info.id);

    m_form->addRow(tr("&Backend:"), m_backend);
    m_form->addRow(QString(), m_availability);
    m_form->addRow(tr("S&tore:"), m_location);
    m_form->addRow(tr("&Domain:"), m_domain);
    m_form->addRow(tr("&netsh program:"), m_netsh);
    m_form->addRow(tr("Data &folder:"), m_dataDir);
    m_form->addRow(tr("State &file:"), m_stateFile);

    const auto changedSlot = [this] {
        refresh();
        emit changed();
    };
    connect(m_backend, &QComboBox::currentIndexChanged, this, changedSlot);
    connect(m_location, &QComboBox::currentIndexChanged, this, changedSlot);
    for (QLineEdit *edit : {m_domain, m_netsh, m_dataDir, m_stateFile})
        connect(edit, &QLineEdit::editingFinished, this, changedSlot);
    // Prefer a backend that is available here (the dry run off Windows).
    for (int i = 0; i < m_backend->count(); ++i) {
        const std::unique_ptr<PolicyBackend> b =
            configuredBackend(m_backend->itemData(i).toString(), nullptr);
        if (b && b->availability().available) {
            m_backend->setCurrentIndex(i);
            break;
        }
    }
    refresh();
}

QString BackendChooser::backendId() const
{
    return m_backend->currentData().toString();
}

QStringList BackendChooser::backendIds() const
{
    QStringList ids;
    for (int i = 0; i < m_backend->count(); ++i)
        ids.append(m_backend->itemData(i).toString());
    return ids;
}

bool BackendChooser::selectBackend(const QString &id)
{
    const int i = m_backend->findData(id);
    if (i < 0)
        return false;
    m_backend->setCurrentIndex(i);
    return true;
}

BackendTarget BackendChooser::target() const
{
    BackendTarget t;
    t.location = static_cast<StoreLocation>(m_location->currentData().toInt());
    if (t.location == StoreLocation::Domain)
        t.domain = m_domain->text().trimmed();
    return t;
}

void BackendChooser::setTarget(const BackendTarget &target)
{
    {
        const QSignalBlocker blockStore(m_location);
        m_location->setCurrentIndex(m_location->findData(static_cast<int>(target.location)));
        m_domain->setText(target.domain);
    }
    refresh();
    emit changed();
}

QVariantMap BackendChooser::settings() const
{
    // Backends ignore keys they do not know; only the chosen backend's own are passed.
    QVariantMap map;
    const QString id = backendId();
    if (id == kWindowsNetshId) {
        if (!m_netsh->text().trimmed().isEmpty())
            map.insert(QStringLiteral("netsh"), m_netsh->text().trimmed());
        if (!m_dataDir->text().trimmed().isEmpty())
            map.insert(QStringLiteral("dataDir"), m_dataDir->text().trimmed());
    } else if (id == kDryRunId && !m_stateFile->text().trimmed().isEmpty()) {
        map.insert(QStringLiteral("stateFile"), m_stateFile->text().trimmed());
    }
    return map;
}

std::unique_ptr<PolicyBackend> BackendChooser::configuredBackend(const QString &id, QString *error) const
{
    QString why;
    std::unique_ptr<PolicyBackend> backend = m_registry.create(id, &why);
    if (!backend) {
        if (error)
            *error = why;
        return nullptr;
    }
    if (id == backendId())
        backend->configure(settings());
    return backend;
}

std::unique_ptr<PolicyBackend> BackendChooser::createBackend(QString *error) const
{
    if (backendId().isEmpty()) {
        if (error)
            *error = tr("This build has no backend.");
        return nullptr;
    }
    return configuredBackend(backendId(), error);
}

Availability BackendChooser::availability() const
{
    QString why;
    const std::unique_ptr<PolicyBackend> backend = createBackend(&why);
    return backend ? backend->availability() : Availability::no(why);
}

void BackendChooser::refresh()
{
    const QSignalBlocker blockBackend(m_backend);
    const QSignalBlocker blockStore(m_location);
    // Each backend's entry says whether it can run here; the chosen one with the current settings.
    for (int i = 0; i < m_backend->count(); ++i) {
        const QString id = m_backend->itemData(i).toString();
        const BackendEntry *entry = m_registry.find(id);
        const QString name = entry && !entry->info.name.isEmpty() ? entry->info.name : id;
        QString why;
        const std::unique_ptr<PolicyBackend> backend = configuredBackend(id, &why);
        const Availability a = backend ? backend->availability() : Availability::no(why);
        m_backend->setItemText(i, a.available ? tr("%1 — available").arg(name)
                                              : tr("%1 — not available").arg(name));
        m_backend->setItemData(i, a.reason, Qt::ToolTipRole);
    }
    const Availability a = availability();
    m_availability->setText(a.available ? tr("Available here.") : tr("Not available: %1").arg(a.reason));
    const QString id = backendId();
    const BackendEntry *entry = m_registry.find(id);
    const QStringList caps = entry ? entry->info.capabilities : QStringList();
    const bool domainCapable = caps.isEmpty() || caps.contains(QStringLiteral("domain-store"));
    m_location->setEnabled(domainCapable);
    if (!domainCapable)
        m_location->setCurrentIndex(0);
    m_form->setRowVisible(m_domain, target().location == StoreLocation::Domain);
    m_form->setRowVisible(m_netsh, id == kWindowsNetshId);
    m_form->setRowVisible(m_dataDir, id == kWindowsNetshId);
    m_form->setRowVisible(m_stateFile, id == kDryRunId);
}

} // namespace ipsec
