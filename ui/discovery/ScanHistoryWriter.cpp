#include "ScanHistoryWriter.h"

#include "WorkerThread.h"

#include "discovery/ScanRecorder.h"
#include "discovery/TargetSet.h"
#include "history/HistoryStore.h"

namespace fleet {

ScanHistoryWriter::ScanHistoryWriter(QString dbPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(dbPath))
    , m_worker(std::make_unique<WorkerThread>(QStringLiteral("scan-history"), WorkerThread::OnExit::FinishQueued))
{
}

ScanHistoryWriter::~ScanHistoryWriter()
{
    m_worker.reset(); // what was posted before is written first
    m_recorder.reset();
    m_store.reset();
}

void ScanHistoryWriter::post(std::function<void()> work)
{
    m_worker->post(std::move(work));
}

void ScanHistoryWriter::fail(const QString &message)
{
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void ScanHistoryWriter::begin(const QStringList &targets)
{
    post([this, targets] {
        m_recorder.reset();
        if (!m_store) {
            m_store = std::make_unique<HistoryStore>();
            if (!m_store->open(m_path)) {
                fail(m_store->errorString());
                m_store.reset();
                return;
            }
        }
        m_recorder = std::make_unique<ScanRecorder>(*m_store);
        if (!m_recorder->begin(targets)) {
            fail(m_recorder->errorString());
            m_recorder.reset();
        }
    });
}

void ScanHistoryWriter::record(const ScanResult &result)
{
    post([this, result] {
        if (m_recorder && !m_recorder->record(result))
            fail(m_recorder->errorString());
    });
}

void ScanHistoryWriter::finish(const TargetSet &targets, const ScanSummary &summary)
{
    post([this, targets, summary] {
        if (!m_recorder)
            return;
        QStringList offline;
        if (!m_recorder->finish(targets, summary, &offline)) {
            fail(m_recorder->errorString());
        } else {
            const qint64 id = m_recorder->scanId();
            QMetaObject::invokeMethod(this, [this, id, offline] { Q_EMIT recorded(id, offline); },
                                      Qt::QueuedConnection);
        }
        m_recorder.reset();
    });
}

} // namespace fleet
