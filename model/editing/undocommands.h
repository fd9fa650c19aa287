// One QUndoCommand per user action, each built on PolicyStore's API (which keeps integrity and announces
// the change, so every view updates by itself on undo and redo).
//
// Use execute(): it runs the command once, and only if the store accepted the edit does the command go on
// the stack; a refused edit (duplicate name, filter list still in use) changes nothing and returns why.
#pragma once

#include "core/policystore.h"

#include <QUndoCommand>
#include <functional>
#include <vector>

class QUndoStack;

namespace ipsec {

class StoreCommand : public QUndoCommand {
public:
    explicit StoreCommand(PolicyStore *store, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;
    // The store's answer to the last redo.
    const EditResult &result() const { return m_result; }

    // The step's text, made again by retranslate() in the language of the moment, so that the History panel
    // and the Undo menu follow a change of language (docs/gui.md). The maker may refer to this command, but
    // to no other; it is asked at once.
    void setTextMaker(std::function<QString()> maker);
    void retranslate();

protected:
    // What retranslate() shows: the maker's text, or the text set last.
    virtual QString currentText() const { return m_textMaker ? m_textMaker() : text(); }
    std::function<QString()> m_textMaker;
    virtual EditResult apply() = 0;
    virtual void revert() = 0;
    PolicyStore *m_store;

private:
    friend EditResult execute(QUndoStack *stack, StoreCommand *command);
    EditResult m_result;
    bool m_alreadyDone = false;
};

// Runs the command; on success hands it to the stack (without running it twice), or deletes it when no
// stack is given; on failure deletes it. Takes ownership.
EditResult execute(QUndoStack *stack, StoreCommand *command);

// "Edit source address of filter 'me ↔ 10.2.27.0/25'": the undo step of one field, named after the field
// (docs/gui.md), in the language of the moment.
QString describeFieldEdit(const QString &fieldLabel, ObjectKind kind, const QString &name);
// How undo steps name a filter: its description, or what it matches.
QString describeObject(const Filter &filter);

// ---- add / edit / remove, one template per action over each kind ----
// parentId: the filter list of a filter, the policy of a rule or default response rule; ignored otherwise.

template <typename T> class AddObjectCommand : public StoreCommand {
public:
    AddObjectCommand(PolicyStore *store, const QUuid &parentId, T value, int index = -1);
    const QUuid &objectId() const { return m_value.id; }

protected:
    EditResult apply() override;
    void revert() override;

private:
    QUuid m_parentId;
    T m_value;
    int m_index;
};

// Continuous typing: commands with the same non-empty mergeKey on the same object merge into one step.
template <typename T> class EditObjectCommand : public StoreCommand {
public:
    EditObjectCommand(PolicyStore *store, const QUuid &parentId, T newValue, const QString &mergeKey = {});
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    // Names the step after one field ("Edit source address of filter '…'"): `label` gives the field's
    // words in the language of the moment and must hold no pointer to a command (merging copies it).
    void setFieldLabel(std::function<QString()> label);

protected:
    EditResult apply() override;
    void revert() override;
    QString currentText() const override;

private:
    QUuid m_parentId;
    T m_old;
    T m_new;
    QString m_mergeKey;
    std::function<QString()> m_fieldLabel;
};

template <typename T> class RemoveObjectCommand : public StoreCommand {
public:
    // mode matters for filter lists and filter actions only: Cascade also removes the rules that use them
    // (and undo puts those rules back where they were).
    RemoveObjectCommand(PolicyStore *store, const QUuid &parentId, const QUuid &id,
                        Removal mode = Removal::RefuseIfUsed);

protected:
    EditResult apply() override;
    void revert() override;

private:
    struct RemovedRule {
        QUuid policyId;
        Rule rule;
        int index;
    };
    QUuid m_parentId;
    T m_value;
    int m_index = -1;
    Removal m_mode;
    std::vector<RemovedRule> m_cascaded; // in ascending index order per policy
};

using AddFilterListCommand = AddObjectCommand<FilterList>;
using AddFilterCommand = AddObjectCommand<Filter>;
using AddFilterActionCommand = AddObjectCommand<FilterAction>;
using AddPolicyCommand = AddObjectCommand<Policy>;
using AddRuleCommand = AddObjectCommand<Rule>;
using EditFilterListCommand = EditObjectCommand<FilterList>;
using EditFilterCommand = EditObjectCommand<Filter>;
using EditFilterActionCommand = EditObjectCommand<FilterAction>;
using EditPolicyCommand = EditObjectCommand<Policy>;
using EditRuleCommand = EditObjectCommand<Rule>;
using EditDefaultResponseRuleCommand = EditObjectCommand<DefaultResponseRule>;
using RemoveFilterListCommand = RemoveObjectCommand<FilterList>;
using RemoveFilterCommand = RemoveObjectCommand<Filter>;
using RemoveFilterActionCommand = RemoveObjectCommand<FilterAction>;
using RemovePolicyCommand = RemoveObjectCommand<Policy>;
using RemoveRuleCommand = RemoveObjectCommand<Rule>;

extern template class AddObjectCommand<FilterList>;
extern template class AddObjectCommand<Filter>;
extern template class AddObjectCommand<FilterAction>;
extern template class AddObjectCommand<Policy>;
extern template class AddObjectCommand<Rule>;
extern template class EditObjectCommand<FilterList>;
extern template class EditObjectCommand<Filter>;
extern template class EditObjectCommand<FilterAction>;
extern template class EditObjectCommand<Policy>;
extern template class EditObjectCommand<Rule>;
extern template class EditObjectCommand<DefaultResponseRule>;
extern template class RemoveObjectCommand<FilterList>;
extern template class RemoveObjectCommand<Filter>;
extern template class RemoveObjectCommand<FilterAction>;
extern template class RemoveObjectCommand<Policy>;
extern template class RemoveObjectCommand<Rule>;

// ---- the rest ----

class EditStoreInfoCommand : public StoreCommand {
public:
    EditStoreInfoCommand(PolicyStore *store, StoreInfo info, const QString &mergeKey = {});
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    EditResult apply() override;
    void revert() override;

private:
    StoreInfo m_old;
    StoreInfo m_new;
    QString m_mergeKey;
};

// Replaces the document's intents (add, remove or edit one: the caller passes the whole new list).
class EditIntentsCommand : public StoreCommand {
public:
    EditIntentsCommand(PolicyStore *store, std::vector<Intent> intents, const QString &text);

protected:
    EditResult apply() override;
    void revert() override;

private:
    std::vector<Intent> m_old;
    std::vector<Intent> m_new;
};

// Assigns one policy (a null id unassigns all); undo restores the previous assignment.
class AssignPolicyCommand : public StoreCommand {
public:
    AssignPolicyCommand(PolicyStore *store, const QUuid &policyId);

protected:
    EditResult apply() override;
    void revert() override;

private:
    QUuid m_old;
    QUuid m_new;
};

// Replaces the whole document (import into the document, a bulk change); undo brings the old one back.
class ReplaceStoreCommand : public StoreCommand {
public:
    ReplaceStoreCommand(PolicyStore *store, StoreData data, const QString &text);

protected:
    EditResult apply() override;
    void revert() override;

private:
    StoreData m_old;
    StoreData m_new;
};

} // namespace ipsec
