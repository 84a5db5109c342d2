#pragma once

#include "transfer/JobUpdate.h"
#include "transfer/ThroughputLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace fleet {

// The jobs of the Jobs panel: one row per job (one node of a push), one column per stage (the panel shows them
// through JobsTreeModel, which groups a multi-node push under one row). It consumes JobRunner's JobUpdate
// snapshots; changes are coalesced and announced at most ~10 times a second as contiguous dataChanged ranges,
// so a fast transfer never floods the view.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)

public:
    enum Column {
        NodeColumn,
        ImageColumn,
        PullColumn, // the stage columns follow StageKind's order
        SaveColumn,
        TransferColumn,
        LoadColumn,
        RunColumn,
        HealthColumn,
        RateColumn,
        EtaColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        JobStateRole,   // int(JobState) of the job
        StageStateRole, // int(JobState) of the column's stage
        StageFractionRole, // 0..1, or -1 when the total is not known
        StageEnabledRole,  // false for a stage the job does not take (JobUpdate::shows)
        MessageRole,
    };

    static constexpr int kFlushIntervalMs = 100;

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static bool isStageColumn(int column) { return column >= PullColumn && column <= HealthColumn; }
    static StageKind stageOfColumn(int column) { return StageKind(column - PullColumn); }

    const JobUpdate &jobAt(int row) const { return m_jobs.at(row); }
    // The live throughput samples of the jobs in the list (the Jobs panel's plot).
    const ThroughputLog &throughput() const { return m_throughput; }
    int rowOf(quint64 id) const { return m_rows.value(id, -1); }
    int count() const { return int(m_jobs.size()); }
    int countInState(JobState state) const;
    int countActive() const; // queued or running

    // Announces pending changes now (the timer does it otherwise).
    void flushPendingChanges();
    // Removes finished jobs (succeeded, failed, cancelled, skipped).
    void removeFinished();

public Q_SLOTS:
    // JobRunner's jobAdded, jobChanged and jobFinished go here (JobRunnerWiring connects them).
    void addJob(const fleet::JobUpdate &job);
    void updateJob(const fleet::JobUpdate &job);
    // The final state shows at once, then jobFinished() tells who reacts to outcomes (JobAlerts).
    void finishJob(const fleet::JobUpdate &job);

Q_SIGNALS:
    // After a flush: counts may have changed (for the status bar).
    void countsChanged();
    void jobFinished(const fleet::JobUpdate &job);

private:
    QString stageText(const JobUpdate &job, StageKind kind) const;

    QList<JobUpdate> m_jobs;
    QHash<quint64, int> m_rows;
    QList<int> m_dirtyRows;
    QTimer m_flushTimer;
    ThroughputLog m_throughput;
};

} // namespace fleet
