#include "transfer/StallWatch.h"

namespace fleet {

namespace {
constexpr auto kTick = std::chrono::milliseconds(200);
}

StallWatch::StallWatch(int timeoutMs, Probe probe, std::function<void()> onStall, std::function<void()> abortProbe)
    : m_timeoutMs(timeoutMs)
    , m_probe(std::move(probe))
    , m_onStall(std::move(onStall))
    , m_abortProbe(std::move(abortProbe))
    , m_last(std::chrono::steady_clock::now())
{
    if (m_timeoutMs > 0)
        m_thread = std::thread([this] { loop(); });
}

StallWatch::~StallWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_abortProbe)
        m_abortProbe();
    if (m_thread.joinable())
        m_thread.join();
}

void StallWatch::arm(Phase phase, const QString &what)
{
    std::lock_guard lock(m_mutex);
    m_phase = phase;
    m_what = what;
    m_last = std::chrono::steady_clock::now();
    ++m_touches;
}

void StallWatch::touch()
{
    std::lock_guard lock(m_mutex);
    m_last = std::chrono::steady_clock::now();
    ++m_touches;
}

bool StallWatch::stalled() const
{
    std::lock_guard lock(m_mutex);
    return m_stalled;
}

QString StallWatch::what() const
{
    std::lock_guard lock(m_mutex);
    return m_what;
}

bool StallWatch::daemonAnswered() const
{
    std::lock_guard lock(m_mutex);
    return m_daemonAnswered;
}

void StallWatch::loop()
{
    const auto timeout = std::chrono::milliseconds(m_timeoutMs);
    std::unique_lock lock(m_mutex);
    while (!m_stop && !m_stalled) {
        m_wake.wait_for(lock, kTick);
        if (m_stop || m_phase == Phase::Idle || std::chrono::steady_clock::now() - m_last < timeout)
            continue;
        // Nothing moved for the timeout: does the node's daemon still answer? (Asked without the lock: the job
        // may move meanwhile, and then this round does not count.)
        const quint64 touches = m_touches;
        const Phase phase = m_phase;
        lock.unlock();
        const bool answered = m_probe ? m_probe(m_timeoutMs) : false;
        lock.lock();
        if (m_stop || m_touches != touches)
            continue;
        if (answered && phase == Phase::Waiting) {
            m_last = std::chrono::steady_clock::now(); // busy, not hung: keep waiting
            continue;
        }
        m_stalled = true;
        m_daemonAnswered = answered;
        lock.unlock();
        if (m_onStall)
            m_onStall();
        lock.lock();
    }
}

} // namespace fleet
