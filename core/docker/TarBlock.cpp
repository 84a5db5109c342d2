#include "docker/TarBlock.h"

#include <limits>

namespace fleet::TarBlock {

qint64 parseNumber(const char *field, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    if (bytes[0] & 0x80) {
        qint64 value = bytes[0] & 0x3f;
        if (bytes[0] & 0x40)
            return -1; // negative
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return -1;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    qint64 value = 0;
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    bool digits = false;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return -1;
        value = value * 8 + (field[i] - '0');
        digits = true;
    }
    for (; i < length; ++i)
        if (field[i] != ' ' && field[i] != '\0')
            return -1;
    return digits ? value : -1;
}

bool checksumMatches(const char *block)
{
    const qint64 recorded = parseNumber(block + 148, 8);
    if (recorded < 0)
        return false;
    qint64 unsignedSum = 0, signedSum = 0;
    for (int i = 0; i < 512; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : static_cast<unsigned char>(block[i]);
        signedSum += inField ? ' ' : static_cast<signed char>(block[i]);
    }
    return recorded == unsignedSum || recorded == signedSum; // some old writers summed signed chars
}

bool isZero(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i)
        if (data[i] != '\0')
            return false;
    return true;
}

bool isHeaderOnly(char type)
{
    return type == '1' || type == '2' || type == '3' || type == '4' || type == '5' || type == '6';
}

} // namespace fleet::TarBlock
