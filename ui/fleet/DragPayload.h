#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QMimeData;

namespace fleet {

// An archive in a configured store, as dragged from the library's store sections.
struct StoreObjectRef
{
    QString storeUrl;  // the STORE-URL (dir:, s3://, registry://)
    QString reference; // the archive's image reference ("app:1.0.0")
    bool operator==(const StoreObjectRef &other) const
    {
        return storeUrl == other.storeUrl && reference == other.reference;
    }
};

// An image of the Apptainer registry, as dragged from the library's Apptainer tab: a drop syncs it into the
// nodes' caches (JobRunner::submitSif), it is not pushed.
struct SifImageRef
{
    QString registry;  // the registry's root folder
    QString partition; // the registry partition ("compute")
    QString name;      // "alpine_latest.sif"
    bool operator==(const SifImageRef &other) const
    {
        return registry == other.registry && partition == other.partition && name == other.name;
    }
};

// What a drag onto a node tile carries: image references from the library, archives of a store, or docker-save
// archives dragged from the file manager (text/uri-list with file:// …tar). Encoding and decoding live together so
// that the library's mimeData() and the tile view's drop handling always agree. The list an entry is in is its
// kind: an engine image is never told from an archive by its name (`app:v1.tar` is a legal tag).
struct DragPayload
{
    QStringList images;   // references in the local engine ("app:1.2" or "sha256:…")
    QStringList archives; // absolute paths of local .tar files
    QList<StoreObjectRef> storeObjects;
    QList<SifImageRef> sifImages;

    bool isEmpty() const { return images.isEmpty() && archives.isEmpty() && storeObjects.isEmpty() && sifImages.isEmpty(); }
    int count() const { return int(images.size() + archives.size() + storeObjects.size() + sifImages.size()); }

    static QString imageMimeType();       // application/x-fleet-image-refs
    static QString storeObjectMimeType(); // application/x-fleet-store-objects (JSON: [{store, reference}])
    static QString sifImageMimeType();    // application/x-fleet-sif-images (JSON: [{registry, partition, name}])
    static QStringList acceptedMimeTypes();

    // A new QMimeData carrying `references` (for the library's drags); the caller owns it.
    static QMimeData *encodeImages(const QStringList &references);
    // A new QMimeData carrying store archives (the library's store sections); the caller owns it.
    static QMimeData *encodeStoreObjects(const QList<StoreObjectRef> &objects);
    static QMimeData *encodeSifImages(const QList<SifImageRef> &images);
    // Reads what a drop carries; archives are only local files ending in .tar (any case).
    static DragPayload decode(const QMimeData *data);
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::DragPayload)
