#include "JobRunnerWiring.h"

#include "BatchNotifications.h"
#include "JobAlerts.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "PushController.h"
#include "StoreOperations.h"
#include "TileActivity.h"
#include "transfer/JobRunner.h"

namespace fleet {

void JobRunnerWiring::wire(JobRunner *runner, MainWindow *window)
{
    JobsModel *jobs = window->jobsModel();
    JobsPanel *panel = window->jobsPanel();
    JobAlerts *alerts = window->jobAlerts();
    QObject::connect(window->pushes(), &PushController::pushRequested, runner,
                     [runner](const PushRequest &request) { runner->submit(request); });
    QObject::connect(window->pushes(), &PushController::sifSyncRequested, runner,
                     [runner](const SifSyncRequest &request) { runner->submitSif(request); });
    QObject::connect(panel, &JobsPanel::cancelRequested, runner, &JobRunner::cancel);
    QObject::connect(panel, &JobsPanel::cancelAllRequested, runner, &JobRunner::cancelAll);
    QObject::connect(panel, &JobsPanel::retryRequested, runner, [runner](quint64 id) { runner->retry(id); });
    QObject::connect(alerts, &JobAlerts::retryRequested, runner, [runner](quint64 id) { runner->retry(id); });
    QObject::connect(runner, &JobRunner::jobAdded, jobs, &JobsModel::addJob);
    QObject::connect(runner, &JobRunner::jobChanged, jobs, &JobsModel::updateJob);
    QObject::connect(runner, &JobRunner::jobFinished, jobs, &JobsModel::finishJob);
    QObject::connect(runner, &JobRunner::rejected, alerts, &JobAlerts::pushRejected);
    QObject::connect(runner, &JobRunner::jobAdded, window->batchNotifications(), &BatchNotifications::jobAdded);
    QObject::connect(runner, &JobRunner::jobFinished, window->batchNotifications(), &BatchNotifications::jobFinished);
    window->storeOperations()->setRunner(runner); // the library's store verbs are jobs of this runner too
    auto *tiles = new TileActivity(window->nodeModel(), window);
    QObject::connect(runner, &JobRunner::jobAdded, tiles, &TileActivity::jobChanged);
    QObject::connect(runner, &JobRunner::jobChanged, tiles, &TileActivity::jobChanged);
    QObject::connect(runner, &JobRunner::jobFinished, tiles, &TileActivity::jobFinished);
}

} // namespace fleet
