#pragma once

#include "JobsModel.h"

#include <QAbstractItemModel>
#include <QList>

namespace fleet {

// The Jobs panel's rows over JobsModel's flat list of jobs: the jobs of one multi-node request (same batchId) sit
// under one parent row with their aggregate progress ("3 of 8 nodes done", the worst state), expandable to the
// per-node rows; a single-node request stays a flat row. Same columns and roles as JobsModel, so one delegate
// paints both. It follows JobsModel's signals (already coalesced to ~10 updates a second).
class JobsTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsTreeModel)

public:
    enum Role {
        BatchIdRole = JobsModel::MessageRole + 1, // a parent row's batchId, 0 for a job row
        ChildCountRole,                           // a parent row's number of jobs
    };

    explicit JobsTreeModel(JobsModel *jobs, QObject *parent = nullptr);
    ~JobsTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    JobsModel *jobs() const { return m_jobs; }
    bool isBatch(const QModelIndex &index) const;
    // The job of a job row (0 for a parent row).
    quint64 jobIdAt(const QModelIndex &index) const;
    // The jobs a row stands for: its own, or every job of its batch.
    QList<quint64> jobIdsAt(const QModelIndex &index) const;
    QModelIndex indexOfJob(quint64 id, int column = 0) const;
    QModelIndex indexOfBatch(quint64 batchId, int column = 0) const;

    // A batch's stage (or job) state from its jobs': running while any runs or some wait and others ended;
    // once all ended the worst of them (failed, cancelled, succeeded, skipped).
    static JobState aggregate(const QList<JobState> &states);

private:
    struct Row
    {
        quint64 batchId = 0;     // a parent row's batch; 0 for a flat job row
        quint64 jobId = 0;       // a flat job row's job
        QList<quint64> children; // a parent row's jobs, in submission order
    };

    void insertJobs(int first, int last);
    void removeJobs(int first, int last);
    void changeJobs(int first, int last);
    void rebuild();
    int topRowOfBatch(quint64 batchId) const;
    int topRowOfJob(quint64 id) const;
    const JobUpdate *job(quint64 id) const;
    QList<const JobUpdate *> batchJobs(const Row &row) const;
    QVariant batchData(const Row &row, int column, int role) const;

    JobsModel *m_jobs;
    QList<Row> m_rows;
};

} // namespace fleet
