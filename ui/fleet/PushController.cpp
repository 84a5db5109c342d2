#include "PushController.h"

#include "NotificationArea.h"
#include "PushConfirmPopover.h"
#include "ImageLibraryModel.h"
#include "NodeListModel.h"
#include "actions/FleetSettings.h"
#include "actions/PushPreflight.h"

#include <QMetaMethod>
#include <QWidget>

namespace fleet {

PushController::PushController(const ImageLibraryModel *images, const NodeListModel *nodes,
                               NotificationArea *notifications, QWidget *window)
    : QObject(window)
    , m_images(images)
    , m_nodes(nodes)
    , m_notifications(notifications)
    , m_popover(new PushConfirmPopover(window))
{
    connect(m_popover, &PushConfirmPopover::confirmed, this, [this](const PushChoices &choices) {
        const QList<PushRequest> requests = PushPlanner::plan(m_asked, m_askedNodes, choices);
        m_asked = {};
        m_askedNodes.clear();
        submit(requests);
    });
    connect(m_popover, &PushConfirmPopover::dismissed, this, [this] {
        m_asked = {};
        m_askedNodes.clear();
    });
}

PushController::~PushController() = default;

void PushController::push(const DragPayload &payload, const QStringList &nodes, const QPoint &globalPosition)
{
    if (payload.isEmpty() || nodes.isEmpty()) {
        m_notifications->notify(NotificationArea::Severity::Info, tr("Nothing to push"),
                                tr("Select one or more images in the library and one or more nodes, then press "
                                   "Push (Ctrl+P), or drag the images onto a node."));
        return;
    }
    if (!payload.sifImages.isEmpty()) {
        syncSif(payload.sifImages, nodes);
        DragPayload rest = payload;
        rest.sifImages.clear();
        if (rest.isEmpty())
            return;
        push(rest, nodes, globalPosition);
        return;
    }
    const QList<PushRequest> requests = PushPlanner::plan(payload, nodes, PushConfirmPopover::rememberedChoices());
    const QString warning = PushPreflight::gpuWarning(requests, m_images->imageLookup(), m_nodes->nodeLookup());
    if (PushConfirmPopover::shouldAsk()) {
        m_asked = payload;
        m_askedNodes = nodes;
        // One engine image: its run defaults (the builder's io.fleetcommander.* labels, the catalog's values).
        ImageRunDefaults defaults;
        if (requests.size() == 1 && requests.first().source == PushSourceKind::EngineImage)
            if (const std::optional<ImageInfo> image = m_images->imageLookup()(requests.first().image))
                defaults = RunPlan::defaultsFrom(std::nullopt, image->labels);
        m_popover->ask(requests, globalPosition, warning, defaults);
        return;
    }
    if (!warning.isEmpty())
        m_notifications->notify(NotificationArea::Severity::Warning, tr("GPU image on a node without a GPU"), warning);
    submit(requests);
}

void PushController::syncSif(const QList<SifImageRef> &images, const QStringList &nodes)
{
    const FleetSettings settings = FleetSettings::load();
    QMap<QPair<QString, QString>, QStringList> byPartition; // (registry, partition) → names
    for (const SifImageRef &image : images)
        byPartition[{image.registry, image.partition}] << image.name;
    for (auto it = byPartition.begin(); it != byPartition.end(); ++it) {
        SifSyncRequest request;
        request.registryRoot = it.key().first;
        request.partitions = settings.sifPartitions;
        if (!request.partitions.contains(it.key().second))
            request.partitions << it.key().second;
        request.partition = it.key().second;
        request.images = it.value();
        request.nodes = nodes;
        request.cacheDir = settings.sifCacheFor(request.partition);
        Q_EMIT sifSyncRequested(request);
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&PushController::sifSyncRequested)))
        m_notifications->notify(NotificationArea::Severity::Error, tr("Cannot sync"),
                                tr("This window is not connected to a job runner (a test or screenshot build). "
                                   "Start fleet-commander normally to sync images."));
}

void PushController::submit(const QList<PushRequest> &requests)
{
    for (const PushRequest &request : requests)
        Q_EMIT pushRequested(request);
    if (!isSignalConnected(QMetaMethod::fromSignal(&PushController::pushRequested)))
        m_notifications->notify(NotificationArea::Severity::Error, tr("Cannot push"),
                                tr("This window is not connected to a job runner (a test or screenshot build). "
                                   "Start fleet-commander normally to push images."));
}

} // namespace fleet
