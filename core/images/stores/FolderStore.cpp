#include "images/stores/FolderStore.h"

#include "docker/DockerEngine.h"
#include "images/stores/Sha256.h"
#include "images/stores/VerifyingReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace fleet {

FolderStore::FolderStore(QString directory)
    : m_dir(QDir::cleanPath(QDir(directory).absolutePath()))
{
}

QString FolderStore::archivePath(const ImageReference &reference) const
{
    return m_dir + QLatin1Char('/') + StoredArchive::fileNameFor(reference);
}

std::optional<StoredArchive> FolderStore::readSidecar(const QString &archiveName, QString *problem) const
{
    QFile file(m_dir + QLatin1Char('/') + StoredArchive::sidecarNameFor(archiveName));
    if (!file.exists()) {
        *problem = QStringLiteral("it has no sidecar %1, so no checksum is recorded").arg(file.fileName());
        return std::nullopt;
    }
    if (file.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("its sidecar %1 cannot be read (%2)").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *problem = QStringLiteral("its sidecar %1 is not JSON (%2)").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    std::optional<StoredArchive> archive = StoredArchive::fromJson(doc.object(), problem);
    if (archive)
        archive->key = archiveName;
    return archive;
}

std::optional<QList<StoredArchive>> FolderStore::list()
{
    clearError();
    const QDir dir(m_dir);
    if (!dir.exists()) {
        fail(StoreError::NotFound, QStringLiteral("folder %1 does not exist; `fleetctl store put %2 IMAGE` creates it")
                                       .arg(m_dir, location()));
        return std::nullopt;
    }
    QList<StoredArchive> archives;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.tar")}, QDir::Files, QDir::Name)) {
        if (!StoredArchive::isArchiveName(info.fileName()))
            continue;
        QString problem;
        if (std::optional<StoredArchive> archive = readSidecar(info.fileName(), &problem)) {
            archives << *archive;
            continue;
        }
        StoredArchive bare; // a .tar without (usable) sidecar: listed, but get() will refuse it
        if (!StoredArchive::parseFileName(info.fileName(), &bare.name, &bare.tag))
            continue;
        bare.reference = bare.name + QLatin1Char(':') + bare.tag;
        bare.key = info.fileName();
        bare.size = info.size();
        bare.created = info.lastModified().toUTC();
        archives << bare;
    }
    return archives;
}

bool FolderStore::failWrite(const QString &path, const QString &why)
{
    return fail(StoreError::Storage, QStringLiteral("writing %1 failed: %2. Free space in (or fix the permissions "
                                                    "of) %3, or use another folder; nothing was left behind.")
                                         .arg(path, why, m_dir));
}

bool FolderStore::writeSidecar(const StoredArchive &archive)
{
    const QString path = m_dir + QLatin1Char('/') + StoredArchive::sidecarNameFor(archive.key);
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(archive.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return failWrite(path, file.errorString());
    return true;
}

std::optional<StoredArchive> FolderStore::put(DockerEngine &engine, const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return std::nullopt;
    const std::optional<ImageInfo> image = inspectForPut(engine, *reference);
    if (!image)
        return std::nullopt;
    if (!QDir().mkpath(m_dir)) {
        failWrite(m_dir, QStringLiteral("the folder cannot be created"));
        return std::nullopt;
    }
    StoredArchive archive = StoredArchive::forReference(*reference);
    archive.imageId = image->id;
    const QString path = m_dir + QLatin1Char('/') + archive.key;

    QSaveFile file(path); // a temporary file until commit(); discarded by its destructor otherwise
    if (!file.open(QIODevice::WriteOnly)) {
        failWrite(path, file.errorString());
        return std::nullopt;
    }
    Sha256 hash;
    qint64 written = 0;
    bool writeFailed = false;
    const bool saved = engine.save({reference->toString()}, [&](const char *data, qint64 size) {
        if (file.write(data, size) != size) {
            writeFailed = true;
            return false;
        }
        hash.addData(QByteArrayView(data, qsizetype(size)));
        written += size;
        report(QStringLiteral("save"), written, image->size);
        return !cancelled();
    }, cancelFlag());
    if (writeFailed) {
        failWrite(path, file.errorString());
        return std::nullopt;
    }
    if (!saved) {
        failFromDocker(engine.error());
        return std::nullopt;
    }
    if (!file.commit()) {
        failWrite(path, file.errorString());
        return std::nullopt;
    }
    archive.size = written;
    archive.sha256 = QString::fromLatin1(hash.hexResult());
    archive.created = QDateTime::currentDateTimeUtc();
    if (!writeSidecar(archive)) {
        QFile::remove(path); // an archive without its checksum could never be loaded: leave nothing
        return std::nullopt;
    }
    return archive;
}

QString FolderStore::hashFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(StoreError::Failed, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;) {
        if (cancelled()) {
            fail(StoreError::Cancelled, QStringLiteral("checking %1: cancelled").arg(path));
            return {};
        }
        hash.addData(QByteArrayView(buffer.constData(), qsizetype(n)));
        done += n;
        report(QStringLiteral("verify"), done, size);
    }
    if (file.error() != QFileDevice::NoError) {
        fail(StoreError::Failed, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return {};
    }
    return QString::fromLatin1(hash.hexResult());
}

bool FolderStore::get(DockerEngine &engine, const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return false;
    const QString name = StoredArchive::fileNameFor(*reference);
    const QString path = m_dir + QLatin1Char('/') + name;
    if (!QFileInfo::exists(path)) {
        if (const std::optional<QList<StoredArchive>> all = list())
            find(*all, *reference);
        return false;
    }
    const auto refuse = [&](const QString &why) {
        return fail(StoreError::Integrity, QStringLiteral("%1 was not loaded: %2. The file is damaged, incomplete "
                                                          "or was changed; put the image again (fleetctl store put "
                                                          "%3 %4) or restore the file.")
                                               .arg(path, why, location(), reference->familiar()));
    };
    QString problem;
    const std::optional<StoredArchive> recorded = readSidecar(name, &problem);
    if (!recorded)
        return refuse(problem);
    if (QFileInfo(path).size() != recorded->size)
        return refuse(QStringLiteral("it has %1 bytes, the sidecar records %2").arg(QFileInfo(path).size())
                          .arg(recorded->size));
    const QString actual = hashFile(path, recorded->size);
    if (actual.isEmpty())
        return false;
    if (actual != recorded->sha256)
        return refuse(QStringLiteral("its sha256 is %1, the sidecar records %2").arg(actual, recorded->sha256));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError::Failed, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // Checked again while streaming: the file could change between the check and the load.
    VerifyingReader reader([&file](char *buffer, qint64 max) { return file.read(buffer, max); }, recorded->size,
                           recorded->sha256);
    const bool loaded = engine.load([&](char *buffer, qint64 max) {
        const qint64 n = reader.read(buffer, max);
        report(QStringLiteral("load"), reader.delivered(), recorded->size);
        return n;
    }, nullptr, cancelFlag());
    if (reader.mismatched())
        return refuse(reader.problem());
    if (!loaded)
        return failFromDocker(engine.error());
    return true;
}

bool FolderStore::remove(const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return false;
    const QString path = archivePath(*reference);
    const QString sidecar = m_dir + QLatin1Char('/') + StoredArchive::sidecarNameFor(StoredArchive::fileNameFor(*reference));
    if (!QFileInfo::exists(path) && !QFileInfo::exists(sidecar)) {
        if (const std::optional<QList<StoredArchive>> all = list())
            find(*all, *reference);
        return false;
    }
    for (const QString &p : {path, sidecar}) {
        QFile file(p);
        if (file.exists() && !file.remove())
            return fail(StoreError::Storage, QStringLiteral("cannot remove %1: %2").arg(p, file.errorString()));
    }
    return true;
}

} // namespace fleet
