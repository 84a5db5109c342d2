#pragma once

#include "transfer/JobUpdate.h"

#include <QObject>

namespace fleet {

class NodeListModel;

// Shows each running push on its node's tile (seed 000: the tile says what is happening there): the image, the
// stage and its progress while the job runs (a SIF sync too), nothing once it ended. Store verbs have no tile.
class TileActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileActivity)

public:
    explicit TileActivity(NodeListModel *nodes, QObject *parent = nullptr);
    ~TileActivity() override;

    void jobChanged(const JobUpdate &job);
    void jobFinished(const JobUpdate &job);

    static QString describe(const JobUpdate &job); // "app:1.0.0 · transfer 42 %"
    static bool onANode(const JobUpdate &job);      // pushes and SIF syncs; a store verb's target is a store

private:
    NodeListModel *m_nodes;
};

} // namespace fleet
