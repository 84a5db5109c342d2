#include "SifImageModel.h"

#include "util/Format.h"

#include <QPalette>

namespace fleet {

namespace {
constexpr quintptr kPartitionRow = 0; // internalId of partition rows; image rows carry partition + 1
} // namespace

SifImageModel::SifImageModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SifImageModel::setScan(const SifScanResult &scan)
{
    beginResetModel();
    m_scan = scan;
    m_rows.clear();
    for (const QString &partition : std::as_const(m_scan.partitions)) {
        QList<int> rows;
        for (int i = 0; i < m_scan.images.size(); ++i)
            if (m_scan.images.at(i).partition == partition)
                rows << i;
        m_rows << rows;
    }
    endResetModel();
}

const SifRegistryImage *SifImageModel::imageAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kPartitionRow)
        return nullptr;
    const int partition = int(index.internalId() - 1);
    if (partition >= m_rows.size() || index.row() >= m_rows.at(partition).size())
        return nullptr;
    return &m_scan.images.at(m_rows.at(partition).at(index.row()));
}

QList<SifImageRef> SifImageModel::refsOf(const QModelIndexList &indexes) const
{
    QList<SifImageRef> refs;
    for (const QModelIndex &index : indexes)
        if (const SifRegistryImage *image = imageAt(index); image && image->valid()) {
            const SifImageRef ref{m_scan.root, image->partition, image->name};
            if (!refs.contains(ref))
                refs << ref;
        }
    return refs;
}

QModelIndex SifImageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPartitionRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SifImageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kPartitionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPartitionRow);
}

int SifImageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == kPartitionRow && parent.column() == 0 && parent.row() < m_rows.size())
        return int(m_rows.at(parent.row()).size());
    return 0;
}

int SifImageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SifImageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kPartitionRow) {
        const QString partition = m_scan.partitions.value(index.row());
        if (role == Qt::DisplayRole && index.column() == Name)
            return tr("%1 (%2)").arg(partition).arg(m_scan.counts.value(partition));
        if (role == Qt::ToolTipRole)
            return tr("Registry partition %1: %2").arg(partition, m_scan.root + QStringLiteral("/images/") + partition);
        return {};
    }
    const SifRegistryImage *image = imageAt(index);
    if (!image)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return image->name;
        case Arch:
            return image->facts.arch;
        case Size:
            return formatBytes(image->size);
        case Signature:
            if (!image->valid() || !image->facts.isSigned)
                return image->valid() ? tr("unsigned") : QString();
            return image->facts.verified ? tr("verified") : tr("signed (not verified)");
        case Flags:
            return image->valid() ? QString() : sifFlagName(image->flag);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return image->valid() ? tr("%1\nsha256 %2\n%3").arg(image->path, image->sha256, image->facts.signer)
                              : tr("%1: %2").arg(image->name, image->reason);
    if (role == Qt::ForegroundRole && !image->valid())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SifImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Image");
    case Arch:
        return tr("Arch");
    case Size:
        return tr("Size");
    case Signature:
        return tr("Signature");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

Qt::ItemFlags SifImageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const SifRegistryImage *image = imageAt(index);
    if (!image)
        return Qt::ItemIsEnabled;
    return image->valid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QStringList SifImageModel::mimeTypes() const
{
    return {DragPayload::sifImageMimeType()};
}

QMimeData *SifImageModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<SifImageRef> refs = refsOf(indexes);
    return refs.isEmpty() ? nullptr : DragPayload::encodeSifImages(refs);
}

} // namespace fleet
