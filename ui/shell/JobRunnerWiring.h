#pragma once

namespace fleet {

class JobRunner;
class MainWindow;

// Connects one JobRunner straight to the window's push and job pieces; the window relays nothing. Pushes
// (PushController), cancel, cancel-all and retry (JobsPanel) and the retry after a trusted host key (JobAlerts)
// go to the runner; its job updates go to JobsModel, which tells JobAlerts about finished jobs, and its refusals
// go to JobAlerts.
class JobRunnerWiring final
{
public:
    static void wire(JobRunner *runner, MainWindow *window);
};

} // namespace fleet
