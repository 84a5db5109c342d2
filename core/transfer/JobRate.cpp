#include "transfer/JobRate.h"

#include "transfer/ThroughputLog.h"

namespace fleet {

JobRate JobRate::of(const StageRecord &stage)
{
    JobRate rate;
    if (stage.state != JobState::Running || !ThroughputLog::movesBytes(stage.kind))
        return rate;
    rate.applies = true;
    rate.bytesPerSecond = stage.progress.done > 0 ? stage.progress.bytesPerSecond() : 0.0;
    if (rate.bytesPerSecond > 0 && stage.progress.total > 0 && stage.progress.done < stage.progress.total)
        rate.etaSeconds = stage.progress.etaSeconds();
    return rate;
}

JobRate JobRate::of(const JobUpdate &job)
{
    return job.state == JobState::Running ? of(job.stageRecord(job.stage)) : JobRate{};
}

} // namespace fleet
