#include "clipboardactions.h"

#include "core/policystore.h"
#include "formats/json/jsonformat.h"
#include "mainwindow.h"
#include "storeops.h"
#include "undocommands.h"
#include "windowhooks.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>
#include <memory>

namespace ipsec {

ClipboardActions::ClipboardActions(MainWindow *window, const WindowHooks &hooks)
    : QObject(window), m_window(window), m_hooks(hooks)
{}

QMimeData *ClipboardActions::selectionAsMimeData() const
{
    const auto [kind, id, parentId] = m_window->selectedObject();
    const StoreData subset = objectSubset(m_window->store()->data(), kind, id, parentId);
    if (subset.policies.empty() && subset.filterLists.empty() && subset.filterActions.empty())
        return nullptr;
    const QByteArray document = json::write(subset);
    auto *mime = new QMimeData;
    mime->setData(QString::fromUtf16(kStoreMimeType), document);
    mime->setText(QString::fromUtf8(document));
    if (kind == ObjectKind::Filter)
        mime->setData(QString::fromUtf16(kFilterMarkerMimeType), QByteArrayLiteral("1"));
    if (kind == ObjectKind::Rule)
        mime->setData(QString::fromUtf16(kRuleMarkerMimeType), QByteArrayLiteral("1"));
    return mime;
}

bool ClipboardActions::copySelected()
{
    QMimeData *mime = selectionAsMimeData();
    if (!mime)
        return false;
    QGuiApplication::clipboard()->setMimeData(mime);
    m_window->statusBar()->showMessage(MainWindow::tr("Copied"), 3000);
    return true;
}

bool ClipboardActions::cutSelected()
{
    std::unique_ptr<QMimeData> mime(selectionAsMimeData());
    // The copy reaches the clipboard only once the delete went through: a refused cut changes nothing.
    if (!mime || !m_window->deleteSelected())
        return false;
    QGuiApplication::clipboard()->setMimeData(mime.release());
    return true;
}

bool ClipboardActions::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    const QString type = QString::fromUtf16(kStoreMimeType);
    // Text is accepted too, so a document copied from an editor pastes as well.
    const QByteArray document = mime->hasFormat(type) ? mime->data(type) : mime->text().toUtf8();
    const ImportResult clip = json::read(document, MainWindow::tr("clipboard"));
    if (document.isEmpty() || !clip.ok) {
        m_window->statusBar()->showMessage(MainWindow::tr("The clipboard holds no IPsec policy objects."),
                                           5000);
        return false;
    }
    const ObjectKind clipKind = mime->hasFormat(QString::fromUtf16(kFilterMarkerMimeType))
                                    ? ObjectKind::Filter
                                : mime->hasFormat(QString::fromUtf16(kRuleMarkerMimeType)) ? ObjectKind::Rule
                                                                                           : ObjectKind::None;
    return pasteClip(clip.store, clipKind, MainWindow::tr("Paste"));
}

bool ClipboardActions::duplicateSelected()
{
    const auto [kind, id, parentId] = m_window->selectedObject();
    const StoreData subset = objectSubset(m_window->store()->data(), kind, id, parentId);
    if (subset.policies.empty() && subset.filterLists.empty() && subset.filterActions.empty())
        return false;
    return pasteClip(subset, kind, MainWindow::tr("Duplicate"));
}

std::optional<bool> ClipboardActions::pasteFilter(const StoreData &clip, const QString &what)
{
    const StoreData &base = m_window->store()->data();
    const auto [kind, id, parentId] = m_window->selectedObject();
    QUuid listId = m_window->selectedFilterListId();
    if (listId.isNull() && base.filterList(clip.filterLists.front().id))
        listId = clip.filterLists.front().id;
    if (listId.isNull())
        return std::nullopt;
    const auto &filters = base.filterList(listId)->filters;
    int index = -1;
    if (kind == ObjectKind::Filter) {
        const auto it =
            std::find_if(filters.begin(), filters.end(), [&](const Filter &f) { return f.id == id; });
        if (it != filters.end())
            index = static_cast<int>(it - filters.begin()) + 1;
    }
    Filter filter = clip.filterLists.front().filters.front();
    filter.id = newId();
    auto *command = new AddFilterCommand(m_window->store(), listId, filter, index);
    command->setText(MainWindow::tr("%1 filter").arg(what));
    const EditResult result = execute(m_window->undoStack(), command);
    if (!result.ok) {
        m_hooks.ask(m_window, QMessageBox::Warning, what, result.error);
        return false;
    }
    m_window->showObject(ObjectKind::Filter, filter.id, listId);
    return true;
}

std::optional<bool> ClipboardActions::pasteRule(const StoreData &clip, const QString &what)
{
    const StoreData &base = m_window->store()->data();
    const auto [kind, id, parentId] = m_window->selectedObject();
    QUuid policyId = kind == ObjectKind::Policy                                            ? id
                     : kind == ObjectKind::Rule || kind == ObjectKind::DefaultResponseRule ? parentId
                                                                                           : QUuid();
    if (policyId.isNull() && base.policy(clip.policies.front().id))
        policyId = clip.policies.front().id;
    const Policy *policy = base.policy(policyId);
    if (!policy)
        return std::nullopt;
    int index = -1;
    if (kind == ObjectKind::Rule) {
        const auto it = std::find_if(policy->rules.begin(), policy->rules.end(),
                                     [&](const Rule &r) { return r.id == id; });
        if (it != policy->rules.end())
            index = static_cast<int>(it - policy->rules.begin()) + 1;
    }
    QUuid ruleId;
    QStringList notes;
    std::optional<StoreData> after = withPastedRule(base, clip, policyId, index, &ruleId, &notes);
    if (!after)
        return false;
    execute(m_window->undoStack(), new ReplaceStoreCommand(m_window->store(), std::move(*after),
                                                           MainWindow::tr("%1 rule").arg(what)));
    m_window->showObject(ObjectKind::Rule, ruleId, policyId);
    if (!notes.isEmpty())
        m_window->statusBar()->showMessage(notes.join(QStringLiteral("; ")), 8000);
    return true;
}

bool ClipboardActions::pasteClip(const StoreData &clip, ObjectKind clipKind, const QString &what)
{
    // One filter or one rule goes into a list or policy; with none to take it, it arrives as the list or
    // policy it was copied from.
    if (clipKind == ObjectKind::Filter && clip.filterLists.size() == 1 &&
        clip.filterLists.front().filters.size() == 1)
        if (const std::optional<bool> pasted = pasteFilter(clip, what))
            return *pasted;
    if (clipKind == ObjectKind::Rule && clip.policies.size() == 1 && clip.policies.front().rules.size() == 1)
        if (const std::optional<bool> pasted = pasteRule(clip, what))
            return *pasted;
    const StoreData &base = m_window->store()->data();
    const StoreData added = withFreshIds(clip, base);
    if (added.policies.empty() && added.filterLists.empty() && added.filterActions.empty())
        return false;
    QStringList notes;
    StoreData merged = mergeStores(base, added, &notes);
    execute(m_window->undoStack(), new ReplaceStoreCommand(m_window->store(), std::move(merged), what));
    if (!added.policies.empty())
        m_window->showObject(ObjectKind::Policy, added.policies.front().id);
    else if (!added.filterLists.empty())
        m_window->showObject(ObjectKind::FilterList, added.filterLists.front().id);
    else
        m_window->showObject(ObjectKind::FilterAction, added.filterActions.front().id);
    if (!notes.isEmpty())
        m_window->statusBar()->showMessage(notes.join(QStringLiteral("; ")), 8000);
    return true;
}

} // namespace ipsec
