// What changed between two stores (for reviewing an exported or re-imported policy): added, removed and
// changed objects with field-level changes. Objects are matched by GUID, and by name when the GUIDs differ
// (filters, which have no name, by the traffic they match). Preshared keys are compared but never shown.
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <QList>
#include <QString>

namespace ipsec::analysis {

enum class ChangeKind : std::uint8_t { Added, Removed, Changed };

struct FieldChange {
    QString field;  // "securityMethods[1]", "ike.lifetimeMinutes"
    QString before; // empty when the field did not exist (a list grew)
    QString after;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct ObjectChange {
    ChangeKind change = ChangeKind::Changed;
    ObjectKind kind = ObjectKind::None;
    QUuid id;                   // the object in the newer store (the older one for removals)
    QUuid parentId;             // the filter list of a filter, the policy of a rule
    QString path;               // "Policy 'p' / Rule 'r'"
    bool matchedByName = false; // the GUIDs differ: matched by name (or, for a filter, by its traffic)
    QList<FieldChange> fields;
};

struct StoreDiff {
    QList<ObjectChange> changes; // in store order: info, filter lists, filter actions, policies
    bool isEmpty() const { return changes.isEmpty(); }
    int count(ChangeKind kind) const;
};

StoreDiff diffStores(const StoreData &before, const StoreData &after);
// One block per object: "+ Filter list 'x'", "- …", "~ …" followed by "    field: before → after" lines, and
// a summary line at the end; "no differences" when equal.
QString renderDiff(const StoreDiff &diff);
// A self-contained HTML page of the same content (every text escaped), for attaching to a change review.
QString renderDiffHtml(const StoreDiff &diff, const QString &beforeName, const QString &afterName);

} // namespace ipsec::analysis
