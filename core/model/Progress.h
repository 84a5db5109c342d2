#pragma once

#include <QtGlobal>

namespace fleet {

// Where one stage is: bytes (or steps) done of a total, with rate and ETA derived from elapsed time.
struct Progress
{
    qint64 done = 0;
    qint64 total = -1; // unknown
    qint64 elapsedMs = 0;

    double fraction() const { return total > 0 ? qBound(0.0, double(done) / double(total), 1.0) : 0.0; }
    int percent() const { return int(fraction() * 100.0 + 0.5); }
    double bytesPerSecond() const { return elapsedMs > 0 ? double(done) * 1000.0 / double(elapsedMs) : 0.0; }
    // Seconds left at the current rate; -1 when unknown.
    qint64 etaSeconds() const;
};

} // namespace fleet
