#include "sif/SifImage.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace fleet {

namespace {

// Go's time.Time{}.Unix(): what sif writes for a time that was not set.
constexpr qint64 kGoZeroTime = -62135596800LL;
constexpr char kMagic[10] = {'S', 'I', 'F', '_', 'M', 'A', 'G', 'I', 'C', '\0'};

qint64 i64(const char *p) { return qFromLittleEndian<qint64>(p); }
quint32 u32(const char *p) { return qFromLittleEndian<quint32>(p); }
qint32 i32(const char *p) { return qFromLittleEndian<qint32>(p); }

QDateTime goTime(qint64 seconds)
{
    if (seconds == kGoZeroTime)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString trimmedNul(const char *p, int size)
{
    int n = size;
    while (n > 0 && p[n - 1] == '\0')
        --n;
    return QString::fromUtf8(p, n);
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// offset + size <= limit without overflow, both non-negative.
bool within(qint64 offset, qint64 size, qint64 limit)
{
    return offset >= 0 && size >= 0 && offset <= limit && size <= limit - offset;
}

bool parseHeader(const QByteArray &raw, qint64 fileSize, SifHeader &h, QString *error)
{
    const char *p = raw.constData();
    if (std::memcmp(p + 32, kMagic, sizeof kMagic) != 0)
        return fail(error, QStringLiteral("not a SIF image: no SIF_MAGIC at offset 32"));
    if (std::memcmp(p + 42, "01", 3) != 0)
        return fail(error, QStringLiteral("unsupported SIF version \"%1\" (this reader knows version 01)")
                               .arg(trimmedNul(p + 42, 3).toHtmlEscaped()));
    h.launchScript = trimmedNul(p, 32);
    h.magic = QByteArray(p + 32, 9);
    h.version = trimmedNul(p + 42, 3);
    h.arch = sifArchName(p + 45);
    h.id = QUuid::fromRfc4122(QByteArrayView(p + 48, 16));
    h.created = goTime(i64(p + 64));
    h.modified = goTime(i64(p + 72));
    h.descriptorsFree = i64(p + 80);
    h.descriptorsTotal = i64(p + 88);
    h.descriptorsOffset = i64(p + 96);
    h.descriptorsSize = i64(p + 104);
    h.dataOffset = i64(p + 112);
    h.dataSize = i64(p + 120);
    h.integrityBytes = QByteArray(p, 32 + 10 + 3) + QByteArray(p + 48, 16);

    if (h.descriptorsTotal < 0 || h.descriptorsTotal > SifImage::kMaxDescriptors)
        return fail(error, QStringLiteral("header field descriptors total (%1) is outside 0…%2")
                               .arg(h.descriptorsTotal).arg(SifImage::kMaxDescriptors));
    if (h.descriptorsFree < 0 || h.descriptorsFree > h.descriptorsTotal)
        return fail(error, QStringLiteral("header field descriptors free (%1) is outside 0…%2 (the total)")
                               .arg(h.descriptorsFree).arg(h.descriptorsTotal));
    const qint64 tableSize = h.descriptorsTotal * SifImage::kDescriptorSize;
    if (h.descriptorsSize < tableSize)
        return fail(error, QStringLiteral("header field descriptors size (%1) is less than %2 descriptors need (%3)")
                               .arg(h.descriptorsSize).arg(h.descriptorsTotal).arg(tableSize));
    if (h.descriptorsOffset < SifImage::kHeaderSize || !within(h.descriptorsOffset, tableSize, fileSize))
        return fail(error, QStringLiteral("header field descriptors offset (%1) puts the descriptor table (%2 bytes) "
                                          "outside the file (%3 bytes): truncated or not a SIF image")
                               .arg(h.descriptorsOffset).arg(tableSize).arg(fileSize));
    if (!within(h.dataOffset, h.dataSize, fileSize))
        return fail(error, QStringLiteral("header fields data offset (%1) and data size (%2) reach beyond the end "
                                          "of the file (%3 bytes): truncated?")
                               .arg(h.dataOffset).arg(h.dataSize).arg(fileSize));
    return true;
}

SifDescriptor parseDescriptor(const char *p)
{
    SifDescriptor d;
    d.type = SifDataType(i32(p));
    d.id = u32(p + 5);
    d.rawGroupId = u32(p + 9);
    d.rawLinkedId = u32(p + 13);
    constexpr quint32 groupMask = 0xf0000000u;
    d.groupId = d.rawGroupId & ~groupMask;
    d.linkedId = d.rawLinkedId & ~groupMask;
    d.linkedToGroup = (d.rawLinkedId & groupMask) == groupMask;
    d.offset = i64(p + 17);
    d.size = i64(p + 25);
    d.sizeWithPadding = i64(p + 33);
    d.rawCreated = i64(p + 41);
    d.rawModified = i64(p + 49);
    d.created = goTime(d.rawCreated);
    d.modified = goTime(d.rawModified);
    d.uid = i64(p + 57);
    d.gid = i64(p + 65);
    d.rawName = QByteArray(p + 73, 128);
    d.rawExtra = QByteArray(p + 201, 384);
    d.name = trimmedNul(p + 73, 128);

    const char *extra = p + 201;
    switch (d.type) {
    case SifDataType::Partition:
        d.fsType = SifFsType(i32(extra));
        d.partType = SifPartType(i32(extra + 4));
        d.arch = sifArchName(extra + 8);
        break;
    case SifDataType::Signature: {
        d.hashType = SifHashType(i32(extra));
        const QByteArray fingerprint(extra + 4, 20);
        if (fingerprint != QByteArray(20, '\0'))
            d.entity = QString::fromLatin1(fingerprint.toHex().toUpper());
        break;
    }
    case SifDataType::CryptoMessage:
        d.formatType = SifFormatType(i32(extra));
        d.messageType = SifMessageType(i32(extra + 4));
        break;
    case SifDataType::SBOM: d.sbomFormat = SifSbomFormat(i32(extra)); break;
    default: break;
    }
    return d;
}

bool checkDescriptors(const QList<SifDescriptor> &list, const SifHeader &h, qint64 fileSize, QString *error)
{
    const qint64 tableEnd = h.descriptorsOffset + h.descriptorsTotal * SifImage::kDescriptorSize;
    QList<const SifDescriptor *> byOffset;
    for (const SifDescriptor &d : list) {
        if (d.id == 0)
            return fail(error, QStringLiteral("a used descriptor has object id 0"));
        if (!within(d.offset, d.size, fileSize))
            return fail(error, QStringLiteral("descriptor %1: object offset %2 and size %3 reach beyond the end of "
                                              "the file (%4 bytes): truncated?")
                                   .arg(d.id).arg(d.offset).arg(d.size).arg(fileSize));
        const bool overHeader = d.offset < SifImage::kHeaderSize;
        const bool overTable = d.offset < tableEnd && d.end() > h.descriptorsOffset;
        if (d.size > 0 && (overHeader || overTable))
            return fail(error, QStringLiteral("descriptor %1: object offset %2 and size %3 overlap the header or the "
                                              "descriptor table")
                                   .arg(d.id).arg(d.offset).arg(d.size));
        byOffset.append(&d);
    }
    std::sort(byOffset.begin(), byOffset.end(), [](const SifDescriptor *a, const SifDescriptor *b) {
        return a->offset != b->offset ? a->offset < b->offset : a->id < b->id;
    });
    // In offset order, each non-empty object must start at or after the furthest end seen so far.
    const SifDescriptor *furthest = nullptr;
    for (const SifDescriptor *b : byOffset) {
        if (b->size == 0)
            continue;
        if (furthest && furthest->end() > b->offset)
            return fail(error, QStringLiteral("descriptors %1 and %2: their objects overlap (%3-%4 and %5-%6)")
                                   .arg(furthest->id).arg(b->id).arg(furthest->offset).arg(furthest->end())
                                   .arg(b->offset).arg(b->end()));
        if (!furthest || b->end() > furthest->end())
            furthest = b;
    }
    QList<quint32> ids;
    for (const SifDescriptor &d : list)
        ids.append(d.id);
    std::sort(ids.begin(), ids.end());
    const auto repeated = std::adjacent_find(ids.begin(), ids.end());
    if (repeated != ids.end())
        return fail(error, QStringLiteral("object id %1 is used by more than one descriptor").arg(*repeated));
    return true;
}

} // namespace

std::optional<SifImage> SifImage::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, QStringLiteral("%1: no such file").arg(path));
        return std::nullopt;
    }
    if (!info.isFile()) {
        fail(error, QStringLiteral("%1: not a regular file").arg(path));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString why;
    std::optional<SifImage> image = read(file, &why);
    if (!image) {
        fail(error, QStringLiteral("%1: %2").arg(path, why));
        return std::nullopt;
    }
    image->m_path = path;
    return image;
}

std::optional<SifImage> SifImage::read(QIODevice &device, QString *error)
{
    SifImage image;
    image.m_fileSize = device.size();
    if (image.m_fileSize < kHeaderSize) {
        fail(error, QStringLiteral("truncated: %1 bytes, less than a SIF header (%2)")
                        .arg(image.m_fileSize).arg(kHeaderSize));
        return std::nullopt;
    }
    if (!device.seek(0)) {
        fail(error, QStringLiteral("cannot seek: %1").arg(device.errorString()));
        return std::nullopt;
    }
    const QByteArray header = device.read(kHeaderSize);
    if (header.size() != kHeaderSize) {
        fail(error, QStringLiteral("cannot read the header: %1").arg(device.errorString()));
        return std::nullopt;
    }
    if (!parseHeader(header, image.m_fileSize, image.m_header, error))
        return std::nullopt;

    const qint64 tableSize = image.m_header.descriptorsTotal * kDescriptorSize;
    if (!device.seek(image.m_header.descriptorsOffset)) {
        fail(error, QStringLiteral("cannot seek to the descriptor table: %1").arg(device.errorString()));
        return std::nullopt;
    }
    const QByteArray table = device.read(tableSize);
    if (table.size() != tableSize) {
        fail(error, QStringLiteral("truncated: the descriptor table (%1 bytes at %2) could not be read")
                        .arg(tableSize).arg(image.m_header.descriptorsOffset));
        return std::nullopt;
    }
    for (qint64 i = 0; i < image.m_header.descriptorsTotal; ++i) {
        const char *p = table.constData() + i * kDescriptorSize;
        if (p[4] != 0) // Go's binary.Read: any non-zero byte is true
            image.m_descriptors.append(parseDescriptor(p));
    }
    if (!checkDescriptors(image.m_descriptors, image.m_header, image.m_fileSize, error))
        return std::nullopt;
    return image;
}

const SifDescriptor *SifImage::descriptor(quint32 id) const
{
    for (const SifDescriptor &d : m_descriptors)
        if (d.id == id)
            return &d;
    return nullptr;
}

std::optional<SifDescriptor> SifImage::primaryPartition() const
{
    const SifDescriptor *system = nullptr;
    for (const SifDescriptor &d : m_descriptors) {
        if (d.type != SifDataType::Partition)
            continue;
        if (d.partType == SifPartType::PrimSys)
            return d;
        if (d.partType == SifPartType::System && !system)
            system = &d;
    }
    if (system)
        return *system;
    return std::nullopt;
}

QString SifImage::architecture() const
{
    const std::optional<SifDescriptor> primary = primaryPartition();
    if (primary && primary->arch != QLatin1String("unknown"))
        return primary->arch;
    return m_header.arch;
}

QJsonObject SifImage::labels() const
{
    for (const SifDescriptor &d : m_descriptors) {
        if (d.type != SifDataType::Labels)
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(objectData(d, kMetadataCap));
        return doc.object();
    }
    return {};
}

QString SifImage::deffile() const
{
    for (const SifDescriptor &d : m_descriptors)
        if (d.type == SifDataType::Deffile)
            return QString::fromUtf8(objectData(d, kMetadataCap, nullptr, true));
    return {};
}

QByteArray SifImage::objectData(const SifDescriptor &descriptor, qint64 cap, QString *error, bool truncate) const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("%1: cannot open: %2").arg(m_path, file.errorString()));
        return {};
    }
    return objectData(file, descriptor, cap, error, truncate);
}

QByteArray SifImage::objectData(QIODevice &device, const SifDescriptor &descriptor, qint64 cap, QString *error,
                                bool truncate)
{
    if (descriptor.size > cap && !truncate) {
        fail(error, QStringLiteral("object %1 is %2 bytes, more than the %3 read here")
                        .arg(descriptor.id).arg(descriptor.size).arg(cap));
        return {};
    }
    const qint64 want = std::min(descriptor.size, cap);
    if (!within(descriptor.offset, want, device.size()) || !device.seek(descriptor.offset)) {
        fail(error, QStringLiteral("object %1: cannot seek to offset %2").arg(descriptor.id).arg(descriptor.offset));
        return {};
    }
    QByteArray data = device.read(want);
    if (data.size() != want) {
        fail(error, QStringLiteral("object %1: truncated (%2 of %3 bytes read)")
                        .arg(descriptor.id).arg(data.size()).arg(want));
        return {};
    }
    return data;
}

} // namespace fleet
