#pragma once

#include "images/ImageMetadata.h"
#include "model/ImageInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fleet {

class Database;
struct BuildResult;

// A built image as the catalog keeps it: what it is (reference, ID, size, layers), how it was made (when, how
// long, from which folder, the end of its log) and what image.json said about it.
struct CatalogEntry
{
    qint64 id = 0;
    QString reference; // familiar form: "fleet/hello-busybox:1.0.0"
    QString name;      // repository: "fleet/hello-busybox"
    QString tag;
    QString imageId;
    QString digest;
    qint64 size = 0;
    int layers = 0;
    QDateTime builtAt;
    qint64 durationMs = 0;
    ImageMetadata metadata;
    QString definition; // the folder it was built from
    QString log;        // the end of the build log
};

// The image catalog in the history database (table `catalog`, schema step 2 in core/history/Migrations.cpp).
// Uses a Database that is already open and migrated (HistoryStore::open does both), on that database's thread.
// Writers return false and readers an empty result on error; error() then says why.
class Catalog final
{
public:
    static constexpr qsizetype kMaxLog = 64 * 1024; // the end of the log is where failures and sizes are

    explicit Catalog(Database &db);

    // Inserts or replaces the row of the result's reference (a rebuilt tag now means the new image).
    bool record(const BuildResult &result);
    std::optional<CatalogEntry> find(const QString &reference);
    // Newest first. `search` matches reference, display name, category, description and keywords (case-
    // insensitive substring); `category` filters exactly (case-insensitive). Empty = all.
    QList<CatalogEntry> list(const QString &search = {}, const QString &category = {});
    QList<CatalogEntry> byImageId(const QString &imageId);
    bool remove(const QString &reference);

    // Fills the display name, category, description and GPU flag of engine images: from the catalog (matched
    // by image ID), else from the io.fleetcommander.* labels the builder writes into every image.
    void annotate(QList<ImageInfo> *images);
    static void annotate(QList<ImageInfo> *images, const QList<CatalogEntry> &entries); // entries newest first

    QString error() const;

private:
    Database &m_db;
};

} // namespace fleet
