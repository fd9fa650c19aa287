#include "jsonreader.h"

#include "jsonfindings.h"
#include "jsonkeys.h"
#include "jsonlocator.h"
#include "jsonobjectreader.h"
#include "jsonpipeline.h"
#include "jsontree.h"

#include <QHash>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

namespace ipsec::json::detail {
namespace {

// A filter, the most frequent object, takes about 320 bytes of the canonical text.
constexpr qsizetype kBytesPerObject = 300;
// From this size a document is parsed on one thread and read into the store on another (jsonpipeline.h):
// below it, starting a thread costs more than it saves.
constexpr qsizetype kTwoThreadsFromBytes = qsizetype(1) << 20;

// Turns nlohmann's parse error text into a message without its position prefix and without the "last read"
// excerpt: that excerpt may be part of a preshared key.
QString syntaxMessage(const std::string &what)
{
    std::string message = what;
    if (const auto colon = message.find(": "); colon != std::string::npos)
        message.erase(0, colon + 2);
    if (const auto lastRead = message.find("; last read: '"); lastRead != std::string::npos)
        message.erase(lastRead);
    return QString::fromStdString(message);
}

// A UTF-16 or UTF-32 byte order mark, or the NUL bytes of ASCII text in UTF-16: JSON files must be UTF-8.
bool looksWideEncoded(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    return bytes.size() >= 2 && (bytes.at(0) == '\0' || bytes.at(1) == '\0');
}

// The arrays whose elements are read one at a time as they arrive (docs/performance.md, "JSON load"): the
// document's filter lists, filter actions and policies, and each filter list's filters. Everything else is
// small and is kept as a value tree until its element of such an array ends.
enum class Stream : std::uint8_t { None, FilterLists, Filters, FilterActions, Policies };

Stream streamOfDocumentKey(std::string_view key)
{
    if (key == key::FilterLists)
        return Stream::FilterLists;
    if (key == key::FilterActions)
        return Stream::FilterActions;
    if (key == key::Policies)
        return Stream::Policies;
    return Stream::None;
}

// Receives nlohmann's SAX events, builds the value tree of the element being read and hands every element
// of a streamed array to the ObjectReader as soon as it ends; the tree is then released.
class StreamingReader {
public:
    using Index = ValueTree::Index;
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    StreamingReader(ObjectReader &reader, StoreData &store) : m_reader(reader), m_store(store) {}

    bool syntaxFailed() const { return m_syntaxFailed; }
    const QString &syntaxText() const { return m_syntaxText; }
    qint64 syntaxOffset() const { return m_syntaxOffset; }

    // ---- nlohmann's SAX interface ----
    bool null() { return scalar(ValueType::Null); }
    bool boolean(bool value)
    {
        const Index i = beginValue(ValueType::Boolean);
        m_tree.node(i).boolean = value;
        return endScalar(i);
    }
    bool number_integer(number_integer_t value)
    {
        const Index i = beginValue(ValueType::Integer);
        m_tree.node(i).integerValue = value;
        return endScalar(i);
    }
    bool number_unsigned(number_unsigned_t value)
    {
        const Index i = beginValue(ValueType::Unsigned);
        m_tree.node(i).unsignedValue = value;
        return endScalar(i);
    }
    bool number_float(number_float_t, const string_t &) { return scalar(ValueType::Float); }
    bool string(string_t &value)
    {
        const Index i = beginValue(ValueType::String);
        m_tree.setText(i, value);
        return endScalar(i);
    }
    bool binary(binary_t &) { return scalar(ValueType::Null); } // JSON text has no binary values
    bool start_object(std::size_t) { return beginContainer(ValueType::Object); }
    bool end_object() { return endContainer(); }
    bool start_array(std::size_t)
    {
        const Stream stream = streamOfNewArray();
        if (stream == Stream::None)
            return beginContainer(ValueType::Array);
        Frame &parent = m_frames.back();
        if (stream == Stream::Filters)
            m_reader.claimIdEarly(Value(m_tree, parent.node));
        const std::size_t listIndex = parent.listIndex;
        const std::size_t pointerLength = m_reader.pointerLength();
        const Index i = m_tree.add(parent.node, ValueType::Streamed, m_key);
        m_reader.enterKey(m_key);
        m_frames.push_back({i, false, stream, Stream::None, pointerLength});
        m_frames.back().listIndex = listIndex;
        return true;
    }
    bool end_array() { return endContainer(); }
    bool key(string_t &name)
    {
        const Frame &object = m_frames.back();
        if (m_tree.member(object.node, name) != ValueTree::kNone)
            m_reader.duplicateKey(name);
        m_key = name;
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &e)
    {
        return syntaxError(position, e.what());
    }
    // What parse_error does with nlohmann's message (also called when the events are replayed,
    // jsonpipeline.h).
    bool syntaxError(std::size_t position, const std::string &what)
    {
        m_syntaxFailed = true;
        m_syntaxText = syntaxMessage(what);
        // nlohmann counts the bytes read, so the offending byte is the last one of them.
        m_syntaxOffset = static_cast<qint64>(position > 0 ? position - 1 : 0);
        return false;
    }

private:
    struct Frame {
        Index node;
        bool isObject;
        Stream elements;            // a streamed array: what its elements are
        Stream unit;                // an element of a streamed array: which one
        std::size_t pointerLength;  // the reader's pointer before this container
        std::size_t nextIndex = 0;  // arrays: the index of the next element
        ValueTree::Mark mark{};     // units: what the tree is released to
        qsizetype findingsMark = 0; // filter lists: where their own findings go
        std::size_t listIndex = 0;  // filter lists and their filters: the list in the store
    };

    // Whether the array starting now is one of the streamed ones.
    Stream streamOfNewArray() const
    {
        if (m_frames.empty() || !m_frames.back().isObject)
            return Stream::None;
        const Frame &parent = m_frames.back();
        if (m_frames.size() == 1)
            return streamOfDocumentKey(m_key);
        if (parent.unit == Stream::FilterLists && m_key == key::Filters)
            return Stream::Filters;
        return Stream::None;
    }

    // Adds the node of a value that begins: a member of an object, an element of an array, or an element of
    // a streamed array (a unit of its own, detached from the tree, released when read).
    Index beginValue(ValueType type)
    {
        m_unit = Stream::None;
        if (m_frames.empty())
            return m_tree.add(ValueTree::kNone, type);
        Frame &parent = m_frames.back();
        if (parent.isObject)
            return m_tree.add(parent.node, type, m_key);
        const std::size_t index = parent.nextIndex++;
        if (parent.elements == Stream::None)
            return m_tree.add(parent.node, type);
        m_unit = parent.elements;
        m_unitMark = m_tree.mark();
        m_unitIndex = index;
        m_unitList = parent.listIndex;
        return m_tree.add(ValueTree::kNone, type);
    }

    bool scalar(ValueType type) { return endScalar(beginValue(type)); }

    bool endScalar(Index i)
    {
        if (m_frames.empty()) {
            finishDocument(i);
        } else if (m_unit != Stream::None) {
            const std::size_t pointerLength = m_reader.pointerLength();
            m_reader.enterIndex(m_unitIndex);
            m_reader.notAnObject(Value(m_tree, i));
            m_reader.leaveTo(pointerLength);
            m_tree.release(m_unitMark);
        }
        return true;
    }

    bool beginContainer(ValueType type)
    {
        const bool isElement = !m_frames.empty() && !m_frames.back().isObject;
        const std::size_t index = isElement ? m_frames.back().nextIndex : 0;
        const std::size_t pointerLength = m_reader.pointerLength();
        const Index i = beginValue(type);
        if (isElement)
            m_reader.enterIndex(index);
        else if (!m_frames.empty())
            m_reader.enterKey(m_key);
        Frame frame{i, type == ValueType::Object, Stream::None, m_unit, pointerLength};
        if (m_unit != Stream::None) {
            frame.mark = m_unitMark;
            frame.listIndex = m_unitList;
        }
        if (m_unit == Stream::FilterLists && frame.isObject) {
            frame.listIndex = m_store.filterLists.size();
            m_store.filterLists.emplace_back();
            frame.findingsMark = m_reader.findings().size();
        }
        m_frames.push_back(frame);
        return true;
    }

    bool endContainer()
    {
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (frame.unit != Stream::None) {
            readUnit(frame);
            m_tree.release(frame.mark);
        } else if (m_frames.empty()) {
            finishDocument(frame.node);
        }
        m_reader.leaveTo(frame.pointerLength);
        return true;
    }

    // An element of a streamed array has ended: read it into the store.
    void readUnit(const Frame &frame)
    {
        const Value element(m_tree, frame.node);
        if (!element.isObject()) {
            m_reader.notAnObject(element);
            return;
        }
        switch (frame.unit) {
        case Stream::FilterLists: {
            // The list's own findings go before those of its filters, which were read first.
            FilterList &list = m_store.filterLists[frame.listIndex];
            Findings &findings = m_reader.findings();
            const qsizetype ownFindings = findings.size();
            m_reader.readFilterList(element, list);
            std::rotate(findings.begin() + frame.findingsMark, findings.begin() + ownFindings,
                        findings.end());
            list.filters.shrink_to_fit();
            break;
        }
        case Stream::Filters:
            m_reader.readFilter(element, m_store.filterLists[frame.listIndex].filters.emplace_back());
            break;
        case Stream::FilterActions:
            m_reader.readFilterAction(element, m_store.filterActions.emplace_back());
            break;
        case Stream::Policies:
            m_reader.readPolicy(element, m_store.policies.emplace_back());
            break;
        case Stream::None:
            break;
        }
    }

    // The top-level value has ended. Its own findings (header, unknown keys, store) go before those of the
    // streamed arrays; a document that is not ours, or of a newer version, is judged on nothing else.
    void finishDocument(Index root)
    {
        const Value doc(m_tree, root);
        ObjectReader::Saved streamed = m_reader.takeFindings();
        if (!m_reader.readHeader(doc))
            return;
        m_reader.readDocumentMembers(doc, m_store);
        m_reader.restoreAfter(std::move(streamed));
    }

    ObjectReader &m_reader;
    StoreData &m_store;
    ValueTree m_tree;
    std::vector<Frame> m_frames;
    std::string m_key;
    // The streamed element begun by the last beginValue, if any.
    Stream m_unit = Stream::None;
    ValueTree::Mark m_unitMark;
    std::size_t m_unitIndex = 0;
    std::size_t m_unitList = 0;
    bool m_syntaxFailed = false;
    QString m_syntaxText;
    qint64 m_syntaxOffset = 0;
};

// Adds byte offset, line and column to every finding that names a place in the document. A repeated key
// (IPS-119) is located at its repetition: the n-th such finding for one pointer at its (n+1)-th occurrence.
void addTextPositions(Findings &findings, const QByteArray &bytes)
{
    if (findings.isEmpty())
        return;
    std::vector<PointerQuery> queries;
    QHash<QString, int> repeats;
    for (const Finding &f : std::as_const(findings)) {
        if (f.location.byteOffset >= 0)
            continue;
        const int occurrence = f.code == QStringView(code::DuplicateKey) ? ++repeats[f.location.pointer] : 0;
        queries.push_back({f.location.pointer.toStdString(), occurrence});
    }
    const std::vector<qint64> offsets =
        queries.empty() ? std::vector<qint64>{} : locatePointers(bytes, queries);
    std::size_t next = 0;
    for (Finding &f : findings) {
        if (f.location.byteOffset < 0 && next < offsets.size())
            f.location.byteOffset = offsets[next++];
        if (f.location.byteOffset >= 0) {
            const TextPosition position = textPosition(bytes, f.location.byteOffset);
            f.location.line = position.line;
            f.location.column = position.column;
        }
    }
}

} // namespace

namespace {

// What every way of reading shares: `parse(streaming)` runs nlohmann's parser over the document, and
// `document()` gives its whole text once the parse has ended (the findings' lines and columns are counted in
// it). `start` is the document's beginning, for the encoding check.
template <typename Parse, typename Document>
ImportResult readWith(const QString &fileName, QByteArrayView start, qsizetype expectedSize, Parse &&parse,
                      Document &&document)
{
    ObjectReader reader(fileName);
    ImportResult result;
    bool parsed = false;
    std::optional<StreamingReader> streaming;
    try {
        if (looksWideEncoded(start)) {
            reader.wrongEncoding();
        } else {
            reader.expectObjects(expectedSize / kBytesPerObject);
            streaming.emplace(reader, result.store);
            parse(*streaming);
            parsed = true;
        }
    } catch (const std::bad_alloc &) {
        reader.tooLarge();
    } catch (const std::exception &) {
        // Every access checks the type first, so this is a safety net, not a path.
        reader.unreadable();
    }
    const QByteArray &bytes = document();
    if (parsed && streaming->syntaxFailed()) {
        // Nothing read before the broken place counts: the syntax error is the one finding.
        reader.takeFindings();
        reader.syntaxError(streaming->syntaxText(),
                           std::min<qint64>(bytes.size(), streaming->syntaxOffset()));
    }
    addTextPositions(reader.findings(), bytes);
    reader.capErrors();
    result.ok = reader.errorCount() == 0;
    if (!result.ok)
        result.store = StoreData{}; // never hand out a half-read store
    result.findings = std::move(reader.findings());
    return result;
}

bool useTwoThreads(ParseMode mode, qsizetype size)
{
    return mode == ParseMode::TwoThreads || (mode == ParseMode::BySize && size >= kTwoThreadsFromBytes &&
                                             std::thread::hardware_concurrency() > 1);
}

} // namespace

ImportResult readDocument(const QByteArray &bytes, const QString &fileName, ParseMode mode)
{
    const auto parse = [&](StreamingReader &streaming) {
        if (useTwoThreads(mode, bytes.size()))
            pipelinedSaxParse(bytes.constData(), bytes.constData() + bytes.size(), streaming);
        else
            nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &streaming);
    };
    return readWith(fileName, bytes, bytes.size(), parse, [&]() -> const QByteArray & { return bytes; });
}

bool worthReadingAhead(qsizetype size)
{
    return useTwoThreads(ParseMode::BySize, size);
}

ImportResult readDocument(ReadAheadFile &file, qsizetype expectedSize, const QString &fileName,
                          ReadAheadFile::Result &read)
{
    // The encoding check needs the first two bytes (or the whole of a shorter file).
    QByteArrayView start;
    if (expectedSize > 0) {
        const qsizetype arrived = std::min<qsizetype>(file.waitBeyond(1), 2);
        start = QByteArrayView(&*file.begin(), arrived);
    }
    const auto parse = [&](StreamingReader &streaming) {
        pipelinedSaxParse(file.begin(), file.end(), streaming);
    };
    const auto document = [&]() -> const QByteArray & {
        read = file.finish();
        return read.bytes;
    };
    return readWith(fileName, start, expectedSize, parse, document);
}

} // namespace ipsec::json::detail
