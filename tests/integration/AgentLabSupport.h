#pragma once

#include "agent/AgentClient.h"
#include "lab/LabEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QTest>

#include <csignal>

namespace fleet::test {

// Everything one client saw, in order.
struct Recorder
{
    QStringList texts;
    QList<AgentMessage> messages;
    QList<AgentClient::State> states;
    QList<int> closeCodes;
    int telemetry = 0;
    QJsonObject lastTelemetry;

    void attach(AgentClient &client)
    {
        QObject::connect(&client, &AgentClient::textReceived, &client, [this](const QString &t) { texts << t; });
        QObject::connect(&client, &AgentClient::messageReceived, &client,
                         [this](const AgentMessage &m) { messages << m; });
        QObject::connect(&client, &AgentClient::stateChanged, &client,
                         [this](AgentClient::State s) { states << s; });
        QObject::connect(&client, &AgentClient::closed, &client, [this](int code) { closeCodes << code; });
        QObject::connect(&client, &AgentClient::telemetryReceived, &client, [this](const QJsonObject &t) {
            ++telemetry;
            lastTelemetry = t;
        });
    }
    // The reply to request `id`, if it came.
    AgentMessage reply(qint64 id) const
    {
        for (const AgentMessage &m : messages)
            if (m.id == id)
                return m;
        return {};
    }
};

// The lab's agents (fleetlab up --agent-on 1,2): one token and one certificate for all of them, written by the
// lab under its dir; the workstation side of what Bootstrap records in the secret store.
struct LabAgents
{
    QByteArray token;
    QString fingerprint;
    quint16 port = AgentProtocol::kDefaultPort;

    // Empty `error` when the lab's agent credentials were read.
    static LabAgents load(const LabEnvironment &lab, QString *error)
    {
        LabAgents agents;
        QFile token(lab.dir + QStringLiteral("/agent/token"));
        if (!token.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no lab agents: run fleetlab up --agent-on 1,2");
            return agents;
        }
        agents.token = token.readAll().trimmed();
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(lab.dir + QStringLiteral("/agent/cert.pem"));
        if (certs.size() != 1) {
            *error = QStringLiteral("the lab's agent certificate is missing or holds %1 certificates")
                         .arg(certs.size());
            return agents;
        }
        agents.fingerprint = AgentProtocol::fingerprint(certs.first());
        for (int node : {1, 2})
            if (!QFile::exists(lab.dir + QStringLiteral("/n%1/agent.pid").arg(node)))
                *error = QStringLiteral("the lab must run agents on nodes 1 and 2 (--agent-on 1,2)");
        return agents;
    }

    AgentEndpoint endpoint(const LabEnvironment &lab, int node) const
    {
        return AgentEndpoint{lab.nodes.value(node), port, token, fingerprint};
    }
};

// Starts a client and waits until it is online.
inline bool waitOnline(AgentClient &client, int timeoutMs = 8000)
{
    client.start();
    QElapsedTimer clock;
    clock.start();
    while (client.state() != AgentClient::State::Online && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return client.state() == AgentClient::State::Online;
}

// The pid of node `index`'s (0-based) lab agent as its pid file says, 0 if none. The lab runs on this machine.
inline qint64 labAgentPid(const LabEnvironment &lab, int index)
{
    QFile pidFile(lab.dir + QStringLiteral("/n%1/agent.pid").arg(index + 1));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    return pid > 1 && ::kill(pid_t(pid), 0) == 0 ? pid : 0;
}

// Open descriptors of a local process (-1 if /proc does not show them).
inline int openDescriptors(qint64 pid)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    return fds.exists() ? int(fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()) : -1;
}

} // namespace fleet::test
