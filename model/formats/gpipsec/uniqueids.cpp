#include "uniqueids.h"

#include "gpipsecfindings.h"

#include <QSet>

namespace ipsec::gpipsec {

namespace {

class IdClaims {
public:
    explicit IdClaims(Findings &findings) : m_findings(findings) {}

    // Claims `id` for the object `what`; when it is taken, `id` becomes a new id and the change is reported.
    // Returns true when the id was changed.
    bool claim(QUuid &id, ObjectKind kind, const QString &what)
    {
        if (id.isNull() || !m_used.contains(id)) {
            m_used.insert(id);
            return false;
        }
        const QUuid old = id;
        for (int n = 1; m_used.contains(id); ++n)
            id = QUuid::createUuidV5(old, QStringLiteral("copy %1").arg(n));
        m_used.insert(id);
        Location where;
        where.kind = kind;
        where.objectId = id;
        where.objectPath = what;
        m_findings.append(makeFinding(code::DuplicateId, Severity::Warning, where,
                                      QStringLiteral("%1 has the id %2 of another object of the input (an "
                                                     "object used twice, or two objects with one GUID); it "
                                                     "is given the id %3")
                                          .arg(what, bracedId(old), bracedId(id))));
        return true;
    }

private:
    Findings &m_findings;
    QSet<QUuid> m_used;
};

} // namespace

void giveEveryObjectItsOwnId(StoreData &store, Findings &findings)
{
    IdClaims claims(findings);
    for (FilterList &list : store.filterLists) {
        claims.claim(list.id, ObjectKind::FilterList, QStringLiteral("Filter list '%1'").arg(list.name));
        for (Filter &filter : list.filters)
            claims.claim(filter.id, ObjectKind::Filter,
                         QStringLiteral("A filter of filter list '%1'").arg(list.name));
    }
    for (FilterAction &action : store.filterActions) {
        const QUuid old = action.id;
        if (claims.claim(action.id, ObjectKind::FilterAction,
                         QStringLiteral("Filter action '%1'").arg(action.name)))
            for (Policy &policy : store.policies)
                for (Rule &rule : policy.rules)
                    if (rule.filterAction == old)
                        rule.filterAction = action.id;
    }
    for (Policy &policy : store.policies) {
        const QString path = QStringLiteral("Policy '%1'").arg(policy.name);
        claims.claim(policy.id, ObjectKind::Policy, path);
        claims.claim(policy.ike.id, ObjectKind::Policy, path + QStringLiteral(" / IKE settings"));
        claims.claim(policy.defaultResponse.id, ObjectKind::DefaultResponseRule,
                     path + QStringLiteral(" / default response rule"));
        claims.claim(policy.defaultResponse.negotiationPolicyId, ObjectKind::DefaultResponseRule,
                     path + QStringLiteral(" / default response rule's filter action"));
        for (Rule &rule : policy.rules)
            claims.claim(rule.id, ObjectKind::Rule, path + QStringLiteral(" / Rule '%1'").arg(rule.name));
    }
}

} // namespace ipsec::gpipsec
