#include "images/stores/S3Store.h"

#include "images/stores/ArchiveStream.h"

#include "docker/DockerEngine.h"
#include "images/stores/S3Upload.h"
#include "images/stores/Sha256.h"
#include "images/stores/VerifyingReader.h"
#include "util/ChunkPipe.h"

#include <QJsonDocument>
#include <QSet>

#include <cstring>
#include <thread>

namespace fleet {

S3Store::S3Store(const StoreLocation &location, const StoreCredentials &credentials)
    : m_client(location, credentials)
    , m_location(location)
    , m_credentials(credentials)
    , m_partSize(S3Upload::kDefaultPartSize)
{
}

std::optional<StoredArchive> S3Store::readSidecar(const QString &archiveKey)
{
    StoreError error;
    const std::optional<QByteArray> body = m_client.getSmall(StoredArchive::sidecarNameFor(archiveKey), &error);
    if (!body) {
        failWith(error);
        return std::nullopt;
    }
    QString why;
    std::optional<StoredArchive> archive;
    const QJsonDocument doc = QJsonDocument::fromJson(*body);
    if (doc.isObject())
        archive = StoredArchive::fromJson(doc.object(), &why);
    else
        why = QStringLiteral("it is not JSON");
    if (!archive) {
        fail(StoreError::Integrity, QStringLiteral("the sidecar of %1 is unusable (%2); put the image again")
                                        .arg(m_client.display(archiveKey), why));
        return std::nullopt;
    }
    archive->key = archiveKey;
    // A named archive is found by its key: if the objects were renamed, the key's name is its name now.
    if (!archive->archive.isEmpty())
        archive->archive = StoredArchive::archiveNameOfFile(fileNameOfKey(archiveKey));
    return archive;
}

std::optional<bool> S3Store::exists(const QString &key)
{
    StoreError error;
    const std::optional<QList<S3Object>> objects = m_client.listAll(key, &error, cancelFlag());
    if (!objects) {
        failWith(error);
        return std::nullopt;
    }
    for (const S3Object &o : *objects)
        if (o.key == key)
            return true;
    return false;
}

std::optional<StoredArchive> S3Store::recordedArchive(const Query &query)
{
    const QString own = m_client.objectKey(query.fileName);
    std::optional<StoredArchive> recorded = readSidecar(own);
    if (recorded && query.accepts(*recorded))
        return recorded;
    if (!recorded && error().kind != StoreError::NotFound)
        return std::nullopt; // unreachable, refused, or an unusable sidecar (Integrity)
    clearError();
    if (!recorded && query.isName()) { // a named archive is listed only with its sidecar: look for the object
        const std::optional<bool> there = exists(own);
        if (!there)
            return std::nullopt;
        if (*there) {
            fail(StoreError::Integrity, QStringLiteral("%1 has no sidecar, so no checksum is recorded; it was not "
                                                       "loaded. Put the image again (%2).")
                                            .arg(m_client.display(own), query.putCommand(location())));
            return std::nullopt;
        }
    }
    // Not there, or that key is an archive named after another image: one whose sidecar records the reference.
    const std::optional<QList<StoredArchive>> all = list();
    if (!all)
        return std::nullopt;
    const std::optional<StoredArchive> found = find(*all, query);
    if (!found)
        return std::nullopt; // find() named what the bucket has
    if (found->sha256.isEmpty()) {
        fail(StoreError::Integrity, QStringLiteral("%1 has no sidecar, so no checksum is recorded; it was not "
                                                   "loaded. Put the image again (%2).")
                                        .arg(m_client.display(found->key), query.putCommand(location())));
        return std::nullopt;
    }
    return readSidecar(found->key); // the size it records, not the listed one: the stream checks the object by it
}

std::optional<QList<StoredArchive>> S3Store::list()
{
    clearError();
    StoreError listError;
    const std::optional<QList<S3Object>> objects = m_client.listAll(m_location.prefix, &listError, cancelFlag());
    if (!objects) {
        failWith(listError);
        return std::nullopt;
    }
    QSet<QString> keys;
    for (const S3Object &o : *objects)
        keys.insert(o.key);
    QList<StoredArchive> archives;
    for (const S3Object &o : *objects) {
        const QString name = o.key.mid(m_location.prefix.size());
        if (name.contains(QLatin1Char('/')) || !StoredArchive::isArchiveName(name))
            continue; // only this prefix's own archives, not sub-folders
        if (keys.contains(StoredArchive::sidecarNameFor(o.key))) {
            if (std::optional<StoredArchive> archive = readSidecar(o.key)) {
                archive->size = o.size; // what the bucket really holds; get() compares it with the sidecar
                archives << *archive;
                continue;
            }
            if (error().kind == StoreError::Unreachable || error().kind == StoreError::Auth)
                return std::nullopt;
            clearError();
        }
        StoredArchive bare; // no usable sidecar: listed without checksum; get() refuses it
        if (!StoredArchive::parseFileName(name, &bare.name, &bare.tag))
            continue;
        bare.reference = bare.name + QLatin1Char(':') + bare.tag;
        bare.key = o.key;
        bare.size = o.size;
        bare.created = o.lastModified;
        archives << bare;
    }
    return archives;
}

std::optional<StoredArchive> S3Store::put(DockerEngine &engine, const QString &text, const QString &archiveName)
{
    clearError();
    m_lastParts = 0;
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
    archive.key = m_client.objectKey(archive.key);
    archive.imageId = image->id;
    const std::optional<StoredArchive> existing = readSidecar(archive.key);
    if (!existing && (error().kind == StoreError::Unreachable || error().kind == StoreError::Auth))
        return std::nullopt;
    clearError(); // none, or an unusable one: the object is replaced as before
    if (!checkReplace(existing, archive))
        return std::nullopt;

    S3Upload upload(m_client, archive.key, image->size, m_partSize, cancelFlag());
    Sha256 hash;
    qint64 saved = 0;
    // Parts are sent from inside the save stream (a second curl handle): while one uploads, dockerd waits.
    const bool ok = engine.save({reference->toString()}, [&](const char *data, qint64 size) {
        hash.addData(QByteArrayView(data, qsizetype(size)));
        saved += size;
        if (!upload.write(data, size))
            return false;
        report(QStringLiteral("upload"), saved, image->size);
        return !cancelled();
    }, cancelFlag());
    if (!upload.error().ok()) {
        upload.abort();
        failWith(upload.error());
        return std::nullopt;
    }
    if (!ok) {
        upload.abort();
        failFromDocker(engine.error());
        return std::nullopt;
    }
    if (!upload.finish()) {
        failWith(upload.error());
        return std::nullopt;
    }
    m_lastParts = upload.parts();
    archive.size = saved;
    archive.sha256 = QString::fromLatin1(hash.hexResult());
    archive.created = QDateTime::currentDateTimeUtc();
    StoreError error;
    const QByteArray sidecar = QJsonDocument(archive.toJson()).toJson(QJsonDocument::Indented);
    if (!m_client.putSmall(StoredArchive::sidecarNameFor(archive.key), sidecar, &error)) {
        StoreError ignored; // without its checksum the archive could never be loaded: take it away again
        m_client.deleteObject(archive.key, &ignored);
        failWith(error);
        return std::nullopt;
    }
    return archive;
}

namespace {

// The object downloaded on a helper thread (its own S3 client: curl handles are per thread) into a bounded pipe
// that read() drains; destroying the stream stops the download.
class S3ArchiveStream final : public ArchiveStream
{
public:
    S3ArchiveStream(const StoredArchive &archive, const QString &display, const QString &fix,
                    const StoreLocation &location, const StoreCredentials &credentials,
                    const std::atomic_bool *cancel)
        : ArchiveStream(archive, display, fix)
        , m_pipe(8 << 20)
    {
        m_downloader = std::thread([this, key = archive.key, location, credentials, cancel] {
            S3Client client(location, credentials);
            const HttpResponse response = client.send("GET", key, {}, HttpRequest{}, [this](const char *d, qint64 n) {
                return m_pipe.push(QByteArray(d, qsizetype(n)));
            }, cancel);
            if (!response.ok() && !m_stopping.load()) {
                m_downloadError = client.errorFrom(response, QStringLiteral("downloading %1").arg(client.display(key)));
                m_failed = true;
                m_pipe.close();
                return;
            }
            m_pipe.finish();
        });
    }

    ~S3ArchiveStream() override
    {
        m_stopping = true;
        m_pipe.close();
        m_downloader.join();
    }

protected:
    qint64 readRaw(char *buffer, qint64 max) override
    {
        while (m_offset >= m_chunk.size()) {
            if (!m_pipe.pop(&m_chunk)) {
                if (!m_failed.load())
                    return 0;
                setRawError(m_downloadError); // written before m_failed was set
                return -1;
            }
            m_offset = 0;
        }
        const qint64 n = qMin(max, qint64(m_chunk.size() - m_offset));
        std::memcpy(buffer, m_chunk.constData() + m_offset, size_t(n));
        m_offset += qsizetype(n);
        return n;
    }

private:
    ChunkPipe m_pipe;
    std::thread m_downloader;
    std::atomic_bool m_stopping{false};
    std::atomic_bool m_failed{false};
    StoreError m_downloadError;
    QByteArray m_chunk;
    qsizetype m_offset = 0;
};

} // namespace

std::unique_ptr<ArchiveStream> S3Store::open(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return nullptr;
    const std::optional<StoredArchive> recorded = recordedArchive(*query);
    if (!recorded)
        return nullptr;
    return std::make_unique<S3ArchiveStream>(*recorded, m_client.display(recorded->key),
                                             QStringLiteral("put the image again (%1)")
                                                 .arg(query->putCommand(location(), &*recorded)),
                                             m_location, m_credentials, cancelFlag());
}

std::optional<StoredArchive> S3Store::describe(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    return query ? recordedArchive(*query) : std::nullopt;
}

bool S3Store::get(DockerEngine &engine, const QString &text)
{
    const std::unique_ptr<ArchiveStream> stream = open(text);
    return stream && loadStream(engine, *stream);
}

bool S3Store::remove(const QString &text)
{
    clearError();
    const std::optional<Query> query = parseQuery(text);
    if (!query)
        return false;
    QString key = m_client.objectKey(query->fileName);
    StoreError error;
    const std::optional<QList<S3Object>> objects = m_client.listAll(key, &error, cancelFlag());
    if (!objects)
        return failWith(error);
    bool own = false;
    for (const S3Object &o : *objects)
        own = own || o.key == key || o.key == StoredArchive::sidecarNameFor(key);
    if (own && query->reference) {
        // Its own key may be an archive named after another image: then look for one that records the reference.
        const std::optional<StoredArchive> recorded = readSidecar(key);
        if (!recorded && (this->error().kind == StoreError::Unreachable || this->error().kind == StoreError::Auth))
            return false;
        clearError();
        own = !recorded || query->accepts(*recorded);
    }
    if (!own) {
        const std::optional<QList<StoredArchive>> all = list();
        const std::optional<StoredArchive> found = all ? find(*all, *query) : std::nullopt;
        if (!found)
            return false; // list() or find() said why
        key = found->key;
    }
    for (const QString &k : {key, StoredArchive::sidecarNameFor(key)})
        if (!m_client.deleteObject(k, &error))
            return failWith(error);
    return true;
}

} // namespace fleet
