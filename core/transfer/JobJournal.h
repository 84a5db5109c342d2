#pragma once

#include "history/HistoryRecords.h"
#include "images/Catalog.h"
#include "model/Node.h"
#include "transfer/JobUpdate.h"

#include <QString>

#include <optional>

namespace fleet {

// Where a running job records itself. Created on the job's worker thread (a database connection belongs to one
// thread); the history implementation is HistoryJournal.
class JobJournal
{
public:
    virtual ~JobJournal() = default;
    // The job starts running: returns its history id.
    virtual qint64 jobStarted(const JobUpdate &job) = 0;
    virtual qint64 stageStarted(qint64 jobId, StageKind kind) = 0;
    // A checkpoint of a running stage (about once a second), so a killed process's job still shows its bytes.
    virtual void stageProgress(qint64 stageId, qint64 done, qint64 total) = 0;
    virtual void stageFinished(qint64 stageId, const StageRecord &stage, int attempts) = 0;
    // A throughput sample of a stage that moves bytes (with each checkpoint, and when it ends).
    virtual void stageSample(qint64 stageId, qint64 elapsedMs, qint64 done)
    {
        Q_UNUSED(stageId);
        Q_UNUSED(elapsedMs);
        Q_UNUSED(done);
    }
    virtual void jobFinished(qint64 jobId, const JobUpdate &job, qint64 bytes) = 0;
    virtual void event(qint64 jobId, const QString &level, const QString &message) = 0;

    // What the history knows for the job's run plan, read on the job's thread; nullopt when it does not know.
    // The image's catalog entry, by reference first, else by image ID (the newest build of that ID).
    virtual std::optional<CatalogEntry> catalogEntry(const QString &reference, const QString &imageId)
    {
        Q_UNUSED(reference);
        Q_UNUSED(imageId);
        return std::nullopt;
    }
    // The node as last seen (its agent's facts: architecture, GPU).
    virtual std::optional<Node> knownNode(const QString &address)
    {
        Q_UNUSED(address);
        return std::nullopt;
    }
    // The node's last probe (NodeProbe), and a new one to keep.
    virtual std::optional<NodeProbeRecord> nodeProbe(const QString &address)
    {
        Q_UNUSED(address);
        return std::nullopt;
    }
    virtual void recordNodeProbe(const QString &address, const NodeProbeReply &facts)
    {
        Q_UNUSED(address);
        Q_UNUSED(facts);
    }
};

} // namespace fleet
