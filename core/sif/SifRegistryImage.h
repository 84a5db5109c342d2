#pragma once

#include "sif/SifFacts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fleet {

// One .sif file of the Apptainer registry (ROOT/images/<partition>/<name>.sif). A registry "partition" is a
// folder grouping images (compute, viz, shared) — not a SIF partition descriptor inside a file.
struct SifRegistryImage
{
    enum class Flag {
        None,       // a valid image
        Missing,    // recorded by an earlier scan, the file is gone: dropped from listings
        Corrupt,    // the file is not a readable SIF image (the reader's reason)
        Unreadable, // cannot be opened or read (permissions, I/O error)
        BadName,    // a file name that cannot be used safely on nodes
    };

    QString partition;
    QString name; // file name, "alpine_latest.sif"
    QString path; // absolute path on this machine
    qint64 size = -1;
    QDateTime modified;
    QString sha256; // lowercase hex; empty when not hashed (flagged files)
    Flag flag = Flag::None;
    QString reason; // why it is flagged
    SifFacts facts;

    bool valid() const { return flag == Flag::None; }
    QString id() const; // the name without ".sif" (the seed's image id: "python_3.11")
    // Its one JSON form (snake_case): the sidecar ROOT/metadata/<partition>/<name>.json and, with a "type",
    // fleetctl's "sif_registry_image" record.
    QJsonObject toJson() const;
};

QString sifFlagName(SifRegistryImage::Flag flag); // "", "missing", "corrupt", "unreadable", "bad_name"

} // namespace fleet
