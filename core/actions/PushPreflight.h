#pragma once

#include "model/ImageInfo.h"
#include "model/Job.h"
#include "model/Node.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace fleet {

// Looks at a push before it is submitted, with what is already known (the catalog's metadata, the agents' facts),
// and says what is likely to go wrong there. It warns, never refuses: the facts may be old. The job itself refuses
// a GPU run on a node that shows no GPU, on the node's own answer (PushJob::checkNodeFits; --force-gpu). Today: an image that needs a GPU going to a node whose agent reports none. The desktop asks it with
// what its models hold, fleetctl with the catalog and the history; both show the same words.
class PushPreflight final
{
    Q_DECLARE_TR_FUNCTIONS(PushPreflight)

public:
    using ImageLookup = std::function<std::optional<ImageInfo>(const QString &reference)>;
    using NodeLookup = std::function<std::optional<Node>(const QString &address)>;

    // The agent answered with facts and found no GPU. A node without an agent (or whose agent has not
    // answered yet) is not known to lack one.
    static bool reportsNoGpu(const Node &node);
    // The nodes of `request` that lack the GPU its image needs (empty for archives and images not known).
    static QStringList nodesWithoutGpu(const PushRequest &request, const ImageLookup &images, const NodeLookup &nodes);
    // One text for all requests, naming the images, the nodes and what to do; empty when nothing is wrong.
    static QString gpuWarning(const QList<PushRequest> &requests, const ImageLookup &images, const NodeLookup &nodes);

private:
    static QString listNodes(const QStringList &nodes);
};

} // namespace fleet
