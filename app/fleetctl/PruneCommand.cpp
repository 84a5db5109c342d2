// fleetctl prune NODE... [--yes] [--store NAME-OR-URL]... : images a node may drop because a store holds them
// (same image ID) or nothing names or uses them. Without --yes only the plan is printed.
#include "Commands.h"
#include "SignalCancel.h"

#include "actions/NodeGroups.h"
#include "actions/NodePrune.h"
#include "util/Format.h"
#include "util/ShellQuote.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace fleet::cli {

namespace {

QString shortId(const QString &id)
{
    return id.mid(id.startsWith(QLatin1String("sha256:")) ? 7 : 0, 12);
}

QString tagsText(const QStringList &tags)
{
    return tags.isEmpty() ? QStringLiteral("<none>") : tags.join(QLatin1Char(','));
}

QString reasonText(const PruneCandidate &c)
{
    return c.reason == PruneReason::Reloadable
        ? QStringLiteral("reloadable from %1 (%2)").arg(c.store, c.reference)
        : QStringLiteral("dangling (untagged, unused)");
}

// The very command that was run, with --yes: what a person copies to apply the plan they just read.
QString applyCommand()
{
    QStringList words = QCoreApplication::arguments().mid(1);
    words.removeAll(QStringLiteral("--json"));
    return QStringLiteral("fleetctl ") + shellJoin(words) + QStringLiteral(" --yes");
}

void sayPlan(const CliContext &context, const NodePrunePlan &plan)
{
    if (!plan.ok())
        return;
    context.say(QStringLiteral("%1: %2 image(s) to remove, up to %3")
                    .arg(plan.display).arg(plan.remove.size()).arg(formatBytes(plan.reclaimable())));
    if (!plan.remove.isEmpty())
        context.say(QStringLiteral("  %1 %2 %3 %4").arg(QStringLiteral("IMAGE"), -12).arg(QStringLiteral("TAGS"), -32)
                        .arg(QStringLiteral("SIZE"), 10).arg(QStringLiteral("REASON")));
    for (const PruneCandidate &c : plan.remove)
        context.say(QStringLiteral("  %1 %2 %3 %4").arg(shortId(c.id), -12).arg(tagsText(c.tags), -32)
                        .arg(formatBytes(c.size), 10).arg(reasonText(c)));
    for (const KeptImage &k : plan.kept)
        context.say(QStringLiteral("  %1 %2 %3 kept: used by %4").arg(shortId(k.id), -12).arg(tagsText(k.tags), -32)
                        .arg(formatBytes(k.size), 10).arg(k.containers.join(QStringLiteral(", "))));
    if (plan.untouched > 0)
        context.say(QStringLiteral("  (%1 tagged image(s) in no store left alone)").arg(plan.untouched));
}

void sayResult(const CliContext &context, const NodePruneResult &result)
{
    for (const PruneRemoval &r : result.images) {
        if (r.removed)
            context.say(QStringLiteral("%1: removed %2 %3%4").arg(result.display, shortId(r.image.id),
                                                                  tagsText(r.image.tags),
                                                                  r.gone ? QStringLiteral(" (already gone)")
                                                                         : QString()));
        else
            context.warn(QStringLiteral("%1: %2 %3 not removed: %4")
                             .arg(result.display, shortId(r.image.id), tagsText(r.image.tags), r.error));
    }
    context.say(QStringLiteral("%1: %2 removed, %3 failed, %4 freed")
                    .arg(result.display).arg(result.removedCount()).arg(result.failedCount())
                    .arg(formatBytes(result.freed())));
}

} // namespace

int runPrune(CliContext context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Clean up images on nodes, safely: only images a store holds (the same image ID: they load again from "
        "there) and dangling ones (untagged, unused). An image any container uses, running or stopped, is kept. "
        "Without --yes the plan is printed and nothing is removed; --yes removes with `docker rmi` (never forced)."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Remove the planned images."));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("A store to check (name from `fleetctl stores`, or a STORE-URL); "
                                                  "repeatable. Default: every configured store."),
                                   QStringLiteral("NAME-OR-URL"));
    parser.addOptions({yes, store});
    parser.addPositionalArgument(QStringLiteral("nodes"), QStringLiteral("host, host:port, user@host or @GROUP"),
                                 QStringLiteral("NODE..."));
    if (!parseCommand(parser, context, args))
        return ExitUsage;
    PruneParams params;
    params.context = context.action();
    const ResolvedNodes targets = NodeGroups::resolve(parser.positionalArguments().mid(1), context.dbPath);
    if (!targets.failure.ok())
        return context.fail(targets.failure); // @GROUP: its nodes
    params.nodes = targets.nodes;
    params.stores = parser.values(store);
    if (params.nodes.isEmpty())
        return context.fail(ExitUsage, QStringLiteral("usage: fleetctl prune NODE... [--yes] [--store NAME-OR-URL]"));
    QList<FleetSettings::ConfiguredStore> stores;
    if (const Failure usage = NodePrune::checkStores(params, &stores); !usage.ok())
        return context.fail(usage);
    if (stores.isEmpty())
        context.warn(QStringLiteral("no store is configured: only dangling images qualify. Add one with "
                                    "`fleetctl stores add NAME STORE-URL`, or name one with --store."));

    const SignalCancel interrupt; // the flag is polled between stores, nodes and images
    params.cancel = interrupt.flag();
    if (!context.json && isatty(STDERR_FILENO))
        params.progress = [](const QString &, const QString &step) {
            std::fprintf(stderr, "\r\033[K%s…", qPrintable(step));
        };
    const auto endProgress = [&] {
        if (params.progress)
            std::fputs("\r\033[K", stderr);
    };

    const PrunePlan plan = NodePrune::plan(params);
    endProgress();
    Failure worst;
    // Several nodes: the most specific status wins, ranked as `fleetctl push` ranks them.
    const auto note = [&worst](const Failure &failure) {
        static const int rank[] = {0, 1, 3, 2, 4}; // by exit status 0..4: ok, failed, usage, host key, unreachable
        if (rank[exitStatusFor(failure.kind)] > rank[exitStatusFor(worst.kind)])
            worst = failure;
    };
    for (const PruneStoreScan &scan : plan.stores) {
        if (context.json)
            context.printJson(NodePrune::toJson(scan));
        else if (!scan.ok)
            context.warn(scan.failure.message); // fewer images qualify; the plan stays safe
    }
    for (const NodePrunePlan &nodePlan : plan.nodes) {
        note(nodePlan.failure);
        if (context.json)
            context.printJson(NodePrune::toJson(nodePlan));
        else if (!nodePlan.ok())
            context.fail(exitStatusFor(nodePlan.failure.kind), nodePlan.failure.message);
        else
            sayPlan(context, nodePlan);
    }

    const int planned = plan.candidateCount();
    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                       {QStringLiteral("nodes"), int(plan.nodes.size())},
                       {QStringLiteral("planned"), planned},
                       {QStringLiteral("reclaimable"), double(plan.reclaimable())},
                       {QStringLiteral("applied"), parser.isSet(yes)}};
    if (!parser.isSet(yes)) {
        if (!context.json && planned > 0)
            context.say(QStringLiteral("Space freed: up to %1 (%2 image(s)). To remove them:\n  %3")
                            .arg(formatBytes(plan.reclaimable())).arg(planned).arg(applyCommand()));
        else if (!context.json)
            context.say(QStringLiteral("Nothing to remove."));
        result.insert(QStringLiteral("apply_command"), planned > 0 ? applyCommand() : QString());
    } else {
        const PruneOutcome outcome = NodePrune::execute(params, plan);
        endProgress();
        note(outcome.failure);
        int removed = 0;
        qint64 freed = 0;
        for (const NodePruneResult &node : outcome.nodes) {
            removed += node.removedCount();
            freed += node.freed();
            if (context.json)
                context.printJson(NodePrune::toJson(node));
            else
                sayResult(context, node);
        }
        result.insert(QStringLiteral("removed"), removed);
        result.insert(QStringLiteral("freed"), double(freed));
        if (!context.json && outcome.nodes.size() > 1)
            context.say(QStringLiteral("Removed %1 image(s), %2 freed.").arg(removed).arg(formatBytes(freed)));
    }
    if (interrupt.received())
        return interrupt.exitStatus();
    const int code = exitStatusFor(worst.kind);
    if (context.json) {
        result.insert(QStringLiteral("ok"), worst.ok());
        result.insert(QStringLiteral("exit"), code);
        result.insert(QStringLiteral("failure"), failureKindName(worst.kind));
        context.printJson(result);
    }
    return code;
}

} // namespace fleet::cli
