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
//
// The lookup rule: get, remove, open and describe take a text that is either a tagged image reference or an
// archive name. A text holding ':', '/' or '@' is always an image reference ("app:1.0.0"); one without is
// always an archive name ("comfyui-r36.4.0", given to put). A reference finds `<name>_<tag>.tar`, or, when that
// is missing or holds another image, an archive whose sidecar records the reference (one put with a name); a
// name finds `<archive>.tar`. A registry keeps no archive names.
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
    // Saves the tagged `reference` of the engine into the store; returns what was stored. With `archiveName`
    // the archive is kept as `<archiveName>.tar` (its sidecar records the reference and the name) and is found
    // by that name as well as by the reference; an invalid name is refused (Invalid).
    virtual std::optional<StoredArchive> put(DockerEngine &engine, const QString &reference,
                                             const QString &archiveName = {}) = 0;
    // Loads the archive `text` names (a reference or an archive name) into the engine, refusing one that does
    // not match its checksum.
    virtual bool get(DockerEngine &engine, const QString &text) = 0;
    virtual bool remove(const QString &text) = 0;
    // The archive `text` names opened for reading (folder and S3 stores: what a relayed push sends to a node);
    // nullptr with error() when it is missing, has no checksum, or the store keeps images, not archives.
    virtual std::unique_ptr<ArchiveStream> open(const QString &text);
    // What the store records for the archive `text` names (key, checksum, size, image ID, reference) without
    // reading the archive; nullopt with error() when it has none.
    virtual std::optional<StoredArchive> describe(const QString &text);

    // The lookup rule: true when `text` is an archive name's kind of word (no ':', '/' or '@'), false when it
    // can only be an image reference. Says nothing about validity.
    static bool namesArchive(const QString &text);
    // The file-name part of a key ("images/app_1.0.tar" → "app_1.0.tar").
    static QString fileNameOfKey(const QString &key);

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

    // What a text given to get/rm/open/describe names, by the lookup rule.
    struct Query
    {
        QString text;
        std::optional<ImageReference> reference; // a tagged reference, or
        QString archiveName;                     // an archive name
        QString fileName;                        // where it is looked for first: fileNameFor or `<name>.tar`
        bool isName() const { return !reference; }
        // Whether the archive recorded at `fileName` is the one asked for: a name takes what its file holds; a
        // reference's own file may hold an archive put with a name of another image.
        bool accepts(const StoredArchive &recorded) const;
        // The `fleetctl store put` that makes the archive again, for messages.
        QString putCommand(const QString &location, const StoredArchive *recorded = nullptr) const;
    };
    std::optional<Query> parseQuery(const QString &text);

    // A reference given to put/get/rm: valid and tagged (an archive is found by its tag).
    std::optional<ImageReference> parseReference(const QString &text);
    // The archive name given to put: empty (none) or valid; false with Invalid otherwise.
    bool checkArchiveName(const QString &archiveName);
    // The engine's image for put: it must exist; gives the ID recorded in the sidecar.
    std::optional<ImageInfo> inspectForPut(DockerEngine &engine, const ImageReference &reference);
    // The archive `query` names among `archives` (a reference: at its own file name first, else the newest that
    // records it), or NotFound naming what the store has.
    std::optional<StoredArchive> find(const QList<StoredArchive> &archives, const Query &query);
    // put() may replace an archive only by one of the same kind: a named archive by the same name, an archive
    // kept by its reference by one of that reference. False (Invalid) when `existing` (what the file to be
    // written records now) is of the other kind, so a name like "app_1.0" never overwrites app:1.0's archive.
    bool checkReplace(const std::optional<StoredArchive> &existing, const StoredArchive &next);

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    StoreError m_error;
};

} // namespace fleet
