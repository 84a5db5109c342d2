#pragma once

#include "images/stores/ImageStore.h"
#include "images/stores/S3Client.h"

namespace fleet {

// Archives in an S3 bucket (AWS, MinIO, s3rver; path-style URLs): `<prefix><name>_<tag>.tar` (or
// `<prefix><archive>.tar` for one put with a name) plus a `.tar.json` sidecar like the folder store's. put() streams
// `docker save` into a multipart upload (S3Upload, one part buffer of memory); the sidecar is written after the archive
// is complete. get() downloads on a helper thread into a bounded ChunkPipe that `docker load` reads, checking size and
// sha256 on the way; the archive's last MiB is held back until the checksum matches, so a damaged object is never
// loaded.
class S3Store final : public ImageStore
{
public:
    S3Store(const StoreLocation &location, const StoreCredentials &credentials);

    QString location() const override { return m_client.location().text; }
    std::optional<QList<StoredArchive>> list() override;
    std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference,
                                     const QString &archiveName = {}) override;
    bool get(DockerEngine &engine, const QString &text) override;
    bool remove(const QString &text) override;
    std::unique_ptr<ArchiveStream> open(const QString &text) override;
    std::optional<StoredArchive> describe(const QString &text) override;

    void setPartSize(qint64 bytes) { m_partSize = bytes; }
    int lastPartCount() const { return m_lastParts; } // parts of the last put (0: single PUT)

private:
    std::optional<StoredArchive> readSidecar(const QString &archiveKey);
    // The sidecar of the archive `query` names (the lookup rule in ImageStore.h): at its own key, else (a
    // reference) the listed archive that records it. nullopt with error(): NotFound naming what the bucket has,
    // Integrity when the archive is there without a usable sidecar.
    std::optional<StoredArchive> recordedArchive(const Query &query);
    // Whether the object `key` exists (nullopt with error() when the bucket cannot say).
    std::optional<bool> exists(const QString &key);
    bool failWith(const StoreError &error) { return fail(error.kind, error.message); }

    S3Client m_client;
    StoreLocation m_location;
    StoreCredentials m_credentials; // the download thread gets its own client (curl handles are per thread)
    qint64 m_partSize;
    int m_lastParts = 0;
};

} // namespace fleet
