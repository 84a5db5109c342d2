#pragma once

#include "model/Node.h"
#include "ssh/SshOptions.h"

#include <QObject>
#include <QThreadPool>
#include <QStringList>

namespace fleet {

// The window's Install agent: core's AgentLifecycle::install per node on a worker (SSH with the host key
// checked, Bootstrap, the agent's hello, the node and its secret's reference recorded in the history). Results
// come back as nodes to merge into the tiles. Live facts come from TelemetryMonitor.
class AgentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentActions)

public:
    struct Settings
    {
        QString dbPath;
        QString sshUser;
        SshOptions ssh;
        quint16 agentPort = 7780;
        int helloTimeoutMs = 5000;
    };

    explicit AgentActions(Settings settings, QObject *parent = nullptr);
    ~AgentActions() override;

    // Installs (or upgrades in place) fleet-agent on each node; one installed() or failed() per node.
    void install(const QStringList &addresses);
    int pending() const { return m_pending; }

Q_SIGNALS:
    void installed(const fleet::Node &node, const QString &message);
    void failed(const QString &address, const QString &message);
    void idle();

private:
    void start(const QString &address);

    Settings m_settings;
    QThreadPool m_pool; // SSH and agent round trips wait on the network, not the CPU
    int m_pending = 0;
};

} // namespace fleet
