#pragma once

#include "transfer/JobUpdate.h"

#include <QObject>

namespace fleet {

class HostKeyActions;
class JobsModel;
class NodeListModel;
class NotificationArea;

// What a push's outcome asks of the person. A finished job (JobsModel::jobFinished) that failed on a host key
// goes to HostKeyActions (its dialog, or a notification with "Trust…"), and once the key is trusted the job is
// asked to run again (retryRequested); any other failure, and a push the runner refused, is a notification with
// the cause and the fix.
class JobAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobAlerts)

public:
    // The nodes give a failed job's SSH port to the trust dialog. None is owned.
    JobAlerts(JobsModel *jobs, const NodeListModel *nodes, HostKeyActions *hostKeys, NotificationArea *notifications,
              QObject *parent = nullptr);
    ~JobAlerts() override;

public Q_SLOTS:
    void jobFinished(const fleet::JobUpdate &job);
    // JobRunner::rejected: the request was invalid, nothing ran.
    void pushRejected(const QString &message);

Q_SIGNALS:
    void retryRequested(quint64 jobId);

private:
    const NodeListModel *m_nodes;
    HostKeyActions *m_hostKeys;
    NotificationArea *m_notifications;
};

} // namespace fleet
