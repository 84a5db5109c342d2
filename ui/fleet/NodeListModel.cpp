#include "NodeListModel.h"

#include "util/Format.h"

#include <QLocale>

namespace fleet {

NodeListModel::NodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

NodeListModel::~NodeListModel() = default;

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

double NodeListModel::fraction(qint64 part, qint64 total)
{
    return part >= 0 && total > 0 ? qBound(0.0, double(part) / double(total), 1.0) : -1.0;
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &node = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return node.displayName();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%1 (%2): %3").arg(node.displayName(), node.address, nodeStateLabel(node.state));
        if (node.state == NodeState::NotInstalled)
            text += tr(". SSH works but the Fleet Agent is not installed: select the node and use Install agent.");
        if (!node.sshBanner.isEmpty() && role == Qt::ToolTipRole)
            text += QLatin1Char('\n') + node.sshBanner;
        if (const auto it = m_probes.constFind(node.address); it != m_probes.constEnd() && it->valid)
            text += (role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(". ")) + it->summary();
        return text;
    }
    case NodeRole:
        return QVariant::fromValue(node);
    case AddressRole:
        return node.address;
    case StateRole:
        return int(node.state);
    case OsArchRole: {
        QStringList parts;
        if (!node.os.isEmpty())
            parts << node.os;
        if (!node.arch.isEmpty())
            parts << node.arch;
        return parts.join(QStringLiteral(" · "));
    }
    // Usage is live: an agent that went away leaves no stale bars on its tile.
    case CpuRole:
        return node.state == NodeState::Online && node.facts.cpuPercent >= 0
            ? qBound(0.0, node.facts.cpuPercent / 100.0, 1.0)
            : -1.0;
    case MemoryRole:
        return node.state == NodeState::Online ? fraction(node.facts.memUsed, node.facts.memTotal) : -1.0;
    case DiskRole:
        return node.state == NodeState::Online && node.facts.diskTotal > 0 && node.facts.diskFree >= 0
            ? fraction(node.facts.diskTotal - node.facts.diskFree, node.facts.diskTotal)
            : -1.0;
    case HasAgentRole:
        return node.hasAgent();
    case SubtitleRole:
        if (node.displayName() != node.address)
            return node.address;
        return node.lastSeen.isValid()
            ? tr("last seen %1").arg(formatWhen(node.lastSeen))
            : QString();
    case ActivityRole:
        return m_activity.value(node.address).text;
    case ActivityFractionRole:
        return m_activity.value(node.address).fraction;
    case ManagedContainersRole:
        return m_managedContainers.value(node.address, -1);
    case ProbeBadgesRole:
        return m_probes.value(node.address).badges();
    case DetailRole: {
        const QString osArch = data(index, OsArchRole).toString();
        if (!osArch.isEmpty())
            return osArch;
        // "SSH-2.0-OpenSSH_9.2p1 Debian-2" → "OpenSSH_9.2p1 Debian-2": better than nothing until the agent tells.
        const QString software = node.sshBanner.section(QLatin1Char('-'), 2);
        return software.isEmpty() ? tr("OS not known yet") : software;
    }
    default:
        return {};
    }
}

Qt::ItemFlags NodeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // a drop on empty space targets nobody (NodeTileView asks for ItemIsDropEnabled)
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> NodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AddressRole, "address");
    names.insert(StateRole, "state");
    names.insert(OsArchRole, "osArch");
    return names;
}

void NodeListModel::setActivity(const QString &address, const Activity &activity)
{
    m_activity.insert(address, activity);
    const int row = rowOf(address);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ActivityRole, ActivityFractionRole});
}

void NodeListModel::clearActivity(const QString &address)
{
    if (m_activity.remove(address) == 0)
        return;
    const int row = rowOf(address);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ActivityRole, ActivityFractionRole});
}

void NodeListModel::setManagedContainers(const QString &address, int running)
{
    if (m_managedContainers.value(address, -2) == running)
        return;
    m_managedContainers.insert(address, running);
    const int row = rowOf(address);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ManagedContainersRole});
}

void NodeListModel::setProbes(const QHash<QString, NodeProbeReply> &probes)
{
    for (auto it = probes.constBegin(); it != probes.constEnd(); ++it) {
        m_probes.insert(it.key(), it.value());
        const int row = rowOf(it.key());
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {ProbeBadgesRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

std::optional<NodeProbeReply> NodeListModel::probe(const QString &address) const
{
    const auto it = m_probes.constFind(address);
    return it != m_probes.constEnd() ? std::optional<NodeProbeReply>(*it) : std::nullopt;
}

void NodeListModel::setNodes(const QList<Node> &nodes)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.reserve(nodes.size());
    QHash<QString, int> seen;
    for (const Node &node : nodes) {
        const auto it = seen.constFind(node.address);
        if (it != seen.constEnd()) {
            m_nodes[*it].merge(node);
            continue;
        }
        seen.insert(node.address, int(m_nodes.size()));
        m_nodes.append(node);
    }
    m_rows = std::move(seen);
    endResetModel();
}

void NodeListModel::merge(const QList<Node> &nodes)
{
    QList<Node> added;
    QHash<QString, int> addedRows;
    int firstChanged = -1, lastChanged = -1;
    for (const Node &node : nodes) {
        const int row = m_rows.value(node.address, -1);
        if (row >= 0) {
            m_nodes[row].merge(node);
            firstChanged = firstChanged < 0 ? row : qMin(firstChanged, row);
            lastChanged = qMax(lastChanged, row);
        } else if (const auto it = addedRows.constFind(node.address); it != addedRows.constEnd()) {
            added[*it].merge(node);
        } else {
            addedRows.insert(node.address, int(added.size()));
            added.append(node);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
    if (added.isEmpty())
        return;
    const int first = int(m_nodes.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Node &node : std::as_const(added)) {
        m_rows.insert(node.address, int(m_nodes.size()));
        m_nodes.append(node);
    }
    endInsertRows();
}

void NodeListModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_rows.clear();
    endResetModel();
}

int NodeListModel::countInState(NodeState state) const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [state](const Node &n) { return n.state == state; }));
}


} // namespace fleet
