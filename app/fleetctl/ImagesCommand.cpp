// fleetctl images [--json] [--search TEXT] [--category C]: the local Docker Engine's images, with what the
// catalog knows about them (display name, category, GPU), built or not.
#include "Commands.h"

#include "docker/DockerEngine.h"
#include "history/HistoryStore.h"
#include "images/Catalog.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace fleet::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

bool matches(const ImageInfo &image, const QString &search, const QString &category)
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

} // namespace

int runImages(const CliContext &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the images in the local Docker Engine with their catalog "
                                                    "metadata (display name, category, GPU needed)."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Only images whose name, display name, "
                                                                             "category or description contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this category."),
                                      QStringLiteral("C"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per line."));
    parser.addOptions({search, category, json});
    if (!parseCommand(parser, global, args))
        return ExitUsage;
    CliContext context = global;
    context.json = global.json || parser.isSet(json);
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, QStringLiteral("images takes no arguments besides its options"));

    DockerEngine engine(context.dockerHost);
    std::optional<QList<ImageInfo>> images = engine.listImages();
    if (!images)
        return context.fail(engine.error().kind == DockerError::DaemonDown ? ExitUnreachable : ExitFailed,
                            engine.error().message);

    // The catalog is optional here: without a history file, metadata comes from the images' own labels.
    HistoryStore store;
    QMap<QString, CatalogEntry> builds; // by image ID
    QList<CatalogEntry> entries;
    if (QFileInfo::exists(context.dbPath) && store.open(context.dbPath))
        entries = Catalog(store.database()).list();
    Catalog::annotate(&*images, entries);
    for (const CatalogEntry &e : std::as_const(entries))
        if (!builds.contains(e.imageId))
            builds.insert(e.imageId, e); // newest first: the latest build of an ID

    int shown = 0;
    for (const ImageInfo &image : std::as_const(*images)) {
        if (!matches(image, parser.value(search), parser.value(category)))
            continue;
        ++shown;
        const CatalogEntry build = builds.value(image.id);
        if (context.json) {
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("image")},
                          {QStringLiteral("id"), image.id},
                          {QStringLiteral("tags"), QJsonArray::fromStringList(image.repoTags)},
                          {QStringLiteral("size"), image.size},
                          {QStringLiteral("created"), image.created.toString(Qt::ISODate)},
                          {QStringLiteral("display_name"), image.displayName},
                          {QStringLiteral("category"), image.category},
                          {QStringLiteral("description"), image.description},
                          {QStringLiteral("gpu_required"), image.gpuRequired},
                          {QStringLiteral("in_catalog"), build.id > 0}};
            if (build.id > 0) {
                o.insert(QStringLiteral("built_at"), build.builtAt.toString(Qt::ISODate));
                o.insert(QStringLiteral("layers"), build.layers);
                o.insert(QStringLiteral("definition"), build.definition);
                o.insert(QStringLiteral("metadata"), build.metadata.toJson());
            }
            context.printJson(o);
            continue;
        }
        QString about = image.displayName;
        if (!image.category.isEmpty())
            about += QStringLiteral(" [%1]").arg(image.category);
        if (image.gpuRequired)
            about += QStringLiteral(" GPU");
        context.say(QStringLiteral("%1 %2 %3 %4")
                        .arg(image.primaryTag(), -40)
                        .arg(image.shortId(), -12)
                        .arg(megabytes(image.size), 10)
                        .arg(about));
    }
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("count"), shown}});
    else if (shown == 0)
        context.say(images->isEmpty() ? QStringLiteral("no images in the Docker Engine at %1: build one with "
                                                       "`fleetctl build DIR`").arg(engine.endpointDisplay())
                                      : QStringLiteral("no image matches"));
    return ExitOk;
}

} // namespace fleet::cli
