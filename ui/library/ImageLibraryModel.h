#pragma once

#include "actions/ImageLister.h"
#include "model/ImageInfo.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace fleet {

// The images of the local engine (stores have StoreArchiveModel), one row per image, with the catalog's display name,
// category and GPU flag when known. Rows are dragged onto node tiles: mimeData() carries their references in
// DragPayload's format.
class ImageLibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLibraryModel)

public:
    enum Column { NameColumn, CategoryColumn, GpuColumn, SizeColumn, CreatedColumn, ColumnCount };
    enum Role { ReferenceRole = Qt::UserRole + 1, ImageRole, SizeBytesRole, CategoryRole, GpuRequiredRole };

    explicit ImageLibraryModel(QObject *parent = nullptr);
    ~ImageLibraryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    void setImages(const QList<ImageInfo> &images);
    const ImageInfo &imageAt(int row) const { return m_images.at(row); }
    int count() const { return int(m_images.size()); }
    int rowOfReference(const QString &reference) const;
    // The image a push names (tag or ID), or nullptr when the library does not list it.
    const ImageInfo *findImage(const QString &reference) const;
    // findImage as core's PushPreflight asks it (a copy: the lookup may outlive a model reset).
    std::function<std::optional<ImageInfo>(const QString &)> imageLookup() const;

    // What a push names the image by: its first tag, or its ID when untagged.
    static QString referenceOf(const ImageInfo &image);
    // The references of the rows in `indexes`, once each, in row order.
    QStringList referencesOf(const QModelIndexList &indexes) const;

private:
    QList<ImageInfo> m_images;
};

} // namespace fleet
