#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fleet {

// An image as the Docker Engine lists it, plus catalog metadata when the image was built from a definition.
struct ImageInfo
{
    QString id; // sha256:…
    QStringList repoTags;
    QStringList repoDigests;
    qint64 size = 0;
    QDateTime created;
    QMap<QString, QString> labels;
    QString os, architecture, variant; // the config's platform ("linux", "arm64", "v8"); empty when not known
    QStringList diffIds; // RootFS.Layers, in order (an inspect answer only; a listing has none)
    // Catalog metadata (images/…/image.json) when known.
    QString displayName, category, description;
    bool gpuRequired = false;

    QString primaryTag() const { return repoTags.isEmpty() ? id.left(19) : repoTags.first(); }
    QString shortId() const { return id.startsWith(QLatin1String("sha256:")) ? id.mid(7, 12) : id.left(12); }
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::ImageInfo)
