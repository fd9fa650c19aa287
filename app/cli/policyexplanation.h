// What `review` says about a store: for each policy, what each rule does to which traffic (from the
// analysis library's diagram graph), the management paths the policy would block or make require IPsec (the
// lock-out guard), and the validation findings. Preshared keys are never shown.
#pragma once

#include "core/types.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace ipsec::cli {

QString explainStore(const StoreData &store);
nlohmann::ordered_json explainStoreJson(const StoreData &store);

} // namespace ipsec::cli
