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
    bool intact = false;   // signed, and every part a signature covers hashes as signed (integrity)
    bool verified = false; // intact and every signature good against the keyring (SifVerification::verified)
    QString signer;        // "Name <email> (FINGERPRINT)" of good signatures, else the signing key's fingerprint
    QString verifyMessage; // the verifier's own words (who signed, what failed and the fix)

    // Reads `path` with the SIF reader (SifImage) and, for a signed image, checks it (SifVerify) against
    // `keyring` (an OpenPGP public key file; empty: integrity only). A signed image whose signed parts do not hash
    // as signed is not ok: it is corrupt.
    static SifFacts read(const QString &path, const QString &keyring = {});
};

} // namespace fleet
