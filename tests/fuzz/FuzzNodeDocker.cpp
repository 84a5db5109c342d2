#include "FuzzSupport.h"

#include "actions/NodePrune.h"

using namespace fleet;

// What a node's docker answers to `docker image inspect` / `docker container inspect` (one JSON object per line),
// as the prune plan reads it: untrusted, bounded, bad lines skipped. A plan made of it keeps every image a
// container uses.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QList<NodePrune::NodeImage> images = NodePrune::parseImages(split < 0 ? input : input.left(split));
    const QList<NodePrune::NodeContainer> containers = NodePrune::parseContainers(split < 0 ? QByteArray()
                                                                                          : input.mid(split + 1));
    FLEET_FUZZ_ASSERT(images.size() <= NodePrune::kMaxImages);
    NodePrune::StoreIndex index;
    for (const NodePrune::NodeImage &image : images)
        index.insert(image.id, {QStringLiteral("store"), QStringLiteral("app:1.0")});
    const NodePrunePlan plan = NodePrune::planNode(QStringLiteral("127.0.0.1"), images, containers, index);
    QSet<QString> used;
    for (const NodePrune::NodeContainer &c : containers)
        used.insert(c.imageId);
    for (const auto &candidate : plan.remove)
        FLEET_FUZZ_ASSERT(!used.contains(candidate.id));
    return 0;
}
