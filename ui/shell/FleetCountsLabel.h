#pragma once

#include <QLabel>

class QTimer;

namespace fleet {

class JobsModel;
class NodeListModel;

// The status bar's "8 nodes · 2 online · … · 1 jobs running" line. Both models change often (telemetry, job
// progress), so it is recomputed at most every 100 ms.
class FleetCountsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetCountsLabel)

public:
    FleetCountsLabel(const NodeListModel *nodes, const JobsModel *jobs, QWidget *parent = nullptr);
    ~FleetCountsLabel() override;

    void updateCounts();

private:
    const NodeListModel *m_nodes;
    const JobsModel *m_jobs;
    QTimer *m_timer = nullptr;
};

} // namespace fleet
