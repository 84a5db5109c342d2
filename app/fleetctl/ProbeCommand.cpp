// fleetctl probe NODE... : what each node runs and how this user reaches it, through core's NodeProbing.
#include "Commands.h"
#include "SignalCancel.h"
#include "actions/NodeGroups.h"
#include "actions/NodeProbing.h"
#include "actions/RecordJson.h"
#include "util/Format.h"

#include <QCommandLineParser>

namespace fleet::cli {

int runProbe(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Ask nodes over SSH (one round trip each) which container runtime they have (docker or podman, version, "
        "API, image store), whether this user reaches it directly or through sudo -n, the socket, architecture, "
        "GPU, Jetson L4T and CUDA releases and the free space in the runtime's root and temp dir. The answers are "
        "kept in the history for pushes and tiles."));
    parser.addPositionalArgument(
        QStringLiteral("nodes"), QStringLiteral("host, host:port, user@host or @GROUP"), QStringLiteral("NODE..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const ResolvedNodes targets = NodeGroups::resolve(parser.positionalArguments().mid(1), context.dbPath);
    if (!targets.failure.ok())
        return context.fail(targets.failure);
    if (targets.nodes.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl probe NODE..."));

    const SignalCancel interrupt;
    ProbeParams params;
    params.context = context.action();
    params.nodes = targets.nodes;
    params.cancel = interrupt.flag();
    const ProbeResult result = NodeProbing::probe(params);
    const int code = exitStatusFor(result.failure.kind);
    if (context.json) {
        for (const NodeProbeOutcome &n : result.nodes)
            context.printJson(RecordJson::nodeProbe(n));
        context.printJson({ { QStringLiteral("type"), QStringLiteral("result") },
            { QStringLiteral("nodes"), int(result.nodes.size()) }, { QStringLiteral("ok"), result.ok() },
            { QStringLiteral("exit"), code }, { QStringLiteral("failure"), failureKindName(result.failure.kind) } });
        return code;
    }
    for (const NodeProbeOutcome &n : result.nodes) {
        if (!n.facts.valid) {
            context.warn(n.failure.message);
            continue;
        }
        const NodeProbeReply &f = n.facts;
        context.say(QStringLiteral("%1: %2").arg(n.display, f.summary()));
        context.say(QStringLiteral("  user %1, arch %2, api %3, store %4 (%5)%6")
                        .arg(f.user, f.arch, f.apiVersion.isEmpty() ? QStringLiteral("-") : f.apiVersion,
                            f.imageStore.isEmpty() ? QStringLiteral("-") : f.imageStore,
                            f.storageDriver.isEmpty() ? QStringLiteral("-") : f.storageDriver,
                            f.rootless ? QStringLiteral(", rootless") : QString()));
        if (!f.socket.isEmpty() || !f.runtimeRoot.isEmpty())
            context.say(QStringLiteral("  socket %1, root %2 (%3 free)")
                            .arg(f.socket.isEmpty() ? QStringLiteral("-") : f.socket, f.runtimeRoot,
                                formatBytes(f.rootFreeBytes)));
        context.say(QStringLiteral("  temp dir %1 (%2 free)").arg(f.tmpDir, formatBytes(f.tmpFreeBytes)));
        if (!f.gpus.isEmpty() || f.jetson() || !f.cudaVersion.isEmpty())
            context.say(QStringLiteral("  GPU %1, CUDA %2, L4T %3")
                            .arg(f.gpus.isEmpty() ? QStringLiteral("-") : f.gpus.join(QStringLiteral(", ")),
                                f.cudaVersion.isEmpty() ? QStringLiteral("-") : f.cudaVersion,
                                f.l4tRelease.isEmpty() ? QStringLiteral("-") : f.l4tRelease));
        if (!n.ok())
            context.warn(n.failure.message);
    }
    return code;
}

} // namespace fleet::cli
