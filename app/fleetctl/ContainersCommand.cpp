// fleetctl containers NODE [--all] : a node's containers. fleetctl stop|start|restart|rm NODE CONTAINER [--force] :
// one container's life. Both through core's NodeContainers, over SSH.
#include "Commands.h"

#include "actions/NodeContainers.h"
#include "actions/RecordJson.h"
#include "util/Format.h"

#include <QCommandLineParser>

namespace fleet::cli {

namespace {

QString uptimeText(const ContainerInfo &c)
{
    const qint64 uptime = c.uptimeSeconds();
    return uptime >= 0 ? formatDuration(uptime) : c.status;
}

ContainerVerb verbOf(const QString &name)
{
    return name == QLatin1String("start") ? ContainerVerb::Start
        : name == QLatin1String("restart") ? ContainerVerb::Restart
        : name == QLatin1String("rm")      ? ContainerVerb::Remove
                                           : ContainerVerb::Stop;
}

} // namespace

int runContainers(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List a node's containers over SSH: name, image, state, health, ports and uptime. Without --all only the "
        "running ones, as `docker ps`."));
    const QCommandLineOption all({QStringLiteral("a"), QStringLiteral("all")},
                                 QStringLiteral("Stopped containers too."));
    parser.addOption(all);
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"),
                                 QStringLiteral("NODE"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 1)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl containers NODE [--all]"));

    ContainerListParams params;
    params.context = context.action();
    params.node = words.first();
    params.all = parser.isSet(all);
    const ContainerListing listing = NodeContainers::list(params);
    if (!listing.ok())
        return context.fail(listing.failure);
    if (context.json) {
        for (const ContainerInfo &c : listing.containers)
            context.printJson(RecordJson::container(c, listing.display));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("node"), listing.display},
                           {QStringLiteral("containers"), int(listing.containers.size())},
                           {QStringLiteral("ok"), true},
                           {QStringLiteral("exit"), ExitOk},
                           {QStringLiteral("failure"), failureKindName(FailureKind::None)}});
        return ExitOk;
    }
    if (listing.containers.isEmpty()) {
        context.say(params.all ? QStringLiteral("%1: no containers").arg(listing.display)
                               : QStringLiteral("%1: no running containers (--all shows stopped ones)")
                                     .arg(listing.display));
        return ExitOk;
    }
    context.say(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(QStringLiteral("NAME"), -24).arg(QStringLiteral("IMAGE"), -28)
                    .arg(QStringLiteral("STATE"), -10).arg(QStringLiteral("HEALTH"), -10)
                    .arg(QStringLiteral("PORTS"), -24).arg(QStringLiteral("UPTIME/STATUS")));
    for (const ContainerInfo &c : listing.containers)
        context.say(QStringLiteral("%1 %2 %3 %4 %5 %6%7").arg(c.name, -24).arg(c.image, -28).arg(c.state, -10)
                        .arg(c.health.isEmpty() ? QStringLiteral("-") : c.health, -10)
                        .arg(c.ports.isEmpty() ? QStringLiteral("-") : c.ports, -24)
                        .arg(uptimeText(c), c.managed ? QStringLiteral("  [fleet]") : QString()));
    return ExitOk;
}

int runContainerAction(CliContext context, const QStringList &args)
{
    const QString verb = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QLatin1String("rm")
            ? QStringLiteral("Remove a container on a node (docker rm). A running one only with --force.")
            : QStringLiteral("%1 a container on a node (docker %2).")
                  .arg(verb == QLatin1String("stop") ? QStringLiteral("Stop")
                       : verb == QLatin1String("start") ? QStringLiteral("Start")
                                                         : QStringLiteral("Restart"),
                       verb));
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")},
                                   QStringLiteral("rm: remove it even while it runs (docker rm -f)."));
    if (verb == QLatin1String("rm"))
        parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"),
                                 QStringLiteral("NODE"));
    parser.addPositionalArgument(QStringLiteral("container"), QStringLiteral("its name or ID"),
                                 QStringLiteral("CONTAINER"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.size() != 2)
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl %1 NODE CONTAINER%2")
                                           .arg(verb, verb == QLatin1String("rm") ? QStringLiteral(" [--force]")
                                                                                  : QString()));
    ContainerActionParams params;
    params.context = context.action();
    params.node = words.at(0);
    params.container = words.at(1);
    params.verb = verbOf(verb);
    params.force = verb == QLatin1String("rm") && parser.isSet(force);
    const ContainerActionResult result = NodeContainers::act(params);
    const int code = exitStatusFor(result.failure.kind);
    if (context.json) {
        context.printJson(RecordJson::containerAction(result));
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("ok"), result.ok()},
                           {QStringLiteral("exit"), code},
                           {QStringLiteral("failure"), failureKindName(result.failure.kind)}});
        return code;
    }
    if (!result.ok())
        return context.fail(result.failure);
    if (params.verb == ContainerVerb::Remove)
        context.say(QStringLiteral("%1: %2 removed").arg(result.display, result.container));
    else if (result.state.isEmpty())
        context.say(QStringLiteral("%1: docker %2 %3 done").arg(result.display, verb, result.container));
    else
        context.say(QStringLiteral("%1: %2 is %3 now").arg(result.display, result.container, result.state));
    return ExitOk;
}

} // namespace fleet::cli
