// Comparing what a backup sets with a baseline (another backup, a .wfw, a registry.pol or a designer
// document translated to Windows Firewall content), as Policy Analyzer does: what the baseline sets that
// this one does not, what differs, what conflicts, and what only this one sets. docs/review.md, "Baseline".
#pragma once

#include "reviewmodel.h"

namespace ipsec::review {

enum class DifferenceKind : std::uint8_t {
    Missing,   // the baseline sets it, this does not
    Differs,   // both set it; the conditions differ (same action)
    Conflicts, // both set it with a different value, action, direction or state
    Extra,     // only this one sets it
};
QString differenceName(DifferenceKind kind); // "missing", "differs", "conflicts", "extra"

struct BaselineDifference {
    DifferenceKind kind = DifferenceKind::Missing;
    QString area; // "Public profile", "Global settings", "Firewall rule", "Connection security rule", "Set"
    QString item; // the setting's label or the rule's name
    QString baselineValue;
    QString thisValue;
};

struct BaselineComparison {
    QString baselinePath;
    QList<BaselineDifference> differences;
    Findings findings; // one per difference, IPS-720 – IPS-723

    int count(DifferenceKind kind) const;
};

// Every GPO of a side is merged (Windows merges the GPOs that apply; the first that sets a value wins here).
PolicyContent mergeContent(const QList<PolicyContent> &contents);

BaselineComparison compareWithBaseline(const PolicyContent &mine, const PolicyContent &baseline,
                                       const QString &baselinePath);

// Short text of a rule for the comparison: "allow in TCP 443 from any".
QString summariseRule(const ReviewRule &rule);

} // namespace ipsec::review
