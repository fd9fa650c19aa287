#include "lostreferences.h"

#include <QStringList>

namespace ipsec {

Findings leaveOutRulesWithLostReferences(StoreData &store, const RuleLocator &where)
{
    Findings findings;
    for (Policy &policy : store.policies) {
        QList<Rule> kept;
        kept.reserve(policy.rules.size());
        for (const Rule &rule : std::as_const(policy.rules)) {
            QStringList lost;
            if (!rule.filterList.isNull() && !store.filterList(rule.filterList))
                lost << QStringLiteral("filter list %1").arg(rule.filterList.toString(QUuid::WithBraces));
            if (!rule.filterAction.isNull() && !store.filterAction(rule.filterAction))
                lost << QStringLiteral("filter action %1").arg(rule.filterAction.toString(QUuid::WithBraces));
            if (lost.isEmpty()) {
                kept.append(rule);
                continue;
            }
            Finding f;
            f.code = QString::fromUtf16(kRuleLeftOutCode);
            f.severity = Severity::Error;
            if (where)
                f.location = where(policy, rule);
            f.location.kind = ObjectKind::Rule;
            f.location.objectId = rule.id;
            f.location.parentId = policy.id;
            f.location.objectPath = QStringLiteral("Policy '%1' / Rule '%2'").arg(policy.name, rule.name);
            f.message =
                QStringLiteral("rule '%1' of policy '%2' refers to %3, which was not read (lost or not "
                               "in the input); the rule is left out")
                    .arg(rule.name, policy.name, lost.join(QStringLiteral(" and ")));
            f.hint =
                QStringLiteral("Fix or add the missing object in the input and import again, or recreate "
                               "the rule.");
            findings.append(f);
        }
        policy.rules = kept;
    }
    return findings;
}

} // namespace ipsec
