#pragma once

#include "discovery/ScanTypes.h"

#include <QObject>

#include <memory>

namespace fleet {

class HistoryStore;
class ScanRecorder;
class TargetSet;
class WorkerThread;

// Records the GUI's scans in the history database (core's ScanRecorder) on a thread of its own, so the dialog
// hands results over and never waits on SQLite. One scan at a time, in order.
class ScanHistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanHistoryWriter)

public:
    explicit ScanHistoryWriter(QString dbPath, QObject *parent = nullptr);
    ~ScanHistoryWriter() override;

    void begin(const QStringList &targets);
    void record(const ScanResult &result);
    void finish(const TargetSet &targets, const ScanSummary &summary);

Q_SIGNALS:
    // The scan row is complete; `offline` are the known nodes it marked OFFLINE.
    void recorded(qint64 scanId, const QStringList &offline);
    void failed(const QString &message);

private:
    void post(std::function<void()> work);
    void fail(const QString &message);

    QString m_path;
    std::unique_ptr<HistoryStore> m_store;     // used on m_worker's thread only
    std::unique_ptr<ScanRecorder> m_recorder;  // likewise
    std::unique_ptr<WorkerThread> m_worker;    // declared last: stopped before the store goes
};

} // namespace fleet
