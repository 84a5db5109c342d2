#include "transfer/SaveFanout.h"

#include "docker/DockerEngine.h"
#include "util/ChunkPipe.h"

#include <chrono>

namespace fleet {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
} // namespace

SaveFanout::Share::Share(qint64 capacity)
    : m_pipe(std::make_unique<ChunkPipe>(capacity))
{
}

SaveFanout::Share::~Share() = default;

bool SaveFanout::Share::pop(QByteArray *chunk)
{
    m_reading = true;
    return m_pipe->pop(chunk);
}

int SaveFanout::Share::popWithin(QByteArray *chunk, int timeoutMs)
{
    m_reading = true;
    switch (m_pipe->popWithin(chunk, timeoutMs)) {
    case ChunkPipe::PopResult::Popped:
        return 1;
    case ChunkPipe::PopResult::TimedOut:
        return 0;
    case ChunkPipe::PopResult::Ended:
        break;
    }
    return -1;
}

void SaveFanout::Share::leave()
{
    State streaming = State::Streaming;
    m_state.compare_exchange_strong(streaming, State::Left);
    m_pipe->close();
}

QString SaveFanout::Share::error() const
{
    return m_state == State::Failed ? m_error : QString();
}

SaveFanout::SaveFanout(Settings settings)
    : m_settings(std::move(settings))
{
}

SaveFanout::~SaveFanout()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_started = true; // a gathering thread stops waiting
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

std::shared_ptr<SaveFanout::Share> SaveFanout::join()
{
    std::lock_guard lock(m_mutex);
    ++m_decided;
    if (m_started)
        return nullptr;
    auto share = std::make_shared<Share>(m_settings.shareBytes);
    m_shares.push_back(share);
    if (m_decided >= m_settings.expected)
        m_started = true; // the last one expected: the save begins with these shares
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_changed.notify_all();
    return share;
}

void SaveFanout::withdraw()
{
    std::lock_guard lock(m_mutex);
    if (++m_decided >= m_settings.expected && !m_shares.empty())
        m_started = true;
    m_changed.notify_all();
}

void SaveFanout::run()
{
    std::vector<std::shared_ptr<Share>> shares;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::milliseconds(m_settings.gatherMs),
                           [this] { return m_started || m_decided >= m_settings.expected; });
        m_started = true;
        shares = m_shares;
        m_startedShares = int(shares.size()); // before any share sees a byte
    }
    const auto active = [&shares] {
        return std::any_of(shares.begin(), shares.end(),
                           [](const std::shared_ptr<Share> &s) { return s->m_state == Share::State::Streaming; });
    };
    QByteArray pending;
    // Every share gets each chunk; one that has had no room for stallMs is dropped (its job saves for itself).
    const auto deliver = [&](QByteArray chunk) {
        for (const std::shared_ptr<Share> &share : shares) {
            if (share->m_state != Share::State::Streaming)
                continue;
            switch (share->m_pipe->pushWithin(chunk, share->m_reading ? m_settings.stallMs : m_settings.startMs)) {
            case ChunkPipe::PushResult::Pushed:
                break;
            case ChunkPipe::PushResult::Closed:
                break; // it left
            case ChunkPipe::PushResult::TimedOut: {
                Share::State streaming = Share::State::Streaming;
                if (share->m_state.compare_exchange_strong(streaming, Share::State::Dropped))
                    share->m_pipe->close();
                break;
            }
            }
        }
        if (!active())
            m_stop = true; // nobody reads any more: stop the engine's stream
        return !m_stop;
    };
    DockerEngine engine(m_settings.dockerHost);
    const bool ok = engine.save({m_settings.reference}, [&](const char *data, qint64 size) {
        pending.append(data, qsizetype(size));
        if (pending.size() < kChunk)
            return true;
        return deliver(std::exchange(pending, {}));
    }, &m_stop) && (pending.isEmpty() || deliver(std::exchange(pending, {})));
    for (const std::shared_ptr<Share> &share : shares) {
        Share::State streaming = Share::State::Streaming;
        if (ok) {
            if (share->m_state.compare_exchange_strong(streaming, Share::State::Complete))
                share->m_pipe->finish();
        } else {
            share->m_error = engine.error().message;
            if (share->m_state.compare_exchange_strong(streaming, Share::State::Failed))
                share->m_pipe->close();
        }
    }
}

} // namespace fleet
