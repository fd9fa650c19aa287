#include "undocommands.h"

#include "core/enumnames.h"
#include "itemtext.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>
#include <optional>

namespace ipsec {
namespace {

// The one translation context of every undo step's text and refusal (lupdate reads UndoCommands::tr).
struct UndoCommands {
    Q_DECLARE_TR_FUNCTIONS(ipsec::UndoCommands)
};

// How each kind is found, added, updated and removed through PolicyStore.
template <typename T> struct Traits;

template <> struct Traits<FilterList> {
    static constexpr ObjectKind kind = ObjectKind::FilterList;
    static QString noun() { return UndoCommands::tr("filter list"); }
    static QString nameOf(const FilterList &v) { return v.name; }
    static const FilterList *find(const PolicyStore &s, const QUuid &, const QUuid &id)
    {
        return s.filterList(id);
    }
    static int indexOf(const PolicyStore &s, const QUuid &, const QUuid &id)
    {
        return s.indexOfFilterList(id);
    }
    static EditResult add(PolicyStore &s, const QUuid &, const FilterList &v, int i)
    {
        return s.addFilterList(v, i);
    }
    static EditResult update(PolicyStore &s, const QUuid &, const FilterList &v)
    {
        return s.updateFilterList(v);
    }
    static EditResult remove(PolicyStore &s, const QUuid &, const QUuid &id, Removal mode)
    {
        return s.removeFilterList(id, mode);
    }
    static bool uses(const Rule &r, const QUuid &id) { return r.filterList == id; }
};

template <> struct Traits<FilterAction> {
    static constexpr ObjectKind kind = ObjectKind::FilterAction;
    static QString noun() { return UndoCommands::tr("filter action"); }
    static QString nameOf(const FilterAction &v) { return v.name; }
    static const FilterAction *find(const PolicyStore &s, const QUuid &, const QUuid &id)
    {
        return s.filterAction(id);
    }
    static int indexOf(const PolicyStore &s, const QUuid &, const QUuid &id)
    {
        return s.indexOfFilterAction(id);
    }
    static EditResult add(PolicyStore &s, const QUuid &, const FilterAction &v, int i)
    {
        return s.addFilterAction(v, i);
    }
    static EditResult update(PolicyStore &s, const QUuid &, const FilterAction &v)
    {
        return s.updateFilterAction(v);
    }
    static EditResult remove(PolicyStore &s, const QUuid &, const QUuid &id, Removal mode)
    {
        return s.removeFilterAction(id, mode);
    }
    static bool uses(const Rule &r, const QUuid &id) { return r.filterAction == id; }
};

template <> struct Traits<Filter> {
    static constexpr ObjectKind kind = ObjectKind::Filter;
    static QString noun() { return UndoCommands::tr("filter"); }
    static QString nameOf(const Filter &v)
    {
        return v.description.isEmpty() ? filterSummary(v) : v.description;
    }
    static const Filter *find(const PolicyStore &s, const QUuid &listId, const QUuid &id)
    {
        return s.filter(listId, id);
    }
    static int indexOf(const PolicyStore &s, const QUuid &listId, const QUuid &id)
    {
        const FilterList *l = s.filterList(listId);
        if (!l)
            return -1;
        const auto it =
            std::find_if(l->filters.begin(), l->filters.end(), [&](const Filter &f) { return f.id == id; });
        return it == l->filters.end() ? -1 : static_cast<int>(it - l->filters.begin());
    }
    static EditResult add(PolicyStore &s, const QUuid &listId, const Filter &v, int i)
    {
        return s.addFilter(listId, v, i);
    }
    static EditResult update(PolicyStore &s, const QUuid &listId, const Filter &v)
    {
        return s.updateFilter(listId, v);
    }
    static EditResult remove(PolicyStore &s, const QUuid &listId, const QUuid &id, Removal)
    {
        return s.removeFilter(listId, id);
    }
    static bool uses(const Rule &, const QUuid &) { return false; }
};

template <> struct Traits<Policy> {
    static constexpr ObjectKind kind = ObjectKind::Policy;
    static QString noun() { return UndoCommands::tr("policy"); }
    static QString nameOf(const Policy &v) { return v.name; }
    static const Policy *find(const PolicyStore &s, const QUuid &, const QUuid &id) { return s.policy(id); }
    static int indexOf(const PolicyStore &s, const QUuid &, const QUuid &id) { return s.indexOfPolicy(id); }
    static EditResult add(PolicyStore &s, const QUuid &, const Policy &v, int i) { return s.addPolicy(v, i); }
    static EditResult update(PolicyStore &s, const QUuid &, const Policy &v) { return s.updatePolicy(v); }
    static EditResult remove(PolicyStore &s, const QUuid &, const QUuid &id, Removal)
    {
        return s.removePolicy(id);
    }
    static bool uses(const Rule &, const QUuid &) { return false; }
};

template <> struct Traits<Rule> {
    static constexpr ObjectKind kind = ObjectKind::Rule;
    static QString noun() { return UndoCommands::tr("rule"); }
    static QString nameOf(const Rule &v) { return v.name; }
    static const Rule *find(const PolicyStore &s, const QUuid &policyId, const QUuid &id)
    {
        return s.rule(policyId, id);
    }
    static int indexOf(const PolicyStore &s, const QUuid &policyId, const QUuid &id)
    {
        const Policy *p = s.policy(policyId);
        if (!p)
            return -1;
        for (int i = 0; i < p->rules.size(); ++i)
            if (p->rules[i].id == id)
                return i;
        return -1;
    }
    static EditResult add(PolicyStore &s, const QUuid &policyId, const Rule &v, int i)
    {
        return s.addRule(policyId, v, i);
    }
    static EditResult update(PolicyStore &s, const QUuid &policyId, const Rule &v)
    {
        return s.updateRule(policyId, v);
    }
    static EditResult remove(PolicyStore &s, const QUuid &policyId, const QUuid &id, Removal)
    {
        return s.removeRule(policyId, id);
    }
    static bool uses(const Rule &, const QUuid &) { return false; }
};

template <> struct Traits<DefaultResponseRule> {
    static constexpr ObjectKind kind = ObjectKind::DefaultResponseRule;
    static QString noun() { return UndoCommands::tr("default response rule"); }
    static QString nameOf(const DefaultResponseRule &) { return {}; }
    static const DefaultResponseRule *find(const PolicyStore &s, const QUuid &policyId, const QUuid &)
    {
        const Policy *p = s.policy(policyId);
        return p ? &p->defaultResponse : nullptr;
    }
    static EditResult update(PolicyStore &s, const QUuid &policyId, const DefaultResponseRule &v)
    {
        return s.setDefaultResponseRule(policyId, v);
    }
};

template <typename T> QString describeAction(const char *verb, const T &value)
{
    const QString name = Traits<T>::nameOf(value);
    const QString text = UndoCommands::tr(verb).arg(Traits<T>::noun());
    return name.isEmpty() ? text : text + QStringLiteral(" '%1'").arg(name);
}

} // namespace

QString describeFieldEdit(const QString &fieldLabel, ObjectKind kind, const QString &name)
{
    QString noun;
    switch (kind) {
    case ObjectKind::FilterList:
        noun = Traits<FilterList>::noun();
        break;
    case ObjectKind::Filter:
        noun = Traits<Filter>::noun();
        break;
    case ObjectKind::FilterAction:
        noun = Traits<FilterAction>::noun();
        break;
    case ObjectKind::Policy:
        noun = Traits<Policy>::noun();
        break;
    case ObjectKind::Rule:
        noun = Traits<Rule>::noun();
        break;
    case ObjectKind::DefaultResponseRule:
        noun = Traits<DefaultResponseRule>::noun();
        break;
    default:
        return UndoCommands::tr("Edit %1 of the store").arg(fieldLabel);
    }
    //: %1 is a field ("source address"), %2 the kind of object ("filter"), %3 its name.
    return name.isEmpty() ? UndoCommands::tr("Edit %1 of %2").arg(fieldLabel, noun)
                          : UndoCommands::tr("Edit %1 of %2 '%3'").arg(fieldLabel, noun, name);
}

QString describeObject(const Filter &filter)
{
    return Traits<Filter>::nameOf(filter);
}

// ---- StoreCommand ----

StoreCommand::StoreCommand(PolicyStore *store, QUndoCommand *parent) : QUndoCommand(parent), m_store(store) {}

void StoreCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    m_result = apply();
}

void StoreCommand::undo()
{
    revert();
}

void StoreCommand::setTextMaker(std::function<QString()> maker)
{
    m_textMaker = std::move(maker);
    setText(currentText());
}

void StoreCommand::retranslate()
{
    setText(currentText());
}

EditResult execute(QUndoStack *stack, StoreCommand *command)
{
    command->redo();
    const EditResult result = command->result();
    if (!result.ok || !stack) {
        delete command;
        return result;
    }
    command->m_alreadyDone = true;
    stack->push(command); // calls redo(), which now returns at once
    return result;
}

// ---- add ----

template <typename T>
AddObjectCommand<T>::AddObjectCommand(PolicyStore *store, const QUuid &parentId, T value, int index)
    : StoreCommand(store), m_parentId(parentId), m_value(std::move(value)), m_index(index)
{
    if (m_value.id.isNull())
        m_value.id = newId(); // fixed now, so that redo brings back the very same object
    setTextMaker(
        [this] { return describeAction(QT_TRANSLATE_NOOP("ipsec::UndoCommands", "Add %1"), m_value); });
}

template <typename T> EditResult AddObjectCommand<T>::apply()
{
    return Traits<T>::add(*m_store, m_parentId, m_value, m_index);
}

template <typename T> void AddObjectCommand<T>::revert()
{
    Traits<T>::remove(*m_store, m_parentId, m_value.id, Removal::RefuseIfUsed);
}

// ---- edit ----

template <typename T>
EditObjectCommand<T>::EditObjectCommand(PolicyStore *store, const QUuid &parentId, T newValue,
                                        const QString &mergeKey)
    : StoreCommand(store), m_parentId(parentId), m_new(std::move(newValue)), m_mergeKey(mergeKey)
{
    const T *current = Traits<T>::find(*store, parentId, m_new.id);
    m_old = current ? *current : m_new;
    setText(currentText());
}

template <typename T> void EditObjectCommand<T>::setFieldLabel(std::function<QString()> label)
{
    m_fieldLabel = std::move(label);
    setText(currentText());
}

template <typename T> QString EditObjectCommand<T>::currentText() const
{
    if (m_textMaker)
        return m_textMaker();
    if (m_fieldLabel)
        return describeFieldEdit(m_fieldLabel(), Traits<T>::kind, Traits<T>::nameOf(m_new));
    return describeAction(QT_TRANSLATE_NOOP("ipsec::UndoCommands", "Edit %1"), m_new);
}

template <typename T> int EditObjectCommand<T>::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1000 + static_cast<int>(Traits<T>::kind);
}

template <typename T> bool EditObjectCommand<T>::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditObjectCommand<T> *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_parentId != m_parentId ||
        next->m_new.id != m_new.id)
        return false;
    m_new = next->m_new;
    // The step is named after what it holds now, not after its first keystroke ("Edit filter action 'm'").
    if (next->m_fieldLabel)
        m_fieldLabel = next->m_fieldLabel;
    if (next->m_textMaker)
        setText(next->text()); // a maker of its own may refer to `next`: keep its text, not the maker
    else
        setText(currentText());
    setObsolete(m_new == m_old);
    return true;
}

template <typename T> EditResult EditObjectCommand<T>::apply()
{
    if (!Traits<T>::find(*m_store, m_parentId, m_new.id))
        return EditResult::failure(
            UndoCommands::tr("The %1 does not exist any more.").arg(Traits<T>::noun()));
    return Traits<T>::update(*m_store, m_parentId, m_new);
}

template <typename T> void EditObjectCommand<T>::revert()
{
    Traits<T>::update(*m_store, m_parentId, m_old);
}

// ---- remove ----

template <typename T>
RemoveObjectCommand<T>::RemoveObjectCommand(PolicyStore *store, const QUuid &parentId, const QUuid &id,
                                            Removal mode)
    : StoreCommand(store), m_parentId(parentId), m_mode(mode)
{
    if (const T *current = Traits<T>::find(*store, parentId, id)) {
        m_value = *current;
        m_index = Traits<T>::indexOf(*store, parentId, id);
    } else {
        m_value.id = id;
    }
    if (mode == Removal::Cascade) {
        for (const Policy &p : store->data().policies)
            for (int r = 0; r < p.rules.size(); ++r)
                if (Traits<T>::uses(p.rules[r], id))
                    m_cascaded.push_back({p.id, p.rules[r], r});
    }
    setTextMaker([this] {
        return describeAction(
            m_cascaded.empty() ? QT_TRANSLATE_NOOP("ipsec::UndoCommands", "Delete %1")
                               : QT_TRANSLATE_NOOP("ipsec::UndoCommands", "Delete %1 and the rules using it"),
            m_value);
    });
}

template <typename T> EditResult RemoveObjectCommand<T>::apply()
{
    if (m_index < 0)
        return EditResult::failure(UndoCommands::tr("The %1 does not exist.").arg(Traits<T>::noun()));
    return Traits<T>::remove(*m_store, m_parentId, m_value.id, m_mode);
}

template <typename T> void RemoveObjectCommand<T>::revert()
{
    Traits<T>::add(*m_store, m_parentId, m_value, m_index);
    for (const RemovedRule &removed : m_cascaded)
        m_store->addRule(removed.policyId, removed.rule, removed.index);
}

template class AddObjectCommand<FilterList>;
template class AddObjectCommand<Filter>;
template class AddObjectCommand<FilterAction>;
template class AddObjectCommand<Policy>;
template class AddObjectCommand<Rule>;
template class EditObjectCommand<FilterList>;
template class EditObjectCommand<Filter>;
template class EditObjectCommand<FilterAction>;
template class EditObjectCommand<Policy>;
template class EditObjectCommand<Rule>;
template class EditObjectCommand<DefaultResponseRule>;
template class RemoveObjectCommand<FilterList>;
template class RemoveObjectCommand<Filter>;
template class RemoveObjectCommand<FilterAction>;
template class RemoveObjectCommand<Policy>;
template class RemoveObjectCommand<Rule>;

// ---- store info, assignment, whole document ----

EditStoreInfoCommand::EditStoreInfoCommand(PolicyStore *store, StoreInfo info, const QString &mergeKey)
    : StoreCommand(store), m_old(store->data().info), m_new(std::move(info)), m_mergeKey(mergeKey)
{
    setTextMaker([] { return UndoCommands::tr("Edit store properties"); });
}

int EditStoreInfoCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 999;
}

bool EditStoreInfoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditStoreInfoCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey)
        return false;
    m_new = next->m_new;
    // The step is named after what it holds now, not after its first keystroke ("Edit filter action 'm'").
    setText(next->text());
    setObsolete(m_new == m_old);
    return true;
}

EditResult EditStoreInfoCommand::apply()
{
    return m_store->setInfo(m_new);
}

void EditStoreInfoCommand::revert()
{
    m_store->setInfo(m_old);
}

EditIntentsCommand::EditIntentsCommand(PolicyStore *store, std::vector<Intent> intents, const QString &text)
    : StoreCommand(store), m_old(store->data().intents), m_new(std::move(intents))
{
    setText(text);
}

EditResult EditIntentsCommand::apply()
{
    return m_store->setIntents(m_new);
}

void EditIntentsCommand::revert()
{
    m_store->setIntents(m_old);
}

AssignPolicyCommand::AssignPolicyCommand(PolicyStore *store, const QUuid &policyId)
    : StoreCommand(store), m_new(policyId)
{
    if (const Policy *assigned = store->data().assignedPolicy())
        m_old = assigned->id;
    const Policy *p = store->policy(policyId);
    setTextMaker([name = p ? std::optional<QString>(p->name) : std::nullopt] {
        return name ? UndoCommands::tr("Assign policy '%1'").arg(*name) : UndoCommands::tr("Unassign policy");
    });
}

EditResult AssignPolicyCommand::apply()
{
    return m_store->setAssignedPolicy(m_new);
}

void AssignPolicyCommand::revert()
{
    m_store->setAssignedPolicy(m_old);
}

ReplaceStoreCommand::ReplaceStoreCommand(PolicyStore *store, StoreData data, const QString &text)
    : StoreCommand(store), m_old(store->data()), m_new(std::move(data))
{
    setText(text);
}

EditResult ReplaceStoreCommand::apply()
{
    m_store->reset(m_new);
    return EditResult::success();
}

void ReplaceStoreCommand::revert()
{
    m_store->reset(m_old);
}

} // namespace ipsec
