#include "jsonpipeline.h"

namespace ipsec::json::detail {

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
