// fleetctl push IMAGE NODE...              an image of the local engine
// fleetctl push --archive FILE NODE...     a docker-save archive (or IMAGE written as a path: /…, ./…, ../…)
// fleetctl push IMAGE NODE... --from STORE [--via relay|direct|auto]   an archive or image kept in a store
//               [--mode stream|scp] [--parallel N] [--retries N] [--stall-timeout S]
//               [--run [--name N] [--port H:C]... [--env K=V]... [--restart P] [--network NET] [--cpus N]
//                      [--memory SIZE] [--gpus|--no-gpu] [--force-gpu] [--label K=V]... [--health-timeout S]]
//               [--force-arch] [--full] [--compress auto|none|zstd] [--relay]
#include "Commands.h"
#include "PushWait.h"

#include "history/HistoryStore.h"
#include "actions/ImageLister.h"
#include "actions/PushPreflight.h"
#include "actions/NodeGroups.h"
#include "images/ImageMetadata.h"
#include "transfer/JobRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace fleet::cli {

namespace {

// A word written as a path cannot be an image reference (those start with a letter or digit), so it is taken for
// an archive file without guessing.
bool looksLikePath(const QString &word)
{
    return word.startsWith(QLatin1Char('/')) || word.startsWith(QLatin1String("./"))
        || word.startsWith(QLatin1String("../")) || word.startsWith(QLatin1String("~/"));
}

} // namespace

int runPush(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Push an image of the local engine, or a docker-save archive, to nodes over SSH: save → transfer → load → "
        "(run → health).\nWith --run, limits and GPU use come from the image's catalog entry unless given; a "
        "container of the same --name is replaced only once the new one is healthy (else the old one is kept "
        "running). An image built for another architecture than the node's is refused before anything is sent.\nAn archive is named with --archive FILE, or as IMAGE when written as a path (/…, ./…, ../…); "
        "anything else is an image reference (app:v1.tar is a tag, not a file).\n"
        "Ctrl-C or SIGTERM cancels: temporary files here and on the nodes are removed, the history says "
        "\"cancelled\", and the exit status is 130 (SIGINT) or 143 (SIGTERM)."));
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     QStringLiteral("Push this docker-save archive (then no IMAGE argument)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Push IMAGE from this store: a configured store's name (fleetctl "
                                                 "stores) or a STORE-URL (dir:, s3://, registry://)."),
                                  QStringLiteral("STORE"));
    const QCommandLineOption via(QStringLiteral("via"),
                                 QStringLiteral("How a store's image reaches the nodes: relay (streamed through this "
                                                "workstation), direct (S3: each node downloads it by a presigned "
                                                "link) or auto (direct where the node can, else relay)."),
                                 QStringLiteral("PATH"), QStringLiteral("auto"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("stream (straight into docker load) or scp "
                                                                         "(temporary file, checked, resumable)."),
                                  QStringLiteral("MODE"), QStringLiteral("stream"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Nodes pushed at once."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after a transient SSH failure."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption stallTimeout(QStringLiteral("stall-timeout"),
                                          QStringLiteral("Stop a node's push when nothing moved for S seconds and its "
                                                         "Docker daemon does not answer (0: never)."),
                                          QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Start a container after loading."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Container name (with --run)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  QStringLiteral("Port mapping HOST:CONTAINER (with --run, repeatable)."),
                                  QStringLiteral("MAP"));
    const QCommandLineOption env({QStringLiteral("e"), QStringLiteral("env")},
                                 QStringLiteral("Environment KEY=VALUE (with --run, repeatable)."), QStringLiteral("KV"));
    const QCommandLineOption restart(QStringLiteral("restart"), QStringLiteral("Restart policy (with --run)."),
                                     QStringLiteral("POLICY"));
    const QCommandLineOption network(QStringLiteral("network"),
                                     QStringLiteral("Docker network of the container, e.g. host (with --run)."),
                                     QStringLiteral("NET"));
    const QCommandLineOption cpus(QStringLiteral("cpus"),
                                  QStringLiteral("CPU limit (with --run; default: the image's catalog entry; 0: none)."),
                                  QStringLiteral("N"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    QStringLiteral("Memory limit such as 512m or 2g (with --run; default: the image's "
                                                   "catalog entry; 0: none)."),
                                    QStringLiteral("SIZE"));
    const QCommandLineOption gpus(QStringLiteral("gpus"),
                                  QStringLiteral("Give the container all GPUs (default: when the catalog says the "
                                                 "image needs one)."));
    const QCommandLineOption noGpu(QStringLiteral("no-gpu"), QStringLiteral("Run without a GPU, whatever the catalog "
                                                                            "says."));
    const QCommandLineOption forceGpu(QStringLiteral("force-gpu"),
                                      QStringLiteral("Run a GPU image on a node that shows no GPU (no agent report, no "
                                                     "nvidia runtime)."));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("Container label KEY=VALUE (with --run, repeatable)."),
                                   QStringLiteral("KV"));
    const QCommandLineOption healthTimeout(QStringLiteral("health-timeout"),
                                           QStringLiteral("Seconds the container has to come up healthy (with --run)."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption forceArch(QStringLiteral("force-arch"),
                                       QStringLiteral("Send an image built for another architecture than the node's."));
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Send every layer, even those a node already has (default: only the "
                                                 "missing ones, where the node's docker load can reuse the others)."));
    const QCommandLineOption compress(QStringLiteral("compress"),
                                      QStringLiteral("zstd on the wire (stream mode): auto (when the node has zstd and "
                                                     "the link is slower than compressing), none or zstd."),
                                      QStringLiteral("HOW"), QStringLiteral("auto"));
    const QCommandLineOption relay(QStringLiteral("relay"),
                                   QStringLiteral("Send the image once, to the first node, which passes it on to the "
                                                  "next over SSH, and so on (stream mode, several nodes): for a slow "
                                                  "link from here. The nodes log into each other with a key made for "
                                                  "this push and removed after it."));
    parser.addOptions({archive, from, via, mode, parallel, retries, stallTimeout, run, name, port, env, restart,
                       network, cpus, memory, gpus, noGpu, forceGpu, label, healthTimeout, forceArch, full, compress,
                       relay});
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Image reference (or an archive's path)."));
    parser.addPositionalArgument(QStringLiteral("nodes"), QStringLiteral("host, host:port, user@host or @GROUP (its "
                                                                         "nodes); several allowed."),
                                 QStringLiteral("NODE..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    QStringList positional = parser.positionalArguments().mid(1);
    PushRequest request;
    if (parser.isSet(archive)) {
        request.source = PushSourceKind::ArchiveFile;
        request.archivePath = parser.value(archive);
    } else if (!positional.isEmpty()) {
        const QString image = positional.takeFirst();
        if (looksLikePath(image)) {
            request.source = PushSourceKind::ArchiveFile;
            request.archivePath = image.startsWith(QLatin1String("~/")) ? QDir::homePath() + image.mid(1) : image;
        } else {
            request.image = image;
        }
    }
    if (positional.isEmpty() || (request.image.isEmpty() && request.archivePath.isEmpty()))
        return context.fail(ExitUsage, QStringLiteral("push needs an IMAGE (or --archive FILE) and at least one NODE "
                                                      "(fleetctl push app:1.0.0 node1 node2)"));
    if (parser.isSet(from)) {
        if (request.source == PushSourceKind::ArchiveFile)
            return context.fail(ExitUsage, QStringLiteral("--from pushes an image kept in a store; an archive file is "
                                                          "pushed without it"));
        if (parser.isSet(mode))
            return context.fail(ExitUsage, QStringLiteral("--mode does not apply to --from: a store's image is "
                                                          "streamed to the nodes (or downloaded by them, --via)"));
        const QString store = parser.value(from);
        const FleetSettings settings = FleetSettings::load();
        const FleetSettings::ConfiguredStore *configured = settings.findStore(store);
        request.source = PushSourceKind::StoreObject;
        request.storeUrl = configured ? configured->url : store;
        const std::optional<DeliveryPath> path = deliveryPathFromName(parser.value(via));
        if (!path)
            return context.fail(ExitUsage, QStringLiteral("--via must be relay, direct or auto, not \"%1\"")
                                               .arg(parser.value(via)));
        request.via = *path;
    } else if (parser.isSet(via)) {
        return context.fail(ExitUsage, QStringLiteral("--via chooses how a store's image reaches the nodes; add "
                                                      "--from STORE"));
    }
    if (parser.value(mode) != QLatin1String("stream") && parser.value(mode) != QLatin1String("scp"))
        return context.fail(ExitUsage, QStringLiteral("--mode must be stream or scp, not \"%1\"").arg(parser.value(mode)));
    const std::optional<WireCompression> compression = wireCompressionFromName(parser.value(compress));
    if (!compression)
        return context.fail(ExitUsage, QStringLiteral("--compress must be auto, none or zstd, not \"%1\"")
                                           .arg(parser.value(compress)));
    if (parser.isSet(compress) && parser.value(mode) == QLatin1String("scp"))
        return context.fail(ExitUsage, QStringLiteral("--compress applies to stream mode; scp mode sends the archive "
                                                      "file as it is"));
    int parallelJobs = 0, retryCount = 0, stallSeconds = 0;
    if (!intOption(context, parser, parallel, 1, 256, &parallelJobs)
        || !intOption(context, parser, retries, 0, 10, &retryCount)
        || !intOption(context, parser, stallTimeout, 0, 24 * 3600, &stallSeconds)) // seconds, 0: never
        return ExitUsage;
    // Container options mean nothing without a container: say so rather than ignore them.
    if (!parser.isSet(run))
        for (const QCommandLineOption *option : {&name, &port, &env, &restart, &network, &cpus, &memory, &gpus, &noGpu,
                                                 &forceGpu, &label, &healthTimeout})
            if (parser.isSet(*option))
                return context.fail(ExitUsage, QStringLiteral("--%1 sets up the container that --run starts; add "
                                                              "--run, or leave --%1 out")
                                                   .arg(option->names().constLast()));

    if (request.source == PushSourceKind::ArchiveFile)
        request.archivePath = QFileInfo(request.archivePath).absoluteFilePath();
    const ResolvedNodes targets = NodeGroups::resolve(positional, context.dbPath); // @GROUP → its nodes
    if (!targets.failure.ok())
        return context.fail(targets.failure);
    request.nodes = targets.nodes;
    request.mode = parser.value(mode) == QLatin1String("scp") ? TransferMode::Scp : TransferMode::Stream;
    request.parallel = parallelJobs;
    request.retries = retryCount;
    request.delta = !parser.isSet(full);
    request.compress = *compression;
    request.relay = parser.isSet(relay);
    request.run.enabled = parser.isSet(run);
    request.run.name = parser.value(name);
    request.run.ports = parser.values(port);
    request.run.env = parser.values(env);
    request.run.restart = parser.value(restart);
    request.run.network = parser.value(network);
    request.run.labels = parser.values(label);
    request.run.forceGpu = parser.isSet(forceGpu);
    request.run.forceArch = parser.isSet(forceArch);
    if (parser.isSet(gpus) && parser.isSet(noGpu))
        return context.fail(ExitUsage, QStringLiteral("--gpus and --no-gpu contradict each other: choose one"));
    if (parser.isSet(gpus) || parser.isSet(noGpu))
        request.run.gpus = parser.isSet(gpus);
    if (parser.isSet(cpus)) {
        bool ok = false;
        const double value = parser.value(cpus).trimmed().toDouble(&ok);
        if (!ok || !(value >= 0) || value > 1024)
            return context.fail(ExitUsage, QStringLiteral("--cpus wants a number of CPUs from 0 (no limit) to 1024, "
                                                          "such as 1.5, not \"%1\"").arg(parser.value(cpus)));
        request.run.cpus = value;
    }
    if (parser.isSet(memory)) {
        bool ok = parser.value(memory).trimmed() == QLatin1String("0");
        const qint64 bytes = ok ? 0 : ImageMetadata::parseMemory(parser.value(memory).trimmed(), &ok);
        if (!ok)
            return context.fail(ExitUsage, QStringLiteral("--memory wants a size such as 512m or 2g (units b, k, m, "
                                                          "g; 0: no limit), not \"%1\"").arg(parser.value(memory)));
        request.run.memoryBytes = bytes;
    }
    if (request.run.enabled && !intOption(context, parser, healthTimeout, 1, 3600, &request.run.healthTimeoutSeconds))
        return ExitUsage;
    if (const QString problem = JobRunner::validate(request, FleetSettings::load().tagPolicy); !problem.isEmpty()) {
        // "app.tar" is a reference to the tag policy; say so when a file was probably meant.
        const QString word = request.image;
        if (!word.isEmpty() && word.endsWith(QLatin1String(".tar"), Qt::CaseInsensitive))
            return context.fail(ExitUsage, QFileInfo(word).isFile()
                                    ? QStringLiteral("\"%1\" is read as an image reference and refused (%2). To push "
                                                     "the file, write ./%1 or --archive %1.").arg(word, problem)
                                    : QStringLiteral("%1: no such file (and as an image reference: %2)").arg(word,
                                                                                                       problem));
        return context.fail(ExitUsage, problem);
    }

    {
        // Every job lands in the history: refuse to start when it cannot be written, rather than lose records.
        // Jobs of a push that was killed (kill -9, power cut) are closed first, with the bytes they had moved.
        HistoryStore history;
        if (!history.open(context.dbPath))
            return context.fail(ExitUnreachable, history.errorString());
        history.recoverInterrupted();
        // What the catalog and the agents' last facts say about this push (the desktop shows the same warning).
        // The engine is asked only when a target node is known to lack a GPU: a push pays no extra round trip.
        const auto node = [&history](const QString &address) { return history.node(address); };
        const bool anyWithoutGpu = std::any_of(request.nodes.cbegin(), request.nodes.cend(), [&](const QString &a) {
            const std::optional<Node> known = node(a);
            return known && PushPreflight::reportsNoGpu(*known);
        });
        if (request.source == PushSourceKind::EngineImage && anyWithoutGpu) {
            const ImageListing listing = ImageLister::list(ImageListParams{context.dockerHost, context.dbPath, {}, {}});
            const auto image = [&listing](const QString &reference) -> std::optional<ImageInfo> {
                for (const ImageInfo &i : listing.images)
                    if (i.repoTags.contains(reference) || i.id == reference)
                        return i;
                return std::nullopt;
            };
            if (const QString warning = PushPreflight::gpuWarning({request}, image, node); !warning.isEmpty())
                context.warn(warning);
        }
    }
    // A relay chain's members all run at once (they mostly wait for the stream).
    const int workers = request.relay ? qMax(request.parallel, int(request.nodes.size())) : request.parallel;
    return runPushRequest(context, request, runnerSettings(context, workers, stallSeconds * 1000));
}

} // namespace fleet::cli
