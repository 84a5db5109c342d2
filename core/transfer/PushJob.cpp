#include "transfer/PushJob.h"
#include "transfer/PushJobSource.h"

#include "docker/DockerEngine.h"
#include "docker/LayerChain.h"
#include "docker/SaveArchive.h"
#include "images/stores/ArchiveStream.h"
#include "images/stores/ImageStore.h"
#include "images/stores/S3Presign.h"
#include "images/stores/StoreFactory.h"
#include "nodes/NodeProbe.h"
#include "transfer/NodeFetch.h"
#include "transfer/RegistryPull.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/ContainerDeploy.h"
#include "transfer/LoadProgress.h"
#include "transfer/NodeFit.h"
#include "transfer/RemoteDocker.h"
#include "transfer/RunPlan.h"
#include "transfer/SaveFanout.h"
#include "transfer/ScpUpload.h"
#include "transfer/StallWatch.h"
#include "transfer/WireChain.h"
#include "util/ChunkPipe.h"
#include "util/Format.h"
#include "util/ShellQuote.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

namespace fleet {

namespace {
constexpr qsizetype kStreamChunk = 256 * 1024;

// Writes a chunk into the node's `docker load` and folds the time it took into `linkRate`: the wire's rate for
// the compressor's choice is bytes over the time spent writing them (waiting for the producer is not the link's),
// smoothed.
bool timedWrite(RemoteProcess &load, const QByteArray &chunk, double *linkRate)
{
    QElapsedTimer writing;
    writing.start();
    if (!load.write(chunk.constData(), chunk.size()))
        return false;
    const double rate = chunk.size() / qMax(1e-6, double(writing.nsecsElapsed()) / 1e9);
    *linkRate = *linkRate <= 0 ? rate : 0.8 * *linkRate + 0.2 * rate;
    return true;
}

// An SSH failure keeps its kind and host key fingerprint in the update, so the GUI can offer the fix.
void noteSshError(JobUpdate &job, const SshError &error)
{
    job.errorKind = error.kind;
    job.fingerprint = error.fingerprint;
}
} // namespace

// The stall watch's question "does the node's Docker daemon still answer?", on a short connection of its own
// (the watch's thread; the job's session is busy or stuck).
struct PushJob::Probe
{
    SshTarget target;
    SshOptions ssh;
    std::mutex mutex;
    SshSession *session = nullptr;
    bool aborted = false;

    bool ask(int timeoutMs)
    {
        SshOptions options = ssh;
        options.connectTimeoutMs = qMin(options.connectTimeoutMs, qMax(1000, timeoutMs));
        options.unknownHostKey = UnknownHostKeyPolicy::Refuse;
        SshSession probe(target, options);
        {
            std::lock_guard lock(mutex);
            if (aborted)
                return false;
            session = &probe;
        }
        bool answered = false;
        if (probe.connect()) {
            RemoteProcess version(probe);
            answered = version.start(QStringLiteral("docker version --format '{{.Server.Version}}'"))
                && version.closeInput() && version.waitForFinished(timeoutMs) && version.exitStatus() == 0;
        }
        std::lock_guard lock(mutex);
        session = nullptr;
        return answered;
    }

    void abort()
    {
        std::lock_guard lock(mutex);
        aborted = true;
        if (session)
            session->interrupt();
    }
};

PushJob::PushJob(PushJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
                 std::shared_ptr<CancelToken> cancel)
    : m_params(std::move(params))
    , m_journalFactory(std::move(journalFactory))
    , m_reporter(std::move(reporter))
    , m_cancel(std::move(cancel))
    , m_job(m_params.job)
{
    setAutoDelete(true);
}

PushJob::~PushJob() = default;

void PushJob::run()
{
    execute();
}

JobUpdate PushJob::execute()
{
    m_journal = m_journalFactory();
    m_tracker = std::make_unique<StageTracker>(m_job, *m_journal, m_reporter);
    m_probe = std::make_shared<Probe>();
    m_probe->target = m_params.target;
    m_probe->ssh = m_params.ssh;
    const std::shared_ptr<Probe> probe = m_probe;
    const std::shared_ptr<CancelToken> cancel = m_cancel;
    // A stall stops the job the way a cancel does (every blocked call returns); finishJob then says why.
    m_stall = std::make_unique<StallWatch>(
        m_params.stallTimeoutMs, [probe](int timeoutMs) { return probe->ask(timeoutMs); },
        [cancel] { cancel->cancel(); }, [probe] { probe->abort(); });
    m_tracker->setObserver([this](const JobUpdate &job) {
        m_stall->touch();
        if (m_params.observer)
            m_params.observer(job);
    });
    m_job.state = JobState::Running;
    m_job.historyId = m_journal->jobStarted(m_job);
    m_tracker->report(true);
    // What a killed push left here (its owner process is gone) goes first.
    ScpUpload::sweepLocal(m_params.localTempDir);

    if (!m_job.runEnabled) {
        m_tracker->skip(StageKind::Run);
        m_tracker->skip(StageKind::Health);
    }
    bool present = false;
    // The batch's save is joined once the node is known to need the image: a node that has it costs no save.
    const bool ok = resolveSource() && planRun() && (startEarlySave(), true) && connectWithRetry(StageKind::Transfer)
        && probeNode() && checkAlreadyPresent(&present) && (present || (joinFanout(), true)) && checkNodeFits()
        && (present || deliver())
        && (!m_job.runEnabled || runContainer());
    m_stall->arm(StallWatch::Phase::Idle, {});
    if (ok)
        finishJob(present && !m_job.runEnabled ? JobState::Skipped : JobState::Succeeded,
                  present ? QStringLiteral("%1: already present (%2)%3")
                                .arg(m_job.node, m_source->imageId.mid(7, 12),
                                     m_job.runEnabled ? QStringLiteral("; ") + m_job.message : QString())
                          : m_job.message);
    else
        finishJob(stopped() ? JobState::Cancelled : JobState::Failed, m_job.message);
    if (m_session)
        m_cancel->detach(m_session.get());
    m_stall.reset();
    return m_job;
}

bool PushJob::stopped() const
{
    return m_cancel->isCancelled();
}

QString PushJob::stopMessage() const
{
    if (!m_stall || !m_stall->stalled())
        return QStringLiteral("cancelled");
    const int seconds = qMax(1, m_stall->timeoutMs() / 1000);
    if (!m_stall->daemonAnswered())
        return QStringLiteral("%1: no progress for %2 s while %3, and the Docker daemon on the node does not answer "
                              "(`docker version` hangs or fails): it is hung, stopped or overloaded. Check it on the "
                              "node (systemctl status docker, its log) and restart it if needed, then retry. The push "
                              "was stopped; nothing partial was loaded.")
            .arg(m_job.node).arg(seconds).arg(m_stall->what());
    return QStringLiteral("%1: no progress for %2 s while %3, although the node's Docker daemon answers: the "
                          "connection (or the local engine) stalled. Retry; on a very slow link raise the stall "
                          "timeout.").arg(m_job.node).arg(seconds).arg(m_stall->what());
}

void PushJob::startEarlySave()
{
    // A lone stream push begins the engine's save now, while the node is reached and asked: Docker ≤ 24 exports the
    // whole image before its first byte (~1 s per 100 MB), time the baseline `docker save | ssh` overlaps with its
    // handshake too. The bytes wait in a bounded share (4 MiB); a node that has the image stops the save unread.
    if (m_params.fanout || m_params.relay || m_source->stored || m_job.source != PushSourceKind::EngineImage
        || m_job.mode != TransferMode::Stream)
        return;
    SaveFanout::Settings settings;
    settings.dockerHost = m_params.dockerHost;
    settings.reference = m_source->reference;
    settings.expected = 1;
    settings.startMs = 60000; // the probe and the questions come first
    m_params.fanout = std::make_shared<SaveFanout>(settings);
    m_earlySave = true;
    m_fanoutDecided = true;
    m_share = m_params.fanout->join(); // the one expected: the save begins
}

void PushJob::joinFanout()
{
    if (!m_params.fanout || m_fanoutDecided)
        return;
    m_fanoutDecided = true;
    if (m_job.source == PushSourceKind::EngineImage && m_job.mode == TransferMode::Stream)
        m_share = m_params.fanout->join();
    else
        m_params.fanout->withdraw();
}

void PushJob::leaveFanout()
{
    if (m_params.fanout && !m_fanoutDecided)
        m_params.fanout->withdraw();
    m_fanoutDecided = true;
    if (m_share)
        std::exchange(m_share, {})->leave();
}

void PushJob::finishJob(JobState state, const QString &message)
{
    leaveFanout();
    leaveRelay();
    tearDownRelay();
    const bool stalled = m_stall && m_stall->stalled();
    if (state == JobState::Cancelled && stalled)
        state = JobState::Failed; // nobody asked for it: the node stopped answering
    if (stalled && state == JobState::Failed) {
        m_job.failure = FailureKind::Unreachable;
        m_tracker->finishJob(state, stopMessage(), stopMessage());
        return;
    }
    m_tracker->finishJob(state, message);
}

bool PushJob::failStage(StageKind stage, const QString &error, FailureKind kind)
{
    if (stopped()) {
        const bool stalled = m_stall && m_stall->stalled();
        m_job.failure = stalled ? FailureKind::Unreachable : FailureKind::Cancelled;
        m_tracker->fail(stage, stalled ? JobState::Failed : JobState::Cancelled, stopMessage());
        return false;
    }
    m_job.failure = kind == FailureKind::None ? FailureKind::Failed : kind;
    m_tracker->fail(stage, JobState::Failed, error);
    return false;
}

bool PushJob::resolveSource()
{
    m_source = std::make_unique<Source>();
    m_engine = std::make_unique<DockerEngine>(m_params.dockerHost);
    if (m_job.source == PushSourceKind::StoreObject && !resolveStoreSource())
        return false;
    if (m_source->stored)
        return true;
    if (m_job.source == PushSourceKind::ArchiveFile) {
        // A dropped archive is untrusted: read it whole before anything is sent, so a truncated or malformed
        // file is refused here and never reaches `docker load`.
        SaveArchiveInfo info;
        QString error;
        if (!SaveArchive::inspect(m_params.archivePath, &info, &error))
            return failStage(StageKind::Save, error);
        // Its names land on the node as they are (`docker load` applies them): each must pass the same policy as
        // a name given by hand, or nothing is sent — a multi-image archive never half-loads.
        const TagPolicy policy(m_params.tagPolicy);
        for (const SaveArchiveImage &image : std::as_const(info.images)) {
            for (const QString &tag : image.repoTags) {
                const TagPolicy::Verdict verdict = policy.check(tag, TagPolicy::Purpose::Run);
                if (!verdict)
                    return failStage(StageKind::Save,
                                     QStringLiteral("%1: refused: its manifest names the image \"%2\": %3 Nothing "
                                                    "was sent. Give the image an allowed name and save it again "
                                                    "(docker tag IMAGE NAME:VERSION; docker save -o FILE "
                                                    "NAME:VERSION).").arg(m_params.archivePath, tag, verdict.reason),
                                     FailureKind::Usage);
            }
            m_source->imageIds << image.imageId;
        }
        m_source->ociOnly = info.ociOnly;
        if (m_job.runEnabled && info.images.size() != 1)
            return failStage(StageKind::Save, QStringLiteral("%1 holds %2 images: starting a container after the load "
                                                             "needs an archive of one image. Push it without running "
                                                             "it, or save one image per archive.")
                                                  .arg(m_params.archivePath).arg(info.images.size()),
                             FailureKind::Usage);
        m_source->imageId = info.imageId;
        m_source->architecture = info.architecture;
        m_source->variant = info.variant;
        m_source->labels = info.labels;
        if (info.images.size() == 1)
            m_source->diffIds = info.images.first().diffIds;
        m_source->reference = info.repoTags.value(0, info.imageId);
        m_source->sizeEstimate = QFile(m_params.archivePath).size();
        return true;
    }
    std::optional<ImageInfo> image = m_engine->inspectImage(m_job.image);
    // Missing here but named with a trusted registry: the workstation pulls it first (seed 004, step 1).
    if (!image && m_engine->error().kind == DockerError::NotFound && m_job.source == PushSourceKind::EngineImage) {
        if (const std::optional<StoreLocation> registry = RegistryPull::registryOf(m_job.image)) {
            StoreCredentials credentials;
            if (!credentialsFor(*registry, &credentials, StageKind::Pull) || !pull(*registry, credentials))
                return false;
            image = m_engine->inspectImage(m_job.image);
        }
    }
    if (!image) {
        const DockerError &e = m_engine->error();
        return failStage(StageKind::Save, e.message,
                         e.kind == DockerError::DaemonDown ? FailureKind::Unreachable : FailureKind::Failed);
    }
    m_source->imageId = image->id;
    m_source->imageIds = {image->id};
    m_source->reference = m_job.image;
    m_source->sizeEstimate = image->size;
    m_source->architecture = image->architecture;
    m_source->variant = image->variant;
    m_source->labels = image->labels;
    m_source->diffIds = image->diffIds;
    return true;
}

bool PushJob::credentialsFor(const StoreLocation &location, StoreCredentials *credentials, StageKind stage)
{
    QString error;
    const std::optional<StoreCredentials> found = m_params.storeCredentials
        ? m_params.storeCredentials(location, &error)
        : StoreCredentials::lookup(location, &error);
    if (!error.isEmpty())
        return failStage(stage, error);
    *credentials = found.value_or(StoreCredentials{});
    return true;
}

bool PushJob::pull(const StoreLocation &registry, const StoreCredentials &credentials)
{
    m_job.pullEnabled = true;
    m_tracker->start(StageKind::Pull);
    const RegistryPull::Result result = RegistryPull::pull(
        *m_engine, registry, credentials, TagPolicy(m_params.tagPolicy), m_job.image, m_cancel->flag(),
        [this](qint64 done, qint64 total) { m_tracker->progress(StageKind::Pull, done, total); });
    if (!result.ok)
        return failStage(StageKind::Pull, m_job.source == PushSourceKind::EngineImage
                                              ? QStringLiteral("%1 is not in the local engine and could not be "
                                                               "pulled: %2").arg(m_job.image, result.message)
                                              : result.message,
                         result.failure);
    m_tracker->succeed(StageKind::Pull, result.message);
    m_tracker->message(result.message);
    return true;
}

std::unique_ptr<ImageStore> PushJob::openStore() const
{
    return StoreFactory::open(*m_storeLocation, m_storeCredentials, TagPolicy(m_params.tagPolicy));
}

bool PushJob::resolveStoreSource()
{
    QString error;
    m_storeLocation = StoreLocation::parse(m_job.storeUrl, &error);
    if (!m_storeLocation)
        return failStage(StageKind::Save, error, FailureKind::Usage);
    if (m_storeLocation->kind != StoreLocation::Kind::Folder
        && !credentialsFor(*m_storeLocation, &m_storeCredentials, StageKind::Save))
        return false;
    if (m_storeLocation->kind == StoreLocation::Kind::Registry)
        return pull(*m_storeLocation, m_storeCredentials); // then on as an image of the local engine
    const std::unique_ptr<ImageStore> store = openStore();
    store->setCancelFlag(m_cancel->flag());
    const std::optional<StoredArchive> archive = store->describe(m_job.image);
    if (!archive)
        return failStage(StageKind::Save, store->error().message, store->error().failureKind());
    if (archive->sha256.isEmpty() || !archive->imageId.startsWith(QLatin1String("sha256:")))
        return failStage(StageKind::Save, QStringLiteral("%1 in %2 records no checksum or image ID, so it cannot be "
                                                         "checked; put the image again (fleetctl store put %2 %1).")
                                              .arg(m_job.image, store->location()));
    // Given by archive name, the image is the one its sidecar records: it lands on the node under that name, so it
    // passes the policy a name given by hand would (JobRunner::validate could not check it).
    const bool byName = ImageStore::namesArchive(m_job.image);
    if (byName) {
        const TagPolicy::Verdict verdict = TagPolicy(m_params.tagPolicy).check(archive->reference,
                                                                               TagPolicy::Purpose::Run);
        if (!verdict)
            return failStage(StageKind::Save, QStringLiteral("%1 in %2 holds %3, which is refused: %4 Nothing was "
                                                             "sent.").arg(m_job.image, store->location(),
                                                                          archive->reference, verdict.reason),
                             FailureKind::Usage);
    }
    m_source->stored = archive;
    m_source->imageId = archive->imageId;
    m_source->imageIds = {archive->imageId};
    m_source->reference = byName ? archive->reference : m_job.image;
    m_source->sizeEstimate = archive->size;
    return true;
}

bool PushJob::deliver()
{
    if (!m_source->stored && m_job.mode == TransferMode::Stream && m_params.relay) {
        switch (pushRelayed()) {
        case Relayed::Done:
            return true;
        case Relayed::Failed:
            return false;
        case Relayed::Alone:
            break;
        }
    }
    leaveRelay();
    if (!m_source->stored)
        return m_job.mode == TransferMode::Stream ? pushStream() : pushScp();
    if (m_storeLocation->kind == StoreLocation::Kind::S3 && m_job.via != DeliveryPath::Relay) {
        switch (pushDirect()) {
        case Direct::Done:
            return true;
        case Direct::Failed:
            return false;
        case Direct::Fallback:
            break;
        }
    }
    // Relayed: streamed from the store into the node's `docker load`, never into a file here.
    m_job.via = DeliveryPath::Relay;
    return pushStream();
}

PushJob::Direct PushJob::pushDirect()
{
    const bool forced = m_job.via == DeliveryPath::Direct;
    const auto fallback = [this, forced](const QString &why) {
        if (forced) {
            if (m_job.stageRecord(StageKind::Transfer).state != JobState::Running)
                m_tracker->start(StageKind::Transfer);
            failStage(StageKind::Transfer, QStringLiteral("%1. A direct download was asked for (--via direct); push "
                                                          "with --via relay or auto to send it through the "
                                                          "workstation.").arg(why));
            return Direct::Failed;
        }
        if (m_job.stageRecord(StageKind::Transfer).state == JobState::Running)
            m_tracker->fail(StageKind::Transfer, JobState::Failed, why);
        m_tracker->message(QStringLiteral("%1; relaying the image through the workstation instead").arg(why),
                           QStringLiteral("warning"));
        return Direct::Fallback;
    };
    const auto sshFailure = [this](NodeFetch &fetch, StageKind stage) {
        if (m_job.stageRecord(stage).state != JobState::Running)
            m_tracker->start(stage);
        noteSshError(m_job, fetch.sshError());
        if (!fetch.remoteDirectory().isEmpty())
            removeRemote(QStringLiteral("rm -rf ") + shellQuote(fetch.remoteDirectory()));
        failStage(stage, stopped() ? stopMessage() : fetch.message(), fetch.sshError().failureKind());
        return Direct::Failed;
    };

    m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("asking the node for curl or wget"));
    NodeFetch fetch(*m_session, m_job.node);
    NodeFetch::Tool tool = NodeFetch::Tool::None;
    if (!fetch.probeTool(&tool))
        return sshFailure(fetch, StageKind::Transfer);
    if (tool == NodeFetch::Tool::None)
        return fallback(fetch.message());
    const QDateTime now = m_params.presignClock ? m_params.presignClock() : QDateTime::currentDateTimeUtc();
    QString error;
    const QByteArray head = S3Presign::presignedUrl(*m_storeLocation, m_storeCredentials, "HEAD",
                                                    m_source->stored->key, now, 300, &error);
    if (head.isEmpty())
        return fallback(QStringLiteral("no download link could be made for %1 (%2)").arg(m_job.node, error));
    const QByteArray url = S3Presign::presignedUrl(*m_storeLocation, m_storeCredentials, "GET",
                                                   m_source->stored->key, now, m_params.presignSeconds, &error);
    if (url.isEmpty())
        return fallback(QStringLiteral("no download link could be made for %1 (%2)").arg(m_job.node, error));
    m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("asking whether the node reaches the store"));
    if (!fetch.canReach(tool, head, url))
        return fetch.sshError().ok() ? fallback(fetch.message()) : sshFailure(fetch, StageKind::Transfer);

    m_tracker->skip(StageKind::Save);
    m_tracker->start(StageKind::Transfer, m_source->stored->size);
    m_stall->arm(StallWatch::Phase::Bytes, QStringLiteral("the node downloading the image from the store"));
    NodeFetch::Callbacks callbacks;
    callbacks.downloaded = [this](qint64 bytes) { m_tracker->progress(StageKind::Transfer, bytes); };
    callbacks.loading = [this, tool] {
        m_tracker->succeed(StageKind::Transfer, QStringLiteral("%1 downloaded it from the store with %2 and checked "
                                                               "its sha256").arg(m_job.node, NodeFetch::toolName(tool)));
        m_tracker->start(StageKind::Load);
        m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("`docker load` read the downloaded archive"));
    };
    switch (fetch.fetchAndLoad(tool, url, m_source->stored->sha256, callbacks)) {
    case NodeFetch::Outcome::Loaded:
        m_job.via = DeliveryPath::Direct;
        m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2 (downloaded directly from the store)")
                                                .arg(m_job.node, fetch.loadOutput()));
        return Direct::Done;
    case NodeFetch::Outcome::Mismatch:
        failStage(StageKind::Transfer, fetch.message());
        return Direct::Failed;
    case NodeFetch::Outcome::Unavailable:
        return fallback(fetch.message());
    case NodeFetch::Outcome::LoadFailed:
        m_job.via = DeliveryPath::Direct;
        failStage(StageKind::Load, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"), fetch.loadError(),
                                                         fetch.loadStatus()),
                  RemoteDocker::failureKind(fetch.loadError()));
        return Direct::Failed;
    case NodeFetch::Outcome::Stopped:
        break;
    }
    return sshFailure(fetch, m_job.stageRecord(StageKind::Load).state == JobState::Running ? StageKind::Load
                                                                                         : StageKind::Transfer);
}

bool PushJob::backoff(int attempt)
{
    // 1 s, 2 s, 4 s… in 100 ms slices so a cancel is still prompt.
    const int waitMs = 1000 << qMin(attempt, 4);
    for (int waited = 0; waited < waitMs; waited += 100) {
        if (m_cancel->isCancelled())
            return false;
        QThread::msleep(100);
    }
    return true;
}

bool PushJob::connectWithRetry(StageKind stage)
{
    m_stall->arm(StallWatch::Phase::Idle, {}); // bounded by the connect timeout
    for (int attempt = 0;; ++attempt) {
        if (m_session)
            m_cancel->detach(m_session.get());
        m_session = std::make_unique<SshSession>(m_params.target, m_params.ssh);
        m_cancel->attach(m_session.get());
        if (m_session->connect())
            return true;
        const SshError &e = m_session->error();
        if (!e.isTransient() || attempt >= m_params.retries || m_cancel->isCancelled()) {
            m_tracker->start(stage);
            noteSshError(m_job, e);
            return failStage(stage, e.message, e.failureKind());
        }
        m_tracker->message(QStringLiteral("%1 (retrying, attempt %2 of %3)").arg(e.message).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt))
            return failStage(stage, QStringLiteral("cancelled"));
    }
}

bool PushJob::checkAlreadyPresent(bool *present)
{
    m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("asking the node's Docker daemon for the image"));
    RemoteDocker docker(*m_session, m_runtime);
    *present = true;
    QString imageTagsOwner;
    QStringList remoteTags;
    // The node's architecture (unless the history knows it) and runtimes (for a GPU run) come with the first
    // question: no extra round trip.
    m_knownNode = m_journal->knownNode(m_params.target.host);
    const bool needArch = !m_params.run.forceArch && !m_source->architecture.isEmpty()
        && (!m_knownNode || m_knownNode->arch.isEmpty());
    const bool needGpu = m_job.runEnabled && m_run.gpus.value_or(false) && !m_run.forceGpu;
    bool first = true;
    for (const QString &imageId : std::as_const(m_source->imageIds)) {
        QString remoteId, error;
        QStringList tags;
        RemoteDocker::DaemonInfo *info = first && (needArch || needGpu) && !m_daemon.known ? &m_daemon : nullptr;
        // What the node's store holds rides along with the first question: a missing image then needs no
        // second round trip before only its missing layers are sent.
        const bool askLayers = first && m_job.mode == TransferMode::Stream
            && (m_params.delta || m_params.compress != WireCompression::None);
        first = false;
        if (!docker.imageId(imageId, &remoteId, &error, &tags, info, askLayers ? &m_nodeLayers : nullptr)) {
            m_tracker->start(StageKind::Transfer);
            noteSshError(m_job, m_session->error());
            return failStage(StageKind::Transfer, error,
                             m_session->error().ok() ? FailureKind::Failed : m_session->error().failureKind());
        }
        if (remoteId != imageId)
            *present = false;
        if (imageId == m_source->imageId)
            remoteTags = tags;
    }
    if (!*present)
        return true;
    leaveFanout(); // nothing to send: the batch's save need not wait for this node
    leaveRelay();
    for (StageKind k : {StageKind::Save, StageKind::Transfer, StageKind::Load})
        m_job.stageRecord(k).state = JobState::Skipped;
    // The node may know the ID under another name only: give it ours so `docker run NAME` works there.
    const bool named = m_job.source == PushSourceKind::ArchiveFile || m_source->reference == m_source->imageId
        || remoteTags.contains(m_source->reference);
    if (!named) {
        const RemoteResult tagged = m_session->run(m_runtime.command(QStringLiteral("tag %1 %2")
                                                       .arg(shellQuote(m_source->imageId),
                                                            shellQuote(m_source->reference))));
        if (!tagged.ok())
            m_tracker->message(RemoteDocker::explain(m_job.node, QStringLiteral("naming the image"), tagged),
                               QStringLiteral("warning"));
    }
    return !stopped() || failStage(StageKind::Transfer, stopMessage());
}

bool PushJob::produce(DockerEngine &engine, const HttpClient::Sink &sink, QString *error) const
{
    if (m_source->stored) {
        // Read on this (the producer's) thread with a store of its own: curl handles belong to one thread.
        const std::unique_ptr<ImageStore> store = openStore();
        store->setCancelFlag(m_cancel->flag());
        const std::unique_ptr<ArchiveStream> stream = store->open(m_job.image);
        if (!stream) {
            *error = store->error().message;
            return false;
        }
        if (stream->archive().sha256 != m_source->stored->sha256) {
            *error = QStringLiteral("%1 changed in %2 while it was being pushed; push it again")
                         .arg(m_job.image, store->location());
            return false;
        }
        QByteArray buffer(kStreamChunk, Qt::Uninitialized);
        qint64 n;
        while ((n = stream->read(buffer.data(), buffer.size())) > 0)
            if (m_cancel->isCancelled() || !sink(buffer.constData(), n))
                return false;
        if (n < 0)
            *error = stream->error().message;
        return n == 0;
    }
    if (m_job.source != PushSourceKind::ArchiveFile) {
        if (engine.save({m_source->reference}, sink, m_cancel->flag()))
            return true;
        *error = engine.error().message;
        return false;
    }
    QFile file(m_params.archivePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_params.archivePath, file.errorString());
        return false;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n;
    while ((n = file.read(buffer.data(), buffer.size())) > 0)
        if (m_cancel->isCancelled() || !sink(buffer.constData(), n))
            return false;
    return n == 0;
}

WireChain::Options PushJob::wireOptions() const
{
    WireChain::Options options;
    if (m_deltaActive) {
        options.diffIds = m_source->diffIds;
        options.nodeChainIds = m_relayed ? m_relaySharedLayers : m_nodeLayers.chainIds;
    }
    options.compress = m_compressing;
    options.policy = m_params.compress == WireCompression::Zstd ? WireCompressor::Policy::Always
                                                                 : WireCompressor::Policy::Auto;
    return options;
}

bool PushJob::streamFromFanout(RemoteProcess &load, qint64 *sent, bool *produced, bool *dropped)
{
    // This node's own path (missing layers, zstd) runs here, on the job's thread, on the batch's one save stream.
    const std::shared_ptr<SaveFanout::Share> share = std::exchange(m_share, {});
    *produced = false;
    *dropped = false;
    qint64 saved = 0;
    double linkRate = 0;
    WireChain chain(wireOptions(), [&](QByteArray chunk) {
        if (!timedWrite(load, chunk, &linkRate))
            return false;
        *sent += chunk.size();
        m_tracker->progress(StageKind::Transfer, *sent);
        if (m_relayed)
            m_params.relay->progress(*sent);
        return true;
    });
    bool ok = true;
    QByteArray chunk;
    int got;
    while (ok && (got = share->popWithin(&chunk, 200)) >= 0) {
        if (stopped()) {
            ok = false;
            break;
        }
        if (got == 0)
            continue;
        if (saved == 0 && m_params.fanout && m_params.fanout->started() > 1) // the save began: its shares are known
            m_tracker->message(QStringLiteral("%1: sharing one save of %2 with the batch's other nodes")
                                   .arg(m_job.node, m_source->reference), QStringLiteral("info"));
        saved += chunk.size();
        m_tracker->progress(StageKind::Save, saved);
        chain.setLinkRate(linkRate);
        ok = chain.feed(chunk.constData(), chunk.size());
    }
    *produced = ok && share->complete() && chain.finish();
    *dropped = share->dropped();
    if (!*produced)
        share->leave();
    if (!share->error().isEmpty())
        m_job.message = share->error();
    else if (!chain.error().isEmpty())
        m_job.message = chain.error();
    m_wireSummary = *produced ? chain.summary() : QString();
    return *produced;
}

bool PushJob::streamInto(RemoteProcess &load, qint64 *sent, bool *produced)
{
    // The save stream is read on a second thread (with its own engine: a curl handle belongs to one thread) and
    // handed over through a bounded pipe, so reading from dockerd and SSH encryption overlap.
    ChunkPipe pipe;
    *produced = false;
    QString produceError;
    std::atomic<qint64> saved{0};
    WireChain chain(wireOptions(), [&pipe](QByteArray chunk) { return pipe.push(std::move(chunk)); });
    // engine → missing layers only → zstd frames → pipe
    std::thread producer([&] {
        DockerEngine engine(m_params.dockerHost);
        *produced = produce(engine, [&](const char *data, qint64 size) {
            saved += size;
            return chain.feed(data, size);
        }, &produceError) && chain.finish();
        if (produceError.isEmpty())
            produceError = chain.error();
        pipe.finish();
    });
    bool ok = true;
    QByteArray chunk;
    double linkRate = 0;
    while (ok && pipe.pop(&chunk)) {
        ok = timedWrite(load, chunk, &linkRate);
        if (ok) {
            chain.setLinkRate(linkRate);
            *sent += chunk.size();
            m_tracker->progress(StageKind::Save, saved);
            m_tracker->progress(StageKind::Transfer, *sent);
            if (m_relayed)
                m_params.relay->progress(*sent);
        }
    }
    pipe.close();
    producer.join();
    m_wireSummary = *produced ? chain.summary() : QString();
    if (!*produced && ok && !produceError.isEmpty())
        m_job.message = produceError;
    return ok && *produced;
}

bool PushJob::pushStream()
{
    // Layers the node holds in the same place of the same chain are left out (its `docker load` skips them
    // unopened); a containerd image store does not, so it gets the whole archive.
    int reusable = 0;
    if (m_params.delta && !m_source->diffIds.isEmpty() && m_nodeLayers.known) {
        for (const QString &chain : LayerChain::chainIds(m_source->diffIds))
            reusable += m_nodeLayers.chainIds.contains(chain) ? 1 : 0;
        if (reusable > 0 && m_nodeLayers.containerdStore) {
            m_tracker->message(QStringLiteral("%1 has %2 of the image's %3 layers, but its containerd image store "
                                              "cannot reuse them from an archive: sending the whole image")
                                   .arg(m_job.node).arg(reusable).arg(m_source->diffIds.size()),
                               QStringLiteral("info"));
            reusable = 0;
        }
    }
    // zstd on the wire needs the node's decompressor; asked for it explicitly, its absence is an error.
    m_compressing = m_params.compress != WireCompression::None && m_nodeLayers.hasZstd;
    if (m_params.compress == WireCompression::Zstd && !m_compressing) {
        m_tracker->start(StageKind::Transfer);
        return failStage(StageKind::Transfer,
                         QStringLiteral("%1 has no zstd to decompress the stream: install it there (apt-get install "
                                        "zstd) or push with --compress auto (compresses where it can) or none. Nothing "
                                        "was sent.").arg(m_job.node),
                         FailureKind::Usage);
    }
    bool wholeAfterDelta = false; // a delta load failed once: the whole image went instead
    for (int attempt = 0;; ++attempt) {
        if (attempt > 0 && !connectWithRetry(StageKind::Transfer))
            return false;
        m_deltaActive = reusable > 0 && !wholeAfterDelta;
        m_wireSummary.clear();
        m_tracker->setAttempts(StageKind::Transfer, attempt + 1);
        m_tracker->start(StageKind::Save, m_source->sizeEstimate);
        // How much of the image goes is known only as its layers pass.
        m_tracker->start(StageKind::Transfer, m_deltaActive ? -1 : m_source->sizeEstimate);
        // `docker load` reads the stream as it arrives (within the SSH window): its stage runs beside the
        // transfer and counts what it was given; then it waits for the daemon, which a CLI off a terminal does
        // not report on (LoadProgress).
        m_tracker->startBeside(StageKind::Load, StageKind::Transfer);
        m_stall->arm(StallWatch::Phase::Bytes, QStringLiteral("sending the image into `docker load`"));
        RemoteProcess load(*m_session);
        qint64 sent = 0;
        bool produced = false;
        // The engine's save stream goes straight into the node's `docker load`: no file anywhere, and a full
        // SSH window stalls the pipe and then curl, so memory stays flat.
        const QString command = m_compressing ? QStringLiteral("zstd -dcq | ") + m_runtime.load()
                                              : m_runtime.load();
        bool dropped = false;
        const bool shared = bool(m_share); // the first attempt, when the batch's save took this job
        bool ok = load.start(command)
            && (shared ? streamFromFanout(load, &sent, &produced, &dropped) : streamInto(load, &sent, &produced));
        if (dropped && !stopped()) {
            // It fell behind the batch's shared save: its `docker load` loses its channel with the stream cut
            // before the manifest (which comes last), so nothing partial is loaded; it gets a save of its own.
            m_tracker->message(m_earlySave ? QStringLiteral("%1: the save begun early waited too long for the node: "
                                                            "saving again").arg(m_job.node)
                                           : QStringLiteral("%1 fell behind the other nodes of the batch: sending it "
                                                            "the image with a save of its own").arg(m_job.node),
                               QStringLiteral("warning"));
            continue;
        }
        if (ok) {
            m_tracker->succeed(StageKind::Save);
            m_tracker->succeed(StageKind::Transfer); // the load, running beside it, is the current stage now
            m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("`docker load` read the image"));
            ok = load.closeInput() && load.waitForFinished();
            if (ok && load.exitStatus() == 0) {
                const QString output = QString::fromUtf8(load.takeStdout()).trimmed();
                if (m_deltaActive && !verifyLoadedId())
                    return false;
                const QString sent = m_wireSummary.isEmpty() ? QString() : QStringLiteral("; ") + m_wireSummary;
                m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2%3%4").arg(
                                                        m_job.node, output.section(QLatin1Char('\n'), -1), sent,
                                                        unpackForFirstRun()));
                return true;
            }
        }
        const StageKind failed = streamStage();
        if (stopped())
            return failStage(failed, stopMessage());
        // The local engine failed (daemon down, image removed meanwhile): its words, on the Save stage.
        if (!produced && !load.remoteClosed() && load.error().ok()) {
            m_tracker->fail(StageKind::Save, JobState::Failed, m_job.message);
            return failStage(failed, m_job.message);
        }
        // Did `docker load` end by itself (a full disk, a damaged layer, its daemon gone)? Then it said why, and
        // sending the image again would not help. Only a connection that broke without an exit status is
        // worth another try.
        if (load.exitStatus() < 0 && load.remoteClosed())
            load.waitForFinished(2000);
        if (load.exitStatus() > 0) {
            const QByteArray stderrData = load.stderrData();
            // The node lost a layer it had between the question and the load (an image removed meanwhile):
            // the whole image, once.
            if (m_deltaActive && !RemoteDocker::isPermanent(stderrData) && !RemoteDocker::daemonWentAway(stderrData)
                && !RemoteDocker::archiveDamaged(stderrData)) {
                wholeAfterDelta = true;
                m_tracker->message(QStringLiteral("%1: loading only the missing layers failed (%2); sending the whole "
                                                  "image once").arg(m_job.node, QString::fromUtf8(stderrData)
                                                                                     .trimmed().left(300)),
                                   QStringLiteral("warning"));
                continue;
            }
            return failStage(failed, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"), stderrData,
                                                           load.exitStatus()),
                             RemoteDocker::failureKind(stderrData));
        }
        const SshError sshError = load.error().ok() ? m_session->error() : load.error();
        if (sshError.ok())
            return failStage(failed, QStringLiteral("%1: docker load ended without saying why").arg(m_job.node));
        if (!sshError.isTransient() || attempt >= m_params.retries) {
            noteSshError(m_job, sshError);
            return failStage(failed, sshError.message, sshError.failureKind());
        }
        m_tracker->message(QStringLiteral("%1: transfer interrupted after %2 bytes (%3); retrying")
                               .arg(m_job.node).arg(sent).arg(sshError.message), QStringLiteral("warning"));
        if (!backoff(attempt))
            return failStage(failed, stopMessage());
    }
}

StageKind PushJob::streamStage() const
{
    // The load runs beside the transfer: once the transfer is over, what fails is the load.
    return m_job.stageRecord(StageKind::Transfer).state != JobState::Running
            && m_job.stageRecord(StageKind::Load).state == JobState::Running
        ? StageKind::Load
        : StageKind::Transfer;
}

bool PushJob::verifyLoadedId()
{
    // `docker load` names what it loaded, not its ID: a delta archive is only as good as the node's own layers,
    // so the result is checked by ID.
    RemoteDocker docker(*m_session, m_runtime);
    QString remoteId, error;
    if (!docker.imageId(m_source->reference, &remoteId, &error))
        return failStage(StageKind::Load, error);
    if (remoteId == m_source->imageId)
        return true;
    return failStage(StageKind::Load, QStringLiteral("%1: after loading only the missing layers the node has %2 as "
                                                     "%3, not %4. Push it again with --full to send every layer.")
                                          .arg(m_job.node, m_source->reference,
                                               remoteId.isEmpty() ? QStringLiteral("nothing") : remoteId.mid(7, 12),
                                               m_source->imageId.mid(7, 12)));
}

bool PushJob::pushScp()
{
    ScpUpload upload(*m_tracker, m_cancel, m_stall.get());
    QString error;
    m_tracker->start(StageKind::Save, m_source->sizeEstimate);
    const QString existing = m_job.source == PushSourceKind::ArchiveFile ? m_params.archivePath : QString();
    if (!upload.prepareLocal(m_params.localTempDir, existing,
                             [this, &error](const HttpClient::Sink &sink) {
                                 return produce(*m_engine, sink, &error);
                             }, &error))
        return failStage(StageKind::Save, error.isEmpty() ? m_job.message : error);
    m_tracker->succeed(StageKind::Save);

    m_tracker->start(StageKind::Transfer, upload.localSize());
    // A temp dir that cannot hold the archive fails only after the bytes went: say so before, with the way out.
    if (m_facts && m_facts->tmpFreeBytes >= 0 && m_facts->tmpFreeBytes < upload.localSize())
        return failStage(StageKind::Transfer,
                         QStringLiteral("%1: its temp dir %2 has %3 free, and scp mode needs %4 there for the "
                                        "archive. Nothing was sent. Push with --mode stream (straight into the "
                                        "runtime, no file on the node), or free space there.")
                             .arg(m_job.node, m_facts->tmpDir, formatBytes(m_facts->tmpFreeBytes),
                                  formatBytes(upload.localSize())));
    for (int attempt = 0;; ++attempt) {
        m_tracker->setAttempts(StageKind::Transfer, attempt + 1);
        if (upload.send(*m_session, &error))
            break;
        const SshError sshError = m_session->error();
        const bool transient = !upload.failedPermanently() && (sshError.ok() || sshError.isTransient());
        if (stopped() || !transient || attempt >= m_params.retries) {
            noteSshError(m_job, sshError);
            failStage(StageKind::Transfer, error, sshError.ok() ? FailureKind::Failed : sshError.failureKind());
            // Leave nothing behind, even after a cancel (which killed the session): a short fresh connection.
            removeRemote(upload.cleanupCommand());
            return false;
        }
        m_tracker->message(QStringLiteral("%1 (resuming, attempt %2 of %3)").arg(error).arg(attempt + 2)
                               .arg(m_params.retries + 1), QStringLiteral("warning"));
        if (!backoff(attempt) || !connectWithRetry(StageKind::Transfer)) {
            if (m_job.stageRecord(StageKind::Transfer).state == JobState::Running)
                failStage(StageKind::Transfer, stopMessage());
            removeRemote(upload.cleanupCommand());
            return false;
        }
    }
    m_tracker->succeed(StageKind::Transfer);
    return loadRemoteFile(upload.remotePath(), upload.cleanupCommand());
}

bool PushJob::loadRemoteFile(const QString &remotePath, const QString &cleanup)
{
    // Its total is the archive's size; how far `docker load` read it comes from the node (LoadProgress).
    m_tracker->start(StageKind::Load, m_job.stageRecord(StageKind::Transfer).progress.total);
    m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("`docker load` read the archive"));
    const RemoteResult result = LoadProgress::run(*m_session, m_runtime, remotePath, [this](qint64 read, qint64 size) {
        m_tracker->progress(StageKind::Load, read, size >= 0 ? size : -2);
    });
    m_stall->arm(StallWatch::Phase::Idle, {});
    removeRemote(cleanup);
    if (!result.ok())
        return failStage(StageKind::Load, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"), result),
                         RemoteDocker::failureKind(result));
    m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2%3").arg(m_job.node, result.lastLine(),
                                                                        unpackForFirstRun()));
    return true;
}

QString PushJob::unpackForFirstRun()
{
    // Docker's containerd image store keeps a loaded image packed until a container is first made from it, so
    // "loaded" is not "ready": create one (never started, never pulled) and remove it, and the first real run starts
    // at once. The run stage does it anyway; a graphdriver store unpacks as it loads.
    const bool containerd = m_nodeLayers.containerdStore
        || (m_facts && m_facts->imageStore == QLatin1String("containerd"));
    if (!containerd || m_runtime.podman() || m_job.runEnabled || stopped())
        return {};
    QElapsedTimer clock;
    clock.start();
    const RemoteResult made = m_session->run(RemoteDocker::unpackCommand(m_runtime, m_source->reference));
    if (!made.ok()) {
        m_tracker->message(QStringLiteral("%1: could not unpack the image for its first run (%2); it unpacks when "
                                          "it is first run").arg(m_job.node, made.lastLine()),
                           QStringLiteral("warning"));
        return {};
    }
    return QStringLiteral("; ready to run (unpacked in %1 s: containerd image store)")
        .arg(QString::number(clock.elapsed() / 1000.0, 'f', 1));
}

void PushJob::removeRemote(const QString &command)
{
    if (!command.isEmpty())
        runOnNode(command);
}

RemoteResult PushJob::runOnNode(const QString &command)
{
    if (m_session && m_session->isConnected() && !m_session->isInterrupted()) {
        const RemoteResult result = m_session->run(command);
        if (result.error.ok())
            return result;
    }
    // The session is gone (cancelled or cut): a fresh, short one for this command.
    SshOptions options = m_params.ssh;
    options.connectTimeoutMs = qMin(options.connectTimeoutMs, 3000);
    options.unknownHostKey = UnknownHostKeyPolicy::Refuse;
    SshSession fresh(m_params.target, options);
    if (!fresh.connect()) {
        RemoteResult failed;
        failed.error = fresh.error();
        return failed;
    }
    return fresh.run(command);
}

bool PushJob::planRun()
{
    if (!m_job.runEnabled)
        return true;
    // The one rule (RunPlan::resolve): what the request sets wins, the rest comes from the image's catalog entry
    // (by reference, else by image ID), else from its io.fleetcommander.* labels.
    const ImageRunDefaults defaults = RunPlan::defaultsFrom(
        m_journal->catalogEntry(m_source->reference, m_source->imageId), m_source->labels);
    m_run = RunPlan::resolve(m_params.run, defaults);
    if (!defaults.from.isEmpty())
        m_tracker->message(QStringLiteral("%1: run with %2 (defaults from %3)").arg(m_job.node,
                                                                                 RunPlan::describe(m_run), defaults.from));
    return true;
}

bool PushJob::checkNodeFits()
{
    NodeFit::Facts facts{m_job.node, m_source->reference, m_source->architecture, m_source->variant, m_knownNode,
                         m_daemon};
    // Jetson: the image's L4T/CUDA release (its catalog entry, else its labels) against the node's probe.
    if (m_facts) {
        const std::optional<CatalogEntry> entry = m_journal->catalogEntry(m_source->reference, m_source->imageId);
        const QString l4t = entry && !entry->metadata.l4t.isEmpty()
            ? entry->metadata.l4t : m_source->labels.value(QStringLiteral("io.fleetcommander.l4t"));
        const QString cuda = entry && !entry->metadata.cuda.isEmpty()
            ? entry->metadata.cuda : m_source->labels.value(QStringLiteral("io.fleetcommander.cuda"));
        if (const QString warning = NodeFit::jetsonWarning(m_job.node, m_source->reference, l4t, cuda, *m_facts);
            !warning.isEmpty())
            m_tracker->message(warning, QStringLiteral("warning"));
    }
    if (!m_params.run.forceArch) {
        if (m_source->architecture.isEmpty()) {
            m_tracker->message(QStringLiteral("%1: the image's architecture is not known (the store does not record "
                                              "it): not checked against the node's").arg(m_job.node));
        } else if (const QString refusal = NodeFit::architectureRefusal(facts); !refusal.isEmpty()) {
            m_tracker->start(StageKind::Transfer);
            return failStage(StageKind::Transfer, refusal);
        }
    }
    if (m_job.runEnabled && m_run.gpus.value_or(false) && !m_run.forceGpu) {
        if (const QString refusal = NodeFit::gpuRefusal(facts); !refusal.isEmpty()) {
            m_tracker->start(StageKind::Run);
            return failStage(StageKind::Run, refusal);
        }
    }
    return !stopped() || failStage(StageKind::Transfer, stopMessage());
}

bool PushJob::runContainer()
{
    ContainerDeploy::Hooks hooks;
    hooks.session = [this]() -> SshSession & { return *m_session; };
    hooks.reconnect = [this](int attempt) { return backoff(attempt) && connectWithRetry(StageKind::Run); };
    hooks.rescue = [this](const QString &command) { return runOnNode(command); };
    hooks.stopped = [this] { return stopped(); };
    hooks.stopMessage = [this] { return stopMessage(); };
    hooks.fail = [this](StageKind stage, const QString &error, FailureKind kind) {
        return failStage(stage, error, kind);
    };
    DeployStamp stamp;
    stamp.imageId = m_source->imageId;
    stamp.deployedBy = RunPlan::localDeployer();
    stamp.deployedAt = QDateTime::currentDateTimeUtc();
    stamp.requestId = m_params.requestId;
    ContainerDeploy deploy(*m_tracker, m_job, *m_stall, std::move(hooks), m_params.retries);
    return deploy.deploy(m_source->reference, m_run, stamp);
}

bool PushJob::probeNode()
{
    // Recent facts from the history spare a round trip; facts that refuse the push are asked again (the node
    // may have been fixed since), and so are facts older than kProbeFreshMs.
    constexpr qint64 kProbeFreshMs = 10 * 60 * 1000;
    const std::optional<NodeProbeRecord> known = m_journal->nodeProbe(m_params.target.host);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (known && known->facts.valid && known->facts.usable() && now - known->probedAtMs < kProbeFreshMs
        && (m_params.target.user.isEmpty() || known->facts.user == m_params.target.user)) {
        m_facts = known->facts;
    } else {
        m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("asking the node which container runtime it has"));
        Failure failure;
        const NodeProbeReply reply = NodeProbe::run(*m_session, &failure);
        if (!reply.valid) {
            m_tracker->start(StageKind::Transfer);
            noteSshError(m_job, m_session->error());
            return failStage(StageKind::Transfer, failure.message, failure.kind);
        }
        m_facts = reply;
        m_journal->recordNodeProbe(m_params.target.host, reply);
    }
    const QString refusal = NodeProbe::refusal(m_job.node, *m_facts);
    if (!refusal.isEmpty()) {
        m_tracker->start(StageKind::Transfer);
        return failStage(StageKind::Transfer, refusal, NodeProbe::refusalKind(*m_facts));
    }
    m_runtime = RuntimeCommand::fromProbe(*m_facts);
    // skopeo's oci-archive has no manifest.json, which `docker load` before Docker 25 needs; podman reads it.
    const int dockerMajor = m_facts->runtimeVersion.section(QLatin1Char('.'), 0, 0).toInt();
    if (m_source->ociOnly && !m_runtime.podman() && dockerMajor < 25) {
        m_tracker->start(StageKind::Transfer);
        return failStage(StageKind::Transfer,
                         QStringLiteral("%1: %2 is an OCI layout without Docker's manifest.json (what `skopeo copy "
                                        "… oci-archive:` writes); the node's Docker %3 cannot load it (Docker 25 "
                                        "and podman can). Nothing was sent. Convert it first: skopeo copy "
                                        "oci-archive:%2 docker-archive:NEW.tar:NAME:TAG, then push NEW.tar.")
                             .arg(m_job.node, m_params.archivePath, m_facts->runtimeVersion), FailureKind::Usage);
    }
    // The run stage speaks plain docker only (yet): refused before any byte on the other kinds.
    if (m_job.runEnabled && m_runtime.cli() != QLatin1String("docker")) {
        m_tracker->start(StageKind::Transfer);
        return failStage(StageKind::Transfer,
                         QStringLiteral("%1: running a container after the load is not supported yet with %2 on "
                                        "the node. Nothing was sent. Push without --run, then start it there.")
                             .arg(m_job.node, m_runtime.cli()), FailureKind::Usage);
    }
    // The probe knows the node's architecture and runtimes: the image check need not ask docker info.
    if (!m_daemon.known && !m_facts->arch.isEmpty()) {
        m_daemon.known = true;
        m_daemon.architecture = m_facts->arch;
        m_daemon.runtimes = m_facts->runtimes;
    }
    if (m_runtime.cli() != QLatin1String("docker"))
        m_tracker->message(QStringLiteral("%1: %2 (%3)").arg(m_job.node, m_facts->summary(), m_runtime.cli()),
                           QStringLiteral("info"));
    return !stopped() || failStage(StageKind::Transfer, stopMessage());
}

} // namespace fleet
