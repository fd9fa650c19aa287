// Where things are in a document's bytes: line and column of a byte offset, and the byte offset of the value
// a JSON pointer names. Used only to annotate findings, so it runs only when there are some.
#pragma once

#include <QByteArray>
#include <string>
#include <string_view>
#include <vector>

namespace ipsec::json::detail {

struct TextPosition {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (UTF-8 code points)
};

TextPosition textPosition(const QByteArray &bytes, qint64 byteOffset);

// Appends "/key" to a JSON pointer, escaped as RFC 6901 says.
void appendPointerSegment(std::string &pointer, std::string_view key);

// A value to find: the one a JSON pointer names, at that pointer's n-th occurrence (0: the first; a key that
// repeats in its object names several values).
struct PointerQuery {
    std::string pointer;
    int occurrence = 0;
};

// The byte offset where each queried value starts, or -1 when the document has no such value.
// One streaming pass over the document; stops once every query is answered.
std::vector<qint64> locatePointers(const QByteArray &bytes, const std::vector<PointerQuery> &queries);

} // namespace ipsec::json::detail
