// A large file read on a thread of its own, a chunk at a time, into one buffer of the file's size, while the
// caller already works on the part that has arrived. Reading 32 MB costs tens of milliseconds (most of it
// faulting in the buffer's fresh pages); read ahead, it overlaps the parse instead of preceding it
// (docs/performance.md, "Fifth machine").
#pragma once

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <iterator>
#include <mutex>
#include <thread>

class QFile;

namespace ipsec {

class ReadAheadFile {
public:
    // Small enough that the parse starts after a fraction of a millisecond, large enough that the reader
    // wakes the parse only some thirty times for a 32 MB document.
    static constexpr qsizetype kChunkBytes = qsizetype(1) << 20;

    // Starts reading `file` (open, not sequential) at once: `expected` bytes from its current position, a
    // chunk at a time (tests choose small chunks to make the parse wait often).
    ReadAheadFile(QFile &file, qsizetype expected, qsizetype chunkBytes = kChunkBytes);
    ~ReadAheadFile(); // waits for the read to end
    ReadAheadFile(const ReadAheadFile &) = delete;
    ReadAheadFile &operator=(const ReadAheadFile &) = delete;

    // Waits until more than `consumed` bytes have arrived or the read has ended; the number that have
    // arrived.
    qsizetype waitBeyond(qsizetype consumed);

    struct Result {
        QByteArray bytes;    // everything read
        bool failed = false; // a read error: file.error() tells which
        bool grew = false;   // the file has more than `expected` bytes now: the buffer could not follow
    };
    // Waits for the end of the read and hands its bytes over. Call it once.
    Result finish();

    // The bytes as they arrive, as an input iterator for nlohmann's parser. Its iterator adapter makes one
    // test before each byte, `current != end`; here that test waits for the reader when the parse has caught
    // up with it, and is false at the end of the file. Only a begin() iterator may stand on the left of the
    // test.
    class Iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char *;
        using reference = const char &;

        Iterator() = default;
        const char &operator*() const { return *m_at; }
        Iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++m_at;
            return before;
        }
        friend bool operator!=(const Iterator &at, const Iterator &)
        {
            return at.m_at != at.m_limit || at.refill();
        }
        friend bool operator==(const Iterator &at, const Iterator &end) { return !(at != end); }

    private:
        friend class ReadAheadFile;
        Iterator(ReadAheadFile *file, const char *begin)
            : m_file(file), m_begin(begin), m_at(begin), m_limit(begin)
        {}
        bool refill() const;

        ReadAheadFile *m_file = nullptr;
        const char *m_begin = nullptr;
        const char *m_at = nullptr;
        mutable const char *m_limit = nullptr; // the end of what had arrived when last asked
    };
    Iterator begin() { return Iterator(this, m_data); }
    Iterator end() { return {}; }

private:
    void run(QFile &file, qsizetype expected, qsizetype chunkBytes);

    QByteArray m_bytes;
    char *m_data = nullptr;
    std::atomic<qsizetype> m_arrived{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_ended = false; // under m_mutex
    bool m_failed = false;
    bool m_grew = false;
    std::thread m_thread;
};

} // namespace ipsec
