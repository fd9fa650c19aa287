// Document text → store, every problem a finding with its JSON pointer. Internal to the format library.
#pragma once

#include "core/readaheadfile.h"
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

// Whether a document of `size` bytes is parsed while it is read (a file big enough for two threads).
bool worthReadingAhead(qsizetype size);

// The document as `file` reads it, the parse following the read (loadFile). `read` is what the read ended
// with: a result is only the document's when `read.failed` and `read.grew` are both false.
ImportResult readDocument(ReadAheadFile &file, qsizetype expectedSize, const QString &fileName,
                          ReadAheadFile::Result &read);

} // namespace ipsec::json::detail
