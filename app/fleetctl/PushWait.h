#pragma once

#include "CliContext.h"
#include "TerminalProgress.h"

#include "model/Job.h"
#include "transfer/JobRunner.h"

#include <functional>

namespace fleet::cli {

// Runs one push request on a JobRunner of this process to the end, as `fleetctl push` and `fleetctl sync` show it:
// progress on a terminal (or `progress`/`job` JSON lines), SIGINT/SIGTERM cancel every job. Returns the exit
// status (the most specific failure over the nodes, or 128 + the signal) and, in JSON mode, prints the `result`
// line with `extra` merged in.
int runPushRequest(const CliContext &context, const PushRequest &request, const JobRunner::Settings &settings,
                   const QJsonObject &extra = {});

// Runs the jobs `submit` queues on `runner` to the end, as every fleetctl command that runs jobs shows them:
// progress on `terminal` (or `progress`/`job` JSON lines), SIGINT/SIGTERM cancel every job. Returns the exit
// status (the most specific failure over the jobs, or 128 + the signal); `finished` gets the final snapshots. A
// request the runner refuses is reported (its reason) and sets `refused`.
int runJobs(const CliContext &context, JobRunner &runner, TerminalProgress &terminal,
            const std::function<QList<quint64>()> &submit, QList<JobUpdate> *finished, bool *refused);

// Runner settings from the common options (history, engine, SSH, tag policy).
JobRunner::Settings runnerSettings(const CliContext &context, int parallel, int stallTimeoutMs = 60000);

} // namespace fleet::cli
