#pragma once

#include "model/Progress.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace fleet {

// A push moves through these stages, in this order; a job for one node records each one it takes. Pull (the
// workstation fetches an image it lacks from a trusted registry) and Health (the started container comes up
// healthy) are only taken when needed: JobUpdate::shows() says which ones a job has.
enum class StageKind { Pull, Save, Transfer, Load, Run, Health };
constexpr int kStageCount = 6;
const std::array<StageKind, kStageCount> &allStages(); // pipeline order
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Skipped };

QString stageName(StageKind kind);  // "pull", "save", "transfer", "load", "run", "health"
QString jobStateName(JobState state); // "queued", "running", "succeeded", "failed", "cancelled", "skipped"
JobState jobStateFromName(const QString &name);
bool isFinal(JobState state);

enum class TransferMode { Stream, Scp };
QString transferModeName(TransferMode mode);

// How a stream push's bytes cross the wire. Auto: zstd when the node can decompress it and the link turns out
// slower than compressing (measured as it goes); None: as they are; Zstd: always compressed.
enum class WireCompression { Auto, None, Zstd };
QString wireCompressionName(WireCompression compression); // "auto", "none", "zstd"
std::optional<WireCompression> wireCompressionFromName(const QString &name);

// Where the bytes of a push come from. Said explicitly by whoever builds the request (a drop, a command line),
// never guessed from a name: `app:v1.tar` is a legal tag.
enum class PushSourceKind {
    EngineImage, // an image of the local Docker Engine, named by `PushRequest::image`
    ArchiveFile, // a docker-save archive on disk, named by `PushRequest::archivePath`
    StoreObject, // an archive (or registry image) `PushRequest::image` in the store `PushRequest::storeUrl`
};
QString pushSourceKindName(PushSourceKind kind); // "image", "archive", "store" (stable: history and JSON)
PushSourceKind pushSourceKindFromName(const QString &name); // unknown: EngineImage

// How a store object reaches a node. Relay: the workstation streams it from the store into the node's
// `docker load`. Direct (S3 stores): the node downloads it itself from a presigned URL. Auto: direct when the
// store is S3 and the node has curl or wget and can reach the store, else relay (and the job says why).
enum class DeliveryPath { Auto, Relay, Direct };
QString deliveryPathName(DeliveryPath path); // "auto", "relay", "direct"
std::optional<DeliveryPath> deliveryPathFromName(const QString &name);

// What a job does. A push moves an image to a node; the store verbs are jobs too (Jobs panel, history), with the
// store as their target: put saves a local image into it (save, transfer), get loads one from it (transfer, load),
// remove deletes an archive (transfer), copy takes one to another store through the local engine (transfer).
// A SIF sync copies an Apptainer image of the registry into a node's cache (SifSyncJob: save = check the image in
// the registry, transfer = upload, load = verify on the node and rename into place).
enum class JobAction { Push, StorePut, StoreGet, StoreRemove, StoreCopy, SifSync };
// "push", "store-put", "store-get", "store-rm", "store-copy", "sif-sync" (history, JSON)
QString jobActionName(JobAction action);
JobAction jobActionFromName(const QString &name); // unknown: Push

// A store verb for one or more images (one job each), run by JobRunner::submitStore.
struct StoreRequest
{
    JobAction action = JobAction::StorePut;
    QString storeUrl;    // the store acted on (copy: the source)
    QString targetUrl;   // copy: the store the archives go to
    QStringList images;  // references (or archive names, where the store knows them)
    QString archiveName; // put of one image: the archive's own name (seed 000: comfyui-r36.4.0)
    qint64 partSize = 0; // S3 put: multipart part size in bytes (0: the default)
};

// `docker run -d` options for the optional run and health stages. Every value is shell-quoted before it reaches
// the node. Limits and GPU use left unset come from the image's catalog entry (else its io.fleetcommander.*
// labels) when the job plans the run (RunPlan::resolve, the one rule); a value set here overrides them.
struct RunOptions
{
    bool enabled = false;
    QString name;        // a container of that name already there is replaced safely (ContainerDeploy)
    QStringList ports;   // "8080:80"
    QStringList env;     // "KEY=value"
    QString restart;     // no | always | unless-stopped | on-failure[:N]
    QStringList command; // optional command override
    QString network;     // --network (e.g. host); empty: the daemon's default
    std::optional<double> cpus;         // --cpus; 0: no limit (overrides the catalog's)
    std::optional<qint64> memoryBytes;  // --memory in bytes; 0: no limit
    std::optional<bool> gpus;           // --gpus all (true) or none (false)
    bool forceGpu = false;  // run a GPU image on a node that shows no GPU (docker's own error then says why)
    bool forceArch = false; // push an image whose architecture is not the node's
    QStringList labels;     // extra "KEY=VALUE" labels; io.fleetcommander.* are the fleet's own (refused here)
    int healthTimeoutSeconds = 60; // how long the health stage waits for the container to come up healthy
};

// What a drop on a tile (or `fleetctl push`) asks for.
struct PushRequest
{
    PushSourceKind source = PushSourceKind::EngineImage;
    QString image;       // EngineImage: the reference in the local engine (empty for an archive)
    QString archivePath; // ArchiveFile: a docker-save archive, e.g. dropped from the file manager
    QString storeUrl;    // StoreObject: the STORE-URL (dir:, s3://, registry://) holding `image`
    DeliveryPath via = DeliveryPath::Auto; // StoreObject only
    QStringList nodes;   // addresses
    TransferMode mode = TransferMode::Stream;
    RunOptions run;
    int parallel = 4;
    int retries = 2;     // transient SSH failures per stage
    bool delta = true;   // leave out the layers a node already has (nodes whose `docker load` reuses them)
    WireCompression compress = WireCompression::Auto;
    // The nodes pass the stream on to each other over SSH (NodeRelay): the image leaves the workstation once.
    bool relay = false;
    // Names the request across retries (JobRunner fills it when empty): containers started by the run stage carry
    // it as a label, so a retry after a lost `docker run` answer finds the container instead of starting another.
    QString requestId;
};

struct StageRecord
{
    StageKind kind = StageKind::Save;
    JobState state = JobState::Queued;
    Progress progress;
    QString error;
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::PushRequest)
Q_DECLARE_METATYPE(fleet::StoreRequest)
