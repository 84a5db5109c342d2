#pragma once

#include "actions/ActionContext.h"
#include "model/Failure.h"
#include "nodes/NodeProbeReply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace fleet {

class SshSession;

struct ProbeParams
{
    ActionContext context;
    QStringList nodes; // host, host:port or user@host[:port] (groups already resolved)
    int parallel = 8;
    const std::atomic_bool *cancel = nullptr; // polled before each node
};

// One node's probe: its facts (valid when the node answered) and, when it cannot take images, why (`failure`:
// docker missing, no access with the fix, the daemon down) — a transport failure has no facts.
struct NodeProbeOutcome
{
    QString node; // as asked
    QString display; // the SSH target, for messages
    NodeProbeReply facts;
    QDateTime probedAt; // UTC
    Failure failure;
    bool ok() const { return failure.ok(); }
};

struct ProbeResult
{
    QList<NodeProbeOutcome> nodes; // in the order asked
    Failure failure; // the most specific of the nodes' failures
    bool ok() const { return failure.ok(); }
};

// The node probe as a verb (`fleetctl probe`, a tile's Probe): NodeProbe over SSH to each node in parallel (one
// round trip each), every answer recorded in the history (schema step 8, HistoryStore::recordProbe) so pushes,
// tiles and the node panel use it.
class NodeProbing final
{
    Q_DECLARE_TR_FUNCTIONS(NodeProbing)

public:
    static ProbeResult probe(const ProbeParams &params);
    static NodeProbeOutcome probeOne(const ActionContext &context, const QString &node);
    // The probe over a session already connected (the bootstrap's): facts, and the refusal when there is one;
    // not recorded.
    static NodeProbeOutcome probeSession(SshSession &session, const QString &node);
};

} // namespace fleet
