#include "model/Node.h"

namespace fleet {

void Node::merge(const Node &newer)
{
    const auto take = [](QString &into, const QString &from) {
        if (!from.isEmpty())
            into = from;
    };
    take(user, newer.user);
    take(hostName, newer.hostName);
    take(os, newer.os);
    take(arch, newer.arch);
    take(kernel, newer.kernel);
    take(sshBanner, newer.sshBanner);
    take(source, newer.source);
    // An SSH daemon answering where no agent does means the agent is gone, and what it reported with it; silence
    // or a broken answer proves nothing about it.
    const bool agentGone = newer.state == NodeState::NotInstalled;
    if (!newer.agentVersion.isEmpty() || agentGone)
        agentVersion = newer.agentVersion;
    // The port that answered SSH is the port; a sighting that did not reach SSH (agent telemetry) does not know it.
    if (!newer.sshBanner.isEmpty() && newer.sshPort != 0)
        sshPort = newer.sshPort;
    if (newer.state != NodeState::Unknown)
        state = newer.state;
    if (newer.firstSeen.isValid() && (!firstSeen.isValid() || newer.firstSeen < firstSeen))
        firstSeen = newer.firstSeen;
    if (newer.lastSeen.isValid() && (!lastSeen.isValid() || newer.lastSeen > lastSeen))
        lastSeen = newer.lastSeen;
    if (newer.facts.isKnown() || agentGone)
        facts = newer.facts;
}

} // namespace fleet
