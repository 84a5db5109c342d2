#pragma once

#include "sif/SifDescriptor.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QIODevice;

namespace fleet {

// The digests SIF signatures hold, recomputed with OpenSSL; object data is streamed from the file (1 MiB at a
// time), never loaded whole.
class SifDigest
{
public:
    enum class Algorithm { SHA224, SHA256, SHA384, SHA512, SHA512_224, SHA512_256 };

    // The names of sylabs/sif's JSON digests ("sha256:…").
    static std::optional<Algorithm> fromName(const QString &name);
    // A descriptor's hash type (legacy signatures); BLAKE2 is not supported here.
    static std::optional<Algorithm> fromHashType(SifHashType type);
    static int size(Algorithm algorithm);

    static QByteArray ofBytes(Algorithm algorithm, const QByteArray &bytes);
    // The digest of the concatenated byte ranges (offset, size) of device; empty with *error on a read error.
    static QByteArray ofRanges(Algorithm algorithm, QIODevice &device, const QList<QPair<qint64, qint64>> &ranges,
                               QString *error);

    // The fields of a descriptor a signature protects (sylabs/sif Descriptor.GetIntegrityReader): type, used,
    // its id relative to the lowest id of its group, link, size, creation time, uid, gid, name, extra.
    static QByteArray descriptorBytes(const SifDescriptor &descriptor, quint32 relativeId);
};

} // namespace fleet
