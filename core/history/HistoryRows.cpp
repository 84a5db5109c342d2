#include "history/HistoryRows.h"

#include "history/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleet {

const char *const HistoryRows::kJobColumns = "id, batch_id, image, image_id, archive_path, node, mode, state, "
                                             "created_at, started_at, finished_at, bytes, error, source_kind, "
                                             "store_url, delivery, action";
const char *const HistoryRows::kStageColumns = "id, job_id, kind, state, bytes_done, bytes_total, started_at, "
                                               "duration_ms, rate_bps, attempts, error";
const char *const HistoryRows::kScanColumns = "id, started_at, finished_at, targets, duration_ms, hosts_total, found, "
                                              "online, not_installed, offline, unreachable, error";
const char *const HistoryRows::kEventColumns = "id, job_id, scan_id, at, level, message";
const char *const HistoryRows::kNodeColumns = "address, ssh_port, user, host_name, os, arch, kernel, ssh_banner, "
                                              "agent_version, source, state, first_seen, last_seen, facts_json";

QDateTime HistoryRows::time(const Statement &row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.columnInt64(column), Qt::UTC);
}

JobRecord HistoryRows::job(const Statement &row)
{
    JobRecord job;
    job.id = row.columnInt64(0);
    job.batchId = row.columnInt64(1);
    job.image = row.columnText(2);
    job.imageId = row.columnText(3);
    job.archivePath = row.columnText(4);
    job.node = row.columnText(5);
    job.mode = transferModeFromName(row.columnText(6));
    job.state = jobStateFromName(row.columnText(7));
    job.createdAt = time(row, 8);
    job.startedAt = time(row, 9);
    job.finishedAt = time(row, 10);
    job.bytes = row.columnInt64(11);
    job.error = row.columnText(12);
    job.source = pushSourceKindFromName(row.columnText(13));
    job.storeUrl = row.columnText(14);
    job.delivery = row.columnText(15);
    job.action = jobActionFromName(row.columnText(16));
    return job;
}

StageRow HistoryRows::stage(const Statement &row)
{
    StageRow stage;
    stage.id = row.columnInt64(0);
    stage.jobId = row.columnInt64(1);
    stage.kind = stageKindFromName(row.columnText(2));
    stage.state = jobStateFromName(row.columnText(3));
    stage.bytesDone = row.columnInt64(4);
    stage.bytesTotal = row.columnInt64(5);
    stage.startedAt = time(row, 6);
    stage.durationMs = row.columnInt64(7);
    stage.rateBps = row.columnInt64(8);
    stage.attempts = int(row.columnInt64(9));
    stage.error = row.columnText(10);
    return stage;
}

ScanRecord HistoryRows::scan(const Statement &row)
{
    ScanRecord scan;
    scan.id = row.columnInt64(0);
    scan.startedAt = time(row, 1);
    scan.finishedAt = time(row, 2);
    for (const QJsonValue &target : QJsonDocument::fromJson(row.columnText(3).toUtf8()).array())
        scan.targets << target.toString();
    scan.durationMs = row.columnInt64(4);
    scan.hostsTotal = int(row.columnInt64(5));
    scan.found = int(row.columnInt64(6));
    scan.online = int(row.columnInt64(7));
    scan.notInstalled = int(row.columnInt64(8));
    scan.offline = int(row.columnInt64(9));
    scan.unreachable = int(row.columnInt64(10));
    scan.error = row.columnText(11);
    return scan;
}

EventRecord HistoryRows::event(const Statement &row)
{
    EventRecord event;
    event.id = row.columnInt64(0);
    event.jobId = row.columnInt64(1); // NULL reads as 0
    event.scanId = row.columnInt64(2);
    event.at = time(row, 3);
    event.level = eventLevelFromName(row.columnText(4));
    event.message = row.columnText(5);
    return event;
}

Node HistoryRows::node(const Statement &row)
{
    Node node;
    node.address = row.columnText(0);
    node.sshPort = quint16(row.columnInt64(1));
    node.user = row.columnText(2);
    node.hostName = row.columnText(3);
    node.os = row.columnText(4);
    node.arch = row.columnText(5);
    node.kernel = row.columnText(6);
    node.sshBanner = row.columnText(7);
    node.agentVersion = row.columnText(8);
    node.source = row.columnText(9);
    node.state = nodeStateFromName(row.columnText(10));
    node.firstSeen = time(row, 11);
    node.lastSeen = time(row, 12);
    node.facts = factsFromJson(row.columnText(13));
    return node;
}

// Only what is known is written, so "unknown" survives the round trip as the struct's default.
QString HistoryRows::factsToJson(const NodeFacts &facts)
{
    QJsonObject object;
    const auto put = [&object](const char *key, double value) {
        if (value >= 0)
            object.insert(QLatin1String(key), value);
    };
    put("cpuPercent", facts.cpuPercent);
    put("memTotal", double(facts.memTotal));
    put("memUsed", double(facts.memUsed));
    put("diskTotal", double(facts.diskTotal));
    put("diskFree", double(facts.diskFree));
    put("load1", facts.load1);
    put("cpuCount", facts.cpuCount);
    if (!facts.gpu.isEmpty())
        object.insert(QStringLiteral("gpu"), facts.gpu);
    object.insert(QStringLiteral("dockerAvailable"), facts.dockerAvailable);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

NodeFacts HistoryRows::factsFromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    NodeFacts facts;
    facts.cpuPercent = object.value(QLatin1String("cpuPercent")).toDouble(-1);
    facts.memTotal = qint64(object.value(QLatin1String("memTotal")).toDouble(-1));
    facts.memUsed = qint64(object.value(QLatin1String("memUsed")).toDouble(-1));
    facts.diskTotal = qint64(object.value(QLatin1String("diskTotal")).toDouble(-1));
    facts.diskFree = qint64(object.value(QLatin1String("diskFree")).toDouble(-1));
    facts.load1 = object.value(QLatin1String("load1")).toDouble(-1);
    facts.cpuCount = object.value(QLatin1String("cpuCount")).toInt(-1);
    facts.gpu = object.value(QLatin1String("gpu")).toString();
    facts.dockerAvailable = object.value(QLatin1String("dockerAvailable")).toBool(true);
    return facts;
}

QString HistoryRows::targetsToJson(const QStringList &targets)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(targets)).toJson(QJsonDocument::Compact));
}

StageKind HistoryRows::stageKindFromName(const QString &name)
{
    for (StageKind kind : allStages())
        if (name == stageName(kind))
            return kind;
    return StageKind::Save;
}

TransferMode HistoryRows::transferModeFromName(const QString &name)
{
    return name == transferModeName(TransferMode::Scp) ? TransferMode::Scp : TransferMode::Stream;
}

} // namespace fleet
