#pragma once

#include "discovery/ScanTypes.h"

#include <QHash>

#include <functional>

namespace fleet {

// A scan's second pass. The real fleet-agent speaks only wss, so ScanEngine's plain-HTTP probe gets a TLS alert:
// the port is open (ONLINE) but the version unread. For each such result this opens TLS to the agent port, sends
// AgentProbe's WebSocket upgrade — no token, nothing secret — and reads the one-frame banner every agent gives an
// unauthenticated client, strictly (AgentBannerParser). At most `parallel` connections at once, each bounded by
// `timeoutMs` from connect to banner. Runs a local event loop on the calling thread (the Scanner's own thread is
// fine; a QCoreApplication must exist) and polls `cancelled` every few milliseconds, so a cancel ends it promptly.
class AgentBannerReader final
{
public:
    static constexpr int kParallel = 32;
    static constexpr int kCancelPollMs = 10;

    AgentBannerReader(quint16 port, int timeoutMs, int parallel = kParallel);

    // An agent port that answered without a readable version: what this pass is for.
    static bool wants(const ScanResult &result) { return result.agentPortOpen && result.agentVersion.isEmpty(); }

    // Fills agentVersion of every result that wants() it and whose agent sent a valid banner; returns how many.
    // Returns early, leaving the rest unread, once `cancelled` says so.
    int read(QList<ScanResult> &results, const std::function<bool()> &cancelled = {});

    // Why each address that was tried gave no version ("timed out", "TLS: …", the parser's reason).
    const QHash<QString, QString> &failures() const { return m_failures; }
    bool wasCancelled() const { return m_cancelled; }

private:
    quint16 m_port;
    int m_timeoutMs;
    int m_parallel;
    QHash<QString, QString> m_failures;
    bool m_cancelled = false;
};

} // namespace fleet
