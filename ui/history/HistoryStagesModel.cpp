#include "HistoryStagesModel.h"

#include "util/Format.h"

namespace fleet {

HistoryStagesModel::HistoryStagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryStagesModel::~HistoryStagesModel() = default;

int HistoryStagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int HistoryStagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryStagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageRow &stage = m_stages.at(index.row());
    if (role == Qt::ToolTipRole)
        return stage.error.isEmpty() ? QVariant() : QVariant(stage.error);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StageColumn:
        return stageName(stage.kind);
    case StateColumn:
        return jobStateName(stage.state);
    case BytesColumn:
        return stage.bytesTotal > 0 ? tr("%1 of %2").arg(formatBytes(stage.bytesDone), formatBytes(stage.bytesTotal))
                                    : formatBytes(stage.bytesDone);
    case RateColumn:
        return formatRate(double(stage.rateBps));
    case DurationColumn:
        return QStringLiteral("%1 s").arg(stage.durationMs / 1000.0, 0, 'f', 1);
    case AttemptsColumn:
        return stage.attempts;
    case ErrorColumn:
        return stage.error;
    }
    return {};
}

QVariant HistoryStagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case StateColumn:
        return tr("State");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Rate");
    case DurationColumn:
        return tr("Duration");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

Qt::ItemFlags HistoryStagesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

void HistoryStagesModel::setStages(qint64 jobId, const QList<StageRow> &stages)
{
    beginResetModel();
    m_jobId = jobId;
    m_stages = stages;
    endResetModel();
}

} // namespace fleet
