#pragma once

#include <QMutex>

#include <atomic>

namespace fleet {

class SshSession;

// Shared between a job and whoever may cancel it. Cancelling flips the flag (seen by libcurl's progress callback
// and every loop) and interrupts the SSH session in use, so blocked network I/O returns at once.
class CancelToken final
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    const std::atomic_bool *flag() const { return &m_cancelled; }

    void attach(SshSession *session);
    void detach(SshSession *session);

private:
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    SshSession *m_session = nullptr;
};

} // namespace fleet
