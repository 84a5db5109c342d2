#include "images/stores/FolderStore.h"

#include "images/stores/ArchiveStream.h"

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

bool FolderStore::failIntegrity(const ImageReference &reference, const QString &why)
{
    return fail(StoreError::Integrity, QStringLiteral("%1 was not loaded: %2. The file is damaged, incomplete or was "
                                                      "changed; put the image again (fleetctl store put %3 %4) or "
                                                      "restore the file.")
                                           .arg(archivePath(reference), why, location(), reference.familiar()));
}

std::optional<StoredArchive> FolderStore::recordedArchive(const ImageReference &reference)
{
    const QString name = StoredArchive::fileNameFor(reference);
    const QString path = archivePath(reference);
    if (!QFileInfo::exists(path)) {
        if (const std::optional<QList<StoredArchive>> all = list())
            find(*all, reference);
        return std::nullopt;
    }
    QString problem;
    const std::optional<StoredArchive> recorded = readSidecar(name, &problem);
    if (!recorded) {
        failIntegrity(reference, problem);
        return std::nullopt;
    }
    if (QFileInfo(path).size() != recorded->size) {
        failIntegrity(reference, QStringLiteral("it has %1 bytes, the sidecar records %2").arg(QFileInfo(path).size())
                                     .arg(recorded->size));
        return std::nullopt;
    }
    return recorded;
}

namespace {

class FileArchiveStream final : public ArchiveStream
{
public:
    FileArchiveStream(const StoredArchive &archive, const QString &path, const QString &fix)
        : ArchiveStream(archive, path, fix)
        , m_file(path)
    {
    }
    bool openFile() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }

protected:
    qint64 readRaw(char *buffer, qint64 max) override
    {
        const qint64 n = m_file.read(buffer, max);
        if (n < 0)
            setRawError({StoreError::Failed, QStringLiteral("reading %1 failed: %2").arg(m_file.fileName(),
                                                                                       m_file.errorString())});
        return n;
    }

private:
    QFile m_file;
};

} // namespace

std::unique_ptr<ArchiveStream> FolderStore::open(const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return nullptr;
    const std::optional<StoredArchive> recorded = recordedArchive(*reference);
    if (!recorded)
        return nullptr;
    auto stream = std::make_unique<FileArchiveStream>(
        *recorded, archivePath(*reference),
        QStringLiteral("put the image again (fleetctl store put %1 %2) or restore the file")
            .arg(location(), reference->familiar()));
    if (!stream->openFile()) {
        fail(StoreError::Failed, QStringLiteral("cannot read %1: %2").arg(archivePath(*reference),
                                                                          stream->errorString()));
        return nullptr;
    }
    return stream;
}

std::optional<StoredArchive> FolderStore::describe(const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    return reference ? recordedArchive(*reference) : std::nullopt;
}

bool FolderStore::get(DockerEngine &engine, const QString &text)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference)
        return false;
    const std::optional<StoredArchive> recorded = recordedArchive(*reference);
    if (!recorded)
        return false;
    // Checked before the first byte reaches the daemon, and again while streaming (open()): the file could
    // change in between.
    const QString actual = hashFile(archivePath(*reference), recorded->size);
    if (actual.isEmpty())
        return false;
    if (actual != recorded->sha256)
        return failIntegrity(*reference, QStringLiteral("its sha256 is %1, the sidecar records %2")
                                             .arg(actual, recorded->sha256));
    const std::unique_ptr<ArchiveStream> stream = open(text);
    return stream && loadStream(engine, *stream);
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
