#pragma once

#include "agent/AgentProtocol.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace fleet {

// Where an agent listens and how to prove who we are and who it must be.
struct AgentEndpoint
{
    QString host;
    quint16 port = AgentProtocol::kDefaultPort;
    QByteArray token;    // sent only in the Authorization header
    QString fingerprint; // "sha256:…" of the agent's certificate: the only one accepted
};

// A connection to one fleet-agent that stays up: connects over wss with the pinned certificate and the token,
// reconnects with exponential backoff (with jitter) when the agent goes away, re-subscribes after a
// reconnect, and notices a silent agent by its missing pongs. Lives on the thread that owns it.
class AgentClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentClient)

public:
    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)

    explicit AgentClient(AgentEndpoint endpoint, QObject *parent = nullptr);
    ~AgentClient() override;

    void start(); // connect now, and keep reconnecting until stop()
    void stop();
    void setBackoff(int initialMs, int maxMs);
    void setReconnect(bool enabled) { m_reconnect = enabled; }
    // How often to ping, and how long a silent agent may stay silent before it counts as gone.
    void setHeartbeat(int intervalMs, int silenceLimitMs);

    State state() const { return m_state; }
    NodeState nodeState() const { return m_state == State::Online ? NodeState::Online : NodeState::Offline; }
    const QJsonObject &hello() const { return m_hello; }
    QString lastError() const { return m_lastError; }
    int closeCode() const { return m_closeCode; }
    int reconnectCount() const { return m_reconnects; }

    // Sends a request; returns its id (replies carry it), or -1 when not online.
    qint64 request(const QString &type, const QJsonObject &fields = {});
    // Telemetry every intervalMs; remembered and sent again after each reconnect.
    void subscribe(int intervalMs = AgentProtocol::kDefaultTelemetryMs);
    // Sends bytes as they are: for tests and diagnostics that must speak malformed protocol on purpose.
    bool sendRaw(const QByteArray &text);

    // Connects once, waits for the hello (runs a local event loop), and returns it; empty on failure with
    // `error` saying why. For command-line tools and bootstrap checks.
    static QJsonObject fetchHello(const AgentEndpoint &endpoint, int timeoutMs, QString *error);

Q_SIGNALS:
    void stateChanged(fleet::AgentClient::State state);
    void helloReceived(const QJsonObject &hello);
    void telemetryReceived(const QJsonObject &telemetry);
    void messageReceived(const fleet::AgentMessage &message); // every message, replies and errors included
    void textReceived(const QString &text);                    // raw, before parsing (banner, diagnostics)
    void closed(int code, const QString &reason);

private:
    void open();
    void setState(State state);
    void onSslErrors(const QList<QSslError> &errors);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void onHeartbeat();
    void scheduleReconnect();
    // The cause of a socket error in a person's words, with the fix where there is one.
    QString describeSocketError(QAbstractSocket::SocketError error, const QString &text) const;
    bool certificateMatches(const QSslCertificate &certificate) const;

    AgentEndpoint m_endpoint;
    QWebSocket *m_socket = nullptr;
    State m_state = State::Offline;
    QJsonObject m_hello;
    QString m_lastError;
    int m_closeCode = 0;
    bool m_active = false;
    bool m_reconnect = true;
    int m_initialBackoffMs = 250;
    int m_maxBackoffMs = 10000;
    int m_backoffMs = 250;
    int m_reconnects = 0;
    int m_subscribeMs = 0; // 0: not subscribed
    qint64 m_nextId = 1;
    quint64 m_attempt = 0; // one per socket opened
    int m_heartbeatMs = 5000;
    int m_silenceLimitMs = 15000;
    QTimer m_retryTimer;
    QTimer m_heartbeat;
    QElapsedTimer m_lastHeard;
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::AgentMessage)
