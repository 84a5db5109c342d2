#include "sif/SifText.h"

#include <QList>
#include <QPair>

#include <cmath>

namespace fleet {

namespace {

using Row = QPair<QString, QString>;

// Go's text/tabwriter for one tab per line: the label column is as wide as its widest cell plus padding.
QString aligned(const QList<Row> &rows, int padding, const QString &indent = {})
{
    int width = 0;
    for (const Row &row : rows)
        width = std::max(width, int(row.first.size()));
    QString out;
    for (const Row &row : rows)
        out += indent + row.first.leftJustified(width + padding, QLatin1Char(' ')) + row.second + QLatin1Char('\n');
    return out;
}

QString groupText(quint32 group) { return group == 0 ? QStringLiteral("NONE") : QString::number(group); }

} // namespace

QString SifText::readableSize(qint64 size)
{
    if (-1024 < size && size < 1024)
        return QStringLiteral("%1 B").arg(size);
    static const char units[] = "KMGTPE";
    quint64 div = 1024;
    int exp = 0;
    for (qint64 n = size / 1024; n <= -1024 || n >= 1024; n /= 1024) {
        div *= 1024;
        ++exp;
    }
    return QStringLiteral("%1 %2iB").arg(std::round(double(size) / double(div)), 0, 'f', 0).arg(QLatin1Char(units[exp]));
}

QString SifText::goTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0000 UTC");
}

QString SifText::header(const SifImage &image)
{
    const SifHeader &h = image.header();
    QList<Row> rows;
    QString launch = h.launchScript;
    if (launch.endsWith(QLatin1Char('\n')))
        launch.chop(1);
    if (!h.launchScript.isEmpty())
        rows.append({QStringLiteral("Launch Script:"), launch});
    rows.append({QStringLiteral("Version:"), h.version});
    if (h.arch != QLatin1String("unknown"))
        rows.append({QStringLiteral("Primary Architecture:"), h.arch});
    if (!h.id.isNull())
        rows.append({QStringLiteral("ID:"), h.id.toString(QUuid::WithoutBraces)});
    if (h.created.isValid())
        rows.append({QStringLiteral("Created At:"), goTime(h.created)});
    if (h.modified.isValid())
        rows.append({QStringLiteral("Modified At:"), goTime(h.modified)});
    rows.append({QStringLiteral("Descriptors Free:"), QString::number(h.descriptorsFree)});
    rows.append({QStringLiteral("Descriptors Total:"), QString::number(h.descriptorsTotal)});
    rows.append({QStringLiteral("Descriptors Offset:"), QString::number(h.descriptorsOffset)});
    rows.append({QStringLiteral("Descriptors Size:"), readableSize(h.descriptorsSize)});
    rows.append({QStringLiteral("Data Offset:"), QString::number(h.dataOffset)});
    rows.append({QStringLiteral("Data Size:"), readableSize(h.dataSize)});
    return aligned(rows, 1);
}

QString SifText::list(const SifImage &image)
{
    const QString rule = QString(78, QLatin1Char('-')) + QLatin1Char('\n');
    QString out = rule;
    out += QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("ID"), -4)
               .arg(QStringLiteral("|GROUP"), -8)
               .arg(QStringLiteral("|LINK"), -8)
               .arg(QStringLiteral("|SIF POSITION (start-end)"), -26)
               .arg(QStringLiteral("|TYPE"));
    out += rule;
    for (const SifDescriptor &d : image.descriptors()) {
        out += QStringLiteral("%1 ").arg(QString::number(d.id), -4);
        out += QStringLiteral("|%1 ").arg(groupText(d.groupId), -7);
        if (d.linkedId == 0)
            out += QStringLiteral("|%1 ").arg(QStringLiteral("NONE"), -7);
        else if (d.linkedToGroup)
            out += QStringLiteral("|%1 (G) ").arg(QString::number(d.linkedId), -3);
        else
            out += QStringLiteral("|%1 ").arg(QString::number(d.linkedId), -7);
        out += QStringLiteral("%1 ").arg(QStringLiteral("|%1-%2 ").arg(d.offset).arg(d.end()), -26);
        const QString type = sifDataTypeName(d.type);
        switch (d.type) {
        case SifDataType::Partition:
            out += QStringLiteral("|%1 (%2/%3/%4)\n")
                       .arg(type, sifFsTypeName(d.fsType), sifPartTypeName(d.partType), d.arch);
            break;
        case SifDataType::Signature:
            // siftool prints nothing (not even the newline) when the hash type is unknown; so do we.
            if (sifHashTypeName(d.hashType) != QLatin1String("Unknown"))
                out += QStringLiteral("|%1 (%2)\n").arg(type, sifHashTypeName(d.hashType));
            break;
        case SifDataType::CryptoMessage:
            out += QStringLiteral("|%1 (%2/%3)\n")
                       .arg(type, sifFormatTypeName(d.formatType), sifMessageTypeName(d.messageType));
            break;
        case SifDataType::SBOM: out += QStringLiteral("|%1 (%2)\n").arg(type, sifSbomFormatName(d.sbomFormat)); break;
        default: out += QStringLiteral("|%1\n").arg(type); break;
        }
    }
    return out;
}

QString SifText::info(const SifDescriptor &d)
{
    QList<Row> rows;
    rows.append({QStringLiteral("Data Type:"), sifDataTypeName(d.type)});
    rows.append({QStringLiteral("ID:"), QString::number(d.id)});
    rows.append({QStringLiteral("Group ID:"), groupText(d.groupId)});
    QString link = QStringLiteral("NONE");
    if (d.linkedId != 0)
        link = QString::number(d.linkedId) + (d.linkedToGroup ? QStringLiteral(" (G)") : QString());
    rows.append({QStringLiteral("Linked ID:"), link});
    rows.append({QStringLiteral("Offset:"), QString::number(d.offset)});
    rows.append({QStringLiteral("Size:"), QString::number(d.size)});
    if (d.created.isValid())
        rows.append({QStringLiteral("Created At:"), goTime(d.created)});
    if (d.modified.isValid())
        rows.append({QStringLiteral("Modified At:"), goTime(d.modified)});
    if (!d.name.isEmpty())
        rows.append({QStringLiteral("Name:"), d.name});
    switch (d.type) {
    case SifDataType::Partition:
        rows.append({QStringLiteral("Filesystem Type:"), sifFsTypeName(d.fsType)});
        rows.append({QStringLiteral("Partition Type:"), sifPartTypeName(d.partType)});
        rows.append({QStringLiteral("Architecture:"), d.arch});
        break;
    case SifDataType::Signature:
        rows.append({QStringLiteral("Hash Type:"), sifHashTypeName(d.hashType)});
        if (!d.entity.isEmpty())
            rows.append({QStringLiteral("Entity:"), d.entity});
        break;
    case SifDataType::CryptoMessage:
        rows.append({QStringLiteral("Format Type:"), sifFormatTypeName(d.formatType)});
        rows.append({QStringLiteral("Message Type:"), sifMessageTypeName(d.messageType)});
        break;
    case SifDataType::SBOM: rows.append({QStringLiteral("Format:"), sifSbomFormatName(d.sbomFormat)}); break;
    default: break;
    }
    return aligned(rows, 2, QStringLiteral("  "));
}

} // namespace fleet
