#include "transfer/PushJob.h"

#include "docker/DockerEngine.h"
#include "docker/SaveArchive.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "transfer/ScpUpload.h"
#include "util/ChunkPipe.h"
#include "util/ShellQuote.h"

#include <QFile>
#include <QThread>

#include <thread>

namespace fleet {

namespace {
constexpr qsizetype kStreamChunk = 256 * 1024;

// An SSH failure keeps its kind and host key fingerprint in the update, so the GUI can offer the fix.
void noteSshError(JobUpdate &job, const SshError &error)
{
    job.errorKind = error.kind;
    job.fingerprint = error.fingerprint;
}
} // namespace

// What is pushed: an image of the local engine, or a docker-save archive from disk.
struct PushJob::Source
{
    QString imageId;       // sha256:… (config digest)
    QString reference;     // what the node is asked about and what `run` starts
    qint64 sizeEstimate = -1;
};

PushJob::PushJob(PushJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
                 std::shared_ptr<CancelToken> cancel)
    : m_params(std::move(params))
    , m_journalFactory(std::move(journalFactory))
    , m_reporter(std::move(reporter))
    , m_cancel(std::move(cancel))
    , m_job(m_params.job)
{
    setAutoDelete(true);
}

PushJob::~PushJob() = default;

void PushJob::run()
{
    execute();
}

JobUpdate PushJob::execute()
{
    m_journal = m_journalFactory();
    m_tracker = std::make_unique<StageTracker>(m_job, *m_journal, m_reporter);
    m_job.state = JobState::Running;
    m_job.historyId = m_journal->jobStarted(m_job);
    m_tracker->report(true);

    if (!m_job.runEnabled)
        m_tracker->skip(StageKind::Run);
    bool present = false;
    const bool ok = resolveSource() && connectWithRetry(StageKind::Transfer) && checkAlreadyPresent(&present)
        && (present || (m_job.mode == TransferMode::Stream ? pushStream() : pushScp()))
        && (!m_job.runEnabled || runContainer());
    if (ok)
        finishJob(present && !m_job.runEnabled ? JobState::Skipped : JobState::Succeeded,
                  present ? QStringLiteral("%1: already present (%2)%3")
                                .arg(m_job.node, m_source->imageId.mid(7, 12),
                                     m_job.runEnabled ? QStringLiteral(", container started") : QString())
                          : m_job.message);
    else
        finishJob(m_cancel->isCancelled() ? JobState::Cancelled : JobState::Failed, m_job.message);
    if (m_session)
        m_cancel->detach(m_session.get());
    return m_job;
}

void PushJob::finishJob(JobState state, const QString &message)
{
    m_job.state = state;
    m_job.message = state == JobState::Cancelled ? QStringLiteral("%1: cancelled").arg(m_job.node) : message;
    if (state == JobState::Cancelled) {
        m_job.exitCode = 1;
        for (StageRecord &stage : m_job.stages)
            if (stage.state == JobState::Running)
                stage.state = JobState::Cancelled;
    }
    for (StageRecord &stage : m_job.stages)
        if (stage.state == JobState::Queued)
            stage.state = JobState::Skipped;
    qint64 bytes = m_job.stageRecord(StageKind::Transfer).progress.done;
    m_journal->jobFinished(m_job.historyId, m_job, bytes);
    if (m_reporter)
        m_reporter(m_job, true);
}

bool PushJob::failStage(StageKind stage, const QString &error, int exitCode)
{
    const bool cancelled = m_cancel->isCancelled();
    m_job.exitCode = cancelled ? 1 : exitCode;
    m_tracker->fail(stage, cancelled ? JobState::Cancelled : JobState::Failed,
                    cancelled ? QStringLiteral("cancelled") : error);
    return false;
}

bool PushJob::resolveSource()
{
    m_source = std::make_unique<Source>();
    m_engine = std::make_unique<DockerEngine>(m_params.dockerHost);
    if (!m_params.archivePath.isEmpty()) {
        // A dropped archive is untrusted: read it whole before anything is sent, so a truncated or malformed
        // file is refused here and never reaches `docker load`.
        SaveArchiveInfo info;
        QString error;
        if (!SaveArchive::inspect(m_params.archivePath, &info, &error))
            return failStage(StageKind::Save, error);
        m_source->imageId = info.imageId;
        m_source->reference = info.repoTags.value(0, info.imageId);
        m_source->sizeEstimate = QFile(m_params.archivePath).size();
        if (m_job.image.isEmpty())
            m_job.image = m_source->reference;
        return true;
    }
    const std::optional<ImageInfo> image = m_engine->inspectImage(m_job.image);
    if (!image) {
        const DockerError &e = m_engine->error();
        return failStage(StageKind::Save, e.message, e.kind == DockerError::DaemonDown ? 4 : 1);
    }
    m_source->imageId = image->id;
    m_source->reference = m_job.image;
    m_source->sizeEstimate = image->size;
    return true;
}

bool PushJob::backoff(int attempt)
{
    // 1 s, 2 s, 4 s… in 100 ms slices so a cancel is still prompt.
    const int waitMs = 1000 << qMin(attempt, 4);
    for (int waited = 0; waited < waitMs; waited += 100) {
        if (m_cancel->isCancelled())
            return false;
        QThread::msleep(100);
    }
    return true;
}

bool PushJob::connectWithRetry(StageKind stage)
{
    for (int attempt = 0;; ++attempt) {
        if (m_session)
            m_cancel->detach(m_session.get());
        m_session = std::make_unique<SshSession>(m_params.target, m_params.ssh);
        m_cancel->attach(m_session.get());
        if (m_session->connect())
            return true;
        const SshError &e = m_session->error();
        if (!e.isTransient() || attempt >= m_params.retries || m_cancel->isCancelled()) {
            m_tracker->start(stage);
            noteSshError(m_job, e);
            return failStage(stage, e.message, exitCodeFor(e));
        }
        m_tracker->message(QStringLiteral("%1 (retrying, attempt %2 of %3)").arg(e.message).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt))
            return failStage(stage, QStringLiteral("cancelled"));
    }
}

bool PushJob::checkAlreadyPresent(bool *present)
{
    RemoteDocker docker(*m_session);
    QString remoteId, error;
    QStringList remoteTags;
    if (!docker.imageId(m_source->imageId, &remoteId, &error, &remoteTags)) {
        m_tracker->start(StageKind::Transfer);
        noteSshError(m_job, m_session->error());
        return failStage(StageKind::Transfer, error, m_session->error().ok() ? 1 : exitCodeFor(m_session->error()));
    }
    *present = remoteId == m_source->imageId;
    if (!*present)
        return true;
    for (StageKind k : {StageKind::Save, StageKind::Transfer, StageKind::Load})
        m_job.stageRecord(k).state = JobState::Skipped;
    // The node may know the ID under another name only: give it ours so `docker run NAME` works there.
    const bool named = !m_params.archivePath.isEmpty() || m_source->reference == m_source->imageId
        || remoteTags.contains(m_source->reference);
    if (!named) {
        const RemoteResult tagged = m_session->run(QStringLiteral("docker tag %1 %2")
                                                       .arg(shellQuote(m_source->imageId),
                                                            shellQuote(m_source->reference)));
        if (!tagged.ok())
            m_tracker->message(RemoteDocker::explain(m_job.node, QStringLiteral("naming the image"), tagged),
                               QStringLiteral("warning"));
    }
    return true;
}

bool PushJob::produce(DockerEngine &engine, const HttpClient::Sink &sink, QString *error) const
{
    if (m_params.archivePath.isEmpty()) {
        if (engine.save({m_source->reference}, sink, m_cancel->flag()))
            return true;
        *error = engine.error().message;
        return false;
    }
    QFile file(m_params.archivePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_params.archivePath, file.errorString());
        return false;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n;
    while ((n = file.read(buffer.data(), buffer.size())) > 0)
        if (m_cancel->isCancelled() || !sink(buffer.constData(), n))
            return false;
    return n == 0;
}

bool PushJob::streamInto(RemoteProcess &load, qint64 *sent)
{
    // The save stream is read on a second thread (with its own engine: a curl handle belongs to one thread) and
    // handed over through a bounded pipe, so reading from dockerd and SSH encryption overlap.
    ChunkPipe pipe;
    bool produced = false;
    QString produceError;
    std::thread producer([&] {
        DockerEngine engine(m_params.dockerHost);
        QByteArray pending;
        produced = produce(engine, [&](const char *data, qint64 size) {
            pending.append(data, size);
            if (pending.size() < kStreamChunk)
                return true;
            return pipe.push(std::exchange(pending, {}));
        }, &produceError);
        if (produced && !pending.isEmpty())
            produced = pipe.push(std::move(pending));
        pipe.finish();
    });
    bool ok = true;
    QByteArray chunk;
    while (ok && pipe.pop(&chunk)) {
        ok = load.write(chunk.constData(), chunk.size());
        if (ok) {
            *sent += chunk.size();
            m_tracker->progress(StageKind::Save, *sent);
            m_tracker->progress(StageKind::Transfer, *sent);
        }
    }
    pipe.close();
    producer.join();
    if (!produced && ok && !produceError.isEmpty())
        m_job.message = produceError;
    return ok && produced;
}

bool PushJob::pushStream()
{
    for (int attempt = 0;; ++attempt) {
        if (attempt > 0 && !connectWithRetry(StageKind::Transfer))
            return false;
        m_tracker->setAttempts(StageKind::Transfer, attempt + 1);
        m_tracker->start(StageKind::Save, m_source->sizeEstimate);
        m_tracker->start(StageKind::Transfer, m_source->sizeEstimate);
        RemoteProcess load(*m_session);
        qint64 sent = 0;
        // The engine's save stream goes straight into the node's `docker load`: no file anywhere, and a full
        // SSH window stalls the pipe and then curl, so memory stays flat.
        bool ok = load.start(RemoteDocker::loadCommand()) && streamInto(load, &sent);
        if (ok) {
            m_tracker->succeed(StageKind::Save);
            m_tracker->succeed(StageKind::Transfer);
            m_tracker->start(StageKind::Load);
            ok = load.closeInput() && load.waitForFinished();
            if (ok && load.exitStatus() == 0) {
                const QString output = QString::fromUtf8(load.takeStdout()).trimmed();
                m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2").arg(m_job.node, output.section(
                                                                                 QLatin1Char('\n'), -1)));
                return true;
            }
            if (ok) // docker load ran and refused: the node's state, not the connection
                return failStage(StageKind::Load, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"),
                                                                        load.stderrData(), load.exitStatus()));
        }
        // Something broke mid-stream. If the node's docker load is still there, its stderr says why.
        const SshError sshError = load.error().ok() ? m_session->error() : load.error();
        const StageKind failed = m_job.stageRecord(StageKind::Load).state == JobState::Running ? StageKind::Load
                                                                                                : StageKind::Transfer;
        if (m_cancel->isCancelled())
            return failStage(failed, QStringLiteral("cancelled"));
        if (sshError.ok()) {
            if (load.remoteClosed()) {
                load.waitForFinished(2000);
                return failStage(failed, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"),
                                                               load.stderrData(), load.exitStatus()));
            }
            // The local engine failed (daemon down, image removed meanwhile).
            m_tracker->fail(StageKind::Save, JobState::Failed, m_job.message);
            return failStage(failed, m_job.message);
        }
        if (!sshError.isTransient() || attempt >= m_params.retries) {
            noteSshError(m_job, sshError);
            return failStage(failed, sshError.message, exitCodeFor(sshError));
        }
        m_tracker->message(QStringLiteral("%1: transfer interrupted after %2 bytes (%3); retrying")
                               .arg(m_job.node).arg(sent).arg(sshError.message), QStringLiteral("warning"));
        if (!backoff(attempt))
            return failStage(failed, QStringLiteral("cancelled"));
    }
}

bool PushJob::pushScp()
{
    ScpUpload upload(*m_tracker, m_cancel);
    QString error;
    m_tracker->start(StageKind::Save, m_source->sizeEstimate);
    if (!upload.prepareLocal(m_params.localTempDir, m_params.archivePath,
                             [this, &error](const HttpClient::Sink &sink) {
                                 return produce(*m_engine, sink, &error);
                             }, &error))
        return failStage(StageKind::Save, error.isEmpty() ? m_job.message : error);
    m_tracker->succeed(StageKind::Save);

    m_tracker->start(StageKind::Transfer, upload.localSize());
    for (int attempt = 0;; ++attempt) {
        m_tracker->setAttempts(StageKind::Transfer, attempt + 1);
        if (upload.send(*m_session, &error))
            break;
        const SshError sshError = m_session->error();
        const bool transient = !upload.failedPermanently() && (sshError.ok() || sshError.isTransient());
        if (m_cancel->isCancelled() || !transient || attempt >= m_params.retries) {
            const bool cancelled = m_cancel->isCancelled();
            noteSshError(m_job, sshError);
            failStage(StageKind::Transfer, error, sshError.ok() ? 1 : exitCodeFor(sshError));
            // Leave nothing behind, even after a cancel (which killed the session): a short fresh connection.
            removeRemote(upload.remotePath());
            if (cancelled)
                m_job.stageRecord(StageKind::Transfer).state = JobState::Cancelled;
            return false;
        }
        m_tracker->message(QStringLiteral("%1 (resuming, attempt %2 of %3)").arg(error).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt) || !connectWithRetry(StageKind::Transfer)) {
            removeRemote(upload.remotePath());
            return false;
        }
    }
    m_tracker->succeed(StageKind::Transfer);
    return loadRemoteFile(upload.remotePath());
}

bool PushJob::loadRemoteFile(const QString &remotePath)
{
    m_tracker->start(StageKind::Load);
    const RemoteResult result = m_session->run(QStringLiteral("docker load -i ") + remotePath);
    removeRemote(remotePath);
    if (!result.ok())
        return failStage(StageKind::Load, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"), result),
                         result.error.ok() ? 1 : exitCodeFor(result.error));
    m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2").arg(m_job.node, result.lastLine()));
    return true;
}

void PushJob::removeRemote(const QString &remotePath)
{
    if (remotePath.isEmpty())
        return;
    const QString command = QStringLiteral("rm -f ") + remotePath;
    if (m_session && m_session->isConnected() && !m_session->isInterrupted()) {
        if (m_session->run(command).ok())
            return;
    }
    // The session is gone (cancelled or cut): a fresh, short one just for the cleanup.
    SshOptions options = m_params.ssh;
    options.connectTimeoutMs = qMin(options.connectTimeoutMs, 3000);
    options.unknownHostKey = UnknownHostKeyPolicy::Refuse;
    SshSession cleanup(m_params.target, options);
    if (cleanup.connect())
        cleanup.run(command);
}

bool PushJob::runContainer()
{
    m_tracker->start(StageKind::Run);
    RemoteDocker docker(*m_session);
    QString containerId, error;
    if (!docker.run(m_source->reference, m_params.run, &containerId, &error))
        return failStage(StageKind::Run, error);
    m_tracker->succeed(StageKind::Run, QStringLiteral("%1: container %2 started").arg(m_job.node, containerId));
    return true;
}

} // namespace fleet
