#pragma once

// PushJob's private description of what it pushes, shared by its implementation files (PushJob.cpp,
// PushJobRelay.cpp); nothing else includes it.
#include "images/stores/StoredArchive.h"
#include "transfer/PushJob.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// What is pushed: an image of the local engine (a registry store's image is pulled into it first), a
// docker-save archive from disk, or a folder or S3 store's archive.
struct PushJob::Source
{
    QString imageId;      // sha256:… (config digest) of the first (usually only) image
    QStringList imageIds; // every image of an archive
    QString reference;    // what the node is asked about and what `run` starts
    qint64 sizeEstimate = -1;
    std::optional<StoredArchive> stored; // a store's archive: its sidecar (key, size, sha256)
    QString architecture, variant;       // the image config's platform; empty: not known (a store's sidecar)
    QMap<QString, QString> labels;       // the image's labels (io.fleetcommander.* defaults)
    QStringList diffIds;                 // its layers in order (one image only); empty: always sent whole
    bool ociOnly = false;                // an OCI layout without manifest.json: Docker < 25 cannot load it
};

} // namespace fleet
