#include "jsonpipeline.h"

#include <limits>
#include <new>

namespace ipsec::json::detail {

void SaxRecorder::flush()
{
    if (m_batch && !m_batch->events.empty())
        m_queue.push(std::move(m_batch));
}

SaxEvent SaxRecorder::textEvent(SaxEvent::Kind kind, std::string_view text)
{
    if (text.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::bad_alloc(); // a string of 4 GiB: reported as a document too large to read
    SaxEvent e = SaxEvent::of(kind);
    if (m_batch) {
        e.payload = m_batch->text.size();
        e.textLength = std::uint32_t(text.size());
        m_batch->text.append(text);
    }
    return e;
}

} // namespace ipsec::json::detail
