#include "transfer/ThroughputLog.h"

namespace fleet {

bool ThroughputLog::movesBytes(StageKind kind)
{
    return kind == StageKind::Pull || kind == StageKind::Save || kind == StageKind::Transfer
        || kind == StageKind::Load;
}

void ThroughputLog::record(const JobUpdate &job)
{
    Stages &stages = m_jobs[job.id];
    for (const StageRecord &stage : job.stages) {
        if (!movesBytes(stage.kind) || stage.state == JobState::Queued || stage.state == JobState::Skipped)
            continue;
        const ThroughputPoint point{stage.progress.elapsedMs, stage.progress.done};
        QList<ThroughputPoint> &points = stages[size_t(stage.kind)];
        if (!points.isEmpty() && point.elapsedMs < points.last().elapsedMs)
            points.clear(); // the stage started again (a retry of the job): a new run
        const bool ended = stage.state != JobState::Running;
        if (points.isEmpty() ? (point.elapsedMs > 0 || ended)
                             : (point.elapsedMs - points.last().elapsedMs >= kIntervalMs
                                || (ended && points.last() != point))) {
            if (!points.isEmpty() && points.last().elapsedMs == point.elapsedMs)
                points.last() = point;
            else
                points << point;
            Throughput::thin(points, kMaxPoints);
        }
    }
}

const QList<ThroughputPoint> &ThroughputLog::points(quint64 jobId, StageKind kind) const
{
    static const QList<ThroughputPoint> none;
    const auto found = m_jobs.constFind(jobId);
    return found == m_jobs.constEnd() ? none : (*found)[size_t(kind)];
}

} // namespace fleet
