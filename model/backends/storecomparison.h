// Verification after an apply: does what the system now holds match what was designed? Systems give objects
// their own GUIDs (netsh creates new ones), so objects are matched by kind and name, and references are
// compared by the names they point to.
#pragma once

#include "core/finding.h"
#include "core/types.h"

namespace ipsec {

// One finding (IPS-520..IPS-529) per designed object that is missing or different in `actual`.
// Objects in `actual` that the design does not have are reported as info (IPS-523).
// `compareAssignment`: whether the assigned flag must match. A domain store's policies are assigned through a
// GPO link, which a netsh apply without a GPO name does not create, so the workflow compares it only for the
// local store.
Findings compareDesignWithSystem(const StoreData &designed, const StoreData &actual,
                                 bool compareAssignment = true);

} // namespace ipsec
