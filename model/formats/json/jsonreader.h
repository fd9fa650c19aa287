// Document text → store, every problem a finding with its JSON pointer. Internal to the format library.
#pragma once

#include "formats/format.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace ipsec::json::detail {

// How nlohmann's parser and the store's reader share the work: on two threads from about a megabyte
// (jsonpipeline.h), or as the tests choose.
enum class ParseMode : std::uint8_t { BySize, OneThread, TwoThreads };

ImportResult readDocument(const QByteArray &bytes, const QString &fileName,
                          ParseMode mode = ParseMode::BySize);

} // namespace ipsec::json::detail
