#pragma once

#include "actions/ActionContext.h"
#include "actions/InventoryMatrix.h"
#include "model/Failure.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fleet {

struct InventoryParams
{
    ActionContext context;
    QStringList nodes; // addresses and @GROUP words (NodeGroups::resolve); empty: every node the history knows
    int parallel = 8;  // nodes asked at once
    // Called as each node's column is done, on the thread that read it (calls are serialized).
    std::function<void(const NodeInventory &)> nodeDone;
    const std::atomic_bool *cancel = nullptr;
};

struct InventoryResult
{
    InventoryMatrix matrix;
    Failure failure; // usage (a bad group), the history cannot be read, or the worst node failure
};

// Inventory and drift (issue 13, item 5): each node's tagged images (NodeImageReader: agent first, SSH else), as a
// nodes × images matrix, with the drift the groups' wanted images and the catalog's newest tags show. Synchronous,
// nodes in parallel (bounded) on a pool of its own; cancel stops what has not started and the agent waits.
// Writes nothing: the last matrix lives in the face that asked (the desktop keeps it and refreshes a column after
// a push; fleetctl always asks afresh).
class FleetInventory final
{
    Q_DECLARE_TR_FUNCTIONS(FleetInventory)

public:
    static InventoryResult collect(const InventoryParams &params);
    // Asks params.nodes again and puts their columns into `previous` (new nodes are appended), then computes the
    // drift again with the groups and the catalog as they are now. An empty node list only recomputes the drift.
    static InventoryResult update(const InventoryMatrix &previous, const InventoryParams &params);
};

} // namespace fleet
