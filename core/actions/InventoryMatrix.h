#pragma once

#include "history/HistoryRecords.h"
#include "images/Catalog.h"
#include "model/Failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// Who told us what a node holds.
enum class InventorySource { None, Agent, Ssh };
QString inventorySourceName(InventorySource source); // "none", "agent", "ssh"

// One tagged image on a node. `reference` is the familiar form ("app:1.2.0", "ghcr.io/org/x:2"), `repository`
// the familiar name without the tag; both normalized so that the node's, the catalog's and a group's spelling of
// one image compare equal.
struct HeldImage
{
    QString reference;
    QString repository;
    QString tag;
    QString id; // sha256:… (full)
};

// One node's column: what it holds and who said so.
struct NodeInventory
{
    QString node;    // as asked
    QString display; // the SSH target, for messages
    InventorySource source = InventorySource::None;
    QString agentNote; // why the agent was not asked or did not answer (then SSH was), empty otherwise
    Failure failure;   // neither answered
    QList<HeldImage> images;
    QDateTime collectedAt;
    bool ok() const { return failure.ok(); }
    const HeldImage *find(const QString &reference) const;
};

// A node that is not as it should be, and the command that fixes it.
enum class DriftKind { Missing, Outdated };
QString driftKindName(DriftKind kind); // "missing", "outdated"

struct Drift
{
    DriftKind kind = DriftKind::Missing;
    QString node;  // display form
    QString image; // Missing: what the group wants; Outdated: the catalog's newest of the repository
    QString held;  // Outdated: the older tag the node holds
    QString group; // Missing: the group that wants it
    QString fix;   // a fleetctl command line
};

// Rows: image references (sorted); columns: nodes (in the order asked); cells: the image ID, or none.
struct InventoryMatrix
{
    QStringList images;
    QList<NodeInventory> nodes;
    QList<Drift> drift;

    std::optional<QString> cell(const QString &image, int column) const;
    int columnOf(const QString &node) const; // by node or display; -1 if absent
    // Drift of one cell (node column × image row), for highlighting; nullptr when the cell is fine.
    const Drift *driftAt(const QString &image, int column) const;
};

// The pure part of the inventory: normalizing references, which tag of a repository is newest, the matrix and
// its drift. No I/O: unit-tested on its own (tests/unit/TestInventoryDrift).
class InventoryDrift final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryDrift)

public:
    // "fleet/app:1.0" → {"fleet/app:1.0", "fleet/app", "1.0"} in familiar form; nullopt for an untagged or
    // invalid reference.
    static std::optional<HeldImage> normalize(const QString &reference, const QString &id = {});
    // < 0 when tag a is older than b: as semantic versions when both parse (a leading "v" allowed), else by
    // build time (`aBuilt`, `bBuilt`; invalid times compare as oldest), else by name.
    static int compareTags(const QString &a, const QDateTime &aBuilt, const QString &b, const QDateTime &bBuilt);
    // Repository (familiar) → the catalog's newest entry of it.
    static QHash<QString, CatalogEntry> newestByRepository(const QList<CatalogEntry> &entries);

    // Missing: a member of a group lacks an image the group wants. Outdated: a node holds repo:old where the
    // catalog's newest of repo is newer, and does not hold the newest (a node that has both is not behind).
    // Nodes that could not be asked have no drift (nothing is known of them).
    static QList<Drift> compute(const QList<NodeInventory> &nodes, const QList<GroupRecord> &groups,
                                const QList<CatalogEntry> &catalog);
    static InventoryMatrix build(const QList<NodeInventory> &nodes, const QList<GroupRecord> &groups,
                                 const QList<CatalogEntry> &catalog);
};

} // namespace fleet
