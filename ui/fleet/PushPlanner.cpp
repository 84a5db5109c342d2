#include "PushPlanner.h"

namespace fleet {

QList<PushRequest> PushPlanner::plan(const DragPayload &payload, const QStringList &nodes, const PushChoices &choices)
{
    QList<PushRequest> requests;
    if (nodes.isEmpty())
        return requests;
    auto request = [&nodes, &choices] {
        PushRequest made;
        made.nodes = nodes;
        made.mode = choices.mode;
        made.run.enabled = choices.runAfterLoad;
        made.relay = choices.relay && nodes.size() > 1 && choices.mode == TransferMode::Stream;
        if (choices.runAfterLoad) {
            made.run.name = choices.containerName;
            made.run.cpus = choices.cpus;
            made.run.memoryBytes = choices.memoryBytes;
        }
        return made;
    };
    // The source's kind is set here and only here, from the payload's list, never from the name.
    for (const QString &image : payload.images) {
        PushRequest made = request();
        made.source = PushSourceKind::EngineImage;
        made.image = image;
        requests.append(made);
    }
    for (const QString &archive : payload.archives) {
        PushRequest made = request();
        made.source = PushSourceKind::ArchiveFile;
        made.archivePath = archive;
        requests.append(made);
    }
    for (const StoreObjectRef &object : payload.storeObjects) {
        PushRequest made = request();
        made.source = PushSourceKind::StoreObject;
        made.image = object.reference;
        made.storeUrl = object.storeUrl;
        made.via = DeliveryPath::Auto; // the job picks direct (S3, node can fetch) or relay, and says why
        requests.append(made);
    }
    return requests;
}

} // namespace fleet
