// The named item-data roles every model of this folder answers, so views never guess at Qt::UserRole + n.
// Validation state travels through these roles: a view colours or marks an item from ValidationSeverityRole /
// ValidationMessageRole without knowing the validator.
#pragma once

#include <Qt>

namespace ipsec {

enum ItemRole : int {
    ObjectKindRole = Qt::UserRole + 1, // int(ipsec::ObjectKind) of the item
    ObjectIdRole,                      // QUuid of the object (null for group items)
    ParentIdRole,                      // QUuid of the filter list of a filter, the policy of a rule
    ValidationSeverityRole,            // int(ipsec::Severity) of the worst finding, or -1 when none
    ValidationMessageRole,             // the findings' messages, one per line (empty when none)
    SearchTextRole,                    // everything the search box matches: name, addresses, ports, protocol
    ChildCountRole,                    // number of children in the store (rules, filters), for counts
    FieldRole,                         // the finding's field (Problems model), e.g. "source.mask"
    FindingCodeRole,                   // the finding's code (Problems model), e.g. "IPS-012"
};

// The value of ValidationSeverityRole when an object has no finding.
inline constexpr int NoSeverity = -1;

} // namespace ipsec
