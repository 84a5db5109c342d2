#include "model/Progress.h"

namespace fleet {

qint64 Progress::etaSeconds() const
{
    const double rate = bytesPerSecond();
    if (total <= 0 || rate <= 0 || done >= total)
        return total > 0 && done >= total ? 0 : -1;
    return qint64(double(total - done) / rate + 0.5);
}

} // namespace fleet
