#pragma once

#include "images/stores/StoredArchive.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleet {

// The archives of one configured store, one row each: name, tag, size, date and digest. Rows are dragged onto node
// tiles: mimeData() carries the store's URL and the references in DragPayload's store-object format.
class StoreArchiveModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreArchiveModel)

public:
    enum Column { NameColumn, TagColumn, SizeColumn, DateColumn, DigestColumn, ColumnCount };
    enum Role { ReferenceRole = Qt::UserRole + 1, SizeBytesRole, DigestRole };

    StoreArchiveModel(QString storeName, QString storeUrl, QObject *parent = nullptr);
    ~StoreArchiveModel() override;

    QString storeName() const { return m_name; }
    QString storeUrl() const { return m_url; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    void setArchives(const QList<StoredArchive> &archives);
    int count() const { return int(m_archives.size()); }
    const StoredArchive &archiveAt(int row) const { return m_archives.at(row); }
    int rowOfReference(const QString &reference) const;
    // The archives of the rows in `indexes`, once each, in row order.
    QList<StoredArchive> archivesOf(const QModelIndexList &indexes) const;

    // "sha256:0123456789ab" (12 hex digits) or empty when the store does not know it.
    static QString shortDigest(const QString &sha256);
    // Whether `search` (case-insensitive substring) matches the archive's name, tag, reference or digest.
    static bool matches(const StoredArchive &archive, const QString &search);

private:
    QString m_name;
    QString m_url;
    QList<StoredArchive> m_archives;
};

} // namespace fleet
