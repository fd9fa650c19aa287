// What `show` prints: policies with their rules (filter list, filter action, authentication), filter lists
// with their filters, filter actions with their methods. Preshared keys are masked (describe(AuthMethod)).
#pragma once

#include "core/types.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace ipsec::cli {

QString storeListingText(const StoreData &store);
nlohmann::ordered_json storeListingJson(const StoreData &store);

} // namespace ipsec::cli
