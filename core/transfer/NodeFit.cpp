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

QString NodeFit::normalizeL4t(const QString &release)
{
    const QString r = release.trimmed();
    if (r.isEmpty())
        return r;
    return r.startsWith(QLatin1Char('R'), Qt::CaseInsensitive) ? QLatin1Char('R') + r.mid(1) : QLatin1Char('R') + r;
}

QString NodeFit::jetsonWarning(const QString &node, const QString &reference, const QString &imageL4t,
                               const QString &imageCuda, const NodeProbeReply &probe)
{
    if (!probe.valid)
        return {};
    QStringList problems;
    const QString wanted = normalizeL4t(imageL4t);
    if (!wanted.isEmpty()) {
        // Images are tied to the L4T release (jetson-containers #725): the major and minor must match.
        const auto majorMinor = [](const QString &r) { return r.section(QLatin1Char('.'), 0, 1); };
        if (probe.l4tRelease.isEmpty())
            problems << QStringLiteral("it is built for L4T %1, but the node is no Jetson (no /etc/nv_tegra_release)")
                            .arg(wanted);
        else if (majorMinor(probe.l4tRelease) != majorMinor(wanted))
            problems << QStringLiteral("it is built for L4T %1, but the node runs L4T %2")
                            .arg(wanted, probe.l4tRelease);
    }
    if (!imageCuda.isEmpty() && !probe.cudaVersion.isEmpty()) {
        const auto number = [](const QString &v, int i) { return v.section(QLatin1Char('.'), i, i).toInt(); };
        const int imageMajor = number(imageCuda, 0), nodeMajor = number(probe.cudaVersion, 0);
        const bool newer = imageMajor > nodeMajor
            || (imageMajor == nodeMajor && number(imageCuda, 1) > number(probe.cudaVersion, 1));
        if (newer)
            problems << QStringLiteral("it needs CUDA %1, but the node has CUDA %2").arg(imageCuda, probe.cudaVersion);
    }
    if (problems.isEmpty())
        return {};
    return QStringLiteral("%1: warning: %2: %3. Jetson images are not portable across L4T releases: it may not "
                          "start there. Push an image built for the node's JetPack, or rebuild it there.")
        .arg(node, reference, problems.join(QStringLiteral("; ")));
}

} // namespace fleet
