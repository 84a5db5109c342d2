// fleetctl store list|put|get|rm STORE-URL [IMAGE...]   and   store login|logout STORE-URL
// put STORE-URL IMAGE --name NAME keeps the archive as NAME; get and rm take names as well as references.
// STORE-URL: dir:/path | s3://bucket/prefix?endpoint=http://host:port&region=R | registry://host:port
#include "Commands.h"
#include "SignalCancel.h"

#include "actions/FleetSettings.h"
#include "actions/RecordJson.h"
#include "actions/StoreActions.h"
#include "actions/StoreJob.h"
#include "agent/SecretStore.h"
#include "history/HistoryStore.h"
#include "images/stores/ImageStore.h"
#include "transfer/JobRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace fleet::cli {

namespace {

QString humanSize(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("?") : QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QJsonObject archiveJson(const StoredArchive &archive, const QString &type)
{
    QJsonObject o = archive.toJson();
    o.insert(QStringLiteral("type"), type);
    return o;
}

// One line of text from stdin; `hidden` turns the terminal's echo off (for secrets).
QByteArray readLine(const char *prompt, bool hidden)
{
    const bool tty = isatty(STDIN_FILENO);
    if (tty)
        std::fprintf(stderr, "%s", prompt);
    termios saved{};
    if (tty && hidden && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty && hidden) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return QByteArray::fromStdString(line).trimmed();
}

int login(const CliContext &context, const StoreLocation &location, bool forget)
{
    SecretStore secrets;
    QString error;
    if (forget) {
        if (!StoreCredentials::forget(location, secrets, &error))
            return context.fail(ExitFailed, QStringLiteral("forgetting the credentials of %1 failed: %2")
                                                .arg(location.text, error));
    } else {
        // From stdin, never from arguments: arguments are visible to every user in the process list.
        StoreCredentials credentials;
        credentials.user = readLine(location.kind == StoreLocation::Kind::S3 ? "Access key id: " : "User name: ", false);
        credentials.secret = readLine(location.kind == StoreLocation::Kind::S3 ? "Secret access key: " : "Password: ",
                                      true);
        if (!StoreCredentials::save(location, secrets, credentials, &error))
            return context.fail(ExitFailed, QStringLiteral("saving the credentials of %1 failed: %2")
                                                .arg(location.text, error));
    }
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), true},
                           {QStringLiteral("exit"), ExitOk}});
    else
        context.say(forget ? QStringLiteral("Forgot the credentials of %1.").arg(location.text)
                           : QStringLiteral("Saved the credentials of %1 in the %2.")
                                 .arg(location.text, secrets.lastBackend() == SecretStore::Backend::Keychain
                                                         ? QStringLiteral("keychain")
                                                         : QStringLiteral("file ") + secrets.filePath()));
    return ExitOk;
}

// The listing is core's StoreActions::list, as the library's store tabs have it.
int list(const CliContext &context, const StoreLocation &location)
{
    const SignalCancel interrupt;
    StoreActionParams params;
    params.storeUrl = location.text;
    params.policy = FleetSettings::load().tagPolicy;
    params.cancel = interrupt.flag();
    const StoreListing listing = StoreActions::list(params);
    if (!listing.failure.ok())
        return context.fail(listing.failure);
    const QList<StoredArchive> *archives = &listing.archives;
    if (context.json) {
        for (const StoredArchive &a : *archives)
            context.printJson(archiveJson(a, QStringLiteral("archive")));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), true},
                           {QStringLiteral("exit"), ExitOk}, {QStringLiteral("count"), int(archives->size())}});
        return ExitOk;
    }
    context.say(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(QStringLiteral("NAME"), -36).arg(QStringLiteral("TAG"), -14)
                    .arg(QStringLiteral("ARCHIVE"), -24).arg(QStringLiteral("SIZE"), 10)
                    .arg(QStringLiteral("SHA256"), -14).arg(QStringLiteral("STORED")));
    for (const StoredArchive &a : *archives)
        context.say(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(a.name, -36).arg(a.tag, -14)
                        .arg(a.archive.isEmpty() ? QStringLiteral("-") : a.archive, -24).arg(humanSize(a.size), 10)
                        .arg(a.sha256.isEmpty() ? QStringLiteral("(unverified)") : a.sha256.left(12), -14)
                        .arg(a.created.isValid() ? a.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + "Z"
                                                 : QStringLiteral("?")));
    context.say(QStringLiteral("%1 archive(s) in %2").arg(archives->size()).arg(listing.location));
    return ExitOk;
}

// put, get and rm are jobs (Jobs panel, history) like a push: one per image, one after another.
int runStoreJobs(const CliContext &context, const QString &action, const StoreLocation &location,
                 const QStringList &images, const QString &archiveName, qint64 partSize)
{
    StoreRequest request;
    request.action = action == QLatin1String("put")   ? JobAction::StorePut
                     : action == QLatin1String("get") ? JobAction::StoreGet
                                                      : JobAction::StoreRemove;
    request.storeUrl = location.text;
    request.images = images;
    request.archiveName = archiveName;
    request.partSize = partSize;
    if (const QString problem = JobRunner::validate(request); !problem.isEmpty())
        return context.fail(ExitUsage, problem);
    {
        // Every job lands in the history: refuse to start when it cannot be written, rather than lose records.
        HistoryStore history;
        if (!history.open(context.dbPath))
            return context.fail(ExitUnreachable, history.errorString());
    }
    JobRunner::Settings settings;
    settings.dbPath = context.dbPath;
    settings.dockerHost = context.dockerHost;
    settings.tagPolicy = FleetSettings::load().tagPolicy;
    JobRunner runner(settings);
    SignalCancel signalCancel([&runner] { runner.cancelAll(); });
    QList<JobUpdate> finished;
    QElapsedTimer throttle;
    throttle.start();
    QObject::connect(&runner, &JobRunner::jobChanged, &runner, [&](const JobUpdate &job) {
        if (throttle.elapsed() < 500)
            return;
        throttle.restart();
        const StageRecord &stage = job.stageRecord(job.stage);
        if (context.json)
            context.printJson(RecordJson::typed(QStringLiteral("progress"), RecordJson::job(job)));
        else if (isatty(STDERR_FILENO))
            std::fprintf(stderr, "\r  %s %s %s / %s   ", qPrintable(job.image), qPrintable(stageName(job.stage)),
                         qPrintable(humanSize(stage.progress.done)), qPrintable(humanSize(stage.progress.total)));
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &runner, [&](const JobUpdate &job) {
        finished << job;
        if (!context.json && isatty(STDERR_FILENO))
            std::fprintf(stderr, "\r\033[K");
        if (job.state != JobState::Succeeded) {
            context.fail(Failure::make(job.failure, job.message));
            if (job.failure == FailureKind::Cancelled || job.failure == FailureKind::Unreachable)
                runner.cancelAll(); // the others would fail the same way
            return;
        }
        const double seconds = double(job.stageRecord(StoreJob::stagesOf(job.action).constFirst()).progress.elapsedMs)
                               / 1000.0;
        const QString verb = job.action == JobAction::StorePut   ? QStringLiteral("stored")
                             : job.action == JobAction::StoreGet ? QStringLiteral("loaded")
                                                                 : QStringLiteral("removed");
        if (context.json) {
            QJsonObject o = job.stored ? archiveJson(*job.stored, verb)
                                       : QJsonObject{{QStringLiteral("type"), verb},
                                                     {ImageStore::namesArchive(job.image) ? QStringLiteral("archive")
                                                                                          : QStringLiteral("reference"),
                                                      job.image}};
            o.insert(QStringLiteral("ms"), qRound64(seconds * 1000));
            o.insert(QStringLiteral("job"), job.historyId);
            context.printJson(o);
        } else {
            const QString what = !job.stored || job.stored->archive.isEmpty()
                ? job.image : QStringLiteral("%1 as %2").arg(job.stored->reference, job.stored->archive);
            context.say(job.stored ? QStringLiteral("%1 %2 in %3 (%4, sha256 %5, %6 s)")
                                         .arg(verb, what, location.text, humanSize(job.stored->size),
                                              job.stored->sha256.left(12)).arg(seconds, 0, 'f', 1)
                                   : QStringLiteral("%1 %2 (%3, %4 s)").arg(verb, job.image, location.text)
                                         .arg(seconds, 0, 'f', 1));
        }
    });
    QObject::connect(&runner, &JobRunner::allFinished, &runner, [] { QCoreApplication::quit(); });
    if (runner.submitStore(request).isEmpty())
        return context.fail(ExitUsage, QStringLiteral("the request was refused"));
    QCoreApplication::exec();

    int code = ExitOk, done = 0;
    for (const JobUpdate &job : std::as_const(finished)) {
        if (job.state == JobState::Succeeded) {
            ++done;
            continue;
        }
        const int status = qMax(int(ExitFailed), exitStatusFor(job.failure));
        code = (code == ExitOk || status == ExitUnreachable) ? status : code;
    }
    if (signalCancel.received())
        code = signalCancel.exitStatus();
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), code == ExitOk},
                           {QStringLiteral("exit"), code}, {QStringLiteral("done"), done},
                           {QStringLiteral("failed"), int(images.size()) - done}});
    return code;
}

} // namespace

int runStore(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Keep image archives in a store and move images between it and the local Docker Engine.\n"
        "  list STORE-URL                   what the store holds\n"
        "  put STORE-URL IMAGE...           save images of the local engine into the store\n"
        "  put STORE-URL IMAGE --name NAME  the same, kept as the archive NAME (folder and S3 stores)\n"
        "  get STORE-URL NAME-OR-IMAGE...   load images from the store (checksums checked first)\n"
        "  rm STORE-URL NAME-OR-IMAGE...    remove archives from the store\n"
        "  login|logout STORE-URL           save (from stdin) or forget an S3 key / registry login\n"
        "A word with ':', '/' or '@' is an image reference (IMAGE:TAG), one without is an archive name.\n"
        "STORE-URL: dir:/path | s3://bucket/prefix?endpoint=http://host:9000&region=us-east-1 | "
        "registry://host:port\n"
        "S3 credentials: AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, else `store login`. Registry: "
        "FLEET_REGISTRY_USERNAME + FLEET_REGISTRY_PASSWORD, else `store login`."));
    const QCommandLineOption partSize(QStringLiteral("part-size-mb"), QStringLiteral("S3 multipart part size (>= 5)."),
                                      QStringLiteral("MB"), QStringLiteral("8"));
    parser.addOption(partSize);
    const QCommandLineOption archiveName(QStringLiteral("name"),
                                         QStringLiteral("put: keep the archive of the one IMAGE as NAME (letters, "
                                                        "digits, '.', '_', '-'); get, rm and push --from find it by "
                                                        "NAME."),
                                         QStringLiteral("NAME"));
    parser.addOption(archiveName);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, put, get, rm, login or logout."));
    parser.addPositionalArgument(QStringLiteral("store"), QStringLiteral("STORE-URL"));
    parser.addPositionalArgument(QStringLiteral("images"), QStringLiteral("Tagged image references (get, rm: or "
                                                                          "archive names)."),
                                 QStringLiteral("[NAME-OR-IMAGE...]"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("put"), QStringLiteral("get"),
                              QStringLiteral("rm"), QStringLiteral("login"), QStringLiteral("logout")};
    if (positional.size() < 2 || !actions.contains(positional.first()))
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl store list|put|get|rm|login|logout STORE-URL "
                                                      "[IMAGE...] (fleetctl store --help)"));
    const QString action = positional.at(0);
    const QStringList images = positional.mid(2);
    const bool needsImages = action == QLatin1String("put") || action == QLatin1String("get")
                             || action == QLatin1String("rm");
    if (needsImages != !images.isEmpty())
        return context.fail(ExitUsage, needsImages ? QStringLiteral("store %1 needs at least one IMAGE").arg(action)
                                                   : QStringLiteral("store %1 takes no IMAGE").arg(action));
    if (parser.isSet(archiveName) && (action != QLatin1String("put") || images.size() != 1))
        return context.fail(ExitUsage, action != QLatin1String("put")
                                           ? QStringLiteral("--name is for store put; get and rm take the NAME itself")
                                           : QStringLiteral("--name names one archive: give a single IMAGE"));
    QString error;
    const std::optional<StoreLocation> location = StoreLocation::parse(positional.at(1), &error);
    if (!location)
        return context.fail(ExitUsage, error);
    if (action == QLatin1String("login") || action == QLatin1String("logout")) {
        if (location->kind == StoreLocation::Kind::Folder)
            return context.fail(ExitUsage, QStringLiteral("a folder store needs no login"));
        return login(context, *location, action == QLatin1String("logout"));
    }

    if (action == QLatin1String("list"))
        return list(context, *location);
    return runStoreJobs(context, action, *location, images, parser.value(archiveName),
                        parser.value(partSize).toLongLong() << 20);
}

} // namespace fleet::cli
