#pragma once

#include "net/HttpClient.h"
#include "ssh/SshOptions.h"
#include "transfer/CancelToken.h"
#include "transfer/JobJournal.h"
#include "transfer/StageTracker.h"

#include <QRunnable>

#include <functional>
#include <memory>

namespace fleet {

class DockerEngine;
class RemoteProcess;
class SshSession;

// Everything one node's push needs; copied into the worker.
struct PushJobParams
{
    JobUpdate job; // id, batch, node, image, mode, runEnabled
    QString archivePath;
    RunOptions run;
    int retries = 2; // extra attempts after a transient SSH failure
    QString dockerHost;
    SshTarget target;
    SshOptions ssh;
    QString localTempDir; // scp mode's local archive; empty: the system temp dir
};

// One image to one node: save → transfer → load → (run), on the worker thread that calls run(). Reports through
// the StageTracker's reporter, records into the journal, honours the cancel token, and cleans up after itself
// on every path: no temporary file stays on the node or here, and nothing partial is ever loaded.
class PushJob final : public QRunnable
{
public:
    using JournalFactory = std::function<std::unique_ptr<JobJournal>()>;

    PushJob(PushJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
            std::shared_ptr<CancelToken> cancel);
    ~PushJob() override;

    void run() override;
    // Runs synchronously on the calling thread and returns the final state (run() without QThreadPool).
    JobUpdate execute();

private:
    struct Source;
    bool resolveSource();
    bool connectWithRetry(StageKind stage);
    bool checkAlreadyPresent(bool *present);
    bool pushStream();
    bool pushScp();
    bool loadRemoteFile(const QString &remotePath);
    bool runContainer();
    // The archive bytes, from the engine or the dropped file; callable from any thread with its own engine.
    bool produce(DockerEngine &engine, const HttpClient::Sink &sink, QString *error) const;
    bool streamInto(RemoteProcess &load, qint64 *sent);
    bool failStage(StageKind stage, const QString &error, int exitCode = 1);
    bool backoff(int attempt);
    void removeRemote(const QString &remotePath);
    void finishJob(JobState state, const QString &message);

    PushJobParams m_params;
    JournalFactory m_journalFactory;
    StageTracker::Reporter m_reporter;
    std::shared_ptr<CancelToken> m_cancel;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<StageTracker> m_tracker;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<Source> m_source;
    JobUpdate m_job;
};

} // namespace fleet
