#include "discovery/KnownHostsSource.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace fleet {

QString KnownHostsSource::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

SourceReport KnownHostsSource::read(const QString &path)
{
    SourceReport failure;
    const std::optional<QByteArray> text = SourceReport::readFile(path, QStringLiteral("known_hosts"), &failure);
    return text ? parse(*text, path) : failure;
}

SourceReport KnownHostsSource::parse(const QByteArray &text, const QString &origin)
{
    SourceReport report;
    QSet<QString> seen; // one host often has several key types
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.first().startsWith(QLatin1Char('@'))) {
            // @cert-authority patterns name a CA's domain, @revoked a key: neither is a host to scan.
            ++report.skippedPatterns;
            continue;
        }
        if (fields.size() < 3) {
            report.warnings << QStringLiteral("%1: not 'hosts keytype key'; ignored").arg(where);
            continue;
        }
        const QStringList names = fields.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String("|1|"))) {
                ++report.hashedEntries;
                continue;
            }
            if (HostTarget::hasWildcard(name)) {
                ++report.skippedPatterns;
                continue;
            }
            QString error;
            const std::optional<HostTarget> target = HostTarget::parse(name, QStringLiteral("known_hosts"), &error);
            if (!target || !target->user.isEmpty()) {
                report.warnings << QStringLiteral("%1: %2; ignored").arg(where, target ? name : error);
                continue;
            }
            const QString key = target->host.toLower() + QLatin1Char(':') + QString::number(target->port);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            report.hosts << *target;
        }
    }
    return report;
}

} // namespace fleet
