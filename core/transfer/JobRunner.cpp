#include "transfer/JobRunner.h"

#include "images/TagPolicy.h"
#include "images/stores/ImageStore.h"
#include "transfer/HistoryJournal.h"
#include "transfer/PushJob.h"
#include "transfer/NodeRelay.h"
#include "transfer/SaveFanout.h"
#include "actions/StoreJob.h"
#include "images/stores/StoreLocation.h"
#include "sif/SifSyncJob.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace {
constexpr int kMaxRelayChain = 64; // members of one chain; the batch's other nodes get the image directly
}

namespace fleet {

struct JobRunner::Entry
{
    JobUpdate update;
    PushRequest request; // this node's share: nodes == {update.node}
    std::optional<StoreRequest> storeRequest; // a store verb instead: this image's share (images == {update.image})
    std::optional<SifSyncRequest> sifRequest; // a SIF sync instead: this (image, node)'s share
    std::shared_ptr<CancelToken> cancel = std::make_shared<CancelToken>();
    std::shared_ptr<SaveFanout> fanout; // the batch's one save of the image, handed to the job when it starts
    std::shared_ptr<NodeRelay> relay;   // the batch's relay chain (push --relay)
    bool started = false;
    bool finished = false;
};

JobRunner::JobRunner(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<fleet::JobUpdate>();
    m_pool.setMaxThreadCount(qMax(1, m_settings.maxParallel));
    if (!m_settings.journalFactory) {
        const QString path = m_settings.dbPath;
        auto batches = std::make_shared<HistoryBatches>();
        m_settings.journalFactory = [path, batches] { return HistoryJournal::open(path, batches); };
    }
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

QString JobRunner::validate(const PushRequest &request, const TagPolicy::Settings &policy)
{
    if (request.nodes.isEmpty())
        return tr("No node was given: name at least one node to push to.");
    if (request.source == PushSourceKind::ArchiveFile) {
        if (request.archivePath.isEmpty())
            return tr("No archive was given: name a docker-save archive file.");
        if (!request.image.isEmpty())
            return tr("An archive push names its images in the archive; drop the image name \"%1\".")
                .arg(request.image);
        const QFileInfo file(request.archivePath);
        if (!file.exists())
            return tr("%1: no such file. Name an existing docker-save archive (docker save -o FILE IMAGE).")
                .arg(request.archivePath);
        if (!file.isFile() || !file.isReadable())
            return tr("%1 is not a readable file: name a docker-save archive.").arg(request.archivePath);
    } else if (request.source == PushSourceKind::StoreObject) {
        QString error;
        const std::optional<StoreLocation> location = StoreLocation::parse(request.storeUrl, &error);
        if (!location)
            return request.storeUrl.isEmpty() ? tr("No store was given: name the STORE-URL the image is kept in.")
                                              : error;
        if (request.image.isEmpty())
            return tr("No image was given: name an image of %1 (fleetctl store list %1 shows them).")
                .arg(request.storeUrl);
        if (!request.archivePath.isEmpty())
            return tr("A store push has no archive file; \"%1\" would be ignored.").arg(request.archivePath);
        if (request.via == DeliveryPath::Direct && location->kind != StoreLocation::Kind::S3)
            return tr("A direct download needs an S3 store (nodes fetch from it by a presigned link); %1 is not one. "
                      "Use --via relay or auto.").arg(request.storeUrl);
        // An archive name (no ':', '/' or '@') is no image reference: the reference its sidecar records is
        // checked by the push once the store has been read (PushJob::resolveStoreSource).
        QString why;
        if (ImageStore::namesArchive(request.image)) {
            if (!StoredArchive::isValidArchiveName(request.image, &why))
                return tr("\"%1\" is neither an archive name (%2) nor a tagged image reference (IMAGE:TAG).")
                    .arg(request.image, why);
        } else if (const TagPolicy::Verdict verdict = TagPolicy(policy).check(request.image, TagPolicy::Purpose::Run);
                   !verdict) {
            return verdict.reason;
        }
    } else {
        if (request.image.isEmpty())
            return tr("No image was given: name an image of the local engine or a docker-save archive.");
        if (!request.archivePath.isEmpty())
            return tr("An image push has no archive file; \"%1\" would be ignored. Push the archive as an archive.")
                .arg(request.archivePath);
        // The Docker reference grammar (no spaces, quotes or shell syntax can pass it) and the fleet's tag policy:
        // never `latest` or an untagged name on a node.
        const TagPolicy::Verdict verdict = TagPolicy(policy).check(request.image, TagPolicy::Purpose::Run);
        if (!verdict)
            return verdict.reason;
    }
    static const QRegularExpression requestId(QStringLiteral("^[A-Za-z0-9._-]{0,64}$"));
    if (!requestId.match(request.requestId).hasMatch())
        return tr("request id \"%1\" is not 1-64 letters, digits, '.', '_' or '-'.").arg(request.requestId);
    static const QRegularExpression node(QStringLiteral("^[A-Za-z0-9._@:\\[\\]-]+$"));
    for (const QString &n : request.nodes)
        if (!node.match(n).hasMatch() || n.startsWith(QLatin1Char('-')))
            return tr("\"%1\" is not a valid node (expected host, host:port or user@host).").arg(n);
    if (request.run.enabled) {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
        if (!request.run.name.isEmpty() && !name.match(request.run.name).hasMatch())
            return tr("\"%1\" is not a valid container name (letters, digits, '_', '.', '-').").arg(request.run.name);
        static const QRegularExpression restart(QStringLiteral("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"));
        if (!request.run.restart.isEmpty() && !restart.match(request.run.restart).hasMatch())
            return tr("restart policy \"%1\" is not one of no, always, unless-stopped, on-failure[:N].")
                .arg(request.run.restart);
        static const QRegularExpression port(QStringLiteral("^([0-9.]+:)?[0-9]+(-[0-9]+)?(:[0-9]+(-[0-9]+)?)?(/(tcp|udp|sctp))?$"));
        for (const QString &p : request.run.ports)
            if (!port.match(p).hasMatch())
                return tr("port mapping \"%1\" is not HOST:CONTAINER[/PROTO].").arg(p);
        static const QRegularExpression env(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(=.*)?$"),
                                            QRegularExpression::DotMatchesEverythingOption);
        for (const QString &e : request.run.env)
            if (!env.match(e).hasMatch())
                return tr("environment entry \"%1\" is not KEY=VALUE.").arg(e);
        if (!request.run.network.isEmpty() && !name.match(request.run.network).hasMatch())
            return tr("\"%1\" is not a valid network name (letters, digits, '_', '.', '-').").arg(request.run.network);
        if (request.run.cpus && !(*request.run.cpus >= 0 && *request.run.cpus <= 1024))
            return tr("a CPU limit of %1 is not between 0 (no limit) and 1024.").arg(*request.run.cpus);
        // Docker refuses less than 6 MiB.
        if (request.run.memoryBytes && *request.run.memoryBytes != 0 && *request.run.memoryBytes < 6 * 1024 * 1024)
            return tr("a memory limit of %1 bytes is below Docker's minimum of 6m (0: no limit).")
                .arg(*request.run.memoryBytes);
        if (request.run.healthTimeoutSeconds < 1 || request.run.healthTimeoutSeconds > 3600)
            return tr("a health timeout of %1 s is not between 1 and 3600.").arg(request.run.healthTimeoutSeconds);
        if (request.run.gpus && !*request.run.gpus && request.run.forceGpu)
            return tr("--force-gpu runs a GPU image where no GPU shows; it means nothing with --no-gpu.");
        static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]*=[^\\n\\r]*$"));
        for (const QString &l : request.run.labels) {
            if (!label.match(l).hasMatch())
                return tr("label \"%1\" is not KEY=VALUE (a key of letters, digits, '.', '_', '-', '/').").arg(l);
            if (l.startsWith(QLatin1String("io.fleetcommander."), Qt::CaseInsensitive))
                return tr("label \"%1\": io.fleetcommander.* labels are the fleet's own (who deployed what, when); "
                          "choose another key.").arg(l.section(QLatin1Char('='), 0, 0));
        }
    } else if (request.run.forceGpu || request.run.cpus || request.run.memoryBytes || request.run.gpus
               || !request.run.labels.isEmpty()) {
        return tr("limits, GPU use and labels set up the container of the run stage: enable it (--run).");
    }
    return {};
}

QList<quint64> JobRunner::submit(const PushRequest &request)
{
    const QString problem = validate(request, m_settings.tagPolicy);
    if (!problem.isEmpty()) {
        Q_EMIT rejected(problem);
        return {};
    }
    const quint64 batch = m_nextBatch++;
    PushRequest shared = request;
    if (shared.requestId.isEmpty())
        shared.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<quint64> ids;
    const QStringList nodes = distinctNodes(request.nodes);
    // One save for the nodes that start together: the engine reads the image once and each node gets its share.
    std::shared_ptr<SaveFanout> fanout;
    std::shared_ptr<NodeRelay> relay;
    int together = int(qMin<qsizetype>(nodes.size(), qMax(1, request.parallel)));
    const bool relayed = request.relay && nodes.size() > 1 && request.mode == TransferMode::Stream
        && request.source != PushSourceKind::StoreObject;
    if (relayed) {
        // Every member of a chain waits for the others: they all run at once (mostly waiting, cheap).
        together = int(qMin<qsizetype>(nodes.size(), kMaxRelayChain));
        shared.parallel = qMax(shared.parallel, together);
        if (m_pool.maxThreadCount() < together)
            m_pool.setMaxThreadCount(together);
        NodeRelay::Settings relaySettings;
        relaySettings.id = QUuid::createUuid().toString(QUuid::Id128).left(16);
        relaySettings.expected = together;
        relaySettings.compress = request.compress;
        relay = std::make_shared<NodeRelay>(relaySettings);
    } else if (together > 1 && request.source == PushSourceKind::EngineImage
               && request.mode == TransferMode::Stream) {
        SaveFanout::Settings fanoutSettings;
        fanoutSettings.dockerHost = m_settings.dockerHost;
        fanoutSettings.reference = request.image;
        fanoutSettings.expected = together;
        fanout = std::make_shared<SaveFanout>(fanoutSettings);
    }
    for (const QString &node : nodes) {
        auto entry = std::make_shared<Entry>();
        if (ids.size() < together) {
            entry->fanout = fanout;
            entry->relay = relay;
        }
        entry->request = shared;
        entry->request.nodes = {node};
        entry->update.id = m_nextId++;
        entry->update.batchId = batch;
        entry->update.node = node;
        entry->update.source = request.source;
        entry->update.image = request.source == PushSourceKind::ArchiveFile ? request.archivePath : request.image;
        entry->update.storeUrl = request.source == PushSourceKind::StoreObject ? request.storeUrl : QString();
        entry->update.via = request.via;
        entry->update.mode = request.source == PushSourceKind::StoreObject ? TransferMode::Stream : request.mode;
        entry->update.runEnabled = request.run.enabled;
        m_jobs.insert(entry->update.id, entry);
        m_order << entry->update.id;
        ids << entry->update.id;
        Q_EMIT jobAdded(entry->update);
    }
    schedule(batch);
    return ids;
}

QString JobRunner::validate(const StoreRequest &request)
{
    QString error;
    const std::optional<StoreLocation> location = StoreLocation::parse(request.storeUrl, &error);
    if (!location)
        return request.storeUrl.isEmpty() ? tr("No store was given: name a STORE-URL (dir:, s3://, registry://).")
                                          : error;
    if (request.action == JobAction::Push)
        return tr("A push is submitted as a push request, not a store verb.");
    if (request.images.isEmpty())
        return tr("No image was given: name at least one image.");
    if (request.action == JobAction::StoreCopy) {
        const std::optional<StoreLocation> target = StoreLocation::parse(request.targetUrl, &error);
        if (!target)
            return request.targetUrl.isEmpty() ? tr("No target store was given for the copy.") : error;
        if (request.targetUrl == request.storeUrl)
            return tr("%1 is both the source and the target: choose another store.").arg(request.storeUrl);
    }
    if (!request.archiveName.isEmpty() && (request.action != JobAction::StorePut || request.images.size() != 1))
        return tr("An archive name is given to the put of one image.");
    return {};
}

QList<quint64> JobRunner::submitStore(const StoreRequest &request)
{
    const QString problem = validate(request);
    if (!problem.isEmpty()) {
        Q_EMIT rejected(problem);
        return {};
    }
    const quint64 batch = m_nextBatch++;
    QList<quint64> ids;
    for (const QString &image : request.images) {
        auto entry = std::make_shared<Entry>();
        entry->storeRequest = request;
        entry->storeRequest->images = {image};
        entry->request.parallel = 1; // one verb at a time per request
        entry->update.id = m_nextId++;
        entry->update.batchId = batch;
        entry->update.action = request.action;
        entry->update.node = request.storeUrl; // the store is the target (validate() parsed it)
        entry->update.image = image;
        entry->update.storeUrl = request.storeUrl;
        m_jobs.insert(entry->update.id, entry);
        m_order << entry->update.id;
        ids << entry->update.id;
        Q_EMIT jobAdded(entry->update);
    }
    schedule(batch);
    return ids;
}

QList<quint64> JobRunner::submitSif(const SifSyncRequest &request)
{
    QString problem = request.validate();
    QStringList images;
    if (problem.isEmpty())
        images = request.resolveImages(&problem);
    if (!problem.isEmpty()) {
        Q_EMIT rejected(problem);
        return {};
    }
    const quint64 batch = m_nextBatch++;
    QList<quint64> ids;
    for (const QString &node : distinctNodes(request.nodes)) {
        for (const QString &image : std::as_const(images)) {
            auto entry = std::make_shared<Entry>();
            entry->sifRequest = request;
            entry->sifRequest->images = {image};
            entry->sifRequest->nodes = {node};
            entry->sifRequest->cacheDir = request.cacheFor(node);
            entry->request.parallel = qMax(1, request.parallel);
            entry->update.id = m_nextId++;
            entry->update.batchId = batch;
            entry->update.action = JobAction::SifSync;
            entry->update.node = node;
            entry->update.image = request.partition + QLatin1Char('/') + image;
            entry->update.mode = TransferMode::Scp; // a file into a folder, resumable
            m_jobs.insert(entry->update.id, entry);
            m_order << entry->update.id;
            ids << entry->update.id;
            Q_EMIT jobAdded(entry->update);
        }
    }
    schedule(batch);
    return ids;
}

QStringList JobRunner::distinctNodes(const QStringList &nodes) const
{
    // One job per node: "n1", "user@n1" (the default user) and "N1:22" are one node, and two jobs there would
    // only fight over it. The first spelling given is kept.
    QSet<QString> seen;
    QStringList distinct;
    for (const QString &node : nodes) {
        const SshTarget target = SshTarget::parse(node, m_settings.sshUser);
        const QString key = QStringLiteral("%1@%2:%3").arg(target.user, target.host.toLower()).arg(target.port);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        distinct << node;
    }
    return distinct;
}

void JobRunner::schedule(quint64 batchId)
{
    int running = 0;
    int limit = 1;
    for (quint64 id : std::as_const(m_order)) {
        const Entry &e = *m_jobs.value(id);
        if (e.update.batchId == batchId) {
            limit = qMax(1, e.request.parallel);
            running += e.started && !e.finished;
        }
    }
    for (quint64 id : std::as_const(m_order)) {
        if (running >= limit)
            break;
        Entry &e = *m_jobs.value(id);
        if (e.update.batchId == batchId && !e.started && !e.finished) {
            start(e);
            ++running;
        }
    }
}

void JobRunner::start(Entry &entry)
{
    entry.started = true;
    // Snapshots come from the worker thread; they are handled on this object's thread, in order.
    auto reporter = [this](const JobUpdate &update, bool final) {
        QMetaObject::invokeMethod(this, [this, update, final] { onJobProgress(update, final); }, Qt::QueuedConnection);
    };
    if (entry.storeRequest) {
        StoreJobParams params;
        params.job = entry.update;
        params.targetUrl = entry.storeRequest->targetUrl;
        params.archiveName = entry.storeRequest->archiveName;
        params.partSize = entry.storeRequest->partSize;
        params.dockerHost = m_settings.dockerHost;
        params.tagPolicy = m_settings.tagPolicy;
        params.storeCredentials = m_settings.storeCredentials;
        params.observer = m_settings.workerObserver;
        m_pool.start(new StoreJob(std::move(params), m_settings.journalFactory, reporter, entry.cancel));
        return;
    }
    if (entry.sifRequest) {
        SifSyncJobParams params;
        params.job = entry.update;
        params.registryRoot = entry.sifRequest->registryRoot;
        params.partitions = entry.sifRequest->partitions;
        params.partition = entry.sifRequest->partition;
        params.imageName = entry.sifRequest->images.value(0);
        params.cacheDir = entry.sifRequest->cacheDir;
        params.target = SshTarget::parse(entry.update.node, m_settings.sshUser);
        params.ssh = m_settings.ssh;
        params.retries = entry.sifRequest->retries;
        params.observer = m_settings.workerObserver;
        m_pool.start(new SifSyncJob(std::move(params), m_settings.journalFactory, reporter, entry.cancel));
        return;
    }
    PushJobParams params;
    params.job = entry.update;
    params.archivePath = entry.request.archivePath;
    params.run = entry.request.run;
    params.requestId = entry.request.requestId;
    params.tagPolicy = m_settings.tagPolicy;
    params.stallTimeoutMs = m_settings.stallTimeoutMs;
    params.observer = m_settings.workerObserver;
    params.retries = entry.request.retries;
    params.delta = entry.request.delta;
    params.fanout = std::move(entry.fanout);
    params.relay = std::move(entry.relay);
    params.compress = entry.request.compress;
    params.dockerHost = m_settings.dockerHost;
    params.target = SshTarget::parse(entry.update.node, m_settings.sshUser);
    params.ssh = m_settings.ssh;
    params.localTempDir = m_settings.localTempDir;
    params.storeCredentials = m_settings.storeCredentials;
    params.presignClock = m_settings.presignClock;
    m_pool.start(new PushJob(std::move(params), m_settings.journalFactory, reporter, entry.cancel));
}

void JobRunner::onJobProgress(const JobUpdate &update, bool final)
{
    const std::shared_ptr<Entry> entry = m_jobs.value(update.id);
    if (!entry || entry->finished)
        return;
    entry->update = update;
    if (!final) {
        Q_EMIT jobChanged(update);
        return;
    }
    entry->finished = true;
    Q_EMIT jobFinished(update);
    schedule(update.batchId);
    if (isIdle())
        Q_EMIT allFinished();
}

bool JobRunner::isIdle() const
{
    for (const auto &e : m_jobs)
        if (!e->finished)
            return false;
    return true;
}

JobUpdate JobRunner::job(quint64 id) const
{
    const std::shared_ptr<Entry> entry = m_jobs.value(id);
    return entry ? entry->update : JobUpdate{};
}

void JobRunner::cancel(quint64 id)
{
    const std::shared_ptr<Entry> entry = m_jobs.value(id);
    if (!entry || entry->finished)
        return;
    entry->cancel->cancel();
    if (!entry->started) {
        // Never started: nothing to undo, nothing was recorded.
        entry->finished = true;
        entry->update.state = JobState::Cancelled;
        entry->update.message = tr("%1: cancelled before it started").arg(entry->update.node);
        entry->update.failure = FailureKind::Cancelled;
        Q_EMIT jobFinished(entry->update);
        if (isIdle())
            Q_EMIT allFinished();
    }
}

void JobRunner::cancelAll()
{
    const QList<quint64> ids = m_order;
    for (quint64 id : ids)
        cancel(id);
}

quint64 JobRunner::retry(quint64 id)
{
    const std::shared_ptr<Entry> entry = m_jobs.value(id);
    if (!entry || !entry->finished)
        return 0;
    const QList<quint64> ids = entry->storeRequest ? submitStore(*entry->storeRequest)
        : entry->sifRequest                        ? submitSif(*entry->sifRequest)
                                                   : submit(entry->request);
    return ids.value(0);
}

} // namespace fleet
