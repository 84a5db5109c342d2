#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"
#include "sif/SifRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fleet {

// One .sif in a node's cache, compared with the registry.
struct SifCacheEntry
{
    enum class Status {
        Current, // the registry holds a valid image of this name with the same sha256
        Stale,   // not in the registry, or the registry's image of this name differs
        Unknown, // could not be hashed on the node (unreadable), or past the listing's bound
    };
    QString name;
    QString path; // on the node
    qint64 size = -1;
    QDateTime modified;
    QString sha256;
    Status status = Status::Unknown;
    QString partition; // the registry partition whose image it matches (current) or is named after (stale)
    QString reason;    // why stale or unknown
    bool removed = false; // removed by this call (removeStale)
};

QString sifCacheStatusName(SifCacheEntry::Status status); // "current", "stale", "unknown"

struct SifCacheParams
{
    ActionContext context;
    QString node;
    QString cacheDir;
    QList<SifRegistryImage> registry; // the registry's images (a scan's; flagged ones never match)
    bool removeStale = false;
    int maxFiles = 500; // hashed on the node; more are listed as unknown
};

struct SifCacheListing
{
    Failure failure;
    QString display; // the node as shown
    QString cacheDir;
    bool cacheExists = true;
    QList<SifCacheEntry> entries; // by name
    bool ok() const { return failure.ok(); }
};

// A node's Apptainer cache over SSH: `ls` and sha256 of CACHE/*.sif (bounded), each compared with the registry;
// on request the stale copies are removed (`rm -f --` of those names only, in the same session).
class SifCache final
{
    Q_DECLARE_TR_FUNCTIONS(SifCache)

public:
    static SifCacheListing list(const SifCacheParams &params);
    // The node's listing lines ("sha256\tsize\tmtime\tname", "-" for no hash) into entries; untrusted input.
    static QList<SifCacheEntry> parse(const QByteArray &output, const QString &cacheDir);
    static void classify(QList<SifCacheEntry> &entries, const QList<SifRegistryImage> &registry);
};

} // namespace fleet
