#include "InventoryWiring.h"

#include "InventoryView.h"
#include "MainWindow.h"
#include "transfer/JobRunner.h"

namespace fleet {

InventoryView *InventoryWiring::wire(JobRunner *runner, MainWindow *window, const ActionContext &context)
{
    auto *view = new InventoryView(window);
    view->setContext(context);
    window->addTab(view, QObject::tr("&Inventory"));
    QObject::connect(view, &InventoryView::syncRequested, runner,
                     [runner](const PushRequest &request) { runner->submit(request); });
    QObject::connect(runner, &JobRunner::jobFinished, view, [view](const JobUpdate &job) {
        if (job.action == JobAction::Push && (job.state == JobState::Succeeded || job.state == JobState::Skipped))
            view->refreshNode(job.node);
    });
    return view;
}

} // namespace fleet
