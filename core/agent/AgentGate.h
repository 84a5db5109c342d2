#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <map>

class QHostAddress;
class QSslSocket;
class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace fleet {

// The agent's door: everything before a client is authenticated. It accepts TCP (with a deep backlog), runs TLS
// and the WebSocket upgrade, and hands each upgraded socket on (`upgraded`); the socket stays the gate's until
// admit(). Until then a connection is bounded: at most `maxPending` of them at once (one more drops the oldest),
// and each must be admitted within `timeoutMs` of its accept — TLS, upgrade and a refusal's close handshake
// included — or it is dropped. Peers that connect and say nothing, stall inside the TLS handshake or never
// upgrade so cost one descriptor for a bounded time, and never keep a real client out (see docs/agent-protocol.md).
class AgentGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentGate)

public:
    struct Limits
    {
        int maxPending = 512;
        int timeoutMs = 2000;
    };
    static constexpr int kListenBacklog = 1024; // the kernel caps it at net.core.somaxconn

    explicit AgentGate(QObject *parent = nullptr);
    ~AgentGate() override;

    void setLimits(Limits limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error);
    quint16 port() const;
    void close(); // stops listening; connections already in stay until admitted or dropped

    // `socket` (from `upgraded`) proved who it is: the gate no longer times it out or drops it.
    void admit(QWebSocket *socket);
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // TLS and the WebSocket upgrade are done: the receiver checks the token, then admit()s or refuses.
    void upgraded(QWebSocket *socket);

private:
    enum class Drop { OverLimit, TimedOut, NotTls, NoDescriptors };
    struct Pending
    {
        QPointer<QSslSocket> tls;
        QPointer<QWebSocket> webSocket; // once upgraded
        QString peer;
        qint64 acceptedMs = 0;
        QMetaObject::Connection firstBytes;
    };
    using PendingMap = std::map<quint64, Pending>; // by arrival: the oldest first

    void onIncoming();
    void onFirstBytes(quint64 id);
    void onUpgraded();
    void onAcceptError(QAbstractSocket::SocketError error);
    void forget(quint64 id);
    void drop(PendingMap::iterator it, Drop why);
    void sweep();
    void report(bool now); // what was dropped: at most every 10 s, unless `now`

    Limits m_limits;
    QSslConfiguration m_tls;
    QTcpServer *m_listener = nullptr;
    QWebSocketServer *m_upgrader = nullptr; // only upgrades sockets handed to it; never listens
    PendingMap m_pending;
    QHash<QString, quint64> m_byPeer; // "address:port" → arrival number: finds an upgraded socket's entry
    quint64 m_arrivals = 0;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    // Drops since the last log line (a flood is summed up, not logged connection by connection).
    int m_dropped[4] = {};
    QString m_acceptError;
    QElapsedTimer m_lastReport;
};

} // namespace fleet
