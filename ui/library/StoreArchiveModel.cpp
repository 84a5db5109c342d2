#include "StoreArchiveModel.h"

#include "DragPayload.h"
#include "util/Format.h"

#include <QLocale>
#include <QMimeData>

#include <set>

namespace fleet {

StoreArchiveModel::StoreArchiveModel(QString storeName, QString storeUrl, QObject *parent)
    : QAbstractTableModel(parent)
    , m_name(std::move(storeName))
    , m_url(std::move(storeUrl))
{
}

StoreArchiveModel::~StoreArchiveModel() = default;

int StoreArchiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_archives.size());
}

int StoreArchiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoreArchiveModel::shortDigest(const QString &sha256)
{
    return sha256.isEmpty() ? QString() : QStringLiteral("sha256:") + sha256.left(12);
}

bool StoreArchiveModel::matches(const StoredArchive &archive, const QString &search)
{
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString &text : {archive.reference, archive.name, archive.tag, archive.sha256, archive.imageId})
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QVariant StoreArchiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredArchive &archive = m_archives.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return archive.name;
        case TagColumn:
            return archive.tag;
        case SizeColumn:
            return archive.size >= 0 ? formatBytes(archive.size) : QString();
        case DateColumn:
            return archive.created.isValid()
                       ? QLocale().toString(archive.created.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case DigestColumn:
            return shortDigest(archive.sha256);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{archive.reference, tr("In the store %1 (%2)").arg(m_name, m_url)};
        if (archive.size >= 0)
            lines << formatBytes(archive.size);
        if (!archive.sha256.isEmpty())
            lines << tr("sha256:%1").arg(archive.sha256);
        if (!archive.imageId.isEmpty())
            lines << tr("Image ID %1").arg(archive.imageId);
        if (archive.created.isValid())
            lines << tr("Stored %1").arg(QLocale().toString(archive.created.toLocalTime(), QLocale::ShortFormat));
        lines << tr("Drag onto a node to push it from the store.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("Archive %1 in %2, %3").arg(archive.reference, m_name, formatBytes(archive.size));
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ReferenceRole:
        return archive.reference;
    case SizeBytesRole:
        return archive.size;
    case DigestRole:
        return archive.sha256;
    default:
        return {};
    }
}

QVariant StoreArchiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TagColumn:
        return tr("Tag");
    case SizeColumn:
        return tr("Size");
    case DateColumn:
        return tr("Stored");
    case DigestColumn:
        return tr("Digest");
    }
    return {};
}

Qt::ItemFlags StoreArchiveModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList StoreArchiveModel::mimeTypes() const
{
    return {DragPayload::storeObjectMimeType()};
}

QList<StoredArchive> StoreArchiveModel::archivesOf(const QModelIndexList &indexes) const
{
    std::set<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this)
            rows.insert(index.row());
    QList<StoredArchive> archives;
    for (int row : rows)
        archives.append(m_archives.at(row));
    return archives;
}

QMimeData *StoreArchiveModel::mimeData(const QModelIndexList &indexes) const
{
    QList<StoreObjectRef> objects;
    for (const StoredArchive &archive : archivesOf(indexes))
        objects.append(StoreObjectRef{m_url, archive.reference});
    return objects.isEmpty() ? nullptr : DragPayload::encodeStoreObjects(objects);
}

Qt::DropActions StoreArchiveModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void StoreArchiveModel::setArchives(const QList<StoredArchive> &archives)
{
    beginResetModel();
    m_archives = archives;
    std::stable_sort(m_archives.begin(), m_archives.end(), [](const StoredArchive &a, const StoredArchive &b) {
        return a.name != b.name ? a.name < b.name : a.created > b.created; // by name, newest tag first
    });
    endResetModel();
}

int StoreArchiveModel::rowOfReference(const QString &reference) const
{
    for (int row = 0; row < m_archives.size(); ++row)
        if (m_archives.at(row).reference == reference)
            return row;
    return -1;
}

} // namespace fleet
