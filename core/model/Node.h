#pragma once

#include "model/NodeState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace fleet {

// Live facts a Fleet Agent reports; all optional (negative/empty = not known).
struct NodeFacts
{
    double cpuPercent = -1;
    qint64 memTotal = -1, memUsed = -1;
    qint64 diskTotal = -1, diskFree = -1;
    double load1 = -1;
    int cpuCount = -1;
    QString gpu; // e.g. "NVIDIA A100 (1)" or "Jetson AGX Orin"; empty = none found
    bool dockerAvailable = true;

    // The agent reported these (hello or telemetry); a scan that only saw its port leaves them unknown.
    bool isKnown() const { return cpuCount >= 0 || memTotal >= 0; }
};

// A machine of the fleet as the app knows it: identity, how to reach it, and what was last seen.
struct Node
{
    QString address; // host name or IP as given by the user or a scan; the key
    quint16 sshPort = 22;
    QString user;
    QString hostName; // reported name (agent) or ssh_config alias
    QString os, arch, kernel;
    QString sshBanner;    // "SSH-2.0-OpenSSH_9.2p1 Debian-2"
    QString agentVersion; // empty: no agent seen
    QString source;       // where it was found: cidr, ssh_config, known_hosts, arp, inventory, manual
    NodeState state = NodeState::Unknown;
    QDateTime firstSeen, lastSeen;
    NodeFacts facts;

    QString displayName() const { return hostName.isEmpty() ? address : hostName; }
    bool hasAgent() const { return state == NodeState::Online; }

    // The one rule for folding a newer sighting into what is known, used by the history and the tiles alike:
    // what `newer` says wins, what it does not know keeps the older value. Unknown state, empty text and unknown
    // facts are "does not know"; the port counts when SSH answered on it (a banner); a node seen with SSH but no
    // agent (NOT_INSTALLED) loses the agent's version and facts; firstSeen keeps the earliest, lastSeen the latest.
    void merge(const Node &newer);
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::Node)
