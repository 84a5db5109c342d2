#pragma once

#include "history/NodeSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleet {

// The History tab's per-node summary (core/history NodeSummary): jobs, failures, SSH trouble, bytes and the
// average time of each stage, one row per node.
class HistoryNodesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryNodesModel)

public:
    enum Column {
        NodeColumn,
        JobsColumn,
        SucceededColumn,
        FailedColumn,
        SshFailuresColumn,
        RetriesColumn,
        BytesColumn,
        ArchiveColumn,
        PullColumn, // the average of each stage, in StageKind's order
        SaveColumn,
        TransferColumn,
        LoadColumn,
        RunColumn,
        HealthColumn,
        LastColumn,
        ColumnCount
    };

    explicit HistoryNodesModel(QObject *parent = nullptr);
    ~HistoryNodesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSummaries(const QList<NodeSummary> &summaries);
    const NodeSummary &summaryAt(int row) const { return m_rows.at(row); }

private:
    QList<NodeSummary> m_rows;
};

} // namespace fleet
