#pragma once

#include "discovery/AdaptiveTimeout.h"
#include "discovery/ScanTypes.h"
#include "discovery/TargetSet.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace fleet {

// The scanning loop: raw non-blocking sockets on one epoll set, at most `concurrency` in flight. For every
// address it connects to the SSH port(s) and the agent port at once, reads the SSH banner (bounded) and the
// agent's greeting, and reports the hosts that answered. Addresses come from a TargetSet::Cursor one at a
// time, so memory does not grow with the range. Runs on the caller's thread (Scanner gives it one of its own);
// cancel() may be called from any thread and returns the loop within a millisecond.
class ScanEngine final
{
public:
    struct Callbacks
    {
        std::function<void(const ScanResult &)> found;
        std::function<void(const ScanProgress &)> progress;
    };

    explicit ScanEngine(ScanOptions options);
    ~ScanEngine();
    Q_DISABLE_COPY_MOVE(ScanEngine)

    ScanSummary run(TargetSet::Cursor cursor, quint64 total, const Callbacks &callbacks);
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

private:
    struct Host;
    struct Conn;

    bool startHost(const ScanTarget &target);
    void openConn(Host *host, bool agent, quint16 port);
    void onWritable(Conn *conn);
    void onReadable(Conn *conn);
    void onConnected(Conn *conn);
    void finishConn(Conn *conn, const QString &why = {});
    void finishHost(Host *host);
    void sweep(qint64 now);
    int waitMs(qint64 now) const;
    void reportProgress(bool force);
    qint64 deadline(const Conn *conn) const;
    int clampConcurrency(int wanted);

    ScanOptions m_options;
    AdaptiveTimeout m_timeout;
    Callbacks m_callbacks;
    std::atomic_bool m_cancel{false};
    int m_epoll = -1;
    int m_wake = -1; // eventfd: cancel() writes it to end epoll_wait at once
    int m_limit = 256;
    std::vector<Conn *> m_inflight;
    ScanProgress m_progress;
    ScanProgress m_reported;
    qint64 m_lastReportNs = 0;
    QStringList m_errors;
};

} // namespace fleet
