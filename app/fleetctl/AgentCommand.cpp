// fleetctl agent install|status|remove NODE [--port N] [--bind ADDR] [--dir DIR] [--agent-bin FILE]
#include "Commands.h"

#include "agent/AgentClient.h"
#include "agent/Bootstrap.h"
#include "agent/SecretStore.h"
#include "ssh/SshSession.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace fleet::cli {

namespace {

QJsonObject toJson(const BootstrapResult &result)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("ok"), result.ok},
                       {QStringLiteral("action"), result.action},
                       {QStringLiteral("message"), result.message},
                       {QStringLiteral("dir"), result.installDir},
                       {QStringLiteral("arch"), result.arch},
                       {QStringLiteral("service"), result.service},
                       {QStringLiteral("version"), result.agentVersion},
                       {QStringLiteral("reference"), result.reference}};
    if (!result.fingerprint.isEmpty())
        object.insert(QStringLiteral("fingerprint"), result.fingerprint);
    if (result.pid > 0)
        object.insert(QStringLiteral("pid"), double(result.pid));
    return object;
}

// The agent's own answer, with the secret this workstation recorded at install time.
QString agentState(const SshTarget &target, quint16 port, SecretStore &secrets, QJsonObject &hello, QString &why)
{
    QString error;
    const std::optional<AgentSecret> secret = secrets.read(SecretStore::referenceFor(target.host, port), &error);
    if (!secret) {
        why = error.isEmpty() ? QStringLiteral("no token is recorded here for %1:%2; run `fleetctl agent install`")
                                    .arg(target.host)
                                    .arg(port)
                              : error;
        return nodeStateName(NodeState::NotInstalled);
    }
    hello = AgentClient::fetchHello(AgentEndpoint{target.host, port, secret->token, secret->fingerprint}, 5000, &why);
    return nodeStateName(hello.isEmpty() ? NodeState::Offline : NodeState::Online);
}

} // namespace

int runAgent(const CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Install, check or remove the Fleet Agent on a node over SSH."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Agent port (default 7780)."),
                                  QStringLiteral("PORT"), QString::number(AgentProtocol::kDefaultPort));
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
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue == 0 || portValue > 65535)
        return context.fail(ExitUsage, QStringLiteral("--port must be 1..65535"));

    BootstrapOptions options;
    options.port = quint16(portValue);
    options.bind = parser.value(bind);
    options.installDir = parser.value(dir);
    options.agentBinary = parser.value(agentBin);
    const QString action = positional.at(1);
    const SshTarget target = context.target(positional.at(2));

    SshSession session(target, context.sshOptions());
    if (!session.connect())
        return context.fail(exitCodeFor(session.error()), session.error().message);
    SecretStore secrets;
    Bootstrap bootstrap(session, secrets);
    const BootstrapResult result = action == QLatin1String("install") ? bootstrap.install(options)
        : action == QLatin1String("remove")                           ? bootstrap.remove(options)
                                                                      : bootstrap.status(options);
    if (!result.ok)
        return context.fail(result.sshError.ok() ? ExitFailed : exitCodeFor(result.sshError), result.message);

    if (action != QLatin1String("status")) {
        if (context.json)
            context.printJson(toJson(result));
        else
            context.say(result.message);
        return ExitOk;
    }
    QJsonObject hello;
    QString why;
    const QString state = result.action == QLatin1String("not-installed")
        ? nodeStateName(NodeState::NotInstalled)
        : agentState(target, options.port, secrets, hello, why);
    Node node;
    AgentProtocol::applyHello(hello, node);
    if (context.json) {
        QJsonObject object = toJson(result);
        object.insert(QStringLiteral("state"), state);
        if (!hello.isEmpty())
            object.insert(QStringLiteral("hello"), hello);
        if (!why.isEmpty())
            object.insert(QStringLiteral("reason"), why);
        context.printJson(object);
    } else {
        context.say(result.message);
        if (hello.isEmpty())
            context.say(QStringLiteral("%1: %2%3").arg(target.display(), state,
                                                       why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')'));
        else
            context.say(QStringLiteral("%1: %2 — %3, %4, %5, %6 CPUs, %7 MiB memory, %8 MiB free disk, docker %9")
                            .arg(target.display(), state, node.hostName, node.os, node.arch)
                            .arg(node.facts.cpuCount)
                            .arg(node.facts.memTotal >> 20)
                            .arg(node.facts.diskFree >> 20)
                            .arg(node.facts.dockerAvailable ? QStringLiteral("available")
                                                            : QStringLiteral("unavailable")));
    }
    return state == nodeStateName(NodeState::Online) || state == nodeStateName(NodeState::NotInstalled) ? ExitOk
                                                                                                          : ExitFailed;
}

} // namespace fleet::cli
