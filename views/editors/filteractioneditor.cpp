#include "filteractioneditor.h"

#include "core/policystore.h"
#include "editorwidgets.h"
#include "methoddialogs.h"
#include "methodlistwidget.h"
#include "methodmodels.h"
#include "rulestablemodel.h"
#include "undocommands.h"
#include "widgets/fieldcommit.h"
#include "widgets/filterfields.h"
#include "widgets/keyboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
