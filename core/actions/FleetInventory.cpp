#include "actions/FleetInventory.h"

#include "actions/NodeGroups.h"
#include "actions/NodeImageReader.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"
#include "ssh/SshOptions.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace fleet {

namespace {

struct Known
{
    QHash<QString, Node> nodes; // host (lower case) → as the history has it
    QList<GroupRecord> groups;
    QList<CatalogEntry> catalog;
    QStringList all; // every known node, for an empty node list
};

bool readHistory(const QString &dbPath, Known *known, Failure *failure)
{
    HistoryStore store;
    if (!store.open(dbPath)) {
        *failure = Failure::make(FailureKind::Unreachable, store.errorString());
        return false;
    }
    for (const Node &node : store.nodes()) {
        known->nodes.insert(node.address.toLower(), node);
        known->all << (node.sshPort != 22 ? SshTarget{node.address, node.sshPort, {}}.display() : node.address);
    }
    known->groups = store.groups();
    known->catalog = Catalog(store.database()).list();
    return true;
}

QList<NodeInventory> readAll(const InventoryParams &params, const QStringList &nodes, const Known &known)
{
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, params.parallel, 64));
    QMutex progress;
    QList<QFuture<NodeInventory>> futures;
    for (const QString &node : nodes) {
        const QString host = params.context.target(node).host.toLower();
        const std::optional<Node> record = known.nodes.contains(host) ? std::optional<Node>(known.nodes.value(host))
                                                                       : std::nullopt;
        futures << QtConcurrent::run(&pool, [&params, &progress, node, record] {
            NodeInventory column = NodeImageReader::read(params.context, node, record, params.cancel);
            if (params.nodeDone) {
                const QMutexLocker lock(&progress);
                params.nodeDone(column);
            }
            return column;
        });
    }
    QList<NodeInventory> columns;
    for (QFuture<NodeInventory> &future : futures)
        columns << future.result();
    return columns;
}

} // namespace

InventoryResult FleetInventory::collect(const InventoryParams &params)
{
    return update({}, params);
}

InventoryResult FleetInventory::update(const InventoryMatrix &previous, const InventoryParams &params)
{
    InventoryResult result;
    Known known;
    if (!readHistory(params.context.dbPath, &known, &result.failure)) {
        result.matrix = previous;
        return result;
    }
    QStringList nodes;
    if (params.nodes.isEmpty() && previous.nodes.isEmpty()) {
        nodes = known.all;
    } else {
        const ResolvedNodes resolved = NodeGroups::resolve(params.nodes, params.context.dbPath);
        if (!resolved.failure.ok()) {
            result.failure = resolved.failure;
            result.matrix = previous;
            return result;
        }
        nodes = resolved.nodes;
    }
    QList<NodeInventory> columns = previous.nodes;
    for (const NodeInventory &fresh : readAll(params, nodes, known)) {
        InventoryMatrix lookup;
        lookup.nodes = columns;
        const int at = lookup.columnOf(fresh.display);
        if (at >= 0)
            columns[at] = fresh;
        else
            columns << fresh;
    }
    for (const NodeInventory &column : std::as_const(columns))
        Failure::keepMostSpecific(result.failure, column.failure);
    result.matrix = InventoryDrift::build(columns, known.groups, known.catalog);
    return result;
}

} // namespace fleet
