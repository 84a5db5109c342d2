#pragma once

#include "model/Node.h"
#include "ssh/SshOptions.h"

#include <QObject>
#include <QThreadPool>
#include <QStringList>

namespace fleet {

// The Install agent action, run on workers: core's Bootstrap over an SSH session per node, then the agent's
// hello (AgentClient::fetchHello) with the secret recorded at install time. Live facts come from
// TelemetryMonitor.
// Results come back as nodes to merge into the tiles and are recorded in the history by core's HistoryStore on
// the same worker. The UI thread only starts work and receives answers.
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
    struct Outcome
    {
        bool ok = false;
        Node node;
        QString message;
    };
    static Outcome installOn(const Settings &settings, const QString &address);
    static Outcome helloFrom(const Settings &settings, const QString &address);
    void start(const QString &address);

    Settings m_settings;
    QThreadPool m_pool; // SSH and agent round trips wait on the network, not the CPU
    int m_pending = 0;
};

} // namespace fleet
