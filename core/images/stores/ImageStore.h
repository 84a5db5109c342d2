#pragma once

#include "docker/DockerError.h"
#include "images/ImageReference.h"
#include "images/stores/StoreError.h"
#include "images/stores/StoredArchive.h"
#include "model/ImageInfo.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fleet {

class ArchiveStream;
class DockerEngine;

// Where image archives are kept between builds and deployments: a folder, an S3 bucket or a registry.
// put() streams `docker save` from the local engine into the store and get() streams the archive back into
// `docker load`: no archive is ever held whole in memory. Not thread-safe: one store per thread (its curl
// handles); a store may run a helper thread of its own inside a call.
class ImageStore
{
public:
    // `phase`: "save", "upload", "verify", "download", "load", "push", "pull"; `total` -1 when unknown.
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;

    virtual ~ImageStore() = default;
    ImageStore(const ImageStore &) = delete;
    ImageStore &operator=(const ImageStore &) = delete;

    virtual QString location() const = 0; // for messages; never holds a secret
    virtual std::optional<QList<StoredArchive>> list() = 0;
    // Saves the tagged `reference` of the engine into the store; returns what was stored.
    virtual std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference) = 0;
    // Loads the archive of `reference` into the engine, refusing one that does not match its checksum.
    virtual bool get(DockerEngine &engine, const QString &reference) = 0;
    virtual bool remove(const QString &reference) = 0;
    // The archive of `reference` opened for reading (folder and S3 stores: what a relayed push sends to a node);
    // nullptr with error() when it is missing, has no checksum, or the store keeps images, not archives.
    virtual std::unique_ptr<ArchiveStream> open(const QString &reference);
    // What the store records for `reference` (checksum, size, image ID) without reading the archive; nullopt
    // with error() when it has none.
    virtual std::optional<StoredArchive> describe(const QString &reference);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Flipped from any thread; every loop and transfer of the current call stops within a second.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    const StoreError &error() const { return m_error; }

protected:
    ImageStore() = default;

    bool fail(StoreError::Kind kind, const QString &message);
    bool failFromDocker(const DockerError &error);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    void report(const QString &phase, qint64 done, qint64 total) const;
    void clearError() { m_error = {}; }
    // get() of the archive stores: the opened archive into `docker load`, reported as phase "load".
    bool loadStream(DockerEngine &engine, ArchiveStream &stream);

    // A reference given to put/get/rm: valid and tagged (an archive is found by its tag).
    std::optional<ImageReference> parseReference(const QString &text);
    // The engine's image for put: it must exist; gives the ID recorded in the sidecar.
    std::optional<ImageInfo> inspectForPut(DockerEngine &engine, const ImageReference &reference);
    // The archive of `reference` among `archives`, or NotFound naming what the store has.
    std::optional<StoredArchive> find(const QList<StoredArchive> &archives, const ImageReference &reference);

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    StoreError m_error;
};

} // namespace fleet
