#pragma once

#include "actions/ActionContext.h"
#include "actions/InventoryMatrix.h"
#include "model/Failure.h"
#include "model/Job.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fleet {

struct SyncParams
{
    ActionContext context;
    QString image;     // a tagged reference of the local engine
    QStringList nodes; // addresses and @GROUP words; `fleetctl sync IMAGE --to GROUP` passes "@GROUP"
    int parallel = 4;  // inventory and push alike
    std::function<void(const NodeInventory &)> nodeDone;
    const std::atomic_bool *cancel = nullptr;
};

// What a sync would do: the targets' inventory, those of them that lack the image, and the one push for them.
struct SyncPlan
{
    QString image;               // familiar form
    QList<NodeInventory> nodes;  // every target's column
    QStringList lacking;         // display forms, in target order
    std::optional<PushRequest> request; // nullopt: nothing to push (see message) or a failure
    QString message;             // for a person: what will be pushed where, or that nothing is missing
    Failure failure;             // usage (bad image or group), or the worst node that could not be asked
};

// `sync IMAGE --to GROUP` (issue 13): the inventory of the targets, then one PushRequest for exactly the nodes that
// lack the image; the face submits it to its JobRunner (the window's, or fleetctl's own), so the pushes are
// ordinary jobs with history rows. Nodes that could not be asked are left out and named in the failure.
class ImageSync final
{
    Q_DECLARE_TR_FUNCTIONS(ImageSync)

public:
    static SyncPlan plan(const SyncParams &params);
    // The same from an inventory the face already holds (the desktop's Sync missing): no node is asked again.
    static SyncPlan planFrom(const InventoryMatrix &matrix, const QString &image, const QStringList &nodes,
                             int parallel = 4);
};

} // namespace fleet
