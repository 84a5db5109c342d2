// fleetctl build DIR | --all DIR [--tag TAG] [--build-arg K=V]... [--context-file NAME=PATH]... [--no-cache]
// Builds image definitions in the local Docker Engine and records what was built in the catalog.
#include "Commands.h"

#include "SignalCancel.h"
#include "actions/ImageBuild.h"
#include "images/BuildDefinition.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cstdio>

namespace fleet::cli {

namespace {

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

int runBuild(CliContext context, const QStringList &args)
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
    parser.addOptions({all, tag, buildArg, contextFile, noCache, verbose});
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("A definition folder (with --all: a folder "
                                                                       "of them)."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 2)
        return context.fail(ExitUsage, QStringLiteral("build takes one DIR (a definition, or with --all a folder of "
                                                      "definitions)"));
    const QString dir = parser.positionalArguments().at(1);
    BuildParams params;
    params.folder = dir;
    params.scope = parser.isSet(all) ? BuildParams::Scope::All : BuildParams::Scope::Single;
    params.dbPath = context.dbPath;
    if (const Failure problem = ImageBuild::check(params); !problem.ok())
        return context.fail(problem);
    BuildOptions &options = params.options;
    options.dockerHost = context.dockerHost;
    options.tag = parser.value(tag);
    options.noCache = parser.isSet(noCache);
    options.policy = FleetSettings::load().tagPolicy;
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

    const auto report = [&](const BuildResult &result) {
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

    // The build blocks this thread: the signal reaches Builder::cancel (an atomic store) from a watcher thread.
    SignalCancel interrupt([&builder] { builder.cancel(); }, SignalCancel::Delivery::Thread);
    const BuildOutcome outcome = ImageBuild::run(builder, params);
    const QList<BuildResult> &results = outcome.results;
    if (!outcome.catalogProblem.isEmpty())
        context.warn(QStringLiteral("built, but not recorded in the catalog %1: %2")
                         .arg(context.dbPath, outcome.catalogProblem));

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
    if (interrupt.received())
        return interrupt.exitStatus();
    return exitStatusFor(outcome.failure.kind);
}

} // namespace fleet::cli
