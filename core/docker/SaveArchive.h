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
// corrupt archive is caught before it is sent anywhere; absolute paths, `..` and links leaving the archive are
// refused; manifest.json must name a config and layers that are really inside. Both the classic layout
// (<id>.json, <layer>/layer.tar) and the OCI layout of Docker 25+ are understood.
class SaveArchive final
{
public:
    static bool inspect(const QString &path, SaveArchiveInfo *info, QString *error);
};

} // namespace fleet
