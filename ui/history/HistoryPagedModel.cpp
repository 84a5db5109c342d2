#include "HistoryPagedModel.h"

#include "history/HistoryReader.h"

namespace fleet {

HistoryPagedModel::HistoryPagedModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryPagedModel::~HistoryPagedModel() = default;

void HistoryPagedModel::setReader(HistoryReader *reader)
{
    if (m_reader == reader)
        return;
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (m_reader) {
        connectReader(m_reader);
        connect(m_reader, &HistoryReader::failed, this, &HistoryPagedModel::onFailed);
    }
    reload();
}

Qt::ItemFlags HistoryPagedModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

bool HistoryPagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && !m_exhausted;
}

void HistoryPagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_ticket != 0)
        return; // one page in flight at a time; the view asks again when it still needs rows
    m_ticket = requestPage(lastId());
}

void HistoryPagedModel::reload()
{
    beginResetModel();
    clearRows();
    m_ticket = 0; // an answer still on its way belongs to the old question
    m_exhausted = false;
    endResetModel();
    if (m_reader)
        fetchMore({});
}

void HistoryPagedModel::pageReceived(int rows)
{
    m_ticket = 0;
    m_exhausted = rows < kPageSize;
    Q_EMIT pageLoaded(rows);
}

void HistoryPagedModel::onFailed(quint64 ticket, const QString &message)
{
    if (!isAnswer(ticket))
        return;
    m_ticket = 0;
    m_exhausted = true; // do not hammer a broken file; reload() tries again
    Q_EMIT loadFailed(message);
}

} // namespace fleet
