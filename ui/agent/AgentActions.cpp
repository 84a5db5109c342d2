#include "AgentActions.h"

#include "BackgroundAction.h"
#include "actions/AgentLifecycle.h"

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
    AgentParams params;
    params.context.dbPath = m_settings.dbPath;
    params.context.sshUser = m_settings.sshUser;
    params.context.ssh = m_settings.ssh;
    params.node = address;
    params.bootstrap.port = m_settings.agentPort;
    params.helloTimeoutMs = m_settings.helloTimeoutMs;
    runInBackground(
        this, [params] { return AgentLifecycle::install(params); },
        [this, address](const AgentOutcome &outcome) {
            if (outcome.ok()) // the warnings (the bootstrap probe's, the history's) are part of what happened
                Q_EMIT installed(outcome.node, (QStringList{outcome.message} + outcome.warnings).join(u'\n'));
            else
                Q_EMIT failed(address, outcome.message);
            if (--m_pending == 0)
                Q_EMIT idle();
        },
        &m_pool);
}

} // namespace fleet
