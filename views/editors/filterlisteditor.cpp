#include "filterlisteditor.h"

#include "core/policystore.h"
#include "editorwidgets.h"
#include "filtertablemodel.h"
#include "methodlistwidget.h"
#include "methodmodels.h"
#include "roles.h"
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
#include <QTableView>

namespace ipsec {

using namespace editing;

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

} // namespace ipsec
