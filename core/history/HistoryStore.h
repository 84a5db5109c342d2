#pragma once

#include "history/Database.h"
#include "history/HistoryRecords.h"
#include "history/NodeSummary.h"
#include "model/Failure.h"
#include "model/Node.h"
#include "nodes/NodeProbeReply.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fleet {

// The history of the fleet in SQLite: nodes as last seen, scans, push batches, jobs with their stages, and
// events. The typed API the rest of the app uses; SQL stays in core/history.
//
// Threading: one HistoryStore (= one SQLite connection) per thread, used only on that thread. Never write from
// the UI thread: the GUI's job runner and scanner record from their worker threads, and the history view reads
// through its own store on a worker. Several stores and processes may use one file at once (WAL; writers wait up
// to 5 s for each other).
//
// Errors: writers return false (or -1 for an id), readers an empty result; error() then says what happened and
// what to do (disk full, read-only file, damaged file…). Calls made inside a Transaction on database() join it,
// which is how a caller batches many writes.
class HistoryStore final
{
public:
    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    // QStandardPaths::AppDataLocation + "/history.db" (e.g. ~/.local/share/FleetCommander/fleet-commander/).
    static QString defaultPath();

    // Opens the file and brings its schema up to date (ReadWrite), or checks that it is current (ReadOnly).
    bool open(const QString &path = defaultPath(), Database::OpenMode mode = Database::OpenMode::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const DbError &error() const { return m_db.error(); }
    QString errorString() const { return m_db.errorString(); }
    Database &database() { return m_db; }

    // Test seam: the clock that stamps rows (UTC). Default: QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);

    // --- nodes: the fleet as last seen; nothing is ever deleted by a scan.
    // Inserts or updates by address, folding the sighting into the stored node with Node::merge (the rule the
    // tiles use as well): a quick scan does not erase what the agent once told. Invalid firstSeen/lastSeen mean
    // "now".
    bool upsertNode(const Node &node);
    std::optional<Node> node(const QString &address);
    // A node's last probe (schema step 9), replaced by each new one.
    bool recordProbe(const QString &address, const NodeProbeReply &facts);
    std::optional<NodeProbeRecord> probe(const QString &address);
    QList<std::pair<QString, NodeProbeRecord>> probes(); // every node's, by address
    QList<Node> nodes(std::optional<NodeState> state = std::nullopt); // by address
    // Known nodes among `addresses` (the scanned ones that did not answer) become OFFLINE; last_seen is kept.
    // Returns how many changed state, -1 on error.
    int markOffline(const QStringList &addresses);
    // The key under which the node's credentials sit in the system keychain — a reference, never a secret.
    bool setSecretRef(const QString &address, const QString &ref);
    QString secretRef(const QString &address);

    // --- node groups (names checked by NodeGroups::isValidName; nodes by address, case-insensitive)
    // Idempotent: a node already in the group stays once; removing a node that is not in it is no error.
    bool addToGroup(const QString &group, const QStringList &addresses);
    bool removeFromGroup(const QString &group, const QStringList &addresses);
    QStringList nodesInGroup(const QString &group); // sorted
    QStringList groupsOf(const QString &address);   // sorted
    // Every group a node or a wanted image names, sorted by name.
    QList<GroupRecord> groups();
    bool wantImage(const QString &group, const QString &reference);
    bool unwantImage(const QString &group, const QString &reference);
    QStringList wantedImages(const QString &group); // sorted

    // --- scans
    qint64 beginScan(const QStringList &targets);
    // Records counts, duration and error (empty: completed) from `result`; its id is ignored.
    bool finishScan(qint64 id, const ScanRecord &result);
    std::optional<ScanRecord> scan(qint64 id);
    QList<ScanRecord> scans(int limit = 100, qint64 beforeId = 0); // newest first

    // --- jobs: one push to several nodes is one batch, with one job per node.
    qint64 createBatch();
    // State queued. `source` empty: an archive when `archivePath` is set, else an engine image.
    // A store object's job: where it came from and (once chosen) how it reached the node.
    bool setJobStoreSource(qint64 id, const QString &storeUrl, const QString &delivery);
    bool setJobAction(qint64 id, JobAction action);
    bool setJobFailure(qint64 id, FailureKind kind);
    QList<NodeSummary> nodeSummaries(); // push jobs per node, busiest first
    qint64 createJob(qint64 batchId, const QString &image, const QString &imageId, const QString &archivePath,
                     const QString &node, TransferMode mode, std::optional<PushSourceKind> source = std::nullopt);
    // Running stamps started_at (once); a final state stamps finished_at; `bytes` < 0 keeps the recorded value.
    bool setJobState(qint64 id, JobState state, const QString &error = {}, qint64 bytes = -1);
    QList<JobRecord> jobs(const JobFilter &filter = {}); // newest first
    std::optional<JobRecord> job(qint64 id);
    qint64 countJobs(const JobFilter &filter = {}); // ignores limit, offset and beforeId; -1 on error

    // --- stages
    qint64 startStage(qint64 jobId, StageKind kind); // state running, now
    // A checkpoint while the stage runs (one prepared statement; a few per second at most is plenty).
    bool updateStage(qint64 id, qint64 done, qint64 total);
    // A throughput sample of a stage (a later sample at the same time replaces it); read back with stages().
    bool addStageSample(qint64 stageId, qint64 elapsedMs, qint64 bytesDone);
    bool finishStage(qint64 id, JobState state, qint64 done, qint64 total, qint64 durationMs, int attempts,
                     const QString &error = {});
    QList<StageRow> stages(qint64 jobId); // in the order they started

    // --- events (jobId/scanId 0: not about one)
    qint64 addEvent(EventLevel level, const QString &message, qint64 jobId = 0, qint64 scanId = 0);
    QList<EventRecord> events(qint64 jobId);
    QList<EventRecord> scanEvents(qint64 scanId);

    // Jobs, stages and scans left queued/running by a process that is gone (crashed, killed, power cut) become
    // failed with "interrupted: the application stopped during this job", with the bytes of their last checkpoint
    // (a job's bytes: its transfer stage's). Rows of live processes (this one included) are left alone; an owner
    // is a process, not just a pid (ProcessOwner). Call once at start-up. Returns the number of jobs fixed, -1 on
    // error.
    int recoverInterrupted();

    static QString interruptedMessage()
    {
        return QStringLiteral("interrupted: the application stopped during this job");
    }

private:
    qint64 nowMs() const;
    qint64 insert(Statement &statement);

    Database m_db;
    std::function<QDateTime()> m_clock;
    QString m_owner; // "<boot id>/<pid>": which process wrote a running row (see recoverInterrupted)
};

} // namespace fleet
