#pragma once

#include "history/HistoryRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleet {

// The stages of one job from the history database: what each moved, how fast, how many attempts, and its error.
class HistoryStagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStagesModel)

public:
    enum Column { StageColumn, StateColumn, BytesColumn, RateColumn, DurationColumn, AttemptsColumn, ErrorColumn,
                  ColumnCount };

    explicit HistoryStagesModel(QObject *parent = nullptr);
    ~HistoryStagesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setStages(qint64 jobId, const QList<StageRow> &stages);
    qint64 jobId() const { return m_jobId; }
    const StageRow &stageAt(int row) const { return m_stages.at(row); }

private:
    qint64 m_jobId = 0;
    QList<StageRow> m_stages;
};

} // namespace fleet
