#include "util/JsonNumber.h"

#include <cmath>

namespace fleet {

qint64 jsonByteCount(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    constexpr double kExact = 9007199254740992.0; // 2^53
    return number >= 0 && number <= kExact && number == std::floor(number) ? qint64(number) : fallback;
}

} // namespace fleet
