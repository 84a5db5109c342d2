#include "transfer/NodeFit.h"

#include "docker/Architecture.h"

namespace fleet {

QString NodeFit::nodeArchitecture(const Facts &facts)
{
    return facts.known && !facts.known->arch.isEmpty() ? facts.known->arch : facts.daemon.architecture;
}

QString NodeFit::architectureRefusal(const Facts &facts)
{
    const QString nodeArch = nodeArchitecture(facts);
    const QString image = Architecture::normalize(facts.imageArch, facts.imageVariant);
    if (Architecture::compatible(image, nodeArch))
        return {};
    const QString wanted = Architecture::platformFor(nodeArch);
    return QStringLiteral("%1: refused: %2 is built for linux/%3, but the node runs %4 (%5). Nothing was sent. Push "
                          "an image built for %4 (docker build --platform %4), or --force-arch to send it anyway.")
        .arg(facts.node, facts.reference, image, wanted, nodeArch);
}

QString NodeFit::gpuRefusal(const Facts &facts)
{
    const bool agentKnows = facts.known && facts.known->facts.isKnown();
    if ((agentKnows && !facts.known->facts.gpu.isEmpty()) || facts.daemon.runtimes.contains(QLatin1String("nvidia")))
        return {};
    const QString runtimes = facts.daemon.known ? facts.daemon.runtimes.join(QStringLiteral(", "))
                                                : QStringLiteral("not asked");
    const QString seen = agentKnows
        ? QStringLiteral("its agent reports no GPU and its Docker has no nvidia runtime (%1)").arg(runtimes)
        : QStringLiteral("its Docker has no nvidia runtime (%1)").arg(runtimes);
    return QStringLiteral("%1: refused: %2 needs a GPU, but the node shows none: %3. Nothing was sent. Push it to a "
                          "node with a GPU, run it without one (--no-gpu), or --force-gpu if the node has one after "
                          "all.").arg(facts.node, facts.reference, seen);
}

} // namespace fleet
