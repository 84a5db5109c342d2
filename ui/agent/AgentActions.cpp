#include "AgentActions.h"

#include "agent/AgentSecrets.h"
#include "agent/AgentClient.h"
#include "agent/Bootstrap.h"
#include "agent/SecretStore.h"
#include "history/HistoryStore.h"
#include "ssh/SshSession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fleet {

AgentActions::AgentActions(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_pool.setMaxThreadCount(8);
}

AgentActions::~AgentActions()
{
    m_pool.waitForDone(); // installs finish (they are bounded by SSH timeouts) before the settings go away
}

void AgentActions::install(const QStringList &addresses)
{
    for (const QString &address : addresses)
        start(address);
}

void AgentActions::start(const QString &address)
{
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, address] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.ok)
            Q_EMIT installed(outcome.node, outcome.message);
        else
            Q_EMIT failed(address, outcome.message);
        if (--m_pending == 0)
            Q_EMIT idle();
    });
    const Settings settings = m_settings;
    watcher->setFuture(QtConcurrent::run(&m_pool, [settings, address] { return installOn(settings, address); }));
}

// On a worker: the agent's hello, with the secret recorded when it was installed from this workstation.
AgentActions::Outcome AgentActions::helloFrom(const Settings &settings, const QString &address)
{
    Outcome outcome;
    QString error;
    const std::optional<AgentSecret> secret = AgentSecrets::read(address, settings.agentPort, &error);
    if (!secret) {
        outcome.message = error.isEmpty() ? tr("%1: no agent token is recorded on this workstation; use Install agent.")
                                                .arg(address)
                                          : error;
        return outcome;
    }
    const QJsonObject hello = AgentClient::fetchHello(
        AgentEndpoint{address, settings.agentPort, secret->token, secret->fingerprint}, settings.helloTimeoutMs, &error);
    if (hello.isEmpty()) {
        outcome.message = error;
        return outcome;
    }
    outcome.node.address = address;
    outcome.node.state = NodeState::Online;
    outcome.node.lastSeen = QDateTime::currentDateTimeUtc();
    AgentProtocol::applyHello(hello, outcome.node);
    outcome.ok = true;
    HistoryStore store;
    if (store.open(settings.dbPath))
        store.upsertNode(outcome.node);
    return outcome;
}

// On a worker: SSH in (host key checked), install or upgrade the agent, then read its hello.
AgentActions::Outcome AgentActions::installOn(const Settings &settings, const QString &address)
{
    Outcome outcome;
    SshSession session(SshTarget{address, 22, settings.sshUser}, settings.ssh);
    if (!session.connect()) {
        outcome.message = session.error().message;
        return outcome;
    }
    BootstrapOptions options;
    options.port = settings.agentPort;
    BootstrapResult result;
    {
        const QMutexLocker lock(&AgentSecrets::lock()); // the install records the agent's secret
        SecretStore secrets(AgentSecrets::backend());
        result = Bootstrap(session, secrets).install(options);
    }
    outcome.message = result.message;
    if (!result.ok)
        return outcome;
    Outcome hello = helloFrom(settings, address);
    outcome.ok = true;
    outcome.node = hello.ok ? hello.node : Node{};
    outcome.node.address = address;
    if (!hello.ok) {
        // Installed, but not answering yet (a firewall in between?): say so rather than claim ONLINE.
        outcome.node.state = NodeState::NotInstalled;
        outcome.message += QLatin1Char(' ') + hello.message;
    }
    HistoryStore store;
    if (store.open(settings.dbPath) && !result.reference.isEmpty())
        store.setSecretRef(address, result.reference);
    return outcome;
}

} // namespace fleet
