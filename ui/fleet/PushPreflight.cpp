#include "PushPreflight.h"

#include "ImageLibraryModel.h"
#include "NodeListModel.h"

namespace fleet {

bool PushPreflight::reportsNoGpu(const Node &node)
{
    // Facts come only from the agent's hello or telemetry; a scan that saw the agent's port leaves them unknown.
    const bool agentAnswered = node.state == NodeState::Online && (node.facts.memTotal > 0 || node.facts.cpuCount > 0);
    return agentAnswered && node.facts.gpu.trimmed().isEmpty();
}

QStringList PushPreflight::nodesWithoutGpu(const PushRequest &request, const ImageLibraryModel &images,
                                           const NodeListModel &nodes)
{
    if (request.image.isEmpty())
        return {}; // a dropped archive carries no catalog metadata
    const ImageInfo *image = images.findImage(request.image);
    if (!image || !image->gpuRequired)
        return {};
    QStringList lacking;
    for (const QString &address : request.nodes) {
        const int row = nodes.rowOf(address);
        if (row >= 0 && reportsNoGpu(nodes.nodeAt(row)))
            lacking << address;
    }
    return lacking;
}

QString PushPreflight::listNodes(const QStringList &nodes)
{
    constexpr int kNamed = 3;
    if (nodes.size() <= kNamed)
        return nodes.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(nodes.size()) - kNamed)
        .arg(nodes.mid(0, kNamed).join(QStringLiteral(", ")));
}

QString PushPreflight::gpuWarning(const QList<PushRequest> &requests, const ImageLibraryModel &images,
                                  const NodeListModel &nodes)
{
    QStringList lines;
    for (const PushRequest &request : requests) {
        const QStringList lacking = nodesWithoutGpu(request, images, nodes);
        if (lacking.isEmpty())
            continue;
        const ImageInfo *image = images.findImage(request.image);
        const QString name = image && !image->displayName.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(image->displayName, request.image)
            : request.image;
        lines << tr("%1 needs a GPU, but the agent on %2 reports none.", nullptr, int(lacking.size()))
                     .arg(name, listNodes(lacking));
    }
    if (lines.isEmpty())
        return {};
    lines << tr("Its containers will not find a GPU there: push to nodes with a GPU, or install the GPU and its "
                "driver on those nodes first.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace fleet
