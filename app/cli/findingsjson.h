// Findings as JSON for `validate --json`: a stable shape for scripts and CI.
#pragma once

#include "core/finding.h"

#include <nlohmann/json.hpp>

namespace ipsec::cli {

// "filterList", "rule", ...; empty for ObjectKind::None.
QString objectKindName(ObjectKind kind);
// {"code", "severity", "message", "hint", "location": {...only the parts that are known}}
nlohmann::ordered_json toJson(const Finding &finding);
// {"errors": n, "warnings": n, "infos": n, "findings": [...]}
nlohmann::ordered_json findingsReport(const Findings &findings);

} // namespace ipsec::cli
