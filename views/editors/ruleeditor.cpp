#include "ruleeditor.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "editorwidgets.h"
#include "filtertablemodel.h"
#include "methoddialogs.h"
#include "methodlistwidget.h"
#include "methodmodels.h"
#include "rulestablemodel.h"
#include "undocommands.h"
#include "validation/fieldcheck.h"
#include "widgets/fieldcommit.h"
#include "widgets/filterfields.h"
#include "widgets/keyboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
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

RuleEditor::RuleEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::Rule, parent)
{
    m_name = lineEdit(QStringLiteral("name"), this);
    m_description = lineEdit(QStringLiteral("description"), this);
    // The accelerators of these three work on every tab, so the tabs avoid n, p and v.
    m_active = new QCheckBox(tr("&Active"), this);
    m_active->setObjectName(QStringLiteral("active"));
    auto *top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("Des&cription:"), m_description);
    top->addRow(m_active);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    // IP Filter List.
    auto *listPage = new QWidget(tabs);
    m_filterList = new QComboBox(listPage);
    m_filterList->setObjectName(QStringLiteral("filterList"));
    m_filterListInfo = new QLabel(listPage);
    m_filterListInfo->setWordWrap(true);
    auto *openList = new QPushButton(tr("Ed&it filter list..."), listPage);
    openList->setObjectName(QStringLiteral("openFilterListButton"));
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(new QLabel(tr("The selected IP filter list specifies which network traffic will be "
                                        "affected by this rule."),
                                     listPage));
    listLayout->addWidget(buddyLabel(tr("IP filter &list:"), m_filterList, listPage));
    listLayout->addWidget(m_filterList);
    listLayout->addWidget(m_filterListInfo);
    listLayout->addWidget(openList, 0, Qt::AlignLeft);
    listLayout->addStretch();
    const int listTab = tabs->addTab(listPage, tr("IP Filter List"));
    // Filter Action.
    auto *actionPage = new QWidget(tabs);
    m_filterAction = new QComboBox(actionPage);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterActionInfo = new QLabel(actionPage);
    m_filterActionInfo->setWordWrap(true);
    auto *openAction = new QPushButton(tr("Ed&it filter action..."), actionPage);
    openAction->setObjectName(QStringLiteral("openFilterActionButton"));
    auto *actionLayout = new QVBoxLayout(actionPage);
    actionLayout->addWidget(
        new QLabel(tr("The selected filter action specifies whether this rule negotiates for "
                      "secure network traffic, and how it will secure the traffic."),
                   actionPage));
    actionLayout->addWidget(buddyLabel(tr("Filter acti&on:"), m_filterAction, actionPage));
    actionLayout->addWidget(m_filterAction);
    actionLayout->addWidget(m_filterActionInfo);
    actionLayout->addWidget(openAction, 0, Qt::AlignLeft);
    actionLayout->addStretch();
    const int actionTab = tabs->addTab(actionPage, tr("Filter Action"));
    // Authentication Methods.
    auto *authPage = new QWidget(tabs);
    m_auth = new AuthMethodsModel(this);
    m_authList = new MethodListWidget(m_auth, authPage);
    m_authList->setObjectName(QStringLiteral("authMethods"));
    auto *authLayout = new QVBoxLayout(authPage);
    authLayout->addWidget(
        buddyLabel(tr("The authentication method specifies how trust is established between "
                      "computers. Authentication method preference &order:"),
                   m_authList->view(), authPage));
    authLayout->addWidget(m_authList, 1);
    const int authTab = tabs->addTab(authPage, tr("Authentication Methods"));
    // Tunnel Setting.
    auto *tunnelPage = new QWidget(tabs);
    m_noTunnel = new QRadioButton(tr("This &rule does not specify an IPsec tunnel"), tunnelPage);
    m_tunnelAddress =
        new QRadioButton(tr("The tunnel endpoint is specified by this &IP address:"), tunnelPage);
    m_tunnelDns = new QRadioButton(tr("The tunnel endpoint is specified by this &DNS name:"), tunnelPage);
    m_tunnelAddressEdit = lineEdit(QStringLiteral("tunnelAddress"), tunnelPage);
    m_tunnelDnsEdit = lineEdit(QStringLiteral("tunnelDnsName"), tunnelPage);
    m_noTunnel->setObjectName(QStringLiteral("noTunnel"));
    m_tunnelAddress->setObjectName(QStringLiteral("tunnelByAddress"));
    m_tunnelDns->setObjectName(QStringLiteral("tunnelByDnsName"));
    auto *tunnelLayout = new QVBoxLayout(tunnelPage);
    tunnelLayout->addWidget(
        new QLabel(tr("The tunnel endpoint is the tunneling computer closest to the IP "
                      "traffic destination, as specified by the associated IP filter list."),
                   tunnelPage));
    for (QWidget *w : std::initializer_list<QWidget *>{m_noTunnel, m_tunnelAddress, m_tunnelAddressEdit,
                                                       m_tunnelDns, m_tunnelDnsEdit})
        tunnelLayout->addWidget(w);
    tunnelLayout->addStretch();
    const int tunnelTab = tabs->addTab(tunnelPage, tr("Tunnel Setting"));
    // Connection Type.
    auto *connectionPage = new QWidget(tabs);
    m_connectionAll = new QRadioButton(tr("All net&work connections"), connectionPage);
    m_connectionLan = new QRadioButton(tr("&Local area network (LAN)"), connectionPage);
    m_connectionRemote = new QRadioButton(tr("&Remote access"), connectionPage);
    m_connectionAll->setObjectName(QStringLiteral("connectionAll"));
    m_connectionLan->setObjectName(QStringLiteral("connectionLan"));
    m_connectionRemote->setObjectName(QStringLiteral("connectionRemoteAccess"));
    auto *connectionLayout = new QVBoxLayout(connectionPage);
    connectionLayout->addWidget(
        new QLabel(tr("This rule only applies to network traffic over connections of the "
                      "selected type."),
                   connectionPage));
    connectionLayout->addWidget(m_connectionAll);
    connectionLayout->addWidget(m_connectionLan);
    connectionLayout->addWidget(m_connectionRemote);
    connectionLayout->addStretch();
    const int connectionTab = tabs->addTab(connectionPage, tr("Connection Type"));

    pageLayout()->addWidget(heading(tr("Edit Rule Properties"), this));
    pageLayout()->addLayout(top);
    pageLayout()->addWidget(tabs, 1);

    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("description"), m_description);
    registerField(QStringLiteral("active"), m_active);
    registerField(QStringLiteral("filterList"), m_filterList, tabs, listTab);
    registerField(QStringLiteral("filterAction"), m_filterAction, tabs, actionTab);
    registerField(QStringLiteral("authMethods"), m_authList->view(), tabs, authTab);
    registerField(QStringLiteral("tunnel"), m_tunnelAddressEdit, tabs, tunnelTab);
    registerField(QStringLiteral("tunnel.dnsName"), m_tunnelDnsEdit, tabs, tunnelTab);
    registerField(QStringLiteral("connectionType"), m_connectionAll, tabs, connectionTab);

    bindNameField(
        m_name,
        [this](const QString &name) {
            const Policy *p = m_ctx.store->policy(this->parentId());
            return p && std::any_of(p->rules.begin(), p->rules.end(), [&](const Rule &r) {
                       return r.id != objectId() && r.name.compare(name, Qt::CaseInsensitive) == 0;
                   });
        },
        [this] { commitRule(QStringLiteral("name")); });
    connect(m_description, &QLineEdit::textEdited, this,
            [this] { commitRule(QStringLiteral("description")); });
    connect(m_active, &QCheckBox::toggled, this, [this] { commitRule({}); });
    connect(m_filterList, &QComboBox::currentIndexChanged, this, [this] { commitRule({}); });
    connect(m_filterAction, &QComboBox::currentIndexChanged, this, [this] { commitRule({}); });
    for (QRadioButton *b :
         {m_noTunnel, m_tunnelAddress, m_tunnelDns, m_connectionAll, m_connectionLan, m_connectionRemote})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                commitRule({});
        });
    for (QLineEdit *tunnel : {m_tunnelAddressEdit, m_tunnelDnsEdit}) {
        auto *committer = new FieldCommitter(tunnel);
        connect(committer, &FieldCommitter::finished, this, [this] { commitRule(QStringLiteral("tunnel")); });
        connect(committer, &FieldCommitter::restoreRequested, this, &RuleEditor::restoreFields);
    }
    connect(m_auth, &OrderedListModel::listEdited, this, [this] { commitRule({}); });
    editEntriesWith<AuthMethodDialog>(m_authList, m_auth, AuthMethod::kerberos());
    connect(openList, &QPushButton::clicked, this,
            [this] { emit openObject(ObjectKind::FilterList, m_filterList->currentData().toUuid(), {}); });
    connect(openAction, &QPushButton::clicked, this, [this] {
        emit openObject(ObjectKind::FilterAction, m_filterAction->currentData().toUuid(), {});
    });
}

bool RuleEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const
{
    // Names of lists and actions show in the combos; a whole-policy update may change the rule.
    return (kind == ObjectKind::Rule && id == objectId()) || (kind == ObjectKind::Policy && id == parentId) ||
           kind == ObjectKind::FilterList || kind == ObjectKind::FilterAction || parentId == this->parentId();
}

void RuleEditor::load()
{
    const Rule *r = m_ctx.store->rule(parentId(), objectId());
    if (!r)
        return;
    setText(m_name, r->name);
    setText(m_description, r->description);
    setChecked(m_active, r->active);

    const StoreData &d = m_ctx.store->data();
    m_filterList->clear();
    m_filterList->addItem(tr("(none)"), QUuid());
    for (const FilterList &l : d.filterLists)
        m_filterList->addItem(l.name, l.id);
    m_filterList->setCurrentIndex(std::max(0, m_filterList->findData(r->filterList)));
    const FilterList *list = m_ctx.store->filterList(r->filterList);
    m_filterListInfo->setText(list ? tr("%n filters", nullptr, static_cast<int>(list->filters.size())) +
                                         QStringLiteral(" · ") + list->description + QStringLiteral("\n") +
                                         usageText(m_ctx.store->usersOfFilterList(list->id))
                                   : QString());
    m_filterAction->clear();
    for (const FilterAction &a : d.filterActions)
        m_filterAction->addItem(a.name, a.id);
    m_filterAction->setCurrentIndex(m_filterAction->findData(r->filterAction));
    const FilterAction *action = m_ctx.store->filterAction(r->filterAction);
    m_filterActionInfo->setText(action ? displayName(action->action) + QStringLiteral(" · ") +
                                             action->description + QStringLiteral("\n") +
                                             usageText(m_ctx.store->usersOfFilterAction(action->id))
                                       : QString());
    m_auth->setItems(r->authMethods);
    setChecked(m_noTunnel, r->tunnel.kind == TunnelKind::None);
    setChecked(m_tunnelAddress, r->tunnel.kind == TunnelKind::Address);
    setChecked(m_tunnelDns, r->tunnel.kind == TunnelKind::DnsName);
    const bool keepTypedAddress = !restoring() && !tunnelFromWidgets();
    if (r->tunnel.kind == TunnelKind::Address && !keepTypedAddress &&
        IpAddress::parse(m_tunnelAddressEdit->text().trimmed()) != r->tunnel.address)
        setText(m_tunnelAddressEdit, r->tunnel.address.toString());
    if (r->tunnel.kind == TunnelKind::DnsName)
        setText(m_tunnelDnsEdit, r->tunnel.dnsName);
    m_tunnelAddressEdit->setEnabled(r->tunnel.kind == TunnelKind::Address);
    m_tunnelDnsEdit->setEnabled(r->tunnel.kind == TunnelKind::DnsName);
    setChecked(m_connectionAll, r->connectionType == ConnectionType::All);
    setChecked(m_connectionLan, r->connectionType == ConnectionType::Lan);
    setChecked(m_connectionRemote, r->connectionType == ConnectionType::RemoteAccess);
}

std::optional<TunnelEndpoint> RuleEditor::tunnelFromWidgets() const
{
    TunnelEndpoint t;
    if (m_tunnelAddress->isChecked()) {
        const auto address = IpAddress::parse(m_tunnelAddressEdit->text().trimmed());
        if (!address)
            return std::nullopt;
        t.kind = TunnelKind::Address;
        t.address = *address;
    } else if (m_tunnelDns->isChecked()) {
        t.kind = TunnelKind::DnsName;
        t.dnsName = m_tunnelDnsEdit->text().trimmed();
    }
    return t;
}

void RuleEditor::commitRule(const QString &field)
{
    const Rule *current = m_ctx.store->rule(parentId(), objectId());
    if (loading() || !current)
        return;
    Rule r = *current;
    r.name = m_name->text();
    r.description = m_description->text();
    r.active = m_active->isChecked();
    r.filterList = m_filterList->currentData().toUuid();
    r.filterAction = m_filterAction->currentData().toUuid();
    r.authMethods = m_auth->items();
    m_tunnelAddressEdit->setEnabled(m_tunnelAddress->isChecked());
    m_tunnelDnsEdit->setEnabled(m_tunnelDns->isChecked());
    // An endpoint address that does not parse stays in the field, marked; the document keeps its endpoint.
    const auto tunnelCheck = fieldcheck::ipAddress(m_tunnelAddressEdit->text(), QStringLiteral("tunnel"));
    const Findings tunnelProblems = m_tunnelAddress->isChecked() ? tunnelCheck.problems : Findings{};
    markField(m_tunnelAddressEdit, tunnelProblems);
    setFieldProblems(QStringLiteral("tunnel"), tunnelProblems);
    if (const auto tunnel = tunnelFromWidgets())
        r.tunnel = *tunnel;
    r.connectionType = m_connectionLan->isChecked()      ? ConnectionType::Lan
                       : m_connectionRemote->isChecked() ? ConnectionType::RemoteAccess
                                                         : ConnectionType::All;
    if (r == *current)
        return;
    auto *command = new EditRuleCommand(m_ctx.store, parentId(), r, field);
    if (!field.isEmpty())
        command->setFieldLabel(fieldWords(field));
    commit(command);
}

} // namespace ipsec
