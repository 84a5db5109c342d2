#pragma once

#include "sif/SifImage.h"

#include <QString>

namespace fleet {

// A SIF image in siftool's words, byte for byte (`siftool header|list|info` of sylabs/sif 2.8): what
// `fleetctl sif inspect` prints, and what TestSifReader compares with siftool's golden files.
class SifText
{
public:
    static QString header(const SifImage &image);
    static QString list(const SifImage &image);
    static QString info(const SifDescriptor &descriptor);
    // siftool's readableSize: "27 KiB", "0 B" (rounded to whole units, half away from zero).
    static QString readableSize(qint64 size);
    // Go's time.Time.String() of a UTC time: "2020-06-30 00:01:56 +0000 UTC".
    static QString goTime(const QDateTime &time);
};

} // namespace fleet
