#include "objecteditor.h"

#include "core/policystore.h"
#include "itemicons.h"
#include "undocommands.h"
#include "validation/fieldcheck.h"
#include "validationrunner.h"
#include "widgets/fieldcommit.h"

#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ipsec {

ObjectEditor::ObjectEditor(const EditorContext &context, ObjectKind kind, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_kind(kind), m_banner(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("problemsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    // A note in the tool-tip colours of the palette, so that it reads on light and dark themes alike.
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(4);
    m_banner->hide();
    layout->addWidget(m_banner);

    connect(m_ctx.store, &PolicyStore::objectChanged, this,
            [this](ObjectKind k, const QUuid &id, const QUuid &parentId) {
                if (!m_id.isNull() && concerns(k, id, parentId))
                    reload();
            });
    connect(m_ctx.store, &PolicyStore::objectAdded, this,
            [this](ObjectKind k, const QUuid &id, const QUuid &parentId, int) {
                if (!m_id.isNull() && concerns(k, id, parentId))
                    reload();
            });
    connect(m_ctx.store, &PolicyStore::objectRemoved, this,
            [this](ObjectKind k, const QUuid &id, const QUuid &parentId) {
                if (!m_id.isNull() && concerns(k, id, parentId))
                    reload();
            });
    connect(m_ctx.store, &PolicyStore::wasReset, this, [this] {
        if (!m_id.isNull())
            reload();
    });
    if (m_ctx.validation)
        connect(m_ctx.validation, &ValidationRunner::findingsChanged, this, &ObjectEditor::showFindings);
}

QVBoxLayout *ObjectEditor::pageLayout() const
{
    return static_cast<QVBoxLayout *>(layout());
}

bool ObjectEditor::concerns(ObjectKind kind, const QUuid &id, const QUuid &parentId) const
{
    Q_UNUSED(parentId);
    return kind == m_kind && id == m_id;
}

void ObjectEditor::setObject(const QUuid &id, const QUuid &parentId)
{
    // Text refused on the object shown before is given up with its page.
    if (m_ctx.validation && !m_id.isNull())
        m_ctx.validation->clearFieldFindings(m_id);
    m_fieldProblems.clear();
    m_id = id;
    m_parentId = parentId;
    m_restoring = true;
    reload();
    m_restoring = false;
    showFindings();
}

void ObjectEditor::restoreFields()
{
    if (m_ctx.validation && !m_id.isNull())
        m_ctx.validation->clearFieldFindings(m_id);
    m_fieldProblems.clear();
    m_restoring = true;
    reload();
    m_restoring = false;
    showFindings();
}

void ObjectEditor::setFieldProblems(const QString &field, const Findings &problems)
{
    if (problems.isEmpty() ? !m_fieldProblems.remove(field) : m_fieldProblems.value(field) == problems) {
        return;
    }
    Findings located = problems;
    for (Finding &f : located) {
        f.location.kind = m_kind;
        f.location.objectId = m_id;
        f.location.parentId = m_parentId;
        f.location.objectPath = currentName();
        if (f.location.field.isEmpty())
            f.location.field = field;
    }
    if (!located.isEmpty())
        m_fieldProblems.insert(field, located);
    if (m_ctx.validation)
        m_ctx.validation->setFieldFindings(m_id.toString() + u'/' + field, located);
    else
        showFindings();
}

QString ObjectEditor::currentName() const
{
    const PolicyStore &s = *m_ctx.store;
    switch (m_kind) {
    case ObjectKind::Policy:
        if (const Policy *p = s.policy(m_id))
            return p->name;
        break;
    case ObjectKind::Rule:
        if (const Rule *r = s.rule(m_parentId, m_id))
            return r->name;
        break;
    case ObjectKind::DefaultResponseRule:
        if (const Policy *p = s.policy(m_parentId))
            return p->name;
        break;
    case ObjectKind::FilterList:
        if (const FilterList *l = s.filterList(m_id))
            return l->name;
        break;
    case ObjectKind::Filter:
        if (const Filter *f = s.filter(m_parentId, m_id))
            return describeObject(*f);
        break;
    case ObjectKind::FilterAction:
        if (const FilterAction *a = s.filterAction(m_id))
            return a->name;
        break;
    default:
        return s.data().info.name;
    }
    return {};
}

void ObjectEditor::bindNameField(QLineEdit *edit, std::function<bool(const QString &)> takenByAnother,
                                 std::function<void()> commitName)
{
    auto *committer = new FieldCommitter(edit);
    committer->setObjectName(QStringLiteral("committer"));
    connect(committer, &FieldCommitter::finished, this, [this, edit, committer, takenByAnother, commitName] {
        if (loading())
            return;
        const auto checked = fieldcheck::objectName(edit->text(), takenByAnother, QStringLiteral("name"));
        committer->setHoldsRefusedText(!checked.ok());
        setFieldProblems(QStringLiteral("name"), checked.problems);
        markField(edit, checked.problems);
        if (checked.ok())
            commitName();
    });
    connect(committer, &FieldCommitter::restoreRequested, this, [this, edit] {
        markField(edit, {});
        restoreFields();
    });
}

void ObjectEditor::reload()
{
    m_loading = true;
    load();
    m_loading = false;
}

bool ObjectEditor::commit(StoreCommand *command)
{
    if (m_loading) {
        delete command;
        return false;
    }
    const EditResult result = execute(m_ctx.undoStack, command);
    if (!result.ok) {
        emit editRefused(result.error);
        reload(); // show what the store still holds
    }
    return result.ok;
}

void ObjectEditor::registerField(const QString &field, QWidget *widget, QTabWidget *tabs, int tab)
{
    m_fields.insert(field, {widget, tabs, tab, widget->toolTip()});
}

QWidget *ObjectEditor::widgetForField(const QString &field, QString *matched) const
{
    // "securityMethods[1].lifetimeSeconds" -> "securityMethods[1].lifetimeSeconds", "securityMethods[1]",
    // "securityMethods": the most precise registered field wins.
    QString candidate = field;
    while (!candidate.isEmpty()) {
        const auto it = m_fields.constFind(candidate);
        if (it != m_fields.constEnd() && it->widget) {
            if (matched)
                *matched = candidate;
            return it->widget;
        }
        const int cut = std::max(candidate.lastIndexOf(u'.'), candidate.lastIndexOf(u'['));
        candidate = cut > 0 ? candidate.left(cut) : QString();
    }
    return nullptr;
}

QWidget *ObjectEditor::fieldWidget(const QString &field) const
{
    return widgetForField(field);
}

QString ObjectEditor::fieldMark(const QString &field) const
{
    QString matched;
    widgetForField(field, &matched);
    return m_marks.value(matched);
}

bool ObjectEditor::focusField(const QString &field)
{
    QString matched;
    QWidget *w = widgetForField(field, &matched);
    if (!w)
        return false;
    const FieldInfo info = m_fields.value(matched);
    if (info.tabs && info.tab >= 0)
        info.tabs->setCurrentIndex(info.tab);
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

void ObjectEditor::showFindings()
{
    // Clear the old marks.
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        const FieldInfo info = m_fields.value(it.key());
        if (info.widget) {
            info.widget->setStyleSheet(QString());
            info.widget->setToolTip(info.toolTip);
        }
    }
    m_marks.clear();
    if (!m_ctx.validation || m_id.isNull()) {
        m_banner->hide();
        return;
    }
    const Findings findings = m_ctx.validation->findingsFor(m_id); // field problems come first
    QStringList lines;
    QHash<QString, QStringList> perField;
    QHash<QString, Severity> worst;
    for (const Finding &f : findings) {
        lines.append(QStringLiteral("<b>%1</b> %2").arg(f.code, f.message.toHtmlEscaped()));
        QString matched;
        if (!widgetForField(f.location.field, &matched))
            continue;
        perField[matched].append(f.code + QStringLiteral(": ") + f.message);
        if (!worst.contains(matched) || worst.value(matched) < f.severity)
            worst.insert(matched, f.severity);
    }
    for (auto it = worst.constBegin(); it != worst.constEnd(); ++it) {
        const FieldInfo info = m_fields.value(it.key());
        const QString colour = it.value() == Severity::Error     ? QStringLiteral("#d32f2f")
                               : it.value() == Severity::Warning ? QStringLiteral("#f9a825")
                                                                 : QStringLiteral("#1976d2");
        info.widget->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(colour));
        info.widget->setToolTip(perField.value(it.key()).join(u'\n'));
        m_marks.insert(it.key(), severityName(it.value()));
    }
    // A few lines at most: the Problems panel has the full list.
    constexpr int kBannerLines = 3;
    if (lines.size() > kBannerLines) {
        const int more = static_cast<int>(lines.size()) - kBannerLines;
        lines = lines.mid(0, kBannerLines);
        lines.append(tr("… and %n more in the Problems panel", nullptr, more));
    }
    m_banner->setText(lines.join(QStringLiteral("<br>")));
    m_banner->setVisible(!lines.isEmpty());
}

} // namespace ipsec
