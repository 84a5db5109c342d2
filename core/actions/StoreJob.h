#pragma once

#include "images/TagPolicy.h"
#include "transfer/CancelToken.h"
#include "transfer/JobJournal.h"
#include "transfer/PushJob.h"
#include "transfer/StageTracker.h"

#include <QRunnable>

#include <functional>
#include <memory>

namespace fleet {

// Everything one store verb on one image needs; copied into the worker.
struct StoreJobParams
{
    JobUpdate job; // action, storeUrl, image; node = the store's location (what the Jobs panel shows as target)
    QString targetUrl;   // copy
    QString archiveName; // put
    qint64 partSize = 0; // S3 put
    QString dockerHost;
    TagPolicy::Settings tagPolicy;
    StoreCredentialsResolver storeCredentials; // empty: StoreCredentials::lookup (environment, then keychain)
    StageTracker::Observer observer;
};

// One store verb (put, get, remove, copy: StoreActions) run as a job, so it shows in the Jobs panel and lands in
// the history with stages, bytes and errors like a push. Put: save + transfer (the archive leaves the engine and
// reaches the store at once); get: transfer + load; remove and copy: transfer. Cancel stops it within a second.
class StoreJob final : public QRunnable
{
public:
    using JournalFactory = std::function<std::unique_ptr<JobJournal>()>;

    StoreJob(StoreJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
             std::shared_ptr<CancelToken> cancel);

    void run() override { execute(); }
    JobUpdate execute();

    // The stages a verb uses, in order.
    static QList<StageKind> stagesOf(JobAction action);

private:
    StoreJobParams m_params;
    JournalFactory m_journalFactory;
    StageTracker::Reporter m_reporter;
    std::shared_ptr<CancelToken> m_cancel;
    JobUpdate m_job;
};

} // namespace fleet
