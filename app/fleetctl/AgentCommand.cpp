// fleetctl agent install|status|remove NODE [--port N] [--bind ADDR] [--dir DIR] [--agent-bin FILE]
#include "Commands.h"

#include "actions/AgentLifecycle.h"
#include "actions/RecordJson.h"

#include <QCommandLineParser>

namespace fleet::cli {

namespace {

QJsonObject toJson(const AgentOutcome &outcome)
{
    const BootstrapResult &result = outcome.bootstrap;
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("ok"), outcome.ok()},
                       {QStringLiteral("action"), result.action},
                       {QStringLiteral("message"), outcome.message},
                       {QStringLiteral("dir"), result.installDir},
                       {QStringLiteral("arch"), result.arch},
                       {QStringLiteral("service"), result.service},
                       {QStringLiteral("version"), result.agentVersion},
                       {QStringLiteral("reference"), result.reference},
                       {QStringLiteral("state"), nodeStateName(outcome.node.state)},
                       {QStringLiteral("node"), RecordJson::node(outcome.node)}};
    if (!result.fingerprint.isEmpty())
        object.insert(QStringLiteral("fingerprint"), result.fingerprint);
    if (result.pid > 0)
        object.insert(QStringLiteral("pid"), double(result.pid));
    if (!outcome.hello.isEmpty())
        object.insert(QStringLiteral("hello"), outcome.hello);
    if (!outcome.reason.isEmpty())
        object.insert(QStringLiteral("reason"), outcome.reason);
    if (!outcome.probe.node.isEmpty())
        object.insert(QStringLiteral("probe"), RecordJson::nodeProbe(outcome.probe)); // the bootstrap probe
    return object;
}

QString describe(const AgentOutcome &outcome, const QString &where)
{
    const Node &node = outcome.node;
    if (outcome.hello.isEmpty())
        return QStringLiteral("%1: %2%3").arg(where, nodeStateName(node.state),
                                              outcome.reason.isEmpty() ? QString()
                                                                       : QStringLiteral(" (") + outcome.reason + u')');
    return QStringLiteral("%1: %2 — %3, %4, %5, %6 CPUs, %7 MiB memory, %8 MiB free disk, docker %9")
        .arg(where, nodeStateName(node.state), node.hostName, node.os, node.arch)
        .arg(node.facts.cpuCount)
        .arg(node.facts.memTotal >> 20)
        .arg(node.facts.diskFree >> 20)
        .arg(node.facts.dockerAvailable ? QStringLiteral("available") : QStringLiteral("unavailable"));
}

} // namespace

int runAgent(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Install, check or remove the Fleet Agent on a node over SSH; "
                                                    "what it learns is recorded in the history."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Agent port (default: the setting "
                                                                         "agent/port, else 7780)."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address the agent listens on (default: the node address used)."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Install directory on the node (default: $FLEET_AGENT_HOME, "
                                                "/opt/fleet-agent for root, ~/.fleet-agent otherwise)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption agentBin(QStringLiteral("agent-bin"),
                                      QStringLiteral("fleet-agent binary to upload (default: $FLEET_AGENT_BIN or "
                                                     "the one next to fleetctl)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({port, bind, dir, agentBin});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("install, status or remove"));
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("host, host:port or user@host"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QStringList actions{QStringLiteral("install"), QStringLiteral("status"), QStringLiteral("remove")};
    if (positional.size() != 3 || !actions.contains(positional.at(1)))
        return context.fail(ExitUsage, QStringLiteral("usage: agent install|status|remove NODE [--port N]"));

    AgentParams params;
    params.context = context.action();
    params.node = positional.at(2);
    int portValue = params.context.settings.agentPort;
    if (parser.isSet(port) && !intOption(context, parser, port, 1, 65535, &portValue))
        return ExitUsage;
    params.bootstrap.port = quint16(portValue);
    params.bootstrap.bind = parser.value(bind);
    params.bootstrap.installDir = parser.value(dir);
    params.bootstrap.agentBinary = parser.value(agentBin);

    const QString action = positional.at(1);
    const AgentOutcome outcome = action == QLatin1String("install") ? AgentLifecycle::install(params)
        : action == QLatin1String("remove")                         ? AgentLifecycle::remove(params)
                                                                    : AgentLifecycle::status(params);
    for (const QString &warning : outcome.warnings)
        context.warn(warning);
    if (!outcome.bootstrap.ok)
        return context.fail(outcome.failure); // SSH, or the node refused: cause and fix in the message
    if (context.json) {
        context.printJson(toJson(outcome));
    } else {
        context.say(outcome.message);
        if (action == QLatin1String("status"))
            context.say(describe(outcome, context.target(params.node).display()));
    }
    return exitStatusFor(outcome.failure.kind);
}

} // namespace fleet::cli
