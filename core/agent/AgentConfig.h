#pragma once

#include "agent/AgentProtocol.h"

#include <QByteArray>
#include <QString>

class QSslConfiguration;

namespace fleet {

// The agent's configuration file (JSON, mode 0600 on the node; written by Bootstrap or the lab). The token
// lives only here and in the workstation's secret store: never on a command line, in a URL or in a log.
struct AgentConfig
{
    QString bind = QStringLiteral("0.0.0.0");
    quint16 port = AgentProtocol::kDefaultPort;
    QByteArray token;
    QString certFile; // PEM certificate the agent presents (self-signed, pinned by the workstation)
    QString keyFile;  // its private key
    QString dockerHost; // DOCKER_HOST for the docker CLI; empty: the agent's environment
    QString pidFile;
    qint64 maxMessageBytes = AgentProtocol::kMaxRequestBytes;
    int maxClients = 32;
    int maxPending = 512; // connections not yet authenticated (TLS, upgrade, token); one more drops the oldest

    // Reads and checks a file; on failure returns false and says what is wrong and how to fix it.
    bool load(const QString &path, QString *error);
    QByteArray toJson() const;
    // Certificate and key into a server-side TLS configuration.
    bool tlsConfiguration(QSslConfiguration &configuration, QString *error) const;
};

} // namespace fleet
