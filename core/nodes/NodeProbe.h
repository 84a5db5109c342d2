#pragma once

#include "model/Failure.h"
#include "nodes/NodeProbeReply.h"

#include <QCoreApplication>
#include <QString>

namespace fleet {

class SshSession;

// Asks one node what it runs, in ONE SSH round trip: a quoted POSIX sh script (whatever the login shell is) that
// reports the runtime (docker or podman) and its version, API version and image store, whether this user needs
// `sudo -n` and may use it, the socket, the architecture, GPU and Jetson release, and the free space a push
// needs. Its answer is read by NodeProbeReply::parse.
class NodeProbe final
{
    Q_DECLARE_TR_FUNCTIONS(NodeProbe)

public:
    // The command line the session runs: `sh -c '<script>'`.
    static QString command();
    static QString script();

    // Runs the script on a connected session. A transport failure is a Failure (unreachable); a node without any
    // runtime is a valid reply that says so.
    static NodeProbeReply run(SshSession &session, Failure *failure);

    // The facts' verdict for a push, in a person's words: empty when the node can take images; otherwise why not
    // and the fix (docker missing, the user may not use it: the docker group or a sudoers line, the daemon down).
    static QString refusal(const QString &node, const NodeProbeReply &reply);
    // What such a refusal is to a face: the daemon down is Unreachable (as RemoteDocker says), the rest Failed.
    static FailureKind refusalKind(const NodeProbeReply &reply);
};

} // namespace fleet
