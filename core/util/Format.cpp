#include "util/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace fleet {

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    static const char *const units[] = {"B", "KB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    const int decimals = unit == 0 ? 0 : (value < 10.0 ? 2 : (value < 100.0 ? 1 : 0));
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

QString formatRate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QStringLiteral("—");
    return formatBytes(qint64(bytesPerSecond)) + QStringLiteral("/s");
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return QCoreApplication::translate("fleet::Format", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("fleet::Format", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("fleet::Format", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatWhen(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QStringLiteral("—");
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm"));
    if (local.date().year() == today.year())
        return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace fleet
