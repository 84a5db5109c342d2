#include "transfer/HistoryJournal.h"

#include "images/Catalog.h"

namespace fleet {

qint64 HistoryBatches::historyBatch(quint64 runnerBatch, HistoryStore &store)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_ids.find(runnerBatch);
    if (it == m_ids.end())
        it = m_ids.insert(runnerBatch, store.createBatch());
    return it.value();
}

std::unique_ptr<JobJournal> HistoryJournal::open(const QString &path, std::shared_ptr<HistoryBatches> batches)
{
    auto journal = std::make_unique<HistoryJournal>();
    journal->m_batches = std::move(batches);
    // A history that cannot be opened must not stop a push; callers check the database up front and say so.
    journal->m_store.open(path.isEmpty() ? HistoryStore::defaultPath() : path);
    return journal;
}

qint64 HistoryJournal::jobStarted(const JobUpdate &job)
{
    if (!m_store.isOpen())
        return -1;
    const qint64 batch = m_batches ? m_batches->historyBatch(job.batchId, m_store) : m_store.createBatch();
    // The request says what the source is; a name is never taken for a path (`app:v1.tar` is a legal tag).
    const bool archive = job.source == PushSourceKind::ArchiveFile;
    const qint64 id = m_store.createJob(batch, archive ? QString() : job.image, {}, archive ? job.image : QString(),
                                        job.node, job.mode, job.source);
    if (id > 0)
        m_store.setJobState(id, JobState::Running);
    if (id > 0 && (job.source == PushSourceKind::StoreObject || job.action != JobAction::Push))
        m_store.setJobStoreSource(id, job.storeUrl, {});
    if (id > 0 && job.action != JobAction::Push)
        m_store.setJobAction(id, job.action);
    return id;
}

qint64 HistoryJournal::stageStarted(qint64 jobId, StageKind kind)
{
    return m_store.isOpen() && jobId > 0 ? m_store.startStage(jobId, kind) : -1;
}

void HistoryJournal::stageProgress(qint64 stageId, qint64 done, qint64 total)
{
    if (m_store.isOpen() && stageId > 0)
        m_store.updateStage(stageId, done, total);
}

void HistoryJournal::stageSample(qint64 stageId, qint64 elapsedMs, qint64 done)
{
    if (m_store.isOpen() && stageId > 0)
        m_store.addStageSample(stageId, elapsedMs, done);
}

void HistoryJournal::stageFinished(qint64 stageId, const StageRecord &stage, int attempts)
{
    if (m_store.isOpen() && stageId > 0)
        m_store.finishStage(stageId, stage.state, stage.progress.done, stage.progress.total, stage.progress.elapsedMs,
                            attempts, stage.error);
}

void HistoryJournal::jobFinished(qint64 jobId, const JobUpdate &job, qint64 bytes)
{
    if (!m_store.isOpen() || jobId <= 0)
        return;
    const bool failed = job.state == JobState::Failed || job.state == JobState::Cancelled;
    m_store.setJobState(jobId, job.state, failed ? job.message : QString(), bytes);
    if (job.state == JobState::Failed)
        m_store.setJobFailure(jobId, job.failure);
    if (job.source == PushSourceKind::StoreObject)
        m_store.setJobStoreSource(jobId, job.storeUrl, job.via == DeliveryPath::Auto ? QString()
                                                                                     : deliveryPathName(job.via));
    if (!job.message.isEmpty())
        m_store.addEvent(failed ? EventLevel::Error : EventLevel::Info, job.message, jobId);
}

void HistoryJournal::event(qint64 jobId, const QString &level, const QString &message)
{
    if (m_store.isOpen() && jobId > 0)
        m_store.addEvent(eventLevelFromName(level), message, jobId);
}

std::optional<CatalogEntry> HistoryJournal::catalogEntry(const QString &reference, const QString &imageId)
{
    if (!m_store.isOpen())
        return std::nullopt;
    Catalog catalog(m_store.database());
    if (!reference.isEmpty() && !reference.startsWith(QLatin1String("sha256:"))) {
        // The row of that name describes this image only while it still names the same build.
        const std::optional<CatalogEntry> byName = catalog.find(reference);
        if (byName && (imageId.isEmpty() || byName->imageId == imageId))
            return byName;
    }
    if (imageId.isEmpty())
        return std::nullopt;
    const QList<CatalogEntry> entries = catalog.byImageId(imageId);
    return entries.isEmpty() ? std::nullopt : std::optional<CatalogEntry>(entries.first());
}

std::optional<Node> HistoryJournal::knownNode(const QString &address)
{
    return m_store.isOpen() ? m_store.node(address) : std::nullopt;
}

std::optional<NodeProbeRecord> HistoryJournal::nodeProbe(const QString &address)
{
    return m_store.isOpen() ? m_store.probe(address) : std::nullopt;
}

void HistoryJournal::recordNodeProbe(const QString &address, const NodeProbeReply &facts)
{
    if (m_store.isOpen())
        m_store.recordProbe(address, facts);
}

} // namespace fleet
