// fleetctl groups                           the node groups, their nodes and wanted images
// fleetctl group add|rm GROUP NODE...       put nodes into a group, or take them out
// fleetctl group want|unwant GROUP IMAGE    the images a group's nodes should hold (drift, sync)
// fleetctl group suggest [--apply]          groups the nodes' facts suggest (arch, GPU, OS); --apply accepts them
#include "Commands.h"

#include "actions/NodeGroups.h"
#include "actions/RecordJson.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace fleet::cli {

namespace {

int done(const CliContext &context, const Failure &failure, const QString &what)
{
    if (!failure.ok())
        return context.fail(failure);
    if (context.json)
        context.printJson({{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("ok"), true},
                           {QStringLiteral("exit"), 0}, {QStringLiteral("message"), what}});
    else
        context.say(what);
    return ExitOk;
}

int suggest(const CliContext &context, bool apply)
{
    HistoryStore store;
    if (!store.open(context.dbPath))
        return context.fail(ExitUnreachable, store.errorString());
    const QList<GroupSuggestion> suggestions =
        NodeGroups::suggest(store.nodes(), [&store](const QString &address) { return store.groupsOf(address); });
    store.close();
    for (const GroupSuggestion &s : suggestions) {
        if (apply)
            if (const Failure failure = NodeGroups::assign(context.dbPath, s.group, s.nodes); !failure.ok())
                return context.fail(failure);
        if (context.json)
            context.printJson({{QStringLiteral("type"), QStringLiteral("group_suggestion")},
                               {QStringLiteral("group"), s.group},
                               {QStringLiteral("nodes"), QJsonArray::fromStringList(s.nodes)},
                               {QStringLiteral("reason"), s.reason},
                               {QStringLiteral("applied"), apply}});
        else
            context.say(QStringLiteral("%1%2: %3 (%4)").arg(apply ? QStringLiteral("added ") : QString(), s.group,
                                                           s.nodes.join(QStringLiteral(", ")), s.reason));
    }
    if (!context.json && suggestions.isEmpty())
        context.say(QStringLiteral("No suggestions: the nodes' facts (arch, GPU, OS) are all grouped already, or "
                                   "unknown (fleetctl scan, fleetctl agent install)."));
    else if (!context.json && !apply)
        context.say(QStringLiteral("To accept them: fleetctl group suggest --apply (or fleetctl group add GROUP NODE...)"));
    return done(context, {}, apply ? QStringLiteral("%1 suggestion(s) applied").arg(suggestions.size())
                                   : QStringLiteral("%1 suggestion(s)").arg(suggestions.size()));
}

} // namespace

int runGroups(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The node groups: their nodes and the images they should hold. "
                                                    "A group is a target anywhere nodes are named: @GROUP."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    Failure failure;
    const QList<GroupRecord> groups = NodeGroups::list(context.dbPath, &failure);
    if (!failure.ok())
        return context.fail(failure);
    for (const GroupRecord &g : groups) {
        if (context.json)
            context.printJson(RecordJson::group(g));
        else
            context.say(QStringLiteral("%1  nodes: %2  wants: %3")
                            .arg(g.name, g.nodes.isEmpty() ? QStringLiteral("–") : g.nodes.join(QLatin1Char(',')),
                                 g.wanted.isEmpty() ? QStringLiteral("–") : g.wanted.join(QLatin1Char(','))));
    }
    if (!context.json && groups.isEmpty())
        context.say(QStringLiteral("No groups yet: fleetctl group add GROUP NODE..., or fleetctl group suggest."));
    return ExitOk;
}

int runGroup(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Edit node groups: add|rm GROUP NODE..., want|unwant GROUP IMAGE, suggest [--apply].\nGroup names: 1-63 of "
        "a-z 0-9 . _ : - (gpu, arch:aarch64, os:ubuntu). Use a group as @GROUP with push, prune, sync, inventory."));
    const QCommandLineOption apply(QStringLiteral("apply"), QStringLiteral("suggest: accept every suggestion."));
    parser.addOption(apply);
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("add, rm, want, unwant or suggest"));
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("GROUP and NODE... or IMAGE"),
                                 QStringLiteral("[ARGS...]"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    const QStringList words = parser.positionalArguments().mid(1);
    const QString verb = words.value(0);
    if (verb == QLatin1String("suggest") && words.size() == 1)
        return suggest(context, parser.isSet(apply));
    if (parser.isSet(apply))
        return context.fail(ExitUsage, QStringLiteral("--apply belongs to `fleetctl group suggest`"));
    const QString group = words.value(1);
    const QStringList rest = words.mid(2);
    if ((verb == QLatin1String("add") || verb == QLatin1String("rm")) && !rest.isEmpty()) {
        const bool add = verb == QLatin1String("add");
        const Failure failure = add ? NodeGroups::assign(context.dbPath, group, rest)
                                    : NodeGroups::unassign(context.dbPath, group, rest);
        return done(context, failure, QStringLiteral("%1: %2 %3").arg(group, add ? QStringLiteral("added")
                                                                                 : QStringLiteral("removed"),
                                                                      rest.join(QStringLiteral(", "))));
    }
    if ((verb == QLatin1String("want") || verb == QLatin1String("unwant")) && rest.size() == 1) {
        const bool want = verb == QLatin1String("want");
        const Failure failure = want ? NodeGroups::want(context.dbPath, group, rest.first())
                                     : NodeGroups::unwant(context.dbPath, group, rest.first());
        return done(context, failure, QStringLiteral("%1 %2 %3").arg(group, want ? QStringLiteral("wants")
                                                                                 : QStringLiteral("no longer wants"),
                                                                     rest.first()));
    }
    return context.fail(ExitUsage, QStringLiteral("usage: fleetctl group add|rm GROUP NODE... | want|unwant GROUP "
                                                  "IMAGE | suggest [--apply]"));
}

} // namespace fleet::cli
