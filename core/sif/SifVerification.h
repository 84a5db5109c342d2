#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fleet {

// One of the three integrity checks. covered=false: no signature protects that part (unsigned image, or legacy
// signatures, which cover object data only); ok is then false and reason says so.
struct SifCheck
{
    bool covered = false;
    bool ok = false;
    QString reason; // when !ok
};

// One signature object and what became of it.
struct SifSignatureCheck
{
    enum class Status { NotChecked, Good, Bad, UnknownKey };

    quint32 id = 0;
    bool legacy = false;        // "SIFHASH:" plaintext (digest of object data only)
    quint32 linkedId = 0;       // the group or object it signs
    bool linkedToGroup = false;
    QString hashType;           // the descriptor's ("SHA-256")
    QString entity;             // fingerprint the descriptor names
    Status status = Status::NotChecked;
    QString signer;             // "Name <email>", when the key is in the keyring
    QString fingerprint;        // of the key that made the signature (GPGME's), else the descriptor's
    QString reason;             // when not Good
};

struct SifVerification
{
    QString path;
    bool readable = false; // false: the file was refused (readError says why); nothing else is meaningful
    QString readError;

    bool isSigned = false;
    SifCheck header;      // launch script, magic, version, UUID
    SifCheck descriptors; // each signed object's descriptor
    SifCheck objects;     // each signed object's data
    QList<quint32> uncoveredObjects; // non-signature objects no signature covers
    QList<SifSignatureCheck> signatures;

    bool keyringUsed = false; // false: integrity only, signatures not checked cryptographically
    bool signatureOk = false; // every signature good, made by a keyring key that the descriptor names
    QStringList signers;      // "Name <email> (FINGERPRINT)" of good signatures
    QStringList unknownKeys;  // fingerprints of signatures whose key is not in the keyring

    QString message; // for a person: what was checked, who signed, what failed and the fix

    bool headerOk() const { return header.ok; }
    bool descriptorsOk() const { return descriptors.ok; }
    bool objectsOk() const { return objects.ok; }
    // The whole image is vouched for: signed, every signature good, every covered part intact (legacy
    // signatures leave header and descriptors uncovered: accepted, as apptainer does with --legacy-insecure), and
    // no object outside every signature.
    bool verified() const;
};

} // namespace fleet
