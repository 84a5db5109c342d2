#pragma once

#include "DragPayload.h"

#include <QListView>
#include <QPersistentModelIndex>
#include <QSet>

namespace fleet {

// The node tiles: a QListView in icon mode with uniform tiles (painted by NodeTileDelegate) that accepts drops.
// During a drag it remembers which tiles the drop would target (the hovered tile, or the whole selection when
// the hovered tile is selected) so the delegate can highlight them and show the count. It decodes what a drag
// carries once, when the drag enters, and a drop on a tile emits that payload with its nodes: what the push
// becomes is PushPlanner's business, not the view's or the model's.
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

Q_SIGNALS:
    // A drop on a tile: what was dragged (never empty) and the nodes it is for (the tile, or the selection).
    void payloadDropped(const fleet::DragPayload &payload, const QStringList &nodes);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The payload of the drag in progress, decoded when it entered (or now, for data that never entered).
    const DragPayload &payloadOf(const QMimeData *data);
    bool acceptsDrop(const QModelIndex &tile, const QMimeData *data);
    void updateDropTargets(const QPoint &position, bool accepted);
    void clearDropTargets();
    void endDrag();

    DragPayload m_payload;
    const QMimeData *m_payloadData = nullptr; // what m_payload was decoded from; only compared, never read
    QSet<QString> m_dropTargets;
    QPersistentModelIndex m_dropHover;
};

} // namespace fleet
