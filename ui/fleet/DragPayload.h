#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class QMimeData;

namespace fleet {

// What a drag onto a node tile carries: image references from the library, or docker-save archives dragged from
// the file manager (text/uri-list with file:// …tar). Encoding and decoding live together so that the library's
// mimeData() and the tile view's drop handling always agree. The list an entry is in is its kind: an engine image
// is never told from an archive by its name (`app:v1.tar` is a legal tag).
struct DragPayload
{
    QStringList images;   // references in the local engine ("app:1.2" or "sha256:…")
    QStringList archives; // absolute paths of local .tar files

    bool isEmpty() const { return images.isEmpty() && archives.isEmpty(); }
    int count() const { return int(images.size() + archives.size()); }

    static QString imageMimeType(); // application/x-fleet-image-refs
    static QStringList acceptedMimeTypes();

    // A new QMimeData carrying `references` (for the library's drags); the caller owns it.
    static QMimeData *encodeImages(const QStringList &references);
    // Reads what a drop carries; archives are only local files ending in .tar (any case).
    static DragPayload decode(const QMimeData *data);
};

} // namespace fleet

Q_DECLARE_METATYPE(fleet::DragPayload)
