#pragma once

#include "model/Throughput.h"

#include "model/Job.h"
#include "nodes/NodeProbeReply.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// The rows HistoryStore reads and writes. Times are UTC; an invalid QDateTime means "not yet" (a job that has not
// started, a scan that has not finished). Ids are positive; 0 means none.

// One job: one image pushed to one node. A push to several nodes is one batch with one job per node.
struct JobRecord
{
    qint64 id = 0;
    qint64 batchId = 0;
    QString image;       // the reference the user pushed, e.g. "fleetlab/test:1.0.0"
    QString imageId;     // sha256:… when known
    QString archivePath; // a docker-save archive pushed from a file, else empty
    PushSourceKind source = PushSourceKind::EngineImage;
    JobAction action = JobAction::Push; // a store verb's `node` is the store's location
    QString storeUrl;    // a store object's STORE-URL, else empty
    QString delivery;    // a store object's path to the node: "relay" or "direct" (empty until it was chosen)
    QString node;        // the node's address
    TransferMode mode = TransferMode::Stream;
    JobState state = JobState::Queued;
    QDateTime createdAt, startedAt, finishedAt;
    qint64 bytes = 0; // bytes sent to the node
    QString error;

    // How it ran, for a column: a store verb's name ("store-put"), a store push's path ("relay", "direct"), else
    // the transfer mode ("stream", "scp").
    QString method() const
    {
        if (action != JobAction::Push)
            return jobActionName(action);
        return delivery.isEmpty() ? transferModeName(mode) : delivery;
    }

    // Wall time from start to finish (or -1 while it has not both started and finished).
    qint64 durationMs() const
    {
        return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : -1;
    }
};

// One stage of a job (save, transfer, load, run), with what it moved and how fast.
struct StageRow
{
    qint64 id = 0;
    qint64 jobId = 0;
    StageKind kind = StageKind::Save;
    JobState state = JobState::Running;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // unknown
    QDateTime startedAt;
    qint64 durationMs = 0; // to the last checkpoint while running, then the whole stage
    qint64 rateBps = 0;    // bytes per second over durationMs
    int attempts = 1;
    QString error;
    QList<ThroughputPoint> samples; // bytes done over time (schema step 8), for the throughput plot
};

// One discovery scan: what was asked and what was found.
struct ScanRecord
{
    qint64 id = 0;
    QDateTime startedAt, finishedAt;
    QStringList targets; // as the user gave them: CIDRs, hosts, @ssh-config…
    qint64 durationMs = 0;
    int hostsTotal = 0; // addresses probed
    int found = 0;      // addresses that answered at all
    int online = 0, notInstalled = 0, offline = 0, unreachable = 0;
    QString error; // empty when the scan completed
};

enum class EventLevel { Info, Warning, Error };

inline QString eventLevelName(EventLevel level)
{
    switch (level) {
    case EventLevel::Warning:
        return QStringLiteral("warning");
    case EventLevel::Error:
        return QStringLiteral("error");
    case EventLevel::Info:
        break;
    }
    return QStringLiteral("info");
}

inline EventLevel eventLevelFromName(const QString &name)
{
    if (name == QLatin1String("warning"))
        return EventLevel::Warning;
    return name == QLatin1String("error") ? EventLevel::Error : EventLevel::Info;
}

// A line of a job's or a scan's log ("retrying transfer (2/3): connection reset").
struct EventRecord
{
    qint64 id = 0;
    qint64 jobId = 0;  // 0: not about a job
    qint64 scanId = 0; // 0: not about a scan
    QDateTime at;
    EventLevel level = EventLevel::Info;
    QString message;
};

// Which jobs to list, newest first. Page either by `offset` or, cheaper for deep pages, by keyset: pass the
// smallest id of the previous page as `beforeId`.
// A node group (schema step 7): its member nodes (addresses) and the images it should hold (references as written
// by `fleetctl group want`), both sorted.
struct GroupRecord
{
    QString name;
    QStringList nodes;
    QStringList wanted;
};

// A node's last probe (schema step 9).
struct NodeProbeRecord
{
    NodeProbeReply facts;
    qint64 probedAtMs = 0; // unix ms, UTC
};

struct JobFilter
{
    int limit = 200;
    int offset = 0;
    qint64 beforeId = 0;           // only jobs with id < beforeId (0: from the newest)
    QString node;                  // exact address, case-insensitive; empty: any
    std::optional<JobState> state; // empty: any
    QString text;                  // prefix of the image or the node, case-insensitive; empty: any
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::JobRecord)
Q_DECLARE_METATYPE(fleet::ScanRecord)
