#pragma once

#include <QString>
#include <QStringList>

namespace fleet {

struct SaveArchiveInfo
{
    QString imageId; // sha256:<config digest>
    QStringList repoTags;
    QStringList layers; // paths inside the archive
    bool ociLayout = false; // Docker 25+: index.json + blobs/sha256/…
    qint64 entries = 0;
};

// Reads a `docker save` archive (libarchive), as untrusted input: the whole file is walked so a truncated or
// corrupt archive is caught before it is sent anywhere; absolute paths and `..` are refused; links must stay
// inside the archive and end at a regular member (Docker 20.10 writes a repeated layer as
// `<id>/layer.tar -> ../<other-id>/layer.tar`), so escaping, dangling and looping links are refused;
// manifest.json must name a config and layers that are really inside. Both the classic layout
// (<id>.json, <layer>/layer.tar) and the OCI layout of Docker 25+ are understood.
class SaveArchive final
{
public:
    static bool inspect(const QString &path, SaveArchiveInfo *info, QString *error);
    // The same check on an archive in memory (`name` is what messages call it); the fuzz target uses it.
    static bool inspectBytes(const QByteArray &data, const QString &name, SaveArchiveInfo *info, QString *error);
};

} // namespace fleet
