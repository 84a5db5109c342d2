#pragma once

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace fleet {

// Notices a push that stopped moving: a hung dockerd on the node, a connection that carries nothing any more.
// The job says what it is doing (`arm`) and reports every step (`touch`); when nothing happened for the timeout,
// the watch's own thread asks whether the node's Docker daemon still answers (`probe`, a short separate
// connection). While the job only waits for a daemon that answers (a long `docker load`), it keeps waiting;
// otherwise `onStall` runs (the job stops itself) and stalled() tells why.
class StallWatch final
{
public:
    enum class Phase {
        Idle,    // nothing to watch (local work, connecting: bounded elsewhere)
        Bytes,   // data should be moving
        Waiting, // waiting for the node's daemon to answer
    };
    // Runs on the watch's thread; true when the node's daemon answered within `timeoutMs`.
    using Probe = std::function<bool(int timeoutMs)>;

    // timeoutMs <= 0: never fires. `abortProbe` (any thread) makes a running probe return at once; called when
    // the watch goes away.
    StallWatch(int timeoutMs, Probe probe, std::function<void()> onStall, std::function<void()> abortProbe = {});
    ~StallWatch();
    StallWatch(const StallWatch &) = delete;
    StallWatch &operator=(const StallWatch &) = delete;

    void arm(Phase phase, const QString &what);
    void touch();

    bool stalled() const;
    QString what() const;         // what the job was doing when it stalled
    bool daemonAnswered() const;  // the probe's verdict at the stall
    int timeoutMs() const { return m_timeoutMs; }

private:
    void loop();

    const int m_timeoutMs;
    Probe m_probe;
    std::function<void()> m_onStall;
    std::function<void()> m_abortProbe;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    Phase m_phase = Phase::Idle;
    QString m_what;
    std::chrono::steady_clock::time_point m_last;
    quint64 m_touches = 0;
    bool m_stalled = false;
    bool m_daemonAnswered = false;
    std::thread m_thread;
};

} // namespace fleet
