#include "policyeditor.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "editorwidgets.h"
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

#include <QCheckBox>
#include <QComboBox>
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
#include <QVBoxLayout>

namespace ipsec {

using namespace editing;

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

} // namespace ipsec
