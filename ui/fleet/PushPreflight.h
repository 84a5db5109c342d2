#pragma once

#include "model/Job.h"
#include "model/Node.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fleet {

class ImageLibraryModel;
class NodeListModel;

// Looks at a push before it is submitted, with what the window already knows (the library's catalog metadata,
// the agents' facts), and says what is likely to go wrong there. It warns, never refuses: the facts may be old,
// and the person decides. Today: an image that needs a GPU going to a node whose agent reports none.
class PushPreflight final
{
    Q_DECLARE_TR_FUNCTIONS(PushPreflight)

public:
    // The agent answered with facts and found no GPU. A node without an agent (or whose agent has not
    // answered yet) is not known to lack one.
    static bool reportsNoGpu(const Node &node);
    // The nodes of `request` that lack the GPU its image needs (empty for archives and images not listed).
    static QStringList nodesWithoutGpu(const PushRequest &request, const ImageLibraryModel &images,
                                       const NodeListModel &nodes);
    // One text for all requests, naming the images, the nodes and what to do; empty when nothing is wrong.
    static QString gpuWarning(const QList<PushRequest> &requests, const ImageLibraryModel &images,
                              const NodeListModel &nodes);

private:
    static QString listNodes(const QStringList &nodes);
};

} // namespace fleet
