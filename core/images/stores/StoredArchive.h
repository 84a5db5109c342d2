#pragma once

#include "images/ImageReference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fleet {

// One image archive in a store, as listed and as recorded in the JSON sidecar next to folder and S3 archives
// (`<name>_<tag>.tar` + `<name>_<tag>.tar.json`, or `<archive>.tar` + `<archive>.tar.json` for an archive given
// a name when it was put). For a registry, `sha256` is the manifest digest.
struct StoredArchive
{
    QString reference; // familiar: "app:1.0.0", "ghcr.io/org/app:2.1.0"
    QString name;      // "app"
    QString tag;       // "1.0.0"
    QString archive;   // the archive name given at put ("comfyui-r36.4.0"); empty when kept by its reference
    QString key;       // file name, object key or registry repository:tag
    qint64 size = -1;  // bytes; -1 unknown
    QString sha256;    // lowercase hex (no "sha256:" prefix); empty when unknown (no sidecar)
    QString imageId;   // sha256:… of the image config
    QDateTime created; // when the archive was stored (UTC)

    // name, tag and reference (familiar) of a tagged reference; key = fileNameFor(reference).
    static StoredArchive forReference(const ImageReference &reference);

    QJsonObject toJson() const;
    // A sidecar read from a store is untrusted: every field is checked. nullopt with `error` when unusable.
    static std::optional<StoredArchive> fromJson(const QJsonObject &object, QString *error);

    // "app:1.0.0" → "app_1.0.0.tar"; "team/app" → "team+app"; characters outside [A-Za-z0-9._-] are
    // percent-encoded (the ':' of a registry port), so every name maps to one flat, safe file name.
    static QString fileNameFor(const ImageReference &reference);
    // The reverse, for archives without a sidecar (split at the last '_'). False when it is not ours.
    static bool parseFileName(const QString &fileName, QString *name, QString *tag);
    static QString sidecarNameFor(const QString &archiveFileName) { return archiveFileName + QStringLiteral(".json"); }
    static bool isArchiveName(const QString &fileName);

    // Archive names: `^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`, not ending in ".tar" or ".json". They never hold ':',
    // '/' or '@', so they cannot be mistaken for an image reference (see ImageStore's lookup rule). False with a
    // message for a person in `why`.
    static bool isValidArchiveName(const QString &name, QString *why = nullptr);
    // "comfyui-r36.4.0" → "comfyui-r36.4.0.tar".
    static QString fileNameForArchive(const QString &archiveName) { return archiveName + QStringLiteral(".tar"); }
    // The reverse: the archive name a file name stands for, empty when it stands for none.
    static QString archiveNameOfFile(const QString &fileName);
};

} // namespace fleet
