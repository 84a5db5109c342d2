#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace fleet {

// What the registry keeps about one .sif file's contents, read by the SIF reader (SifImage, SifVerify): whether it
// is a SIF at all, its primary system partition's architecture, labels, definition file, creation time and
// signatures. Cached by the registry per (size, mtime), so a rescan of an unchanged file reads nothing.
struct SifFacts
{
    bool ok = false;
    QString reason; // why the file is not a usable SIF image (truncated, bad magic, no system partition…)
    QString arch;   // "amd64", "arm64", "386"… of the primary system partition
    QMap<QString, QString> labels;
    QString deffile;
    QDateTime created; // the header's creation time, UTC
    bool isSigned = false;
    bool verified = false; // every signature checked against the object it signs (integrity)
    QString signer;        // the signing key's fingerprint or identity, as the reader reports it
    QString verifyMessage; // the verifier's own words (why not verified)

    // Reads `path` with the SIF reader; never throws, never reads more than the reader needs.
    static SifFacts read(const QString &path);
};

} // namespace fleet
