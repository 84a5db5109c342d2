#include "sif/SifSyncJob.h"

#include "sif/SifRegistry.h"
#include "sif/SifSync.h"
#include "ssh/SshSession.h"
#include "util/Format.h"

#include <QThread>

namespace fleet {

SifSyncJob::SifSyncJob(SifSyncJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
                       std::shared_ptr<CancelToken> cancel)
    : m_params(std::move(params))
    , m_journalFactory(std::move(journalFactory))
    , m_reporter(std::move(reporter))
    , m_cancel(std::move(cancel))
    , m_job(m_params.job)
{
    setAutoDelete(true);
}

SifSyncJob::~SifSyncJob()
{
    if (m_session)
        m_cancel->detach(m_session.get());
}

bool SifSyncJob::backoff(int attempt)
{
    const int waitMs = 1000 << qMin(attempt, 4); // 1 s, 2 s, 4 s… in slices, so a cancel stays prompt
    for (int waited = 0; waited < waitMs; waited += 100) {
        if (m_cancel->isCancelled())
            return false;
        QThread::msleep(100);
    }
    return true;
}

bool SifSyncJob::fail(StageKind stage, const QString &error, FailureKind kind)
{
    if (m_job.stageRecord(stage).state != JobState::Running)
        m_tracker->start(stage);
    if (m_cancel->isCancelled()) {
        m_job.failure = FailureKind::Cancelled;
        m_tracker->fail(stage, JobState::Cancelled, QStringLiteral("cancelled"));
        return false;
    }
    m_job.failure = kind == FailureKind::None ? FailureKind::Failed : kind;
    m_tracker->fail(stage, JobState::Failed, error);
    m_job.message = error;
    return false;
}

bool SifSyncJob::connect(StageKind stage)
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
            m_job.errorKind = e.kind;
            m_job.fingerprint = e.fingerprint;
            return fail(stage, e.message, e.failureKind());
        }
        m_tracker->message(QStringLiteral("%1 (retrying, attempt %2 of %3)").arg(e.message).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt))
            return fail(stage, QStringLiteral("cancelled"));
    }
}

void SifSyncJob::removePart(const QString &command)
{
    // The job's session may be dead (a cut, a cancel): a short connection of its own.
    SshOptions options = m_params.ssh;
    options.connectTimeoutMs = qMin(options.connectTimeoutMs, 5000);
    options.unknownHostKey = UnknownHostKeyPolicy::Refuse;
    SshSession session(m_params.target, options);
    if (session.connect())
        session.run(command);
}

JobUpdate SifSyncJob::execute()
{
    const std::unique_ptr<JobJournal> journal = m_journalFactory();
    m_tracker = std::make_unique<StageTracker>(m_job, *journal, m_reporter);
    if (m_params.observer)
        m_tracker->setObserver(m_params.observer);
    m_job.state = JobState::Running;
    m_job.historyId = journal->jobStarted(m_job);
    m_tracker->report(true);
    for (StageKind kind : {StageKind::Pull, StageKind::Run, StageKind::Health})
        m_tracker->skip(kind);

    // Save: the registry's word on the image, before anything goes to the node.
    const SifRegistry registry(m_params.registryRoot, m_params.partitions);
    m_tracker->start(StageKind::Save);
    const SifRegistry::Lookup lookup = registry.lookup(
        m_params.partition, m_params.imageName, m_cancel->flag(),
        [this](const QString &, qint64 done, qint64 total) { m_tracker->progress(StageKind::Save, done, total); });
    if (!lookup.ok()) {
        fail(StageKind::Save, lookup.failure.message, lookup.failure.kind);
        m_tracker->finishJob(m_cancel->isCancelled() ? JobState::Cancelled : JobState::Failed, m_job.message);
        return m_job;
    }
    const SifRegistryImage image = *lookup.image;
    m_tracker->progress(StageKind::Save, image.size, image.size);
    m_tracker->succeed(StageKind::Save, QStringLiteral("%1: sha256 %2").arg(image.name, image.sha256.left(16)));

    SifSync sync(*m_tracker, m_cancel, image, m_params.cacheDir);
    bool current = false;
    QString error;
    const bool reached = connect(StageKind::Transfer);
    if (reached && !sync.check(*m_session, &current, &error))
        fail(StageKind::Transfer, error, m_session->error().ok() ? FailureKind::Failed
                                                                 : m_session->error().failureKind());
    if (!reached || !error.isEmpty()) {
        m_tracker->finishJob(m_cancel->isCancelled() ? JobState::Cancelled : JobState::Failed, m_job.message);
        return m_job;
    }
    if (current) {
        m_tracker->finishJob(JobState::Skipped, QStringLiteral("%1: %2 is current (same sha256 %3)")
                                                    .arg(m_job.node, sync.finalPath(), image.sha256.left(12)));
        return m_job;
    }

    m_tracker->start(StageKind::Transfer, image.size);
    bool ok = false;
    for (int attempt = 0;; ++attempt) {
        m_tracker->setAttempts(StageKind::Transfer, attempt + 1);
        if (sync.send(*m_session, &error)) {
            ok = true;
            break;
        }
        const SshError sshError = m_session->error();
        const bool transient = !sync.failedPermanently() && (sshError.ok() || sshError.isTransient());
        if (m_cancel->isCancelled() || !transient || attempt >= m_params.retries) {
            fail(StageKind::Transfer, error, sshError.ok() ? FailureKind::Failed : sshError.failureKind());
            break;
        }
        m_tracker->message(QStringLiteral("%1 (resuming, attempt %2 of %3)").arg(error).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt) || !connect(StageKind::Transfer))
            break;
    }
    if (ok) {
        m_tracker->succeed(StageKind::Transfer);
        m_tracker->start(StageKind::Load);
        ok = sync.place(*m_session, &error);
        if (ok)
            m_tracker->succeed(StageKind::Load, QStringLiteral("sha256 verified on the node"));
        else
            fail(StageKind::Load, error, m_session->error().ok() ? FailureKind::Failed
                                                                 : m_session->error().failureKind());
    }
    if (!ok) {
        removePart(sync.cleanupCommand());
        m_tracker->finishJob(m_cancel->isCancelled() ? JobState::Cancelled : JobState::Failed, m_job.message);
        return m_job;
    }
    m_tracker->finishJob(JobState::Succeeded, QStringLiteral("%1: %2 in %3 (%4, sha256 %5 verified)")
                                                  .arg(m_job.node, image.name, m_params.cacheDir,
                                                       formatBytes(image.size), image.sha256.left(12)));
    return m_job;
}

} // namespace fleet
