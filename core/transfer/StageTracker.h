#pragma once

#include "transfer/JobJournal.h"
#include "transfer/JobUpdate.h"

#include <QElapsedTimer>

#include <functional>

namespace fleet {

// Keeps a job's JobUpdate current while its stages run: starts and finishes stages in the journal, checkpoints
// their bytes there about once a second, measures elapsed time, and forwards snapshots to the reporter at most
// ~10 times a second (always on a state change). The observer sees every step, unthrottled, on the job's thread.
class StageTracker final
{
public:
    using Reporter = std::function<void(const JobUpdate &, bool final)>;
    using Observer = std::function<void(const JobUpdate &)>;

    StageTracker(JobUpdate &job, JobJournal &journal, Reporter reporter);

    void start(StageKind kind, qint64 total = -1);
    // Starts `kind` beside the running `lead` without making it the job's current stage: its bytes follow the
    // lead's (a stream's `docker load` reads what the transfer delivers) until the lead ends; when the lead
    // succeeds, `kind` becomes the current stage.
    void startBeside(StageKind kind, StageKind lead);
    void progress(StageKind kind, qint64 done, qint64 total = -2); // total -2: unchanged
    void succeed(StageKind kind, const QString &message = {});
    void fail(StageKind kind, JobState state, const QString &error);
    void skip(StageKind kind);
    // Ends every stage still running (the job stops: another stage failed, or a cancel) with `state` and `error`,
    // in the journal too, so no stage of a finished job stays "running".
    void finishRunning(JobState state, const QString &error);
    // Ends the job with `state` and `message` ("NODE: cancelled" for a cancel; the failure kind is kept for a
    // failure, cleared otherwise): running stages end with it (`runningError`, default "stopped: MESSAGE"), queued
    // ones are skipped, and it is recorded with its transfer bytes and reported as final.
    void finishJob(JobState state, const QString &message, const QString &runningError = {});
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    void setAttempts(StageKind kind, int attempts) { m_attempts[size_t(kind)] = attempts; }
    void message(const QString &text, const QString &level = QStringLiteral("info"));
    void report(bool force = false);

    qint64 jobHistoryId() const { return m_job.historyId; }

private:
    void begin(StageKind kind, qint64 total, bool current);
    void finish(StageKind kind, JobState state, const QString &error);

    JobUpdate &m_job;
    JobJournal &m_journal;
    Reporter m_reporter;
    Observer m_observer;
    std::array<QElapsedTimer, kStageCount> m_clocks;
    std::array<QElapsedTimer, kStageCount> m_checkpoints; // invalid: no checkpoint with bytes yet
    std::array<qint64, kStageCount> m_stageIds;
    std::array<int, kStageCount> m_attempts;
    std::array<int, kStageCount> m_followers; // int(StageKind) that follows a stage's bytes, -1: none
    QElapsedTimer m_sinceReport;
};

} // namespace fleet
