#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace fleet {

// The SIF global header (128 bytes at offset 0), as read; times are invalid QDateTimes when the file holds
// Go's zero time (what sif writes for "not set").
struct SifHeader
{
    QString launchScript; // "#!/usr/bin/env run-singularity\n", empty when none
    QByteArray magic;     // "SIF_MAGIC" (the parser refuses anything else)
    QString version;      // "01"
    QString arch;         // Go's name: "amd64", "386", "arm64"…, "unknown"
    QUuid id;
    QDateTime created;
    QDateTime modified;
    qint64 descriptorsFree = 0;
    qint64 descriptorsTotal = 0;
    qint64 descriptorsOffset = 0;
    qint64 descriptorsSize = 0;
    qint64 dataOffset = 0;
    qint64 dataSize = 0;

    // The bytes a (non-legacy) signature's header digest covers: launch script, magic, version, UUID.
    QByteArray integrityBytes;
};

} // namespace fleet
