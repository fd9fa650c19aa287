// Two stages of a reader on two threads: one stage fills batches, the other empties them in the same order,
// so that tokenizing a large document and building its store share two cores instead of taking turns on one
// (docs/performance.md: the JSON load and the netsh import run this way). Full batches go from the producing
// thread to the consuming one, emptied ones come back; at most `batchesInFlight` exist, so memory stays
// bounded whatever the document's size. A Batch is default-constructible and has clear().
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ipsec {

template <typename Batch> class BatchQueue {
public:
    explicit BatchQueue(int batchesInFlight) : m_batchesInFlight(batchesInFlight) {}

    // Producing thread: an empty batch (a new or a recycled one); null once the consumer stopped.
    std::unique_ptr<Batch> emptyBatch()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [this] { return m_stopped || !m_free.empty() || m_allocated < m_batchesInFlight; });
        if (m_stopped)
            return nullptr;
        if (m_free.empty()) {
            ++m_allocated;
            return std::make_unique<Batch>();
        }
        std::unique_ptr<Batch> batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }
    void push(std::unique_ptr<Batch> batch) // producing thread
    {
        update([&] { m_full.push_back(std::move(batch)); });
    }
    void finish() // producing thread: no more batches
    {
        update([this] { m_finished = true; });
    }
    // Consuming thread: the next full batch; null after finish() and the last batch.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
        if (m_full.empty())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void recycle(std::unique_ptr<Batch> batch) // consuming thread
    {
        batch->clear();
        update([&] { m_free.push_back(std::move(batch)); });
    }
    void stop() // consuming thread: it failed or was cancelled, the producer may end
    {
        update([this] { m_stopped = true; });
    }

private:
    template <typename Change> void update(Change &&change) // under the lock, then wakes the other thread
    {
        {
            const std::lock_guard lock(m_mutex);
            change();
        }
        m_changed.notify_all();
    }

    const int m_batchesInFlight;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    int m_allocated = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

// A thread that is joined on every way out, an exception included (std::thread's destructor would end the
// program); `beforeJoin` runs first, to release the thread from a wait on the queue.
template <typename Release> class JoiningThread {
public:
    template <typename Body>
    JoiningThread(Release release, Body &&body)
        : m_release(std::move(release)), m_thread(std::forward<Body>(body))
    {}
    JoiningThread(const JoiningThread &) = delete;
    JoiningThread &operator=(const JoiningThread &) = delete;
    ~JoiningThread() { join(); }
    void join()
    {
        m_release();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    Release m_release;
    std::thread m_thread;
};

} // namespace ipsec
