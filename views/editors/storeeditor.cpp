#include "storeeditor.h"

#include "core/enumnames.h"
#include "core/policystore.h"
#include "editorwidgets.h"
#include "filtertablemodel.h"
#include "methoddialogs.h"
#include "methodmodels.h"
#include "rulestablemodel.h"
#include "undocommands.h"
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
#include <QTableView>

namespace ipsec {

using namespace editing;

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

} // namespace ipsec
