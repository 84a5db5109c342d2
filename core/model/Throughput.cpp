#include "model/Throughput.h"

namespace fleet::Throughput {

QList<QPointF> rates(const QList<ThroughputPoint> &points)
{
    QList<QPointF> result;
    ThroughputPoint previous;
    for (const ThroughputPoint &point : points) {
        if (point.elapsedMs < previous.elapsedMs || point.bytesDone < previous.bytesDone)
            previous = ThroughputPoint{}; // the stage started again
        const qint64 ms = point.elapsedMs - previous.elapsedMs;
        if (ms <= 0)
            continue;
        result << QPointF(double(point.elapsedMs) / 1000.0,
                          double(point.bytesDone - previous.bytesDone) * 1000.0 / double(ms));
        previous = point;
    }
    return result;
}

void thin(QList<ThroughputPoint> &points, int limit)
{
    if (limit < 3 || points.size() <= limit)
        return;
    QList<ThroughputPoint> kept;
    kept.reserve(points.size() / 2 + 2);
    for (qsizetype i = 0; i < points.size(); i += 2)
        kept << points.at(i);
    if (kept.last() != points.last())
        kept << points.last();
    points.swap(kept);
}

} // namespace fleet::Throughput
