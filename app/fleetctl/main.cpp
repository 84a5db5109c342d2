// fleetctl: the scriptable face of Fleet Commander. Parses the global options and hands each sub-command to
// its <Name>Command.cpp, which calls core.
#include "CliContext.h"
#include "Commands.h"
#include "FleetVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

using namespace fleet::cli;

namespace {

const Command kCommands[] = {
    {"scan", "scan TARGET...             find nodes: CIDR, host[:port], @ssh-config, @known-hosts, @arp, @inventory",
     runScan},
    {"nodes", "nodes [--state S]          known nodes and their last state, from the history", runNodes},
    {"push", "push IMAGE NODE...          save, transfer, load (and run) an image on nodes over SSH", runPush},
    {"build", "build DIR | --all DIR       build image definitions (Dockerfile + image.json) into the catalog",
     runBuild},
    {"images", "images [--search T]         local images with catalog metadata (display name, category, GPU)",
     runImages},
    {"store", "store list|put|get|rm STORE-URL [IMAGE...]  image archives in dir:, s3:// or registry://", runStore},
    {"stores", "stores [add NAME STORE-URL | remove NAME]  the configured stores, by name", runStores},
    {"prune", "prune NODE... [--yes]      remove images a store holds, and dangling ones, from nodes", runPrune},
    {"containers", "containers NODE [--all]     a node's containers: name, image, state, health, ports, uptime",
     runContainers},
    {"probe", "probe NODE...               what nodes run: docker/podman, sudo, image store, GPU, L4T, free space",
     runProbe},
    {"logs", "logs NODE CONTAINER [--tail N] [--follow]  a container's log, streamed from the node", runLogs},
    {"stop", "stop NODE CONTAINER         stop a container on a node", runContainerAction},
    {"start", "start NODE CONTAINER        start a stopped container on a node", runContainerAction},
    {"restart", "restart NODE CONTAINER      restart a container on a node", runContainerAction},
    {"rm", "rm NODE CONTAINER [--force] remove a container from a node", runContainerAction},
    {"inventory", "inventory [NODE...|@GROUP]  which node holds which image, and the drift (missing, older tags)",
     runInventory},
    {"sync", "sync IMAGE --to GROUP       push IMAGE to the group's nodes that lack it (or: sync IMAGE NODE...)",
     runSync},
    {"groups", "groups                      node groups, their nodes and wanted images", runGroups},
    {"group", "group add|rm GROUP NODE... | want|unwant GROUP IMAGE | suggest [--apply]", runGroup},
    {"sif", "sif inspect|verify FILE …   SIF (Apptainer) images: header and descriptors, integrity and signatures",
     runSif},
    {"history", "history [--job ID] ...     past pushes, newest first (--node, --status, --text; --nodes: per node)",
     runHistory},
    {"trust", "trust NODE [--forget]      record (or forget) a node's host key after showing its fingerprint",
     runTrust},
    {"agent", "agent install|status|remove NODE [--port N]  the Fleet Agent on a node, over SSH", runAgent},
};

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1\n").arg(QString::fromLatin1(c.synopsis));
    text += QStringLiteral("\nRun `fleetctl COMMAND --help` for a command's options.\n"
                           "The common options may also follow the command (fleetctl scan --json …).\n"
                           "@GROUP among the NODE arguments of push, prune, sync and inventory stands for the "
                           "group's nodes.\n"
                           "Exit status: 0 success, 1 failed, 2 usage error, 3 host-key refusal, "
                           "4 cannot reach a required service, 130/143 stopped by SIGINT/SIGTERM.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleet-commander"));
    QCoreApplication::setOrganizationName(QStringLiteral("FleetCommander"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fleet Commander command line: discover nodes, push images over "
                                                    "SSH, read the history."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOptions({help, version});
    CommonOptions::add(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see below)."));

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "fleetctl: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        std::printf("fleetctl %s\n", FLEET_VERSION);
        return ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        std::printf("%s%s", qPrintable(parser.helpText()), qPrintable(commandList()));
        return rest.isEmpty() && !parser.isSet(help) ? ExitUsage : ExitOk;
    }

    CliContext context;
    context.program = QStringLiteral("fleetctl");
    context.dbPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.db");
    context.dockerHost = qEnvironmentVariable("DOCKER_HOST");
    context.knownHosts = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
    context.user = qEnvironmentVariable("USER");
    QString error;
    if (!CommonOptions::apply(parser, context, &error))
        return context.fail(ExitUsage, error);

    for (const Command &c : kCommands)
        if (rest.first() == QLatin1String(c.name))
            return c.run(context, rest);
    return context.fail(ExitUsage, QStringLiteral("unknown command '%1'. Run `fleetctl --help` for the list.")
                                       .arg(rest.first()));
}
