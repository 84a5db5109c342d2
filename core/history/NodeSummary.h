#pragma once

#include "model/Job.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace fleet {

class Database;

// How pushes to one node went, from the history (seed 004 "Monitoring"): counts, bytes, the SSH trouble it gave,
// and how long each stage takes there. Only push jobs count (a store verb's "node" is a store).
struct NodeSummary
{
    struct StageTimes
    {
        int count = 0; // stages of this kind that succeeded
        qint64 averageMs = 0;
        qint64 maxMs = 0;
    };

    QString node;
    int jobs = 0;
    int succeeded = 0, failed = 0, cancelled = 0, skipped = 0;
    // Jobs that failed because the node did not answer or its host key was refused, plus the extra attempts
    // stages needed after a transient SSH failure (a stage retries only for those).
    int sshFailures = 0;
    int retries = 0;
    qint64 bytes = 0;          // sent to the node, all jobs
    qint64 averageArchive = 0; // the size of what a transfer moved, on average (0: none yet)
    QDateTime lastJobAt;
    std::array<StageTimes, kStageCount> stages{}; // by StageKind

    const StageTimes &stage(StageKind kind) const { return stages[size_t(kind)]; }
};

// The summaries of every node with push jobs in the history, busiest first (a Database already open and
// migrated, on its thread; empty on error).
QList<NodeSummary> readNodeSummaries(Database &db);

} // namespace fleet
