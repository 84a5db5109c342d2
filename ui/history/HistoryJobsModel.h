#pragma once

#include "HistoryPagedModel.h"
#include "history/HistoryRecords.h"

#include <QList>

namespace fleet {

// Past and present jobs from the history database, newest first, filtered by text (prefix of image or node),
// node and state, loaded a page at a time.
class HistoryJobsModel final : public HistoryPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryJobsModel)

public:
    enum Column { IdColumn, CreatedColumn, NodeColumn, ImageColumn, ModeColumn, StateColumn, DurationColumn,
                  BytesColumn, ErrorColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, JobStateRole };

    explicit HistoryJobsModel(QObject *parent = nullptr);
    ~HistoryJobsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The filter (limit and paging fields are the model's own); reloads.
    void setFilter(const JobFilter &filter);
    JobFilter filter() const { return m_filter; }
    const JobRecord &jobAt(int row) const { return m_jobs.at(row); }
    int rowOfJob(qint64 id) const;

protected:
    quint64 requestPage(qint64 beforeId) override;
    qint64 lastId() const override { return m_jobs.isEmpty() ? 0 : m_jobs.last().id; }
    void clearRows() override { m_jobs.clear(); }
    void connectReader(HistoryReader *reader) override;

private:
    void onJobsLoaded(quint64 ticket, const QList<JobRecord> &jobs);

    JobFilter m_filter;
    QList<JobRecord> m_jobs;
};

} // namespace fleet
