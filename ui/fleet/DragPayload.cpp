#include "DragPayload.h"

#include <QMimeData>
#include <QUrl>

namespace fleet {

QString DragPayload::imageMimeType()
{
    return QStringLiteral("application/x-fleet-image-refs");
}

QStringList DragPayload::acceptedMimeTypes()
{
    return {imageMimeType(), QStringLiteral("text/uri-list")};
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
