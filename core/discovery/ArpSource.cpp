#include "discovery/ArpSource.h"

#include "discovery/AddressRange.h"

#include <QRegularExpression>
#include <QSet>

namespace fleet {

namespace {

constexpr uint kArpComplete = 0x2; // ATF_COM

} // namespace

SourceReport ArpSource::read(const QString &path)
{
    SourceReport failure;
    const std::optional<QByteArray> text = SourceReport::readFile(path, QStringLiteral("the ARP cache"), &failure);
    return text ? parse(*text, path) : failure;
}

SourceReport ArpSource::parse(const QByteArray &text, const QString &origin)
{
    SourceReport report;
    QSet<quint32> seen;
    const QList<QByteArray> lines = text.split('\n');
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("IP address")))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        // IP address  HW type  Flags  HW address  Mask  Device
        const QStringList fields = line.split(spaces, Qt::SkipEmptyParts);
        quint32 address = 0;
        bool flagsOk = false;
        const uint flags = fields.value(2).toUInt(&flagsOk, 16);
        if (fields.size() < 6 || !AddressRange::parseIPv4(fields.at(0), &address) || !flagsOk) {
            report.warnings << QStringLiteral("%1: not an ARP table row; ignored").arg(where);
            continue;
        }
        if (!(flags & kArpComplete) || fields.at(3) == QLatin1String("00:00:00:00:00:00"))
            continue;
        if (seen.contains(address))
            continue;
        seen.insert(address);
        HostTarget target;
        target.host = AddressRange::formatIPv4(address);
        target.source = QStringLiteral("arp");
        report.hosts << target;
    }
    return report;
}

} // namespace fleet
