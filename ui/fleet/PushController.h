#pragma once

#include "DragPayload.h"
#include "PushPlanner.h"
#include "sif/SifSyncRequest.h"

#include <QObject>
#include <QPoint>

class QWidget;

namespace fleet {

class ImageLibraryModel;
class NodeListModel;
class NotificationArea;
class PushConfirmPopover;

// From a push gesture to the requests for the job runner. A drop on the tiles and the Push action hand it the
// same thing, a payload and its nodes; PushPlanner makes the requests, core's PushPreflight looks for trouble, and
// the confirm popover asks (showing the warning) unless the person turned it off, in which case the remembered
// choices are used and a warning becomes a notification. Never refuses on a warning.
class PushController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushController)

public:
    // The popover opens over `window`; the models are read for the preflight (owned by the caller).
    PushController(const ImageLibraryModel *images, const NodeListModel *nodes, NotificationArea *notifications,
                   QWidget *window);
    ~PushController() override;

    PushConfirmPopover *popover() const { return m_popover; }

public Q_SLOTS:
    // Pushes `payload` to `nodes`; the popover, when it asks, opens near `globalPosition`. With nothing to push
    // (no image or no node) it says how to choose them.
    void push(const fleet::DragPayload &payload, const QStringList &nodes, const QPoint &globalPosition);

Q_SIGNALS:
    // One per image or archive: for JobRunner::submit.
    void pushRequested(const fleet::PushRequest &request);
    // Registry images dropped on tiles: one sync per partition, for JobRunner::submitSif (no popover: a sync
    // changes nothing but the nodes' caches and skips what is already there).
    void sifSyncRequested(const fleet::SifSyncRequest &request);

private:
    void submit(const QList<PushRequest> &requests);
    void syncSif(const QList<SifImageRef> &images, const QStringList &nodes);

    const ImageLibraryModel *m_images;
    const NodeListModel *m_nodes;
    NotificationArea *m_notifications;
    PushConfirmPopover *m_popover = nullptr;
    // What the open popover asks about; planned again with the choices it returns.
    DragPayload m_asked;
    QStringList m_askedNodes;
};

} // namespace fleet
