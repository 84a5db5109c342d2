#pragma once

#include "actions/ActionContext.h"

namespace fleet {

class InventoryView;
class JobRunner;
class MainWindow;

// Puts the Inventory tab into the window and connects it to the window's JobRunner: its Sync missing pushes are
// jobs of that runner (in the Jobs panel and the history like any push), and a push that succeeded (or found the
// image already there) refreshes that node's column.
class InventoryWiring final
{
public:
    static InventoryView *wire(JobRunner *runner, MainWindow *window, const ActionContext &context);
};

} // namespace fleet
