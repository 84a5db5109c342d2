#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace fleet {

struct RemoteResult;

// One container on a node, as its docker reports it (`docker ps` and `docker container inspect`).
struct ContainerInfo
{
    QString id;      // 64 hex digits
    QString name;    // without docker's leading '/'
    QString image;   // as the container was created from ("app:1.0", or an image ID)
    QString command; // docker's own quoting, for display
    QString state;   // created, running, paused, restarting, removing, exited, dead
    QString health;  // healthy, unhealthy, starting; empty without a health check
    QString status;  // docker's words: "Up 3 minutes (healthy)", "Exited (0) 2 hours ago"
    QString ports;   // published ports, "127.0.0.1:8080->80/tcp, …"; empty when none
    QDateTime createdAt, startedAt, finishedAt; // UTC; invalid when unknown (or never started)
    int exitCode = -1;                          // of the last run; -1 unknown
    bool managed = false; // Fleet Commander started it (label io.fleetcommander.request or .managed)

    bool isRunning() const { return state == QLatin1String("running") || state == QLatin1String("restarting"); }
    // Seconds since it started while it runs; -1 otherwise.
    qint64 uptimeSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

enum class ContainerVerb { Stop, Start, Restart, Remove };
QString containerVerbName(ContainerVerb verb); // "stop", "start", "restart", "rm"

struct ContainerListParams
{
    ActionContext context;
    QString node;    // "host", "host:port" or "user@host[:port]"
    bool all = true; // stopped ones too (docker ps -a)
};

struct ContainerListing
{
    QString node;    // as asked
    QString display; // the SSH target, for messages
    Failure failure;
    QList<ContainerInfo> containers; // docker's order: newest first
    bool ok() const { return failure.ok(); }
    // The containers Fleet Commander started that are running (what a tile counts).
    int managedRunning() const
    {
        int count = 0;
        for (const ContainerInfo &c : containers)
            count += c.managed && c.isRunning() ? 1 : 0;
        return count;
    }
};

struct ContainerActionParams
{
    ActionContext context;
    QString node;
    QString container; // name or ID (checked before anything reaches the node)
    ContainerVerb verb = ContainerVerb::Stop;
    bool force = false; // Remove: a running container too (docker rm -f)
};

struct ContainerActionResult
{
    QString node;
    QString display;
    QString container;
    ContainerVerb verb = ContainerVerb::Stop;
    Failure failure;
    QString state; // afterwards: docker's state ("exited", "running"…), "removed", or empty when unknown
    bool ok() const { return failure.ok(); }
};

// A node's containers (issue 13): listed over SSH in one round trip (`docker ps --format '{{json .}}'` and
// `docker container inspect` of the same IDs, for health, start time and port bindings), and stop, start,
// restart, remove by name or ID. Logs are ContainerLogs. Synchronous: the GUI calls these on a worker.
// SSH only: a node's Fleet Agent is not asked (SSH always works where the agent does).
class NodeContainers final
{
    Q_DECLARE_TR_FUNCTIONS(NodeContainers)

public:
    static constexpr qint64 kMaxDockerOutput = 8 << 20; // more is refused, not guessed at
    static constexpr int kMaxContainers = 20000;

    static ContainerListing list(const ContainerListParams &params);
    static ContainerActionResult act(const ContainerActionParams &params);

    // Docker's own grammar for names ([a-zA-Z0-9][a-zA-Z0-9_.-]*, up to 255 characters); an ID or an ID prefix is
    // hex and fits it too. Anything else is refused before SSH is touched.
    static bool isValidContainerName(const QString &name);
    static Failure checkContainerName(const QString &name); // None, or a usage failure saying what is allowed

    // The node's answer to listCommand() (untrusted: one JSON object per line, bounded; bad lines are skipped).
    static QList<ContainerInfo> parseListing(const QByteArray &output);
    static QString listCommand(bool all);
    // "(healthy)", "(unhealthy)", "(health: starting)" in a status text → healthy, unhealthy, starting.
    static QString healthFromStatus(const QString &status);
    // docker's JSON time ("2026-12-01T13:53:56.123456789Z"); invalid for its zero time and for garbage.
    static QDateTime parseDockerTime(const QString &text);
    // "No such container" from a docker command: its own message, naming how to list what there is.
    static QString explain(const QString &display, const QString &what, const QString &container,
                           const RemoteResult &result);
};

} // namespace fleet
