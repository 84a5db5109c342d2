#include "JobAlerts.h"

#include "HostKeyActions.h"
#include "JobsModel.h"
#include "NodeListModel.h"
#include "NotificationArea.h"

namespace fleet {

JobAlerts::JobAlerts(JobsModel *jobs, const NodeListModel *nodes, HostKeyActions *hostKeys,
                     NotificationArea *notifications, QObject *parent)
    : QObject(parent)
    , m_nodes(nodes)
    , m_hostKeys(hostKeys)
    , m_notifications(notifications)
{
    connect(jobs, &JobsModel::jobFinished, this, &JobAlerts::jobFinished);
    // A key trusted from a failed push's notification: that push again.
    connect(hostKeys, &HostKeyActions::trusted, this,
            [this](const QString &, const QString &, quint64 jobId) { Q_EMIT retryRequested(jobId); });
}

JobAlerts::~JobAlerts() = default;

void JobAlerts::jobFinished(const JobUpdate &job)
{
    if (job.action != JobAction::Push)
        return; // a store verb: the library's StoreOperations says how it ended
    const int row = m_nodes->rowOf(job.node);
    if (m_hostKeys->handleFailedJob(job, row >= 0 ? m_nodes->nodeAt(row).sshPort : quint16(22)))
        return; // its dialog or its notification with "Trust…" says it
    if (job.state != JobState::Failed)
        return;
    m_notifications->notify(NotificationArea::Severity::Error, tr("Push to %1 failed").arg(job.node),
                            job.message.isEmpty()
                                ? tr("%1 could not be pushed; see History for the stage that failed.").arg(job.image)
                                : job.message);
}

void JobAlerts::pushRejected(const QString &message)
{
    m_notifications->notify(NotificationArea::Severity::Error, tr("Refused"), message);
}

} // namespace fleet
