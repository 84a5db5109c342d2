#pragma once

#include <QJsonObject>

namespace fleet {

struct ContainerActionResult;
struct ContainerInfo;
struct ContainerLogLine;
struct Drift;
struct EventRecord;
struct GroupRecord;
struct ImageInfo;
struct JobRecord;
struct JobUpdate;
struct Node;
struct NodeSummary;
struct NodeInventory;
struct NodeProbeOutcome;
struct ScanRecord;
struct ScanResult;
class SifImage;
struct SifVerification;
struct SifCacheEntry;
struct SifRegistryImage;
struct SifScanResult;
struct SifTemplateValidation;
struct StageRecord;
struct StageRow;

// One JSON form per record type, with snake_case keys, for every face that prints or exports records
// (`fleetctl --json` above all): the same record type has the same keys whichever command prints it. Each object
// carries its "type" ("node", "job", "stage", "event", "image", "scan", "container"…). Times are ISO 8601 UTC, "" when unknown.
namespace RecordJson {

// A node as the history keeps it. `probe` (from a scan) adds what this sighting measured; without it the probe
// keys are null, so the keys stay the same.
QJsonObject node(const Node &node, const ScanResult *probe = nullptr);
QJsonObject node(const ScanResult &result); // what a scan saw, as the history records it

// A job as the history keeps it, with its stages.
QJsonObject job(const JobRecord &job, const QList<StageRow> &stages);
// A live job of this process (JobRunner), in the same form; `historyId` is the history row (id), -1 if none.
QJsonObject job(const JobUpdate &job);
QJsonObject stage(const StageRow &stage);
QJsonObject stage(const StageRecord &stage);
QJsonObject event(const EventRecord &event);

QJsonObject image(const ImageInfo &image);
QJsonObject scan(const ScanRecord &scan);
// How pushes to one node went ("node_summary"): counts, SSH failures, bytes, and per stage count/average/max ms.
QJsonObject nodeSummary(const NodeSummary &summary);

// A container on `node` (the SSH target as shown), from NodeContainers::list; uptime_s is null unless it runs.
QJsonObject container(const ContainerInfo &container, const QString &node);
// What stop/start/restart/rm did ("container_action"), with the container's state afterwards.
QJsonObject containerAction(const ContainerActionResult &result);
// One line of a container's log ("container_log"): stream "stdout" or "stderr", the text exact.
QJsonObject containerLog(const ContainerLogLine &line, const QString &node, const QString &container);

// A node's probe ("node_probe", NodeProbing): the facts' keys (runtime, access, version, api_version,
// image_store, rootless, socket, arch, gpus, cuda, l4t, root_free_bytes, tmp_free_bytes, badges…) null when the
// node did not answer, plus node, probed_at, ok, failure and message (why it cannot take images, with the fix).
QJsonObject nodeProbe(const NodeProbeOutcome &outcome);

// Inventory (FleetInventory): one node's column ("inventory": node, source, ok, failure, images [{reference, id}]),
// one drift finding ("drift": kind missing|outdated, node, image, held, group, fix) and a node group ("group").
QJsonObject inventory(const NodeInventory &node);
QJsonObject drift(const Drift &drift);
QJsonObject group(const GroupRecord &group);
// A SIF image ("sif_image"): the header and every descriptor with its type's fields (core/sif; SifRecordJson.cpp).
QJsonObject sifImage(const SifImage &image);
// What SifVerify found ("sif_verification"): the three integrity checks, each signature, signers, the message.
QJsonObject sifVerification(const SifVerification &verification);
// The Apptainer registry (core/sif). An image of the registry ("sif_registry_image": the sidecar's keys); a scan
// ("sif_scan": the seed's {"message", "stats": {partition: count}} plus what was hashed, flagged and missing); a
// template's validation ("sif_template_validation": the seed's keys); a file in a node's cache ("sif_cache_entry").
QJsonObject sifRegistryImage(const SifRegistryImage &image);
QJsonObject sifScan(const SifScanResult &scan);
QJsonObject sifTemplateValidation(const SifTemplateValidation &validation);
QJsonObject sifCacheEntry(const SifCacheEntry &entry, const QString &node, const QString &cacheDir);

QJsonObject typed(const QString &type, QJsonObject object); // adds "type" first

} // namespace RecordJson

} // namespace fleet
