#include "ImageLibraryModel.h"

#include "DragPayload.h"
#include "util/Format.h"

#include <QLocale>
#include <QMimeData>

#include <set>

namespace fleet {

ImageLibraryModel::ImageLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImageLibraryModel::~ImageLibraryModel() = default;

int ImageLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageLibraryModel::referenceOf(const ImageInfo &image)
{
    for (const QString &tag : image.repoTags)
        if (tag != QLatin1String("<none>:<none>"))
            return tag;
    return image.id;
}

QVariant ImageLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageInfo &image = m_images.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return image.displayName.isEmpty() ? referenceOf(image) : image.displayName;
        case CategoryColumn:
            return image.category;
        case GpuColumn:
            return image.gpuRequired ? tr("GPU") : QString();
        case SizeColumn:
            return formatBytes(image.size);
        case CreatedColumn:
            return image.created.isValid() ? QLocale().toString(image.created.toLocalTime().date(), QLocale::ShortFormat)
                                           : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!image.displayName.isEmpty())
            lines << image.displayName;
        lines << (image.repoTags.isEmpty() ? tr("untagged") : image.repoTags.join(QStringLiteral(", ")));
        lines << tr("ID %1 · %2").arg(image.shortId(), formatBytes(image.size));
        if (!image.category.isEmpty())
            lines << tr("Category: %1").arg(image.category);
        if (image.gpuRequired)
            lines << tr("Needs a GPU on the node.");
        if (!image.description.isEmpty())
            lines << image.description;
        lines << tr("Drag onto a node to push it.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        QString text = tr("Image %1, %2").arg(referenceOf(image), formatBytes(image.size));
        if (!image.category.isEmpty())
            text += tr(", category %1").arg(image.category);
        if (image.gpuRequired)
            text += tr(", needs a GPU");
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ReferenceRole:
        return referenceOf(image);
    case ImageRole:
        return QVariant::fromValue(image);
    case SizeBytesRole:
        return image.size;
    case CategoryRole:
        return image.category;
    case GpuRequiredRole:
        return image.gpuRequired;
    default:
        return {};
    }
}

QVariant ImageLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Image");
    case CategoryColumn:
        return tr("Category");
    case GpuColumn:
        return tr("GPU");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

Qt::ItemFlags ImageLibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList ImageLibraryModel::mimeTypes() const
{
    return {DragPayload::imageMimeType()};
}

QStringList ImageLibraryModel::referencesOf(const QModelIndexList &indexes) const
{
    std::set<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this)
            rows.insert(index.row());
    QStringList references;
    for (int row : rows)
        references.append(referenceOf(m_images.at(row)));
    return references;
}

QMimeData *ImageLibraryModel::mimeData(const QModelIndexList &indexes) const
{
    const QStringList references = referencesOf(indexes);
    return references.isEmpty() ? nullptr : DragPayload::encodeImages(references);
}

Qt::DropActions ImageLibraryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void ImageLibraryModel::setImages(const QList<ImageInfo> &images)
{
    beginResetModel();
    m_images = images;
    // Newest first: the image just built is the one the admin wants to push.
    std::stable_sort(m_images.begin(), m_images.end(),
                     [](const ImageInfo &a, const ImageInfo &b) { return a.created > b.created; });
    endResetModel();
}

const ImageInfo *ImageLibraryModel::findImage(const QString &reference) const
{
    const int row = rowOfReference(reference);
    return row >= 0 ? &m_images.at(row) : nullptr;
}

int ImageLibraryModel::rowOfReference(const QString &reference) const
{
    for (int row = 0; row < m_images.size(); ++row)
        if (referenceOf(m_images.at(row)) == reference || m_images.at(row).repoTags.contains(reference)
            || m_images.at(row).id == reference)
            return row;
    return -1;
}

std::function<std::optional<ImageInfo>(const QString &)> ImageLibraryModel::imageLookup() const
{
    return [this](const QString &reference) -> std::optional<ImageInfo> {
        const ImageInfo *image = findImage(reference);
        return image ? std::optional<ImageInfo>(*image) : std::nullopt;
    };
}

} // namespace fleet
