#include "transfer/ContainerDeploy.h"

#include "transfer/RemoteDocker.h"
#include "transfer/StageTracker.h"
#include "transfer/StallWatch.h"
#include "util/ShellQuote.h"
#include "util/TerminalText.h"

#include <QElapsedTimer>
#include <QThread>

namespace fleet {

namespace {
constexpr int kPollMs = 500;
constexpr int kSettleMs = 2000;  // without a check or a port: still running after this long counts as up
constexpr int kLogLines = 20;
constexpr int kMaxLogChars = 4000;

bool noSuchContainer(const RemoteResult &r)
{
    return r.error.ok() && (r.err.contains("No such container") || r.err.contains("No such object"));
}
} // namespace

ContainerDeploy::ContainerDeploy(StageTracker &tracker, JobUpdate &job, StallWatch &stall, Hooks hooks, int retries)
    : m_tracker(tracker)
    , m_job(job)
    , m_stall(stall)
    , m_hooks(std::move(hooks))
    , m_retries(retries)
{
}

QString ContainerDeploy::asideName(const QString &name, const QString &requestId)
{
    QString tag = requestId;
    tag.remove(QLatin1Char('-'));
    return QStringLiteral("%1.fleet-old-%2").arg(name, tag.left(8));
}

bool ContainerDeploy::sleepSliced(int ms)
{
    for (int waited = 0; waited < ms; waited += 100) {
        if (m_hooks.stopped())
            return false;
        QThread::msleep(100);
    }
    return true;
}

bool ContainerDeploy::findPrevious(const RunOptions &effective, const QString &requestId)
{
    m_previous.reset();
    if (effective.name.isEmpty())
        return true;
    m_aside = asideName(effective.name, requestId);
    const auto inspect = [this](const QString &container) {
        return m_hooks.session().run(QStringLiteral("docker container inspect --format '{{.Id}} {{.State.Running}} "
                                                    "{{index .Config.Labels \"io.fleetcommander.request\"}}' ")
                                     + shellQuote(container));
    };
    // An earlier attempt of this very request may have set the old one aside already (and then lost its answer,
    // or the workstation stopped): it is the one to replace or to give back.
    for (const QString &container : {m_aside, effective.name}) {
        const RemoteResult r = inspect(container);
        if (noSuchContainer(r))
            continue;
        if (!r.ok())
            return m_hooks.fail(StageKind::Run, RemoteDocker::explain(m_job.node, QStringLiteral("looking for a "
                                                                                           "running container"), r),
                                RemoteDocker::failureKind(r));
        const QStringList words = QString::fromUtf8(r.out.trimmed()).split(QLatin1Char(' '));
        if (words.value(2) == requestId)
            return true; // NAME is the container this request started: nothing to replace
        m_previous = Previous{words.value(0).left(12), words.value(1) == QLatin1String("true"),
                              container == m_aside};
        if (container == m_aside)
            m_previous->wasRunning = true; // set aside by an attempt that did not finish: it ran before
        return true;
    }
    return true;
}

bool ContainerDeploy::setAside(const RunOptions &effective, const QString &requestId)
{
    Q_UNUSED(requestId);
    if (!m_previous || m_previous->aside)
        return true;
    RemoteResult r = m_hooks.session().run(QStringLiteral("docker rename %1 %2")
                                               .arg(shellQuote(m_previous->id), shellQuote(m_aside)));
    if (!r.ok())
        return m_hooks.fail(StageKind::Run,
                            RemoteDocker::explain(m_job.node, QStringLiteral("setting the running container %1 "
                                                                             "aside").arg(effective.name), r)
                                + QStringLiteral(" Nothing was changed: %1 still runs the earlier version.")
                                      .arg(effective.name),
                            RemoteDocker::failureKind(r));
    m_previous->aside = true;
    // Published ports (or the host's network) would clash: the old one lets go of them first.
    const bool clash = !effective.ports.isEmpty() || effective.network == QLatin1String("host");
    if (clash && m_previous->wasRunning) {
        m_stall.arm(StallWatch::Phase::Waiting, QStringLiteral("stopping the earlier container"));
        r = m_hooks.session().run(QStringLiteral("docker stop %1").arg(shellQuote(m_previous->id)));
        if (!r.ok()) {
            const QString back = restore({}, effective.name);
            return m_hooks.fail(StageKind::Run,
                                RemoteDocker::explain(m_job.node, QStringLiteral("stopping the earlier container"), r)
                                    + QLatin1Char(' ') + back,
                                RemoteDocker::failureKind(r));
        }
    }
    m_tracker.message(QStringLiteral("%1: set the earlier container %2 aside as %3%4").arg(m_job.node, m_previous->id,
                                                                                      m_aside,
                                                                                      clash ? QStringLiteral(" (stopped: its ports)")
                                                                                            : QString()));
    return true;
}

bool ContainerDeploy::start(const QString &image, const RunOptions &effective, const DeployStamp &stamp,
                            QString *containerId)
{
    for (int attempt = 0;; ++attempt) {
        m_stall.arm(StallWatch::Phase::Waiting, QStringLiteral("starting the container"));
        RemoteDocker docker(m_hooks.session());
        QString error;
        // An earlier attempt of this request may have started it and lost the answer: never start a second one.
        if (!stamp.requestId.isEmpty() && docker.findContainer(stamp.requestId, containerId, &error)
            && !containerId->isEmpty()) {
            m_tracker.succeed(StageKind::Run, QStringLiteral("%1: container %2 was already started by an earlier "
                                                             "attempt of this push").arg(m_job.node, *containerId));
            return findPrevious(effective, stamp.requestId);
        }
        if (!findPrevious(effective, stamp.requestId) || !setAside(effective, stamp.requestId))
            return false;
        RemoteResult answer;
        if (docker.run(image, effective, RunPlan::runFlags(effective, stamp), containerId, &error, &answer)) {
            m_tracker.succeed(StageKind::Run, QStringLiteral("%1: container %2 started (%3)").arg(
                                                  m_job.node, *containerId, RunPlan::describe(effective)));
            return true;
        }
        const bool transient = !answer.error.ok() && answer.error.isTransient();
        if (m_hooks.stopped() || !transient || attempt >= m_retries) {
            m_job.errorKind = answer.error.kind;
            m_job.fingerprint = answer.error.fingerprint;
            // `docker run` creates the container before it starts it: a start that failed (no GPU driver, a port
            // taken) leaves it "created", holding NAME. It is this request's: remove it before NAME goes back.
            if (!stamp.requestId.isEmpty())
                m_hooks.rescue(QStringLiteral("for c in $(docker ps -aq --filter %1); do docker rm -f \"$c\"; done")
                                   .arg(shellQuote(QStringLiteral("label=") + RemoteDocker::requestLabel(stamp.requestId))));
            const QString back = m_previous ? QLatin1Char(' ') + restore({}, effective.name) : QString();
            return m_hooks.fail(StageKind::Run, error + back, RemoteDocker::failureKind(answer));
        }
        // The answer was lost with the connection: ask again on a new one (the label check above comes first).
        m_tracker.setAttempts(StageKind::Run, attempt + 2);
        m_tracker.message(QStringLiteral("%1 (asking again, attempt %2 of %3)").arg(error).arg(attempt + 2)
                              .arg(m_retries + 1), QStringLiteral("warning"));
        if (!m_hooks.reconnect(attempt)) {
            const QString back = m_previous ? restore({}, effective.name) : QString();
            if (m_job.stageRecord(StageKind::Run).state == JobState::Running)
                return m_hooks.fail(StageKind::Run, m_hooks.stopMessage() + QLatin1Char(' ') + back,
                                    FailureKind::Failed);
            if (!back.isEmpty())
                m_tracker.message(back, QStringLiteral("warning"));
            return false;
        }
    }
}

bool ContainerDeploy::deploy(const QString &image, const RunOptions &effective, const DeployStamp &stamp)
{
    m_tracker.start(StageKind::Run);
    QString containerId;
    if (!start(image, effective, stamp, &containerId))
        return false;
    const QString started = m_job.message; // the run stage's words ("started", "already started by…")
    const int timeout = qMax(1, effective.healthTimeoutSeconds);
    m_tracker.start(StageKind::Health, timeout);
    QString why;
    if (waitHealthy(containerId, effective, &why)) {
        QString done = QStringLiteral("%1; healthy: %2").arg(started, why);
        if (m_previous) {
            const RemoteResult removed = m_hooks.rescue(QStringLiteral("docker rm -f %1").arg(shellQuote(m_previous->id)));
            done += removed.ok() ? QStringLiteral("; it replaced container %1, now removed").arg(m_previous->id)
                                 : QStringLiteral("; the earlier container %1 (%2) could not be removed: %3")
                                       .arg(m_previous->id, m_aside,
                                            RemoteDocker::explain(m_job.node, QStringLiteral("docker rm"), removed));
        }
        m_tracker.succeed(StageKind::Health, done);
        return true;
    }
    const bool stopped = m_hooks.stopped();
    const QString logs = stopped ? QString() : logTail(containerId);
    const QString back = restore(containerId, effective.name);
    QString message = stopped ? m_hooks.stopMessage() + QLatin1Char(' ') + back
                              : QStringLiteral("%1: container %2 did not come up healthy: %3. %4").arg(
                                    m_job.node, containerId, why, back);
    if (!logs.isEmpty())
        message += QStringLiteral("\nLast log lines of %1:\n%2").arg(containerId, logs);
    return m_hooks.fail(StageKind::Health, message, FailureKind::Failed);
}

bool ContainerDeploy::waitHealthy(const QString &containerId, const RunOptions &effective, QString *why)
{
    const int timeoutMs = qMax(1, effective.healthTimeoutSeconds) * 1000;
    m_stall.arm(StallWatch::Phase::Waiting, QStringLiteral("waiting for the container to come up healthy"));
    QElapsedTimer clock;
    clock.start();
    int initialRestarts = -1;
    std::optional<QList<ProbePort>> ports; // known once it runs
    bool noProbeTool = false;
    QString seen = QStringLiteral("no answer from the node yet");
    while (true) {
        if (m_hooks.stopped()) {
            *why = m_hooks.stopMessage();
            return false;
        }
        const RemoteResult r = m_hooks.session().run(HealthProbe::inspectCommand(containerId));
        const std::optional<ContainerStatus> status = r.ok() ? HealthProbe::parseStatus(r.out) : std::nullopt;
        if (!status) {
            *why = r.ok() ? QStringLiteral("docker inspect gave no state") : RemoteDocker::explain(
                                                                                 m_job.node, QStringLiteral("docker inspect"), r);
            return false;
        }
        if (initialRestarts < 0)
            initialRestarts = status->restartCount;
        std::optional<bool> open;
        if (!status->hasHealthcheck() && status->status == QLatin1String("running")) {
            if (!ports) {
                if (effective.network == QLatin1String("host")) {
                    ports = HealthProbe::hostNetworkPorts(effective.ports);
                } else {
                    const RemoteResult mapped = m_hooks.session().run(QStringLiteral("docker port ")
                                                                      + shellQuote(containerId));
                    ports = mapped.ok() ? HealthProbe::parseDockerPort(mapped.out) : QList<ProbePort>{};
                }
            }
            if (!ports->isEmpty() && !noProbeTool) {
                const QString answer = QString::fromUtf8(m_hooks.session().run(HealthProbe::probeCommand(*ports)).out)
                                           .trimmed();
                if (answer == QLatin1String("noprobe")) {
                    noProbeTool = true;
                    m_tracker.message(QStringLiteral("%1 has neither bash nor nc to try the container's ports: "
                                                     "checking only that it keeps running").arg(m_job.node),
                                      QStringLiteral("warning"));
                } else {
                    open = answer == QLatin1String("open");
                    if (!*open)
                        seen = QStringLiteral("port %1 on the node does not accept connections")
                                   .arg(answer.section(QLatin1Char(' '), 1));
                }
            }
        }
        const bool settled = clock.elapsed() >= kSettleMs;
        switch (HealthProbe::judge(*status, initialRestarts, open, settled)) {
        case HealthProbe::Verdict::Healthy:
            *why = status->hasHealthcheck() ? QStringLiteral("its health check says healthy")
                : open                      ? QStringLiteral("its ports accept connections")
                                            : QStringLiteral("running for %1 s; the image has no health check")
                                                  .arg(clock.elapsed() / 1000);
            return true;
        case HealthProbe::Verdict::Unhealthy:
            *why = QStringLiteral("its health check says unhealthy");
            return false;
        case HealthProbe::Verdict::Exited:
            if (HealthProbe::ranToCompletion(*status, !effective.ports.isEmpty())) {
                *why = QStringLiteral("it ran to completion (exit status 0; the image has no health check and "
                                      "publishes no port)");
                return true;
            }
            *why = QStringLiteral("it exited with status %1%2").arg(status->exitCode).arg(
                status->error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(terminalSafe(status->error)));
            return false;
        case HealthProbe::Verdict::Restarting:
            *why = QStringLiteral("it stopped and is being restarted (restart policy)");
            return false;
        case HealthProbe::Verdict::Waiting:
            if (status->hasHealthcheck())
                seen = QStringLiteral("its health check still says %1").arg(terminalSafe(status->health));
            break;
        }
        m_tracker.progress(StageKind::Health, clock.elapsed() / 1000);
        if (clock.elapsed() >= timeoutMs) {
            *why = QStringLiteral("not healthy within %1 s (%2); raise --health-timeout if it needs longer")
                       .arg(timeoutMs / 1000).arg(seen);
            return false;
        }
        if (!sleepSliced(kPollMs)) {
            *why = m_hooks.stopMessage();
            return false;
        }
    }
}

QString ContainerDeploy::logTail(const QString &containerId)
{
    const RemoteResult r = m_hooks.rescue(HealthProbe::logsCommand(containerId, kLogLines));
    QString text = QString::fromUtf8(r.out).trimmed();
    if (text.size() > kMaxLogChars)
        text = text.right(kMaxLogChars);
    // The node's (and the image's) words: never an escape sequence on the admin's terminal.
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << QStringLiteral("  ") + terminalSafe(line, TerminalKeep::Tabs);
    return text.isEmpty() ? QStringLiteral("  (no output)") : lines.join(QLatin1Char('\n'));
}

QString ContainerDeploy::restore(const QString &containerId, const QString &name)
{
    QStringList done;
    if (!containerId.isEmpty()) {
        const RemoteResult removed = m_hooks.rescue(QStringLiteral("docker rm -f %1").arg(shellQuote(containerId)));
        done << (removed.ok() ? QStringLiteral("The new container %1 was removed.").arg(containerId)
                              : QStringLiteral("The new container %1 could not be removed (%2); remove it with "
                                               "`docker rm -f %1`.").arg(containerId, removed.error.ok()
                                                                                     ? QString::fromUtf8(removed.err).trimmed()
                                                                                     : removed.error.message));
    }
    if (!m_previous) {
        if (containerId.isEmpty())
            return {};
        return done.join(QLatin1Char(' ')) + QStringLiteral(" No earlier container had the name %1.")
                                                 .arg(name.isEmpty() ? QStringLiteral("(none)") : name);
    }
    if (!m_previous->aside)
        return done.join(QLatin1Char(' ')) + QStringLiteral(" Kept the running version: container %1 under %2.")
                                                 .arg(m_previous->id, name);
    const QString command = m_previous->wasRunning
        ? QStringLiteral("docker rename %1 %2 && docker start %2").arg(shellQuote(m_previous->id), shellQuote(name))
        : QStringLiteral("docker rename %1 %2").arg(shellQuote(m_previous->id), shellQuote(name));
    const RemoteResult back = m_hooks.rescue(command);
    if (back.ok()) {
        m_previous->aside = false;
        done << (m_previous->wasRunning
                     ? QStringLiteral("Kept the running version: container %1 runs again under %2.")
                     : QStringLiteral("Kept the earlier version: container %1 is %2 again (it was not running)."))
                    .arg(m_previous->id, name);
    } else {
        done << QStringLiteral("The earlier container %1 could not be given its name back (%2): it is %3 now; run "
                               "`docker rename %3 %4 && docker start %4` on the node.")
                    .arg(m_previous->id, back.error.ok() ? QString::fromUtf8(back.err).trimmed() : back.error.message,
                         m_aside, name);
    }
    return done.join(QLatin1Char(' '));
}

} // namespace fleet
