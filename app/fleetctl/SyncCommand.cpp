// fleetctl sync IMAGE --to GROUP | NODE... [--parallel N] [--dry-run]: the inventory of the targets, then one push
// of IMAGE to exactly the nodes that lack it.
#include "Commands.h"
#include "PushWait.h"
#include "SignalCancel.h"

#include "actions/ImageSync.h"
#include "actions/NodeGroups.h"
#include "actions/RecordJson.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace fleet::cli {

int runSync(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Push IMAGE (of the local engine) to the nodes of a group, or the nodes named, that lack it: each target is "
        "asked first (agent, else SSH) and only those without the image get it. Nothing missing: nothing is pushed."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The group whose nodes should hold IMAGE."),
                                QStringLiteral("GROUP"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Nodes asked and pushed at once."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Say what would be pushed; push nothing."));
    parser.addOptions({to, parallel, dryRun});
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Image reference with its tag."));
    parser.addPositionalArgument(QStringLiteral("nodes"), QStringLiteral("host, host:port, user@host or @GROUP"),
                                 QStringLiteral("[NODE...]"));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty() || (positional.size() == 1 && !parser.isSet(to)))
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl sync IMAGE --to GROUP (or IMAGE NODE...)"));
    SyncParams params;
    params.context = context.action();
    params.image = positional.takeFirst();
    params.nodes = positional;
    if (parser.isSet(to))
        params.nodes.prepend(QLatin1Char('@') + parser.value(to));
    if (!intOption(context, parser, parallel, 1, 64, &params.parallel))
        return ExitUsage;

    SyncPlan plan;
    {
        const SignalCancel interrupt; // the inventory polls it; the push has its own
        params.cancel = interrupt.flag();
        plan = ImageSync::plan(params);
        if (interrupt.received())
            return interrupt.exitStatus();
    }
    if (plan.failure.kind == FailureKind::Usage || plan.nodes.isEmpty())
        return context.fail(plan.failure.ok() ? Failure::make(FailureKind::Usage, plan.message) : plan.failure);
    for (const NodeInventory &node : plan.nodes) {
        if (context.json)
            context.printJson(RecordJson::inventory(node));
        else if (!node.ok())
            context.warn(node.failure.message);
    }
    const int unasked = exitStatusFor(plan.failure.kind);
    const QJsonObject extra{{QStringLiteral("image"), plan.image},
                            {QStringLiteral("lacking"), QJsonArray::fromStringList(plan.lacking)},
                            {QStringLiteral("message"), plan.message},
                            {QStringLiteral("dry_run"), parser.isSet(dryRun)}};
    if (!plan.request || parser.isSet(dryRun)) {
        if (context.json) {
            QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                               {QStringLiteral("ok"), unasked == ExitOk},
                               {QStringLiteral("exit"), unasked},
                               {QStringLiteral("succeeded"), 0},
                               {QStringLiteral("already_present"), 0},
                               {QStringLiteral("failed"), 0}};
            for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
                result.insert(it.key(), it.value());
            context.printJson(result);
        } else {
            context.say(plan.message);
        }
        return unasked;
    }
    if (!context.json)
        context.say(plan.message);
    const int pushed = runPushRequest(context, *plan.request, runnerSettings(context, plan.request->parallel), extra);
    return pushed != ExitOk ? pushed : unasked;
}

} // namespace fleet::cli
