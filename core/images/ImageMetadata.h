#pragma once

#include "images/DefinitionProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fleet {

// What image.json says about an image: the fields the fleet uses to choose it (display name, category, GPU,
// limits). fromJson() checks every field and reports each bad one with what was expected and what was found.
struct ImageMetadata
{
    QString name;        // repository, no tag: "tools/hello-busybox"
    QString displayName; // "Hello (busybox)"
    QString description;
    QString category;
    QStringList tags;    // catalog keywords for search ("demo", "shell"), not Docker tags
    QString version;     // semantic version: the image's tag
    bool gpuRequired = false;
    double cpuLimit = 0; // cores; 0 = no limit
    QString memLimit;    // as written ("512m"); empty = no limit
    qint64 memLimitBytes = 0;
    QString platform;    // "linux/amd64"; empty = the daemon's
    // Jetson: the L4T release ("R35.4.1" or "35.4.1") and CUDA version ("11.4") the image was built against;
    // images are not portable across L4T releases (a push to a node with another one is warned about).
    QString l4t;
    QString cuda;

    static const QStringList &knownFields();
    // Parses image.json. Problems are appended with file "image.json"; the result holds what could be read.
    static ImageMetadata fromJson(const QByteArray &json, QList<DefinitionProblem> *problems);
    static qint64 parseMemory(const QString &text, bool *ok); // Docker's units: b, k, m, g (1024-based)

    QJsonObject toJson() const; // the image.json form, for the catalog
    // Labels written into the image, so metadata travels with it (OCI keys and io.fleetcommander.*). Kept few:
    // the classic builder turns each into one more LABEL step ("Step 4/9" for a 4-line Dockerfile).
    QMap<QString, QString> labels() const;
};

} // namespace fleet
