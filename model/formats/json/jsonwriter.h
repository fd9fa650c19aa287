// Store → canonical document text (docs/file-format.md). Internal to the format library.
#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace ipsec::json::detail {

// Receives the document's text a piece at a time (about a megabyte each); after a false it is given no more
// (the rest is still rendered, and dropped).
using DocumentSink = std::function<bool(QByteArrayView)>;

QByteArray writeDocument(const StoreData &store);
// The same text, given to `sink` in pieces; false when the sink refused one.
bool writeDocument(const StoreData &store, DocumentSink sink);
// About how long the document will be (what writeDocument reserves).
qsizetype estimatedDocumentBytes(const StoreData &store);

} // namespace ipsec::json::detail
