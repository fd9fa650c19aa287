// The document's "intents" (docs/file-format.md, Intents), read from their own small JSON array apart from
// the rest of the document (the streaming writer writes them with the rest: jsonwriter.cpp).
#pragma once

#include "core/finding.h"
#include "core/types.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace ipsec::json {

// `value` is the document's "intents" member. Problems become findings whose pointer starts with
// "/intents" (IPS-104 wrong type, IPS-105 missing key, IPS-106 unknown expectation, IPS-114 unknown key);
// an intent with an error is left out. The packet text is kept as written: validation judges it (IPS-090).
std::vector<Intent> intentsFromJson(const nlohmann::json &value, Findings &findings);

} // namespace ipsec::json
