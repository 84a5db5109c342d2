#pragma once

#include "agent/AgentClient.h"
#include "model/Node.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace fleet {

class HistoryStore;

// Lives on TelemetryMonitor's thread (its own event loop): one AgentClient per watched node, subscribed to
// telemetry, with the secret recorded at install time. What the agents report is folded into one Node per
// address and handed out in batches (nodesChanged) at most every flushMs, however many agents talk. Going
// ONLINE (hello) and OFFLINE (the agent went away) are also written to the history, on this thread.
class TelemetryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryWorker)

public:
    struct Settings
    {
        QString dbPath;
        quint16 agentPort = AgentProtocol::kDefaultPort;
        int intervalMs = AgentProtocol::kDefaultTelemetryMs;
        int flushMs = 500;
    };

    explicit TelemetryWorker(Settings settings, QObject *parent = nullptr);
    ~TelemetryWorker() override;

    // Called queued from the UI thread. Nodes already watched are left alone; nodes without a recorded secret
    // are reported by skipped() and not watched. What the UI knew (SSH port, user, source) is kept in the
    // history rows written here.
    void watch(const QList<Node> &nodes);
    void unwatch(const QStringList &addresses);
    void stopAll();

Q_SIGNALS:
    void nodesChanged(const QList<fleet::Node> &nodes);
    void skipped(const QString &address, const QString &reason);

private:
    struct Watched
    {
        AgentClient *client = nullptr;
        Node node;
        NodeState reported = NodeState::Unknown;
    };

    void onHello(const QString &address, const QJsonObject &hello);
    void onTelemetry(const QString &address, const QJsonObject &telemetry);
    void onState(const QString &address, AgentClient::State state);
    void changed(const Watched &watched);
    void flush();
    HistoryStore *history();

    Settings m_settings;
    QHash<QString, Watched> m_watched;
    QHash<QString, Node> m_pending;
    QTimer m_flush;
    std::unique_ptr<HistoryStore> m_history; // this thread's own connection, opened on first use
    bool m_historyFailed = false;
};

} // namespace fleet
