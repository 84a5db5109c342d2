#pragma once

#include "model/Throughput.h"
#include "transfer/JobUpdate.h"

#include <QHash>

#include <array>

namespace fleet {

// The live samples of running jobs, taken from the snapshots the runner reports (the Jobs panel's plot): for each
// stage that moves bytes, a point when at least `intervalMs` passed since the last one and when the stage ends.
// Bounded per stage (Throughput::thin). Not thread-safe: fed and read on one thread.
class ThroughputLog final
{
public:
    static constexpr qint64 kIntervalMs = 500;
    static constexpr int kMaxPoints = 2000;

    void record(const JobUpdate &job);
    void forget(quint64 jobId) { m_jobs.remove(jobId); }
    const QList<ThroughputPoint> &points(quint64 jobId, StageKind kind) const;
    bool has(quint64 jobId) const { return m_jobs.contains(jobId); }

    // Pull, save, transfer and load move bytes; run and health do not.
    static bool movesBytes(StageKind kind);

private:
    using Stages = std::array<QList<ThroughputPoint>, kStageCount>;
    QHash<quint64, Stages> m_jobs;
};

} // namespace fleet
