#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// A started container as `docker inspect` shows it during the health stage.
struct ContainerStatus
{
    QString status;     // created, running, restarting, exited, dead, paused
    int exitCode = 0;
    QString health;     // Docker's HEALTHCHECK: starting, healthy, unhealthy; empty when the image has none
    int restartCount = 0;
    QString error;      // State.Error (e.g. why it could not start)

    bool hasHealthcheck() const { return !health.isEmpty(); }
};

// A TCP port the node itself should accept on once the container serves it.
struct ProbePort
{
    QString host; // an address of the node (127.0.0.1 for a wildcard binding)
    int port = 0;
    bool operator==(const ProbePort &o) const { return host == o.host && port == o.port; }
};

// The health stage's questions to the node and how their answers read, as pure functions (ContainerDeploy asks).
class HealthProbe final
{
public:
    enum class Verdict { Waiting, Healthy, Unhealthy, Exited, Restarting };

    // One line: status|exit code|health|restart count|error.
    static QString inspectCommand(const QString &container);
    static std::optional<ContainerStatus> parseStatus(const QByteArray &out);
    // `docker port CONTAINER` lines ("80/tcp -> 0.0.0.0:8080", "80/tcp -> :::8080"): the TCP host ports, once each.
    static QList<ProbePort> parseDockerPort(const QByteArray &out);
    // With --network host the mappings' container ports are the node's own (Docker ignores -p there).
    static QList<ProbePort> hostNetworkPorts(const QStringList &mappings);
    // A POSIX sh script run on the node: connects to each port with bash's /dev/tcp, else `nc -z`, and prints
    // "open", "closed HOST:PORT", or "noprobe" when the node has neither (then only "still running" is checked).
    static QString probeCommand(const QList<ProbePort> &ports);
    // The container's state so far. `portsOpen`: the probe's answer (nullopt: no port to probe, or no tool).
    // `settled`: the container has run long enough (a couple of seconds) to count without a check or a port.
    static Verdict judge(const ContainerStatus &status, int initialRestarts, std::optional<bool> portsOpen,
                         bool settled);
    static QString logsCommand(const QString &container, int lines = 20);
    // A one-shot image (a smoke test, a migration) that did its work: it exited with status 0, has no health check
    // and publishes no port. Its run succeeded; only a service is expected to stay up.
    static bool ranToCompletion(const ContainerStatus &status, bool publishesPorts);
};

} // namespace fleet
