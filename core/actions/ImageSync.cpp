#include "actions/ImageSync.h"

#include "actions/FleetInventory.h"
#include "images/ImageReference.h"

namespace fleet {

SyncPlan ImageSync::plan(const SyncParams &params)
{
    SyncPlan plan;
    const std::optional<HeldImage> image = InventoryDrift::normalize(params.image);
    if (!image) {
        const ImageReference parsed = ImageReference::parse(params.image);
        plan.failure = Failure::make(FailureKind::Usage, parsed.isValid()
                                         ? tr("%1: name the tag to sync (app:1.2.0)").arg(params.image)
                                         : parsed.error());
        return plan;
    }
    if (params.nodes.isEmpty()) {
        plan.failure = Failure::make(FailureKind::Usage, tr("sync needs a group (--to GROUP) or nodes"));
        return plan;
    }
    InventoryParams inventory;
    inventory.context = params.context;
    inventory.nodes = params.nodes;
    inventory.parallel = params.parallel;
    inventory.nodeDone = params.nodeDone;
    inventory.cancel = params.cancel;
    const InventoryResult result = FleetInventory::collect(inventory);
    if (result.failure.kind == FailureKind::Usage || result.matrix.nodes.isEmpty()) {
        plan.image = image->reference;
        plan.failure = result.failure;
        return plan;
    }
    QStringList targets;
    for (const NodeInventory &node : result.matrix.nodes)
        targets << node.node;
    plan = planFrom(result.matrix, image->reference, targets, params.parallel);
    return plan;
}

SyncPlan ImageSync::planFrom(const InventoryMatrix &matrix, const QString &image, const QStringList &nodes,
                             int parallel)
{
    SyncPlan plan;
    const std::optional<HeldImage> normalized = InventoryDrift::normalize(image);
    plan.image = normalized ? normalized->reference : image;
    QStringList unasked;
    QStringList push; // as the targets were written (user@host:port kept)
    for (const QString &node : nodes) {
        const int at = matrix.columnOf(node);
        if (at < 0)
            continue;
        const NodeInventory &column = matrix.nodes.at(at);
        plan.nodes << column;
        if (!column.ok()) {
            unasked << column.display;
            if (plan.failure.ok() || column.failure.kind == FailureKind::HostKey)
                plan.failure = column.failure;
        } else if (!column.find(plan.image)) {
            plan.lacking << column.display;
            push << column.node;
        }
    }
    if (!plan.lacking.isEmpty()) {
        PushRequest request;
        request.image = plan.image;
        request.nodes = push;
        request.parallel = qBound(1, parallel, 256);
        plan.request = request;
        plan.message = tr("%1 goes to %n node(s) that lack it: %2", nullptr, int(plan.lacking.size()))
                           .arg(plan.image, plan.lacking.join(u", "));
    } else {
        plan.message = tr("nothing to do: every node asked holds %1").arg(plan.image);
    }
    if (!unasked.isEmpty())
        plan.message += tr(" (not asked: %1)").arg(unasked.join(u", "));
    return plan;
}

} // namespace fleet
