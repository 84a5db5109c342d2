#pragma once

#include "docker/NodeLayerSet.h"
#include "docker/RuntimeCommand.h"
#include "model/Failure.h"
#include "model/Job.h"
#include "ssh/SshSession.h"

#include <QString>

namespace fleet {

// The node's docker, driven through SSH commands. Builds every command line from quoted values and turns the
// node's error output into messages that name the cause and the fix.
class RemoteDocker final
{
public:
    // `runtime`: the node's command words (plain docker, sudo -n docker, podman) from its probe.
    explicit RemoteDocker(SshSession &session, RuntimeCommand runtime = {});

    // What the node's daemon says about itself (`docker info`): its architecture and its runtimes.
    struct DaemonInfo
    {
        bool known = false;
        QString architecture; // the kernel's word: x86_64, aarch64
        QStringList runtimes; // runc, nvidia…
    };
    // The ID of `reference` on the node (empty if absent) and the names it carries there. False (with `error`)
    // if docker itself fails. With `info`, the same round trip asks `docker info` first.
    // With `layers`, it also asks what the node's image store holds (NodeLayerSet), for a push of missing layers.
    bool imageId(const QString &reference, QString *id, QString *error, QStringList *tags = nullptr,
                 DaemonInfo *info = nullptr, NodeLayerSet *layers = nullptr);
    // `docker run -d FLAGS …` for the run stage (RunPlan::runFlags: --pull=never, limits, labels with the request
    // id); returns the container ID. `answer` (optional) gets the raw outcome: a transport error means the answer
    // was lost, not refused.
    bool run(const QString &image, const RunOptions &options, const QStringList &flags, QString *containerId,
             QString *error, RemoteResult *answer = nullptr);
    // The container an earlier attempt of request `requestId` started (by its label), empty if none. False with
    // `error` when the node could not be asked.
    bool findContainer(const QString &requestId, QString *containerId, QString *error);

    // `extraFlags` go right after `run -d` (already safe words: they are quoted like the rest).
    static QString runCommand(const QString &image, const RunOptions &options, const QStringList &extraFlags = {});
    static QString requestLabel(const QString &requestId)
    {
        return QStringLiteral("io.fleetcommander.request=") + requestId;
    }
    static QString loadCommand() { return QStringLiteral("docker load"); }
    // Makes a container of `image` (never started, never pulled; its entrypoint need not exist) and removes it: on
    // a containerd image store that unpacks the image for its first run.
    static QString unpackCommand(const RuntimeCommand &runtime, const QString &image);
    // Explains a failed docker command on `node` from its stderr: daemon down, disk full, permission…
    static QString explain(const QString &node, const QString &what, const RemoteResult &result);
    static QString explain(const QString &node, const QString &what, const QByteArray &stderrData, int status);
    // True when a failure is about the node's state (disk full, daemon down), not the connection: no retry.
    static bool isPermanent(const QByteArray &stderrData);
    // What a docker command's failure on the node means to a face: the daemon down is Unreachable, else Failed.
    static FailureKind failureKind(const RemoteResult &result);
    static FailureKind failureKind(const QByteArray &stderrData);
    // docker load's words for an archive whose bytes are wrong (a layer that does not match its digest, a tar that
    // ends early): sending the same archive again would not help.
    static bool archiveDamaged(const QByteArray &stderrData);
    // The docker CLI lost its daemon in the middle of a request (killed, crashed).
    static bool daemonWentAway(const QByteArray &stderrData);

private:
    SshSession &m_session;
    RuntimeCommand m_runtime;
};

} // namespace fleet
