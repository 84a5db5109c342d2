// fleetctl nodes [--state S] [--json]: the fleet as last seen, from the history (no network traffic).
#include "Commands.h"

#include "actions/RecordJson.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace fleet::cli {

int runNodes(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the known nodes and their last state, from the history "
                                                    "(run `fleetctl scan` to refresh it)."));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Only nodes in this state: online, not-installed, offline, "
                                                  "unreachable."),
                                   QStringLiteral("S"));
    parser.addOption(state);
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitUsage, QStringLiteral("nodes takes no arguments besides its options"));

    std::optional<NodeState> filter;
    if (parser.isSet(state)) {
        QString name = parser.value(state).trimmed().toUpper();
        name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
        const NodeState s = nodeStateFromName(name);
        if (s == NodeState::Unknown && name != QLatin1String("UNKNOWN"))
            return context.fail(ExitUsage, QStringLiteral("unknown state '%1': use online, not-installed, offline, "
                                                          "unreachable or unknown")
                                               .arg(parser.value(state)));
        filter = s;
    }

    HistoryStore store;
    if (!store.open(context.dbPath))
        return context.fail(ExitFailed, store.errorString()); // names the file, the cause and the fix
    const QList<Node> nodes = store.nodes(filter);
    for (const Node &node : nodes) {
        if (context.json) {
            context.printJson(RecordJson::node(node));
            continue;
        }
        QString name = node.address;
        if (node.sshPort != 22)
            name += QLatin1Char(':') + QString::number(node.sshPort);
        if (!node.hostName.isEmpty())
            name += QStringLiteral(" (%1)").arg(node.hostName);
        const QString what = node.agentVersion.isEmpty() ? node.sshBanner
                                                         : QStringLiteral("agent %1").arg(node.agentVersion);
        context.say(QStringLiteral("%1 %2 last seen %3  %4")
                        .arg(name, -28)
                        .arg(nodeStateLabel(node.state), -14)
                        .arg(node.lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), what));
    }
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("count"), int(nodes.size())}});
    else if (nodes.isEmpty())
        context.say(filter ? QStringLiteral("no nodes in that state")
                           : QStringLiteral("no nodes known yet: run `fleetctl scan 192.168.1.0/24` (or @ssh-config)"));
    return ExitOk;
}

} // namespace fleet::cli
