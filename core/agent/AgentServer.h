#pragma once

#include "agent/AgentConfig.h"
#include "agent/DockerProbe.h"
#include "agent/NodeFactsCollector.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;
class QWebSocket;

namespace fleet {

class AgentGate;

// The agent's WebSocket server (wss only). A client must send the token in the handshake's Authorization
// header; anyone else gets the banner "fleet-agent vN" and a policy-violation close, and never a fact.
// Incoming messages are capped; malformed ones get an error reply. Connections that have not authenticated yet
// are AgentGate's: bounded in number and time, so they never crowd out clients (see docs/agent-protocol.md).
class AgentServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentServer)

public:
    explicit AgentServer(AgentConfig config, QObject *parent = nullptr);
    ~AgentServer() override;

    bool listen(QString *error);
    quint16 port() const;
    int clientCount() const { return int(m_subscriptions.size()); }
    // How many connections may wait for authentication at once: max_pending, lowered to fit the open-file limit.
    int pendingLimit() const;
    // Stops listening and closes every client with 1001 (going away) and `reason`, so clients can say why.
    void shutdown(const QString &reason);

Q_SIGNALS:
    void clientAccepted(const QString &peer);
    void clientRefused(const QString &peer, const QString &reason);

private:
    void onUpgraded(QWebSocket *socket);
    void refuse(QWebSocket *socket, const QString &peer, const QString &reason);
    void accept(QWebSocket *socket, const QString &peer);
    void onText(QWebSocket *socket, const QString &text);
    void handle(QWebSocket *socket, const AgentMessage &message);
    void subscribe(QWebSocket *socket, const AgentMessage &message);
    void sendTelemetry(QWebSocket *socket);
    void sendList(QWebSocket *socket, const QString &type, qint64 id);
    void sendHello(QWebSocket *socket, qint64 id);
    // Asks docker for its state (one call in flight at a time) and calls `then` with the answer.
    void refreshDocker(std::function<void()> then);

    AgentConfig m_config;
    AgentGate *m_gate = nullptr;
    NodeFactsCollector m_facts;
    DockerProbe m_docker;
    QHash<QWebSocket *, QTimer *> m_subscriptions; // every authenticated client; timer null if not subscribed
    QList<std::function<void()>> m_dockerWaiters;
    bool m_dockerInFlight = false;
};

} // namespace fleet
