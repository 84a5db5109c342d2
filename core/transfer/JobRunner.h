#pragma once

#include "images/TagPolicy.h"
#include "model/Job.h"
#include "sif/SifSyncRequest.h"
#include "ssh/SshOptions.h"
#include "transfer/JobJournal.h"
#include "transfer/PushJob.h"
#include "transfer/JobUpdate.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace fleet {

class PushJob;

// Runs push jobs on worker threads (never the caller's), at most `parallel` per request and a global bound, and
// reports them through signals delivered on the runner's thread, throttled to ~10 updates/s per job.
// Every job and stage is recorded in the history database by the worker that runs it.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    struct Settings
    {
        QString dbPath;     // history database
        QString dockerHost; // local engine
        SshOptions ssh;
        QString sshUser;
        int maxParallel = 8; // across all requests
        QString localTempDir; // scp mode's local archives
        TagPolicy::Settings tagPolicy; // which names may go to a node (never `latest`), archives' included
        // A job that moved nothing for this long while the node's Docker daemon does not answer (or while bytes
        // should flow) stops with a message naming the daemon. 0: never.
        int stallTimeoutMs = 60000;
        // Test seam: sees every step of every job, unthrottled, on the job's worker thread (fault injection at a
        // precise byte count). Empty in the products.
        std::function<void(const JobUpdate &)> workerObserver;
        // Looks up a store's credentials for a store push, on the job's thread. Empty: environment, then secrets.
        StoreCredentialsResolver storeCredentials;
        // Test seam: the clock a direct download's presigned link is made with (an expired link). Empty: now.
        std::function<QDateTime()> presignClock;
        // Makes the journal a job records into, on the job's worker thread. Empty: the history database at dbPath.
        std::function<std::unique_ptr<JobJournal>()> journalFactory;
    };

    explicit JobRunner(Settings settings, QObject *parent = nullptr);
    ~JobRunner() override;

    // Queues one job per node (a node named twice, in any spelling of the same host, port and user, gets one);
    // returns their ids (empty if the request is invalid: see rejected()).
    QList<quint64> submit(const PushRequest &request);
    // Queues a store verb, one job per image, run one after another (a store and the local engine are shared);
    // the jobs' `node` is the store's location. Empty if the request is invalid (see rejected()).
    QList<quint64> submitStore(const StoreRequest &request);
    // Queues a SIF sync: one job per (image, node), at most `parallel` at once; the jobs' `image` is
    // "PARTITION/NAME". Empty if the request is invalid (see rejected()): nothing is hashed or sent here, each job
    // checks its image in the registry first (SifSyncJob).
    QList<quint64> submitSif(const SifSyncRequest &request);
    void cancel(quint64 id);
    void cancelAll();
    // Runs a finished (failed/cancelled) job again with the same request; returns the new id or 0.
    quint64 retry(quint64 id);

    bool isIdle() const;
    // Checks a request before anything runs; returns a message naming the problem, or empty. An archive must be
    // an existing file ("no such file"); its names are checked when the job reads its manifest.
    static QString validate(const PushRequest &request, const TagPolicy::Settings &policy = {});
    static QString validate(const StoreRequest &request);
    static QString validate(const SifSyncRequest &request) { return request.validate(); }
    JobUpdate job(quint64 id) const;
    const Settings &settings() const { return m_settings; }

Q_SIGNALS:
    void jobAdded(const fleet::JobUpdate &job);
    void jobChanged(const fleet::JobUpdate &job);
    void jobFinished(const fleet::JobUpdate &job);
    void allFinished();
    void rejected(const QString &message);

private:
    struct Entry;
    void onJobProgress(const JobUpdate &update, bool final);
    QStringList distinctNodes(const QStringList &nodes) const; // one spelling per node
    void schedule(quint64 batchId);
    void start(Entry &entry);

    Settings m_settings;
    QThreadPool m_pool;
    QHash<quint64, std::shared_ptr<Entry>> m_jobs;
    QList<quint64> m_order; // submission order, for scheduling
    quint64 m_nextId = 1;
    quint64 m_nextBatch = 1;
};

} // namespace fleet
