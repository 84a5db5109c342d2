#include "agent/AgentClient.h"

#include "util/Remedy.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrl>
#include <QWebSocket>

namespace fleet {

namespace {
constexpr int kConnectLimitMs = 10000;

// TLS complaints a self-signed, pinned certificate always causes; anything else (expired, revoked,
// malformed) is refused even with a matching digest.
bool pinnable(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::HostNameMismatch:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return true;
    default:
        return false;
    }
}
} // namespace

AgentClient::AgentClient(AgentEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{
    qRegisterMetaType<fleet::AgentMessage>();
    m_endpoint.fingerprint = AgentProtocol::normalizeFingerprint(m_endpoint.fingerprint);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AgentClient::open);
    connect(&m_heartbeat, &QTimer::timeout, this, &AgentClient::onHeartbeat);
}

AgentClient::~AgentClient()
{
    m_active = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AgentClient::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(10, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
    m_backoffMs = m_initialBackoffMs;
}

void AgentClient::setHeartbeat(int intervalMs, int silenceLimitMs)
{
    m_heartbeatMs = qMax(50, intervalMs);
    m_silenceLimitMs = qMax(m_heartbeatMs * 2, silenceLimitMs);
}

void AgentClient::start()
{
    m_active = true;
    m_backoffMs = m_initialBackoffMs;
    if (!m_socket)
        open();
}

void AgentClient::stop()
{
    m_active = false;
    m_retryTimer.stop();
    m_heartbeat.stop();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("client stopped"));
}

void AgentClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AgentClient::open()
{
    if (!m_active || m_socket)
        return;
    if (!m_endpoint.token.isEmpty() && m_endpoint.fingerprint.isEmpty()) {
        m_lastError = QStringLiteral("%1: no certificate fingerprint is recorded for this agent, so its identity "
                                     "cannot be checked: %2 to record it.")
                          .arg(m_endpoint.host, Remedy::reinstallAgent(m_endpoint.host));
        m_active = false;
        Q_EMIT closed(0, m_lastError);
        return;
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(AgentProtocol::kMaxAgentMessageBytes));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Trust no authority at all: every certificate then reaches onSslErrors, where only the pin is accepted.
    tls.setCaCertificates({});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QWebSocket::sslErrors, this, &AgentClient::onSslErrors);
    connect(m_socket, &QWebSocket::connected, this, &AgentClient::onConnected);
    // Queued: QWebSocket reports the socket error (the useful message) just after `disconnected`.
    // The attempt number guards against a late event of an earlier socket ending the current one.
    const quint64 attempt = ++m_attempt;
    connect(
        m_socket, &QWebSocket::disconnected, this,
        [this, attempt] {
            if (attempt == m_attempt)
                onDisconnected();
        },
        Qt::QueuedConnection);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &AgentClient::onText);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        if (m_socket && m_lastError.isEmpty())
            m_lastError = describeSocketError(m_socket->error(), m_socket->errorString());
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });

    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(m_endpoint.host);
    url.setPort(m_endpoint.port);
    url.setPath(QStringLiteral("/"));
    QNetworkRequest request(url);
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), AgentProtocol::authorizationHeader(m_endpoint.token));
    m_lastError.clear();
    m_closeCode = 0;
    setState(State::Connecting);
    m_lastHeard.start();
    m_heartbeat.start(m_heartbeatMs);
    m_socket->open(request);
}

bool AgentClient::certificateMatches(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && AgentProtocol::fingerprint(certificate) == m_endpoint.fingerprint;
}

void AgentClient::onSslErrors(const QList<QSslError> &errors)
{
    // Probe mode (no token, no pin) sends nothing secret; it may look at any certificate to read the banner.
    const bool probe = m_endpoint.token.isEmpty() && m_endpoint.fingerprint.isEmpty();
    bool matched = false;
    for (const QSslError &error : errors) {
        if (!pinnable(error.error())) {
            m_lastError = QStringLiteral("%1: TLS error %2").arg(m_endpoint.host, error.errorString());
            return; // not ignored: the handshake fails
        }
        if (!error.certificate().isNull()) {
            if (!probe && !certificateMatches(error.certificate())) {
                m_lastError = QStringLiteral("%1:%2 presented certificate %3, not the pinned %4. The agent was "
                                             "reinstalled or someone is in between; if you reinstalled it, %5.")
                                  .arg(m_endpoint.host)
                                  .arg(m_endpoint.port)
                                  .arg(AgentProtocol::fingerprint(error.certificate()), m_endpoint.fingerprint,
                                       Remedy::reinstallAgent(m_endpoint.host));
                return;
            }
            matched = true;
        }
    }
    if (matched && m_socket)
        m_socket->ignoreSslErrors(errors);
}

void AgentClient::onConnected()
{
    m_lastHeard.restart();
    // Online once the hello arrives: a connection alone does not prove the token was accepted.
}

void AgentClient::onDisconnected()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_closeCode = int(socket->closeCode());
    const QString reason = socket->closeReason();
    socket->disconnect(this);
    socket->deleteLater();
    m_heartbeat.stop();
    if (m_closeCode == QWebSocketProtocol::CloseCodePolicyViolated) {
        m_lastError = QStringLiteral("%1:%2 refused our token (%3): %4 to issue a new one.")
                          .arg(m_endpoint.host)
                          .arg(m_endpoint.port)
                          .arg(reason, Remedy::reinstallAgent(m_endpoint.host));
        if (!m_endpoint.token.isEmpty())
            m_active = false; // retrying with the same token cannot help
    } else if (m_closeCode == QWebSocketProtocol::CloseCodeGoingAway) {
        // Said by the agent itself (SIGTERM, systemctl stop, an upgrade restarting it): not a network fault.
        m_lastError = QStringLiteral("%1:%2: the agent stopped (%3); reconnecting by itself when it is back.")
                          .arg(m_endpoint.host)
                          .arg(m_endpoint.port)
                          .arg(reason.isEmpty() ? QStringLiteral("going away") : reason);
    } else if (m_lastError.isEmpty() && socket->error() != QAbstractSocket::UnknownSocketError) {
        m_lastError = describeSocketError(socket->error(), socket->errorString());
    } else if (m_lastError.isEmpty()) {
        m_lastError = QStringLiteral("%1:%2: connection closed (%3%4)")
                          .arg(m_endpoint.host)
                          .arg(m_endpoint.port)
                          .arg(m_closeCode)
                          .arg(reason.isEmpty() ? QString() : QStringLiteral(" ") + reason);
    }
    setState(State::Offline);
    Q_EMIT closed(m_closeCode, reason);
    scheduleReconnect();
}

QString AgentClient::describeSocketError(QAbstractSocket::SocketError error, const QString &text) const
{
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_state != State::Online) // before the hello: the agent's gate dropped us, or it was going down
            return QStringLiteral("%1:%2: the agent closed the connection before the handshake was done: it was "
                                  "stopping, the handshake took longer than %3 s, or so many peers connect without "
                                  "authenticating that it dropped the oldest waiting ones; reconnecting by itself.")
                .arg(m_endpoint.host)
                .arg(m_endpoint.port)
                .arg(AgentProtocol::kAuthTimeoutMs / 1000);
        return QStringLiteral("%1:%2: the agent closed the connection without a close frame: it crashed, was "
                              "killed, or its node restarted; reconnecting by itself.")
            .arg(m_endpoint.host)
            .arg(m_endpoint.port);
    case QAbstractSocket::ConnectionRefusedError:
        return QStringLiteral("%1:%2: the agent is not running (connection refused). Reconnecting by itself once it "
                              "listens again; to start it, %3, which restarts a stopped agent.")
            .arg(m_endpoint.host)
            .arg(m_endpoint.port)
            .arg(Remedy::reinstallAgent(m_endpoint.host));
    default:
        return QStringLiteral("%1:%2: %3").arg(m_endpoint.host).arg(m_endpoint.port).arg(text);
    }
}

void AgentClient::scheduleReconnect()
{
    if (!m_active || !m_reconnect)
        return;
    // ±20 % jitter so a fleet of clients does not reconnect in lockstep after an outage.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_retryTimer.start(int(m_backoffMs * jitter));
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
    ++m_reconnects;
}

void AgentClient::onText(const QString &text)
{
    m_lastHeard.restart();
    Q_EMIT textReceived(text);
    const AgentParseResult parsed = AgentProtocol::parse(text.toUtf8(), AgentProtocol::agentTypes());
    if (!parsed.ok()) {
        if (AgentProtocol::bannerVersion(text) == 0)
            m_lastError = QStringLiteral("%1: unreadable message from the agent: %2").arg(m_endpoint.host,
                                                                                          parsed.detail);
        return;
    }
    const AgentMessage &message = parsed.message;
    if (message.type == QLatin1String("hello")) {
        m_hello = message.body;
        m_backoffMs = m_initialBackoffMs;
        if (m_state != State::Online && m_subscribeMs > 0)
            request(QStringLiteral("subscribe"), {{QStringLiteral("interval_ms"), m_subscribeMs}});
        setState(State::Online);
        Q_EMIT helloReceived(m_hello);
    } else if (message.type == QLatin1String("telemetry")) {
        Q_EMIT telemetryReceived(message.body);
    } else if (message.type == QLatin1String("error")) {
        m_lastError = QStringLiteral("%1: the agent answered %2: %3")
                          .arg(m_endpoint.host, message.body.value(QLatin1String("code")).toString(),
                               message.body.value(QLatin1String("message")).toString());
    }
    Q_EMIT messageReceived(message);
}

void AgentClient::onHeartbeat()
{
    if (!m_socket)
        return;
    // No pong and no message for that long: the agent, or the path to it, is gone (no FIN ever came).
    const int limit = m_state == State::Online ? m_silenceLimitMs : qMax(m_silenceLimitMs, kConnectLimitMs);
    if (m_lastHeard.elapsed() > limit) {
        m_lastError = QStringLiteral("%1:%2: no answer for %3 s").arg(m_endpoint.host).arg(m_endpoint.port)
                          .arg(limit / 1000);
        m_socket->abort();
        onDisconnected();
        return;
    }
    if (m_state == State::Online)
        m_socket->ping();
}

qint64 AgentClient::request(const QString &type, const QJsonObject &fields)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return -1;
    const qint64 id = m_nextId++;
    m_socket->sendTextMessage(QString::fromUtf8(AgentProtocol::encode(type, fields, id)));
    return id;
}

void AgentClient::subscribe(int intervalMs)
{
    m_subscribeMs = intervalMs;
    if (m_state == State::Online)
        request(QStringLiteral("subscribe"), {{QStringLiteral("interval_ms"), intervalMs}});
}

bool AgentClient::sendRaw(const QByteArray &text)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return m_socket->sendTextMessage(QString::fromUtf8(text)) > 0;
}

QJsonObject AgentClient::fetchHello(const AgentEndpoint &endpoint, int timeoutMs, QString *error)
{
    AgentClient client(endpoint);
    client.setReconnect(false);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&client, &AgentClient::helloReceived, &loop, &QEventLoop::quit);
    connect(&client, &AgentClient::closed, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    client.start();
    if (client.state() != State::Offline)
        loop.exec();
    if (client.state() == State::Online)
        return client.hello();
    if (error)
        *error = client.lastError().isEmpty()
            ? QStringLiteral("%1:%2: no answer within %3 ms").arg(endpoint.host).arg(endpoint.port).arg(timeoutMs)
            : client.lastError();
    return {};
}

} // namespace fleet

// Compiled here rather than in fleetcore's shared mocs_compilation unit, so that fleet-agent links only
// the agent's objects (and not every class of fleetcore with libssh, libcurl, …).
#include "moc_AgentClient.cpp"
