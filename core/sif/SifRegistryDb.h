#pragma once

#include "history/Database.h"
#include "sif/SifRegistryImage.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fleet {

// The registry's own SQLite file (ROOT/metadata/registry.db), separate from the history: it travels with the
// registry (an NFS/CephFS mount shared by several workstations) and caches what a scan learnt per file —
// sha256 and the reader's facts, keyed by (partition, name) and valid while size and mtime are unchanged.
// Versioned by `user_version` with its own append-only steps (SifRegistryDb.cpp). One connection per thread.
class SifRegistryDb final
{
public:
    bool open(const QString &path, Database::OpenMode mode = Database::OpenMode::ReadWrite);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_db.errorString(); }
    static int latestVersion();

    // The row for this file, if a scan recorded it (its size/mtime say whether it still applies).
    std::optional<SifRegistryImage> find(const QString &partition, const QString &name);
    QList<SifRegistryImage> all(); // by partition, then name
    bool store(const SifRegistryImage &image);
    bool remove(const QString &partition, const QString &name);
    // One line per scan: when, what it counted, how many files it hashed and how many it took from the cache.
    bool recordScan(qint64 startedMs, const QMap<QString, int> &counts, int hashed, int reused, int flagged);

private:
    bool migrate();
    SifRegistryImage rowToImage(class Statement &s) const;

    Database m_db;
};

} // namespace fleet
