#include "editors.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "filtertablemodel.h"
#include "methoddialogs.h"
#include "methodlistwidget.h"
#include "methodmodels.h"
#include "roles.h"
#include "rulestablemodel.h"
#include "undocommands.h"
#include "validation/fieldcheck.h"
#include "widgets/fieldcommit.h"
#include "widgets/filterfields.h"
#include "widgets/keyboard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace ipsec {
namespace {

// Setters that leave a widget alone when it already shows the value (keeps the cursor while typing).
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
void setChecked(QAbstractButton *button, bool on)
{
    if (button->isChecked() != on)
        button->setChecked(on);
}
void setValue(QSpinBox *box, int value)
{
    if (box->value() != value)
        box->setValue(value);
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}
QPlainTextEdit *textEdit(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setMaximumHeight(70);
    e->setTabChangesFocus(true);
    return e;
}
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()), parent);
    l->setObjectName(QStringLiteral("heading"));
    return l;
}
// A caption whose accelerator focuses `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    l->setWordWrap(true);
    return l;
}
QTableView *tableView(const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22); // uniform rows: a 100,000-filter list stays fast
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}
QString usageText(const QList<RuleRef> &users)
{
    QString text = PolicyStore::describeUsage(users);
    QStringList names;
    for (const RuleRef &u : users)
        names.append(QStringLiteral("%1 / %2").arg(u.policyName, u.ruleName));
    if (!names.isEmpty())
        text += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    return text;
}

// The name check's question for the objects of one kind: another object than the edited one has the name.
template <typename T>
std::function<bool(const QString &)> nameTakenByAnother(PolicyStore *store, const ObjectEditor *editor,
                                                        const T *(StoreData::*byName)(const QString &) const)
{
    return [store, editor, byName](const QString &name) {
        const T *other = (store->data().*byName)(name);
        return other && other->id != editor->objectId();
    };
}

// The words of a field in its undo step ("Edit source address of filter '…'"), asked again when the language
// changes.
std::function<QString()> fieldWords(const QString &field)
{
    static const std::pair<const char *, const char *> kWords[] = {
        {"name", QT_TRANSLATE_NOOP("ipsec::FieldNames", "name")},
        {"description", QT_TRANSLATE_NOOP("ipsec::FieldNames", "description")},
        {"polling", QT_TRANSLATE_NOOP("ipsec::FieldNames", "polling interval")},
        {"tunnel", QT_TRANSLATE_NOOP("ipsec::FieldNames", "tunnel endpoint")},
        {"sourcePort", QT_TRANSLATE_NOOP("ipsec::FieldNames", "source port")},
        {"destinationPort", QT_TRANSLATE_NOOP("ipsec::FieldNames", "destination port")},
        {"ports", QT_TRANSLATE_NOOP("ipsec::FieldNames", "ports")},
        {"protocol", QT_TRANSLATE_NOOP("ipsec::FieldNames", "protocol")},
        {"mirrored", QT_TRANSLATE_NOOP("ipsec::FieldNames", "mirrored")},
        {"source", QT_TRANSLATE_NOOP("ipsec::FieldNames", "source address")},
        {"destination", QT_TRANSLATE_NOOP("ipsec::FieldNames", "destination address")},
    };
    // "source.address", "source.rangeEnd" and the kind are all the source address.
    const QString key = field.section(u'.', 0, 0);
    const char *words = kWords[1].second;
    for (const auto &[name, text] : kWords)
        if (key == QLatin1String(name))
            words = text;
    return [words] { return QCoreApplication::translate("ipsec::FieldNames", words); };
}

} // namespace

// ======== StoreEditor ========

StoreEditor::StoreEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::Store, parent)
{
    m_name = lineEdit(QStringLiteral("name"), this);
    m_description = textEdit(QStringLiteral("description"), this);
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->addItem(tr("Local computer"), static_cast<int>(StoreLocation::Local));
    m_location->addItem(tr("Active Directory domain"), static_cast<int>(StoreLocation::Domain));
    m_domain = lineEdit(QStringLiteral("domain"), this);
    m_ou = lineEdit(QStringLiteral("organizationalUnit"), this);
    m_gpo = lineEdit(QStringLiteral("gpoName"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    for (WindowsTarget t : {WindowsTarget::Windows2000, WindowsTarget::WindowsXP,
                            WindowsTarget::WindowsServer2003, WindowsTarget::WindowsVistaOrLater})
        m_target->addItem(displayName(t), static_cast<int>(t));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Store:"), m_location);
    form->addRow(tr("Do&main:"), m_domain);
    form->addRow(tr("&Organizational unit:"), m_ou);
    form->addRow(tr("&GPO name:"), m_gpo);
    form->addRow(tr("Oldest &Windows:"), m_target);
    pageLayout()->addWidget(heading(tr("IP Security Policies store"), this));
    pageLayout()->addLayout(form);
    pageLayout()->addWidget(m_summary);
    pageLayout()->addStretch();
    for (auto [field, w] : {std::pair<const char *, QWidget *>{"name", m_name},
                            {"description", m_description},
                            {"location", m_location},
                            {"domain", m_domain},
                            {"organizationalUnit", m_ou},
                            {"gpoName", m_gpo},
                            {"target", m_target}})
        registerField(QString::fromLatin1(field), w);

    connect(m_name, &QLineEdit::textEdited, this, [this] { commitInfo(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitInfo(QStringLiteral("description")); });
    connect(m_domain, &QLineEdit::textEdited, this, [this] { commitInfo(QStringLiteral("domain")); });
    connect(m_ou, &QLineEdit::textEdited, this, [this] { commitInfo(QStringLiteral("organizationalUnit")); });
    connect(m_gpo, &QLineEdit::textEdited, this, [this] { commitInfo(QStringLiteral("gpoName")); });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { commitInfo({}); });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { commitInfo({}); });
    connect(m_ctx.store, &PolicyStore::infoChanged, this, [this] { setObject({}); });
    connect(m_ctx.store, &PolicyStore::changed, this, [this] {
        if (isVisible())
            load();
    });
    setObject({});
}

bool StoreEditor::concerns(ObjectKind, const QUuid &, const QUuid &) const
{
    return false;
}

void StoreEditor::load()
{
    const StoreData &d = m_ctx.store->data();
    setText(m_name, d.info.name);
    setText(m_description, d.info.description);
    selectComboData(m_location, static_cast<int>(d.info.location));
    setText(m_domain, d.info.domain);
    setText(m_ou, d.info.organizationalUnit);
    setText(m_gpo, d.info.gpoName);
    selectComboData(m_target, static_cast<int>(d.info.target));
    const bool domain = d.info.location == StoreLocation::Domain;
    m_domain->setEnabled(domain);
    m_ou->setEnabled(domain);
    m_gpo->setEnabled(domain);
    m_summary->setText(
        tr("%n policies", nullptr, static_cast<int>(d.policies.size())) + QStringLiteral(" · ") +
        tr("%n filter lists", nullptr, static_cast<int>(d.filterLists.size())) + QStringLiteral(" · ") +
        tr("%n filters", nullptr, static_cast<int>(d.filterCount())) + QStringLiteral(" · ") +
        tr("%n filter actions", nullptr, static_cast<int>(d.filterActions.size())));
}

void StoreEditor::commitInfo(const QString &field)
{
    if (loading())
        return;
    StoreInfo info = m_ctx.store->data().info;
    info.name = m_name->text();
    info.description = m_description->toPlainText();
    info.location = static_cast<StoreLocation>(m_location->currentData().toInt());
    info.domain = m_domain->text();
    info.organizationalUnit = m_ou->text();
    info.gpoName = m_gpo->text();
    info.target = static_cast<WindowsTarget>(m_target->currentData().toInt());
    if (info != m_ctx.store->data().info)
        commit(new EditStoreInfoCommand(m_ctx.store, info, field));
}

// ======== PolicyEditor ========

PolicyEditor::PolicyEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::Policy, parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));

    // Rules tab.
    auto *rulesPage = new QWidget(tabs);
    m_rules = tableView(QStringLiteral("rules"), rulesPage);
    m_rulesModel = new RulesTableModel(m_ctx.store, m_ctx.undoStack, this);
    m_rules->setModel(m_rulesModel);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *add = new QPushButton(tr("A&dd..."), rulesPage);
    auto *edit = new QPushButton(tr("Ed&it..."), rulesPage);
    auto *remove = new QPushButton(tr("&Remove"), rulesPage);
    add->setObjectName(QStringLiteral("addRuleButton"));
    edit->setObjectName(QStringLiteral("editRuleButton"));
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(
        buddyLabel(tr("&Security rules for communicating with other computers:"), m_rules, rulesPage));
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(buttons);
    tabs->addTab(rulesPage, tr("Rules"));

    // General tab.
    auto *general = new QWidget(tabs);
    m_name = lineEdit(QStringLiteral("name"), general);
    m_description = textEdit(QStringLiteral("description"), general);
    m_polling = new QSpinBox(general);
    m_polling->setObjectName(QStringLiteral("pollingIntervalMinutes"));
    m_polling->setRange(0, 43200);
    m_polling->setSuffix(tr(" minutes"));
    m_assigned = new QCheckBox(tr("&Assigned (the one policy this computer or GPO applies)"), general);
    m_assigned->setObjectName(QStringLiteral("assigned"));
    m_ikeSummary = new QLabel(general);
    m_ikeSummary->setObjectName(QStringLiteral("ikeSummary"));
    m_ikeSummary->setWordWrap(true);
    auto *settings = new QPushButton(tr("&Settings..."), general);
    settings->setObjectName(QStringLiteral("keyExchangeSettingsButton"));
    auto *ikeBox = new QGroupBox(tr("Perform key exchange using these settings:"), general);
    auto *ikeLayout = new QHBoxLayout(ikeBox);
    ikeLayout->addWidget(m_ikeSummary, 1);
    ikeLayout->addWidget(settings);
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Check for policy &changes every:"), m_polling);
    form->addRow(m_assigned);
    form->addRow(ikeBox);
    const int generalTab = tabs->addTab(general, tr("General"));

    pageLayout()->addWidget(heading(tr("IP Security Policy"), this));
    pageLayout()->addWidget(tabs, 1);

    registerField(QStringLiteral("rules"), m_rules, tabs, 0);
    registerField(QStringLiteral("name"), m_name, tabs, generalTab);
    registerField(QStringLiteral("description"), m_description, tabs, generalTab);
    registerField(QStringLiteral("pollingIntervalMinutes"), m_polling, tabs, generalTab);
    registerField(QStringLiteral("assigned"), m_assigned, tabs, generalTab);
    registerField(QStringLiteral("ike"), settings, tabs, generalTab);

    bindNameField(m_name, nameTakenByAnother(m_ctx.store, this, &StoreData::policyByName),
                  [this] { commitPolicy(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitPolicy(QStringLiteral("description")); });
    new FieldCommitter(m_polling); // the minutes are taken once typed, and Ctrl+Z undoes the document
    connect(m_polling, &QSpinBox::valueChanged, this, [this] { commitPolicy(QStringLiteral("polling")); });
    connect(m_assigned, &QCheckBox::toggled, this, [this](bool on) {
        if (!loading())
            commit(new AssignPolicyCommand(m_ctx.store, on ? objectId() : QUuid()));
    });
    connect(settings, &QPushButton::clicked, this, &PolicyEditor::editKeyExchange);
    connect(add, &QPushButton::clicked, this, [this] { emit addRuleRequested(objectId()); });
    auto openSelected = [this] {
        const QModelIndex i = m_rules->currentIndex();
        if (i.isValid())
            emit openObject(static_cast<ObjectKind>(i.data(ObjectKindRole).toInt()),
                            i.data(ObjectIdRole).toUuid(), objectId());
    };
    connect(edit, &QPushButton::clicked, this, openSelected);
    connect(m_rules, &QTableView::doubleClicked, this, openSelected);
    connect(remove, &QPushButton::clicked, this, &PolicyEditor::removeSelectedRule);
    bindListKeys(m_rules, {.remove = remove, .edit = edit});
}

bool PolicyEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    return kind == ObjectKind::Policy && id == objectId();
}

void PolicyEditor::load()
{
    const Policy *p = m_ctx.store->policy(objectId());
    if (m_rulesModel->policy() != objectId())
        m_rulesModel->setPolicy(objectId());
    if (!p)
        return;
    setText(m_name, p->name);
    setText(m_description, p->description);
    setValue(m_polling, static_cast<int>(p->pollingIntervalMinutes));
    setChecked(m_assigned, p->assigned);
    QStringList methods;
    for (const IkeMethod &m : p->ike.methods)
        methods.append(describe(m));
    m_ikeSummary->setText(tr("Master key PFS: %1 · new key every %2 minutes / %3 sessions\nMethods: %4")
                              .arg(p->ike.masterKeyPfs ? tr("yes") : tr("no"))
                              .arg(p->ike.lifetimeMinutes)
                              .arg(p->ike.quickModesPerMainMode == 0
                                       ? tr("unlimited")
                                       : QString::number(p->ike.quickModesPerMainMode))
                              .arg(methods.isEmpty() ? tr("(none)") : methods.join(QStringLiteral(", "))));
}

void PolicyEditor::commitPolicy(const QString &field)
{
    const Policy *current = m_ctx.store->policy(objectId());
    if (loading() || !current)
        return;
    Policy p = *current;
    p.name = m_name->text();
    p.description = m_description->toPlainText();
    p.pollingIntervalMinutes = static_cast<std::uint32_t>(m_polling->value());
    if (p == *current)
        return;
    auto *command = new EditPolicyCommand(m_ctx.store, {}, p, field);
    command->setFieldLabel(fieldWords(field));
    commit(command);
}

void PolicyEditor::editKeyExchange()
{
    const Policy *current = m_ctx.store->policy(objectId());
    if (!current)
        return;
    KeyExchangeDialog dialog(current->ike, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Policy p = *current;
    p.ike = dialog.settings();
    if (p == *current)
        return;
    auto *command = new EditPolicyCommand(m_ctx.store, {}, p);
    command->setText(tr("Edit key exchange settings of '%1'").arg(p.name));
    commit(command);
}

void PolicyEditor::removeSelectedRule()
{
    const QModelIndex i = m_rules->currentIndex();
    if (!i.isValid() || i.data(ObjectKindRole).toInt() != static_cast<int>(ObjectKind::Rule)) {
        emit editRefused(tr("The default response rule cannot be removed; deactivate it instead."));
        return;
    }
    commit(new RemoveRuleCommand(m_ctx.store, objectId(), i.data(ObjectIdRole).toUuid()));
}

// ======== RuleEditor ========

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

// ======== DefaultResponseEditor ========

DefaultResponseEditor::DefaultResponseEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::DefaultResponseRule, parent)
{
    m_active = new QCheckBox(tr("&Activate the default response rule"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_vistaNote = new QLabel(tr("Windows Vista and later ignore the default response rule."), this);
    auto *tabs = new QTabWidget(this);
    auto *methodsPage = new QWidget(tabs);
    m_methods = new SecurityMethodsModel(this);
    auto *methodsList = new MethodListWidget(m_methods, methodsPage);
    methodsList->setObjectName(QStringLiteral("securityMethods"));
    m_pfs = new QCheckBox(tr("Use &session key perfect forward secrecy (PFS)"), methodsPage);
    m_pfs->setObjectName(QStringLiteral("sessionKeyPfs"));
    auto *methodsLayout = new QVBoxLayout(methodsPage);
    methodsLayout->addWidget(
        buddyLabel(tr("Security method prefere&nce order:"), methodsList->view(), methodsPage));
    methodsLayout->addWidget(methodsList, 1);
    methodsLayout->addWidget(m_pfs);
    tabs->addTab(methodsPage, tr("Security Methods"));
    auto *authPage = new QWidget(tabs);
    m_auth = new AuthMethodsModel(this);
    auto *authList = new MethodListWidget(m_auth, authPage);
    authList->setObjectName(QStringLiteral("authMethods"));
    auto *authLayout = new QVBoxLayout(authPage);
    authLayout->addWidget(
        buddyLabel(tr("Authentication method prefere&nce order:"), authList->view(), authPage));
    authLayout->addWidget(authList);
    const int authTab = tabs->addTab(authPage, tr("Authentication Methods"));

    pageLayout()->addWidget(heading(tr("Default Response Rule"), this));
    pageLayout()->addWidget(m_active);
    pageLayout()->addWidget(m_vistaNote);
    pageLayout()->addWidget(tabs, 1);
    registerField(QStringLiteral("active"), m_active);
    registerField(QStringLiteral("securityMethods"), methodsList->view(), tabs, 0);
    registerField(QStringLiteral("sessionKeyPfs"), m_pfs, tabs, 0);
    registerField(QStringLiteral("authMethods"), authList->view(), tabs, authTab);

    connect(m_active, &QCheckBox::toggled, this,
            [this] { commitRule(tr("Change the default response rule")); });
    connect(m_pfs, &QCheckBox::toggled, this, [this] { commitRule(tr("Change the default response rule")); });
    connect(m_methods, &OrderedListModel::listEdited, this,
            [this] { commitRule(tr("Edit security methods")); });
    connect(m_auth, &OrderedListModel::listEdited, this,
            [this] { commitRule(tr("Edit authentication methods")); });
    editEntriesWith<SecurityMethodDialog>(methodsList, m_methods,
                                          SecurityMethodDialog::integrityAndEncryption());
    editEntriesWith<AuthMethodDialog>(authList, m_auth, AuthMethod::kerberos());
}

bool DefaultResponseEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    return (kind == ObjectKind::DefaultResponseRule && id == objectId()) ||
           (kind == ObjectKind::Policy && id == parentId());
}

void DefaultResponseEditor::load()
{
    const Policy *p = m_ctx.store->policy(parentId());
    if (!p)
        return;
    setChecked(m_active, p->defaultResponse.active);
    setChecked(m_pfs, p->defaultResponse.sessionKeyPfs);
    m_methods->setItems(p->defaultResponse.securityMethods);
    m_auth->setItems(p->defaultResponse.authMethods);
    m_vistaNote->setVisible(m_ctx.store->data().info.target == WindowsTarget::WindowsVistaOrLater);
}

void DefaultResponseEditor::commitRule(const QString &text)
{
    const Policy *p = m_ctx.store->policy(parentId());
    if (loading() || !p)
        return;
    DefaultResponseRule r = p->defaultResponse;
    r.active = m_active->isChecked();
    r.sessionKeyPfs = m_pfs->isChecked();
    r.securityMethods = m_methods->items();
    r.authMethods = m_auth->items();
    if (r == p->defaultResponse)
        return;
    auto *command = new EditDefaultResponseRuleCommand(m_ctx.store, parentId(), r);
    command->setText(text);
    commit(command);
}

// ======== FilterListEditor ========

FilterListEditor::FilterListEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::FilterList, parent)
{
    m_name = lineEdit(QStringLiteral("name"), this);
    m_description = textEdit(QStringLiteral("description"), this);
    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("usage"));
    m_usage->setWordWrap(true);
    m_filters = tableView(QStringLiteral("filters"), this);
    m_filtersModel = new FilterTableModel(m_ctx.store, this);
    m_filtersModel->setValidationRunner(m_ctx.validation);
    m_filters->setModel(m_filtersModel);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *edit = new QPushButton(tr("Ed&it..."), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    add->setObjectName(QStringLiteral("addFilterButton"));
    edit->setObjectName(QStringLiteral("editFilterButton"));
    remove->setObjectName(QStringLiteral("removeFilterButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Used:"), m_usage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    pageLayout()->addWidget(heading(tr("IP Filter List"), this));
    pageLayout()->addWidget(
        new QLabel(tr("An IP filter list is composed of multiple filters. In this way, "
                      "multiple subnets, IP addresses and protocols can be combined into one "
                      "IP filter."),
                   this));
    pageLayout()->addLayout(form);
    pageLayout()->addWidget(buddyLabel(tr("IP fi&lters:"), m_filters, this));
    pageLayout()->addWidget(m_filters, 1);
    pageLayout()->addLayout(buttons);
    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("description"), m_description);
    registerField(QStringLiteral("filters"), m_filters);

    bindNameField(m_name, nameTakenByAnother(m_ctx.store, this, &StoreData::filterListByName),
                  [this] { commitList(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitList(QStringLiteral("description")); });
    connect(add, &QPushButton::clicked, this, [this] {
        Filter f; // Windows' defaults for a new filter: my address to any, mirrored, any protocol
        auto *command = new AddFilterCommand(m_ctx.store, objectId(), f);
        const QUuid id = command->objectId();
        if (commit(command))
            emit openObject(ObjectKind::Filter, id, objectId());
    });
    auto openSelected = [this] {
        const QModelIndex i = m_filters->currentIndex();
        if (i.isValid())
            emit openObject(ObjectKind::Filter, i.data(ObjectIdRole).toUuid(), objectId());
    };
    connect(edit, &QPushButton::clicked, this, openSelected);
    connect(m_filters, &QTableView::doubleClicked, this, openSelected);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_filters->currentIndex();
        if (i.isValid())
            commit(new RemoveFilterCommand(m_ctx.store, objectId(), i.data(ObjectIdRole).toUuid()));
    });
    bindListKeys(m_filters, {.remove = remove, .edit = edit});
}

bool FilterListEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    // Rules added or removed anywhere change the usage line.
    return (kind == ObjectKind::FilterList && id == objectId()) || kind == ObjectKind::Rule ||
           kind == ObjectKind::Policy;
}

void FilterListEditor::load()
{
    if (m_filtersModel->filterList() != objectId())
        m_filtersModel->setFilterList(objectId());
    const FilterList *l = m_ctx.store->filterList(objectId());
    if (!l)
        return;
    setText(m_name, l->name);
    setText(m_description, l->description);
    m_usage->setText(usageText(m_ctx.store->usersOfFilterList(l->id)));
}

void FilterListEditor::commitList(const QString &field)
{
    const FilterList *current = m_ctx.store->filterList(objectId());
    if (loading() || !current)
        return;
    FilterList l = *current; // copies the filters too: fine, a name edit is rare next to typing speed
    l.name = m_name->text();
    l.description = m_description->toPlainText();
    if (l.name == current->name && l.description == current->description)
        return;
    auto *command = new EditFilterListCommand(m_ctx.store, {}, l, field);
    command->setFieldLabel(fieldWords(field));
    commit(command);
}

// ======== FilterEditor ========

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

// ======== FilterActionEditor ========

FilterActionEditor::FilterActionEditor(const EditorContext &context, QWidget *parent)
    : ObjectEditor(context, ObjectKind::FilterAction, parent)
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    auto *methodsPage = new QWidget(tabs);
    m_permit = new QRadioButton(tr("Per&mit"), methodsPage);
    m_block = new QRadioButton(tr("Bl&ock"), methodsPage);
    m_negotiate = new QRadioButton(tr("Negotiate &security:"), methodsPage);
    m_permit->setObjectName(QStringLiteral("permit"));
    m_block->setObjectName(QStringLiteral("block"));
    m_negotiate->setObjectName(QStringLiteral("negotiate"));
    m_methods = new SecurityMethodsModel(this);
    m_methodsList = new MethodListWidget(m_methods, methodsPage);
    m_methodsList->setObjectName(QStringLiteral("securityMethods"));
    m_acceptUnsecured =
        new QCheckBox(tr("A&ccept unsecured communication, but always respond using IPsec"), methodsPage);
    m_fallback =
        new QCheckBox(tr("A&llow unsecured communication with non-IPsec-aware computers"), methodsPage);
    m_pfs = new QCheckBox(tr("Session &key perfect forward secrecy (PFS)"), methodsPage);
    m_acceptUnsecured->setObjectName(QStringLiteral("acceptUnsecured"));
    m_fallback->setObjectName(QStringLiteral("allowFallback"));
    m_pfs->setObjectName(QStringLiteral("sessionKeyPfs"));
    auto *radios = new QHBoxLayout;
    radios->addWidget(m_permit);
    radios->addWidget(m_block);
    radios->addWidget(m_negotiate);
    radios->addStretch();
    auto *methodsLayout = new QVBoxLayout(methodsPage);
    methodsLayout->addLayout(radios);
    methodsLayout->addWidget(
        buddyLabel(tr("Security method prefere&nce order:"), m_methodsList->view(), methodsPage));
    methodsLayout->addWidget(m_methodsList, 1);
    methodsLayout->addWidget(m_acceptUnsecured);
    methodsLayout->addWidget(m_fallback);
    methodsLayout->addWidget(m_pfs);
    tabs->addTab(methodsPage, tr("Security Methods"));
    auto *general = new QWidget(tabs);
    m_name = lineEdit(QStringLiteral("name"), general);
    m_description = textEdit(QStringLiteral("description"), general);
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    const int generalTab = tabs->addTab(general, tr("General"));
    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("usage"));
    m_usage->setWordWrap(true);

    pageLayout()->addWidget(heading(tr("Filter Action Properties"), this));
    pageLayout()->addWidget(m_usage);
    pageLayout()->addWidget(tabs, 1);
    registerField(QStringLiteral("action"), m_negotiate, tabs, 0);
    registerField(QStringLiteral("securityMethods"), m_methodsList->view(), tabs, 0);
    registerField(QStringLiteral("acceptUnsecured"), m_acceptUnsecured, tabs, 0);
    registerField(QStringLiteral("allowFallback"), m_fallback, tabs, 0);
    registerField(QStringLiteral("sessionKeyPfs"), m_pfs, tabs, 0);
    registerField(QStringLiteral("name"), m_name, tabs, generalTab);
    registerField(QStringLiteral("description"), m_description, tabs, generalTab);

    for (QRadioButton *b : {m_permit, m_block, m_negotiate})
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                commitAction({});
        });
    for (QCheckBox *b : {m_acceptUnsecured, m_fallback, m_pfs})
        connect(b, &QCheckBox::toggled, this, [this] { commitAction({}); });
    bindNameField(m_name, nameTakenByAnother(m_ctx.store, this, &StoreData::filterActionByName),
                  [this] { commitAction(QStringLiteral("name")); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { commitAction(QStringLiteral("description")); });
    connect(m_methods, &OrderedListModel::listEdited, this,
            [this] { commitAction({}, tr("Edit security methods of '%1'").arg(m_name->text())); });
    editEntriesWith<SecurityMethodDialog>(m_methodsList, m_methods,
                                          SecurityMethodDialog::integrityAndEncryption());
}

bool FilterActionEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &) const
{
    return (kind == ObjectKind::FilterAction && id == objectId()) || kind == ObjectKind::Rule ||
           kind == ObjectKind::Policy;
}

void FilterActionEditor::load()
{
    const FilterAction *a = m_ctx.store->filterAction(objectId());
    if (!a)
        return;
    setChecked(m_permit, a->action == ActionKind::Permit);
    setChecked(m_block, a->action == ActionKind::Block);
    setChecked(m_negotiate, a->action == ActionKind::Negotiate);
    m_methods->setItems(a->securityMethods);
    setChecked(m_acceptUnsecured, a->acceptUnsecured);
    setChecked(m_fallback, a->allowFallback);
    setChecked(m_pfs, a->sessionKeyPfs);
    setText(m_name, a->name);
    setText(m_description, a->description);
    const bool negotiate = a->action == ActionKind::Negotiate;
    for (QWidget *w : std::initializer_list<QWidget *>{m_methodsList, m_acceptUnsecured, m_fallback, m_pfs})
        w->setEnabled(negotiate);
    m_usage->setText(usageText(m_ctx.store->usersOfFilterAction(a->id)));
}

void FilterActionEditor::commitAction(const QString &field, const QString &text)
{
    const FilterAction *current = m_ctx.store->filterAction(objectId());
    if (loading() || !current)
        return;
    FilterAction a = *current;
    a.action = m_permit->isChecked()  ? ActionKind::Permit
               : m_block->isChecked() ? ActionKind::Block
                                      : ActionKind::Negotiate;
    a.securityMethods = m_methods->items();
    a.acceptUnsecured = m_acceptUnsecured->isChecked();
    a.allowFallback = m_fallback->isChecked();
    a.sessionKeyPfs = m_pfs->isChecked();
    a.name = m_name->text();
    a.description = m_description->toPlainText();
    if (a == *current)
        return;
    auto *command = new EditFilterActionCommand(m_ctx.store, {}, a, field);
    if (!text.isEmpty())
        command->setText(text);
    else if (!field.isEmpty())
        command->setFieldLabel(fieldWords(field));
    commit(command);
}

} // namespace ipsec
