#include "docker/SaveArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace fleet {

namespace {

constexpr qint64 kMaxManifest = 4 << 20;

using ArchivePtr = std::unique_ptr<archive, int (*)(archive *)>;

bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return !parts.contains(QStringLiteral(".."));
}

QString normalized(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    return path;
}

} // namespace

bool SaveArchive::inspect(const QString &path, SaveArchiveInfo *info, QString *error)
{
    const QString fix = QStringLiteral(" Make it again with `docker save -o FILE IMAGE`.");
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), path.toLocal8Bit().constData(), 256 * 1024) != ARCHIVE_OK) {
        *error = QStringLiteral("%1: cannot open the archive: %2").arg(path, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    QSet<QString> files;
    QByteArray manifest;
    archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        ++info->entries;
        const QString name = normalized(QString::fromUtf8(archive_entry_pathname(entry)));
        if (!isSafePath(name)) {
            *error = QStringLiteral("%1: refused: the archive holds an unsafe path \"%2\". It is not a docker-save "
                                    "archive, or it was tampered with.").arg(path, name);
            return false;
        }
        const char *link = archive_entry_symlink(entry);
        if (link && (QString::fromUtf8(link).startsWith(QLatin1Char('/')) || !isSafePath(name.section(QLatin1Char('/'), 0, -2)
                                                                                   + QLatin1Char('/') + QString::fromUtf8(link)))) {
            *error = QStringLiteral("%1: refused: the link \"%2\" points outside the archive.").arg(path, name);
            return false;
        }
        if (archive_entry_hardlink(entry) && !isSafePath(QString::fromUtf8(archive_entry_hardlink(entry)))) {
            *error = QStringLiteral("%1: refused: the hard link \"%2\" points outside the archive.").arg(path, name);
            return false;
        }
        files.insert(name);
        if (name == QLatin1String("manifest.json")) {
            if (archive_entry_size(entry) > kMaxManifest) {
                *error = QStringLiteral("%1: manifest.json is implausibly large; refused.").arg(path);
                return false;
            }
            manifest.resize(qsizetype(archive_entry_size(entry)));
            if (archive_read_data(a.get(), manifest.data(), size_t(manifest.size())) != manifest.size()) {
                *error = QStringLiteral("%1: manifest.json is truncated.%2").arg(path, fix);
                return false;
            }
        } else if (archive_read_data_skip(a.get()) != ARCHIVE_OK) {
            break; // reported below as truncated
        }
        if (name == QLatin1String("index.json") || name == QLatin1String("oci-layout"))
            info->ociLayout = true;
    }
    if (rc != ARCHIVE_EOF) {
        *error = QStringLiteral("%1: the archive is truncated or corrupt (%2); nothing was sent.%3")
                     .arg(path, QString::fromUtf8(archive_error_string(a.get())), fix);
        return false;
    }
    const QJsonArray images = QJsonDocument::fromJson(manifest).array();
    if (manifest.isEmpty() || images.isEmpty()) {
        *error = QStringLiteral("%1: no manifest.json: this is not a docker-save archive.%2").arg(path, fix);
        return false;
    }
    for (const QJsonValue &value : images) {
        const QJsonObject entry = value.toObject();
        SaveArchiveImage image;
        const QString config = normalized(entry.value(QLatin1String("Config")).toString());
        if (config.isEmpty() || !files.contains(config)) {
            *error = QStringLiteral("%1: manifest.json names the config \"%2\", which is missing: the archive is "
                                    "incomplete.%3").arg(path, config, fix);
            return false;
        }
        for (const QJsonValue &layer : entry.value(QLatin1String("Layers")).toArray()) {
            const QString file = normalized(layer.toString());
            if (!files.contains(file)) {
                *error = QStringLiteral("%1: manifest.json names the layer \"%2\", which is missing: the archive is "
                                        "incomplete.%3").arg(path, file, fix);
                return false;
            }
            image.layers << file;
        }
        QString digest = config.section(QLatin1Char('/'), -1);
        if (digest.endsWith(QLatin1String(".json")))
            digest.chop(5);
        image.imageId = QStringLiteral("sha256:") + digest;
        for (const QJsonValue &tag : entry.value(QLatin1String("RepoTags")).toArray())
            image.repoTags << tag.toString();
        info->images << image;
    }
    info->imageId = info->images.first().imageId;
    info->repoTags = info->images.first().repoTags;
    info->layers = info->images.first().layers;
    return true;
}

} // namespace fleet
