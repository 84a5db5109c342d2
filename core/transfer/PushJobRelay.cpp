// PushJob's part in `push --relay` (see NodeRelay): joining the batch's chain, setting the node up, streaming as
// the chain's head or waiting as a member, and cleaning up after itself on every path.
#include "transfer/PushJob.h"
#include "transfer/PushJobSource.h"

#include "docker/LayerChain.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshSession.h"
#include "transfer/StallWatch.h"

namespace fleet {

PushJob::Relayed PushJob::failed(StageKind stage, const QString &error, FailureKind kind)
{
    failStage(stage, error, kind);
    return Relayed::Failed;
}

void PushJob::leaveRelay()
{
    if (!m_params.relay)
        return;
    if (!m_relayDecided)
        m_params.relay->withdraw();
    else if (m_relaySeat > 0)
        m_params.relay->leave(m_relaySeat); // no-op once it reported
    m_relayDecided = true;
}

void PushJob::tearDownRelay()
{
    if (!m_relayFiles)
        return;
    m_relayFiles = false;
    const RemoteResult removed = runOnNode(NodeRelayScript::teardownCommand(m_params.relay->id(), m_relaySeat));
    if (!removed.ok())
        m_tracker->message(QStringLiteral("%1: could not remove the relay's files and key line (%2); they expire "
                                          "within the hour. Remove them by hand: rm -rf \"${TMPDIR:-/tmp}/"
                                          "fleet-relay-%3\" and the line marked %4 in ~/.ssh/authorized_keys")
                               .arg(m_job.node, removed.error.ok() ? removed.lastLine() : removed.error.message,
                                    m_params.relay->id(), NodeRelayScript::keyMarker(m_params.relay->id(), m_relaySeat)),
                           QStringLiteral("warning"));
}

PushJob::Relayed PushJob::pushRelayed()
{
    NodeRelay &relay = *m_params.relay;
    m_relayDecided = true;
    // A node behind a jump host is not where the others could reach it; one whose host key this session could not
    // export could not be checked by them.
    const QString alone = !m_session->proxyJump().isEmpty()
        ? QStringLiteral("it is reached through %1").arg(m_session->proxyJump())
        : m_session->hostKeyLine().isEmpty() ? QStringLiteral("its host key could not be passed on to the other nodes")
                                             : QString();
    if (!alone.isEmpty()) {
        relay.withdraw();
        m_tracker->message(QStringLiteral("%1: %2, so it gets the image on its own, not through the relay")
                               .arg(m_job.node, alone), QStringLiteral("info"));
        return Relayed::Alone;
    }
    NodeRelay::Candidate me;
    me.node = m_job.node;
    me.order = int(m_job.id);
    me.reach.host = m_session->connectHost();
    me.reach.port = m_session->target().port;
    me.reach.user = m_session->loginUser();
    me.reach.hostKey = m_session->hostKeyLine();
    me.hasZstd = m_nodeLayers.hasZstd;
    me.layersKnown = m_nodeLayers.known && m_params.delta;
    me.containerdStore = m_nodeLayers.containerdStore;
    me.chainIds = m_nodeLayers.chainIds;
    m_stall->arm(StallWatch::Phase::Idle, {});
    if (m_job.source == PushSourceKind::EngineImage)
        relay.beginSave(m_params.dockerHost, m_source->reference);
    QString why;
    const std::optional<NodeRelay::Seat> seat = relay.join(me, [this] { return stopped(); }, &why);
    if (!seat) {
        if (stopped())
            return failed(StageKind::Transfer, stopMessage());
        m_tracker->message(QStringLiteral("%1: not relayed (%2): sending it the image directly").arg(m_job.node, why),
                           QStringLiteral("info"));
        return Relayed::Alone;
    }
    m_relaySeat = seat->self;
    m_relayFiles = true;
    // The key goes on stdin: never in a command line, a log or the history.
    const RemoteResult setup = m_session->run(NodeRelayScript::setupCommand(relay.id(), seat->self, seat->members,
                                                                            m_runtime.load(), seat->publicKey),
                                              seat->privateKey);
    const QByteArray said = setup.out;
    const bool ok = setup.ok() && said.contains("fleet-relay-setup ok");
    if (!ok && !stopped())
        m_tracker->message(QStringLiteral("%1: could not take part in the relay (%2): it gets the image directly")
                               .arg(m_job.node, setup.error.ok() ? setup.lastLine() : setup.error.message),
                           QStringLiteral("warning"));
    // A job cancelled meanwhile does not take a place in the chain that the others would have to route around.
    const NodeRelay::Start start = relay.ready(seat->self, ok && !stopped(), said.contains("forward yes"),
                                               [this] { return stopped(); });
    if (stopped())
        return failed(StageKind::Transfer, stopMessage());
    if (start.role == NodeRelay::Role::Alone) {
        tearDownRelay();
        return Relayed::Alone;
    }
    const Relayed result = start.role == NodeRelay::Role::Head ? relayHead(start) : relayMember(start);
    tearDownRelay();
    return result;
}

PushJob::Relayed PushJob::relayHead(const NodeRelay::Start &start)
{
    NodeRelay &relay = *m_params.relay;
    m_relayed = true;
    m_relaySharedLayers = start.sharedChainIds;
    int reusable = 0;
    if (m_params.delta)
        for (const QString &chain : LayerChain::chainIds(m_source->diffIds))
            reusable += m_relaySharedLayers.contains(chain) ? 1 : 0;
    m_deltaActive = reusable > 0;
    m_compressing = start.zstd;
    m_wireSummary.clear();
    m_tracker->message(QStringLiteral("%1 heads a relay chain of %2 nodes: the image crosses this link once")
                           .arg(m_job.node).arg(start.length), QStringLiteral("info"));
    m_tracker->start(StageKind::Save, m_source->sizeEstimate);
    m_tracker->start(StageKind::Transfer, m_deltaActive ? -1 : m_source->sizeEstimate);
    m_tracker->startBeside(StageKind::Load, StageKind::Transfer); // the chain's loads read as the bytes arrive
    m_stall->arm(StallWatch::Phase::Bytes, QStringLiteral("sending the image into the relay chain"));
    RemoteProcess receiver(*m_session);
    qint64 sent = 0;
    bool produced = false;
    bool ok = receiver.start(NodeRelayScript::receiveCommand(relay.id(), start.zstd, start.rest));
    m_share = relay.takeSave(); // the save begun while the chain formed
    if (ok && m_share) {
        bool dropped = false;
        ok = streamFromFanout(receiver, &sent, &produced, &dropped);
        if (!ok && dropped && sent == 0 && !stopped()) // it waited too long: nothing sent yet, so save again
            ok = streamInto(receiver, &sent, &produced);
    } else if (ok) {
        ok = streamInto(receiver, &sent, &produced);
    }
    if (m_share)
        std::exchange(m_share, {})->leave();
    if (ok) {
        m_tracker->succeed(StageKind::Save);
        m_tracker->succeed(StageKind::Transfer);
        m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("the relay chain's nodes load the image"));
        ok = receiver.closeInput() && receiver.waitForFinished();
    }
    m_relayed = false;
    const NodeRelayReport report = NodeRelayReport::parse(receiver.takeStdout());
    QString why;
    if (stopped())
        why = QStringLiteral("the relay's head (%1) was stopped").arg(m_job.node);
    else if (!produced)
        why = m_job.message.isEmpty() ? QStringLiteral("the image could not be read here") : m_job.message;
    else if (!ok)
        why = QStringLiteral("the stream to %1 broke (%2)")
                  .arg(m_job.node, receiver.error().ok() ? m_session->error().message : receiver.error().message);
    relay.finish(report, ok && produced, why);
    if (!produced && !stopped()) {
        // The local side failed (engine down, image gone): the others were told; this job ends here.
        if (m_job.stageRecord(StageKind::Save).state == JobState::Running)
            m_tracker->fail(StageKind::Save, JobState::Failed, m_job.message);
        return failed(StageKind::Transfer, why);
    }
    return settleRelayed(relay.outcomeFor(m_relaySeat), start);
}

PushJob::Relayed PushJob::relayMember(const NodeRelay::Start &start)
{
    NodeRelay &relay = *m_params.relay;
    m_tracker->message(QStringLiteral("%1 gets the image from the relay chain (node %2 of %3, after %4)")
                           .arg(m_job.node).arg(start.position).arg(start.length).arg(start.headNode),
                       QStringLiteral("info"));
    m_tracker->skip(StageKind::Save);
    m_tracker->start(StageKind::Transfer, start.sharedChainIds.isEmpty() ? m_source->sizeEstimate : -1);
    m_tracker->startBeside(StageKind::Load, StageKind::Transfer);
    m_stall->arm(StallWatch::Phase::Waiting, QStringLiteral("the relay chain brings the image"));
    const NodeRelay::Outcome outcome = relay.await(m_relaySeat, [this] { return stopped(); },
                                                   [this](qint64 sent) {
                                                       m_tracker->progress(StageKind::Transfer, sent);
                                                   });
    if (stopped()) {
        // The stream goes on to the members after this one; only this node's load stops.
        runOnNode(NodeRelayScript::stopLoadCommand(relay.id()));
        return failed(StageKind::Transfer, stopMessage());
    }
    if (outcome.reached)
        m_tracker->succeed(StageKind::Transfer); // the load, beside it, is the current stage now
    // The wait may have been long: a connection lost meanwhile is made again for what follows (the checks, a
    // direct push, the run).
    if (!m_session->run(QStringLiteral("true")).error.ok()
        && !connectWithRetry(outcome.reached ? StageKind::Load : StageKind::Transfer))
        return Relayed::Failed;
    return settleRelayed(outcome, start);
}

PushJob::Relayed PushJob::settleRelayed(const NodeRelay::Outcome &outcome, const NodeRelay::Start &start)
{
    const StageKind current = streamStage();
    if (stopped())
        return failed(current, stopMessage());
    if (outcome.reached && outcome.result.exitStatus == 0) {
        if (m_deltaActive || !start.sharedChainIds.isEmpty()) {
            if (!verifyLoadedId())
                return Relayed::Failed;
        }
        const QString sent = m_wireSummary.isEmpty() ? QString() : QStringLiteral("; ") + m_wireSummary;
        m_tracker->succeed(StageKind::Load, QStringLiteral("%1: %2 (relayed, node %3 of %4)%5%6")
                                                .arg(m_job.node, outcome.result.output.section(QLatin1Char('\n'), -1))
                                                .arg(start.position).arg(start.length).arg(sent, unpackForFirstRun()));
        return Relayed::Done;
    }
    const QByteArray said = outcome.result.output.toUtf8();
    if (outcome.reached && outcome.streamComplete
        && (RemoteDocker::isPermanent(said) || RemoteDocker::daemonWentAway(said) || RemoteDocker::archiveDamaged(said)))
        return failed(current, RemoteDocker::explain(m_job.node, QStringLiteral("docker load"), said,
                                                     outcome.result.exitStatus),
                      RemoteDocker::failureKind(said));
    // Anything else (a stream cut before it, a member before it that could not pass it on, a failed load of
    // only the missing layers) is worth the ordinary push once.
    m_tracker->fail(current, JobState::Failed, outcome.reached ? QString::fromUtf8(said).trimmed().left(300)
                                                               : outcome.why);
    m_tracker->message(QStringLiteral("%1: %2; sending it the image directly")
                           .arg(m_job.node, outcome.reached ? QStringLiteral("loading the relayed image failed (%1)")
                                                                  .arg(QString::fromUtf8(said).trimmed().left(300))
                                                            : outcome.why),
                       QStringLiteral("warning"));
    m_deltaActive = false;
    return Relayed::Alone;
}

} // namespace fleet
