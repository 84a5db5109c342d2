#pragma once

#include "images/stores/StoreCredentials.h"
#include "net/HttpClient.h"
#include "images/TagPolicy.h"
#include "ssh/SshOptions.h"
#include "transfer/CancelToken.h"
#include "transfer/JobJournal.h"
#include "transfer/NodeRelay.h"
#include "transfer/RemoteDocker.h"
#include "transfer/SaveFanout.h"
#include "transfer/StageTracker.h"
#include "transfer/WireChain.h"

#include <QRunnable>

#include <functional>
#include <memory>
#include <optional>

namespace fleet {

class DockerEngine;
class ImageStore;
class RemoteProcess;
class SshSession;
class StallWatch;

// A store's credentials, looked up on the job's worker thread when it needs them; they stay in its memory.
using StoreCredentialsResolver = std::function<std::optional<StoreCredentials>(const StoreLocation &, QString *error)>;

// Everything one node's push needs; copied into the worker.
struct PushJobParams
{
    JobUpdate job; // id, batch, node, image, source (storeUrl, via), mode, runEnabled
    QString archivePath;
    RunOptions run;
    QString requestId; // labels the container of the run stage (see PushRequest::requestId)
    int retries = 2;   // extra attempts after a transient SSH failure
    bool delta = true; // send only the layers the node lacks (see LayerFilter)
    WireCompression compress = WireCompression::Auto;
    // The batch's one save of the engine image, shared with the other nodes' jobs (JobRunner); empty: its own.
    std::shared_ptr<SaveFanout> fanout;
    // The batch's relay chain (push --relay): the nodes pass the stream on to each other; empty: not relayed.
    std::shared_ptr<NodeRelay> relay;
    QString dockerHost;
    SshTarget target;
    SshOptions ssh;
    QString localTempDir; // scp mode's local archive; empty: the system temp dir
    TagPolicy::Settings tagPolicy; // a dropped archive's names are checked against it
    int stallTimeoutMs = 60000;    // nothing moved for this long (and the node's daemon is silent): stop; 0: never
    StageTracker::Observer observer; // every step, on the worker thread (a test seam); may be empty
    StoreCredentialsResolver storeCredentials; // empty: the environment, then the secret store
    int presignSeconds = 900; // how long a node's direct download link stays valid
    // The clock presigned links are made with (a test seam for expired links); empty: now.
    std::function<QDateTime()> presignClock;
};

// One image to one node: save → transfer → load → (run → health), on the worker thread that calls run(). Reports through
// the StageTracker's reporter, records into the journal, honours the cancel token, stops itself when it stalls,
// and cleans up after itself on every path: no temporary file stays on the node or here, and nothing partial is
// ever loaded.
class PushJob final : public QRunnable
{
public:
    using JournalFactory = std::function<std::unique_ptr<JobJournal>()>;

    PushJob(PushJobParams params, JournalFactory journalFactory, StageTracker::Reporter reporter,
            std::shared_ptr<CancelToken> cancel);
    ~PushJob() override;

    void run() override;
    // Runs synchronously on the calling thread and returns the final state (run() without QThreadPool).
    JobUpdate execute();

private:
    struct Source;
    struct Probe;
    enum class Direct { Done, Failed, Fallback };
    enum class Relayed { Done, Failed, Alone }; // Alone: not (or no longer) in the chain, send it the usual way
    bool resolveSource();
    bool resolveStoreSource();
    std::unique_ptr<ImageStore> openStore() const;
    bool credentialsFor(const StoreLocation &location, StoreCredentials *credentials, StageKind stage);
    bool pull(const StoreLocation &registry, const StoreCredentials &credentials);
    bool deliver();
    Direct pushDirect();
    bool connectWithRetry(StageKind stage);
    bool probeNode(); // the node's runtime and how this user reaches it (NodeProbe), before the image check
    bool checkAlreadyPresent(bool *present);
    bool planRun();        // the run options with the catalog's defaults (RunPlan::resolve)
    bool checkNodeFits();  // architecture and GPU (NodeFit), before a byte is sent
    bool pushStream();
    bool pushScp();
    bool loadRemoteFile(const QString &remotePath, const QString &cleanup);
    bool runContainer();
    // The archive bytes, from the engine or the dropped file; callable from any thread with its own engine.
    bool produce(DockerEngine &engine, const HttpClient::Sink &sink, QString *error) const;
    bool streamInto(RemoteProcess &load, qint64 *sent, bool *produced);
    bool verifyLoadedId(); // after a delta load: the node has the image under its ID
    StageKind streamStage() const; // a stream push's stage to fail: Transfer while it runs, then Load
    QString unpackForFirstRun(); // a containerd-store node: unpacked now; the Load message's note, or empty
    WireChain::Options wireOptions() const; // this attempt's path: missing layers only, zstd
    // Takes this job's share of the batch's save (SaveFanout) once the node is known to need the image.
    void joinFanout();
    void startEarlySave(); // a lone stream push: its own one-share SaveFanout, begun before the node is asked
    // The shared save stream into `load`; `dropped`: it fell behind the other nodes and must save alone.
    bool streamFromFanout(RemoteProcess &load, qint64 *sent, bool *produced, bool *dropped);
    void leaveFanout(); // this job takes no (more) share: withdraw, or give up the share
    // push --relay (PushJobRelay.cpp): a seat in the batch's chain, the node set up, then head or member.
    Relayed pushRelayed();
    Relayed relayHead(const NodeRelay::Start &start);
    Relayed relayMember(const NodeRelay::Start &start);
    Relayed settleRelayed(const NodeRelay::Outcome &outcome, const NodeRelay::Start &start);
    Relayed failed(StageKind stage, const QString &error, FailureKind kind = FailureKind::Failed);
    void leaveRelay();      // withdraw or leave the chain when this job goes another way
    void tearDownRelay();   // the node's relay files and key line, on every path

    bool failStage(StageKind stage, const QString &error, FailureKind kind = FailureKind::Failed);
    bool stopped() const; // cancelled, or stopped by the stall watch
    QString stopMessage() const;
    bool backoff(int attempt);
    void removeRemote(const QString &command);
    // Runs a command on the node over the job's session, or a fresh short one when it is gone (after a cancel).
    RemoteResult runOnNode(const QString &command);
    void finishJob(JobState state, const QString &message);

    PushJobParams m_params;
    JournalFactory m_journalFactory;
    StageTracker::Reporter m_reporter;
    std::shared_ptr<CancelToken> m_cancel;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<StageTracker> m_tracker;
    std::shared_ptr<Probe> m_probe;
    std::unique_ptr<StallWatch> m_stall;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<Source> m_source;
    std::optional<StoreLocation> m_storeLocation;
    StoreCredentials m_storeCredentials; // memory only: never in a message, the history or on a node
    RunOptions m_run; // the request's run options with the image's defaults filled in (planRun)
    std::optional<Node> m_knownNode;
    RemoteDocker::DaemonInfo m_daemon; // asked with the image check when the history does not know enough
    NodeLayerSet m_nodeLayers;         // what the node's image store holds (asked with the image check)
    bool m_deltaActive = false;        // this attempt leaves out layers the node has
    bool m_compressing = false;        // zstd frames into `zstd -dc | docker load`
    QString m_wireSummary;             // "sent 2 of 5 layers …; zstd on the wire …" for the load stage's message
    bool m_fanoutDecided = false;      // joined or withdrew from the batch's save
    bool m_earlySave = false;          // the fanout is this job's own early save (startEarlySave)
    bool m_relayDecided = false;       // joined or withdrew from the batch's relay chain
    int m_relaySeat = 0;               // its seat once joined (0: none)
    bool m_relayFiles = false;         // the node may hold relay files: tear them down
    bool m_relayed = false;            // this attempt's stream is the relay's (layers every member has)
    QSet<QString> m_relaySharedLayers;
    std::shared_ptr<SaveFanout::Share> m_share; // joined, not yet streamed
    std::optional<NodeProbeReply> m_facts; // the node's probe (fresh, or recent from the history)
    RuntimeCommand m_runtime;              // its command words: docker, sudo -n docker, podman
    JobUpdate m_job;
};

} // namespace fleet
