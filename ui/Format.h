#pragma once

#include <QString>
#include <QtGlobal>

namespace fleet {

// Human-readable figures for views: "1.4 GB", "38.2 MB/s", "2 min 05 s". Presentation only.
QString formatBytes(qint64 bytes);
QString formatRate(double bytesPerSecond);
QString formatDuration(qint64 seconds); // "—" for negative (unknown)

} // namespace fleet
