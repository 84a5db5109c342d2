#include "HistoryScansModel.h"

#include "util/Format.h"
#include "history/HistoryReader.h"

#include <QLocale>

namespace fleet {

HistoryScansModel::HistoryScansModel(QObject *parent)
    : HistoryPagedModel(parent)
{
}

HistoryScansModel::~HistoryScansModel() = default;

int HistoryScansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scans.size());
}

int HistoryScansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryScansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScanRecord &scan = m_scans.at(index.row());
    if (role == Qt::ToolTipRole)
        return scan.error.isEmpty() ? scan.targets.join(QLatin1Char('\n')) : scan.error;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ProbedColumn && index.column() <= DurationColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return QLocale().toString(scan.startedAt.toLocalTime(), QLocale::ShortFormat);
    case TargetsColumn:
        return scan.targets.join(QStringLiteral(" "));
    case ProbedColumn:
        return scan.hostsTotal;
    case FoundColumn:
        return scan.found;
    case OnlineColumn:
        return scan.online;
    case NotInstalledColumn:
        return scan.notInstalled;
    case OfflineColumn:
        return scan.offline;
    case UnreachableColumn:
        return scan.unreachable;
    case DurationColumn:
        return scan.finishedAt.isValid() ? QStringLiteral("%1 s").arg(scan.durationMs / 1000.0, 0, 'f', 1)
                                         : tr("running");
    case ErrorColumn:
        return scan.error;
    }
    return {};
}

QVariant HistoryScansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return HistoryPagedModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case TargetsColumn:
        return tr("Targets");
    case ProbedColumn:
        return tr("Probed");
    case FoundColumn:
        return tr("Found");
    case OnlineColumn:
        return nodeStateLabel(NodeState::Online);
    case NotInstalledColumn:
        return nodeStateLabel(NodeState::NotInstalled);
    case OfflineColumn:
        return nodeStateLabel(NodeState::Offline);
    case UnreachableColumn:
        return nodeStateLabel(NodeState::Unreachable);
    case DurationColumn:
        return tr("Duration");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

void HistoryScansModel::setText(const QString &text)
{
    m_text = text.trimmed();
    reload();
}

quint64 HistoryScansModel::requestPage(qint64 beforeId)
{
    return reader()->requestScans(kPageSize, beforeId, m_text);
}

void HistoryScansModel::connectReader(HistoryReader *reader)
{
    connect(reader, &HistoryReader::scansLoaded, this, &HistoryScansModel::onScansLoaded);
}

void HistoryScansModel::onScansLoaded(quint64 ticket, const QList<ScanRecord> &scans)
{
    if (!isAnswer(ticket))
        return;
    if (!scans.isEmpty()) {
        const int first = int(m_scans.size());
        beginInsertRows({}, first, first + int(scans.size()) - 1);
        m_scans.append(scans);
        endInsertRows();
    }
    pageReceived(int(scans.size()));
}

} // namespace fleet
