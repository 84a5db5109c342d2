#include "actions/NodeProbing.h"

#include "history/HistoryStore.h"
#include "nodes/NodeProbe.h"
#include "ssh/SshSession.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace fleet {

NodeProbeOutcome NodeProbing::probeOne(const ActionContext &context, const QString &node)
{
    NodeProbeOutcome outcome;
    outcome.node = node;
    const SshTarget target = context.target(node);
    outcome.display = target.display();
    SshSession session(target, context.ssh);
    if (!session.connect()) {
        outcome.failure = Failure::make(session.error().failureKind(), session.error().message);
        return outcome;
    }
    return probeSession(session, node);
}

NodeProbeOutcome NodeProbing::probeSession(SshSession &session, const QString &node)
{
    NodeProbeOutcome outcome;
    outcome.node = node;
    outcome.display = session.target().display();
    Failure failure;
    outcome.facts = NodeProbe::run(session, &failure);
    outcome.probedAt = QDateTime::currentDateTimeUtc();
    if (!outcome.facts.valid) {
        outcome.failure = failure.ok()
            ? Failure::make(FailureKind::Failed, tr("%1: the node probe gave no answer").arg(outcome.display))
            : failure;
        return outcome;
    }
    const QString refusal = NodeProbe::refusal(outcome.display, outcome.facts);
    if (!refusal.isEmpty())
        outcome.failure = Failure::make(NodeProbe::refusalKind(outcome.facts), refusal);
    return outcome;
}

ProbeResult NodeProbing::probe(const ProbeParams &params)
{
    ProbeResult result;
    if (params.nodes.isEmpty()) {
        result.failure = Failure::make(FailureKind::Usage, tr("no node to probe"));
        return result;
    }
    for (const QString &node : params.nodes)
        result.nodes << NodeProbeOutcome { node, params.context.target(node).display(), {}, {}, {} };
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, params.parallel, 64));
    const std::atomic_bool *cancel = params.cancel;
    const ActionContext context = params.context;
    QtConcurrent::blockingMap(&pool, result.nodes, [&context, cancel](NodeProbeOutcome &outcome) {
        if (cancel && cancel->load()) {
            outcome.failure
                = Failure::make(FailureKind::Cancelled, tr("%1: not probed (cancelled)").arg(outcome.display));
            return;
        }
        outcome = probeOne(context, outcome.node);
    });
    HistoryStore store;
    const bool recorded = !params.context.dbPath.isEmpty() && store.open(params.context.dbPath);
    for (const NodeProbeOutcome &outcome : std::as_const(result.nodes)) {
        if (recorded && outcome.facts.valid)
            store.recordProbe(params.context.target(outcome.node).host, outcome.facts);
        Failure::keepMostSpecific(result.failure, outcome.failure);
    }
    return result;
}

} // namespace fleet
