#pragma once

#include "actions/ActionContext.h"
#include "actions/NodeProbing.h"
#include "discovery/ScanTypes.h"
#include "discovery/TargetSet.h"
#include "model/Failure.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace fleet {

// What to scan, in TargetArguments' words (CIDR, range, host[:port], @ssh-config, @known-hosts, @arp,
// @inventory=FILE), and how.
struct ScanParams
{
    QStringList words;
    ScanOptions options;
    TargetPolicy policy;                      // --force for ranges wider than /16
    QString dbPath;                           // empty: nothing is recorded (a scan that only fills the tiles)
    const std::atomic_bool *cancel = nullptr; // polled while names resolve and while probing
    // Asked for (`fleetctl scan --probe`, the dialog's "Probe nodes that answer SSH"): once the scan is done, every
    // node that answered SSH gets the node probe (NodeProbing, recorded in `dbPath`'s node_probes); the context
    // says how to reach them (its dbPath is replaced by `dbPath`).
    bool probeNodes = false;
    ActionContext probeContext;
};

// The targets read, resolved and de-duplicated: notes per file source, warnings for lines that could not be used.
struct PreparedTargets
{
    std::optional<TargetSet> set;
    QStringList notes, warnings;
    Failure failure; // Usage for a word that cannot be used or targets that name no address
};

// Called on the scanning thread as answers arrive (the GUI posts them to its own thread).
struct ScanCallbacks
{
    std::function<void(const ScanProgress &)> progress;
    std::function<void(const ScanResult &)> found;
    std::function<void(quint64 addresses)> probing; // targets are ready, probing starts
    std::function<void(int nodes)> nodeProbing;      // the scan is done, the node probes start (probeNodes)
};

struct ScanOutcome
{
    Failure failure; // Usage (targets), Cancelled, Failed (scan errors, history not written)
    ScanSummary summary;
    QList<ScanResult> found;
    QStringList offline;      // known nodes the completed scan covered that stayed silent: now OFFLINE
    QStringList notes;        // what the target sources said (files read, lines skipped)
    qint64 scanId = -1;       // the history row, when recorded
    int online = 0, notInstalled = 0, unreachable = 0;
    QList<NodeProbeOutcome> probes; // probeNodes: one per node that answered SSH, in the order found
    bool ok() const { return failure.ok(); }
};

// Discovering nodes, the one implementation behind `fleetctl scan` and the desktop's Scan dialog: prepare the
// targets, probe them (Scanner), record the scan and every answer in the history (ScanRecorder: silent known
// nodes inside a completed scan turn OFFLINE, nothing is deleted), and report the OFFLINE list so views follow
// the history, then (when asked) probe the nodes that answered SSH; a probe's failure is the node's, not the
// scan's. Synchronous: runs a local event loop on the calling thread; the GUI calls it on a worker.
class NodeScan final
{
    Q_DECLARE_TR_FUNCTIONS(NodeScan)

public:
    static PreparedTargets prepare(const QStringList &words, const TargetPolicy &policy,
                                   const QList<quint16> &sshPorts = {22}, const std::atomic_bool *cancel = nullptr);
    static ScanOutcome run(const ScanParams &params, const ScanCallbacks &callbacks = {});
    // The probe targets of a scan's answers: [user@]address[:port] of each node that answered with an SSH banner
    // (the user when its target source named one, e.g. ssh_config), once each.
    static QStringList sshNodes(const QList<ScanResult> &found);

private:
    static void probeFound(const ScanParams &params, const ScanCallbacks &callbacks, ScanOutcome &outcome);
};

} // namespace fleet
