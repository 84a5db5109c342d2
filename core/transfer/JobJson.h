#pragma once

#include "transfer/JobUpdate.h"

#include <QJsonObject>

namespace fleet {

// The JSON form of a job snapshot, as `fleetctl --json` prints it (one object per line).
QJsonObject jobUpdateToJson(const JobUpdate &job, bool final);

} // namespace fleet
