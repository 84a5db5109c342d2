#pragma once

#include <QDateTime>
#include <QString>

namespace fleet {

// Human-readable sizes, rates, durations and times, shared by the CLI and the GUI. Unknown values (negative)
// read "—".
QString formatBytes(qint64 bytes);        // "1.50 GB", "512 KB", "0 B"
QString formatRate(double bytesPerSecond); // "85.2 MB/s"
QString formatDuration(qint64 seconds);   // "42 s", "3 min 05 s", "1 h 02 min"
// "14:03" today, "3 Nov 14:03" this year, "2025-11-03" before.
QString formatWhen(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace fleet
