#include "history/HistoryReader.h"

#include "history/CsvWriter.h"
#include "util/WorkerThread.h"
#include "history/HistoryStore.h"

#include <QFileInfo>

namespace fleet {

HistoryReader::HistoryReader(QString dbPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(dbPath))
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("history-reader"), WorkerThread::OnExit::DropQueued))
{
}

HistoryReader::~HistoryReader()
{
    // Queries are short, so this wait is too; the connection is closed once its thread has stopped using it.
    m_worker.reset();
    m_store.reset();
}

HistoryStore *HistoryReader::store(quint64 ticket, QString *error)
{
    Q_UNUSED(ticket)
    if (m_store && m_store->isOpen())
        return m_store.get();
    if (!QFileInfo::exists(m_path))
        return nullptr; // no history yet: nothing to show, nothing wrong
    m_store = std::make_unique<HistoryStore>();
    // Read-only when the schema is current; an older file is brought up to date once.
    if (m_store->open(m_path, Database::OpenMode::ReadOnly) || m_store->open(m_path, Database::OpenMode::ReadWrite))
        return m_store.get();
    *error = m_store->errorString();
    m_store.reset();
    return nullptr;
}

quint64 HistoryReader::post(std::function<Answer(HistoryStore *, quint64)> work)
{
    const quint64 ticket = m_nextTicket++;
    m_worker->post([this, ticket, work = std::move(work)] {
            QString error;
            HistoryStore *history = store(ticket, &error);
            Answer answer;
            if (!error.isEmpty())
                answer = [this, ticket, error] { Q_EMIT failed(ticket, error); };
            else
                answer = work(history, ticket);
            QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
        });
    return ticket;
}

quint64 HistoryReader::requestNodes()
{
    return post([this](HistoryStore *history, quint64 ticket) -> Answer {
        QList<Node> nodes = history ? history->nodes() : QList<Node>();
        return [this, ticket, nodes = std::move(nodes)] { Q_EMIT nodesLoaded(ticket, nodes); };
    });
}

quint64 HistoryReader::requestProbes()
{
    return post([this](HistoryStore *history, quint64 ticket) -> Answer {
        QHash<QString, NodeProbeReply> probes;
        if (history)
            for (const auto &[address, record] : history->probes())
                probes.insert(address, record.facts);
        return [this, ticket, probes = std::move(probes)] { Q_EMIT probesLoaded(ticket, probes); };
    });
}

quint64 HistoryReader::requestJobs(const JobFilter &filter)
{
    return post([this, filter](HistoryStore *history, quint64 ticket) -> Answer {
        QList<JobRecord> jobs = history ? history->jobs(filter) : QList<JobRecord>();
        const QString error = history && !history->error().ok() ? history->errorString() : QString();
        if (!error.isEmpty())
            return [this, ticket, error] { Q_EMIT failed(ticket, error); };
        return [this, ticket, jobs = std::move(jobs)] { Q_EMIT jobsLoaded(ticket, jobs); };
    });
}

quint64 HistoryReader::requestJobCount(const JobFilter &filter)
{
    return post([this, filter](HistoryStore *history, quint64 ticket) -> Answer {
        const qint64 count = history ? history->countJobs(filter) : 0;
        return [this, ticket, count] { Q_EMIT jobCountLoaded(ticket, count); };
    });
}

quint64 HistoryReader::requestJobDetails(qint64 jobId)
{
    return post([this, jobId](HistoryStore *history, quint64 ticket) -> Answer {
        QList<StageRow> stages = history ? history->stages(jobId) : QList<StageRow>();
        QList<EventRecord> events = history ? history->events(jobId) : QList<EventRecord>();
        return [this, ticket, jobId, stages = std::move(stages), events = std::move(events)] {
            Q_EMIT jobDetailsLoaded(ticket, jobId, stages, events);
        };
    });
}

quint64 HistoryReader::requestScans(int limit, qint64 beforeId, const QString &text)
{
    return post([this, limit, beforeId, text](HistoryStore *history, quint64 ticket) -> Answer {
        QList<ScanRecord> scans;
        qint64 before = beforeId;
        // Scans are few; a text filter over their targets is applied here, page by page, until a page is full.
        while (history && scans.size() < limit) {
            const QList<ScanRecord> page = history->scans(limit, before);
            for (const ScanRecord &scan : page)
                if (text.isEmpty() || scan.targets.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
                    scans.append(scan);
            if (page.size() < limit)
                break;
            before = page.last().id;
        }
        return [this, ticket, scans = std::move(scans)] { Q_EMIT scansLoaded(ticket, scans); };
    });
}

quint64 HistoryReader::requestNodeSummaries()
{
    return post([this](HistoryStore *history, quint64 ticket) -> Answer {
        QList<NodeSummary> summaries = history ? history->nodeSummaries() : QList<NodeSummary>();
        return [this, ticket, summaries = std::move(summaries)] { Q_EMIT nodeSummariesLoaded(ticket, summaries); };
    });
}

quint64 HistoryReader::requestExport(const JobFilter &filter, const QString &csvPath)
{
    return post([this, filter, csvPath](HistoryStore *history, quint64 ticket) -> Answer {
        CsvWriter csv(csvPath);
        qint64 rows = 0;
        QString error = csv.open() ? QString() : csv.errorString();
        JobFilter page = filter;
        page.limit = 1000;
        page.offset = 0;
        if (error.isEmpty())
            csv.writeRow(CsvWriter::jobHeader());
        while (error.isEmpty() && history) {
            const QList<JobRecord> jobs = history->jobs(page);
            for (const JobRecord &job : jobs)
                csv.writeRow(CsvWriter::jobRow(job));
            rows += jobs.size();
            if (jobs.size() < page.limit)
                break;
            page.beforeId = jobs.last().id; // keyset paging: every page costs the same
        }
        if (error.isEmpty() && !csv.close())
            error = csv.errorString();
        return [this, ticket, rows, error] { Q_EMIT exported(ticket, rows, error); };
    });
}

} // namespace fleet
