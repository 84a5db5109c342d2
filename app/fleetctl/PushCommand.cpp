// fleetctl push IMAGE|ARCHIVE.tar NODE... [--mode stream|scp] [--parallel N] [--retries N]
//               [--run [--name N] [--port H:C]... [--env K=V]... [--restart P]]
#include "Commands.h"
#include "TerminalProgress.h"

#include "history/HistoryStore.h"
#include "actions/ImageLister.h"
#include "actions/PushPreflight.h"
#include "actions/RecordJson.h"
#include "transfer/JobRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace fleet::cli {

namespace {

int exitCodeFor(const QList<JobUpdate> &finished)
{
    int code = ExitOk;
    for (const JobUpdate &job : finished) {
        if (job.state == JobState::Succeeded || job.state == JobState::Skipped)
            continue;
        // The most specific reason wins: a host-key refusal or an unreachable node over a generic failure.
        if (job.exitCode == ExitHostKey || (job.exitCode == ExitUnreachable && code != ExitHostKey))
            code = job.exitCode;
        else if (code == ExitOk)
            code = ExitFailed;
    }
    return code;
}

} // namespace

int runPush(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Push an image of the local engine (or a docker-save archive) to "
                                                    "nodes over SSH: save → transfer → load → (run)."));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("stream (straight into docker load) or scp "
                                                                         "(temporary file, checked, resumable)."),
                                  QStringLiteral("MODE"), QStringLiteral("stream"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Nodes pushed at once."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after a transient SSH failure."),
                                     QStringLiteral("N"), QStringLiteral("2"));
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
    parser.addOptions({mode, parallel, retries, run, name, port, env, restart});
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Image reference, or a .tar from docker save."));
    parser.addPositionalArgument(QStringLiteral("nodes"), QStringLiteral("host, host:port or user@host; several allowed."),
                                 QStringLiteral("NODE..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() < 2)
        return context.fail(ExitUsage, QStringLiteral("push needs an IMAGE and at least one NODE "
                                                      "(fleetctl push app:1.0.0 node1 node2)"));
    if (parser.value(mode) != QLatin1String("stream") && parser.value(mode) != QLatin1String("scp"))
        return context.fail(ExitUsage, QStringLiteral("--mode must be stream or scp, not \"%1\"").arg(parser.value(mode)));

    PushRequest request;
    const QString image = positional.first();
    if (image.endsWith(QLatin1String(".tar")) && QFileInfo(image).isFile())
        request.archivePath = QFileInfo(image).absoluteFilePath();
    else
        request.image = image;
    request.nodes = positional.mid(1);
    request.mode = parser.value(mode) == QLatin1String("scp") ? TransferMode::Scp : TransferMode::Stream;
    request.parallel = qMax(1, parser.value(parallel).toInt());
    request.retries = qBound(0, parser.value(retries).toInt(), 10);
    request.run.enabled = parser.isSet(run);
    request.run.name = parser.value(name);
    request.run.ports = parser.values(port);
    request.run.env = parser.values(env);
    request.run.restart = parser.value(restart);
    if (const QString problem = JobRunner::validate(request, FleetSettings::load().tagPolicy); !problem.isEmpty())
        return context.fail(ExitUsage, problem);

    {
        // Every job lands in the history: refuse to start when it cannot be written, rather than lose records.
        HistoryStore history;
        if (!history.open(context.dbPath))
            return context.fail(ExitUnreachable, history.errorString());
        // What the catalog and the agents' last facts say about this push (the desktop shows the same warning).
        if (!request.image.isEmpty()) {
            const ImageListing listing = ImageLister::list(ImageListParams{context.dockerHost, context.dbPath, {}, {}});
            const auto image = [&listing](const QString &reference) -> std::optional<ImageInfo> {
                for (const ImageInfo &i : listing.images)
                    if (i.repoTags.contains(reference) || i.id == reference)
                        return i;
                return std::nullopt;
            };
            const auto node = [&history](const QString &address) { return history.node(address); };
            if (const QString warning = PushPreflight::gpuWarning({request}, image, node); !warning.isEmpty())
                context.warn(warning);
        }
    }
    JobRunner::Settings settings;
    settings.dbPath = context.dbPath;
    settings.dockerHost = context.dockerHost;
    settings.ssh = context.sshOptions();
    settings.sshUser = context.user;
    settings.maxParallel = request.parallel;
    settings.tagPolicy = FleetSettings::load().tagPolicy;
    JobRunner runner(settings);
    TerminalProgress terminal(context.json);
    QList<JobUpdate> finished;

    QObject::connect(&runner, &JobRunner::jobAdded, &runner, [&](const JobUpdate &job) { terminal.update(job); });
    QObject::connect(&runner, &JobRunner::jobChanged, &runner, [&](const JobUpdate &job) {
        if (context.json)
            context.printJson(RecordJson::typed(QStringLiteral("progress"), RecordJson::job(job)));
        else
            terminal.update(job);
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &runner, [&](const JobUpdate &job) {
        finished << job;
        if (context.json)
            context.printJson(RecordJson::job(job));
        else
            terminal.finish(job);
    });
    QObject::connect(&runner, &JobRunner::allFinished, &runner, [] { QCoreApplication::quit(); });
    if (runner.submit(request).isEmpty())
        return context.fail(ExitUsage, QStringLiteral("the request was refused"));
    QCoreApplication::exec();

    int succeeded = 0, skipped = 0, failed = 0;
    for (const JobUpdate &job : std::as_const(finished)) {
        succeeded += job.state == JobState::Succeeded;
        skipped += job.state == JobState::Skipped;
        failed += job.state == JobState::Failed || job.state == JobState::Cancelled;
    }
    const int code = exitCodeFor(finished);
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("ok"), code == ExitOk},
                           {QStringLiteral("exit"), code},
                           {QStringLiteral("succeeded"), succeeded},
                           {QStringLiteral("already_present"), skipped},
                           {QStringLiteral("failed"), failed}});
    else
        terminal.summary(succeeded, skipped, failed);
    return code;
}

} // namespace fleet::cli
