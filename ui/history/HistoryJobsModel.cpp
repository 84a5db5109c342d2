#include "HistoryJobsModel.h"

#include "util/Format.h"
#include "history/HistoryReader.h"

#include <QFileInfo>
#include <QLocale>

namespace fleet {

HistoryJobsModel::HistoryJobsModel(QObject *parent)
    : HistoryPagedModel(parent)
{
}

HistoryJobsModel::~HistoryJobsModel() = default;

int HistoryJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int HistoryJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    if (role == JobIdRole)
        return job.id;
    if (role == JobStateRole)
        return int(job.state);
    if (role == Qt::ToolTipRole && !job.error.isEmpty())
        return job.error;
    if (role == Qt::TextAlignmentRole)
        return index.column() == IdColumn || index.column() == DurationColumn || index.column() == BytesColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return job.id;
    case CreatedColumn:
        return QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat);
    case NodeColumn:
        return job.node;
    case ImageColumn:
        return job.image.isEmpty() ? QFileInfo(job.archivePath).fileName() : job.image;
    case ModeColumn:
        return job.method();
    case StateColumn:
        return jobStateName(job.state);
    case DurationColumn:
        return job.durationMs() >= 0 ? formatDuration((job.durationMs() + 500) / 1000) : QStringLiteral("—");
    case BytesColumn:
        return formatBytes(job.bytes);
    case ErrorColumn:
        return job.error.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant HistoryJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return HistoryPagedModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Job");
    case CreatedColumn:
        return tr("Created");
    case NodeColumn:
        return tr("Node");
    case ImageColumn:
        return tr("Image");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Sent");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

void HistoryJobsModel::setFilter(const JobFilter &filter)
{
    m_filter = filter;
    reload();
}

int HistoryJobsModel::rowOfJob(qint64 id) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).id == id)
            return row;
    return -1;
}

quint64 HistoryJobsModel::requestPage(qint64 beforeId)
{
    JobFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = 0;
    page.beforeId = beforeId;
    return reader()->requestJobs(page);
}

void HistoryJobsModel::connectReader(HistoryReader *reader)
{
    connect(reader, &HistoryReader::jobsLoaded, this, &HistoryJobsModel::onJobsLoaded);
}

void HistoryJobsModel::onJobsLoaded(quint64 ticket, const QList<JobRecord> &jobs)
{
    if (!isAnswer(ticket))
        return;
    if (!jobs.isEmpty()) {
        const int first = int(m_jobs.size());
        beginInsertRows({}, first, first + int(jobs.size()) - 1);
        m_jobs.append(jobs);
        endInsertRows();
    }
    pageReceived(int(jobs.size()));
}

} // namespace fleet
