// PolicyStore: the one source of truth of an open document. It owns a StoreData, keeps its integrity
// (no edit through this API can create a dangling reference or a duplicate name) and announces every change.
#pragma once

#include "finding.h"
#include "types.h"

#include <QHash>
#include <QObject>

namespace ipsec {

// A rule that uses a filter list or filter action.
struct RuleRef {
    QUuid policyId;
    QUuid ruleId;
    QString policyName;
    QString ruleName;
    friend bool operator==(const RuleRef &, const RuleRef &) = default;
};

// The result of an edit: refused edits change nothing and say why (and, for deletions, who still uses it).
struct EditResult {
    bool ok = true;
    QString error;
    QList<RuleRef> users;

    static EditResult success() { return {}; }
    static EditResult failure(const QString &why, QList<RuleRef> users = {})
    {
        return {false, why, std::move(users)};
    }
    explicit operator bool() const { return ok; }
};

enum class Removal : std::uint8_t {
    RefuseIfUsed, // the default: Windows refuses to delete what a rule still references
    Cascade,      // also delete the rules that use it (the caller asked explicitly)
};

class PolicyStore : public QObject {
    Q_OBJECT
public:
    explicit PolicyStore(QObject *parent = nullptr);
    explicit PolicyStore(StoreData data, QObject *parent = nullptr);

    const StoreData &data() const { return m_data; }
    // Replaces the whole document (load, import, undo of a bulk change). No integrity check: formats may
    // bring dangling references, which validation reports.
    void reset(StoreData data);

    const FilterList *filterList(const QUuid &id) const;
    const FilterAction *filterAction(const QUuid &id) const;
    const Policy *policy(const QUuid &id) const;
    const Rule *rule(const QUuid &policyId, const QUuid &ruleId) const;
    const Filter *filter(const QUuid &listId, const QUuid &filterId) const;
    int indexOfFilterList(const QUuid &id) const;
    int indexOfFilterAction(const QUuid &id) const;
    int indexOfPolicy(const QUuid &id) const;

    QList<RuleRef> usersOfFilterList(const QUuid &id) const;
    QList<RuleRef> usersOfFilterAction(const QUuid &id) const;
    // "used by 3 rules in 2 policies"
    static QString describeUsage(const QList<RuleRef> &users);

    // ---- edits (index -1 appends) ----
    EditResult setInfo(const StoreInfo &info);

    EditResult addFilterList(FilterList list, int index = -1);
    // Name, description and filters; announced as objectChanged(FilterList): views re-read its filters.
    EditResult updateFilterList(const FilterList &list);
    EditResult removeFilterList(const QUuid &id, Removal mode = Removal::RefuseIfUsed);
    EditResult addFilter(const QUuid &listId, Filter filter, int index = -1);
    EditResult updateFilter(const QUuid &listId, const Filter &filter);
    EditResult removeFilter(const QUuid &listId, const QUuid &filterId);

    EditResult addFilterAction(FilterAction action, int index = -1);
    EditResult updateFilterAction(const FilterAction &action);
    EditResult removeFilterAction(const QUuid &id, Removal mode = Removal::RefuseIfUsed);

    EditResult addPolicy(Policy policy, int index = -1);
    // Every field, rules included (their references are checked). Announced as objectChanged(Policy): views
    // re-read the policy's rules and default response rule.
    EditResult updatePolicy(const Policy &policy);
    EditResult removePolicy(const QUuid &id); // its rules, IKE settings and default response rule go with it

    EditResult addRule(const QUuid &policyId, Rule rule, int index = -1);
    EditResult updateRule(const QUuid &policyId, const Rule &rule);
    EditResult removeRule(const QUuid &policyId, const QUuid &ruleId);
    EditResult setDefaultResponseRule(const QUuid &policyId, const DefaultResponseRule &rule);

    // At most one policy is assigned; a null id unassigns all.
    EditResult setAssignedPolicy(const QUuid &policyId);

    // The whole list of intents (docs/analysis.md, Intents); announced as intentsChanged.
    EditResult setIntents(std::vector<Intent> intents);

signals:
    void aboutToReset();
    void wasReset();
    // kind, the object's id, its parent (filter list of a filter, policy of a rule), its row under the parent
    void objectAdded(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void objectAboutToBeRemoved(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId, int row);
    void objectRemoved(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void objectChanged(ipsec::ObjectKind kind, const QUuid &id, const QUuid &parentId);
    void infoChanged();
    void intentsChanged();
    // After every successful edit or reset: views that redraw everything (validation, previews) listen here.
    void changed();

private:
    EditResult checkName(ObjectKind kind, const QString &name, const QUuid &self) const;
    EditResult checkRule(const Policy &policy, const Rule &rule) const;
    void rebuildIndex();
    int removeRulesUsing(const QUuid &listOrActionId);

    StoreData m_data;
    QHash<QUuid, int> m_listIndex;
    QHash<QUuid, int> m_actionIndex;
    QHash<QUuid, int> m_policyIndex;
};

} // namespace ipsec
