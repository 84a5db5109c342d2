#include "actions/NodePrune.h"

#include "util/JsonNumber.h"

#include "agent/AgentSecrets.h"
#include "history/HistoryStore.h"
#include "images/stores/StoreFactory.h"
#include "ssh/SshSession.h"
#include "transfer/RemoteDocker.h"
#include "util/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>

namespace fleet {

namespace {

// Every value comes out of docker's own `json` template function, so a tag or a name cannot break the line.
const QString kImagesCommand = QStringLiteral(
    "ids=$(docker image ls -q --no-trunc) || exit $?; [ -z \"$ids\" ] || docker image inspect --format "
    "'{\"id\":{{json .Id}},\"tags\":{{json .RepoTags}},\"digests\":{{json .RepoDigests}},\"size\":{{json .Size}}}' "
    "$ids");
const QString kContainersCommand = QStringLiteral(
    "ids=$(docker ps -aq --no-trunc) || exit $?; [ -z \"$ids\" ] || docker container inspect --format "
    "'{\"id\":{{json .Id}},\"name\":{{json .Name}},\"image\":{{json .Image}}}' $ids");

constexpr qsizetype kMaxLine = 64 * 1024;
constexpr qsizetype kMaxTags = 1000;

bool isImageId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return pattern.match(id).hasMatch();
}

bool isContainerId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(id).hasMatch();
}

QList<QJsonObject> jsonLines(const QByteArray &output, int maxLines)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (objects.size() >= maxLines)
            break;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxLine)
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            objects << doc.object();
    }
    return objects;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray(); // null (no tags) is an empty array
    for (const QJsonValue &item : array) {
        if (out.size() >= kMaxTags)
            break;
        const QString text = item.toString();
        if (!text.isEmpty() && text.size() <= 512 && !text.contains(QLatin1Char('\n')))
            out << text;
    }
    return out;
}

// "No such image/container" for one that went away between the listing and the inspect: the others are valid.
bool onlyVanished(const RemoteResult &result)
{
    if (!result.error.ok() || result.exitStatus == 0)
        return result.error.ok();
    bool vanished = false; // a failure that says nothing is a failure
    for (const QByteArray &line : result.err.split('\n')) {
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (!text.contains("No such image") && !text.contains("No such container") && !text.contains("No such object"))
            return false;
        vanished = true;
    }
    return vanished;
}

QString shortId(const QString &id)
{
    return id.mid(id.startsWith(QLatin1String("sha256:")) ? 7 : 0, 12);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject candidateJson(const PruneCandidate &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("tags"), toArray(c.tags)},
            {QStringLiteral("size"), double(c.size)},
            {QStringLiteral("reason"), pruneReasonName(c.reason)},
            {QStringLiteral("store"), c.store},
            {QStringLiteral("reference"), c.reference}};
}

bool cancelled(const PruneParams &params)
{
    return params.cancel && params.cancel->load();
}

void report(const PruneParams &params, const QString &node, const QString &step)
{
    if (params.progress)
        params.progress(node, step);
}

} // namespace

QString pruneReasonName(PruneReason reason)
{
    return reason == PruneReason::Reloadable ? QStringLiteral("reloadable") : QStringLiteral("dangling");
}

qint64 NodePrunePlan::reclaimable() const
{
    qint64 total = 0;
    for (const PruneCandidate &c : remove)
        total += qMax<qint64>(c.size, 0);
    return total;
}

int PrunePlan::candidateCount() const
{
    int count = 0;
    for (const NodePrunePlan &node : nodes)
        count += int(node.remove.size());
    return count;
}

qint64 PrunePlan::reclaimable() const
{
    qint64 total = 0;
    for (const NodePrunePlan &node : nodes)
        total += node.reclaimable();
    return total;
}

int NodePruneResult::removedCount() const
{
    return int(std::count_if(images.cbegin(), images.cend(), [](const PruneRemoval &r) { return r.removed; }));
}

int NodePruneResult::failedCount() const
{
    return int(images.size()) - removedCount();
}

qint64 NodePruneResult::freed() const
{
    qint64 total = 0;
    for (const PruneRemoval &r : images)
        if (r.removed && !r.gone)
            total += qMax<qint64>(r.image.size, 0);
    return total;
}

Failure NodePrune::checkStores(const PruneParams &params, QList<FleetSettings::ConfiguredStore> *stores)
{
    stores->clear();
    if (params.stores.isEmpty()) {
        *stores = params.context.settings.stores;
        return {};
    }
    for (const QString &word : params.stores) {
        if (const FleetSettings::ConfiguredStore *known = params.context.settings.findStore(word)) {
            *stores << *known;
            continue;
        }
        QString error;
        if (!StoreLocation::parse(word, &error))
            return Failure::make(FailureKind::Usage,
                                 tr("\"%1\" is neither a configured store (fleetctl stores lists them) nor a "
                                    "STORE-URL: %2").arg(word, error));
        *stores << FleetSettings::ConfiguredStore{word, word};
    }
    return {};
}

QList<NodePrune::NodeImage> NodePrune::parseImages(const QByteArray &output)
{
    QList<NodeImage> images;
    QSet<QString> seen;
    for (const QJsonObject &o : jsonLines(output, kMaxImages)) {
        NodeImage image;
        image.id = o.value(QStringLiteral("id")).toString();
        if (!isImageId(image.id) || seen.contains(image.id))
            continue;
        seen.insert(image.id);
        image.tags = stringList(o.value(QStringLiteral("tags")));
        image.digests = stringList(o.value(QStringLiteral("digests")));
        image.size = jsonByteCount(o.value(QStringLiteral("size")));
        images << image;
    }
    return images;
}

QList<NodePrune::NodeContainer> NodePrune::parseContainers(const QByteArray &output)
{
    QList<NodeContainer> containers;
    for (const QJsonObject &o : jsonLines(output, kMaxImages)) {
        NodeContainer container;
        container.id = o.value(QStringLiteral("id")).toString();
        container.imageId = o.value(QStringLiteral("image")).toString();
        container.name = o.value(QStringLiteral("name")).toString().left(256);
        if (container.name.startsWith(QLatin1Char('/')))
            container.name.remove(0, 1);
        // A container whose image we cannot read still protects nothing by mistake: it is skipped only when its
        // own ID is garbage (then it is no container docker told us about).
        if (!isContainerId(container.id))
            continue;
        if (container.name.isEmpty())
            container.name = container.id.left(12);
        containers << container;
    }
    return containers;
}

NodePrunePlan NodePrune::planNode(const QString &node, const QList<NodeImage> &images,
                                  const QList<NodeContainer> &containers, const StoreIndex &index)
{
    NodePrunePlan plan;
    plan.node = node;
    QHash<QString, QStringList> users; // image ID → containers
    for (const NodeContainer &c : containers)
        users[c.imageId] << c.name;
    for (const NodeImage &image : images) {
        PruneCandidate candidate;
        candidate.id = image.id;
        candidate.tags = image.tags;
        candidate.size = image.size;
        if (const auto it = index.constFind(image.id); it != index.cend()) {
            candidate.reason = PruneReason::Reloadable;
            candidate.store = it->first;
            candidate.reference = it->second;
        } else if (image.tags.isEmpty() && image.digests.isEmpty()) {
            candidate.reason = PruneReason::Dangling;
        } else {
            ++plan.untouched;
            continue;
        }
        if (const auto used = users.constFind(image.id); used != users.cend()) {
            plan.kept << KeptImage{image.id, image.tags, image.size, candidate.reason, *used};
            continue;
        }
        plan.remove << candidate;
    }
    return plan;
}

bool NodePrune::readNode(SshSession &session, QList<NodeImage> *images, QList<NodeContainer> *containers,
                         Failure *failure)
{
    const QString where = session.target().display();
    const RemoteResult listed = session.run(kImagesCommand, {}, kMaxDockerOutput);
    if (!onlyVanished(listed)) {
        *failure = Failure::make(RemoteDocker::failureKind(listed),
                                 RemoteDocker::explain(where, tr("listing the images"), listed));
        return false;
    }
    if (listed.out.size() >= kMaxDockerOutput) {
        *failure = Failure::make(FailureKind::Failed, tr("%1: the node lists more images than fleetctl reads "
                                                         "(over %2 MiB of answers); clean it up by hand first.")
                                                          .arg(where).arg(kMaxDockerOutput >> 20));
        return false;
    }
    const RemoteResult used = session.run(kContainersCommand, {}, kMaxDockerOutput);
    if (!onlyVanished(used) || used.out.size() >= kMaxDockerOutput) {
        // Without the containers nothing is known to be unused: no plan at all.
        *failure = Failure::make(used.out.size() >= kMaxDockerOutput ? FailureKind::Failed
                                                                      : RemoteDocker::failureKind(used),
                                 RemoteDocker::explain(where, tr("listing the containers"), used));
        return false;
    }
    *images = parseImages(listed.out);
    *containers = parseContainers(used.out);
    return true;
}

void NodePrune::recordNode(const ActionContext &context, const SshSession &session, const Failure &failure)
{
    if (context.dbPath.isEmpty())
        return;
    HistoryStore store;
    if (!store.open(context.dbPath))
        return;
    // Only nodes the history knows: cleaning up does not add nodes to the fleet.
    if (!store.node(session.target().host))
        return;
    Node node;
    node.address = session.target().host;
    node.sshPort = session.target().port;
    if (session.isConnected()) {
        node.sshBanner = session.serverBanner(); // seen over SSH now; the agent's state is not ours to judge
        node.lastSeen = QDateTime::currentDateTimeUtc();
    } else if (failure.kind == FailureKind::Unreachable) {
        node.state = NodeState::Offline;
    } else {
        return;
    }
    store.upsertNode(node);
}

PrunePlan NodePrune::plan(const PruneParams &params)
{
    PrunePlan plan;
    QList<FleetSettings::ConfiguredStore> stores;
    if (const Failure usage = checkStores(params, &stores); !usage.ok()) {
        PruneStoreScan scan;
        scan.failure = usage;
        plan.stores << scan;
        return plan;
    }

    // Each store once, whatever the number of nodes; the first store that holds an image ID names it.
    StoreIndex index;
    for (const FleetSettings::ConfiguredStore &configured : stores) {
        if (cancelled(params))
            break;
        PruneStoreScan scan;
        scan.name = configured.name;
        scan.url = configured.url;
        report(params, {}, tr("listing %1").arg(configured.name));
        QString error;
        const std::optional<StoreLocation> location = StoreLocation::parse(configured.url, &error);
        if (!location) {
            scan.failure = Failure::make(FailureKind::Usage, tr("store %1: %2").arg(configured.name, error));
            plan.stores << scan;
            continue;
        }
        std::optional<StoreCredentials> credentials;
        {
            const QMutexLocker lock(&AgentSecrets::lock()); // one SecretStore user at a time, in every face
            SecretStore secrets(AgentSecrets::backend());
            credentials = StoreCredentials::resolve(*location, &secrets, &error);
        }
        std::unique_ptr<ImageStore> store = StoreFactory::open(*location, credentials.value_or(StoreCredentials{}),
                                                               TagPolicy(params.context.settings.tagPolicy));
        store->setCancelFlag(params.cancel);
        const std::optional<QList<StoredArchive>> archives = store->list();
        if (!archives) {
            scan.failure = Failure::make(store->error().failureKind(),
                                         tr("store %1 was left out: %2").arg(configured.name, store->error().message));
            plan.stores << scan;
            continue;
        }
        scan.ok = true;
        scan.archives = int(archives->size());
        for (const StoredArchive &archive : *archives)
            if (isImageId(archive.imageId) && !index.contains(archive.imageId))
                index.insert(archive.imageId, {configured.name, archive.reference});
        plan.stores << scan;
    }

    for (const QString &node : params.nodes) {
        const SshTarget target = params.context.target(node);
        if (cancelled(params)) {
            NodePrunePlan skipped;
            skipped.node = node;
            skipped.display = target.display();
            skipped.failure = Failure::make(FailureKind::Cancelled, tr("%1: cancelled").arg(target.display()));
            plan.nodes << skipped;
            continue;
        }
        report(params, node, tr("asking %1").arg(target.display()));
        SshSession session(target, params.context.ssh);
        QList<NodeImage> images;
        QList<NodeContainer> containers;
        Failure failure;
        if (!session.connect())
            failure = Failure::make(session.error().failureKind(), session.error().message);
        else
            readNode(session, &images, &containers, &failure);
        NodePrunePlan nodePlan = failure.ok() ? planNode(node, images, containers, index) : NodePrunePlan{};
        nodePlan.node = node;
        nodePlan.display = target.display();
        nodePlan.failure = failure;
        recordNode(params.context, session, failure);
        plan.nodes << nodePlan;
    }
    return plan;
}

PruneOutcome NodePrune::execute(const PruneParams &params, const PrunePlan &plan)
{
    PruneOutcome outcome;
    for (const NodePrunePlan &nodePlan : plan.nodes) {
        if (!nodePlan.ok() || nodePlan.remove.isEmpty())
            continue;
        NodePruneResult result;
        result.node = nodePlan.node;
        result.display = nodePlan.display;
        const auto notTried = [&](const Failure &why) {
            result.failure = why;
            for (const PruneCandidate &c : nodePlan.remove)
                result.images << PruneRemoval{c, false, false, why.message};
            Failure::keepMostSpecific(outcome.failure, why);
        };
        if (cancelled(params)) {
            notTried(Failure::make(FailureKind::Cancelled, tr("%1: cancelled before removing").arg(result.display)));
            outcome.nodes << result;
            continue;
        }
        report(params, nodePlan.node, tr("connecting to %1").arg(result.display));
        SshSession session(params.context.target(nodePlan.node), params.context.ssh);
        QList<NodeImage> images;
        QList<NodeContainer> containers;
        Failure failure;
        if (!session.connect())
            failure = Failure::make(session.error().failureKind(), session.error().message);
        else
            readNode(session, &images, &containers, &failure); // again: the node may have changed since the plan
        recordNode(params.context, session, failure);
        if (!failure.ok()) {
            notTried(failure);
            outcome.nodes << result;
            continue;
        }
        QHash<QString, NodeImage> now;
        for (const NodeImage &image : images)
            now.insert(image.id, image);
        QHash<QString, QStringList> users;
        for (const NodeContainer &c : containers)
            users[c.imageId] << c.name;

        for (const PruneCandidate &candidate : nodePlan.remove) {
            PruneRemoval removal{candidate, false, false, {}};
            const auto current = now.constFind(candidate.id);
            if (cancelled(params)) {
                removal.error = tr("cancelled");
            } else if (current == now.cend()) {
                removal.removed = removal.gone = true; // someone else removed it: the goal is reached
            } else if (users.contains(candidate.id)) {
                removal.error = tr("a container uses it now (%1); kept").arg(users.value(candidate.id).join(u", "));
            } else if (candidate.reason == PruneReason::Dangling && !current->tags.isEmpty()) {
                removal.error = tr("it is tagged now (%1); kept").arg(current->tags.join(u", "));
            } else {
                report(params, nodePlan.node, tr("removing %1").arg(shortId(candidate.id)));
                // `docker rmi ID` refuses an image with several tags unless forced: the extra tags (checked just
                // now to be this image's) go by name first, in the same command, then the image by its ID.
                // `--`: nothing the node reported is ever read as an option (a "tag" like -f).
                QStringList words{QStringLiteral("docker"), QStringLiteral("rmi"), QStringLiteral("--")};
                words << current->tags.mid(1) << candidate.id;
                const RemoteResult rmi = session.run(shellJoin(words), {}, 1 << 20);
                if (rmi.ok())
                    removal.removed = true;
                else
                    removal.error = RemoteDocker::explain(result.display, tr("removing %1").arg(shortId(candidate.id)),
                                                          rmi);
                if (!rmi.error.ok()) { // the connection broke: the rest cannot be tried on it
                    result.images << removal;
                    result.failure = Failure::make(rmi.error.failureKind(), removal.error);
                    break;
                }
            }
            result.images << removal;
        }
        for (qsizetype i = result.images.size(); i < nodePlan.remove.size(); ++i)
            result.images << PruneRemoval{nodePlan.remove.at(i), false, false, result.failure.message};
        if (!result.failure.ok())
            Failure::keepMostSpecific(outcome.failure, result.failure);
        else if (result.failedCount() > 0)
            Failure::keepMostSpecific(outcome.failure, Failure::make(FailureKind::Failed,
                                                 tr("%1: %n image(s) could not be removed", nullptr,
                                                    result.failedCount()).arg(result.display)));
        outcome.nodes << result;
    }
    return outcome;
}

QJsonObject NodePrune::toJson(const PruneStoreScan &store)
{
    return {{QStringLiteral("type"), QStringLiteral("prune_store")},
            {QStringLiteral("name"), store.name},
            {QStringLiteral("url"), store.url},
            {QStringLiteral("ok"), store.ok},
            {QStringLiteral("archives"), store.archives},
            {QStringLiteral("failure"), failureKindName(store.failure.kind)},
            {QStringLiteral("message"), store.failure.message}};
}

QJsonObject NodePrune::toJson(const NodePrunePlan &plan)
{
    QJsonArray remove;
    for (const PruneCandidate &c : plan.remove)
        remove << candidateJson(c);
    QJsonArray kept;
    for (const KeptImage &k : plan.kept)
        kept << QJsonObject{{QStringLiteral("id"), k.id},
                            {QStringLiteral("tags"), toArray(k.tags)},
                            {QStringLiteral("size"), double(k.size)},
                            {QStringLiteral("reason"), pruneReasonName(k.reason)},
                            {QStringLiteral("containers"), toArray(k.containers)}};
    return {{QStringLiteral("type"), QStringLiteral("prune_plan")},
            {QStringLiteral("node"), plan.display},
            {QStringLiteral("ok"), plan.ok()},
            {QStringLiteral("failure"), failureKindName(plan.failure.kind)},
            {QStringLiteral("message"), plan.failure.message},
            {QStringLiteral("remove"), remove},
            {QStringLiteral("kept"), kept},
            {QStringLiteral("untouched"), plan.untouched},
            {QStringLiteral("reclaimable"), double(plan.reclaimable())}};
}

QJsonObject NodePrune::toJson(const NodePruneResult &result)
{
    QJsonArray images;
    for (const PruneRemoval &r : result.images) {
        QJsonObject o = candidateJson(r.image);
        o.insert(QStringLiteral("removed"), r.removed);
        o.insert(QStringLiteral("already_gone"), r.gone);
        o.insert(QStringLiteral("error"), r.error);
        images << o;
    }
    return {{QStringLiteral("type"), QStringLiteral("prune_result")},
            {QStringLiteral("node"), result.display},
            {QStringLiteral("ok"), result.failure.ok() && result.failedCount() == 0},
            {QStringLiteral("failure"), failureKindName(result.failure.kind)},
            {QStringLiteral("message"), result.failure.message},
            {QStringLiteral("images"), images},
            {QStringLiteral("removed"), result.removedCount()},
            {QStringLiteral("failed"), result.failedCount()},
            {QStringLiteral("freed"), double(result.freed())}};
}

} // namespace fleet
