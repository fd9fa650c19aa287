// What the analysis commands (explain, analyze, peer) share: reading a store argument of any importable
// format, and the JSON form of a filter of a policy.
#pragma once

#include "analysis/packetmatch.h"
#include "core/types.h"

#include <QCommandLineParser>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace ipsec::cli {

// FILE (a document or any importable file) and --from FORMAT, as explain and analyze take them.
void addStoreArgument(QCommandLineParser &parser);

// The store in `path`, read as `fromFormat` (empty: guessed from the suffix, see importFormatFor); nullopt
// with the reason in `error` (the import findings went to stderr).
std::optional<StoreData> readStoreArgument(const QString &path, const QString &fromFormat, QString *error);

// {"rule", "filterList", "filter", "filterId", "filterAction"} of one filter of a policy.
nlohmann::ordered_json filterJson(const analysis::PolicyFilter &filter);

} // namespace ipsec::cli
