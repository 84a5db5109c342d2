#include "agent/AgentServer.h"

#include "FleetVersion.h"
#include "agent/AgentGate.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>

namespace fleet {

namespace {
// A refused client gets this long to complete the close handshake before the socket is dropped.
constexpr int kRefuseGraceMs = 1000;
// Descriptors kept for everything but waiting connections: clients, docker CLI pipes, the listener, Qt.
constexpr int kReservedDescriptors = 64;
constexpr int kMinPending = 8;
} // namespace

AgentServer::AgentServer(AgentConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_docker(this)
{
    m_docker.setDockerHost(m_config.dockerHost);
    m_docker.setTimeoutMs(5000);
}

AgentServer::~AgentServer() = default;

bool AgentServer::listen(QString *error)
{
    QSslConfiguration tls;
    if (!m_config.tlsConfiguration(tls, error))
        return false;
    const QHostAddress address(m_config.bind);
    if (address.isNull()) {
        *error = QStringLiteral("bind address \"%1\" is not an IP address").arg(m_config.bind);
        return false;
    }
    m_gate = new AgentGate(this);
    m_gate->setLimits(AgentGate::Limits{pendingLimit(), AgentProtocol::kAuthTimeoutMs});
    connect(m_gate, &AgentGate::upgraded, this, &AgentServer::onUpgraded);
    QString reason;
    if (!m_gate->listen(address, m_config.port, tls, &reason)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3. Is another agent running there? Choose another port "
                                "with --port.")
                     .arg(m_config.bind)
                     .arg(m_config.port)
                     .arg(reason);
        return false;
    }
    refreshDocker({}); // warm up: the first hello then has docker's state at once
    return true;
}

quint16 AgentServer::port() const
{
    return m_gate ? m_gate->port() : 0;
}

int AgentServer::pendingLimit() const
{
    // Waiting connections must never take the descriptors clients and docker calls need: with a soft limit of
    // 1024, 1,000 idle peers would otherwise make accept() fail for everyone.
    int limit = m_config.maxPending;
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const qint64 budget = qint64(files.rlim_cur) - kReservedDescriptors - 2 * qint64(m_config.maxClients);
        limit = int(qMin(qint64(limit), qMax(qint64(kMinPending), budget)));
    }
    return limit;
}

void AgentServer::shutdown(const QString &reason)
{
    if (m_gate)
        m_gate->close();
    const QList<QWebSocket *> clients = m_subscriptions.keys();
    for (QWebSocket *socket : clients)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
}

void AgentServer::onUpgraded(QWebSocket *socket)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
    const QString peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    const QByteArray token =
        AgentProtocol::tokenFromAuthorization(socket->request().rawHeader(QByteArrayLiteral("Authorization")));
    if (token.isEmpty())
        refuse(socket, peer, QStringLiteral("no token"));
    else if (!AgentProtocol::constantTimeEquals(token, m_config.token))
        refuse(socket, peer, QStringLiteral("wrong token"));
    else if (m_subscriptions.size() >= m_config.maxClients)
        refuse(socket, peer, QStringLiteral("too many clients"));
    else
        accept(socket, peer);
}

void AgentServer::refuse(QWebSocket *socket, const QString &peer, const QString &reason)
{
    qInfo("refused %s: %s", qPrintable(peer), qPrintable(reason));
    Q_EMIT clientRefused(peer, reason);
    // The banner is all an unauthenticated peer learns (discovery uses it), then the door closes.
    socket->sendTextMessage(AgentProtocol::banner());
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("authentication required"));
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kRefuseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void AgentServer::accept(QWebSocket *socket, const QString &peer)
{
    qInfo("accepted %s", qPrintable(peer));
    m_gate->admit(socket);
    Q_EMIT clientAccepted(peer);
    m_subscriptions.insert(socket, nullptr);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
        socket->sendTextMessage(QString::fromUtf8(
            AgentProtocol::encodeError(AgentProtocolError::BadRequest, QStringLiteral("binary frames are not used"))));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, peer] {
        qInfo("closed %s (%d %s)", qPrintable(peer), int(socket->closeCode()), qPrintable(socket->closeReason()));
        m_subscriptions.remove(socket);
        socket->deleteLater();
    });
    sendHello(socket, -1);
}

void AgentServer::onText(QWebSocket *socket, const QString &text)
{
    const AgentParseResult parsed = AgentProtocol::parse(text.toUtf8(), AgentProtocol::requestTypes());
    if (!parsed.ok()) {
        socket->sendTextMessage(
            QString::fromUtf8(AgentProtocol::encodeError(parsed.error, parsed.detail, parsed.message.id)));
        return;
    }
    handle(socket, parsed.message);
}

void AgentServer::handle(QWebSocket *socket, const AgentMessage &message)
{
    if (message.type == QLatin1String("hello"))
        sendHello(socket, message.id);
    else if (message.type == QLatin1String("ping"))
        socket->sendTextMessage(QString::fromUtf8(AgentProtocol::encode(QStringLiteral("pong"), {}, message.id)));
    else if (message.type == QLatin1String("subscribe"))
        subscribe(socket, message);
    else if (message.type == QLatin1String("unsubscribe")) {
        delete m_subscriptions.value(socket);
        m_subscriptions.insert(socket, nullptr);
        socket->sendTextMessage(
            QString::fromUtf8(AgentProtocol::encode(QStringLiteral("unsubscribed"), {}, message.id)));
    } else if (message.type == QLatin1String("images") || message.type == QLatin1String("containers"))
        sendList(socket, message.type, message.id);
}

void AgentServer::subscribe(QWebSocket *socket, const AgentMessage &message)
{
    const QJsonValue interval = message.body.value(QLatin1String("interval_ms"));
    int ms = AgentProtocol::kDefaultTelemetryMs;
    if (!interval.isUndefined()) {
        if (!interval.isDouble() || interval.toDouble() < AgentProtocol::kMinTelemetryMs
            || interval.toDouble() > AgentProtocol::kMaxTelemetryMs) {
            socket->sendTextMessage(QString::fromUtf8(AgentProtocol::encodeError(
                AgentProtocolError::BadRequest,
                QStringLiteral("interval_ms must be a number from %1 to %2")
                    .arg(AgentProtocol::kMinTelemetryMs)
                    .arg(AgentProtocol::kMaxTelemetryMs),
                message.id)));
            return;
        }
        ms = int(interval.toDouble());
    }
    QTimer *timer = m_subscriptions.value(socket);
    if (!timer) {
        timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, this, [this, socket] { sendTelemetry(socket); });
        m_subscriptions.insert(socket, timer);
    }
    timer->start(ms);
    socket->sendTextMessage(QString::fromUtf8(
        AgentProtocol::encode(QStringLiteral("subscribed"), {{QStringLiteral("interval_ms"), ms}}, message.id)));
    sendTelemetry(socket);
}

void AgentServer::sendTelemetry(QWebSocket *socket)
{
    refreshDocker({}); // the next sample shows a daemon that stopped or came back
    QJsonObject body = m_facts.sample();
    body.insert(QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()));
    body.insert(QStringLiteral("docker"), DockerProbe::toJson(m_docker.lastStatus()));
    socket->sendTextMessage(QString::fromUtf8(AgentProtocol::encode(QStringLiteral("telemetry"), body)));
}

void AgentServer::sendHello(QWebSocket *socket, qint64 id)
{
    QPointer<QWebSocket> guard(socket);
    refreshDocker([this, guard, id] {
        if (!guard || !m_subscriptions.contains(guard.data()))
            return;
        const QJsonObject body{{QStringLiteral("agent"), QStringLiteral("fleet-agent")},
                               {QStringLiteral("agent_version"), QStringLiteral(FLEET_VERSION)},
                               {QStringLiteral("protocol"), AgentProtocol::kVersion},
                               {QStringLiteral("host"), m_facts.hostFacts()},
                               {QStringLiteral("docker"), DockerProbe::toJson(m_docker.lastStatus())}};
        guard->sendTextMessage(QString::fromUtf8(AgentProtocol::encode(QStringLiteral("hello"), body, id)));
    });
}

void AgentServer::sendList(QWebSocket *socket, const QString &type, qint64 id)
{
    QPointer<QWebSocket> guard(socket);
    auto reply = [this, guard, type, id](bool available, const QJsonArray &items, const QString &error) {
        if (!guard || !m_subscriptions.contains(guard.data()))
            return;
        QJsonObject body{{QStringLiteral("docker"), DockerProbe::toJson(m_docker.lastStatus())}};
        body.insert(QStringLiteral("available"), available);
        if (available)
            body.insert(QStringLiteral("items"), items);
        else
            body.insert(QStringLiteral("error"), error);
        guard->sendTextMessage(QString::fromUtf8(AgentProtocol::encode(type, body, id)));
    };
    if (type == QLatin1String("images"))
        m_docker.images(reply);
    else
        m_docker.containers(reply);
}

void AgentServer::refreshDocker(std::function<void()> then)
{
    if (then)
        m_dockerWaiters << std::move(then);
    if (m_dockerInFlight)
        return;
    m_dockerInFlight = true;
    m_docker.status([this](const DockerProbe::Status &status) {
        m_dockerInFlight = false;
        if (status.available && !status.rootDir.isEmpty())
            m_facts.setDiskPath(status.rootDir);
        const QList<std::function<void()>> waiters = std::exchange(m_dockerWaiters, {});
        for (const auto &waiter : waiters)
            waiter();
    });
}

} // namespace fleet

// Compiled here rather than in fleetcore's shared mocs_compilation unit, so that fleet-agent links only
// the agent's objects (and not every class of fleetcore with libssh, libcurl, …).
#include "moc_AgentServer.cpp"
