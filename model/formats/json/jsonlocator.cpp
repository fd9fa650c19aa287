#include "jsonlocator.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <streambuf>
#include <string_view>
#include <unordered_map>

namespace ipsec::json::detail {
namespace {

// A read-only stream over the document's bytes whose read position the SAX handler can ask for.
class MemoryBuffer : public std::streambuf {
public:
    MemoryBuffer(const char *begin, const char *end)
    {
        // std::streambuf wants char*, but this buffer never writes: it has no put area.
        char *b = const_cast<char *>(begin);
        setg(b, b, const_cast<char *>(end));
    }
    qint64 position() const { return gptr() - eback(); }
};

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
}

// Follows the JSON pointer of every value while nlohmann streams through the document, and records where
// the values named by the wanted pointers start.
class PointerTracker {
public:
    using Json = nlohmann::json;

    PointerTracker(const QByteArray &bytes, const MemoryBuffer &buffer,
                   const std::vector<PointerQuery> &queries)
        : m_bytes(bytes), m_buffer(buffer), m_offsets(queries.size(), -1), m_remaining(queries.size())
    {
        for (std::size_t i = 0; i < queries.size(); ++i)
            m_wanted[queries[i].pointer].queries.push_back({i, queries[i].occurrence});
    }

    std::vector<qint64> offsets() && { return std::move(m_offsets); }

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(Json::number_integer_t) { return scalar(); }
    bool number_unsigned(Json::number_unsigned_t) { return scalar(); }
    bool number_float(Json::number_float_t, const std::string &) { return scalar(); }
    bool string(std::string &) { return scalar(); }
    bool binary(Json::binary_t &) { return scalar(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string &name)
    {
        Frame &frame = m_frames.back();
        m_path.resize(frame.pathLength);
        appendPointerSegment(m_path, name);
        frame.keyed = true;
        m_lastEnd = m_buffer.position();
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    struct Frame {
        std::size_t pathLength; // the container's own pointer length
        bool isArray;
        std::size_t nextIndex = 0;
        bool keyed = false;
    };

    // Called as a value begins: sets m_path to its pointer and records its start when wanted.
    bool enterValue()
    {
        if (!m_frames.empty() && m_frames.back().isArray) {
            Frame &frame = m_frames.back();
            m_path.resize(frame.pathLength);
            m_path += '/';
            m_path += std::to_string(frame.nextIndex++);
        }
        if (const auto it = m_wanted.find(m_path); it != m_wanted.end()) {
            qint64 start = m_lastEnd;
            while (start < m_bytes.size() && isSeparator(m_bytes.at(start)))
                ++start;
            Wanted &wanted = it->second;
            for (const auto &[index, occurrence] : wanted.queries) {
                if (occurrence == wanted.seen) {
                    m_offsets[index] = start;
                    --m_remaining;
                }
            }
            ++wanted.seen;
        }
        return m_remaining > 0; // false stops the parse early
    }

    bool scalar()
    {
        const bool more = enterValue();
        m_lastEnd = m_buffer.position();
        return more;
    }

    bool open(bool isArray)
    {
        const bool more = enterValue();
        m_frames.push_back({m_path.size(), isArray});
        m_lastEnd = m_buffer.position();
        return more;
    }

    bool close()
    {
        m_frames.pop_back();
        m_lastEnd = m_buffer.position();
        return true;
    }

    const QByteArray &m_bytes;
    const MemoryBuffer &m_buffer;
    struct Wanted {
        std::vector<std::pair<std::size_t, int>> queries; // index into the offsets, occurrence
        int seen = 0;
    };
    std::unordered_map<std::string, Wanted> m_wanted;
    std::vector<qint64> m_offsets;
    std::size_t m_remaining = 0;
    std::vector<Frame> m_frames;
    std::string m_path;
    qint64 m_lastEnd = 0;
};

} // namespace

void appendPointerSegment(std::string &pointer, std::string_view key)
{
    // RFC 6901: '~' is written "~0" and '/' is written "~1".
    pointer += '/';
    for (const char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

TextPosition textPosition(const QByteArray &bytes, qint64 byteOffset)
{
    const qint64 end = std::clamp<qint64>(byteOffset, 0, bytes.size());
    TextPosition p{1, 1};
    for (qint64 i = 0; i < end; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++p.column;
        }
    }
    return p;
}

std::vector<qint64> locatePointers(const QByteArray &bytes, const std::vector<PointerQuery> &queries)
{
    MemoryBuffer buffer(bytes.constData(), bytes.constData() + bytes.size());
    std::istream stream(&buffer);
    PointerTracker tracker(bytes, buffer, queries);
    try {
        nlohmann::json::sax_parse(stream, &tracker);
    } catch (const std::exception &) {
        // Positions are a courtesy: a document that fails here simply keeps its findings without them.
    }
    return std::move(tracker).offsets();
}

} // namespace ipsec::json::detail
