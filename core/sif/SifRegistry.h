#pragma once

#include "model/Failure.h"
#include "sif/SifRegistryImage.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fleet {

class SifRegistryDb;

// What a scan of the registry found. `counts` is the seed's stats: valid images per partition (every partition
// asked for is a key, 0 included). `images` holds every file that exists — flagged ones with their reason, never
// as valid; `missing` the files an earlier scan recorded that are gone (dropped from the metadata now).
struct SifScanResult
{
    Failure failure;
    QString root;
    QStringList partitions;
    QMap<QString, int> counts;
    QList<SifRegistryImage> images; // by partition (in the configured order), then name
    QList<SifRegistryImage> missing;
    int hashed = 0; // files read for their sha256 this time
    int reused = 0; // sha256 taken from the metadata (size and mtime unchanged)
    QStringList warnings; // e.g. the metadata could not be written (read-only mount): nothing cached

    bool ok() const { return failure.ok(); }
    QList<SifRegistryImage> valid(const QString &partition = {}) const;
    QList<SifRegistryImage> flagged() const;
    // The valid image named `name` ("x.sif" or its id "x"), in `partition` when given; nullptr when none.
    const SifRegistryImage *find(const QString &name, const QString &partition = {}) const;
};

// The Apptainer image registry: a folder (local disk or an NFS/CephFS mount) holding images/<partition>/*.sif,
// metadata/registry.db (SifRegistryDb: sha256 and reader facts cached by size and mtime), metadata/<partition>/
// <name>.json sidecars, and templates/*.json (SifTemplate). Synchronous: the GUI calls it on a worker.
class SifRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(SifRegistry)

public:
    using Progress = std::function<void(const QString &file, qint64 done, qint64 total)>;

    static QStringList defaultPartitions(); // compute, viz, shared (the seed's)
    static bool isValidPartition(const QString &name, QString *why = nullptr);
    // A file name nodes can be given safely: letters, digits, '.', '_', '+', '-', ending in .sif, no leading dot.
    static bool isValidImageName(const QString &name, QString *why = nullptr);
    static QString normalizedName(const QString &nameOrId); // "x" → "x.sif"

    explicit SifRegistry(QString root, QStringList partitions = {});

    // An OpenPGP public key file signatures are checked against (empty: integrity only, signers unknown).
    void setKeyring(const QString &path) { m_keyring = path; }
    QString root() const { return m_root; }
    QStringList partitions() const { return m_partitions; }
    QString imagesDir(const QString &partition) const;
    QString metadataDir() const;
    QString databasePath() const;
    QString templatesDir() const;
    QString sidecarPath(const QString &partition, const QString &name) const;

    // Refuses a root that is not a folder or a partition name that is not a plain folder name.
    Failure check() const;

    // Scans `only` (a subset of partitions; empty: all): every *.sif is stat'ed; unchanged files keep their cached
    // sha256 and facts; new or changed ones are hashed (streamed) and read by the SIF reader. Cancel stops it
    // between chunks (failure kind cancelled).
    SifScanResult scan(const QStringList &only = {}, const std::atomic_bool *cancel = nullptr,
                       const Progress &progress = {}) const;

    // One image, by the same rules as a scan (what a sync checks before it sends anything): its record, with a
    // failure naming what is wrong when it does not exist or is flagged.
    struct Lookup
    {
        Failure failure;
        std::optional<SifRegistryImage> image;
        bool ok() const { return failure.ok() && image && image->valid(); }
    };
    Lookup lookup(const QString &partition, const QString &name, const std::atomic_bool *cancel = nullptr,
                  const Progress &progress = {}) const;

private:
    SifRegistryImage examine(SifRegistryDb *db, const QString &partition, const QString &path,
                             const std::atomic_bool *cancel, const Progress &progress, bool *hashed) const;
    void writeSidecar(const SifRegistryImage &image) const;

    QString m_root;
    QStringList m_partitions;
    QString m_keyring;
};

} // namespace fleet
