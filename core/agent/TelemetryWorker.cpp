#include "agent/TelemetryWorker.h"

#include "agent/AgentSecrets.h"
#include "history/HistoryStore.h"

namespace fleet {

TelemetryWorker::TelemetryWorker(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_flush.setParent(this); // moves with the worker to its thread
    m_flush.setSingleShot(true);
    m_flush.setInterval(m_settings.flushMs);
    connect(&m_flush, &QTimer::timeout, this, &TelemetryWorker::flush);
}

TelemetryWorker::~TelemetryWorker()
{
    stopAll();
}

void TelemetryWorker::watch(const QList<Node> &nodes)
{
    for (const Node &known : nodes) {
        const QString address = known.address;
        if (m_watched.contains(address))
            continue;
        QString error;
        const std::optional<AgentSecret> secret = AgentSecrets::read(address, m_settings.agentPort, &error);
        if (!secret) {
            Q_EMIT skipped(address, error.isEmpty() ? tr("%1: no agent token is recorded on this workstation; use "
                                                         "Install agent.").arg(address)
                                                    : error);
            continue;
        }
        Watched &watched = m_watched[address];
        watched.node = known;
        auto *client = new AgentClient(AgentEndpoint{address, m_settings.agentPort, secret->token,
                                                     secret->fingerprint}, this);
        watched.client = client;
        connect(client, &AgentClient::helloReceived, this,
                [this, address](const QJsonObject &hello) { onHello(address, hello); });
        connect(client, &AgentClient::telemetryReceived, this,
                [this, address](const QJsonObject &telemetry) { onTelemetry(address, telemetry); });
        connect(client, &AgentClient::stateChanged, this,
                [this, address](AgentClient::State state) { onState(address, state); });
        client->subscribe(m_settings.intervalMs); // remembered: sent after every (re)connect
        client->start();
    }
}

void TelemetryWorker::unwatch(const QStringList &addresses)
{
    for (const QString &address : addresses) {
        const Watched watched = m_watched.take(address);
        m_pending.remove(address);
        if (watched.client) {
            watched.client->stop();
            watched.client->deleteLater();
        }
    }
}

void TelemetryWorker::stopAll()
{
    unwatch(m_watched.keys());
    m_flush.stop();
}

void TelemetryWorker::onHello(const QString &address, const QJsonObject &hello)
{
    const auto it = m_watched.find(address);
    if (it == m_watched.end())
        return;
    Node &node = it->node;
    AgentProtocol::applyHello(hello, node);
    node.state = NodeState::Online;
    node.lastSeen = QDateTime::currentDateTimeUtc();
    it->reported = NodeState::Online;
    if (HistoryStore *store = history())
        store->upsertNode(node);
    changed(*it);
}

void TelemetryWorker::onTelemetry(const QString &address, const QJsonObject &telemetry)
{
    const auto it = m_watched.find(address);
    if (it == m_watched.end())
        return;
    AgentProtocol::applyTelemetry(telemetry, it->node.facts);
    it->node.state = NodeState::Online;
    it->node.lastSeen = QDateTime::currentDateTimeUtc();
    changed(*it); // not written to the history: every 2 s per node is the tiles' business only
}

void TelemetryWorker::onState(const QString &address, AgentClient::State state)
{
    const auto it = m_watched.find(address);
    // Connecting says nothing yet; ONLINE is announced by the hello, which carries the facts.
    if (it == m_watched.end() || state != AgentClient::State::Offline || it->reported == NodeState::Offline)
        return;
    it->reported = NodeState::Offline;
    it->node.state = NodeState::Offline;
    if (HistoryStore *store = history())
        store->markOffline({address});
    changed(*it); // the client keeps reconnecting with backoff: the tile turns ONLINE again when it answers
}

void TelemetryWorker::changed(const Watched &watched)
{
    m_pending.insert(watched.node.address, watched.node);
    if (!m_flush.isActive())
        m_flush.start();
}

void TelemetryWorker::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Node> nodes = m_pending.values();
    m_pending.clear();
    Q_EMIT nodesChanged(nodes);
}

HistoryStore *TelemetryWorker::history()
{
    if (m_history || m_historyFailed || m_settings.dbPath.isEmpty())
        return m_history.get();
    auto store = std::make_unique<HistoryStore>();
    if (!store->open(m_settings.dbPath)) {
        m_historyFailed = true; // the tiles still update; the next start tries again
        return nullptr;
    }
    m_history = std::move(store);
    return m_history.get();
}

} // namespace fleet
