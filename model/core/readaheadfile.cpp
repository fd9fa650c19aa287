#include "readaheadfile.h"

#include "largearray.h"

#include <QFile>
#include <algorithm>

namespace ipsec {

ReadAheadFile::ReadAheadFile(QFile &file, qsizetype expected, qsizetype chunkBytes)
{
    m_bytes.resize(std::max<qsizetype>(expected, 0)); // uninitialised: the reader writes it
    adviseHugePages(m_bytes.data(), std::size_t(m_bytes.size()));
    m_data = m_bytes.data();
    m_thread = std::thread(
        [this, &file, expected, chunkBytes] { run(file, expected, std::max<qsizetype>(chunkBytes, 1)); });
}

ReadAheadFile::~ReadAheadFile()
{
    if (m_thread.joinable())
        m_thread.join(); // the reader never waits for anyone: it ends on its own
}

void ReadAheadFile::run(QFile &file, qsizetype expected, qsizetype chunkBytes)
{
    qsizetype at = 0;
    bool failed = false;
    while (at < expected) {
        const qint64 got = file.read(m_data + at, std::min(chunkBytes, expected - at));
        if (got < 0) {
            failed = true;
            break;
        }
        if (got == 0)
            break; // the file shrank since its size was taken
        at += qsizetype(got);
        m_arrived.store(at, std::memory_order_release);
        {
            std::lock_guard lock(m_mutex); // a waiter between its test and its wait would miss the wake
        }
        m_wake.notify_one();
    }
    char probe = 0;
    const bool grew = !failed && at == expected && file.read(&probe, 1) > 0;
    {
        std::lock_guard lock(m_mutex);
        m_failed = failed;
        m_grew = grew;
        m_ended = true;
    }
    m_wake.notify_one();
}

qsizetype ReadAheadFile::waitBeyond(qsizetype consumed)
{
    qsizetype arrived = m_arrived.load(std::memory_order_acquire);
    if (arrived > consumed)
        return arrived;
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [&] {
        arrived = m_arrived.load(std::memory_order_acquire);
        return arrived > consumed || m_ended;
    });
    return arrived;
}

ReadAheadFile::Result ReadAheadFile::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    Result result;
    result.failed = m_failed;
    result.grew = m_grew;
    m_bytes.truncate(m_arrived.load(std::memory_order_acquire));
    result.bytes = std::move(m_bytes);
    m_data = nullptr;
    return result;
}

bool ReadAheadFile::Iterator::refill() const
{
    if (!m_file)
        return false;
    m_limit = m_begin + m_file->waitBeyond(m_at - m_begin);
    return m_at != m_limit;
}

} // namespace ipsec
