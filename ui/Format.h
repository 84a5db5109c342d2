#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace fleet {

// Human-readable figures for views: "1.4 GB", "38.2 MB/s", "2 min 05 s". Presentation only.
QString formatBytes(qint64 bytes);
QString formatRate(double bytesPerSecond);
QString formatDuration(qint64 seconds); // "—" for negative (unknown)
// A past moment, compact: "14:05" today, "3 Nov 14:05" this year, "2025-11-03" before.
QString formatWhen(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace fleet
