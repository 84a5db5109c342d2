#include "HistoryNodesModel.h"

#include "util/Format.h"

namespace fleet {

namespace {
StageKind stageOfColumn(int column)
{
    return StageKind(column - HistoryNodesModel::PullColumn);
}
bool isStageColumn(int column)
{
    return column >= HistoryNodesModel::PullColumn && column <= HistoryNodesModel::HealthColumn;
}
// Stages are often sub-second here: tenths below a minute.
QString stageTime(qint64 ms)
{
    return ms < 60000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1) : formatDuration(ms / 1000);
}
} // namespace

HistoryNodesModel::HistoryNodesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryNodesModel::~HistoryNodesModel() = default;

int HistoryNodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryNodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryNodesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeSummary &s = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == NodeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && isStageColumn(column)) {
        const NodeSummary::StageTimes &t = s.stage(stageOfColumn(column));
        return t.count > 0 ? tr("%Ln stage(s) succeeded; average %1, longest %2", nullptr, int(t.count))
                                 .arg(stageTime(t.averageMs), stageTime(t.maxMs))
                           : tr("No %1 stage succeeded on this node yet").arg(stageName(stageOfColumn(column)));
    }
    if (role == Qt::ToolTipRole && column == SshFailuresColumn)
        return tr("Jobs that failed because the node did not answer or its host key was refused");
    if (role == Qt::ToolTipRole && column == RetriesColumn)
        return tr("Extra attempts stages needed after a transient SSH failure");
    if (role != Qt::DisplayRole)
        return {};
    if (isStageColumn(column)) {
        const NodeSummary::StageTimes &t = s.stage(stageOfColumn(column));
        return t.count > 0 ? stageTime(t.averageMs) : QStringLiteral("—");
    }
    switch (column) {
    case NodeColumn:
        return s.node;
    case JobsColumn:
        return s.jobs;
    case SucceededColumn:
        return s.succeeded;
    case FailedColumn:
        return s.failed;
    case SshFailuresColumn:
        return s.sshFailures;
    case RetriesColumn:
        return s.retries;
    case BytesColumn:
        return formatBytes(s.bytes);
    case ArchiveColumn:
        return s.averageArchive > 0 ? formatBytes(s.averageArchive) : QStringLiteral("—");
    case LastColumn:
        return s.lastJobAt.isValid() ? s.lastJobAt.toLocalTime().toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant HistoryNodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case JobsColumn:
        return tr("Jobs");
    case SucceededColumn:
        return tr("Succeeded");
    case FailedColumn:
        return tr("Failed");
    case SshFailuresColumn:
        return tr("SSH failures");
    case RetriesColumn:
        return tr("Retries");
    case BytesColumn:
        return tr("Sent");
    case ArchiveColumn:
        return tr("Avg. archive");
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
    case LastColumn:
        return tr("Last push");
    }
    return {};
}

void HistoryNodesModel::setSummaries(const QList<NodeSummary> &summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

} // namespace fleet
