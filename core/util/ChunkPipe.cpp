#include "util/ChunkPipe.h"

#include <chrono>

namespace fleet {

ChunkPipe::ChunkPipe(qint64 capacityBytes)
    : m_capacity(capacityBytes)
{
}

bool ChunkPipe::push(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || m_bytes < m_capacity; });
    if (m_closed)
        return false;
    m_bytes += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return true;
}

ChunkPipe::PushResult ChunkPipe::pushWithin(QByteArray chunk, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                            [this] { return m_closed || m_bytes < m_capacity; }))
        return PushResult::TimedOut;
    if (m_closed)
        return PushResult::Closed;
    m_bytes += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return PushResult::Pushed;
}

bool ChunkPipe::pop(QByteArray *chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || m_finished || !m_chunks.empty(); });
    if (m_closed || m_chunks.empty())
        return false;
    *chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_bytes -= chunk->size();
    m_changed.notify_all();
    return true;
}

ChunkPipe::PopResult ChunkPipe::popWithin(QByteArray *chunk, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                            [this] { return m_closed || m_finished || !m_chunks.empty(); }))
        return PopResult::TimedOut;
    if (m_closed || m_chunks.empty())
        return PopResult::Ended;
    *chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_bytes -= chunk->size();
    m_changed.notify_all();
    return PopResult::Popped;
}

void ChunkPipe::finish()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void ChunkPipe::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

} // namespace fleet
