#include "agent/AgentGate.h"

#include "FleetVersion.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <iterator>

#include <unistd.h>

namespace fleet {

namespace {

constexpr int kSweepMs = 100;
constexpr int kReportMs = 10000;
constexpr int kResumeAcceptMs = 100;

// Hands out QSslSockets, not yet encrypting: the gate looks at the first byte before it spends a TLS handshake.
class TlsListener final : public QTcpServer
{
public:
    explicit TlsListener(QObject *parent)
        : QTcpServer(parent)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor)) {
            addPendingConnection(socket);
        } else {
            delete socket;
            ::close(int(descriptor));
        }
    }
};

QString peerOf(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

AgentGate::AgentGate(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_sweep.setInterval(kSweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &AgentGate::sweep);
}

AgentGate::~AgentGate() = default;

bool AgentGate::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error)
{
    m_tls = tls;
    auto *listener = new TlsListener(this);
    m_listener = listener;
    m_listener->setListenBacklogSize(kListenBacklog); // a burst of connects must not overflow into SYN retries
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &AgentGate::onIncoming);
    connect(m_listener, &QTcpServer::acceptError, this, &AgentGate::onAcceptError);
    // NonSecureMode because TLS is already done here; the server only parses and answers the upgrade.
    m_upgrader = new QWebSocketServer(QStringLiteral("fleet-agent/%1").arg(QStringLiteral(FLEET_VERSION)),
                                      QWebSocketServer::NonSecureMode, this);
    m_upgrader->setMaxPendingConnections(m_limits.maxPending + 1); // drained at once: its own limit never bites
    connect(m_upgrader, &QWebSocketServer::newConnection, this, &AgentGate::onUpgraded);
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return false;
    }
    return true;
}

quint16 AgentGate::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void AgentGate::close()
{
    if (m_listener)
        m_listener->close();
    report(true); // what the last 10 s dropped, before the agent goes
}

void AgentGate::onIncoming()
{
    while (m_listener->hasPendingConnections()) {
        auto *tls = static_cast<QSslSocket *>(m_listener->nextPendingConnection());
        const quint64 id = ++m_arrivals;
        Pending &pending = m_pending[id];
        pending.tls = tls;
        pending.peer = peerOf(tls->peerAddress(), tls->peerPort());
        pending.acceptedMs = m_clock.elapsed();
        m_byPeer.insert(pending.peer, id);
        tls->setSslConfiguration(m_tls);
        pending.firstBytes = connect(tls, &QSslSocket::readyRead, this, [this, id] { onFirstBytes(id); });
        connect(tls, &QSslSocket::encrypted, this, [this, tls] { m_upgrader->handleConnection(tls); });
        connect(tls, &QAbstractSocket::errorOccurred, this, [tls] {
            if (!tls->isEncrypted())
                tls->abort(); // a failed handshake, or the peer went away during it
        });
        connect(tls, &QAbstractSocket::disconnected, this, [this, id, tls] {
            forget(id);
            tls->deleteLater();
        });
        // One more than allowed: the oldest waiting one makes room (a flood cannot keep newcomers out).
        while (int(m_pending.size()) > m_limits.maxPending)
            drop(m_pending.begin(), Drop::OverLimit);
    }
    if (!m_sweep.isActive())
        m_sweep.start();
}

void AgentGate::onFirstBytes(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.tls)
        return;
    QSslSocket *tls = it->second.tls;
    char byte = 0;
    if (tls->peek(&byte, 1) != 1)
        return;
    disconnect(it->second.firstBytes);
    constexpr char kTlsHandshakeRecord = 0x16;
    if (byte != kTlsHandshakeRecord) {
        drop(it, Drop::NotTls); // plain HTTP or noise: not worth a handshake
        return;
    }
    tls->startServerEncryption();
}

void AgentGate::onUpgraded()
{
    while (QWebSocket *socket = m_upgrader->nextPendingConnection()) {
        const auto it = m_pending.find(m_byPeer.value(peerOf(socket->peerAddress(), socket->peerPort())));
        if (it == m_pending.end()) { // dropped while its upgrade was being answered
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const quint64 id = it->first;
        it->second.webSocket = socket;
        connect(socket, &QWebSocket::disconnected, this, [this, id] { forget(id); });
        Q_EMIT upgraded(socket);
    }
}

void AgentGate::admit(QWebSocket *socket)
{
    const QString peer = peerOf(socket->peerAddress(), socket->peerPort());
    const auto it = m_pending.find(m_byPeer.value(peer));
    if (it != m_pending.end() && it->second.webSocket == socket) {
        m_byPeer.remove(peer);
        m_pending.erase(it);
    }
}

void AgentGate::forget(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const auto peer = m_byPeer.find(it->second.peer);
    if (peer != m_byPeer.end() && peer.value() == id)
        m_byPeer.erase(peer);
    m_pending.erase(it);
}

void AgentGate::drop(PendingMap::iterator it, Drop why)
{
    const Pending pending = it->second;
    forget(it->first);
    if (!pending.tls)
        return; // already gone
    ++m_dropped[int(why)];
    // Synchronous: the descriptor is free when this returns (the socket object goes later).
    if (pending.webSocket)
        pending.webSocket->abort();
    else
        pending.tls->abort();
}

void AgentGate::sweep()
{
    const qint64 now = m_clock.elapsed();
    while (!m_pending.empty() && now - m_pending.begin()->second.acceptedMs >= m_limits.timeoutMs)
        drop(m_pending.begin(), Drop::TimedOut);
    report(false);
    bool unreported = !m_acceptError.isEmpty();
    for (int count : m_dropped)
        unreported |= count > 0;
    if (m_pending.empty() && !unreported)
        m_sweep.stop();
}

void AgentGate::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer stops accepting on any error but a temporary one; out of descriptors (EMFILE) is the likely
    // one. Free some by dropping the oldest waiting quarter, then accept again, so the agent never goes deaf.
    Q_UNUSED(error);
    m_acceptError = m_listener->errorString();
    for (int n = qMax(1, int(m_pending.size()) / 4); n > 0 && !m_pending.empty(); --n)
        drop(m_pending.begin(), Drop::NoDescriptors);
    QTimer::singleShot(kResumeAcceptMs, m_listener, [listener = m_listener] {
        if (listener->isListening())
            listener->resumeAccepting();
    });
    report(false);
    if (!m_sweep.isActive())
        m_sweep.start();
}

void AgentGate::report(bool now)
{
    const int total = m_dropped[0] + m_dropped[1] + m_dropped[2] + m_dropped[3];
    if ((total == 0 && m_acceptError.isEmpty())
        || (!now && m_lastReport.isValid() && m_lastReport.elapsed() < kReportMs))
        return;
    if (!m_acceptError.isEmpty())
        qWarning("could not accept a connection: %s; dropped the oldest waiting ones to free descriptors",
                 qPrintable(m_acceptError));
    if (total > 0)
        qInfo("dropped %d connections that did not authenticate: %d over the limit of %d waiting, %d after %d ms, "
              "%d not TLS, %d to free descriptors",
              total, m_dropped[int(Drop::OverLimit)], m_limits.maxPending, m_dropped[int(Drop::TimedOut)],
              m_limits.timeoutMs, m_dropped[int(Drop::NotTls)], m_dropped[int(Drop::NoDescriptors)]);
    std::fill(std::begin(m_dropped), std::end(m_dropped), 0);
    m_acceptError.clear();
    m_lastReport.start();
}

} // namespace fleet

// Compiled here rather than in fleetcore's shared mocs_compilation unit, so that fleet-agent links only
// the agent's objects (and not every class of fleetcore with libssh, libcurl, …).
#include "moc_AgentGate.cpp"
