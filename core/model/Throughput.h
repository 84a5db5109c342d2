#pragma once

#include <QList>
#include <QPointF>

namespace fleet {

// One sample of a stage's progress: bytes done so far, `elapsedMs` after the stage started. The history keeps
// these (about one a second, table stage_samples) and the Jobs panel collects them live (ThroughputLog); the plot
// turns them into bytes per second with `rates`.
struct ThroughputPoint
{
    qint64 elapsedMs = 0;
    qint64 bytesDone = 0;
    friend bool operator==(const ThroughputPoint &a, const ThroughputPoint &b)
    {
        return a.elapsedMs == b.elapsedMs && a.bytesDone == b.bytesDone;
    }
    friend bool operator!=(const ThroughputPoint &a, const ThroughputPoint &b) { return !(a == b); }
};

namespace Throughput {

// (seconds since the stage started, bytes per second over the interval that ends there), one per interval
// between consecutive samples with time between them; the first sample measures from the stage's start (0, 0).
// Samples that go back in time or in bytes (a stage that started again) restart the measure.
QList<QPointF> rates(const QList<ThroughputPoint> &points);

// Keeps a list bounded: past `limit` points every second one is dropped (the first and the last stay), so a long
// transfer keeps its shape in bounded memory.
void thin(QList<ThroughputPoint> &points, int limit);

} // namespace Throughput

} // namespace fleet
