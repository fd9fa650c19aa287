// Store → canonical document text (docs/file-format.md). Internal to the format library.
#pragma once

#include "core/types.h"

#include <QByteArray>

namespace ipsec::json::detail {

QByteArray writeDocument(const StoreData &store);

} // namespace ipsec::json::detail
