#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace fleet {

// One entry of manifest.json: one image of the archive.
struct SaveArchiveImage
{
    QString imageId; // sha256:<config digest>
    QStringList repoTags;
    QStringList layers; // paths inside the archive
    // From the image's config JSON: its platform (empty when the config does not say) and its labels.
    QString os, architecture, variant;
    QMap<QString, QString> labels;
    QStringList diffIds; // the config's rootfs.diff_ids, in order
};

struct SaveArchiveInfo
{
    // The first entry (most archives hold one image); `images` has them all, each checked like the first.
    QString imageId; // sha256:<config digest>
    QStringList repoTags;
    QStringList layers; // paths inside the archive
    QList<SaveArchiveImage> images;
    QString architecture, variant; // the first image's (see SaveArchiveImage)
    QMap<QString, QString> labels;
    bool ociLayout = false; // Docker 25+: index.json + blobs/sha256/…
    // An OCI layout with no manifest.json at all (`skopeo copy … oci-archive:`): read through index.json; podman
    // and Docker 25+ load it, Docker 24 and older do not.
    bool ociOnly = false;
    qint64 entries = 0;
};

// Reads a `docker save` archive (libarchive), as untrusted input: the whole file is walked so a truncated or
// corrupt archive is caught before it is sent anywhere; absolute paths and `..` are refused; links must stay
// inside the archive and end at a regular member (Docker 20.10 writes a repeated layer as
// `<id>/layer.tar -> ../<other-id>/layer.tar`), so escaping, dangling and looping links are refused;
// every entry of manifest.json must name a config and layers that are really inside (so a multi-image
// archive cannot half-load). Both the classic layout
// (<id>.json, <layer>/layer.tar) and the OCI layout of Docker 25+ are understood, and so is a pure OCI layout
// without manifest.json (skopeo's oci-archive), through index.json and its manifests.
class SaveArchive final
{
public:
    static bool inspect(const QString &path, SaveArchiveInfo *info, QString *error);
    // The same check on an archive in memory (`name` is what messages call it); the fuzz target uses it.
    static bool inspectBytes(const QByteArray &data, const QString &name, SaveArchiveInfo *info, QString *error);
};

} // namespace fleet
