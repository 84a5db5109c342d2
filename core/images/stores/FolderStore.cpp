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
    return filePath(StoredArchive::fileNameFor(reference));
}

std::optional<StoredArchive> FolderStore::readSidecar(const QString &archiveName, QString *problem) const
{
    QFile file(filePath(StoredArchive::sidecarNameFor(archiveName)));
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
    if (archive) {
        archive->key = archiveName;
        // A named archive is found by its file name: if the files were renamed, the file name is its name now.
        if (!archive->archive.isEmpty())
            archive->archive = StoredArchive::archiveNameOfFile(archiveName);
    }
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
    const QString path = filePath(StoredArchive::sidecarNameFor(archive.key));
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(archive.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return failWrite(path, file.errorString());
    return true;
}

std::optional<StoredArchive> FolderStore::put(DockerEngine &engine, const QString &text, const QString &archiveName)
{
    clearError();
    const std::optional<ImageReference> reference = parseReference(text);
    if (!reference || !checkArchiveName(archiveName))
        return std::nullopt;
    const std::optional<ImageInfo> image = inspectForPut(engine, *reference);
    if (!image)
        return std::nullopt;
    StoredArchive archive = StoredArchive::forReference(*reference);
    if (!archiveName.isEmpty()) {
        archive.archive = archiveName;
        archive.key = StoredArchive::fileNameForArchive(archiveName);
    }
    archive.imageId = image->id;
    QString ignored; // a missing or damaged sidecar: the file is replaced as before
    if (!checkReplace(readSidecar(archive.key, &ignored), archive))
        return std::nullopt;
    if (!QDir().mkpath(m_dir)) {
        failWrite(m_dir, QStringLiteral("the folder cannot be created"));
        return std::nullopt;
    }
    const QString path = filePath(archive.key);

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

bool FolderStore::failIntegrity(const QString &path, const QString &why, const QString &putCommand)
{
    return fail(StoreError::Integrity, QStringLiteral("%1 was not loaded: %2. The file is damaged, incomplete or was "
                                                      "changed; put the image again (%3) or restore the file.")
                                           .arg(path, why, putCommand));
}

QString FolderStore::locate(const Query &query)
{
    const QString own = query.fileName;
    if (QFileInfo::exists(filePath(own)) || QFileInfo::exists(filePath(StoredArchive::sidecarNameFor(own)))) {
        QString problem;
        const std::optional<StoredArchive> recorded = readSidecar(own, &problem);
        if (!recorded || query.accepts(*recorded))
            return own;
    }
    // Not there, or that file is an archive named after another image: one whose sidecar records the reference.
    const std::optional<QList<StoredArchive>> all = list();
    if (!all)
        return {};
    const std::optional<StoredArchive> found = find(*all, query);
    return found ? found->key : QString();
}

std::optional<StoredArchive> FolderStore::recordedArchive(const Query &query)
{
    const QString file = locate(query);
    if (file.isEmpty())
        return std::nullopt;
    const QString path = filePath(file);
    if (!QFileInfo::exists(path)) {
        fail(StoreError::NotFound, QStringLiteral("%1 is not in %2: only its sidecar %3 is left (fleetctl store rm %2 "
                                                  "%1 removes it).")
                                       .arg(query.text, location(), filePath(StoredArchive::sidecarNameFor(file))));
        return std::nullopt;
    }
    QString problem;
    const std::optional<StoredArchive> recorded = readSidecar(file, &problem);
    if (!recorded) {
        failIntegrity(path, problem, query.putCommand(location()));
        return std::nullopt;
    }
    if (QFileInfo(path).size() != recorded->size) {
        failIntegrity(path, QStringLiteral("it has %1 bytes, the sidecar records %2").arg(QFileInfo(path).size())
                                .arg(recorded->size), query.putCommand(location(), &*recorded));
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

std::unique_ptr<ArchiveStream> FolderStore::openRecorded(const Query &query, const StoredArchive &recorded)
{
    const QString path = filePath(recorded.key);
    auto stream = std::make_unique<FileArchiveStream>(
        recorded, path,
        QStringLiteral("put the image again (%1) or restore the file").arg(query.putCommand(location(), &recorded)));
    if (!stream->openFile()) {
        fail(StoreError::Failed, QStringLiteral("cannot read %1: %2").arg(path, stream->errorString()));
        return nullptr;
    }
    return stream;
}

std::unique_ptr<ArchiveStream> FolderStore::open(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return nullptr;
    const std::optional<StoredArchive> recorded = recordedArchive(*query);
    return recorded ? openRecorded(*query, *recorded) : nullptr;
}

std::optional<StoredArchive> FolderStore::describe(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    return query ? recordedArchive(*query) : std::nullopt;
}

bool FolderStore::get(DockerEngine &engine, const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return false;
    const std::optional<StoredArchive> recorded = recordedArchive(*query);
    if (!recorded)
        return false;
    // Checked before the first byte reaches the daemon, and again while streaming (openRecorded()): the file
    // could change in between.
    const QString actual = hashFile(filePath(recorded->key), recorded->size);
    if (actual.isEmpty())
        return false;
    if (actual != recorded->sha256)
        return failIntegrity(filePath(recorded->key), QStringLiteral("its sha256 is %1, the sidecar records %2")
                                                          .arg(actual, recorded->sha256),
                             query->putCommand(location(), &*recorded));
    const std::unique_ptr<ArchiveStream> stream = openRecorded(*query, *recorded);
    return stream && loadStream(engine, *stream);
}

bool FolderStore::remove(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return false;
    const QString file = locate(*query);
    if (file.isEmpty())
        return false;
    for (const QString &p : {filePath(file), filePath(StoredArchive::sidecarNameFor(file))}) {
        QFile f(p);
        if (f.exists() && !f.remove())
            return fail(StoreError::Storage, QStringLiteral("cannot remove %1: %2").arg(p, f.errorString()));
    }
    return true;
}

} // namespace fleet
