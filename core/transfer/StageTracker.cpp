#include "transfer/StageTracker.h"

#include "transfer/ThroughputLog.h"

namespace fleet {

namespace {
constexpr qint64 kReportIntervalMs = 100;
constexpr qint64 kCheckpointIntervalMs = 1000;
}

StageTracker::StageTracker(JobUpdate &job, JobJournal &journal, Reporter reporter)
    : m_job(job)
    , m_journal(journal)
    , m_reporter(std::move(reporter))
{
    m_stageIds.fill(-1);
    m_attempts.fill(1);
    m_followers.fill(-1);
}

void StageTracker::report(bool force)
{
    if (!force && m_sinceReport.isValid() && m_sinceReport.elapsed() < kReportIntervalMs)
        return;
    m_sinceReport.start();
    if (m_reporter)
        m_reporter(m_job, false);
}

void StageTracker::start(StageKind kind, qint64 total)
{
    begin(kind, total, true);
}

void StageTracker::startBeside(StageKind kind, StageKind lead)
{
    begin(kind, m_job.stageRecord(lead).progress.total, false);
    m_followers[size_t(lead)] = int(kind);
}

void StageTracker::begin(StageKind kind, qint64 total, bool current)
{
    StageRecord &stage = m_job.stageRecord(kind);
    stage.state = JobState::Running;
    stage.progress = Progress{0, total, 0};
    stage.error.clear();
    m_clocks[size_t(kind)].start();
    m_checkpoints[size_t(kind)].invalidate();
    m_followers[size_t(kind)] = -1;
    if (m_stageIds[size_t(kind)] < 0)
        m_stageIds[size_t(kind)] = m_journal.stageStarted(m_job.historyId, kind);
    if (current)
        m_job.stage = kind;
    if (m_observer)
        m_observer(m_job);
    report(true);
}

void StageTracker::progress(StageKind kind, qint64 done, qint64 total)
{
    Progress &p = m_job.stageRecord(kind).progress;
    p.done = done;
    if (total != -2)
        p.total = total;
    p.elapsedMs = m_clocks[size_t(kind)].isValid() ? m_clocks[size_t(kind)].elapsed() : 0;
    // The first bytes at once, then about once a second: what a killed process's job will show.
    QElapsedTimer &checkpoint = m_checkpoints[size_t(kind)];
    if (m_stageIds[size_t(kind)] >= 0 && done > 0
        && (!checkpoint.isValid() || checkpoint.elapsed() >= kCheckpointIntervalMs)) {
        checkpoint.start();
        m_journal.stageProgress(m_stageIds[size_t(kind)], done, p.total);
        if (ThroughputLog::movesBytes(kind))
            m_journal.stageSample(m_stageIds[size_t(kind)], p.elapsedMs, done);
    }
    if (const int follower = m_followers[size_t(kind)];
        follower >= 0 && m_job.stageRecord(StageKind(follower)).state == JobState::Running) {
        progress(StageKind(follower), done, p.total);
        return; // the follower's step reported both
    }
    if (m_observer)
        m_observer(m_job);
    report();
}

void StageTracker::finish(StageKind kind, JobState state, const QString &error)
{
    StageRecord &stage = m_job.stageRecord(kind);
    stage.state = state;
    stage.error = error;
    if (const int follower = std::exchange(m_followers[size_t(kind)], -1); follower >= 0
        && state == JobState::Succeeded && m_job.stageRecord(StageKind(follower)).state == JobState::Running)
        m_job.stage = StageKind(follower); // what follows it is what the job waits for now
    if (m_clocks[size_t(kind)].isValid())
        stage.progress.elapsedMs = m_clocks[size_t(kind)].elapsed();
    if (state == JobState::Succeeded && stage.progress.total < stage.progress.done)
        stage.progress.total = stage.progress.done;
    if (m_stageIds[size_t(kind)] < 0 && state != JobState::Skipped)
        m_stageIds[size_t(kind)] = m_journal.stageStarted(m_job.historyId, kind);
    if (m_stageIds[size_t(kind)] >= 0) {
        m_journal.stageFinished(m_stageIds[size_t(kind)], stage, m_attempts[size_t(kind)]);
        if (ThroughputLog::movesBytes(kind) && stage.progress.done > 0)
            m_journal.stageSample(m_stageIds[size_t(kind)], stage.progress.elapsedMs, stage.progress.done);
    }
    if (m_observer)
        m_observer(m_job);
    report(true);
}

void StageTracker::succeed(StageKind kind, const QString &message)
{
    if (!message.isEmpty())
        m_job.message = message;
    finish(kind, JobState::Succeeded, {});
}

void StageTracker::fail(StageKind kind, JobState state, const QString &error)
{
    m_job.message = error;
    finish(kind, state, error);
}

void StageTracker::skip(StageKind kind)
{
    StageRecord &stage = m_job.stageRecord(kind);
    if (stage.state == JobState::Queued)
        stage.state = JobState::Skipped;
}

void StageTracker::finishRunning(JobState state, const QString &error)
{
    for (const StageRecord &stage : m_job.stages)
        if (stage.state == JobState::Running)
            finish(stage.kind, state, error);
}

void StageTracker::finishJob(JobState state, const QString &message, const QString &runningError)
{
    m_job.state = state;
    if (state == JobState::Cancelled) {
        m_job.message = QStringLiteral("%1: cancelled").arg(m_job.node);
        m_job.failure = FailureKind::Cancelled;
    } else {
        m_job.message = message;
        if (state == JobState::Failed && m_job.failure == FailureKind::None)
            m_job.failure = FailureKind::Failed;
        if (state != JobState::Failed)
            m_job.failure = FailureKind::None;
    }
    // No stage of a finished job stays running (in the history too): what another stage's failure or a cancel
    // interrupted ends with it.
    if (state == JobState::Cancelled)
        finishRunning(JobState::Cancelled, QStringLiteral("cancelled"));
    else if (state == JobState::Failed)
        finishRunning(JobState::Failed, runningError.isEmpty() ? QStringLiteral("stopped: %1").arg(m_job.message)
                                                               : runningError);
    for (StageRecord &stage : m_job.stages)
        if (stage.state == JobState::Queued)
            stage.state = JobState::Skipped;
    m_journal.jobFinished(m_job.historyId, m_job, m_job.stageRecord(StageKind::Transfer).progress.done);
    if (m_reporter)
        m_reporter(m_job, true);
}

void StageTracker::message(const QString &text, const QString &level)
{
    m_job.message = text;
    m_journal.event(m_job.historyId, level, text);
    report(true);
}

} // namespace fleet
