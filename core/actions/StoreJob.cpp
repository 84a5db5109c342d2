#include "actions/StoreJob.h"

#include "actions/StoreActions.h"
#include "images/stores/StoreLocation.h"

namespace fleet {

StoreJob::StoreJob(StoreJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
                   std::shared_ptr<CancelToken> cancel)
    : m_params(std::move(params))
    , m_journalFactory(std::move(journalFactory))
    , m_reporter(std::move(reporter))
    , m_cancel(std::move(cancel))
    , m_job(m_params.job)
{
    setAutoDelete(true);
}

QList<StageKind> StoreJob::stagesOf(JobAction action)
{
    switch (action) {
    case JobAction::StorePut:
        return {StageKind::Save, StageKind::Transfer};
    case JobAction::StoreGet:
        return {StageKind::Transfer, StageKind::Load};
    case JobAction::StoreRemove:
    case JobAction::StoreCopy:
    case JobAction::Push:
    case JobAction::SifSync:
        break;
    }
    return {StageKind::Transfer};
}

JobUpdate StoreJob::execute()
{
    const std::unique_ptr<JobJournal> journal = m_journalFactory();
    StageTracker tracker(m_job, *journal, m_reporter);
    if (m_params.observer)
        tracker.setObserver(m_params.observer);
    m_job.state = JobState::Running;
    m_job.historyId = journal->jobStarted(m_job);
    tracker.report(true);

    const QList<StageKind> stages = stagesOf(m_job.action);
    for (StageKind kind : allStages())
        if (!stages.contains(kind))
            tracker.skip(kind);
    for (StageKind kind : stages)
        tracker.start(kind);

    StoreActionParams params;
    params.storeUrl = m_job.storeUrl;
    params.dockerHost = m_params.dockerHost;
    params.policy = m_params.tagPolicy;
    params.cancel = m_cancel->flag();
    params.partSize = m_params.partSize;
    params.progress = [&tracker, &stages](const QString &, qint64 done, qint64 total) {
        for (StageKind kind : stages)
            tracker.progress(kind, done, total);
    };
    if (m_params.storeCredentials) {
        QString error;
        if (const std::optional<StoreLocation> location = StoreLocation::parse(m_job.storeUrl, &error))
            params.credentials = m_params.storeCredentials(*location, &error);
    }

    StoreOutcome outcome;
    switch (m_job.action) {
    case JobAction::StorePut:
        outcome = StoreActions::put(params, m_job.image, m_params.archiveName);
        break;
    case JobAction::StoreGet:
        outcome = StoreActions::get(params, m_job.image);
        break;
    case JobAction::StoreRemove:
        outcome = StoreActions::remove(params, m_job.image);
        break;
    case JobAction::StoreCopy:
        outcome = StoreActions::copy(params, m_params.targetUrl, m_job.image);
        break;
    case JobAction::Push:
    case JobAction::SifSync:
        outcome.failure = Failure::make(FailureKind::Usage, QStringLiteral("not a store verb"));
        break;
    }

    if (m_cancel->isCancelled()) {
        tracker.finishJob(JobState::Cancelled, {});
    } else if (!outcome.failure.ok()) {
        m_job.failure = outcome.failure.kind;
        for (StageKind kind : stages)
            if (m_job.stageRecord(kind).state == JobState::Running) {
                tracker.fail(kind, JobState::Failed, outcome.failure.message);
                break; // the others end with the job ("stopped: …")
            }
        tracker.finishJob(JobState::Failed, outcome.failure.message);
    } else {
        m_job.stored = outcome.stored;
        const qint64 bytes = outcome.stored ? outcome.stored->size : m_job.stageRecord(stages.first()).progress.done;
        for (StageKind kind : stages) {
            if (bytes > 0)
                tracker.progress(kind, bytes, bytes);
            tracker.succeed(kind);
        }
        tracker.finishJob(JobState::Succeeded, outcome.message);
    }
    return m_job;
}

} // namespace fleet
