#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QSet>

namespace fleet {

// The node tiles: a QListView in icon mode with uniform tiles (painted by NodeTileDelegate) that accepts drops.
// During a drag it remembers which tiles the drop would target (the hovered tile, or the whole selection when
// the hovered tile is selected) so the delegate can highlight them and show the count.
class NodeTileView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTileView)

public:
    explicit NodeTileView(QWidget *parent = nullptr);
    ~NodeTileView() override;

    // Addresses of the selected tiles, in view order.
    QStringList selectedAddresses() const;
    // The nodes a drop on the tile of `address` is for.
    QStringList dropTargetsFor(const QString &address) const;

    bool isDropTarget(const QModelIndex &index) const;
    bool isDropHover(const QModelIndex &index) const { return m_dropHover.isValid() && index == m_dropHover; }
    int dropTargetCount() const { return int(m_dropTargets.size()); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateDropTargets(const QPoint &position, bool accepted);
    void clearDropTargets();

    QSet<QString> m_dropTargets;
    QPersistentModelIndex m_dropHover;
};

} // namespace fleet
