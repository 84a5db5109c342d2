#pragma once

#include "images/Catalog.h"
#include "model/Failure.h"
#include "model/ImageInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace fleet {

struct ImageListParams
{
    QString dockerHost; // the local engine; empty: $DOCKER_HOST or the default socket
    QString dbPath;     // the catalog; optional (no file yet: metadata from the images' labels only)
    QString search;     // substring of a tag, display name, category, description or ID; empty: all
    QString category;   // exact (case-insensitive); empty: all
};

// The local engine's images with what the catalog knows about them.
struct ImageListing
{
    bool ok = false;
    FailureKind kind = FailureKind::None; // Unreachable when the engine does not answer
    QList<ImageInfo> images;              // annotated (display name, category, description, GPU) and filtered
    qsizetype engineCount = 0;            // images in the engine before filtering
    QHash<QString, CatalogEntry> builds;  // by image ID: the newest catalog entry of that image
    QString engine; // "Docker 20.10.24 (API 1.41) at unix:///var/run/docker.sock"
    QString error;  // cause and fix when !ok
};

// Lists images for the library and `fleetctl images`: engine first, then the catalog's display names, categories
// and GPU flags (else the io.fleetcommander.* labels the builder writes), filtered. Synchronous (a socket and a
// database read): the GUI calls it on a worker.
class ImageLister final
{
    Q_DECLARE_TR_FUNCTIONS(ImageLister)

public:
    static ImageListing list(const ImageListParams &params);
    static bool matches(const ImageInfo &image, const QString &search, const QString &category);
};

} // namespace fleet
