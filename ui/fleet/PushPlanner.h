#pragma once

#include <optional>

#include "DragPayload.h"
#include "model/Job.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace fleet {

// How a push goes, as the person chose it in the confirm popover (or the choices remembered from the last one).
struct PushChoices
{
    TransferMode mode = TransferMode::Stream;
    bool runAfterLoad = false;
    // With runAfterLoad, for this drop only: a container name (one of that name is replaced once the new one is
    // healthy) and limits the admin changed from the image's defaults (unset: the job takes the catalog's).
    QString containerName;
    std::optional<double> cpus;
    std::optional<qint64> memoryBytes;
    bool relay = false; // several nodes in stream mode: sent once, each node passes it on (push --relay)
};

// The one place where a push gesture becomes PushRequests: a drop on the tiles and the Push action (Ctrl+P) both
// hand it what was chosen (a DragPayload), the nodes and the choices. One request per engine image, archive or
// store archive, each for all the nodes. Whether an entry is an archive, a store object or an engine image is the
// payload's list it came in, never its name: `app:v1.tar` is a legal tag and goes as an image.
class PushPlanner final
{
public:
    static QList<PushRequest> plan(const DragPayload &payload, const QStringList &nodes,
                                   const PushChoices &choices = {});
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::PushChoices)
