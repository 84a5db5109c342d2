#include "InventoryModel.h"

#include <QColor>

namespace fleet {

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QColor InventoryModel::missingColor()
{
    return QColor(0xf4, 0xb4, 0xb0);
}

QColor InventoryModel::outdatedColor()
{
    return QColor(0xf8, 0xd9, 0x8c);
}

void InventoryModel::setMatrix(const InventoryMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.images.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.nodes.size());
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &image = m_matrix.images.at(index.row());
    const NodeInventory &node = m_matrix.nodes.at(index.column());
    const Drift *drift = m_matrix.driftAt(image, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!node.ok())
            return QStringLiteral("?");
        if (const std::optional<QString> id = m_matrix.cell(image, index.column()))
            return QString(QStringLiteral("✓ ") + id->mid(7, 12));
        return QStringLiteral("–");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!drift)
            return {};
        return drift->kind == DriftKind::Missing ? missingColor() : outdatedColor();
    case Qt::ForegroundRole:
        return drift ? QVariant(QColor(Qt::black)) : QVariant(); // readable on the tint in dark themes too
    case Qt::ToolTipRole:
        if (!node.ok())
            return node.failure.message;
        if (!drift)
            return {};
        if (drift->kind == DriftKind::Missing)
            return tr("%1 lacks %2, which group %3 should hold.\nFix: Sync missing, or %4")
                .arg(drift->node, drift->image, drift->group, drift->fix);
        return tr("%1 holds %2, older than the catalog's %3.\nFix: Sync missing, or %4")
            .arg(drift->node, drift->held, drift->image, drift->fix);
    case DriftKindRole:
        return drift ? QVariant(driftKindName(drift->kind)) : QVariant();
    case ImageRole:
        return image;
    case NodeRole:
        return node.node;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_matrix.images.size())
            return m_matrix.images.at(section);
        return {};
    }
    if (section < 0 || section >= m_matrix.nodes.size())
        return {};
    const NodeInventory &node = m_matrix.nodes.at(section);
    if (role == Qt::DisplayRole)
        return node.display;
    if (role == Qt::ToolTipRole) {
        QString tip = node.source == InventorySource::Agent ? tr("asked through its Fleet Agent")
                    : node.source == InventorySource::Ssh   ? tr("asked over SSH")
                                                            : node.failure.message;
        if (!node.agentNote.isEmpty())
            tip += QLatin1Char('\n') + tr("agent: %1").arg(node.agentNote);
        return tip;
    }
    return {};
}

} // namespace fleet
