#pragma once

#include "sif/SifTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fleet {

// One used descriptor (585 bytes on disk) with its type-specific fields decoded. Only the fields of its type
// are meaningful (fsType… for partitions, hashType/entity for signatures, …).
struct SifDescriptor
{
    SifDataType type = SifDataType::Generic;
    quint32 id = 0;
    quint32 groupId = 0;  // 0: in no group
    quint32 linkedId = 0; // 0: linked to nothing
    bool linkedToGroup = false;
    qint64 offset = 0;
    qint64 size = 0;
    qint64 sizeWithPadding = 0;
    QDateTime created; // invalid: not set
    QDateTime modified;
    QString name;

    // Partition
    SifFsType fsType = SifFsType::Raw;
    SifPartType partType = SifPartType::Data;
    QString arch; // Go's name, "unknown" when none
    // Signature
    SifHashType hashType = SifHashType::SHA256;
    QString entity; // upper-case hex fingerprint of the signing key (40 digits), empty when absent
    // Crypto message
    SifFormatType formatType = SifFormatType::OpenPGP;
    SifMessageType messageType = SifMessageType::ClearSignature;
    // SBOM
    SifSbomFormat sbomFormat = SifSbomFormat::CycloneDXJSON;

    // As on disk, for the integrity digests (core/sif/SifDigest) and checks.
    quint32 rawGroupId = 0;
    quint32 rawLinkedId = 0;
    qint64 rawCreated = 0;
    qint64 rawModified = 0;
    qint64 uid = 0;
    qint64 gid = 0;
    QByteArray rawName;  // 128 bytes
    QByteArray rawExtra; // 384 bytes

    qint64 end() const { return offset + size; }
};

} // namespace fleet
