// The history schema, one step per version.
//
// HOW TO CHANGE THE SCHEMA: append a new element at the END of kSteps (it becomes version N+1) with the SQL that
// turns version N into N+1 (CREATE TABLE, ALTER TABLE … ADD COLUMN, CREATE INDEX, data fix-ups). Never edit,
// reorder or remove a step that has been committed: users' files already went through it. Each step runs in its
// own transaction together with the `PRAGMA user_version` bump, so it applies completely or not at all. Add a
// case to tests/unit/TestDatabase.cpp if the step moves data.
//
// Conventions: timestamps are INTEGER unix milliseconds, UTC (sortable, compact); states are the stable names from
// core/model (jobStateName, nodeStateName, stageName); host names and image references compare case-insensitively
// (COLLATE NOCASE), which also lets their indexes serve LIKE 'prefix%' searches. Secrets never go here: a node's
// `secret_ref` is only a key into the system keychain.
#include "history/Migrations.h"

#include "history/Database.h"
#include "history/Transaction.h"

#include <QString>

#include <iterator>

namespace fleet {

namespace {

struct Step
{
    const char *description;
    const char *sql;
};

const Step kSteps[] = {
    // Version 1: nodes, scans, push batches and jobs with their stages, events.
    {"nodes, scans, batches, jobs, stages, events", R"sql(
CREATE TABLE nodes (
    address       TEXT COLLATE NOCASE PRIMARY KEY,
    ssh_port      INTEGER NOT NULL DEFAULT 22,
    user          TEXT NOT NULL DEFAULT '',
    host_name     TEXT NOT NULL DEFAULT '',
    os            TEXT NOT NULL DEFAULT '',
    arch          TEXT NOT NULL DEFAULT '',
    kernel        TEXT NOT NULL DEFAULT '',
    ssh_banner    TEXT NOT NULL DEFAULT '',
    agent_version TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'UNKNOWN',
    first_seen    INTEGER NOT NULL,
    last_seen     INTEGER NOT NULL,
    facts_json    TEXT NOT NULL DEFAULT '{}',
    secret_ref    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nodes_state ON nodes(state);

CREATE TABLE scans (
    id            INTEGER PRIMARY KEY,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    targets       TEXT NOT NULL DEFAULT '[]',
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    hosts_total   INTEGER NOT NULL DEFAULT 0,
    found         INTEGER NOT NULL DEFAULT 0,
    online        INTEGER NOT NULL DEFAULT 0,
    not_installed INTEGER NOT NULL DEFAULT 0,
    offline       INTEGER NOT NULL DEFAULT 0,
    unreachable   INTEGER NOT NULL DEFAULT 0,
    error         TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE batches (
    id            INTEGER PRIMARY KEY,
    created_at    INTEGER NOT NULL
);

CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    image         TEXT COLLATE NOCASE NOT NULL,
    image_id      TEXT NOT NULL DEFAULT '',
    archive_path  TEXT NOT NULL DEFAULT '',
    node          TEXT COLLATE NOCASE NOT NULL,
    mode          TEXT NOT NULL,
    state         TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    started_at    INTEGER,
    finished_at   INTEGER,
    bytes         INTEGER NOT NULL DEFAULT 0,
    error         TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jobs_node ON jobs(node, id, state);
CREATE INDEX jobs_state ON jobs(state, id, image, node);
CREATE INDEX jobs_image ON jobs(image, id);
CREATE INDEX jobs_batch ON jobs(batch_id);

CREATE TABLE stages (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    state         TEXT NOT NULL,
    bytes_done    INTEGER NOT NULL DEFAULT 0,
    bytes_total   INTEGER NOT NULL DEFAULT -1,
    started_at    INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    rate_bps      INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 1,
    error         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stages_job ON stages(job_id);
CREATE INDEX stages_active ON stages(state) WHERE state IN ('queued', 'running');

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER REFERENCES jobs(id) ON DELETE CASCADE,
    scan_id       INTEGER REFERENCES scans(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    level         TEXT NOT NULL,
    message       TEXT NOT NULL
);
CREATE INDEX events_job ON events(job_id) WHERE job_id IS NOT NULL;
CREATE INDEX events_scan ON events(scan_id) WHERE scan_id IS NOT NULL;
)sql"},
    // Version 2: the image catalog (core/images/Catalog): one row per built reference, replaced when the same
    // reference is built again; metadata_json is image.json as read, log the end of the build log.
    {"image catalog", R"sql(
CREATE TABLE catalog (
    id            INTEGER PRIMARY KEY,
    reference     TEXT COLLATE NOCASE NOT NULL UNIQUE,
    name          TEXT COLLATE NOCASE NOT NULL,
    tag           TEXT NOT NULL DEFAULT '',
    image_id      TEXT NOT NULL,
    digest        TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL DEFAULT 0,
    layers        INTEGER NOT NULL DEFAULT 0,
    built_at      INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    display_name  TEXT NOT NULL DEFAULT '',
    category      TEXT COLLATE NOCASE NOT NULL DEFAULT '',
    gpu_required  INTEGER NOT NULL DEFAULT 0,
    metadata_json TEXT NOT NULL DEFAULT '{}',
    definition    TEXT NOT NULL DEFAULT '',
    log           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX catalog_image ON catalog(image_id);
CREATE INDEX catalog_category ON catalog(category, name);
)sql"},
    // Version 3: where a job's bytes came from (core/model PushSourceKind names: "image", "archive"), said by the
    // request instead of guessed from a ".tar" suffix. Older rows: an archive path means an archive.
    {"job source kind", R"sql(
ALTER TABLE jobs ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'image';
UPDATE jobs SET source_kind = 'archive' WHERE archive_path <> '';
)sql"},
    // Version 4: a store object's push (source_kind 'store') records the store it came from (a STORE-URL, never
    // holding a credential) and how it reached the node ("relay", "direct").
    {"job store source", R"sql(
ALTER TABLE jobs ADD COLUMN store_url TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN delivery TEXT NOT NULL DEFAULT '';
)sql"},
    // Version 5: what a job does ("push", or a store verb: "store-put", "store-get", "store-rm", "store-copy";
    // core/model JobAction). A store verb's node column holds the store it acted on.
    {"job action", R"sql(
ALTER TABLE jobs ADD COLUMN action TEXT NOT NULL DEFAULT 'push';
)sql"},
    // Version 6: why a job failed (core/model failureKindName: "unreachable", "host_key"…; empty while it runs and
    // when it did not fail), for the per-node summary's SSH failures.
    {"job failure kind", R"sql(
ALTER TABLE jobs ADD COLUMN failure TEXT NOT NULL DEFAULT '';
)sql"},
    // Version 7: node groups (core/actions/NodeGroups) and the images a group should hold (drift, FleetInventory).
    // Nodes are referenced by address as in the other tables; a group exists while a node or a wanted image names
    // it. Names are checked by NodeGroups::isValidName before they get here.
    {"node groups and their wanted images", R"sql(
CREATE TABLE node_groups (
    node          TEXT COLLATE NOCASE NOT NULL,
    grp           TEXT COLLATE NOCASE NOT NULL,
    PRIMARY KEY (node, grp)
);
CREATE INDEX node_groups_grp ON node_groups(grp, node);
CREATE TABLE group_images (
    grp           TEXT COLLATE NOCASE NOT NULL,
    reference     TEXT COLLATE NOCASE NOT NULL,
    PRIMARY KEY (grp, reference)
);
)sql"},
    // Version 8: throughput samples of each stage, about one a second while it runs and one when it ends (bytes
    // done so far, milliseconds after the stage started), for the plot in History. Deleted with their stage.
    {"stage throughput samples", R"sql(
CREATE TABLE stage_samples (
    stage_id      INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
    elapsed_ms    INTEGER NOT NULL,
    bytes_done    INTEGER NOT NULL,
    PRIMARY KEY (stage_id, elapsed_ms)
) WITHOUT ROWID;
)sql"},
    // Version 9: what each node's probe found (core/nodes/NodeProbe: runtime, access, image store, GPU, Jetson
    // release, free space), as NodeProbeReply's JSON, with the time it was asked. One row per node (by address,
    // as the other tables); a push asks again when the row is older than NodeFacts' bound.
    {"node probe facts", R"sql(
CREATE TABLE node_probes (
    node          TEXT COLLATE NOCASE PRIMARY KEY,
    probed_at     INTEGER NOT NULL,
    facts         TEXT NOT NULL
);
)sql"},
    // Append version 10 here.
};

bool refuseNewer(Database &db, int version)
{
    return db.fail(DbError::TooNew,
                   QStringLiteral("history database %1 has schema version %2, newer than this Fleet Commander knows "
                                  "(%3): it was written by a newer release. Update Fleet Commander, or choose "
                                  "another file with --db. The file was not changed.")
                       .arg(db.path())
                       .arg(version)
                       .arg(Migrations::latestVersion()));
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kSteps));
}

int Migrations::currentVersion(Database &db)
{
    return int(db.queryInt("PRAGMA user_version", -1));
}

bool Migrations::apply(Database &db)
{
    int version = currentVersion(db);
    if (version < 0)
        return false;
    // The common case takes no write lock at all.
    while (version != latestVersion()) {
        if (version > latestVersion())
            return refuseNewer(db, version);
        Transaction transaction(db);
        if (!transaction.isActive())
            return false;
        version = currentVersion(db); // another process may have migrated while we waited for the lock
        if (version < 0)
            return false;
        if (version >= latestVersion())
            continue;
        const Step &step = kSteps[version];
        const bool ok = db.exec(step.sql)
            && db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version + 1));
        if (!ok) {
            const DbError error = db.error();
            db.fail(error.kind, QStringLiteral("%1 (while upgrading the schema to version %2: %3)")
                                    .arg(error.message)
                                    .arg(version + 1)
                                    .arg(QString::fromLatin1(step.description)));
            return false;
        }
        if (!transaction.commit())
            return false;
        ++version;
    }
    return true;
}

bool Migrations::checkCurrent(Database &db)
{
    const int version = currentVersion(db);
    if (version < 0)
        return false;
    if (version > latestVersion())
        return refuseNewer(db, version);
    if (version < latestVersion())
        return db.fail(DbError::Other, QStringLiteral("history database %1 has schema version %2 and this Fleet "
                                                      "Commander needs %3, but it was opened read-only and cannot be "
                                                      "upgraded. Open it once with write access (any fleetctl "
                                                      "command that records history does).")
                                           .arg(db.path())
                                           .arg(version)
                                           .arg(latestVersion()));
    return true;
}

} // namespace fleet
