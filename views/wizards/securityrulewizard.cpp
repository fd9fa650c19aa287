#include "securityrulewizard.h"

#include "core/enumnames.h"
#include "filteractionwizard.h"
#include "propertydialogs.h"
#include "wizardwidgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ipsec {
namespace {

QString wizardName()
{
    return QObject::tr("Security Rule");
}

class TunnelEndpointPage : public QWizardPage {
public:
    TunnelEndpointPage()
    {
        setTitle(tr("Tunnel Endpoint"));
        setSubTitle(
            tr("The tunnel endpoint is the tunneling computer closest to the IP traffic destination, as "
               "specified by the security rule's IP filter list."));
        auto *none = new QRadioButton(tr("This rule does not specify a &tunnel"));
        auto *byAddress = new QRadioButton(tr("The tunnel endpoint is specified by this &IP address:"));
        auto *address = new QLineEdit;
        address->setPlaceholderText(QStringLiteral("10.0.0.1 or fe80::1"));
        auto *byDns = new QRadioButton(tr("The tunnel endpoint is specified by this &DNS name:"));
        auto *dns = new QLineEdit;
        none->setChecked(true);
        m_problem = new QLabel;
        auto *layout = new QVBoxLayout(this);
        for (QWidget *w : std::initializer_list<QWidget *>{none, byAddress, address, byDns, dns, m_problem})
            layout->addWidget(w);
        layout->addStretch();
        registerField(QStringLiteral("noTunnel"), none);
        registerField(QStringLiteral("tunnelByAddress"), byAddress);
        registerField(QStringLiteral("tunnelAddress"), address);
        registerField(QStringLiteral("tunnelByDnsName"), byDns);
        registerField(QStringLiteral("tunnelDnsName"), dns);
        for (QRadioButton *b : {none, byAddress, byDns})
            connect(b, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
        for (QLineEdit *e : {address, dns})
            connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        QString why;
        if (field(QStringLiteral("tunnelByAddress")).toBool() &&
            !IpAddress::parse(field(QStringLiteral("tunnelAddress")).toString().trimmed()))
            why = tr("Enter the tunnel endpoint's IPv4 or IPv6 address.");
        if (field(QStringLiteral("tunnelByDnsName")).toBool() &&
            field(QStringLiteral("tunnelDnsName")).toString().trimmed().isEmpty())
            why = tr("Enter the tunnel endpoint's DNS name.");
        m_problem->setText(why);
        return why.isEmpty();
    }

private:
    QLabel *m_problem;
};

class NetworkTypePage : public QWizardPage {
public:
    NetworkTypePage()
    {
        setTitle(tr("Network Type"));
        setSubTitle(tr("The security rule must be applied to a network type."));
        auto *all = new QRadioButton(tr("&All network connections"));
        auto *lan = new QRadioButton(tr("&Local area network (LAN)"));
        auto *remote = new QRadioButton(tr("&Remote access"));
        all->setChecked(true);
        auto *layout = new QVBoxLayout(this);
        for (QWidget *w : std::initializer_list<QWidget *>{all, lan, remote})
            layout->addWidget(w);
        layout->addStretch();
        registerField(QStringLiteral("allConnections"), all);
        registerField(QStringLiteral("lan"), lan);
        registerField(QStringLiteral("remoteAccess"), remote);
    }
};

// A page with a list to pick from and an Add button (and, for filter actions, "Use Add Wizard").
class PickPage : public QWizardPage {
public:
    PickPage(const QString &title, const QString &subtitle, const QString &listLabel,
             const QString &fieldName, QListWidget *list, QCheckBox *useWizard,
             const std::function<void()> &add)
    {
        setTitle(title);
        setSubTitle(subtitle);
        auto *label = new QLabel(listLabel);
        label->setBuddy(list);
        auto *addButton = new QPushButton(tr("A&dd..."));
        connect(addButton, &QPushButton::clicked, this, add);
        auto *row = new QHBoxLayout;
        row->addStretch();
        if (useWizard)
            row->addWidget(useWizard);
        row->addWidget(addButton);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(label);
        layout->addWidget(list);
        layout->addLayout(row);
        registerField(fieldName + u'*', list, "currentRow", SIGNAL(currentRowChanged(int)));
        if (useWizard)
            registerField(QStringLiteral("useAddWizard"), useWizard);
        m_list = list;
        connect(list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return m_list->currentRow() >= 0; }

private:
    QListWidget *m_list;
};

} // namespace

SecurityRuleWizard::SecurityRuleWizard(const StoreData &store, const QUuid &policyId, QWidget *parent)
    : QWizard(parent), m_store(store), m_policyId(policyId), m_ruleId(newId()), m_lists(new QListWidget),
      m_actions(new QListWidget), m_auth(new AuthMethodPicker)
{
    setWindowTitle(tr("Security Rule Wizard"));
    auto *useWizard = new QCheckBox(tr("Use Add &Wizard"));
    useWizard->setChecked(true);
    setPage(WelcomePage,
            makeWelcomePage(wizardName(),
                            tr("A security rule governs how and when security is invoked, based on "
                               "criteria such as the source, destination and type of IP traffic.")));
    setPage(TunnelPage, new TunnelEndpointPage);
    setPage(NetworkTypePage, new class NetworkTypePage);
    setPage(
        FilterListPage,
        new PickPage(tr("IP Filter List"),
                     tr("Select the IP filter list for the type of IP traffic to which this security rule "
                        "applies."),
                     tr("IP filter &lists:"), QStringLiteral("filterListRow"), m_lists, nullptr, [this] {
                         FilterListDialog dialog(m_store, this);
                         if (dialog.exec() == QDialog::Accepted)
                             addFilterList(dialog.filterList());
                     }));
    setPage(FilterActionPage,
            new PickPage(tr("Filter Action"), tr("Select the filter action for this security rule."),
                         tr("Filter &actions:"), QStringLiteral("filterActionRow"), m_actions, useWizard,
                         [this, useWizard] {
                             if (useWizard->isChecked()) {
                                 FilterActionWizard wizard(m_store, this);
                                 withoutEditProperties(wizard);
                                 if (wizard.exec() == QDialog::Accepted)
                                     addFilterAction(wizard.filterAction());
                             } else {
                                 FilterActionPropertiesDialog dialog(m_store, this);
                                 if (dialog.exec() == QDialog::Accepted)
                                     addFilterAction(dialog.filterAction());
                             }
                         }));
    setPage(AuthenticationPage,
            new AuthMethodPage(tr("Authentication Method"),
                               tr("To add multiple authentication methods, edit the security rule after "
                                  "completing the wizard."),
                               m_auth));
    setPage(
        CompletionPage,
        makeCompletionPage(wizardName(), tr("You have successfully completed specifying the properties for "
                                            "your new rule.")));
    refreshLists();
}

void SecurityRuleWizard::refreshLists()
{
    const int listRow = m_lists->currentRow();
    const int actionRow = m_actions->currentRow();
    m_lists->clear();
    m_actions->clear();
    const auto addList = [this](const FilterList &l) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(
            l.name, l.description.isEmpty() ? tr("%n filter(s)", nullptr, static_cast<int>(l.filters.size()))
                                            : l.description));
        item->setData(Qt::UserRole, l.id);
        m_lists->addItem(item);
    };
    const auto addAction = [this](const FilterAction &a) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.name, displayName(a.action)));
        item->setData(Qt::UserRole, a.id);
        m_actions->addItem(item);
    };
    for (const FilterList &l : m_store.filterLists)
        addList(l);
    for (const FilterList &l : m_newLists)
        addList(l);
    for (const FilterAction &a : m_store.filterActions)
        addAction(a);
    for (const FilterAction &a : m_newActions)
        addAction(a);
    m_lists->setCurrentRow(listRow);
    m_actions->setCurrentRow(actionRow);
}

void SecurityRuleWizard::addFilterList(const FilterList &list)
{
    m_newLists.push_back(list);
    refreshLists();
    m_lists->setCurrentRow(m_lists->count() - 1);
}

void SecurityRuleWizard::addFilterAction(const FilterAction &action)
{
    m_newActions.push_back(action);
    refreshLists();
    m_actions->setCurrentRow(m_actions->count() - 1);
}

const FilterList *SecurityRuleWizard::selectedFilterList() const
{
    const QListWidgetItem *item = m_lists->currentItem();
    if (!item)
        return nullptr;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    for (const FilterList &l : m_newLists)
        if (l.id == id)
            return &l;
    return m_store.filterList(id);
}

const FilterAction *SecurityRuleWizard::selectedFilterAction() const
{
    const QListWidgetItem *item = m_actions->currentItem();
    if (!item)
        return nullptr;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    for (const FilterAction &a : m_newActions)
        if (a.id == id)
            return &a;
    return m_store.filterAction(id);
}

int SecurityRuleWizard::nextId() const
{
    if (currentId() == FilterActionPage) {
        const FilterAction *a = selectedFilterAction();
        return a && a->action == ActionKind::Negotiate ? AuthenticationPage : CompletionPage;
    }
    return QWizard::nextId();
}

Rule SecurityRuleWizard::rule() const
{
    Rule r;
    r.id = m_ruleId;
    const FilterList *list = selectedFilterList();
    const FilterAction *action = selectedFilterAction();
    r.filterList = list ? list->id : QUuid();
    r.filterAction = action ? action->id : QUuid();
    // The snap-in shows a rule by its filter list's name; the store wants rule names unique in a policy.
    const Policy *policy = m_store.policy(m_policyId);
    r.name = uniqueName(list ? list->name : tr("New Rule"), [policy](const QString &n) {
        return policy && std::any_of(policy->rules.begin(), policy->rules.end(), [&n](const Rule &x) {
                   return x.name.compare(n, Qt::CaseInsensitive) == 0;
               });
    });
    if (field(QStringLiteral("tunnelByAddress")).toBool()) {
        r.tunnel.kind = TunnelKind::Address;
        r.tunnel.address = IpAddress::parse(field(QStringLiteral("tunnelAddress")).toString().trimmed())
                               .value_or(IpAddress());
    } else if (field(QStringLiteral("tunnelByDnsName")).toBool()) {
        r.tunnel.kind = TunnelKind::DnsName;
        r.tunnel.dnsName = field(QStringLiteral("tunnelDnsName")).toString().trimmed();
    }
    r.connectionType = field(QStringLiteral("lan")).toBool()            ? ConnectionType::Lan
                       : field(QStringLiteral("remoteAccess")).toBool() ? ConnectionType::RemoteAccess
                                                                        : ConnectionType::All;
    // Permit and block never negotiate; Windows still stores Kerberos as the rule's method.
    r.authMethods = {action && action->action == ActionKind::Negotiate
                         ? m_auth->value().value_or(AuthMethod::kerberos())
                         : AuthMethod::kerberos()};
    r.active = true;
    return r;
}

WizardResult SecurityRuleWizard::result() const
{
    WizardResult res;
    // Only what the rule or the user created: an unused new list or action is still kept, as in Windows.
    res.newFilterLists = m_newLists;
    res.newFilterActions = m_newActions;
    res.newRule = std::pair{m_policyId, rule()};
    res.editPropertiesAfterwards = field(QStringLiteral("editProperties")).toBool();
    return res;
}

} // namespace ipsec
