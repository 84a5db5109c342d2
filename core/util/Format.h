#pragma once

#include <QString>

namespace fleet {

// Human-readable sizes, rates and durations, shared by the CLI and the GUI.
QString formatBytes(qint64 bytes);        // "1.5 GB", "512 KB", "0 B"
QString formatRate(double bytesPerSecond); // "85.2 MB/s"
QString formatDuration(qint64 seconds);   // "1h 02m", "3m 05s", "42s"

} // namespace fleet
