#include "JobsTreeModel.h"

#include "transfer/JobRate.h"
#include "util/Format.h"

#include <QFont>
#include <QSet>

namespace fleet {

JobsTreeModel::JobsTreeModel(JobsModel *jobs, QObject *parent)
    : QAbstractItemModel(parent)
    , m_jobs(jobs)
{
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertJobs(first, last); });
    // Before the jobs go: their ids can still be read.
    connect(m_jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeJobs(first, last); });
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                changeJobs(topLeft.row(), bottomRight.row());
            });
    connect(m_jobs, &QAbstractItemModel::modelReset, this, &JobsTreeModel::rebuild);
    rebuild();
}

JobsTreeModel::~JobsTreeModel() = default;

// --- structure: top-level rows have internal id 0, a batch's job rows carry the batchId

QModelIndex JobsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= JobsModel::ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (!isBatch(parent) || parent.column() != 0)
        return {};
    const Row &batch = m_rows.at(parent.row());
    return row < batch.children.size() ? createIndex(row, column, quintptr(batch.batchId)) : QModelIndex();
}

QModelIndex JobsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int top = topRowOfBatch(quint64(child.internalId()));
    return top < 0 ? QModelIndex() : createIndex(top, 0, quintptr(0));
}

int JobsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    return isBatch(parent) && parent.column() == 0 ? int(m_rows.at(parent.row()).children.size()) : 0;
}

int JobsTreeModel::columnCount(const QModelIndex &) const
{
    return JobsModel::ColumnCount;
}

bool JobsTreeModel::isBatch(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == 0 && index.row() < m_rows.size()
        && m_rows.at(index.row()).batchId != 0;
}

quint64 JobsTreeModel::jobIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    if (index.internalId() != 0) {
        const int top = topRowOfBatch(quint64(index.internalId()));
        return top < 0 ? 0 : m_rows.at(top).children.value(index.row());
    }
    return index.row() < m_rows.size() ? m_rows.at(index.row()).jobId : 0;
}

QList<quint64> JobsTreeModel::jobIdsAt(const QModelIndex &index) const
{
    if (isBatch(index))
        return m_rows.at(index.row()).children;
    const quint64 id = jobIdAt(index);
    return id ? QList<quint64>{id} : QList<quint64>{};
}

QModelIndex JobsTreeModel::indexOfJob(quint64 id, int column) const
{
    for (int top = 0; top < m_rows.size(); ++top) {
        const Row &row = m_rows.at(top);
        if (row.batchId == 0 && row.jobId == id)
            return index(top, column);
        if (const qsizetype child = row.children.indexOf(id); child >= 0)
            return createIndex(int(child), column, quintptr(row.batchId));
    }
    return {};
}

QModelIndex JobsTreeModel::indexOfBatch(quint64 batchId, int column) const
{
    const int top = topRowOfBatch(batchId);
    return top < 0 ? QModelIndex() : index(top, column);
}

int JobsTreeModel::topRowOfBatch(quint64 batchId) const
{
    for (int top = 0; top < m_rows.size(); ++top)
        if (batchId != 0 && m_rows.at(top).batchId == batchId)
            return top;
    return -1;
}

int JobsTreeModel::topRowOfJob(quint64 id) const
{
    for (int top = 0; top < m_rows.size(); ++top)
        if (m_rows.at(top).batchId == 0 && m_rows.at(top).jobId == id)
            return top;
    return -1;
}

const JobUpdate *JobsTreeModel::job(quint64 id) const
{
    const int row = m_jobs->rowOf(id);
    return row >= 0 && row < m_jobs->count() ? &m_jobs->jobAt(row) : nullptr;
}

QList<const JobUpdate *> JobsTreeModel::batchJobs(const Row &row) const
{
    QList<const JobUpdate *> jobs;
    for (quint64 id : row.children)
        if (const JobUpdate *j = job(id))
            jobs << j;
    return jobs;
}

// --- following JobsModel

void JobsTreeModel::insertJobs(int first, int last)
{
    for (int source = first; source <= last; ++source) {
        const JobUpdate &added = m_jobs->jobAt(source);
        if (topRowOfJob(added.id) >= 0 || indexOfJob(added.id).isValid())
            continue;
        if (const int top = topRowOfBatch(added.batchId); top >= 0) {
            const int child = int(m_rows.at(top).children.size());
            beginInsertRows(index(top, 0), child, child);
            m_rows[top].children << added.id;
            endInsertRows();
            Q_EMIT dataChanged(index(top, 0), index(top, JobsModel::ColumnCount - 1));
            continue;
        }
        // The second job of a request: its first one's flat row becomes the batch's parent row.
        int sibling = -1;
        for (int top = 0; added.batchId != 0 && top < m_rows.size() && sibling < 0; ++top) {
            const JobUpdate *other = m_rows.at(top).batchId == 0 ? job(m_rows.at(top).jobId) : nullptr;
            if (other && other->batchId == added.batchId)
                sibling = top;
        }
        if (sibling < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(Row{0, added.id, {}});
            endInsertRows();
            continue;
        }
        const quint64 firstJob = m_rows.at(sibling).jobId;
        beginRemoveRows({}, sibling, sibling);
        m_rows.removeAt(sibling);
        endRemoveRows();
        beginInsertRows({}, sibling, sibling);
        m_rows.insert(sibling, Row{added.batchId, 0, {firstJob, added.id}});
        endInsertRows();
    }
}

void JobsTreeModel::removeJobs(int first, int last)
{
    QList<quint64> ids;
    for (int source = first; source <= last; ++source)
        ids << m_jobs->jobAt(source).id;
    for (quint64 id : std::as_const(ids)) {
        if (const int top = topRowOfJob(id); top >= 0) {
            beginRemoveRows({}, top, top);
            m_rows.removeAt(top);
            endRemoveRows();
            continue;
        }
        const QModelIndex child = indexOfJob(id);
        if (!child.isValid())
            continue;
        const int top = child.parent().row();
        if (m_rows.at(top).children.size() == 1) { // the batch's last job: the parent row goes with it
            beginRemoveRows({}, top, top);
            m_rows.removeAt(top);
            endRemoveRows();
            continue;
        }
        beginRemoveRows(index(top, 0), child.row(), child.row());
        m_rows[top].children.removeAt(child.row());
        endRemoveRows();
        Q_EMIT dataChanged(index(top, 0), index(top, JobsModel::ColumnCount - 1));
    }
}

void JobsTreeModel::changeJobs(int first, int last)
{
    QSet<int> parents;
    for (int source = qMax(0, first); source <= last && source < m_jobs->count(); ++source) {
        const QModelIndex at = indexOfJob(m_jobs->jobAt(source).id);
        if (!at.isValid())
            continue;
        Q_EMIT dataChanged(at, at.siblingAtColumn(JobsModel::ColumnCount - 1));
        if (at.parent().isValid())
            parents.insert(at.parent().row());
    }
    for (int top : std::as_const(parents))
        Q_EMIT dataChanged(index(top, 0), index(top, JobsModel::ColumnCount - 1));
}

void JobsTreeModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    QHash<quint64, int> sizes;
    for (int source = 0; source < m_jobs->count(); ++source)
        ++sizes[m_jobs->jobAt(source).batchId];
    for (int source = 0; source < m_jobs->count(); ++source) {
        const JobUpdate &j = m_jobs->jobAt(source);
        if (j.batchId == 0 || sizes.value(j.batchId) < 2) {
            m_rows.append(Row{0, j.id, {}});
        } else if (const int top = topRowOfBatch(j.batchId); top >= 0) {
            m_rows[top].children << j.id;
        } else {
            m_rows.append(Row{j.batchId, 0, {j.id}});
        }
    }
    endResetModel();
}

// --- what the rows say

JobState JobsTreeModel::aggregate(const QList<JobState> &states)
{
    bool running = false, queued = false, ended = false;
    int failed = 0, cancelled = 0, succeeded = 0;
    for (JobState state : states) {
        running = running || state == JobState::Running;
        queued = queued || state == JobState::Queued;
        ended = ended || isFinal(state);
        failed += state == JobState::Failed;
        cancelled += state == JobState::Cancelled;
        succeeded += state == JobState::Succeeded;
    }
    if (running || (queued && ended))
        return JobState::Running;
    if (queued || states.isEmpty())
        return JobState::Queued;
    if (failed)
        return JobState::Failed;
    if (cancelled)
        return JobState::Cancelled;
    return succeeded ? JobState::Succeeded : JobState::Skipped;
}

QVariant JobsTreeModel::batchData(const Row &row, int column, int role) const
{
    const QList<const JobUpdate *> jobs = batchJobs(row);
    if (jobs.isEmpty())
        return {};
    QList<JobState> states;
    int ended = 0, failed = 0, running = 0;
    bool allPushes = true;
    QSet<QString> images;
    for (const JobUpdate *j : jobs) {
        states << j->state;
        ended += isFinal(j->state);
        failed += j->state == JobState::Failed;
        running += j->state == JobState::Running;
        allPushes = allPushes && (j->action == JobAction::Push || j->action == JobAction::SifSync);
        images.insert(j->image);
    }
    const JobState state = aggregate(states);
    const int n = int(jobs.size());

    // One stage over the batch: its jobs' states, their mean fraction (unknown while a running one has no total).
    struct Stage
    {
        bool shown = false;
        JobState state = JobState::Queued;
        double fraction = -1;
        qint64 bytes = 0;
    };
    const auto stageOf = [&jobs](StageKind kind) {
        Stage stage;
        QList<JobState> stageStates;
        double sum = 0;
        bool known = true;
        for (const JobUpdate *j : jobs) {
            if (!j->shows(kind))
                continue;
            const StageRecord &record = j->stageRecord(kind);
            stage.shown = true;
            stageStates << record.state;
            stage.bytes += record.progress.done;
            if (record.state == JobState::Succeeded || record.state == JobState::Skipped)
                sum += 1.0;
            else if (record.state == JobState::Running && record.progress.total <= 0)
                known = false;
            else if (record.state != JobState::Queued)
                sum += record.progress.fraction();
        }
        stage.state = aggregate(stageStates);
        if (!stageStates.isEmpty() && known)
            stage.fraction = sum / double(stageStates.size());
        return stage;
    };

    switch (role) {
    case Qt::DisplayRole:
        if (JobsModel::isStageColumn(column)) {
            const Stage stage = stageOf(JobsModel::stageOfColumn(column));
            if (!stage.shown)
                return m_jobs->index(m_jobs->rowOf(jobs.first()->id), column).data();
            switch (stage.state) {
            case JobState::Queued:
                return JobsModel::tr("waiting");
            case JobState::Running:
                return stage.fraction >= 0 ? QStringLiteral("%1 %").arg(int(stage.fraction * 100.0 + 0.5))
                                           : formatBytes(stage.bytes);
            case JobState::Succeeded:
                return JobsModel::tr("done");
            case JobState::Skipped:
                return JobsModel::tr("skipped");
            case JobState::Failed:
                return JobsModel::tr("failed");
            case JobState::Cancelled:
                return JobsModel::tr("cancelled");
            }
            return {};
        }
        switch (column) {
        case JobsModel::NodeColumn:
            return allPushes ? tr("%1 of %n node(s) done", nullptr, n).arg(ended)
                             : tr("%1 of %n job(s) done", nullptr, n).arg(ended);
        case JobsModel::ImageColumn:
            return images.size() == 1 ? jobs.first()->image : tr("%n image(s)", nullptr, int(images.size()));
        case JobsModel::RateColumn: {
            // The batch's throughput: what its running jobs move together.
            double sum = 0;
            for (const JobUpdate *j : jobs)
                sum += JobRate::of(*j).bytesPerSecond;
            return formatRate(sum);
        }
        case JobsModel::EtaColumn: {
            // The batch ends with its last job: the longest ETA, unknown while one waits or a running one's is.
            qint64 longest = -1;
            bool unknown = std::count(states.cbegin(), states.cend(), JobState::Queued) > 0;
            for (const JobUpdate *j : jobs) {
                const JobRate rate = JobRate::of(*j);
                if (rate.applies && rate.etaSeconds < 0)
                    unknown = true;
                longest = qMax(longest, rate.etaSeconds);
            }
            return formatDuration(unknown || running == 0 ? -1 : longest);
        }
        case JobsModel::StateColumn:
            return jobStateName(state);
        }
        return {};
    case Qt::ToolTipRole:
    case JobsModel::MessageRole: {
        QStringList parts;
        if (running)
            parts << tr("%n running", nullptr, running);
        if (const int waiting = int(std::count(states.cbegin(), states.cend(), JobState::Queued)))
            parts << tr("%n waiting", nullptr, waiting);
        if (const int succeeded = int(std::count(states.cbegin(), states.cend(), JobState::Succeeded)))
            parts << tr("%n succeeded", nullptr, succeeded);
        if (failed)
            parts << tr("%n failed", nullptr, failed);
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleTextRole:
        return tr("%1 to %2: %3").arg(jobs.first()->image, batchData(row, JobsModel::NodeColumn, Qt::DisplayRole)
                                                               .toString(), jobStateName(state));
    case Qt::TextAlignmentRole:
        return column == JobsModel::RateColumn || column == JobsModel::EtaColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == JobsModel::NodeColumn); // the batch's summary reads as a heading
        return column == JobsModel::NodeColumn ? QVariant(font) : QVariant();
    }
    case JobsModel::JobIdRole:
        return quint64(0);
    case JobsModel::JobStateRole:
        return int(state);
    case JobsModel::StageStateRole:
        return JobsModel::isStageColumn(column) ? QVariant(int(stageOf(JobsModel::stageOfColumn(column)).state))
                                                : QVariant();
    case JobsModel::StageFractionRole: {
        if (!JobsModel::isStageColumn(column))
            return {};
        const Stage stage = stageOf(JobsModel::stageOfColumn(column));
        return stage.state == JobState::Succeeded || stage.state == JobState::Skipped ? 1.0 : stage.fraction;
    }
    case JobsModel::StageEnabledRole:
        return !JobsModel::isStageColumn(column) || stageOf(JobsModel::stageOfColumn(column)).shown;
    case BatchIdRole:
        return row.batchId;
    case ChildCountRole:
        return n;
    default:
        return {};
    }
}

QVariant JobsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isBatch(index))
        return batchData(m_rows.at(index.row()), index.column(), role);
    if (role == BatchIdRole)
        return quint64(0);
    if (role == ChildCountRole)
        return 0;
    const int source = m_jobs->rowOf(jobIdAt(index));
    return source < 0 ? QVariant() : m_jobs->index(source, index.column()).data(role);
}

QVariant JobsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_jobs->headerData(section, orientation, role);
}

Qt::ItemFlags JobsTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isBatch(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace fleet
