#include "DragPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace fleet {

QString DragPayload::imageMimeType()
{
    return QStringLiteral("application/x-fleet-image-refs");
}

QString DragPayload::storeObjectMimeType()
{
    return QStringLiteral("application/x-fleet-store-objects");
}

QString DragPayload::sifImageMimeType()
{
    return QStringLiteral("application/x-fleet-sif-images");
}

QStringList DragPayload::acceptedMimeTypes()
{
    return {imageMimeType(), storeObjectMimeType(), sifImageMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *DragPayload::encodeSifImages(const QList<SifImageRef> &images)
{
    auto *data = new QMimeData;
    QJsonArray array;
    QStringList names;
    for (const SifImageRef &image : images) {
        array.append(QJsonObject{{QStringLiteral("registry"), image.registry},
                                 {QStringLiteral("partition"), image.partition},
                                 {QStringLiteral("name"), image.name}});
        names << image.name;
    }
    data->setData(sifImageMimeType(), QJsonDocument(array).toJson(QJsonDocument::Compact));
    data->setText(names.join(QLatin1Char(' ')));
    return data;
}

QMimeData *DragPayload::encodeStoreObjects(const QList<StoreObjectRef> &objects)
{
    auto *data = new QMimeData;
    QJsonArray array;
    QStringList references;
    for (const StoreObjectRef &object : objects) {
        array.append(QJsonObject{{QStringLiteral("store"), object.storeUrl},
                                 {QStringLiteral("reference"), object.reference}});
        references << object.reference;
    }
    data->setData(storeObjectMimeType(), QJsonDocument(array).toJson(QJsonDocument::Compact));
    data->setText(references.join(QLatin1Char(' ')));
    return data;
}

QMimeData *DragPayload::encodeImages(const QStringList &references)
{
    auto *data = new QMimeData;
    const QString joined = references.join(QLatin1Char('\n'));
    data->setData(imageMimeType(), joined.toUtf8());
    data->setText(references.join(QLatin1Char(' '))); // dropping on a terminal types the references
    return data;
}

DragPayload DragPayload::decode(const QMimeData *data)
{
    DragPayload payload;
    if (!data)
        return payload;
    if (data->hasFormat(imageMimeType())) {
        const QString text = QString::fromUtf8(data->data(imageMimeType()));
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString reference = line.trimmed();
            if (!reference.isEmpty() && !payload.images.contains(reference))
                payload.images.append(reference);
        }
    }
    if (data->hasFormat(storeObjectMimeType())) {
        // Our own format, but a drop may come from another process: anything not shaped as written is skipped.
        const QJsonArray array = QJsonDocument::fromJson(data->data(storeObjectMimeType())).array();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const StoreObjectRef ref{object.value(QLatin1String("store")).toString().trimmed(),
                                     object.value(QLatin1String("reference")).toString().trimmed()};
            if (!ref.storeUrl.isEmpty() && !ref.reference.isEmpty() && !payload.storeObjects.contains(ref))
                payload.storeObjects.append(ref);
        }
    }
    if (data->hasFormat(sifImageMimeType())) {
        const QJsonArray array = QJsonDocument::fromJson(data->data(sifImageMimeType())).array();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const SifImageRef ref{object.value(QLatin1String("registry")).toString(),
                                  object.value(QLatin1String("partition")).toString(),
                                  object.value(QLatin1String("name")).toString()};
            if (!ref.registry.isEmpty() && !ref.partition.isEmpty() && !ref.name.isEmpty()
                && !payload.sifImages.contains(ref))
                payload.sifImages.append(ref);
        }
    }
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (!url.isLocalFile())
                continue;
            const QString path = url.toLocalFile();
            if (path.endsWith(QLatin1String(".tar"), Qt::CaseInsensitive) && !payload.archives.contains(path))
                payload.archives.append(path);
        }
    }
    return payload;
}

} // namespace fleet
