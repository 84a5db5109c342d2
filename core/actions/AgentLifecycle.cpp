#include "actions/AgentLifecycle.h"

#include "agent/AgentClient.h"
#include "agent/AgentSecrets.h"
#include "history/HistoryStore.h"
#include "ssh/SshSession.h"

namespace fleet {

AgentOutcome AgentLifecycle::install(const AgentParams &params)
{
    return run(Step::Install, params);
}

AgentOutcome AgentLifecycle::status(const AgentParams &params)
{
    return run(Step::Status, params);
}

AgentOutcome AgentLifecycle::remove(const AgentParams &params)
{
    return run(Step::Remove, params);
}

AgentOutcome AgentLifecycle::run(Step step, const AgentParams &params)
{
    AgentOutcome outcome;
    const SshTarget target = params.context.target(params.node);
    outcome.node.address = target.host;
    outcome.node.sshPort = target.port;
    SshSession session(target, params.context.ssh);
    if (!session.connect()) {
        outcome.failure = Failure::make(session.error().failureKind(), session.error().message);
        outcome.message = outcome.failure.message;
        return outcome;
    }
    {
        // Install and remove write or delete the agent's secret; status only reads the node.
        const QMutexLocker lock(&AgentSecrets::lock());
        SecretStore secrets(AgentSecrets::backend());
        Bootstrap bootstrap(session, secrets);
        outcome.bootstrap = step == Step::Install ? bootstrap.install(params.bootstrap)
            : step == Step::Remove               ? bootstrap.remove(params.bootstrap)
                                                 : bootstrap.status(params.bootstrap);
    }
    outcome.message = outcome.bootstrap.message;
    if (!outcome.bootstrap.ok) {
        const SshError &error = outcome.bootstrap.sshError;
        outcome.failure = Failure::make(error.ok() ? FailureKind::Failed : error.failureKind(), outcome.message);
        return outcome;
    }

    const bool absent = step == Step::Remove || outcome.bootstrap.action == QLatin1String("not-installed");
    if (absent) {
        outcome.node.state = NodeState::NotInstalled;
        outcome.node.lastSeen = QDateTime::currentDateTimeUtc();
        const QString none;
        record(params, outcome, step == Step::Remove ? &none : nullptr);
        return outcome;
    }
    readHello(params, target, outcome);
    if (step == Step::Install) {
        probe(params, session, outcome);
        if (outcome.hello.isEmpty()) {
            // Installed, but not answering yet (a firewall in between?): say so rather than claim ONLINE.
            outcome.node.state = NodeState::NotInstalled;
            outcome.message += QLatin1Char(' ') + outcome.reason;
        }
        record(params, outcome, outcome.bootstrap.reference.isEmpty() ? nullptr : &outcome.bootstrap.reference);
        return outcome;
    }
    if (outcome.hello.isEmpty())
        outcome.failure = Failure::make(
            FailureKind::Failed, outcome.node.state == NodeState::Unknown
                ? QStringLiteral("%1: %2").arg(target.display(), outcome.reason)
                : tr("%1: the agent is installed but does not answer: %2").arg(target.display(), outcome.reason));
    record(params, outcome, nullptr);
    return outcome;
}

// The agent's hello, with the secret this workstation recorded at install time.
void AgentLifecycle::readHello(const AgentParams &params, const SshTarget &target, AgentOutcome &outcome)
{
    const quint16 port = params.bootstrap.port;
    QString error;
    const std::optional<AgentSecret> secret = AgentSecrets::read(target.host, port, &error);
    if (!secret) {
        outcome.reason = error.isEmpty() ? tr("no agent token for %1:%2 is recorded on this workstation; install "
                                              "the agent from here to record one.")
                                               .arg(target.host)
                                               .arg(port)
                                         : error;
        outcome.node.state = NodeState::Unknown; // the agent may well run: we cannot ask it
        return;
    }
    outcome.hello = AgentClient::fetchHello(AgentEndpoint{target.host, port, secret->token, secret->fingerprint},
                                            params.helloTimeoutMs, &outcome.reason);
    outcome.node.lastSeen = QDateTime::currentDateTimeUtc();
    if (outcome.hello.isEmpty()) {
        outcome.node.state = NodeState::Offline;
        return;
    }
    outcome.reason.clear();
    outcome.node.state = NodeState::Online;
    AgentProtocol::applyHello(outcome.hello, outcome.node);
}

// The bootstrap probe: the facts pushes need (runtime, access, space…), over the session the install used.
void AgentLifecycle::probe(const AgentParams &params, SshSession &session, AgentOutcome &outcome)
{
    outcome.probe = NodeProbing::probeSession(session, params.node);
    const NodeProbeOutcome &probe = outcome.probe;
    if (!probe.facts.valid) {
        outcome.warnings << tr("the agent is installed, but the node probe failed: %1").arg(probe.failure.message);
        return;
    }
    if (!probe.ok())
        outcome.warnings << probe.failure.message; // the refusal with its fix: the node cannot take images yet
    if (params.context.dbPath.isEmpty())
        return;
    HistoryStore store;
    if (!store.open(params.context.dbPath) || !store.recordProbe(session.target().host, probe.facts))
        outcome.warnings << tr("the node probe was not recorded: %1").arg(store.errorString());
}

// What was learnt goes into the history; `secretRef` (when given) replaces the node's secret reference.
void AgentLifecycle::record(const AgentParams &params, AgentOutcome &outcome, const QString *secretRef)
{
    if (params.context.dbPath.isEmpty())
        return;
    HistoryStore store;
    bool ok = store.open(params.context.dbPath) && store.upsertNode(outcome.node);
    if (ok && secretRef)
        ok = store.setSecretRef(outcome.node.address, *secretRef);
    if (!ok)
        outcome.warnings << tr("the history was not updated: %1").arg(store.errorString());
    else if (std::optional<Node> stored = store.node(outcome.node.address))
        outcome.node = *stored;
}

} // namespace fleet
