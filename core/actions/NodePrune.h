#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace fleet {

class SshSession;

// Why an image may go: its archive is in a store (the same image ID), so it can be loaded again; or nothing names
// it and nothing uses it.
enum class PruneReason { Reloadable, Dangling };
QString pruneReasonName(PruneReason reason); // "reloadable", "dangling"

struct PruneCandidate
{
    QString id;         // sha256:…
    QStringList tags;   // as the node has them; empty for a dangling image
    qint64 size = -1;   // bytes, as `docker image inspect` reports them
    PruneReason reason = PruneReason::Dangling;
    QString store;      // Reloadable: the configured name (or the URL) of the store that holds it
    QString reference;  // Reloadable: the archive's reference there
};

// An image that would qualify but a container (running or stopped) uses: never removed.
struct KeptImage
{
    QString id;
    QStringList tags;
    qint64 size = -1;
    PruneReason reason = PruneReason::Dangling; // why it would otherwise go
    QStringList containers;                     // names (or short IDs) of the containers using it
};

// One node's plan: what may go, what stays for a container, and what was left alone (tagged and in no store).
struct NodePrunePlan
{
    QString node;     // as asked ("host", "user@host:port")
    QString display;  // the SSH target, for messages
    Failure failure;  // the node could not be asked (unreachable, host key, its daemon down…)
    QList<PruneCandidate> remove;
    QList<KeptImage> kept;
    int untouched = 0; // tagged images that no store holds
    // Sum of the candidates' sizes. Layers a candidate shares with an image that stays are not freed, so this is
    // an upper bound.
    qint64 reclaimable() const;
    bool ok() const { return failure.ok(); }
};

// One store as listed for the plan (once, for every node).
struct PruneStoreScan
{
    QString name; // configured name, or the URL when it was given as one
    QString url;
    bool ok = false;
    int archives = 0;
    Failure failure; // a store that cannot be listed is left out: fewer images qualify, never more
};

struct PrunePlan
{
    QList<PruneStoreScan> stores;
    QList<NodePrunePlan> nodes;
    int candidateCount() const;
    qint64 reclaimable() const;
};

struct PruneRemoval
{
    PruneCandidate image;
    bool removed = false;
    bool gone = false; // it had gone from the node before we came to it (counted as removed, not as freed)
    QString error; // why not, from the node's docker (a container started since the plan, child images…)
};

struct NodePruneResult
{
    QString node;
    QString display;
    Failure failure; // the node could not be reached for the removal at all
    QList<PruneRemoval> images;
    int removedCount() const;
    int failedCount() const;
    qint64 freed() const; // sizes of the images removed (an upper bound, as for the plan)
};

struct PruneOutcome
{
    Failure failure; // the most specific node failure (or a failed removal); None when all went
    QList<NodePruneResult> nodes;
};

struct PruneParams
{
    ActionContext context;
    QStringList nodes;  // "host", "host:port" or "user@host[:port]"
    QStringList stores; // names of configured stores or STORE-URLs; empty: every configured store
    // (node, what is happening) — "listing dir:/…", "asking 127.0.81.12", "removing sha256:…".
    std::function<void(const QString &node, const QString &step)> progress;
    const std::atomic_bool *cancel = nullptr;
};

// Cleaning up a node's images safely (issue 12: nodes load images from the stores, so their own copies may go).
// plan() lists the stores once, then asks each node over SSH (`docker image inspect`, `docker ps -a`) which images
// are reloadable from a store (same image ID) or dangling; an image any container uses is kept and said so.
// execute() removes exactly a plan's candidates with `docker rmi` by ID (never -f), asking the node again first.
// Confirmation is the face's job. Both record in the history that the node was reached (or is offline).
// Synchronous: the GUI calls them on a worker.
class NodePrune final
{
    Q_DECLARE_TR_FUNCTIONS(NodePrune)

public:
    static constexpr qint64 kMaxDockerOutput = 8 << 20; // per docker command; more is refused, not guessed at
    static constexpr int kMaxImages = 20000;

    // Resolves params.stores against the configured ones; a usage failure for a word that is neither a name nor a
    // valid STORE-URL.
    static Failure checkStores(const PruneParams &params, QList<FleetSettings::ConfiguredStore> *stores);
    static PrunePlan plan(const PruneParams &params);
    static PruneOutcome execute(const PruneParams &params, const PrunePlan &plan);

    // JSON records (snake_case): "prune_store", "prune_plan" (one node) and "prune_result" (one node).
    static QJsonObject toJson(const PruneStoreScan &store);
    static QJsonObject toJson(const NodePrunePlan &plan);
    static QJsonObject toJson(const NodePruneResult &result);

    // The parsers of the node's answers (untrusted: each line one JSON object, bounded; bad lines are skipped).
    struct NodeImage
    {
        QString id;
        QStringList tags;
        QStringList digests;
        qint64 size = -1;
    };
    struct NodeContainer
    {
        QString id;
        QString name;
        QString imageId;
    };
    static QList<NodeImage> parseImages(const QByteArray &output);
    static QList<NodeContainer> parseContainers(const QByteArray &output);
    // Image ID → what holds it in a store (first store in order wins), from the stores' listings.
    using StoreIndex = QHash<QString, QPair<QString, QString>>; // id → (store name, reference)
    static NodePrunePlan planNode(const QString &node, const QList<NodeImage> &images,
                                  const QList<NodeContainer> &containers, const StoreIndex &index);

private:
    static bool readNode(SshSession &session, QList<NodeImage> *images, QList<NodeContainer> *containers,
                         Failure *failure);
    static void recordNode(const ActionContext &context, const SshSession &session, const Failure &failure);
};

} // namespace fleet
