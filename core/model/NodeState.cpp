#include "model/NodeState.h"

namespace fleet {

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Online:
        return QStringLiteral("ONLINE");
    case NodeState::NotInstalled:
        return QStringLiteral("NOT_INSTALLED");
    case NodeState::Offline:
        return QStringLiteral("OFFLINE");
    case NodeState::Unreachable:
        return QStringLiteral("UNREACHABLE");
    case NodeState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

NodeState nodeStateFromName(const QString &name)
{
    for (NodeState s : {NodeState::Online, NodeState::NotInstalled, NodeState::Offline, NodeState::Unreachable})
        if (name.compare(nodeStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    return NodeState::Unknown;
}

QString nodeStateLabel(NodeState state)
{
    QString label = nodeStateName(state);
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label;
}

} // namespace fleet
