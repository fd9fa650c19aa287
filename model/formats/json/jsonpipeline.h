// nlohmann's SAX parser on a second thread, the handler on the calling one: the parser's events are recorded
// in batches and replayed, in the same order, to the handler, so that tokenizing a large document and
// building its store share two cores instead of taking turns on one (docs/performance.md, "Second machine":
// JSON load on two cores). Internal to the format library.
#pragma once

#include "core/batchqueue.h"

#include <bit>
#include <cstdint>
#include <exception>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace ipsec::json::detail {

struct SaxEvent {
    enum class Kind : std::uint8_t {
        Null,
        Boolean,
        Integer,
        Unsigned,
        Float,
        Binary,
        String,
        Key,
        StartObject,
        EndObject,
        StartArray,
        EndArray,
        ParseError
    };
    // 16 bytes: a document of 100,000 filters gives some four million events, and the parsing thread writes
    // each one (at 48 bytes, the recorder was a tenth of that thread; docs/performance.md, "Fifth machine").
    Kind kind = Kind::Null;
    bool boolean = false;         // Boolean
    std::uint32_t textLength = 0; // String, Key, ParseError: the text's length
    std::uint64_t payload = 0; // String, Key, ParseError: the text's offset in the batch; numbers: their bits

    static SaxEvent of(Kind kind, std::uint64_t payload = 0)
    {
        SaxEvent e;
        e.kind = kind;
        e.payload = payload;
        return e;
    }
    std::int64_t integer() const { return std::bit_cast<std::int64_t>(payload); }
    double number() const { return std::bit_cast<double>(payload); }
};
static_assert(sizeof(SaxEvent) == 16);

// Events in batches of this many: each batch some 400 KB of events and its strings, at most
// kSaxBatchesInFlight of them, so memory stays a few megabytes whatever the document's size.
constexpr std::size_t kEventsPerBatch = 8192;
constexpr int kSaxBatchesInFlight = 8;

struct SaxBatch {
    SaxBatch() { events.reserve(kEventsPerBatch); }
    void clear()
    {
        events.clear();
        text.clear();
        errorPosition = 0;
    }
    std::vector<SaxEvent> events;
    std::string text;
    std::uint64_t errorPosition = 0; // the position nlohmann gave with a ParseError event
};

using SaxBatchQueue = BatchQueue<SaxBatch>;

// The SAX handler of the parsing thread: records every event.
class SaxRecorder {
public:
    using json = nlohmann::json;

    explicit SaxRecorder(SaxBatchQueue &queue) : m_queue(queue), m_batch(queue.emptyBatch()) {}
    void flush(); // hands the last, partly filled batch over

    bool null() { return add(SaxEvent::of(SaxEvent::Kind::Null)); }
    bool boolean(bool value)
    {
        SaxEvent e = SaxEvent::of(SaxEvent::Kind::Boolean);
        e.boolean = value;
        return add(e);
    }
    bool number_integer(json::number_integer_t value)
    {
        return add(SaxEvent::of(SaxEvent::Kind::Integer, std::bit_cast<std::uint64_t>(value)));
    }
    bool number_unsigned(json::number_unsigned_t value)
    {
        return add(SaxEvent::of(SaxEvent::Kind::Unsigned, value));
    }
    bool number_float(json::number_float_t value, const json::string_t &)
    {
        return add(SaxEvent::of(SaxEvent::Kind::Float, std::bit_cast<std::uint64_t>(value)));
    }
    bool string(json::string_t &value) { return addText(SaxEvent::Kind::String, value); }
    bool binary(json::binary_t &) { return add(SaxEvent::of(SaxEvent::Kind::Binary)); }
    bool start_object(std::size_t) { return add(SaxEvent::of(SaxEvent::Kind::StartObject)); }
    bool end_object() { return add(SaxEvent::of(SaxEvent::Kind::EndObject)); }
    bool start_array(std::size_t) { return add(SaxEvent::of(SaxEvent::Kind::StartArray)); }
    bool end_array() { return add(SaxEvent::of(SaxEvent::Kind::EndArray)); }
    bool key(json::string_t &name) { return addText(SaxEvent::Kind::Key, name); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        const SaxEvent event = textEvent(SaxEvent::Kind::ParseError, e.what());
        if (m_batch)
            m_batch->errorPosition = position;
        add(event);
        return false; // as the replayed handler does: the parse ends here
    }

private:
    SaxEvent textEvent(SaxEvent::Kind kind, std::string_view text);
    bool addText(SaxEvent::Kind kind, std::string_view text) { return m_batch && add(textEvent(kind, text)); }
    bool add(const SaxEvent &e)
    {
        if (!m_batch)
            return false; // the builder stopped: end the parse
        m_batch->events.push_back(e);
        if (m_batch->events.size() < kEventsPerBatch)
            return true;
        m_queue.push(std::move(m_batch));
        m_batch = m_queue.emptyBatch();
        return m_batch != nullptr;
    }

    SaxBatchQueue &m_queue;
    std::unique_ptr<SaxBatch> m_batch;
};

// Gives `handler` the events of one batch, as nlohmann's parser would have. The handler takes syntax errors
// through syntaxError(position, what), the part of its parse_error that does not need nlohmann's exception.
template <typename Handler> void replay(Handler &handler, const SaxBatch &batch, std::string &scratch)
{
    using json = nlohmann::json;
    const auto text = [&](const SaxEvent &e) -> std::string & {
        scratch.assign(batch.text, e.payload, e.textLength);
        return scratch;
    };
    for (const SaxEvent &e : batch.events) {
        switch (e.kind) {
        case SaxEvent::Kind::Null:
            handler.null();
            break;
        case SaxEvent::Kind::Boolean:
            handler.boolean(e.boolean);
            break;
        case SaxEvent::Kind::Integer:
            handler.number_integer(e.integer());
            break;
        case SaxEvent::Kind::Unsigned:
            handler.number_unsigned(e.payload);
            break;
        case SaxEvent::Kind::Float:
            handler.number_float(e.number(), json::string_t());
            break;
        case SaxEvent::Kind::Binary: {
            json::binary_t none;
            handler.binary(none);
            break;
        }
        case SaxEvent::Kind::String:
            handler.string(text(e));
            break;
        case SaxEvent::Kind::Key:
            handler.key(text(e));
            break;
        case SaxEvent::Kind::StartObject:
            handler.start_object(std::size_t(-1));
            break;
        case SaxEvent::Kind::EndObject:
            handler.end_object();
            break;
        case SaxEvent::Kind::StartArray:
            handler.start_array(std::size_t(-1));
            break;
        case SaxEvent::Kind::EndArray:
            handler.end_array();
            break;
        case SaxEvent::Kind::ParseError:
            handler.syntaxError(std::size_t(batch.errorPosition), text(e));
            break;
        }
    }
}

// nlohmann::json::sax_parse(begin, end, &handler), with the parser on a second thread and the handler on this
// one. The handler builds the store, so its memory is allocated by the calling thread: from the main thread,
// in glibc's main arena, which the huge-page tunable covers; another thread's arena it does not cover, and
// there every 4 KiB of store cost a page fault (docs/performance.md, "Fifth machine, session 11"). An
// exception the handler throws ends the parse; one the parser throws (memory, a read error) is thrown again
// here, as from sax_parse. `begin` and `end` are pointers into the text, or a ReadAheadFile's iterators.
template <typename Iterator, typename Handler>
void pipelinedSaxParse(Iterator begin, Iterator end, Handler &handler)
{
    SaxBatchQueue queue(kSaxBatchesInFlight);
    std::exception_ptr parseFailure;
    JoiningThread parser([&queue] { queue.stop(); },
                         [&queue, &parseFailure, begin = std::move(begin), end = std::move(end)]() mutable {
                             try {
                                 SaxRecorder recorder(queue);
                                 nlohmann::json::sax_parse(std::move(begin), std::move(end), &recorder);
                                 recorder.flush();
                             } catch (...) {
                                 parseFailure = std::current_exception();
                             }
                             queue.finish();
                         });
    std::string scratch;
    while (std::unique_ptr<SaxBatch> batch = queue.pop()) {
        replay(handler, *batch, scratch);
        queue.recycle(std::move(batch));
    }
    parser.join();
    if (parseFailure)
        std::rethrow_exception(parseFailure);
}

} // namespace ipsec::json::detail
