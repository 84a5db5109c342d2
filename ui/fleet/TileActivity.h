#pragma once

#include "transfer/JobUpdate.h"

#include <QObject>

namespace fleet {

class NodeListModel;

// Shows each running push on its node's tile (seed 000: the tile says what is happening there): the image, the
// stage and its progress while the job runs, nothing once it ended. Store verbs have no tile.
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

private:
    NodeListModel *m_nodes;
};

} // namespace fleet
