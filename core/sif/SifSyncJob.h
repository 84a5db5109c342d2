#pragma once

#include "ssh/SshOptions.h"
#include "transfer/CancelToken.h"
#include "transfer/JobJournal.h"
#include "transfer/StageTracker.h"

#include <QRunnable>
#include <QStringList>

#include <functional>
#include <memory>

namespace fleet {

class SshSession;

// Everything one image's sync to one node needs; copied into the worker.
struct SifSyncJobParams
{
    JobUpdate job; // action SifSync, node, image = "PARTITION/NAME"
    QString registryRoot;
    QStringList partitions;
    QString partition;
    QString imageName;
    QString cacheDir;
    SshTarget target;
    SshOptions ssh;
    int retries = 2;
    StageTracker::Observer observer;
};

// One .sif to one node's cache, as a job (Jobs panel, history rows like a push). Stages, mapped onto the push's:
//   save     = the image is checked in the registry (exists, not flagged; its sha256, hashed only when the file
//              changed since the last scan) — the validation every sync runs first;
//   transfer = the node is asked for CACHE/NAME (same sha256: the job is skipped), then the upload into
//              CACHE/.NAME.part, resumed after a cut on a new connection (up to `retries` times);
//   load     = sha256 of the .part on the node, then `mv -f` into place.
// A job that fails or is cancelled removes its .part (a short fresh connection), so none is left behind.
class SifSyncJob final : public QRunnable
{
public:
    using JournalFactory = std::function<std::unique_ptr<JobJournal>()>;

    SifSyncJob(SifSyncJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
               std::shared_ptr<CancelToken> cancel);
    ~SifSyncJob() override;

    void run() override { execute(); }
    JobUpdate execute();

private:
    bool connect(StageKind stage);
    bool backoff(int attempt);
    bool fail(StageKind stage, const QString &error, FailureKind kind = FailureKind::Failed);
    void removePart(const QString &command);

    SifSyncJobParams m_params;
    JournalFactory m_journalFactory;
    StageTracker::Reporter m_reporter;
    std::shared_ptr<CancelToken> m_cancel;
    JobUpdate m_job;
    std::unique_ptr<StageTracker> m_tracker;
    std::unique_ptr<SshSession> m_session;
};

} // namespace fleet
