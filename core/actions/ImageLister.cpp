#include "actions/ImageLister.h"

#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"

#include <QFileInfo>

#include <algorithm>

namespace fleet {

bool ImageLister::matches(const ImageInfo &image, const QString &search, const QString &category)
{
    if (!category.isEmpty() && image.category.compare(category, Qt::CaseInsensitive) != 0)
        return false;
    if (search.isEmpty())
        return true;
    const QStringList fields = QStringList(image.repoTags) << image.displayName << image.category << image.description
                                                            << image.id;
    return std::any_of(fields.begin(), fields.end(),
                       [&](const QString &f) { return f.contains(search, Qt::CaseInsensitive); });
}

ImageListing ImageLister::list(const ImageListParams &params)
{
    DockerEngine engine(params.dockerHost);
    ImageListing listing;
    const auto version = engine.version();
    const auto images = version ? engine.listImages() : std::nullopt;
    if (!images) {
        listing.kind = engine.error().kind == DockerError::DaemonDown ? FailureKind::Unreachable : FailureKind::Failed;
        listing.error = engine.error().message;
        return listing;
    }
    listing.ok = true;
    listing.engine = tr("Docker %1 (API %2) at %3").arg(version->version, engine.apiVersion(), engine.endpointDisplay());

    QList<CatalogEntry> entries;
    HistoryStore store;
    if (!params.dbPath.isEmpty() && QFileInfo::exists(params.dbPath)
        && store.open(params.dbPath, Database::OpenMode::ReadOnly))
        entries = Catalog(store.database()).list();
    listing.engineCount = images->size();
    QList<ImageInfo> annotated = *images;
    Catalog::annotate(&annotated, entries);
    for (const CatalogEntry &entry : std::as_const(entries))
        if (!listing.builds.contains(entry.imageId))
            listing.builds.insert(entry.imageId, entry); // newest first: the latest build of an ID
    for (const ImageInfo &image : std::as_const(annotated))
        if (matches(image, params.search, params.category))
            listing.images << image;
    return listing;
}

} // namespace fleet
