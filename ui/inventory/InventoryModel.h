#pragma once

#include "actions/InventoryMatrix.h"

#include <QAbstractTableModel>

namespace fleet {

// The nodes × images matrix of FleetInventory as a table: rows are image references, columns nodes. A cell
// says ✓ and the short image ID when the node holds the image, – when it does not, ? when the node could not be
// asked; a drift cell is tinted (missing for a group: red, an older tag than the catalog's newest: amber) and its
// tooltip names the drift and its fix. Column headers carry who answered (agent or SSH).
class InventoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Role { DriftKindRole = Qt::UserRole + 1, ImageRole, NodeRole };

    explicit InventoryModel(QObject *parent = nullptr);

    void setMatrix(const InventoryMatrix &matrix);
    const InventoryMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor missingColor();
    static QColor outdatedColor();

private:
    InventoryMatrix m_matrix;
};

} // namespace fleet
