#pragma once

#include "sif/SifRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// A job template (ROOT/templates/<id>.json): which registry image a job runs and what it asks for.
//   {"id": "openfoam-cfd-v1", "name": "OpenFOAM CFD", "image": "openfoam_v2312.sif", "partition": "compute",
//    "resources": {"cpus": 16, "memory": "32G", "gpus": 0, "time": "04:00:00"}}
// `image` may be the file name or its id ("openfoam_v2312"); `partition` is optional (any partition then).
struct SifTemplate
{
    Q_DECLARE_TR_FUNCTIONS(SifTemplate)

public:
    struct Resources
    {
        int cpus = 0;
        QString memory; // "32G"
        int gpus = 0;
        QString time; // "04:00:00"
    };

    QString id;
    QString name;
    QString image;
    QString partition;
    Resources resources;
    QString file; // where it was read from

    static std::optional<SifTemplate> fromJson(const QJsonObject &object, QString *error);
    static std::optional<SifTemplate> load(const QString &path, QString *error);
    // Every *.json in `dir`, by id; files that do not parse are reported in `errors` ("FILE: why").
    static QList<SifTemplate> loadAll(const QString &dir, QStringList *errors = nullptr);
    QJsonObject toJson() const;
};

// The seed's validation answer (GET /api/v2/templates/<id>/validate): the image exists → valid with its path and
// partition; else invalid with the registry's valid images.
struct SifTemplateValidation
{
    QString templateId;
    bool valid = false;
    QString imageName; // the file name asked for
    bool imageExists = false;
    QString imagePath;
    QString imagePartition;
    QString message;
    QStringList availableImages; // only when invalid: every valid image's file name, sorted, no duplicates

    // Checks `t` against a scan of the registry (flagged files never count as existing).
    static SifTemplateValidation validate(const SifTemplate &t, const SifScanResult &scan);
    QJsonObject toJson() const; // the seed's keys, snake_case
};

} // namespace fleet
