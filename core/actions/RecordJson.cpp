#include "actions/RecordJson.h"

#include "actions/ContainerLogs.h"
#include "actions/InventoryMatrix.h"
#include "actions/NodeContainers.h"
#include "actions/NodeProbing.h"
#include "discovery/ScanRecorder.h"
#include "history/HistoryRecords.h"
#include "history/NodeSummary.h"
#include "model/ImageInfo.h"
#include "model/Node.h"
#include "sif/SifCache.h"
#include "sif/SifRegistry.h"
#include "sif/SifTemplate.h"
#include "transfer/JobRate.h"
#include "transfer/JobUpdate.h"

#include <QJsonArray>

namespace fleet::RecordJson {

namespace {

QJsonValue when(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QString());
}

QJsonValue known(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue known(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// The history keeps the state, not the kind: the nearest kind a state implies.
FailureKind historyFailure(JobState state)
{
    return state == JobState::Failed ? FailureKind::Failed
        : state == JobState::Cancelled ? FailureKind::Cancelled
                                       : FailureKind::None;
}

QJsonObject facts(const NodeFacts &f)
{
    return {{QStringLiteral("known"), f.isKnown()},
            {QStringLiteral("cpu_percent"), known(f.cpuPercent)},
            {QStringLiteral("cpu_count"), known(qint64(f.cpuCount))},
            {QStringLiteral("mem_total"), known(f.memTotal)},
            {QStringLiteral("mem_used"), known(f.memUsed)},
            {QStringLiteral("disk_total"), known(f.diskTotal)},
            {QStringLiteral("disk_free"), known(f.diskFree)},
            {QStringLiteral("load1"), known(f.load1)},
            {QStringLiteral("gpu"), f.gpu},
            {QStringLiteral("docker_available"), f.dockerAvailable}};
}

} // namespace

QJsonObject typed(const QString &type, QJsonObject object)
{
    object.insert(QStringLiteral("type"), type);
    return object;
}

QJsonObject node(const Node &n, const ScanResult *probe)
{
    return typed(QStringLiteral("node"),
                 {{QStringLiteral("address"), n.address},
                  {QStringLiteral("ssh_port"), int(n.sshPort)},
                  {QStringLiteral("user"), n.user},
                  {QStringLiteral("host_name"), n.hostName},
                  {QStringLiteral("os"), n.os},
                  {QStringLiteral("arch"), n.arch},
                  {QStringLiteral("kernel"), n.kernel},
                  {QStringLiteral("ssh_banner"), n.sshBanner},
                  {QStringLiteral("agent_version"), n.agentVersion},
                  {QStringLiteral("source"), n.source},
                  {QStringLiteral("state"), nodeStateName(n.state)},
                  {QStringLiteral("first_seen"), when(n.firstSeen)},
                  {QStringLiteral("last_seen"), when(n.lastSeen)},
                  {QStringLiteral("facts"), facts(n.facts)},
                  {QStringLiteral("rtt_ms"), probe ? QJsonValue(probe->rttMicros / 1000.0) : QJsonValue()},
                  {QStringLiteral("agent_port_open"), probe ? QJsonValue(probe->agentPortOpen) : QJsonValue()},
                  {QStringLiteral("detail"), probe ? QJsonValue(probe->detail) : QJsonValue()}});
}

QJsonObject node(const ScanResult &result)
{
    return node(ScanRecorder::toNode(result), &result);
}

QJsonObject stage(const StageRow &s)
{
    return typed(QStringLiteral("stage"), {{QStringLiteral("stage"), stageName(s.kind)},
                                           {QStringLiteral("state"), jobStateName(s.state)},
                                           {QStringLiteral("started"), when(s.startedAt)},
                                           {QStringLiteral("done"), s.bytesDone},
                                           {QStringLiteral("total"), known(s.bytesTotal)},
                                           {QStringLiteral("duration_ms"), s.durationMs},
                                           {QStringLiteral("rate_bps"), s.rateBps},
                                           {QStringLiteral("eta_s"), QJsonValue()},
                                           {QStringLiteral("attempts"), s.attempts},
                                           {QStringLiteral("error"), s.error}});
}

QJsonObject stage(const StageRecord &s)
{
    return typed(QStringLiteral("stage"), {{QStringLiteral("stage"), stageName(s.kind)},
                                           {QStringLiteral("state"), jobStateName(s.state)},
                                           {QStringLiteral("started"), QString()},
                                           {QStringLiteral("done"), s.progress.done},
                                           {QStringLiteral("total"), known(s.progress.total)},
                                           {QStringLiteral("duration_ms"), s.progress.elapsedMs},
                                           {QStringLiteral("rate_bps"), qint64(s.progress.bytesPerSecond())},
                                           // a running byte stage's ETA as the faces show it (JobRate)
                                           {QStringLiteral("eta_s"), JobRate::of(s).applies
                                                                         ? known(JobRate::of(s).etaSeconds)
                                                                         : known(s.progress.etaSeconds())},
                                           {QStringLiteral("attempts"), QJsonValue()},
                                           {QStringLiteral("error"), s.error}});
}

QJsonObject job(const JobRecord &j, const QList<StageRow> &stages)
{
    QJsonArray list;
    for (const StageRow &s : stages)
        list.append(stage(s));
    return typed(QStringLiteral("job"), {{QStringLiteral("id"), j.id},
                                         {QStringLiteral("batch"), j.batchId},
                                         {QStringLiteral("image"), j.image},
                                         {QStringLiteral("image_id"), j.imageId},
                                         {QStringLiteral("archive"), j.archivePath},
                                         {QStringLiteral("node"), j.node},
                                         {QStringLiteral("mode"), transferModeName(j.mode)},
                                         {QStringLiteral("state"), jobStateName(j.state)},
                                         {QStringLiteral("source"), pushSourceKindName(j.source)},
                                         {QStringLiteral("action"), jobActionName(j.action)},
                                         {QStringLiteral("store"), j.storeUrl},
                                         {QStringLiteral("delivery"), j.delivery},
                                         {QStringLiteral("failure"), failureKindName(historyFailure(j.state))},
                                         {QStringLiteral("stage"), stages.isEmpty() ? QString()
                                                                                    : stageName(stages.last().kind)},
                                         {QStringLiteral("created"), when(j.createdAt)},
                                         {QStringLiteral("started"), when(j.startedAt)},
                                         {QStringLiteral("finished"), when(j.finishedAt)},
                                         {QStringLiteral("bytes"), j.bytes},
                                         {QStringLiteral("duration_ms"), known(j.durationMs())},
                                         {QStringLiteral("error"), j.error},
                                         {QStringLiteral("message"), j.error},
                                         {QStringLiteral("stages"), list}});
}

QJsonObject job(const JobUpdate &j)
{
    QJsonArray list;
    qint64 bytes = 0, elapsed = 0;
    for (const StageRecord &s : j.stages) {
        list.append(stage(s));
        if (s.kind == StageKind::Transfer)
            bytes = s.progress.done;
        elapsed += s.progress.elapsedMs;
    }
    return typed(QStringLiteral("job"),
                 {{QStringLiteral("id"), j.historyId},
                  {QStringLiteral("batch"), qint64(j.batchId)},
                  {QStringLiteral("image"), j.image},
                  {QStringLiteral("image_id"), QString()},
                  {QStringLiteral("archive"), QString()}, // the history row has the path
                  {QStringLiteral("node"), j.node},
                  {QStringLiteral("mode"), transferModeName(j.mode)},
                  {QStringLiteral("state"), jobStateName(j.state)},
                  {QStringLiteral("source"), pushSourceKindName(j.source)},
                  {QStringLiteral("action"), jobActionName(j.action)},
                  {QStringLiteral("store"), j.storeUrl},
                  {QStringLiteral("delivery"), j.source == PushSourceKind::StoreObject && j.via != DeliveryPath::Auto
                                                   ? deliveryPathName(j.via) : QString()},
                  {QStringLiteral("failure"), failureKindName(j.failure)},
                  {QStringLiteral("stage"), stageName(j.stage)},
                  {QStringLiteral("created"), QString()},
                  {QStringLiteral("started"), QString()},
                  {QStringLiteral("finished"), QString()},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("duration_ms"), elapsed},
                  {QStringLiteral("error"), j.state == JobState::Failed ? j.message : QString()},
                  {QStringLiteral("message"), j.message},
                  {QStringLiteral("stages"), list}});
}

QJsonObject event(const EventRecord &e)
{
    return typed(QStringLiteral("event"), {{QStringLiteral("at"), when(e.at)},
                                           {QStringLiteral("level"), eventLevelName(e.level)},
                                           {QStringLiteral("job"), e.jobId},
                                           {QStringLiteral("scan"), e.scanId},
                                           {QStringLiteral("message"), e.message}});
}

QJsonObject image(const ImageInfo &i)
{
    return typed(QStringLiteral("image"), {{QStringLiteral("id"), i.id},
                                           {QStringLiteral("tags"), QJsonArray::fromStringList(i.repoTags)},
                                           {QStringLiteral("digests"), QJsonArray::fromStringList(i.repoDigests)},
                                           {QStringLiteral("size"), i.size},
                                           {QStringLiteral("created"), when(i.created)},
                                           {QStringLiteral("display_name"), i.displayName},
                                           {QStringLiteral("category"), i.category},
                                           {QStringLiteral("description"), i.description},
                                           {QStringLiteral("gpu_required"), i.gpuRequired}});
}

QJsonObject scan(const ScanRecord &s)
{
    return typed(QStringLiteral("scan"), {{QStringLiteral("id"), s.id},
                                          {QStringLiteral("started"), when(s.startedAt)},
                                          {QStringLiteral("finished"), when(s.finishedAt)},
                                          {QStringLiteral("targets"), QJsonArray::fromStringList(s.targets)},
                                          {QStringLiteral("duration_ms"), s.durationMs},
                                          {QStringLiteral("addresses"), s.hostsTotal},
                                          {QStringLiteral("found"), s.found},
                                          {QStringLiteral("online"), s.online},
                                          {QStringLiteral("not_installed"), s.notInstalled},
                                          {QStringLiteral("offline"), s.offline},
                                          {QStringLiteral("unreachable"), s.unreachable},
                                          {QStringLiteral("error"), s.error}});
}

QJsonObject nodeSummary(const NodeSummary &s)
{
    QJsonObject stages;
    for (StageKind kind : allStages()) {
        const NodeSummary::StageTimes &t = s.stage(kind);
        stages.insert(stageName(kind), QJsonObject{{QStringLiteral("count"), t.count},
                                                   {QStringLiteral("average_ms"), t.averageMs},
                                                   {QStringLiteral("max_ms"), t.maxMs}});
    }
    return typed(QStringLiteral("node_summary"), {{QStringLiteral("node"), s.node},
                                                  {QStringLiteral("jobs"), s.jobs},
                                                  {QStringLiteral("succeeded"), s.succeeded},
                                                  {QStringLiteral("failed"), s.failed},
                                                  {QStringLiteral("cancelled"), s.cancelled},
                                                  {QStringLiteral("skipped"), s.skipped},
                                                  {QStringLiteral("ssh_failures"), s.sshFailures},
                                                  {QStringLiteral("retries"), s.retries},
                                                  {QStringLiteral("bytes"), s.bytes},
                                                  {QStringLiteral("average_archive_bytes"), s.averageArchive},
                                                  {QStringLiteral("last_job"), when(s.lastJobAt)},
                                                  {QStringLiteral("stages"), stages}});
}

QJsonObject container(const ContainerInfo &c, const QString &node)
{
    const qint64 uptime = c.uptimeSeconds();
    return typed(QStringLiteral("container"), {{QStringLiteral("node"), node},
                                               {QStringLiteral("id"), c.id},
                                               {QStringLiteral("name"), c.name},
                                               {QStringLiteral("image"), c.image},
                                               {QStringLiteral("command"), c.command},
                                               {QStringLiteral("state"), c.state},
                                               {QStringLiteral("health"), c.health},
                                               {QStringLiteral("status"), c.status},
                                               {QStringLiteral("ports"), c.ports},
                                               {QStringLiteral("created"), when(c.createdAt)},
                                               {QStringLiteral("started"), when(c.startedAt)},
                                               {QStringLiteral("finished"), when(c.finishedAt)},
                                               {QStringLiteral("exit_code"), known(qint64(c.exitCode))},
                                               {QStringLiteral("uptime_s"), known(uptime)},
                                               {QStringLiteral("managed"), c.managed}});
}

QJsonObject containerAction(const ContainerActionResult &r)
{
    return typed(QStringLiteral("container_action"), {{QStringLiteral("node"), r.display},
                                                      {QStringLiteral("container"), r.container},
                                                      {QStringLiteral("action"), containerVerbName(r.verb)},
                                                      {QStringLiteral("ok"), r.ok()},
                                                      {QStringLiteral("failure"), failureKindName(r.failure.kind)},
                                                      {QStringLiteral("message"), r.failure.message},
                                                      {QStringLiteral("state"), r.state}});
}

QJsonObject containerLog(const ContainerLogLine &line, const QString &node, const QString &container)
{
    return typed(QStringLiteral("container_log"),
                 {{QStringLiteral("node"), node},
                  {QStringLiteral("container"), container},
                  {QStringLiteral("stream"), line.stderrStream ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                  {QStringLiteral("text"), line.text}});
}

QJsonObject nodeProbe(const NodeProbeOutcome &outcome)
{
    QJsonObject facts = NodeProbeReply{}.toJson();
    if (outcome.facts.valid)
        facts = outcome.facts.toJson();
    else
        for (auto it = facts.begin(); it != facts.end(); ++it)
            it.value() = QJsonValue(QJsonValue::Null);
    facts.insert(QStringLiteral("node"), outcome.display);
    facts.insert(QStringLiteral("probed_at"), when(outcome.probedAt));
    facts.insert(QStringLiteral("ok"), outcome.ok());
    facts.insert(QStringLiteral("failure"), failureKindName(outcome.failure.kind));
    facts.insert(QStringLiteral("message"), outcome.failure.message);
    return typed(QStringLiteral("node_probe"), facts);
}

QJsonObject inventory(const NodeInventory &n)
{
    QJsonArray images;
    for (const HeldImage &i : n.images)
        images << QJsonObject{{QStringLiteral("reference"), i.reference},
                              {QStringLiteral("repository"), i.repository},
                              {QStringLiteral("tag"), i.tag},
                              {QStringLiteral("id"), i.id}};
    return {{QStringLiteral("type"), QStringLiteral("inventory")},
            {QStringLiteral("node"), n.display},
            {QStringLiteral("source"), inventorySourceName(n.source)},
            {QStringLiteral("agent_note"), n.agentNote},
            {QStringLiteral("ok"), n.ok()},
            {QStringLiteral("failure"), failureKindName(n.failure.kind)},
            {QStringLiteral("message"), n.failure.message},
            {QStringLiteral("collected_at"), when(n.collectedAt)},
            {QStringLiteral("images"), images}};
}

QJsonObject drift(const Drift &d)
{
    return {{QStringLiteral("type"), QStringLiteral("drift")},
            {QStringLiteral("kind"), driftKindName(d.kind)},
            {QStringLiteral("node"), d.node},
            {QStringLiteral("image"), d.image},
            {QStringLiteral("held"), d.held},
            {QStringLiteral("group"), d.group},
            {QStringLiteral("fix"), d.fix}};
}

QJsonObject group(const GroupRecord &g)
{
    return {{QStringLiteral("type"), QStringLiteral("group")},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(g.nodes)},
            {QStringLiteral("wanted"), QJsonArray::fromStringList(g.wanted)}};
}

QJsonObject sifRegistryImage(const SifRegistryImage &image)
{
    return typed(QStringLiteral("sif_registry_image"), image.toJson());
}

QJsonObject sifScan(const SifScanResult &scan)
{
    QJsonObject stats;
    for (auto it = scan.counts.begin(); it != scan.counts.end(); ++it)
        stats.insert(it.key(), it.value());
    QJsonArray flagged, missing;
    for (const SifRegistryImage &image : scan.flagged())
        flagged.append(QJsonObject{{QStringLiteral("partition"), image.partition},
                                   {QStringLiteral("name"), image.name},
                                   {QStringLiteral("flag"), sifFlagName(image.flag)},
                                   {QStringLiteral("reason"), image.reason}});
    for (const SifRegistryImage &image : scan.missing)
        missing.append(QJsonObject{{QStringLiteral("partition"), image.partition},
                                   {QStringLiteral("name"), image.name},
                                   {QStringLiteral("flag"), sifFlagName(image.flag)}});
    return typed(QStringLiteral("sif_scan"),
                 {{QStringLiteral("message"), scan.ok() ? QStringLiteral("Scan completed") : scan.failure.message},
                  {QStringLiteral("registry"), scan.root},
                  {QStringLiteral("partitions"), QJsonArray::fromStringList(scan.partitions)},
                  {QStringLiteral("stats"), stats},
                  {QStringLiteral("images"), int(scan.valid().size())},
                  {QStringLiteral("flagged"), flagged},
                  {QStringLiteral("missing"), missing},
                  {QStringLiteral("hashed"), scan.hashed},
                  {QStringLiteral("reused"), scan.reused},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(scan.warnings)}});
}

QJsonObject sifTemplateValidation(const SifTemplateValidation &validation)
{
    return typed(QStringLiteral("sif_template_validation"), validation.toJson());
}

QJsonObject sifCacheEntry(const SifCacheEntry &entry, const QString &node, const QString &cacheDir)
{
    return typed(QStringLiteral("sif_cache_entry"),
                 {{QStringLiteral("node"), node},
                  {QStringLiteral("cache"), cacheDir},
                  {QStringLiteral("name"), entry.name},
                  {QStringLiteral("path"), entry.path},
                  {QStringLiteral("size"), known(entry.size)},
                  {QStringLiteral("modified"), when(entry.modified)},
                  {QStringLiteral("sha256"), entry.sha256},
                  {QStringLiteral("status"), sifCacheStatusName(entry.status)},
                  {QStringLiteral("partition"), entry.partition},
                  {QStringLiteral("reason"), entry.reason},
                  {QStringLiteral("removed"), entry.removed}});
}

} // namespace fleet::RecordJson
