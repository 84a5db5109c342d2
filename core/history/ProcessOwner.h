#pragma once

#include <QString>

namespace fleet {

// Which process wrote a row that is still "running": "<boot id>/<pid>". Lets recoverInterrupted tell a job whose
// process died from one that another live Fleet Commander or fleetctl is running right now on the same file.
class ProcessOwner final
{
public:
    // This process: the kernel's boot id (changes at every boot, so a pid from before a reboot is never taken
    // for a live one) and the pid.
    static QString current();

    // True when `owner` is `self`, or names a process of this boot that still exists. An empty or malformed
    // owner is taken as gone. (A pid reused by an unrelated process within one boot keeps the row "running"
    // until that process ends; pids cycle through millions, so this is rare and harmless.)
    static bool isAlive(const QString &owner, const QString &self);
};

} // namespace fleet
