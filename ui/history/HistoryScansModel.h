#pragma once

#include "HistoryPagedModel.h"
#include "history/HistoryRecords.h"

#include <QList>

namespace fleet {

// Past discovery scans from the history database, newest first, filtered by the text of their targets.
class HistoryScansModel final : public HistoryPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryScansModel)

public:
    enum Column { StartedColumn, TargetsColumn, ProbedColumn, FoundColumn, OnlineColumn, NotInstalledColumn,
                  OfflineColumn, UnreachableColumn, DurationColumn, ErrorColumn, ColumnCount };

    explicit HistoryScansModel(QObject *parent = nullptr);
    ~HistoryScansModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setText(const QString &text);
    const ScanRecord &scanAt(int row) const { return m_scans.at(row); }

protected:
    quint64 requestPage(qint64 beforeId) override;
    qint64 lastId() const override { return m_scans.isEmpty() ? 0 : m_scans.last().id; }
    void clearRows() override { m_scans.clear(); }
    void connectReader(HistoryReader *reader) override;

private:
    void onScansLoaded(quint64 ticket, const QList<ScanRecord> &scans);

    QString m_text;
    QList<ScanRecord> m_scans;
};

} // namespace fleet
