#pragma once

#include "sif/SifDigest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fleet {

// What a (non-legacy) SIF signature signs: sylabs/sif's imageMetadata JSON, version 1 —
// {"version":1,"header":{"digest":"sha256:…"},"objects":[{"relativeId":0,"descriptorDigest":"…","objectDigest":"…"}]}
// — or, for a legacy signature, "SIFHASH:\n" and one hex digest.
struct SifDigestValue
{
    SifDigest::Algorithm algorithm = SifDigest::Algorithm::SHA256;
    QByteArray value;
};

struct SifObjectMetadata
{
    quint32 relativeId = 0;
    SifDigestValue descriptorDigest;
    SifDigestValue objectDigest;
};

struct SifMetadata
{
    bool legacy = false;
    SifDigestValue header;               // not legacy
    QList<SifObjectMetadata> objects;    // not legacy
    QByteArray legacyDigest;             // legacy: the value; its algorithm is the descriptor's hash type

    static constexpr int kMaxObjects = 1024;
    // The signed plaintext; nullopt with *error when it is neither form.
    static std::optional<SifMetadata> parse(const QByteArray &plaintext, QString *error);
};

} // namespace fleet
