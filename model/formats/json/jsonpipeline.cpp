#include "jsonpipeline.h"

namespace ipsec::json::detail {

std::unique_ptr<SaxBatch> SaxBatchQueue::emptyBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || !m_free.empty() || m_allocated < kBatchesInFlight; });
    if (m_stopped)
        return nullptr;
    if (m_free.empty()) {
        ++m_allocated;
        auto batch = std::make_unique<SaxBatch>();
        batch->events.reserve(kEventsPerBatch);
        return batch;
    }
    std::unique_ptr<SaxBatch> batch = std::move(m_free.back());
    m_free.pop_back();
    return batch;
}

void SaxBatchQueue::push(std::unique_ptr<SaxBatch> batch)
{
    update([&] { m_full.push_back(std::move(batch)); });
}

void SaxBatchQueue::finish()
{
    update([this] { m_finished = true; });
}

std::unique_ptr<SaxBatch> SaxBatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
    if (m_full.empty())
        return nullptr;
    std::unique_ptr<SaxBatch> batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
}

void SaxBatchQueue::recycle(std::unique_ptr<SaxBatch> batch)
{
    batch->events.clear();
    batch->text.clear();
    update([&] { m_free.push_back(std::move(batch)); });
}

void SaxBatchQueue::stop()
{
    update([this] { m_stopped = true; });
}

void SaxRecorder::flush()
{
    if (m_batch && !m_batch->events.empty())
        m_queue.push(std::move(m_batch));
}

SaxEvent SaxRecorder::textEvent(SaxEvent::Kind kind, std::string_view text)
{
    SaxEvent e{kind};
    if (m_batch) {
        e.textOffset = m_batch->text.size();
        e.textLength = text.size();
        m_batch->text.append(text);
    }
    return e;
}

} // namespace ipsec::json::detail
