#pragma once

#include <QAbstractTableModel>

namespace fleet {

class HistoryReader;

// A table read from the history database a page at a time, newest first, as the view scrolls (canFetchMore /
// fetchMore). Pages are asked by keyset (the smallest id shown so far), so the millionth row costs what the
// first did. Answers come from HistoryReader's thread; an answer to an older question (the filter changed
// meanwhile) is dropped by its ticket.
class HistoryPagedModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPagedModel)

public:
    static constexpr int kPageSize = 200;

    explicit HistoryPagedModel(QObject *parent = nullptr);
    ~HistoryPagedModel() override;

    void setReader(HistoryReader *reader);
    HistoryReader *reader() const { return m_reader; }

    bool canFetchMore(const QModelIndex &parent) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override; // read-only rows
    void fetchMore(const QModelIndex &parent) override;

    // Forgets the rows and asks for the first page again (a filter changed, or new rows were written).
    void reload();
    bool isLoading() const { return m_ticket != 0; }
    bool isExhausted() const { return m_exhausted; }

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

protected:
    // Asks the reader for the page of rows older than `beforeId` (0: the newest); returns its ticket.
    virtual quint64 requestPage(qint64 beforeId) = 0;
    virtual qint64 lastId() const = 0; // id of the last (oldest) row shown, 0 when none
    virtual void clearRows() = 0;      // called between beginResetModel and endResetModel
    virtual void connectReader(HistoryReader *reader) = 0;

    // For the reader's answer: true if it answers the question pending now. The question stays pending until
    // pageReceived(), so a fetchMore() from a view reacting to the inserted rows does not ask for the same page.
    bool isAnswer(quint64 ticket) const { return ticket != 0 && ticket == m_ticket; }
    void pageReceived(int rows);

private:
    void onFailed(quint64 ticket, const QString &message);

    HistoryReader *m_reader = nullptr;
    quint64 m_ticket = 0;
    bool m_exhausted = false;
};

} // namespace fleet
