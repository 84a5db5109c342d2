#pragma once

#include <QString>

namespace fleet {

// Which process wrote a row that is still "running": "<boot id>/<pid>/<start time>". Lets recoverInterrupted tell
// a job whose process died from one that another live Fleet Commander or fleetctl is running right now on the
// same file. The same key names the owner of a push's temporary files (here and on the nodes), so a later run
// can sweep what a killed one left.
class ProcessOwner final
{
public:
    // This process: the kernel's boot id (changes at every boot, so a pid from before a reboot is never taken
    // for a live one), the pid, and the process's start time in clock ticks since boot (/proc/PID/stat field 22),
    // so a pid reused by an unrelated process is not taken for the writer either.
    static QString current();

    // True when `owner` is `self`, or names a process of this boot that still exists and started when the owner
    // did. An empty or malformed owner is taken as gone. Keys written without a start time ("<boot>/<pid>", by
    // earlier releases) are judged by the pid alone.
    static bool isAlive(const QString &owner, const QString &self);
    // True when `owner` was written on this machine in this boot (so isAlive can really tell); false for keys of
    // other machines or earlier boots, whose liveness cannot be known from here.
    static bool isOfThisBoot(const QString &owner, const QString &self);

    // The start time of a running process (clock ticks since boot), -1 if there is no such process.
    static qint64 startTime(qint64 pid);
};

} // namespace fleet
