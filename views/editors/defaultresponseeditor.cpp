#include "defaultresponseeditor.h"

#include "core/policystore.h"
#include "editorwidgets.h"
#include "filtertablemodel.h"
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

} // namespace ipsec
