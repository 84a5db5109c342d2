#pragma once

#include <QString>

namespace fleet {

// What the last look at a node found.
enum class NodeState {
    Unknown,      // never probed
    Online,       // the Fleet Agent answers
    NotInstalled, // SSH answers, the agent does not
    Offline,      // seen before, silent now
    Unreachable,  // something answers, but not SSH
};

QString nodeStateName(NodeState state);          // "ONLINE", "NOT_INSTALLED", … (stable: stored and printed)
NodeState nodeStateFromName(const QString &name); // Unknown for anything else
QString nodeStateLabel(NodeState state);         // "NOT INSTALLED" — for people

} // namespace fleet
