#pragma once

#include "DragPayload.h"
#include "sif/SifRegistry.h"

#include <QAbstractItemModel>

namespace fleet {

// The registry as a two-level tree: one row per registry partition (its name and count of valid images), under
// it one row per .sif file (name, architecture, size, signed/verified, flags). Valid images drag onto node tiles
// (application/x-fleet-sif-images); flagged ones show their reason and do not drag.
class SifImageModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SifImageModel)

public:
    enum Column { Name, Arch, Size, Signature, Flags, ColumnCount };

    explicit SifImageModel(QObject *parent = nullptr);

    void setScan(const SifScanResult &scan);
    const SifScanResult &scan() const { return m_scan; }
    // The image at `index` (an image row), or nullptr for a partition row.
    const SifRegistryImage *imageAt(const QModelIndex &index) const;
    QList<SifImageRef> refsOf(const QModelIndexList &indexes) const; // valid images only, no duplicates

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    SifScanResult m_scan;
    QList<QList<int>> m_rows; // per partition: indexes into m_scan.images
};

} // namespace fleet
