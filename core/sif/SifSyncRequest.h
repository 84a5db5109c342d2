#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fleet {

// Copies registry images into nodes' Apptainer caches: one job per (image, node), run by JobRunner::submitSif.
// `images` names files of `partition` ("alpine_latest.sif" or the id "alpine_latest"); empty: every image of the
// partition (a whole partition to a group of nodes).
struct SifSyncRequest
{
    Q_DECLARE_TR_FUNCTIONS(SifSyncRequest)

public:
    static constexpr const char *kDefaultCache = "/scratch/apptainer";

    QString registryRoot;
    QStringList partitions; // the registry's configured partitions (empty: the defaults)
    QString partition;
    QStringList images;
    QStringList nodes;
    QString cacheDir = QString::fromLatin1(kDefaultCache); // on every node
    QHash<QString, QString> nodeCaches; // a node (as named in `nodes`) whose cache is elsewhere
    int parallel = 4;
    int retries = 2; // transient SSH failures: reconnect and resume

    QString cacheFor(const QString &node) const { return nodeCaches.value(node, cacheDir); }
    // A message naming the problem, or empty. Checks names only (the files are checked by each job).
    QString validate() const;
    // The file names this request syncs: `images` normalized, or the partition's *.sif names (a directory
    // listing, no hashing). Empty with `error` when the partition holds none.
    QStringList resolveImages(QString *error) const;

    static bool isValidCacheDir(const QString &dir, QString *why = nullptr);
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::SifSyncRequest)
