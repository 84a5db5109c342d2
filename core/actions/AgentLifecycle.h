#pragma once

#include "actions/ActionContext.h"
#include "actions/NodeProbing.h"
#include "agent/Bootstrap.h"
#include "model/Failure.h"
#include "model/Node.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fleet {

struct AgentParams
{
    ActionContext context;
    QString node;               // "host", "host:port" or "user@host[:port]"
    BootstrapOptions bootstrap; // agent port (from context.settings unless set), bind, install dir, binary
    int helloTimeoutMs = 5000;
};

struct AgentOutcome
{
    Failure failure;
    BootstrapResult bootstrap; // what the node said (install dir, arch, service, pid…)
    Node node;                 // as now recorded in the history
    QJsonObject hello;         // the agent's own answer, when it gave one
    QString reason;            // why there is no hello (status), empty otherwise
    QString message;           // for a person: what happened (and on failure why and what to do)
    QStringList warnings;      // e.g. the history could not be written, the probe failed; the action succeeded
    // Install: the node probe run over the same SSH session once the agent is in place (recorded in node_probes).
    // Empty `node` when no probe ran (status, remove, a failed install).
    NodeProbeOutcome probe;
    bool ok() const { return failure.ok(); }
};

// Installing, upgrading, checking and removing the Fleet Agent on a node over SSH (host key checked), the one
// implementation behind `fleetctl agent` and the desktop's Install agent. Each call records what it learnt in the
// history (the node's state and the agent's facts, and the keychain reference of the agent's secret, never the
// secret). An install then probes the node (the bootstrap probe) and records it; a probe that fails is a warning,
// never the install's failure. The secrets go through AgentSecrets (one lock, one backend for every face).
// Synchronous: the GUI calls it on a worker.
class AgentLifecycle final
{
    Q_DECLARE_TR_FUNCTIONS(AgentLifecycle)

public:
    // Install or upgrade in place (idempotent), then read the agent's hello.
    static AgentOutcome install(const AgentParams &params);
    // Whether the agent is installed and running, and its hello with the secret recorded here. ok() also for a
    // node without an agent (state NOT_INSTALLED); an installed agent that does not answer is a failure.
    static AgentOutcome status(const AgentParams &params);
    static AgentOutcome remove(const AgentParams &params);

private:
    enum class Step { Install, Status, Remove };
    static AgentOutcome run(Step step, const AgentParams &params);
    static void readHello(const AgentParams &params, const SshTarget &target, AgentOutcome &outcome);
    static void record(const AgentParams &params, AgentOutcome &outcome, const QString *secretRef);
    static void probe(const AgentParams &params, SshSession &session, AgentOutcome &outcome);
};

} // namespace fleet
