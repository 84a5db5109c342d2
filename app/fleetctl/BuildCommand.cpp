// fleetctl build DIR | --all DIR [--tag TAG] [--build-arg K=V]... [--context-file NAME=PATH]... [--no-cache]
// Builds image definitions in the local Docker Engine and records what was built in the catalog.
#include "Commands.h"

#include "history/HistoryStore.h"
#include "images/BuildDefinition.h"
#include "images/Builder.h"
#include "images/Catalog.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace fleet::cli {

namespace {

std::atomic<Builder *> g_builder{nullptr};

void onInterrupt(int)
{
    if (Builder *builder = g_builder.load())
        builder->cancel(); // an atomic store: safe in a signal handler
}

// "K=V" pairs of a repeated option; false (with the bad one in `bad`) when one has no '='.
bool pairs(const QStringList &values, QMap<QString, QString> *out, QString *bad)
{
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *bad = v;
            return false;
        }
        out->insert(v.left(eq), v.mid(eq + 1));
    }
    return true;
}

} // namespace

int runBuild(const CliContext &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Build an image definition (a folder with Dockerfile and image.json) in the local Docker Engine, or every "
        "definition in a folder with --all, and record each built image in the catalog."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Build every definition under DIR, in turn."));
    const QCommandLineOption tag(QStringLiteral("tag"), QStringLiteral("Tag (1.2.3) or full reference to build "
                                                                       "instead of image.json's version."),
                                 QStringLiteral("TAG"));
    const QCommandLineOption buildArg(QStringLiteral("build-arg"), QStringLiteral("A build argument (repeatable)."),
                                      QStringLiteral("K=V"));
    const QCommandLineOption contextFile(QStringLiteral("context-file"),
                                         QStringLiteral("Add a host file to the context under NAME (repeatable), "
                                                        "e.g. busybox=/bin/busybox."),
                                         QStringLiteral("NAME=PATH"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), QStringLiteral("Do not use cached layers."));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     QStringLiteral("Print the whole build log, not only the steps."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object per line."));
    parser.addOptions({all, tag, buildArg, contextFile, noCache, verbose, json});
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("A definition folder (with --all: a folder "
                                                                       "of them)."));
    if (!parseCommand(parser, global, args))
        return ExitUsage;
    CliContext context = global;
    context.json = global.json || parser.isSet(json);
    if (parser.positionalArguments().size() != 2)
        return context.fail(ExitUsage, QStringLiteral("build takes one DIR (a definition, or with --all a folder of "
                                                      "definitions)"));
    const QString dir = parser.positionalArguments().at(1);
    if (!QFileInfo(dir).isDir())
        return context.fail(ExitUsage, QStringLiteral("%1 is not a folder").arg(dir));

    BuildOptions options;
    options.dockerHost = context.dockerHost;
    options.tag = parser.value(tag);
    options.noCache = parser.isSet(noCache);
    options.policy = CliContext::tagPolicy();
    QString bad;
    if (!pairs(parser.values(buildArg), &options.buildArgs, &bad))
        return context.fail(ExitUsage, QStringLiteral("--build-arg %1: expected KEY=VALUE").arg(bad));
    if (!pairs(parser.values(contextFile), &options.contextFiles, &bad))
        return context.fail(ExitUsage, QStringLiteral("--context-file %1: expected NAME=PATH").arg(bad));

    Builder builder;
    const bool showLog = parser.isSet(verbose);
    QObject::connect(&builder, &Builder::definitionStarted, &builder, [&](const QString &folder, int i, int n) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("start")}, {QStringLiteral("folder"), folder},
                               {QStringLiteral("index"), i}, {QStringLiteral("count"), n}});
        else
            context.say(QStringLiteral("[%1/%2] %3").arg(i).arg(n).arg(folder));
    });
    QObject::connect(&builder, &Builder::stepStarted, &builder, [&](int step, int total, const QString &instruction) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("step")}, {QStringLiteral("step"), step},
                               {QStringLiteral("total"), total}, {QStringLiteral("instruction"), instruction}});
        else if (!showLog)
            context.say(QStringLiteral("  step %1/%2  %3").arg(step).arg(total).arg(instruction.left(100)));
    });
    QObject::connect(&builder, &Builder::logLine, &builder, [&](const QString &line) {
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("log")}, {QStringLiteral("line"), line}});
        else if (showLog)
            context.say(QStringLiteral("  ") + line);
    });

    // Built images go into the catalog; a catalog that cannot be opened costs a warning, not the build.
    HistoryStore store;
    QString catalogProblem;
    const auto record = [&](const BuildResult &result) {
        if (!result.ok())
            return;
        if (!store.isOpen() && catalogProblem.isEmpty() && !store.open(context.dbPath))
            catalogProblem = store.errorString();
        if (catalogProblem.isEmpty() && !Catalog(store.database()).record(result))
            catalogProblem = store.errorString();
        if (!catalogProblem.isEmpty())
            std::fprintf(stderr, "fleetctl: warning: %s was built but not recorded in the catalog %s: %s\n",
                         qPrintable(result.reference), qPrintable(context.dbPath), qPrintable(catalogProblem));
    };
    const auto report = [&](const BuildResult &result) {
        record(result);
        if (context.json) {
            QJsonObject o = result.toJson();
            o.insert(QStringLiteral("type"), QStringLiteral("result"));
            context.printJson(o);
        } else if (result.ok()) {
            context.say(QStringLiteral("built %1  %2  %3 MB, %4 layers, %5 s")
                            .arg(result.reference, result.imageId.mid(7, 12))
                            .arg(double(result.size) / 1e6, 0, 'f', 1)
                            .arg(result.layers)
                            .arg(double(result.durationMs) / 1000.0, 0, 'f', 1));
        } else {
            std::fprintf(stderr, "fleetctl: %s\n", qPrintable(result.error));
            if (!result.logTail.isEmpty() && !showLog)
                std::fprintf(stderr, "  last lines of the build log:\n    %s\n",
                             qPrintable(result.logTail.join(QStringLiteral("\n    "))));
        }
    };
    QObject::connect(&builder, &Builder::finished, &builder, report);

    g_builder.store(&builder);
    struct sigaction action{};
    action.sa_handler = onInterrupt;
    struct sigaction previous{};
    sigaction(SIGINT, &action, &previous);
    const QList<BuildResult> results = parser.isSet(all)
        ? builder.buildAll(dir, options)
        : QList<BuildResult>{builder.build(BuildDefinition::load(dir), options)};
    sigaction(SIGINT, &previous, nullptr);
    g_builder.store(nullptr);

    bool unreachable = false;
    bool failed = false;
    for (const BuildResult &r : results) {
        unreachable = unreachable || r.daemonUnreachable;
        failed = failed || !r.ok();
    }
    if (parser.isSet(all)) {
        if (context.json) {
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("summary")},
                          {QStringLiteral("definitions"), int(results.size())}};
            for (const BuildResult &r : results)
                o.insert(BuildResult::statusName(r.status), o.value(BuildResult::statusName(r.status)).toInt() + 1);
            context.printJson(o);
        } else {
            context.say(BuildResult::summary(results));
        }
        if (results.isEmpty())
            return context.fail(ExitFailed, QStringLiteral("no definitions in %1: each needs a subfolder with a "
                                                           "Dockerfile and image.json").arg(dir));
    }
    return unreachable ? ExitUnreachable : failed ? ExitFailed : ExitOk;
}

} // namespace fleet::cli
