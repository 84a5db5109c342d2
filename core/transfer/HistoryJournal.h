#pragma once

#include "history/HistoryStore.h"
#include "transfer/JobJournal.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace fleet {

// Maps JobRunner's batch ids to history batch rows, so the jobs of one request share one batch although each
// worker writes through its own connection.
class HistoryBatches final
{
public:
    qint64 historyBatch(quint64 runnerBatch, HistoryStore &store);

private:
    QMutex m_mutex;
    QHash<quint64, qint64> m_ids;
};

// JobJournal over the history database: one connection, opened on the job's worker thread.
class HistoryJournal final : public JobJournal
{
public:
    static std::unique_ptr<JobJournal> open(const QString &path, std::shared_ptr<HistoryBatches> batches);

    qint64 jobStarted(const JobUpdate &job) override;
    qint64 stageStarted(qint64 jobId, StageKind kind) override;
    void stageProgress(qint64 stageId, qint64 done, qint64 total) override;
    void stageFinished(qint64 stageId, const StageRecord &stage, int attempts) override;
    void stageSample(qint64 stageId, qint64 elapsedMs, qint64 done) override;
    void jobFinished(qint64 jobId, const JobUpdate &job, qint64 bytes) override;
    void event(qint64 jobId, const QString &level, const QString &message) override;
    std::optional<CatalogEntry> catalogEntry(const QString &reference, const QString &imageId) override;
    std::optional<Node> knownNode(const QString &address) override;
    std::optional<NodeProbeRecord> nodeProbe(const QString &address) override;
    void recordNodeProbe(const QString &address, const NodeProbeReply &facts) override;

private:
    HistoryStore m_store;
    std::shared_ptr<HistoryBatches> m_batches;
};

} // namespace fleet
