#pragma once

#include <QtGlobal>

namespace fleet {

// The few facts about a 512-byte tar header that stream code needs (tar(5), POSIX ustar, GNU extensions):
// shared by the stream check and the layer filter, which follow a `docker save` stream block by block.
namespace TarBlock {

constexpr qint64 kSize = 512;

// Octal ASCII (space or NUL padded), or GNU base-256 when the high bit of the first byte is set. -1: invalid.
qint64 parseNumber(const char *field, int length);
bool checksumMatches(const char *block);
bool isZero(const char *data, qint64 size);
// Entries whose size field does not announce data (Go's archive/tar reads them the same way).
bool isHeaderOnly(char type);
// The entry's data rounded up to whole blocks.
inline qint64 paddedSize(qint64 size) { return (size + kSize - 1) / kSize * kSize; }

} // namespace TarBlock

} // namespace fleet
