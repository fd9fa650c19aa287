// One-line texts the models show for objects that have no name of their own.
#pragma once

#include "core/types.h"

#include <QString>

namespace ipsec {

// "me ↔ any TCP any→8080": addresses, direction (↔ mirrored), protocol and ports.
QString filterSummary(const Filter &filter);
// Everything the search box may match in a filter: addresses, protocol, ports, description.
QString filterSearchText(const Filter &filter);

} // namespace ipsec
