#pragma once

#include "agent/TelemetryWorker.h"

#include <QObject>
#include <QSet>
#include <QThread>

namespace fleet {

// Live facts for the tiles: keeps a TelemetryWorker on a thread of its own (with its own event loop, where the
// agents' WebSockets live), tells it which nodes to watch, and hands its batched answers to the UI thread
// (nodesChanged, at most every flushMs). The UI thread never waits on an agent.
class TelemetryMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryMonitor)

public:
    using Settings = TelemetryWorker::Settings;

    explicit TelemetryMonitor(Settings settings, QObject *parent = nullptr);
    ~TelemetryMonitor() override; // closes every connection and stops the thread

    // Starts watching these nodes, once each: asking again for an address already asked about does nothing
    // (the worker keeps reconnecting on its own), so this can be called whenever the fleet changes.
    void watch(const QList<Node> &nodes);
    // Asks again even if the last time found no secret (after Install agent recorded one).
    void rewatch(const Node &node);
    void unwatch(const QStringList &addresses);
    bool isAsked(const QString &address) const { return m_asked.contains(address); }
    int watchedCount() const { return int(m_asked.size()); }

Q_SIGNALS:
    void nodesChanged(const QList<fleet::Node> &nodes);
    void skipped(const QString &address, const QString &reason);

private:
    QThread m_thread;
    TelemetryWorker *m_worker = nullptr; // lives on m_thread
    QSet<QString> m_asked;
};

} // namespace fleet
