#pragma once

#include "model/Failure.h"
#include "model/Job.h"
#include "ssh/SshSession.h"
#include "transfer/HealthProbe.h"
#include "transfer/RunPlan.h"

#include <functional>

namespace fleet {

class StageTracker;
class StallWatch;
class RemoteDocker;
struct JobUpdate;

// The run and health stages of one node's push: starts the container (replacing one of the same name safely),
// waits until it is healthy, and on failure leaves the node as it was. Runs on the job's thread with its session.
//
// Redeploy sequence when a container NAME exists (and is not the one an earlier attempt of this request started):
//   1. rename NAME → NAME.fleet-old-<request>   (the old keeps running; nothing else changes yet)
//   2. stop it, only when the new one publishes ports or uses the host network (they would clash)
//   3. docker run … --name NAME                  (a lost answer: found again by its request label, never twice)
//   4. health: HEALTHCHECK healthy, else the published ports accept on the node, else still running after 2 s
//   5a. healthy → docker rm -f the old one
//   5b. failed, timed out or cancelled → docker rm -f the new one, rename the old back to NAME, start it again
//       if it was running; the message says "kept the running version"
// The window: from 2 (or 3, without a stop) to 5 the old one is stopped or runs under its aside name; a crash of
// the workstation there leaves NAME.fleet-old-<request> (stopped or running), which the message of the next
// attempt of the same request finds and completes (it looks for that name first).
class ContainerDeploy final
{
public:
    struct Hooks
    {
        std::function<SshSession &()> session;               // the job's current session
        std::function<bool(int attempt)> reconnect;          // backoff, then a new session (false: give up)
        std::function<RemoteResult(const QString &)> rescue; // a command over a working connection, even after a cancel
        std::function<bool()> stopped;
        std::function<QString()> stopMessage;
        std::function<bool(StageKind, const QString &, FailureKind)> fail; // fails the stage, returns false
    };

    ContainerDeploy(StageTracker &tracker, JobUpdate &job, StallWatch &stall, Hooks hooks, int retries);

    // Run then Health; true when the container runs healthy under its name.
    bool deploy(const QString &image, const RunOptions &effective, const DeployStamp &stamp);

    static QString asideName(const QString &name, const QString &requestId);

private:
    struct Previous
    {
        QString id;
        bool wasRunning = false;
        bool aside = false; // renamed to the aside name (and stopped when its ports would clash)
    };
    bool start(const QString &image, const RunOptions &effective, const DeployStamp &stamp, QString *containerId);
    bool findPrevious(const RunOptions &effective, const QString &requestId);
    bool setAside(const RunOptions &effective, const QString &requestId);
    // Waits for the verdict; false with `why` (what was seen) on failure, timeout or cancel.
    bool waitHealthy(const QString &containerId, const RunOptions &effective, QString *why);
    QString logTail(const QString &containerId);
    // Takes the new container away and gives the old one its name back; says what was done.
    QString restore(const QString &containerId, const QString &name);
    bool sleepSliced(int ms);

    StageTracker &m_tracker;
    JobUpdate &m_job;
    StallWatch &m_stall;
    Hooks m_hooks;
    int m_retries;
    std::optional<Previous> m_previous;
    QString m_aside;
};

} // namespace fleet
