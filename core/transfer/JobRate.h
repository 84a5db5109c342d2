#pragma once

#include "transfer/JobUpdate.h"

namespace fleet {

// What a job's Rate and ETA say: one rule for the Jobs panel and fleetctl. They are about the job's current stage
// when it runs and moves bytes (pull, save, transfer, load): the rate as soon as bytes moved, the ETA only when
// the total is known and not yet reached (a delta push's transfer has no total; a load that read its whole input
// waits for the daemon for a time nobody reports).
struct JobRate
{
    bool applies = false;      // a running job on a stage that moves bytes
    double bytesPerSecond = 0; // 0: nothing measured yet
    qint64 etaSeconds = -1;    // -1: not known

    static JobRate of(const JobUpdate &job);
    static JobRate of(const StageRecord &stage);
};

} // namespace fleet
