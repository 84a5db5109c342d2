// fleetctl sif scan|list|validate|sync|cache : the Apptainer registry (images/<partition>/*.sif), its job
// templates and node caches, through core/sif. `inspect` and `verify` (one file) are SifCommand.cpp's.
#include "Commands.h"
#include "PushWait.h"
#include "SignalCancel.h"
#include "TerminalProgress.h"

#include "actions/RecordJson.h"
#include "history/HistoryStore.h"
#include "sif/SifCache.h"
#include "sif/SifRegistry.h"
#include "sif/SifTemplate.h"
#include "transfer/JobRunner.h"
#include "util/Format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace fleet::cli {

namespace {

// --registry, --partitions and --keyring: every registry command takes them; defaults from the settings.
struct RegistryOptions
{
    QCommandLineOption registry{QStringLiteral("registry"),
                                QStringLiteral("The registry folder (images/<partition>/*.sif). Default: the "
                                               "sif/registry setting."),
                                QStringLiteral("DIR")};
    QCommandLineOption partitions{QStringLiteral("partitions"),
                                  QStringLiteral("The registry's partitions, comma-separated. Default: the "
                                                 "sif/partitions setting (compute,viz,shared)."),
                                  QStringLiteral("LIST")};
    QCommandLineOption keyring{QStringLiteral("keyring"),
                               QStringLiteral("OpenPGP public keys to check signatures with. Default: the "
                                              "sif/keyring setting (none: integrity only)."),
                               QStringLiteral("FILE")};

    void add(QCommandLineParser &parser) const
    {
        parser.addOption(registry);
        parser.addOption(partitions);
        parser.addOption(keyring);
    }

    // The registry the options name; a usage failure when none is set.
    std::optional<SifRegistry> open(const CliContext &context, const QCommandLineParser &parser,
                                    Failure *failure) const
    {
        const FleetSettings &settings = context.action().settings;
        const QString root = parser.isSet(registry) ? parser.value(registry) : settings.sifRegistry;
        if (root.isEmpty()) {
            *failure = Failure::make(FailureKind::Usage, QStringLiteral("No registry was given: name it with "
                                                                        "--registry DIR (or set sif/registry)."));
            return std::nullopt;
        }
        QStringList names = settings.sifPartitions;
        if (parser.isSet(partitions))
            names = parser.value(partitions).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &name : names)
            name = name.trimmed();
        SifRegistry r(root, names);
        r.setKeyring(parser.isSet(keyring) ? parser.value(keyring) : settings.sifKeyring);
        *failure = r.check();
        if (!failure->ok())
            return std::nullopt;
        return r;
    }
};

void printResult(const CliContext &context, int code, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("type"), QStringLiteral("result"));
    extra.insert(QStringLiteral("ok"), code == ExitOk);
    extra.insert(QStringLiteral("exit"), code);
    context.printJson(extra);
}

QString signedText(const SifRegistryImage &image)
{
    if (!image.facts.isSigned)
        return QStringLiteral("unsigned");
    return image.facts.verified ? QStringLiteral("verified") : image.facts.intact ? QStringLiteral("signed")
                                                                                  : QStringLiteral("BAD");
}

void sayImage(const CliContext &context, const SifRegistryImage &image)
{
    if (!image.valid()) {
        context.say(QStringLiteral("%1 %2 FLAGGED %3: %4").arg(image.partition, -10).arg(image.name, -32)
                        .arg(sifFlagName(image.flag), image.reason));
        return;
    }
    context.say(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(image.partition, -10).arg(image.name, -32)
                    .arg(image.facts.arch, -8).arg(formatBytes(image.size), 10).arg(signedText(image), -9)
                    .arg(image.sha256.left(12)));
}

int scanOrList(CliContext context, const QStringList &args, bool list)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(list
        ? QStringLiteral("List the registry's images (a scan: only files that exist; flagged ones are marked).")
        : QStringLiteral("Scan the registry by partition: count its images, hash new or changed files (sha256 "
                         "cached by size and mtime), read their SIF facts, flag corrupt and vanished files."));
    RegistryOptions options;
    options.add(parser);
    const QCommandLineOption partition({QStringLiteral("p"), QStringLiteral("partition")},
                                       QStringLiteral("Only this partition."), QStringLiteral("P"));
    parser.addOption(partition);
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif %1 --registry DIR [--partition P]")
                                           .arg(list ? QStringLiteral("list") : QStringLiteral("scan")));
    Failure failure;
    const std::optional<SifRegistry> registry = options.open(context, parser, &failure);
    if (!registry)
        return context.fail(failure);
    SignalCancel signalCancel({}, SignalCancel::Delivery::Thread);
    const QStringList only = parser.isSet(partition) ? QStringList{parser.value(partition)} : QStringList{};
    const SifScanResult scan = registry->scan(only, signalCancel.flag());
    if (!scan.ok())
        return signalCancel.received() ? signalCancel.exitStatus() : context.fail(scan.failure);
    for (const QString &warning : scan.warnings)
        context.warn(warning);
    if (context.json) {
        if (list)
            for (const SifRegistryImage &image : scan.images)
                context.printJson(RecordJson::sifRegistryImage(image));
        context.printJson(RecordJson::sifScan(scan));
        printResult(context, ExitOk);
        return ExitOk;
    }
    if (list) {
        for (const SifRegistryImage &image : scan.images)
            sayImage(context, image);
        if (scan.images.isEmpty())
            context.say(QStringLiteral("no images in %1").arg(scan.root));
        return ExitOk;
    }
    QStringList counts;
    for (const QString &p : scan.partitions)
        counts << QStringLiteral("%1 %2").arg(p).arg(scan.counts.value(p));
    context.say(QStringLiteral("%1: %2 (hashed %3, unchanged %4)").arg(scan.root, counts.join(QStringLiteral(", ")))
                    .arg(scan.hashed).arg(scan.reused));
    for (const SifRegistryImage &image : scan.flagged())
        context.say(QStringLiteral("  flagged %1/%2 (%3): %4").arg(image.partition, image.name,
                                                                   sifFlagName(image.flag), image.reason));
    for (const SifRegistryImage &image : scan.missing)
        context.say(QStringLiteral("  missing %1/%2: gone since the last scan").arg(image.partition, image.name));
    return ExitOk;
}

} // namespace

int runSifScan(CliContext context, const QStringList &args)
{
    return scanOrList(std::move(context), args, false);
}

int runSifList(CliContext context, const QStringList &args)
{
    return scanOrList(std::move(context), args, true);
}

int runSifValidate(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check that a job template's image exists (valid, not flagged) in the registry. TEMPLATE is a template "
        "file, or the id of one in the registry's templates/ folder. Exit 1 when it does not."));
    RegistryOptions options;
    options.add(parser);
    parser.addPositionalArgument(QStringLiteral("template"), QStringLiteral("a template file or id"),
                                 QStringLiteral("TEMPLATE"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif validate TEMPLATE --registry DIR"));
    Failure failure;
    const std::optional<SifRegistry> registry = options.open(context, parser, &failure);
    if (!registry)
        return context.fail(failure);
    QString path = words.first();
    if (!QFileInfo(path).isFile())
        path = registry->templatesDir() + QLatin1Char('/') + words.first() + QStringLiteral(".json");
    QString error;
    const std::optional<SifTemplate> t = SifTemplate::load(path, &error);
    if (!t)
        return context.fail(ExitUsage, QFileInfo(words.first()).exists() || QFileInfo(path).exists()
                                           ? error
                                           : QStringLiteral("%1: no such template file, and no %2").arg(words.first(),
                                                                                                       path));
    const SifScanResult scan = registry->scan();
    if (!scan.ok())
        return context.fail(scan.failure);
    const SifTemplateValidation v = SifTemplateValidation::validate(*t, scan);
    const int code = v.valid ? ExitOk : ExitFailed;
    if (context.json) {
        context.printJson(RecordJson::sifTemplateValidation(v));
        printResult(context, code);
        return code;
    }
    if (v.valid)
        context.say(QStringLiteral("%1: valid — %2 (%3)").arg(v.templateId, v.message, v.imagePath));
    else
        context.say(QStringLiteral("%1: INVALID — %2. Available: %3").arg(v.templateId, v.message,
                                                                           v.availableImages.isEmpty()
                                                                               ? QStringLiteral("none")
                                                                               : v.availableImages.join(", ")));
    return code;
}

int runSifSync(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy registry images into nodes' Apptainer caches over SSH: skipped where the node holds the same "
        "sha256, resumed after a cut, verified by sha256 on the node, renamed into place. IMAGE is a file name or "
        "id of --partition (default: the partition that holds it); --all-images syncs the whole partition."));
    RegistryOptions options;
    options.add(parser);
    const QCommandLineOption partition({QStringLiteral("p"), QStringLiteral("partition")},
                                       QStringLiteral("The partition the images are in."), QStringLiteral("P"));
    const QCommandLineOption all(QStringLiteral("all-images"), QStringLiteral("Every image of --partition."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("The cache folder on the nodes. Default: sif/caches for the "
                                                  "partition, else sif/cache (/scratch/apptainer)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Jobs at once (default 4)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption retries(QStringLiteral("retries"),
                                     QStringLiteral("Reconnect-and-resume attempts after a cut (default 2)."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({partition, all, cache, parallel, retries});
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("a .sif of the registry"),
                                 QStringLiteral("IMAGE"));
    parser.addPositionalArgument(QStringLiteral("nodes"), QStringLiteral("host, host:port or user@host"),
                                 QStringLiteral("NODE..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    QStringList words = parser.positionalArguments().mid(1);
    const bool whole = parser.isSet(all);
    if (words.size() < (whole ? 1 : 2) || (whole && !parser.isSet(partition)))
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif sync IMAGE NODE... | --partition P "
                                                      "--all-images NODE... --registry DIR [--cache DIR]"));
    int parallelJobs = 4, retryCount = 2;
    if (!intOption(context, parser, parallel, 1, 64, &parallelJobs) || !intOption(context, parser, retries, 0, 10,
                                                                                  &retryCount))
        return ExitUsage;
    Failure failure;
    const std::optional<SifRegistry> registry = options.open(context, parser, &failure);
    if (!registry)
        return context.fail(failure);

    SifSyncRequest request;
    request.registryRoot = registry->root();
    request.partitions = registry->partitions();
    if (!whole)
        request.images = {words.takeFirst()};
    request.nodes = words;
    request.parallel = parallelJobs;
    request.retries = retryCount;
    request.partition = parser.value(partition);
    if (request.partition.isEmpty()) {
        // The partition whose folder holds the file (no hashing: a directory lookup).
        const QString file = SifRegistry::normalizedName(request.images.first());
        for (const QString &p : registry->partitions())
            if (QFileInfo(registry->imagesDir(p) + QLatin1Char('/') + file).isFile()) {
                request.partition = p;
                break;
            }
        if (request.partition.isEmpty())
            return context.fail(ExitFailed, QStringLiteral("%1 is in no partition of %2 (%3). `fleetctl sif list "
                                                           "--registry %2` shows what is there.")
                                                .arg(file, registry->root(),
                                                     registry->partitions().join(QStringLiteral(", "))));
    }
    const FleetSettings settings = context.action().settings;
    request.cacheDir = parser.isSet(cache) ? parser.value(cache) : settings.sifCacheFor(request.partition);
    if (const QString problem = JobRunner::validate(request); !problem.isEmpty())
        return context.fail(ExitUsage, problem);
    {
        // Every job lands in the history: refuse to start when it cannot be written, rather than lose records.
        HistoryStore history;
        if (!history.open(context.dbPath))
            return context.fail(ExitUnreachable, history.errorString());
    }
    JobRunner::Settings runnerSettings;
    runnerSettings.dbPath = context.dbPath;
    runnerSettings.ssh = context.sshOptions();
    runnerSettings.sshUser = context.user;
    runnerSettings.maxParallel = parallelJobs;
    JobRunner runner(runnerSettings);
    TerminalProgress terminal(context.json);
    QList<JobUpdate> finished;
    bool refused = false;
    const int code = runJobs(context, runner, terminal, [&] { return runner.submitSif(request); }, &finished,
                             &refused);
    if (refused)
        return code;
    int synced = 0, current = 0, failed = 0;
    for (const JobUpdate &job : std::as_const(finished)) {
        synced += job.state == JobState::Succeeded;
        current += job.state == JobState::Skipped;
        failed += job.state == JobState::Failed || job.state == JobState::Cancelled;
    }
    if (context.json)
        printResult(context, code, {{QStringLiteral("synced"), synced}, {QStringLiteral("current"), current},
                                    {QStringLiteral("failed"), failed}, {QStringLiteral("cache"), request.cacheDir}});
    else
        context.say(QStringLiteral("%1 synced, %2 already current, %3 failed (cache %4)").arg(synced).arg(current)
                        .arg(failed).arg(request.cacheDir));
    return code;
}

int runSifCache(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A node's Apptainer cache compared with the registry: each CACHE/*.sif current (same sha256 as the "
        "registry's image of that name), stale (not in the registry, or different) or unknown. --remove-stale "
        "deletes the stale ones."));
    RegistryOptions options;
    options.add(parser);
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("The cache folder on the node (default: sif/cache)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption remove(QStringLiteral("remove-stale"), QStringLiteral("Remove the stale copies."));
    parser.addOptions({cache, remove});
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"),
                                 QStringLiteral("NODE"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sif cache NODE --registry DIR [--cache DIR] "
                                                      "[--remove-stale]"));
    Failure failure;
    const std::optional<SifRegistry> registry = options.open(context, parser, &failure);
    if (!registry)
        return context.fail(failure);
    SifCacheParams params;
    params.context = context.action();
    params.node = words.first();
    params.cacheDir = parser.isSet(cache) ? parser.value(cache) : params.context.settings.sifCache;
    QString why;
    if (!SifSyncRequest::isValidCacheDir(params.cacheDir, &why))
        return context.fail(ExitUsage, why);
    params.removeStale = parser.isSet(remove);
    const SifScanResult scan = registry->scan();
    if (!scan.ok())
        return context.fail(scan.failure);
    params.registry = scan.images;
    const SifCacheListing listing = SifCache::list(params);
    if (!listing.ok())
        return context.fail(listing.failure);
    int stale = 0, removed = 0;
    for (const SifCacheEntry &e : listing.entries) {
        stale += e.status == SifCacheEntry::Status::Stale;
        removed += e.removed;
    }
    if (context.json) {
        for (const SifCacheEntry &e : listing.entries)
            context.printJson(RecordJson::sifCacheEntry(e, listing.display, listing.cacheDir));
        printResult(context, ExitOk, {{QStringLiteral("node"), listing.display},
                                      {QStringLiteral("cache"), listing.cacheDir},
                                      {QStringLiteral("cache_exists"), listing.cacheExists},
                                      {QStringLiteral("entries"), int(listing.entries.size())},
                                      {QStringLiteral("stale"), stale},
                                      {QStringLiteral("removed"), removed}});
        return ExitOk;
    }
    if (!listing.cacheExists) {
        context.say(QStringLiteral("%1: no cache at %2 (nothing synced yet)").arg(listing.display, listing.cacheDir));
        return ExitOk;
    }
    for (const SifCacheEntry &e : listing.entries)
        context.say(QStringLiteral("%1 %2 %3 %4%5").arg(sifCacheStatusName(e.status), -8).arg(e.name, -32)
                        .arg(formatBytes(e.size), 10).arg(e.reason, e.removed ? QStringLiteral(" (removed)")
                                                                               : QString()));
    context.say(QStringLiteral("%1:%2: %3 image(s), %4 stale%5").arg(listing.display, listing.cacheDir)
                    .arg(listing.entries.size()).arg(stale)
                    .arg(removed ? QStringLiteral(", %1 removed").arg(removed) : QString()));
    return ExitOk;
}

} // namespace fleet::cli
