#include "history/HistoryStore.h"

#include "history/HistoryRows.h"
#include "history/JobQuery.h"
#include "history/Migrations.h"
#include "history/ProcessOwner.h"
#include "history/Statement.h"
#include "history/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <limits>

namespace fleet {

namespace {

// The text columns are NOT NULL, and "" means "not known"; a null QString would bind NULL.
QString orEmpty(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace

HistoryStore::HistoryStore()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_owner(ProcessOwner::current())
{
}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.db");
}

bool HistoryStore::open(const QString &path, Database::OpenMode mode)
{
    if (!m_db.open(path, mode))
        return false;
    const bool ok = mode == Database::OpenMode::ReadWrite ? Migrations::apply(m_db) : Migrations::checkCurrent(m_db);
    if (!ok) {
        const DbError error = m_db.error();
        m_db.close();
        m_db.fail(error.kind, error.message);
    }
    return ok;
}

void HistoryStore::close()
{
    m_db.close();
}

void HistoryStore::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

qint64 HistoryStore::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

qint64 HistoryStore::insert(Statement &statement)
{
    return statement.run() ? m_db.lastInsertId() : -1;
}

// --- nodes

bool HistoryStore::upsertNode(const Node &sighting)
{
    if (sighting.address.trimmed().isEmpty())
        return m_db.fail(DbError::Other, QStringLiteral("a node without an address cannot be recorded"));
    // Read, fold with Node::merge (the rule the tiles use too), write: one transaction, so a concurrent writer
    // cannot slip in between.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    Node node = sighting;
    node.address = sighting.address.trimmed();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    if (!node.lastSeen.isValid())
        node.lastSeen = now;
    if (!node.firstSeen.isValid())
        node.firstSeen = now;
    if (std::optional<Node> known = this->node(node.address)) {
        known->merge(node);
        node = *known;
    }
    Statement &s = m_db.cached(R"sql(
        INSERT INTO nodes (address, ssh_port, user, host_name, os, arch, kernel, ssh_banner, agent_version, source,
                           state, first_seen, last_seen, facts_json)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT (address) DO UPDATE SET
            ssh_port = excluded.ssh_port, user = excluded.user, host_name = excluded.host_name, os = excluded.os,
            arch = excluded.arch, kernel = excluded.kernel, ssh_banner = excluded.ssh_banner,
            agent_version = excluded.agent_version, source = excluded.source, state = excluded.state,
            first_seen = excluded.first_seen, last_seen = excluded.last_seen, facts_json = excluded.facts_json)sql");
    s.bind(1, node.address).bind(2, int(node.sshPort)).bind(3, orEmpty(node.user))
        .bind(4, orEmpty(node.hostName)).bind(5, orEmpty(node.os)).bind(6, orEmpty(node.arch))
        .bind(7, orEmpty(node.kernel)).bind(8, orEmpty(node.sshBanner)).bind(9, orEmpty(node.agentVersion))
        .bind(10, orEmpty(node.source)).bind(11, nodeStateName(node.state))
        .bind(12, HistoryRows::toMs(node.firstSeen))
        .bind(13, HistoryRows::toMs(node.lastSeen))
        .bind(14, HistoryRows::factsToJson(node.facts));
    return s.run() && transaction.commit();
}

std::optional<Node> HistoryStore::node(const QString &address)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kNodeColumns + " FROM nodes WHERE address = ?1");
    s.bind(1, address.trimmed());
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    return HistoryRows::node(s);
}

bool HistoryStore::recordProbe(const QString &address, const NodeProbeReply &facts)
{
    Statement s(m_db, "INSERT INTO node_probes (node, probed_at, facts) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT(node) DO UPDATE SET probed_at = excluded.probed_at, facts = excluded.facts");
    s.bind(1, address.trimmed())
        .bind(2, nowMs())
        .bind(3, QString::fromUtf8(QJsonDocument(facts.toJson()).toJson(QJsonDocument::Compact)));
    return s.step() == Statement::Step::Done;
}

std::optional<NodeProbeRecord> HistoryStore::probe(const QString &address)
{
    Statement s(m_db, "SELECT probed_at, facts FROM node_probes WHERE node = ?1");
    s.bind(1, address.trimmed());
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    NodeProbeRecord record;
    record.probedAtMs = s.columnInt64(0);
    record.facts = NodeProbeReply::fromJson(QJsonDocument::fromJson(s.columnText(1).toUtf8()).object());
    return record;
}

QList<std::pair<QString, NodeProbeRecord>> HistoryStore::probes()
{
    Statement s(m_db, "SELECT node, probed_at, facts FROM node_probes ORDER BY node");
    QList<std::pair<QString, NodeProbeRecord>> result;
    while (s.step() == Statement::Step::Row) {
        NodeProbeRecord record;
        record.probedAtMs = s.columnInt64(1);
        record.facts = NodeProbeReply::fromJson(QJsonDocument::fromJson(s.columnText(2).toUtf8()).object());
        result.append({s.columnText(0), record});
    }
    return result;
}

QList<Node> HistoryStore::nodes(std::optional<NodeState> state)
{
    QByteArray sql = QByteArray("SELECT ") + HistoryRows::kNodeColumns + " FROM nodes";
    if (state)
        sql += " WHERE state = ?1";
    Statement s(m_db, sql + " ORDER BY address");
    if (state)
        s.bind(1, nodeStateName(*state));
    QList<Node> result;
    while (s.step() == Statement::Step::Row)
        result << HistoryRows::node(s);
    return result;
}

int HistoryStore::markOffline(const QStringList &addresses)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return -1;
    Statement s(m_db, "UPDATE nodes SET state = ?1 WHERE address = ?2 AND state <> ?1");
    int changed = 0;
    for (const QString &address : addresses) {
        s.reset();
        s.bind(1, nodeStateName(NodeState::Offline)).bind(2, address.trimmed());
        if (!s.run())
            return -1;
        changed += m_db.changes();
    }
    return transaction.commit() ? changed : -1;
}

bool HistoryStore::setSecretRef(const QString &address, const QString &ref)
{
    Statement s(m_db, "UPDATE nodes SET secret_ref = ?1 WHERE address = ?2");
    s.bind(1, orEmpty(ref)).bind(2, address.trimmed());
    if (!s.run())
        return false;
    return m_db.changes() == 1
        || m_db.fail(DbError::Other, QStringLiteral("%1 is not a known node: record it before its keychain "
                                                    "reference").arg(address));
}

QString HistoryStore::secretRef(const QString &address)
{
    Statement s(m_db, "SELECT secret_ref FROM nodes WHERE address = ?1");
    s.bind(1, address.trimmed());
    return s.step() == Statement::Step::Row ? s.columnText(0) : QString();
}

// --- node groups

namespace {

QStringList column(Statement &s)
{
    QStringList out;
    while (s.step() == Statement::Step::Row)
        out << s.columnText(0);
    return out;
}

} // namespace

bool HistoryStore::addToGroup(const QString &group, const QStringList &addresses)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    Statement s(m_db, "INSERT OR IGNORE INTO node_groups (node, grp) VALUES (?1, ?2)");
    for (const QString &address : addresses) {
        s.reset();
        s.bind(1, address.trimmed()).bind(2, group.trimmed());
        if (!s.run())
            return false;
    }
    return transaction.commit();
}

bool HistoryStore::removeFromGroup(const QString &group, const QStringList &addresses)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    Statement s(m_db, "DELETE FROM node_groups WHERE node = ?1 AND grp = ?2");
    for (const QString &address : addresses) {
        s.reset();
        s.bind(1, address.trimmed()).bind(2, group.trimmed());
        if (!s.run())
            return false;
    }
    return transaction.commit();
}

QStringList HistoryStore::nodesInGroup(const QString &group)
{
    Statement s(m_db, "SELECT node FROM node_groups WHERE grp = ?1 ORDER BY node");
    s.bind(1, group.trimmed());
    return column(s);
}

QStringList HistoryStore::groupsOf(const QString &address)
{
    Statement s(m_db, "SELECT grp FROM node_groups WHERE node = ?1 ORDER BY grp");
    s.bind(1, address.trimmed());
    return column(s);
}

QList<GroupRecord> HistoryStore::groups()
{
    Statement names(m_db, "SELECT grp FROM node_groups UNION SELECT grp FROM group_images ORDER BY 1");
    QList<GroupRecord> out;
    for (const QString &name : column(names))
        out << GroupRecord{name, nodesInGroup(name), wantedImages(name)};
    return out;
}

bool HistoryStore::wantImage(const QString &group, const QString &reference)
{
    Statement s(m_db, "INSERT OR IGNORE INTO group_images (grp, reference) VALUES (?1, ?2)");
    s.bind(1, group.trimmed()).bind(2, reference.trimmed());
    return s.run();
}

bool HistoryStore::unwantImage(const QString &group, const QString &reference)
{
    Statement s(m_db, "DELETE FROM group_images WHERE grp = ?1 AND reference = ?2");
    s.bind(1, group.trimmed()).bind(2, reference.trimmed());
    return s.run();
}

QStringList HistoryStore::wantedImages(const QString &group)
{
    Statement s(m_db, "SELECT reference FROM group_images WHERE grp = ?1 ORDER BY reference");
    s.bind(1, group.trimmed());
    return column(s);
}

// --- scans

qint64 HistoryStore::beginScan(const QStringList &targets)
{
    Statement s(m_db, "INSERT INTO scans (started_at, targets, owner) VALUES (?1, ?2, ?3)");
    s.bind(1, nowMs()).bind(2, HistoryRows::targetsToJson(targets)).bind(3, m_owner);
    return insert(s);
}

bool HistoryStore::finishScan(qint64 id, const ScanRecord &result)
{
    Statement s(m_db, R"sql(
        UPDATE scans SET finished_at = ?2, duration_ms = ?3, hosts_total = ?4, found = ?5, online = ?6,
            not_installed = ?7, offline = ?8, unreachable = ?9, error = ?10
        WHERE id = ?1)sql");
    s.bind(1, id).bind(2, nowMs()).bind(3, result.durationMs).bind(4, result.hostsTotal).bind(5, result.found)
        .bind(6, result.online).bind(7, result.notInstalled).bind(8, result.offline).bind(9, result.unreachable)
        .bind(10, orEmpty(result.error));
    if (!s.run())
        return false;
    return m_db.changes() == 1 || m_db.fail(DbError::Other, QStringLiteral("no scan %1 to finish").arg(id));
}

std::optional<ScanRecord> HistoryStore::scan(qint64 id)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kScanColumns + " FROM scans WHERE id = ?1");
    s.bind(1, id);
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    return HistoryRows::scan(s);
}

QList<ScanRecord> HistoryStore::scans(int limit, qint64 beforeId)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kScanColumns
                          + " FROM scans WHERE id < ?1 ORDER BY id DESC LIMIT ?2");
    s.bind(1, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()).bind(2, limit > 0 ? limit : 100);
    QList<ScanRecord> result;
    while (s.step() == Statement::Step::Row)
        result << HistoryRows::scan(s);
    return result;
}

// --- jobs

qint64 HistoryStore::createBatch()
{
    Statement &s = m_db.cached("INSERT INTO batches (created_at) VALUES (?1)");
    s.bind(1, nowMs());
    return insert(s);
}

qint64 HistoryStore::createJob(qint64 batchId, const QString &image, const QString &imageId,
                               const QString &archivePath, const QString &node, TransferMode mode,
                               std::optional<PushSourceKind> source)
{
    Statement &s = m_db.cached(R"sql(
        INSERT INTO jobs (batch_id, image, image_id, archive_path, node, mode, state, created_at, owner, source_kind)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    const PushSourceKind kind = source.value_or(archivePath.isEmpty() ? PushSourceKind::EngineImage
                                                                      : PushSourceKind::ArchiveFile);
    s.bind(1, batchId).bind(2, orEmpty(image)).bind(3, orEmpty(imageId)).bind(4, orEmpty(archivePath))
        .bind(5, orEmpty(node)).bind(6, transferModeName(mode)).bind(7, jobStateName(JobState::Queued))
        .bind(8, nowMs()).bind(9, m_owner).bind(10, pushSourceKindName(kind));
    return insert(s);
}

bool HistoryStore::setJobStoreSource(qint64 id, const QString &storeUrl, const QString &delivery)
{
    Statement &s = m_db.cached("UPDATE jobs SET store_url = ?2, delivery = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, orEmpty(storeUrl)).bind(3, orEmpty(delivery));
    return s.step() == Statement::Step::Done;
}

bool HistoryStore::setJobAction(qint64 id, JobAction action)
{
    Statement &s = m_db.cached("UPDATE jobs SET action = ?2 WHERE id = ?1");
    s.bind(1, id).bind(2, jobActionName(action));
    return s.step() == Statement::Step::Done;
}

bool HistoryStore::setJobFailure(qint64 id, FailureKind kind)
{
    Statement &s = m_db.cached("UPDATE jobs SET failure = ?2 WHERE id = ?1");
    s.bind(1, id).bind(2, orEmpty(kind == FailureKind::None ? QString() : failureKindName(kind)));
    return s.step() == Statement::Step::Done;
}

QList<NodeSummary> HistoryStore::nodeSummaries()
{
    return readNodeSummaries(m_db);
}

bool HistoryStore::setJobState(qint64 id, JobState state, const QString &error, qint64 bytes)
{
    Statement &s = m_db.cached(R"sql(
        UPDATE jobs SET state = ?2, error = ?3, bytes = coalesce(?4, bytes),
            started_at = CASE WHEN ?2 = 'running' THEN coalesce(started_at, ?5) ELSE started_at END,
            finished_at = CASE WHEN ?2 IN ('queued', 'running') THEN NULL ELSE ?5 END
        WHERE id = ?1)sql");
    s.bind(1, id).bind(2, jobStateName(state)).bind(3, orEmpty(error));
    if (bytes >= 0)
        s.bind(4, bytes);
    s.bind(5, nowMs());
    if (!s.run())
        return false;
    return m_db.changes() == 1 || m_db.fail(DbError::Other, QStringLiteral("no job %1 in the history").arg(id));
}

QList<JobRecord> HistoryStore::jobs(const JobFilter &filter)
{
    QList<JobRecord> result;
    JobQuery(m_db).select(filter, result);
    return result;
}

std::optional<JobRecord> HistoryStore::job(qint64 id)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kJobColumns + " FROM jobs WHERE id = ?1");
    s.bind(1, id);
    if (s.step() != Statement::Step::Row)
        return std::nullopt;
    return HistoryRows::job(s);
}

qint64 HistoryStore::countJobs(const JobFilter &filter)
{
    return JobQuery(m_db).count(filter);
}

// --- stages

qint64 HistoryStore::startStage(qint64 jobId, StageKind kind)
{
    Statement &s = m_db.cached("INSERT INTO stages (job_id, kind, state, started_at) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, jobId).bind(2, stageName(kind)).bind(3, jobStateName(JobState::Running)).bind(4, nowMs());
    return insert(s);
}

bool HistoryStore::updateStage(qint64 id, qint64 done, qint64 total)
{
    // duration and rate up to this checkpoint: what recoverInterrupted and a crashed job's history will show.
    Statement &s = m_db.cached(R"sql(
        UPDATE stages SET bytes_done = ?2, bytes_total = ?3, duration_ms = max(0, ?4 - started_at),
            rate_bps = CASE WHEN ?4 > started_at THEN ?2 * 1000 / (?4 - started_at) ELSE 0 END
        WHERE id = ?1)sql");
    s.bind(1, id).bind(2, done).bind(3, total).bind(4, nowMs());
    return s.run();
}

bool HistoryStore::addStageSample(qint64 stageId, qint64 elapsedMs, qint64 bytesDone)
{
    Statement &s = m_db.cached("INSERT OR REPLACE INTO stage_samples (stage_id, elapsed_ms, bytes_done) "
                               "VALUES (?1, ?2, ?3)");
    s.bind(1, stageId).bind(2, qMax<qint64>(0, elapsedMs)).bind(3, qMax<qint64>(0, bytesDone));
    return s.run();
}

bool HistoryStore::finishStage(qint64 id, JobState state, qint64 done, qint64 total, qint64 durationMs,
                               int attempts, const QString &error)
{
    Statement &s = m_db.cached(R"sql(
        UPDATE stages SET state = ?2, bytes_done = ?3, bytes_total = ?4, duration_ms = ?5, rate_bps = ?6,
            attempts = ?7, error = ?8
        WHERE id = ?1)sql");
    const qint64 rate = durationMs > 0 ? done * 1000 / durationMs : 0;
    s.bind(1, id).bind(2, jobStateName(state)).bind(3, done).bind(4, total).bind(5, qMax<qint64>(0, durationMs))
        .bind(6, rate).bind(7, qMax(1, attempts)).bind(8, orEmpty(error));
    if (!s.run())
        return false;
    return m_db.changes() == 1 || m_db.fail(DbError::Other, QStringLiteral("no stage %1 in the history").arg(id));
}

QList<StageRow> HistoryStore::stages(qint64 jobId)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kStageColumns
                          + " FROM stages WHERE job_id = ?1 ORDER BY id");
    s.bind(1, jobId);
    QList<StageRow> result;
    while (s.step() == Statement::Step::Row)
        result << HistoryRows::stage(s);
    Statement samples(m_db, "SELECT stage_id, elapsed_ms, bytes_done FROM stage_samples WHERE stage_id IN "
                            "(SELECT id FROM stages WHERE job_id = ?1) ORDER BY stage_id, elapsed_ms");
    samples.bind(1, jobId);
    while (samples.step() == Statement::Step::Row) {
        const qint64 stageId = samples.columnInt64(0);
        for (StageRow &stage : result)
            if (stage.id == stageId)
                stage.samples << ThroughputPoint{samples.columnInt64(1), samples.columnInt64(2)};
    }
    return result;
}

// --- events

qint64 HistoryStore::addEvent(EventLevel level, const QString &message, qint64 jobId, qint64 scanId)
{
    Statement &s = m_db.cached("INSERT INTO events (job_id, scan_id, at, level, message) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)");
    s.bindOptional(1, jobId).bindOptional(2, scanId).bind(3, nowMs()).bind(4, eventLevelName(level))
        .bind(5, orEmpty(message));
    return insert(s);
}

QList<EventRecord> HistoryStore::events(qint64 jobId)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kEventColumns
                          + " FROM events WHERE job_id = ?1 ORDER BY id");
    s.bind(1, jobId);
    QList<EventRecord> result;
    while (s.step() == Statement::Step::Row)
        result << HistoryRows::event(s);
    return result;
}

QList<EventRecord> HistoryStore::scanEvents(qint64 scanId)
{
    Statement s(m_db, QByteArray("SELECT ") + HistoryRows::kEventColumns
                          + " FROM events WHERE scan_id = ?1 ORDER BY id");
    s.bind(1, scanId);
    QList<EventRecord> result;
    while (s.step() == Statement::Step::Row)
        result << HistoryRows::event(s);
    return result;
}

// --- recovery

int HistoryStore::recoverInterrupted()
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return -1;
    const qint64 now = nowMs();
    const auto orphans = [this](const char *sql) {
        QList<qint64> ids;
        Statement s(m_db, sql);
        while (s.step() == Statement::Step::Row)
            if (!ProcessOwner::isAlive(s.columnText(1), m_owner))
                ids << s.columnInt64(0);
        return ids;
    };
    const QList<qint64> jobIds = orphans("SELECT id, owner FROM jobs WHERE state IN ('queued', 'running')");
    const QList<qint64> scanIds = orphans("SELECT id, owner FROM scans WHERE finished_at IS NULL");

    // finished_at: the last moment the job is known to have been alive, not now (which may be days later).
    // bytes: what the last checkpoint of the transfer stage says had reached the node.
    Statement failJob(m_db, R"sql(
        UPDATE jobs SET state = 'failed', error = ?2, finished_at = max(coalesce(started_at, created_at),
            coalesce((SELECT max(started_at + duration_ms) FROM stages WHERE job_id = ?1), 0)),
            bytes = max(bytes, coalesce((SELECT max(bytes_done) FROM stages WHERE job_id = ?1 AND kind = 'transfer'),
                                        0))
        WHERE id = ?1)sql");
    Statement failStages(m_db, "UPDATE stages SET state = 'failed', error = ?2 WHERE job_id = ?1 "
                               "AND state IN ('queued', 'running')");
    Statement failScan(m_db, "UPDATE scans SET finished_at = ?2, error = ?3 WHERE id = ?1");
    const QString message = interruptedMessage();
    for (qint64 id : jobIds) {
        failJob.reset();
        failStages.reset();
        failJob.bind(1, id).bind(2, message);
        failStages.bind(1, id).bind(2, message);
        if (!failJob.run() || !failStages.run() || addEvent(EventLevel::Error, message, id) < 0)
            return -1;
    }
    for (qint64 id : scanIds) {
        failScan.reset();
        failScan.bind(1, id).bind(2, now).bind(3, QStringLiteral("interrupted: the application stopped during "
                                                                 "this scan"));
        if (!failScan.run())
            return -1;
    }
    // A stage still running under a job that already ended is a leftover too, whoever wrote it.
    Statement strays(m_db, "UPDATE stages SET state = 'failed', error = ?1 WHERE state IN ('queued', 'running') "
                           "AND job_id IN (SELECT id FROM jobs WHERE state NOT IN ('queued', 'running'))");
    strays.bind(1, message);
    if (!strays.run())
        return -1;
    return transaction.commit() ? int(jobIds.size()) : -1;
}

} // namespace fleet
