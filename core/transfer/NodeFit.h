#pragma once

#include "model/Node.h"
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
};

} // namespace fleet
