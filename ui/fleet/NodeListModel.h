#pragma once

#include "model/Node.h"
#include "nodes/NodeProbeReply.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace fleet {

// The fleet as tiles: one row per node, keyed by address. Scan results and history merge in by address.
// Tiles take drops (Qt::ItemIsDropEnabled); NodeTileView handles them and PushPlanner makes the requests.
class NodeListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeListModel)

public:
    enum Role {
        NodeRole = Qt::UserRole + 1, // QVariant<Node>
        AddressRole,
        StateRole,  // int(NodeState)
        OsArchRole, // "Debian 12 · x86_64"
        CpuRole,    // fraction 0..1, or -1 when no agent facts
        MemoryRole,
        DiskRole,
        HasAgentRole,
        SubtitleRole, // tile line 2: the address when the name differs, else when it was last seen
        DetailRole,   // tile line 3: OS and architecture, else the SSH server's software
        ActivityRole, // what a push is doing there now ("app:1.0.0 · transfer 42 %"), empty when idle
        ActivityFractionRole, // 0..1 of that stage, -1 when its size is not known
        ManagedContainersRole, // containers Fleet Commander started there and that run, -1 when not known
        ProbeBadgesRole,       // QStringList: the node probe's badges ("podman", "sudo", "L4T R35.4.1"…); empty when
                               // never probed
    };

    // A push's progress on its node's tile (set while the job runs, cleared when it ends).
    struct Activity
    {
        QString text;
        double fraction = -1;
    };

    explicit NodeListModel(QObject *parent = nullptr);
    ~NodeListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces everything (the last-known fleet from history at startup).
    void setNodes(const QList<Node> &nodes);
    // Adds new nodes and updates known ones (Node::merge: the rule the history uses too), in one insert and one
    // change notification.
    void merge(const QList<Node> &nodes);
    void clear();
    void setActivity(const QString &address, const Activity &activity);
    void clearActivity(const QString &address);
    void setManagedContainers(const QString &address, int running);
    // The nodes' last probes (the history's node_probes, or a probe just made), by address.
    void setProbes(const QHash<QString, NodeProbeReply> &probes);
    std::optional<NodeProbeReply> probe(const QString &address) const;

    const Node &nodeAt(int row) const { return m_nodes.at(row); }
    int rowOf(const QString &address) const { return m_rows.value(address, -1); }
    // The node at an address, as core's PushPreflight asks it.
    std::function<std::optional<Node>(const QString &)> nodeLookup() const
    {
        return [this](const QString &address) -> std::optional<Node> {
            const int row = rowOf(address);
            return row >= 0 ? std::optional<Node>(nodeAt(row)) : std::nullopt;
        };
    }
    int count() const { return int(m_nodes.size()); }
    int countInState(NodeState state) const;

    static double fraction(qint64 part, qint64 total);

private:
    QList<Node> m_nodes;
    QHash<QString, int> m_rows;
    QHash<QString, Activity> m_activity;   // by address
    QHash<QString, int> m_managedContainers; // by address
    QHash<QString, NodeProbeReply> m_probes;  // by address
};

} // namespace fleet
