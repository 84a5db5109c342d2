#pragma once

#include "model/Node.h"
#include "nodes/NodeProbeReply.h"
#include "transfer/RemoteDocker.h"

#include <QString>

#include <optional>

namespace fleet {

// Whether an image can go to a node and run there, decided before a byte is sent: its architecture against the
// node's, and a GPU run against the node's GPU. Pure: the job gathers the facts (the history's node record, the
// daemon's `docker info` answer) and says the refusal.
class NodeFit final
{
public:
    struct Facts
    {
        QString node;      // as the job names it
        QString reference; // the image
        QString imageArch, imageVariant; // empty: not known (then not checked)
        std::optional<Node> known;       // the history's record
        RemoteDocker::DaemonInfo daemon; // asked when the history did not know enough
    };

    // The node's architecture: the history's (agent, bootstrap) when it has one, else the daemon's answer.
    static QString nodeArchitecture(const Facts &facts);
    // Empty when the architectures fit (or one is unknown); else the message naming both and the fix.
    static QString architectureRefusal(const Facts &facts);
    // Empty when the node shows a GPU (its agent reports one, or its Docker has the nvidia runtime); else the
    // message naming what was seen and the fixes.
    static QString gpuRefusal(const Facts &facts);
    // Jetson: an image built for one L4T release (or a newer CUDA) on a node whose probe says another. A warning,
    // not a refusal (the catalog may be stale, and the user may know better); empty when it fits or is unknown.
    // `imageL4t` "R35.4.1" or "35.4.1", `imageCuda` "11.4".
    static QString jetsonWarning(const QString &node, const QString &reference, const QString &imageL4t,
                                 const QString &imageCuda, const NodeProbeReply &probe);
    static QString normalizeL4t(const QString &release); // "35.4.1" → "R35.4.1"
};

} // namespace fleet
