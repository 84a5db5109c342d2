#pragma once

#include "model/NodeState.h"

#include <QSortFilterProxyModel>

namespace fleet {

class NodeListModel;

// Filters the tiles by text (name, address, OS, arch) and state, and sorts them. The source must be a
// NodeListModel: the proxy reads its nodes directly instead of going through QVariant, which keeps a filter
// change over thousands of tiles within a frame.
class NodeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeFilterProxy)

public:
    enum class SortKey { Name, Address, State, LastSeen };

    explicit NodeFilterProxy(QObject *parent = nullptr);
    ~NodeFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Show only nodes in `state`; Unknown shows all.
    void setStateFilter(NodeState state);
    NodeState stateFilter() const { return m_state; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static int stateRank(NodeState state);

public:
    // Case-insensitive, with digit runs compared as numbers: node-2 < node-10, 10.0.0.9 < 10.0.0.10.
    static int naturalCompare(const QString &a, const QString &b);

private:

    NodeListModel *m_nodes = nullptr;
    QString m_text;
    NodeState m_state = NodeState::Unknown;
    SortKey m_sortKey = SortKey::Address;
};

} // namespace fleet
