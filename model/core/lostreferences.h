// The one rule every importer follows for references it could not resolve (docs/findings.md, IPS-920): a rule
// whose filter list or filter action is not in the imported store (its object was lost, or never was in the
// input) is left out and reported, so an import never hands the editor a dangling reference.
#pragma once

#include "finding.h"
#include "types.h"

#include <functional>

namespace ipsec {

inline constexpr char16_t kRuleLeftOutCode[] = u"IPS-920";

// Where the importer read a rule (file and line); may be empty. The finding's object path is filled in.
using RuleLocator = std::function<Location(const Policy &policy, const Rule &rule)>;

// Removes every rule whose non-null filter list or filter action is not in `store`; one error finding each.
Findings leaveOutRulesWithLostReferences(StoreData &store, const RuleLocator &where = {});

} // namespace ipsec
