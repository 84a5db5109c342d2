#include "docker/SaveArchive.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>

namespace fleet {

namespace {

constexpr qint64 kMaxManifest = 4 << 20;
// Image configs are read on the way (the one pass over the archive) for their platform and labels: members that
// may be one (classic `<id>.json`, OCI `blobs/sha256/<hex>`) up to this size, this much in all.
constexpr qint64 kMaxConfig = 1 << 20;
constexpr qint64 kMaxConfigs = 16 << 20;
constexpr int kMaxLinkHops = 16; // a chain of links longer than this is taken for a loop

using ArchivePtr = std::unique_ptr<archive, int (*)(archive *)>;

// One member as the walk saw it: a regular file, a directory, a symbolic link (target already resolved to an
// archive path) or a hard link (target as written), or something else (devices, fifos: never needed).
struct Member
{
    enum class Kind { File, Directory, Symlink, Hardlink, Other };
    Kind kind = Kind::Other;
    QString target;
};

// `path` with "." and empty parts dropped, as "a/b/c"; nullopt when it is absolute or has a ".." part.
std::optional<QString> canonical(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return std::nullopt;
        if (part != QLatin1String("."))
            parts << part;
    }
    if (parts.isEmpty())
        return std::nullopt;
    return parts.join(QLatin1Char('/'));
}

// The archive path a symbolic link at `name` points to, resolved lexically against its directory;
// nullopt when it is absolute or climbs above the archive's root.
std::optional<QString> resolveLink(const QString &name, const QString &link)
{
    if (link.isEmpty() || link.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList parts = name.split(QLatin1Char('/'));
    parts.removeLast(); // the link's own name
    for (const QString &part : link.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts << part;
        }
    }
    if (parts.isEmpty())
        return std::nullopt;
    return parts.join(QLatin1Char('/'));
}

class Inspection
{
public:
    Inspection(QString path, SaveArchiveInfo *info, QString *error)
        : m_path(std::move(path)), m_info(info), m_error(error)
    {
    }

    bool run(archive *a);

private:
    bool walk(archive *a);
    bool checkLinks();
    bool readManifest();
    bool readIndex(); // an OCI layout without manifest.json
    bool readImage(SaveArchiveImage &image, const QString &config); // the platform and labels of its config
    // Follows links from `name` to a regular member; empty when there is none (missing, dangling, a loop).
    QString regularMember(const QString &name) const;
    bool refuse(const QString &message)
    {
        *m_error = m_path + QStringLiteral(": ") + message;
        return false;
    }

    const QString m_fix = QStringLiteral(" Make it again with `docker save -o FILE IMAGE`.");
    QString m_path;
    SaveArchiveInfo *m_info;
    QString *m_error;
    QHash<QString, Member> m_members;
    QByteArray m_manifest;
    QByteArray m_index; // index.json
    QHash<QString, QByteArray> m_configs; // candidate config members by name
    qint64 m_configBytes = 0;
};

bool mayBeConfig(const QString &name, qint64 size)
{
    if (size <= 0 || size > kMaxConfig)
        return false;
    if (!name.contains(QLatin1Char('/')))
        return name.endsWith(QLatin1String(".json")) && name != QLatin1String("manifest.json")
            && name != QLatin1String("index.json");
    return name.startsWith(QLatin1String("blobs/sha256/")) && name.count(QLatin1Char('/')) == 2;
}

bool Inspection::run(archive *a)
{
    return walk(a) && checkLinks() && readManifest();
}

bool Inspection::walk(archive *a)
{
    archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        ++m_info->entries;
        const QString raw = QString::fromUtf8(archive_entry_pathname(entry));
        const std::optional<QString> name = canonical(raw);
        if (!name)
            return refuse(QStringLiteral("refused: the archive holds an unsafe path \"%1\". It is not a docker-save "
                                         "archive, or it was tampered with.").arg(raw));
        Member member;
        const char *symlink = archive_entry_symlink(entry);
        const char *hardlink = archive_entry_hardlink(entry);
        if (hardlink) {
            const std::optional<QString> target = canonical(QString::fromUtf8(hardlink));
            if (!target)
                return refuse(QStringLiteral("refused: the hard link \"%1\" points outside the archive.").arg(*name));
            member = Member{Member::Kind::Hardlink, *target};
        } else if (symlink || archive_entry_filetype(entry) == AE_IFLNK) {
            const std::optional<QString> target = resolveLink(*name, QString::fromUtf8(symlink ? symlink : ""));
            if (!target)
                return refuse(QStringLiteral("refused: the link \"%1\" -> \"%2\" points outside the archive.")
                                  .arg(*name, QString::fromUtf8(symlink ? symlink : "")));
            member = Member{Member::Kind::Symlink, *target};
        } else if (archive_entry_filetype(entry) == AE_IFREG) {
            member.kind = Member::Kind::File;
        } else if (archive_entry_filetype(entry) == AE_IFDIR) {
            member.kind = Member::Kind::Directory;
        }
        // A second member of the same name would replace the first on extraction: what was checked is not
        // what would be loaded.
        if (m_members.contains(*name) && !(member.kind == Member::Kind::Directory
                                           && m_members.value(*name).kind == Member::Kind::Directory))
            return refuse(QStringLiteral("refused: \"%1\" appears twice in the archive.").arg(*name));
        m_members.insert(*name, member);

        if (*name == QLatin1String("manifest.json") && member.kind == Member::Kind::File) {
            if (archive_entry_size(entry) > kMaxManifest)
                return refuse(QStringLiteral("manifest.json is implausibly large; refused."));
            m_manifest.resize(qsizetype(archive_entry_size(entry)));
            if (archive_read_data(a, m_manifest.data(), size_t(m_manifest.size())) != m_manifest.size())
                return refuse(QStringLiteral("manifest.json is truncated.") + m_fix);
        } else if (*name == QLatin1String("index.json") && member.kind == Member::Kind::File) {
            if (archive_entry_size(entry) > kMaxManifest)
                return refuse(QStringLiteral("index.json is implausibly large; refused."));
            m_index.resize(qsizetype(archive_entry_size(entry)));
            if (archive_read_data(a, m_index.data(), size_t(m_index.size())) != m_index.size())
                return refuse(QStringLiteral("index.json is truncated.") + m_fix);
        } else if (member.kind == Member::Kind::File && mayBeConfig(*name, archive_entry_size(entry))
                   && m_configBytes + archive_entry_size(entry) <= kMaxConfigs) {
            QByteArray data(qsizetype(archive_entry_size(entry)), Qt::Uninitialized);
            if (archive_read_data(a, data.data(), size_t(data.size())) != data.size())
                return refuse(QStringLiteral("the archive is truncated or corrupt (%1); nothing was sent.")
                                  .arg(QString::fromUtf8(archive_error_string(a)))
                              + m_fix);
            if (data.startsWith('{')) {
                m_configBytes += data.size();
                m_configs.insert(*name, data);
            }
        } else if (archive_read_data_skip(a) != ARCHIVE_OK) {
            break; // reported below as truncated
        }
        if (*name == QLatin1String("index.json") || *name == QLatin1String("oci-layout"))
            m_info->ociLayout = true;
    }
    if (rc != ARCHIVE_EOF)
        return refuse(QStringLiteral("the archive is truncated or corrupt (%1); nothing was sent.")
                          .arg(QString::fromUtf8(archive_error_string(a)))
                      + m_fix);
    return true;
}

QString Inspection::regularMember(const QString &name) const
{
    QString current = name;
    for (int hop = 0; hop <= kMaxLinkHops; ++hop) {
        const auto it = m_members.constFind(current);
        if (it == m_members.constEnd())
            return {};
        switch (it->kind) {
        case Member::Kind::File:
            return current;
        case Member::Kind::Symlink:
        case Member::Kind::Hardlink:
            current = it->target;
            break;
        default:
            return {};
        }
    }
    return {};
}

bool Inspection::checkLinks()
{
    // Every link must end at a regular member: `docker load` follows them, and a dangling or looping link, or
    // one onto a directory, has no business in an image archive.
    for (auto it = m_members.constBegin(); it != m_members.constEnd(); ++it) {
        if (it->kind != Member::Kind::Symlink && it->kind != Member::Kind::Hardlink)
            continue;
        if (regularMember(it.key()).isEmpty())
            return refuse(QStringLiteral("refused: the link \"%1\" -> \"%2\" does not lead to a file inside the "
                                         "archive.")
                              .arg(it.key(), it->target));
    }
    return true;
}

// Every entry is checked, not only the first: a multi-image archive either loads whole or is refused.
bool Inspection::readManifest()
{
    if (m_manifest.isEmpty() && !m_index.isEmpty())
        return readIndex();
    const QJsonArray images = QJsonDocument::fromJson(m_manifest).array();
    if (m_manifest.isEmpty() || images.isEmpty())
        return refuse(QStringLiteral("no manifest.json: this is not a docker-save archive.") + m_fix);
    for (const QJsonValue &value : images) {
        const QJsonObject entry = value.toObject();
        SaveArchiveImage image;
        const QString configName = entry.value(QLatin1String("Config")).toString();
        const QString config = canonical(configName).value_or(QString());
        if (config.isEmpty() || regularMember(config).isEmpty())
            return refuse(QStringLiteral("manifest.json names the config \"%1\", which is missing: the archive is "
                                         "incomplete.")
                              .arg(configName)
                          + m_fix);
        for (const QJsonValue &layer : entry.value(QLatin1String("Layers")).toArray()) {
            const QString file = canonical(layer.toString()).value_or(QString());
            if (file.isEmpty() || regularMember(file).isEmpty())
                return refuse(QStringLiteral("manifest.json names the layer \"%1\", which is missing: the archive "
                                             "is incomplete.")
                                  .arg(layer.toString())
                              + m_fix);
            image.layers << file;
        }
        QString digest = config.section(QLatin1Char('/'), -1);
        if (digest.endsWith(QLatin1String(".json")))
            digest.chop(5);
        image.imageId = QStringLiteral("sha256:") + digest;
        for (const QJsonValue &tag : entry.value(QLatin1String("RepoTags")).toArray())
            image.repoTags << tag.toString();
        readImage(image, config);
        m_info->images << image;
    }
    m_info->imageId = m_info->images.first().imageId;
    m_info->repoTags = m_info->images.first().repoTags;
    m_info->layers = m_info->images.first().layers;
    m_info->architecture = m_info->images.first().architecture;
    m_info->variant = m_info->images.first().variant;
    m_info->labels = m_info->images.first().labels;
    return true;
}

} // namespace

bool Inspection::readImage(SaveArchiveImage &image, const QString &config)
{
    // The platform and labels, when the config was small enough to be kept (it always is in practice).
    const QJsonObject object = QJsonDocument::fromJson(m_configs.value(regularMember(config))).object();
    image.os = object.value(QLatin1String("os")).toString();
    image.architecture = object.value(QLatin1String("architecture")).toString();
    image.variant = object.value(QLatin1String("variant")).toString();
    for (const QJsonValue &diffId : object.value(QLatin1String("rootfs")).toObject().value(
             QLatin1String("diff_ids")).toArray())
        image.diffIds << diffId.toString();
    const QJsonObject labels = object.value(QLatin1String("config")).toObject().value(QLatin1String("Labels"))
                                   .toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        image.labels.insert(it.key(), it.value().toString());
    return true;
}

// index.json → each image manifest (blobs/sha256/<digest>, kept with the small JSON members) → its config and
// layers, all of which must be inside. A nested index (a multi-platform image) is followed one level down. The
// name comes from the containerd annotation Docker writes, else from the OCI ref.name when it is a whole
// reference (skopeo writes the reference it was given; a bare tag names nothing).
bool Inspection::readIndex()
{
    const auto blob = [](const QString &digest) -> QString {
        if (!digest.startsWith(QLatin1String("sha256:")) || digest.size() != 71)
            return {};
        return QStringLiteral("blobs/sha256/") + digest.mid(7);
    };
    const auto json = [this](const QString &member) {
        return QJsonDocument::fromJson(m_configs.value(regularMember(member))).object();
    };
    QList<QJsonObject> entries;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_index).object().value(QLatin1String("manifests")).toArray())
        entries << v.toObject();
    if (entries.isEmpty())
        return refuse(QStringLiteral("index.json lists no image and there is no manifest.json: this is not an image "
                                     "archive.") + m_fix);
    for (int i = 0; i < entries.size() && i < 64; ++i) {
        const QJsonObject entry = entries.at(i);
        const QString manifestName = blob(entry.value(QLatin1String("digest")).toString());
        if (manifestName.isEmpty() || regularMember(manifestName).isEmpty())
            return refuse(QStringLiteral("index.json names the manifest \"%1\", which is missing: the archive is "
                                         "incomplete.").arg(entry.value(QLatin1String("digest")).toString()) + m_fix);
        const QJsonObject manifest = json(manifestName);
        if (manifest.contains(QLatin1String("manifests"))) { // a nested index
            if (i < 16)
                for (const QJsonValue &v : manifest.value(QLatin1String("manifests")).toArray())
                    entries << v.toObject();
            continue;
        }
        SaveArchiveImage image;
        const QString configDigest = manifest.value(QLatin1String("config")).toObject().value(QLatin1String("digest"))
                                         .toString();
        const QString config = blob(configDigest);
        if (config.isEmpty() || regularMember(config).isEmpty())
            return refuse(QStringLiteral("the manifest %1 names the config \"%2\", which is missing: the archive is "
                                         "incomplete.").arg(manifestName, configDigest) + m_fix);
        for (const QJsonValue &layer : manifest.value(QLatin1String("layers")).toArray()) {
            const QString digest = layer.toObject().value(QLatin1String("digest")).toString();
            const QString file = blob(digest);
            if (file.isEmpty() || regularMember(file).isEmpty())
                return refuse(QStringLiteral("the manifest %1 names the layer \"%2\", which is missing: the archive "
                                             "is incomplete.").arg(manifestName, digest) + m_fix);
            image.layers << file;
        }
        image.imageId = configDigest;
        const QJsonObject annotations = entry.value(QLatin1String("annotations")).toObject();
        const QString containerd = annotations.value(QLatin1String("io.containerd.image.name")).toString();
        const QString ref = annotations.value(QLatin1String("org.opencontainers.image.ref.name")).toString();
        if (!containerd.isEmpty())
            image.repoTags << containerd;
        else if (ref.contains(QLatin1Char(':')) || ref.contains(QLatin1Char('/')))
            image.repoTags << ref;
        readImage(image, config);
        m_info->images << image;
    }
    if (m_info->images.isEmpty())
        return refuse(QStringLiteral("index.json leads to no image manifest: the archive is incomplete.") + m_fix);
    m_info->ociOnly = true;
    m_info->imageId = m_info->images.first().imageId;
    m_info->repoTags = m_info->images.first().repoTags;
    m_info->layers = m_info->images.first().layers;
    m_info->architecture = m_info->images.first().architecture;
    m_info->variant = m_info->images.first().variant;
    m_info->labels = m_info->images.first().labels;
    return true;
}

bool SaveArchive::inspect(const QString &path, SaveArchiveInfo *info, QString *error)
{
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), path.toLocal8Bit().constData(), 256 * 1024) != ARCHIVE_OK) {
        *error = QStringLiteral("%1: cannot open the archive: %2")
                     .arg(path, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    return Inspection(path, info, error).run(a.get());
}

bool SaveArchive::inspectBytes(const QByteArray &data, const QString &name, SaveArchiveInfo *info, QString *error)
{
    ArchivePtr a(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK) {
        *error = QStringLiteral("%1: cannot open the archive: %2")
                     .arg(name, QString::fromUtf8(archive_error_string(a.get())));
        return false;
    }
    return Inspection(name, info, error).run(a.get());
}

} // namespace fleet
