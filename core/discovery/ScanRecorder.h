#pragma once

#include "discovery/ScanTypes.h"
#include "model/Node.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

namespace fleet {

class HistoryStore;
class TargetSet;

// Writes one scan into the history: the scan row, every node that answered, and — when the scan completed —
// OFFLINE for the known nodes it covered that stayed silent. Nothing is deleted. Use it on the thread that owns
// the HistoryStore (the CLI's main thread, the GUI's history worker).
class ScanRecorder final
{
public:
    explicit ScanRecorder(HistoryStore &store);
    Q_DISABLE_COPY_MOVE(ScanRecorder)

    bool begin(const QStringList &targets);
    bool record(const ScanResult &result);
    // Marks the silent known nodes covered by `targets` OFFLINE (not after a cancelled scan: silence then
    // proves nothing) and writes the counts. `offline` gets the addresses that turned OFFLINE.
    bool finish(const TargetSet &targets, const ScanSummary &summary, QStringList *offline = nullptr);

    qint64 scanId() const { return m_scanId; }
    QString errorString() const;

    // A node as the history keeps it, from what the scan saw. lastSeen/firstSeen are `now` (the store keeps the
    // first firstSeen it was given).
    static Node toNode(const ScanResult &result, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    HistoryStore &m_store;
    qint64 m_scanId = -1;
    QSet<QString> m_seen;
    int m_online = 0, m_notInstalled = 0, m_unreachable = 0;
};

} // namespace fleet
