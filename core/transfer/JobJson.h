#pragma once

#include "transfer/JobUpdate.h"

#include <QJsonObject>

namespace fleet {

// The JSON form of a job snapshot, as `fleetctl --json` prints it (one object per line). A final snapshot carries
// "failure" (failureKindName); the exit status that goes with it is the face's business (fleetctl adds "exit").
QJsonObject jobUpdateToJson(const JobUpdate &job, bool final);

} // namespace fleet
