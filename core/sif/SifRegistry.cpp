#include "sif/SifRegistry.h"

#include "images/stores/Sha256.h"
#include "sif/SifRegistryDb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace fleet {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Streams the file through SHA-256; empty on a read error (`error` says why) or a cancel.
QString hashFile(const QString &path, qint64 size, const std::atomic_bool *cancel,
                 const SifRegistry::Progress &progress, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0) {
            *error = file.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress)
            progress(path, done, size);
    }
    return QString::fromLatin1(hash.hexResult());
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

QList<SifRegistryImage> SifScanResult::valid(const QString &partition) const
{
    QList<SifRegistryImage> out;
    for (const SifRegistryImage &image : images)
        if (image.valid() && (partition.isEmpty() || image.partition == partition))
            out << image;
    return out;
}

QList<SifRegistryImage> SifScanResult::flagged() const
{
    QList<SifRegistryImage> out;
    for (const SifRegistryImage &image : images)
        if (!image.valid())
            out << image;
    return out;
}

const SifRegistryImage *SifScanResult::find(const QString &name, const QString &partition) const
{
    const QString file = SifRegistry::normalizedName(name);
    for (const SifRegistryImage &image : images)
        if (image.valid() && image.name == file && (partition.isEmpty() || image.partition == partition))
            return &image;
    return nullptr;
}

QStringList SifRegistry::defaultPartitions()
{
    return {QStringLiteral("compute"), QStringLiteral("viz"), QStringLiteral("shared")};
}

bool SifRegistry::isValidPartition(const QString &name, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (re.match(name).hasMatch())
        return true;
    if (why)
        *why = tr("\"%1\" is not a partition name (1-64 letters, digits, '.', '_', '-'; not starting with '.' or "
                  "'-')").arg(name);
    return false;
}

bool SifRegistry::isValidImageName(const QString &name, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]{0,250}\\.sif$"));
    if (re.match(name).hasMatch())
        return true;
    if (why)
        *why = tr("\"%1\" is not a usable image file name (letters, digits, '.', '_', '+', '-', ending in .sif, "
                  "not starting with '.' or '-'): rename the file").arg(name);
    return false;
}

QString SifRegistry::normalizedName(const QString &nameOrId)
{
    return nameOrId.endsWith(QLatin1String(".sif")) ? nameOrId : nameOrId + QStringLiteral(".sif");
}

SifRegistry::SifRegistry(QString root, QStringList partitions)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_partitions(partitions.isEmpty() ? defaultPartitions() : std::move(partitions))
{
    m_partitions.removeDuplicates();
}

QString SifRegistry::imagesDir(const QString &partition) const
{
    return m_root + QStringLiteral("/images/") + partition;
}

QString SifRegistry::metadataDir() const
{
    return m_root + QStringLiteral("/metadata");
}

QString SifRegistry::databasePath() const
{
    return metadataDir() + QStringLiteral("/registry.db");
}

QString SifRegistry::templatesDir() const
{
    return m_root + QStringLiteral("/templates");
}

QString SifRegistry::sidecarPath(const QString &partition, const QString &name) const
{
    return metadataDir() + QLatin1Char('/') + partition + QLatin1Char('/') + name + QStringLiteral(".json");
}

Failure SifRegistry::check() const
{
    if (!QFileInfo(m_root).isDir())
        return Failure::make(FailureKind::Usage,
                             tr("%1: no such registry folder. Choose the folder that holds images/<partition>/*.sif "
                                "(fleetctl sif … --registry DIR, or Choose registry folder… in the library's "
                                "Apptainer tab).").arg(m_root));
    for (const QString &partition : m_partitions) {
        QString why;
        if (!isValidPartition(partition, &why))
            return Failure::make(FailureKind::Usage, why);
    }
    return {};
}

SifRegistryImage SifRegistry::examine(SifRegistryDb *db, const QString &partition, const QString &path,
                                      const std::atomic_bool *cancel, const Progress &progress, bool *hashed) const
{
    *hashed = false;
    const QFileInfo info(path);
    SifRegistryImage image;
    image.partition = partition;
    image.name = info.fileName();
    image.path = info.absoluteFilePath();
    image.size = info.size();
    image.modified = info.lastModified().toUTC();
    QString why;
    if (!isValidImageName(image.name, &why)) {
        image.flag = SifRegistryImage::Flag::BadName;
        image.reason = why;
        return image;
    }
    if (db) {
        const std::optional<SifRegistryImage> cached = db->find(partition, image.name);
        if (cached && cached->size == image.size
            && cached->modified.toMSecsSinceEpoch() == image.modified.toMSecsSinceEpoch()
            && (cached->flag != SifRegistryImage::Flag::Unreadable)) {
            SifRegistryImage hit = *cached;
            hit.path = image.path;
            return hit;
        }
    }
    image.facts = SifFacts::read(image.path, m_keyring);
    if (!image.facts.ok) {
        image.flag = info.isReadable() ? SifRegistryImage::Flag::Corrupt : SifRegistryImage::Flag::Unreadable;
        image.reason = image.facts.reason;
    } else {
        QString error;
        image.sha256 = hashFile(image.path, image.size, cancel, progress, &error);
        *hashed = !image.sha256.isEmpty();
        if (image.sha256.isEmpty() && !cancelled(cancel)) {
            image.flag = SifRegistryImage::Flag::Unreadable;
            image.reason = tr("reading it failed: %1").arg(error);
        }
    }
    if (db && !cancelled(cancel))
        db->store(image);
    return image;
}

void SifRegistry::writeSidecar(const SifRegistryImage &image) const
{
    const QString path = sidecarPath(image.partition, image.name);
    const QByteArray json = QJsonDocument(image.toJson()).toJson(QJsonDocument::Indented);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == json)
        return; // unchanged: no write on a shared mount
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(json);
        file.commit();
    }
}

SifScanResult SifRegistry::scan(const QStringList &only, const std::atomic_bool *cancel,
                                const Progress &progress) const
{
    SifScanResult result;
    result.root = m_root;
    result.failure = check();
    if (!result.ok())
        return result;
    for (const QString &partition : only)
        if (!m_partitions.contains(partition)) {
            result.failure = Failure::make(FailureKind::Usage,
                                           tr("\"%1\" is not a partition of this registry (%2). Configure it in "
                                              "Settings (sif/partitions) or pick one of those.")
                                               .arg(partition, m_partitions.join(QStringLiteral(", "))));
            return result;
        }
    result.partitions = only.isEmpty() ? m_partitions : only;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();

    SifRegistryDb db;
    SifRegistryDb *cache = &db;
    if (!QDir().mkpath(metadataDir()) || !db.open(databasePath())) {
        cache = nullptr;
        result.warnings << tr("%1: the registry metadata cannot be written (%2); every file is hashed on each scan. "
                              "Make the folder writable for this user.")
                               .arg(metadataDir(), db.errorString().isEmpty() ? tr("read-only") : db.errorString());
    }
    QMap<QString, QList<SifRegistryImage>> known; // what the metadata held before this scan
    if (cache)
        for (const SifRegistryImage &image : cache->all())
            known[image.partition] << image;

    for (const QString &partition : std::as_const(result.partitions)) {
        result.counts[partition] = 0;
        const QFileInfoList files = QDir(imagesDir(partition))
                                        .entryInfoList({QStringLiteral("*.sif")}, QDir::Files | QDir::Hidden,
                                                       QDir::Name);
        QSet<QString> present;
        for (const QFileInfo &file : files) {
            if (file.fileName().startsWith(QLatin1Char('.')))
                continue; // a copy in progress (.x.sif.part and the like), not an image
            if (cancelled(cancel)) {
                result.failure = Failure::make(FailureKind::Cancelled, tr("the scan was cancelled"));
                return result;
            }
            bool hashed = false;
            SifRegistryImage image = examine(cache, partition, file.absoluteFilePath(), cancel, progress, &hashed);
            if (cancelled(cancel)) {
                result.failure = Failure::make(FailureKind::Cancelled, tr("the scan was cancelled"));
                return result;
            }
            present.insert(image.name);
            (hashed ? result.hashed : result.reused) += image.valid() ? 1 : 0;
            if (image.valid())
                ++result.counts[partition];
            if (cache)
                writeSidecar(image);
            result.images << image;
        }
        for (SifRegistryImage &gone : known.value(partition)) {
            if (present.contains(gone.name))
                continue;
            gone.flag = SifRegistryImage::Flag::Missing;
            gone.reason = tr("the file is gone from %1").arg(imagesDir(partition));
            gone.path = imagesDir(partition) + QLatin1Char('/') + gone.name;
            cache->remove(partition, gone.name);
            QFile::remove(sidecarPath(partition, gone.name));
            result.missing << gone;
        }
    }
    if (cache)
        cache->recordScan(started, result.counts, result.hashed, result.reused, int(result.flagged().size()));
    return result;
}

SifRegistry::Lookup SifRegistry::lookup(const QString &partition, const QString &name,
                                        const std::atomic_bool *cancel, const Progress &progress) const
{
    Lookup lookup;
    lookup.failure = check();
    if (!lookup.failure.ok())
        return lookup;
    const QString file = normalizedName(name);
    QString why;
    if (!m_partitions.contains(partition) || !isValidImageName(file, &why)) {
        lookup.failure = Failure::make(FailureKind::Usage, why.isEmpty()
                                           ? tr("\"%1\" is not a partition of this registry (%2)")
                                                 .arg(partition, m_partitions.join(QStringLiteral(", ")))
                                           : why);
        return lookup;
    }
    const QString path = imagesDir(partition) + QLatin1Char('/') + file;
    if (!QFileInfo(path).isFile()) {
        lookup.failure = Failure::make(FailureKind::Failed,
                                       tr("%1 is not in the registry's %2 partition (%3): no such file. `fleetctl "
                                          "sif list --registry %4` shows what is there.")
                                           .arg(file, partition, imagesDir(partition), m_root));
        return lookup;
    }
    SifRegistryDb db;
    const bool cached = QDir().mkpath(metadataDir()) && db.open(databasePath());
    bool hashed = false;
    SifRegistryImage image = examine(cached ? &db : nullptr, partition, path, cancel, progress, &hashed);
    if (cancelled(cancel)) {
        lookup.failure = Failure::make(FailureKind::Cancelled, tr("cancelled"));
        return lookup;
    }
    if (cached)
        writeSidecar(image);
    if (!image.valid())
        lookup.failure = Failure::make(FailureKind::Failed, tr("%1/%2 is flagged %3: %4. It is not synced; replace "
                                                               "the file and scan again.")
                                                                .arg(partition, file, sifFlagName(image.flag),
                                                                     image.reason));
    lookup.image = image;
    return lookup;
}

} // namespace fleet
