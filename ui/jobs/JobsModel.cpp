#include "JobsModel.h"

#include "transfer/JobRate.h"
#include "util/Format.h"

namespace fleet {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobsModel::flushPendingChanges);
}

JobsModel::~JobsModel() = default;

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobsModel::stageText(const JobUpdate &job, StageKind kind) const
{
    const StageRecord &stage = job.stageRecord(kind);
    if (!job.shows(kind))
        return kind == StageKind::Pull ? QStringLiteral("—") : tr("off");
    switch (stage.state) {
    case JobState::Queued:
        return tr("waiting");
    case JobState::Running:
        return stage.progress.total > 0 ? QStringLiteral("%1 %").arg(stage.progress.percent())
                                        : formatBytes(stage.progress.done);
    case JobState::Succeeded:
        return tr("done");
    case JobState::Skipped:
        return tr("skipped");
    case JobState::Failed:
        return tr("failed");
    case JobState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobUpdate &job = m_jobs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (isStageColumn(column))
            return stageText(job, stageOfColumn(column));
        switch (column) {
        case NodeColumn:
            return job.node;
        case ImageColumn:
            return job.image;
        // The current stage's, when it moves bytes (JobRate: the same as fleetctl's); no ETA without a total.
        case RateColumn:
            return formatRate(JobRate::of(job).bytesPerSecond);
        case EtaColumn:
            return formatDuration(JobRate::of(job).etaSeconds);
        case StateColumn:
            return jobStateName(job.state);
        }
        return {};
    case Qt::ToolTipRole:
    case MessageRole:
        if (isStageColumn(column) && !job.stageRecord(stageOfColumn(column)).error.isEmpty())
            return job.stageRecord(stageOfColumn(column)).error;
        if (isStageColumn(column) && role == Qt::ToolTipRole) {
            // Every stage that moves bytes tells its own bytes, rate and ETA (the columns show the current one's).
            const StageRecord &stage = job.stageRecord(stageOfColumn(column));
            const JobRate rate = JobRate::of(stage);
            if (rate.applies) {
                QString text = stage.progress.total > 0
                    ? tr("%1 of %2").arg(formatBytes(stage.progress.done), formatBytes(stage.progress.total))
                    : formatBytes(stage.progress.done);
                if (rate.bytesPerSecond > 0)
                    text += QStringLiteral(", ") + formatRate(rate.bytesPerSecond);
                if (rate.etaSeconds >= 0)
                    text += QStringLiteral(", ") + tr("%1 left").arg(formatDuration(rate.etaSeconds));
                return text;
            }
        }
        return job.message.isEmpty() ? QVariant() : QVariant(job.message);
    case Qt::AccessibleTextRole:
        return tr("%1 to %2: %3, %4").arg(job.image, job.node, stageName(job.stage), data(index).toString());
    case Qt::TextAlignmentRole:
        return column == RateColumn || column == EtaColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case JobIdRole:
        return job.id;
    case JobStateRole:
        return int(job.state);
    case StageStateRole:
        return isStageColumn(column) ? QVariant(int(job.stageRecord(stageOfColumn(column)).state)) : QVariant();
    case StageFractionRole: {
        if (!isStageColumn(column))
            return {};
        const StageRecord &stage = job.stageRecord(stageOfColumn(column));
        if (stage.state == JobState::Succeeded || stage.state == JobState::Skipped)
            return 1.0;
        return stage.progress.total > 0 ? stage.progress.fraction() : -1.0;
    }
    case StageEnabledRole:
        return !isStageColumn(column) || job.shows(stageOfColumn(column));
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case ImageColumn:
        return tr("Image");
    case PullColumn:
        return tr("Pull");
    case SaveColumn:
        return tr("Save");
    case TransferColumn:
        return tr("Transfer");
    case LoadColumn:
        return tr("Load");
    case RunColumn:
        return tr("Run");
    case HealthColumn:
        return tr("Health");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("ETA");
    case StateColumn:
        return tr("State");
    }
    return {};
}

Qt::ItemFlags JobsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

int JobsModel::countInState(JobState state) const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [state](const JobUpdate &j) { return j.state == state; }));
}

int JobsModel::countActive() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const JobUpdate &j) { return !isFinal(j.state); }));
}

void JobsModel::addJob(const JobUpdate &job)
{
    if (m_rows.contains(job.id)) {
        updateJob(job);
        return;
    }
    m_throughput.record(job);
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_rows.insert(job.id, row);
    m_jobs.append(job);
    endInsertRows();
    Q_EMIT countsChanged();
}

void JobsModel::updateJob(const JobUpdate &job)
{
    const int row = m_rows.value(job.id, -1);
    if (row < 0) {
        addJob(job); // the runner's jobAdded was missed (e.g. the window was created later)
        return;
    }
    m_jobs[row] = job;
    m_throughput.record(job);
    m_dirtyRows.append(row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobsModel::finishJob(const JobUpdate &job)
{
    updateJob(job);
    flushPendingChanges();
    Q_EMIT jobFinished(job);
}

void JobsModel::flushPendingChanges()
{
    m_flushTimer.stop();
    if (m_dirtyRows.isEmpty())
        return;
    std::sort(m_dirtyRows.begin(), m_dirtyRows.end());
    m_dirtyRows.erase(std::unique(m_dirtyRows.begin(), m_dirtyRows.end()), m_dirtyRows.end());
    // One dataChanged per contiguous run of rows.
    int first = m_dirtyRows.first(), last = first;
    for (int i = 1; i <= m_dirtyRows.size(); ++i) {
        if (i < m_dirtyRows.size() && m_dirtyRows.at(i) == last + 1) {
            last = m_dirtyRows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        if (i < m_dirtyRows.size())
            first = last = m_dirtyRows.at(i);
    }
    m_dirtyRows.clear();
    Q_EMIT countsChanged();
}

void JobsModel::removeFinished()
{
    flushPendingChanges();
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (!isFinal(m_jobs.at(row).state))
            continue;
        int first = row;
        while (first > 0 && isFinal(m_jobs.at(first - 1).state))
            --first;
        beginRemoveRows({}, first, row);
        for (int gone = first; gone <= row; ++gone)
            m_throughput.forget(m_jobs.at(gone).id);
        m_jobs.remove(first, row - first + 1);
        // rowOf() holds before the next range goes: whoever follows this model (JobsTreeModel) asks it.
        m_rows.clear();
        for (int kept = 0; kept < m_jobs.size(); ++kept)
            m_rows.insert(m_jobs.at(kept).id, kept);
        endRemoveRows();
        row = first;
    }
    Q_EMIT countsChanged();
}

} // namespace fleet
