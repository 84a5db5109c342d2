#pragma once

#include "actions/FleetSettings.h"
#include "ssh/SshOptions.h"

#include <QString>

namespace fleet {

// What every action needs to know about where it runs: the history file, the local engine, how to reach nodes
// and the shared settings. Each face fills it once (fleetctl from its options, the GUI from its session) and hands
// copies to actions; it holds no secret and no live object, so a worker thread may own its copy.
struct ActionContext
{
    QString dbPath;
    QString dockerHost; // empty: $DOCKER_HOST or the default socket
    SshOptions ssh;     // identity, known_hosts, timeouts, unknown-host-key policy
    QString sshUser;    // default login when a node names none
    FleetSettings settings;

    // "host", "host:port" or "user@host[:port]", with sshUser as the default user.
    SshTarget target(const QString &node) const { return SshTarget::parse(node, sshUser); }
};

} // namespace fleet
