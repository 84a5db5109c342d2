#pragma once

#include "history/HistoryRecords.h"
#include "history/NodeSummary.h"
#include "model/Node.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace fleet {

class HistoryStore;
class WorkerThread;

// Reads the history database for the views on a thread of its own, so the UI thread never waits on SQLite.
// Requests return a ticket at once; the answer arrives as a signal (on the reader's thread, i.e. the UI thread)
// carrying that ticket, so a view can drop answers to questions it no longer asks. Only HistoryStore's API is
// used: the SQL stays in core/history. A missing database file is an empty history, not an error.
class HistoryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReader)

public:
    explicit HistoryReader(QString dbPath, QObject *parent = nullptr);
    ~HistoryReader() override;

    QString path() const { return m_path; }

    quint64 requestNodes();
    quint64 requestJobs(const JobFilter &filter);
    quint64 requestJobCount(const JobFilter &filter);
    quint64 requestJobDetails(qint64 jobId);
    quint64 requestScans(int limit, qint64 beforeId, const QString &text);
    quint64 requestNodeSummaries();
    // Every node's last probe (schema step 9), by address.
    quint64 requestProbes();
    // Writes every job the filter selects (limit ignored) as CSV, page by page.
    quint64 requestExport(const JobFilter &filter, const QString &csvPath);

Q_SIGNALS:
    void nodesLoaded(quint64 ticket, const QList<fleet::Node> &nodes);
    void jobsLoaded(quint64 ticket, const QList<fleet::JobRecord> &jobs);
    void jobCountLoaded(quint64 ticket, qint64 count);
    void jobDetailsLoaded(quint64 ticket, qint64 jobId, const QList<fleet::StageRow> &stages,
                          const QList<fleet::EventRecord> &events);
    void scansLoaded(quint64 ticket, const QList<fleet::ScanRecord> &scans);
    void nodeSummariesLoaded(quint64 ticket, const QList<fleet::NodeSummary> &summaries);
    void probesLoaded(quint64 ticket, const QHash<QString, fleet::NodeProbeReply> &probes);
    void exported(quint64 ticket, qint64 rows, const QString &error);
    // The database could not be read: the message names the file, the cause and the fix.
    void failed(quint64 ticket, const QString &message);

private:
    // Runs `work` with the store on the reader thread; `work` returns the function that answers on this thread.
    using Answer = std::function<void()>;
    quint64 post(std::function<Answer(HistoryStore *store, quint64 ticket)> work);
    HistoryStore *store(quint64 ticket, QString *error); // on the reader thread

    QString m_path;
    std::unique_ptr<HistoryStore> m_store; // used on m_worker's thread only
    std::unique_ptr<WorkerThread> m_worker; // declared last: stopped before the store goes
    quint64 m_nextTicket = 1;
};

} // namespace fleet
