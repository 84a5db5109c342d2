#include "NodeTileView.h"

#include "NodeListModel.h"

#include <QDragMoveEvent>

namespace fleet {

NodeTileView::NodeTileView(QWidget *parent)
    : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static); // tiles are not rearranged by hand
    setResizeMode(QListView::Adjust);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true); // one size hint for all tiles: layout of thousands stays cheap
    setLayoutMode(QListView::Batched);
    setBatchSize(500);
    setSpacing(4);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true); // the viewport is where drags arrive; not synced when already set
    setDropIndicatorShown(false);  // the delegate highlights the targets instead
    setDragDropOverwriteMode(true); // anywhere on a tile is "on" the tile, never between tiles
    setDefaultDropAction(Qt::CopyAction);
    setMouseTracking(true);
    setAccessibleName(tr("Nodes"));
    setToolTip(tr("Drag images from the library onto a node to push them; a drop on a selected node pushes to "
                  "the whole selection."));
}

NodeTileView::~NodeTileView() = default;

QStringList NodeTileView::selectedAddresses() const
{
    QStringList addresses;
    if (!selectionModel())
        return addresses;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        addresses.append(index.data(NodeListModel::AddressRole).toString());
    return addresses;
}

QStringList NodeTileView::dropTargetsFor(const QString &address) const
{
    const QStringList selected = selectedAddresses();
    return selected.contains(address) ? selected : QStringList{address};
}

bool NodeTileView::isDropTarget(const QModelIndex &index) const
{
    return !m_dropTargets.isEmpty() && m_dropTargets.contains(index.data(NodeListModel::AddressRole).toString());
}

const DragPayload &NodeTileView::payloadOf(const QMimeData *data)
{
    if (data != m_payloadData) {
        m_payload = DragPayload::decode(data);
        m_payloadData = data;
    }
    return m_payload;
}

bool NodeTileView::acceptsDrop(const QModelIndex &tile, const QMimeData *data)
{
    // Only a drop on a tile means "push to this node"; empty space and unrelated data take nothing.
    return tile.isValid() && tile.flags().testFlag(Qt::ItemIsDropEnabled) && !payloadOf(data).isEmpty();
}

void NodeTileView::dragEnterEvent(QDragEnterEvent *event)
{
    m_payloadData = nullptr; // a new drag: decode what it carries once, here
    if (payloadOf(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setState(DraggingState);
    updateDropTargets(event->position().toPoint(), false);
}

void NodeTileView::dragMoveEvent(QDragMoveEvent *event)
{
    QListView::dragMoveEvent(event); // auto-scroll near the edges
    // Without Qt's drop indicator the base class only asks about the empty viewport; decide per tile instead.
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool accepted = acceptsDrop(index, event->mimeData());
    if (accepted) {
        event->setDropAction(Qt::CopyAction);
        event->accept(visualRect(index));
    } else {
        event->ignore();
    }
    updateDropTargets(event->position().toPoint(), accepted);
}

void NodeTileView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QListView::dragLeaveEvent(event);
    endDrag();
}

void NodeTileView::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool accepted = acceptsDrop(index, event->mimeData());
    const DragPayload payload = m_payload;
    stopAutoScroll();
    setState(NoState);
    endDrag();
    if (!accepted) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT payloadDropped(payload, dropTargetsFor(index.data(NodeListModel::AddressRole).toString()));
}

void NodeTileView::endDrag()
{
    m_payload = {};
    m_payloadData = nullptr;
    clearDropTargets();
}

void NodeTileView::updateDropTargets(const QPoint &position, bool accepted)
{
    const QModelIndex hover = accepted ? indexAt(position) : QModelIndex();
    if (hover == m_dropHover)
        return;
    m_dropHover = hover;
    m_dropTargets.clear();
    if (hover.isValid()) {
        const QStringList targets = dropTargetsFor(hover.data(NodeListModel::AddressRole).toString());
        m_dropTargets = QSet<QString>(targets.cbegin(), targets.cend());
    }
    viewport()->update();
}

void NodeTileView::clearDropTargets()
{
    if (!m_dropHover.isValid() && m_dropTargets.isEmpty())
        return;
    m_dropHover = QPersistentModelIndex();
    m_dropTargets.clear();
    viewport()->update();
}

} // namespace fleet
