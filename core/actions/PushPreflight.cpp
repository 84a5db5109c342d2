#include "actions/PushPreflight.h"

namespace fleet {

bool PushPreflight::reportsNoGpu(const Node &node)
{
    // Facts come only from the agent's hello or telemetry; a scan that saw the agent's port leaves them unknown.
    return node.state == NodeState::Online && node.facts.isKnown() && node.facts.gpu.trimmed().isEmpty();
}

QStringList PushPreflight::nodesWithoutGpu(const PushRequest &request, const ImageLookup &images,
                                           const NodeLookup &nodes)
{
    if (request.image.isEmpty() || !images || !nodes)
        return {}; // a dropped archive carries no catalog metadata
    const std::optional<ImageInfo> image = images(request.image);
    if (!image || !image->gpuRequired)
        return {};
    QStringList lacking;
    for (const QString &address : request.nodes) {
        const std::optional<Node> node = nodes(address);
        if (node && reportsNoGpu(*node))
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

QString PushPreflight::gpuWarning(const QList<PushRequest> &requests, const ImageLookup &images,
                                  const NodeLookup &nodes)
{
    QStringList lines;
    for (const PushRequest &request : requests) {
        const QStringList lacking = nodesWithoutGpu(request, images, nodes);
        if (lacking.isEmpty())
            continue;
        const std::optional<ImageInfo> image = images(request.image);
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
