// The reference scenario: "Configure encryption for ExpressRoute private peering with IPsec transport mode"
// (Microsoft Learn), built exactly as the article builds it in the MMC.
#pragma once

#include "core/types.h"

namespace ipsec::expressroute {

// The template's objects have fixed GUIDs (name-based, UUID v5 under one namespace), so that the same
// template always gives the same file. Create a second copy in the same domain by importing with new GUIDs
// instead.
QUuid stableId(const QString &objectKey);

StoreData store();

} // namespace ipsec::expressroute
