// fleetctl images [--json] [--search TEXT] [--category C]: the local Docker Engine's images, with what the
// catalog knows about them (display name, category, GPU), built or not.
#include "Commands.h"

#include "actions/ImageLister.h"
#include "actions/RecordJson.h"

#include <QCommandLineParser>

namespace fleet::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

} // namespace

int runImages(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the images in the local Docker Engine with their catalog "
                                                    "metadata (display name, category, GPU needed)."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Only images whose name, display name, "
                                                                             "category or description contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this category."),
                                      QStringLiteral("C"));
    parser.addOptions({search, category});
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, QStringLiteral("images takes no arguments besides its options"));

    const ImageListing listing = ImageLister::list(
        ImageListParams{context.dockerHost, context.dbPath, parser.value(search), parser.value(category)});
    if (!listing.ok)
        return context.fail(Failure::make(listing.kind, listing.error));

    for (const ImageInfo &image : listing.images) {
        const CatalogEntry build = listing.builds.value(image.id);
        if (context.json) {
            QJsonObject o = RecordJson::image(image);
            o.insert(QStringLiteral("in_catalog"), build.id > 0);
            o.insert(QStringLiteral("built_at"), build.id > 0 ? build.builtAt.toUTC().toString(Qt::ISODate) : QString());
            o.insert(QStringLiteral("layers"), build.layers);
            o.insert(QStringLiteral("definition"), build.definition);
            o.insert(QStringLiteral("metadata"), build.id > 0 ? QJsonValue(build.metadata.toJson()) : QJsonValue());
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
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("count"), int(listing.images.size())}});
    else if (listing.images.isEmpty())
        context.say(listing.engineCount == 0 ? QStringLiteral("no images in the Docker Engine (%1): build one with "
                                                              "`fleetctl build DIR`").arg(listing.engine)
                                             : QStringLiteral("no image matches"));
    return ExitOk;
}

} // namespace fleet::cli
